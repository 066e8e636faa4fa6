"""The speedA45 reads (thirtieth round): words tested by spaCy's numbers where their texts were
made anew for each word. ``sport.about_sport`` tests a word's lower-case form by its string id
(``_word_ids``), ``learned.narrated_past`` the root's tag and its auxiliaries' labels by theirs,
``wordscan.sentence_lemmas`` reads the lowered lemmas from the coder's memo, and the detector reads
a one-token mention's root without spaCy's ``Span.root``. Each gives what the text reads gave: the
reference is written again in the tests as it was. Real model, real pipeline; sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.symbols import NOUN, PROPN, VERB

from eventwire.actors.component import actor_mentions
from eventwire.coding.learned import PAST_AUX_LABELS, FeatureMaker, _Words, narrated_past
from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.mends import lower_lemmas
from eventwire.coding.sport import _word_ids, about_sport, load_sport
from eventwire.coding.wordscan import sentence_lemmas

pytestmark = pytest.mark.model

TEXTS = [
    "Nigeria beat Angola 2-0 in the final pool match of the tournament in Lagos.",
    "Argentine fans clashed with Brazilian police after the World Cup qualifier in Rio de Janeiro.",
    "Russian forces shelled Kharkiv on Monday, and Ukraine has summoned the Russian envoy.",
    "The coach said Mexico would score twice against the United States in the final.",
    "Kenya's president hosts Uganda's leader in Nairobi for talks on the border.",
    "Two soldiers were killed when militants attacked a base near Mogadishu.",
    "Israel had struck Gaza before Hamas fired rockets at Tel Aviv.",
]


def _old_about_sport(words, text):
    """``about_sport`` as it read the words before: by their texts (the reference)."""
    sport = load_sport()
    found = False
    for tok in words:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if lemma in sport.violence_words or lower in sport.violence_words:
            return False
        if not found:
            if tok.pos in (NOUN, PROPN):
                found = lemma in sport.sport_nouns or lower in sport.sport_nouns
            elif tok.pos == VERB:
                found = lemma in sport.sport_verbs
    return found or about_sport([], text)


def _old_narrated_past(sent):
    root = sent.root
    if root.tag_ == "VBD":
        return True
    return any(c.dep_ in PAST_AUX_LABELS and (c.tag_ == "VBD" or c.lemma_.lower() == "have") for c in root.children)


@pytest.mark.parametrize("text", TEXTS)
def test_about_sport_reads_as_the_texts_did(nlp, text):
    for sent in nlp(text).sents:
        words = list(sent)
        assert about_sport(words, sent.text) == _old_about_sport(words, sent.text)


def test_about_sport_tells_a_match_from_violence(nlp):
    # both ways of the test, so that a reading that always said one thing fails
    match = next(nlp(TEXTS[0]).sents)
    clash = next(nlp(TEXTS[1]).sents)
    assert about_sport(list(match), match.text) is True
    assert about_sport(list(clash), clash.text) is False


def test_the_word_ids_are_those_of_the_lower_case_forms(nlp):
    violent, nouns = _word_ids()
    sport = load_sport()
    assert len(violent) == len(sport.violence_words) and len(nouns) == len(sport.sport_nouns)
    doc = nlp("FANS Clashed with police after the MATCH.")
    assert [t.lower in nouns for t in doc] == [t.lower_ in sport.sport_nouns for t in doc]
    assert [t.lower in violent for t in doc] == [t.lower_ in sport.violence_words for t in doc]
    assert any(t.lower in nouns for t in doc)


@pytest.mark.parametrize("text", TEXTS)
def test_narrated_past_reads_as_the_texts_did(nlp, text):
    for sent in nlp(text).sents:
        assert narrated_past(sent) == _old_narrated_past(sent)


def test_narrated_past_both_ways(nlp):
    assert narrated_past(next(nlp("Russian forces shelled Kharkiv on Monday.").sents))
    assert narrated_past(next(nlp("Ukraine has summoned the Russian envoy.").sents))
    assert not narrated_past(next(nlp("Ukraine summons the Russian envoy.").sents))


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_lemmas_as_lowered_from_the_words(nlp, text):
    for sent in nlp(text).sents:
        ids, lemmas = sentence_lemmas(sent)
        assert ids == [t.lemma for t in sent]
        assert lemmas == frozenset(t.lemma_.lower() for t in sent)


def test_sentence_lemmas_with_a_lemma_the_memo_lacks(nlp):
    doc = nlp("Zanzibarians protested in Stone Town.")
    memo = lower_lemmas()
    for t in doc:
        memo.pop(t.lemma, None)  # (the memo only saves work: a lemma missing from it is lowered anew)
    assert sentence_lemmas(doc[:])[1] == frozenset(t.lemma_.lower() for t in doc)
    assert all(t.lemma in memo for t in doc)


@pytest.mark.parametrize("text", TEXTS)
def test_a_mentions_info_starts_at_its_root(nlp, text):
    """The path of each mention starts at spaCy's root of its Span, one token or several."""
    doc = nlp(text)
    maker = FeatureMaker(load_lexicon())
    words = _Words(doc)
    lengths = set()
    for span in actor_mentions(doc):
        info = maker._info(span, {}, words)
        assert info.up[0] == span.root.i and (info.start, info.end) == (span.start, span.end)
        lengths.add(len(span) == 1)
    assert lengths  # some mention in every text
