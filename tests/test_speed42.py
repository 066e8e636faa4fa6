"""The speed42 reads: the events component walks a sentence's words once after the rule coder
(``wordscan.sentence_lemmas``: their lemma ids and lower-case lemmas) instead of once in each
of ``claims``, ``ultimatums`` and ``threatened``, which now skip a sentence without one of their
verbs, and the detector's sentence features read the same lemma ids. Each gives what the walk
over the words gave. Real model, real pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding.claims import CLAIMED_TABLE, claimed_attacks
from eventwire.coding.implicit import Places
from eventwire.coding.learned import FeatureMaker
from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.mentions import DocContext
from eventwire.coding.mends import lower_lemma
from eventwire.coding.patterns import with_reverse
from eventwire.coding.threatened import THREATENED_TABLE
from eventwire.coding.ultimatums import ULTIMATUM_TABLE, ultimatums
from eventwire.coding.violence import unarmed_acts
from eventwire.coding.wordscan import lowered_lemma, sentence_lemmas

pytestmark = pytest.mark.model

EVENTS_PIPE = "eventwire_events"

CLAIM = "A car bomb killed twelve people in Kandahar. The Taliban claimed responsibility for the bombing."
ULTIMATUM = "The United States told Iran to abandon its nuclear programme or face consequences."
THREAT = "Eritrea threatened an invasion of Bulgaria."
PLAIN = "Police Arrested protesters in the capital and the Ministry condemned the attacks."


def _parsed(nlp, text):
    """The text parsed without the events component, as the bench parses it."""
    return next(nlp.pipe([nlp.make_doc(text)], disable=[EVENTS_PIPE]))


def _passes(nlp, text, read):
    """For each sentence, the codings after the claims, ultimatums and threats passes, with the
    sentence's lemmas given when ``read`` (as ``component.py`` calls them) or not (the walk)."""
    component = nlp.get_pipe(EVENTS_PIPE)
    doc = _parsed(nlp, text)
    places = Places(doc)
    context = DocContext(places=places)
    out = []
    for sent in doc.sents:
        codings = unarmed_acts(with_reverse(component.coder.code_sentence(doc, sent, context)))
        lemmas = sentence_lemmas(sent)[1] if read else None
        codings = ultimatums(sent, claimed_attacks(sent, codings, places, lemmas), places, component.cues,
                             component.coder.lexicon, component.coder.frames.recode, lemmas)
        out.append([(c.trigger.i, c.rule.cameo, c.rule.table, c.source and (c.source.start, c.source.end),
                     c.target and (c.target.start, c.target.end)) for c in codings])
    return out


def test_sentence_lemmas_are_those_of_its_words(nlp):
    doc = _parsed(nlp, "The Taliban Claimed responsibility. Iran was told to halt enrichment or face sanctions.")
    for sent in doc.sents:
        ids, lemmas = sentence_lemmas(sent)
        assert ids == [t.lemma for t in sent]
        assert lemmas == {t.lemma_.lower() for t in sent}
        for tok in sent:
            assert lowered_lemma(tok.lemma, doc.vocab.strings) == lower_lemma(tok) == tok.lemma_.lower()


def test_sentence_lemmas_read_a_mended_lemma(nlp):
    # a mend (mends.py) may give a word another lemma before the passes read the sentence
    doc = _parsed(nlp, "Rebels fired rockets at the town.")
    sent = next(doc.sents)
    doc[1].lemma_ = "Threaten"
    ids, lemmas = sentence_lemmas(sent)
    assert ids[1] == doc[1].lemma and "threaten" in lemmas and "fire" not in lemmas


@pytest.mark.parametrize("text, table", [
    (CLAIM, CLAIMED_TABLE), (ULTIMATUM, ULTIMATUM_TABLE), (THREAT, THREATENED_TABLE), (PLAIN, None),
])
def test_the_passes_with_the_lemmas_code_what_the_walk_codes(nlp, text, table):
    read, walked = _passes(nlp, text, True), _passes(nlp, text, False)
    assert read == walked
    tables = {c[2] for sent in read for c in sent}
    if table is not None:  # each pass still codes where its verb is (not skipped)
        assert table in tables
    else:
        assert not tables & {CLAIMED_TABLE, ULTIMATUM_TABLE, THREATENED_TABLE}


def test_sentence_features_from_the_lemma_ids_are_those_from_the_words(nlp):
    lexicon = load_lexicon()
    compared = 0
    for text in (PLAIN, CLAIM, ULTIMATUM):
        for sent in _parsed(nlp, text).sents:
            walked = FeatureMaker(lexicon).sentence_features(sent, {})
            read = FeatureMaker(lexicon).sentence_features(sent, {}, lemma_ids=sentence_lemmas(sent)[0])
            assert read == walked
            compared += walked[0].startswith("str:")
    assert compared >= 2  # sentences with words of the lexicon: their str: features compared
