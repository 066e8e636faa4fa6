"""The speed33a reading (sentences of our own): the coder's first pass over a sentence's words
(``wordscan.WordScan``), told once per lemma, finds the same possible triggers as a reading of
every word's lemma and part of speech, and the words that may promise an act; the coder still
codes such a promise, and nothing for a sentence of words with no row."""

from __future__ import annotations

from spacy.symbols import NOUN, VERB

from eventwire.coding.mends import lower_lemma

from coded import coded

SENTENCES = [
    "Ghana agreed to set up a research centre in Japan after talks with Nigeria.",
    "The protest spread as students protested against Kenya in Nairobi.",
    "Peru sent a reminder to Chile that it must respect the maritime border.",
    "The Kenyan and Ugandan delegations were in the same hotel on Tuesday.",
]


def _coder(nlp):
    return nlp.get_pipe("eventwire_events").coder


def _every_word(coder, words):
    """The possible triggers and promising words, read from every word's lemma and part of speech."""
    rows, obligation, frames = coder.lexicon.triggers, coder.obligation, coder.frames
    found = [t for t in words if t.pos in (VERB, NOUN) and (
        (lower_lemma(t), "VERB" if t.pos == VERB else "NOUN") in rows
        or lower_lemma(t) in (obligation.speech_verbs if t.pos == VERB else obligation.message_nouns))]
    framing = [t for t in words if frames.may_promise(lower_lemma(t), t.pos)]
    return [t.i for t in found], [t.i for t in framing]


def test_the_scan_finds_what_every_word_read_finds(nlp):
    coder = _coder(nlp)
    for text in SENTENCES:
        words = list(nlp(text))
        found, framing = coder._scan(words)
        assert ([t.i for t in found], [t.i for t in framing]) == _every_word(coder, words), text


def test_one_lemma_as_noun_and_verb(nlp):
    words = list(nlp("The protest spread as students protested against Kenya in Nairobi."))
    found, _ = _coder(nlp)._scan(words)
    assert [(t.lower_, t.pos_) for t in found if t.lemma_ == "protest"] == [("protest", "NOUN"), ("protested", "VERB")]


def test_a_frame_word_is_found_and_its_promise_coded(nlp, rules_only):
    words = list(nlp("Ghana agreed to set up a research centre in Japan."))
    _, framing = _coder(nlp)._scan(words)
    assert [t.lower_ for t in framing] == ["agreed"]
    assert ("GHA", "JPN", "030", "asserted") in coded("Ghana agreed to set up a research centre in Japan.", rules_only)


def test_the_triggers_of_a_sentence_alone_are_those_of_its_coding(nlp):
    coder = _coder(nlp)
    doc = nlp("Ghana agreed to set up a research centre in Japan after talks with Nigeria.")
    sent = next(iter(doc.sents))
    alone = [(t.i, row.cameo) for t, row in coder.triggers(sent)]
    coder._start(doc)
    scanned = [(t.i, row.cameo) for t, row in coder.triggers(sent, coder._scan(list(sent))[0])]
    assert alone == scanned and alone


def test_words_with_no_row_or_frame_are_passed_by(nlp, rules_only):
    text = "The Kenyan and Ugandan delegations were in the same hotel on Tuesday."
    assert _coder(nlp)._scan(list(nlp(text))) == ([], [])
    assert coded(text, rules_only) == []
