"""The speed43 reads: the events component makes a sentence's Tokens once (``list(sent)``: spaCy
makes a new Token at every walk) and hands them to the rule coder (``Coder.code_sentence(...,
words)``, which its mends and word scan read), to ``wordscan.sentence_lemmas`` and to the
detector's word view (``learned._Words``, through ``FeatureMaker.split_rows(..., tokens=)``), and
``component._implies_actor`` reads them too. Each gives what the walk over the sentence gave,
and a Token handed on reads the document as the mends left it. Real model, real pipeline;
sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding.component import _implies_actor
from eventwire.coding.implicit import Places
from eventwire.coding.learned import _Words, rule_map
from eventwire.coding.mentions import DocContext
from eventwire.coding.wordscan import sentence_lemmas

pytestmark = pytest.mark.model

EVENTS_PIPE = "eventwire_events"

TEXTS = [
    "Russian forces shelled Kharkiv on Monday. Ukraine condemned the attack and summoned the envoy.",
    "A Peruvian court sentences Toledo to 20 years",  # a headline verb the mends tag again
    "Police arrested twelve protesters in Lagos after clashes with soldiers.",
]


def _parsed(nlp, text):
    """The text parsed without the events component, as the bench parses it."""
    return next(nlp.pipe([nlp.make_doc(text)], disable=[EVENTS_PIPE]))


def _codings(nlp, text, hand_words):
    """Each sentence's codings, the coder given the sentence's Tokens or not, and each
    sentence's lemma ids and tags read after the coder."""
    coder = nlp.get_pipe(EVENTS_PIPE).coder
    doc = _parsed(nlp, text)
    context = DocContext(places=Places(doc))
    out = []
    for sent in doc.sents:
        words = list(sent) if hand_words else None
        codings = coder.code_sentence(doc, sent, context, words)
        out.append(([(c.trigger.i, c.rule.cameo, c.rule.table, c.source and (c.source.start, c.source.end),
                      c.target and (c.target.start, c.target.end)) for c in codings],
                    sentence_lemmas(sent, words), [t.tag_ for t in sent]))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_the_coder_given_the_words_codes_what_it_codes_alone(nlp, text):
    assert _codings(nlp, text, True) == _codings(nlp, text, False)


def test_the_words_handed_on_read_the_mended_sentence(nlp):
    # "sentences" is tagged a plural noun by the tagger and a verb again by the coder's mend
    doc = _parsed(nlp, TEXTS[1])
    sent = next(doc.sents)
    words = list(sent)
    verb = next(t for t in words if t.lower_ == "sentences")
    assert verb.pos_ == "NOUN"  # (the parse the mend is for)
    nlp.get_pipe(EVENTS_PIPE).coder.code_sentence(doc, sent, DocContext(places=Places(doc)), words)
    assert verb.pos_ == doc[verb.i].pos_ == "VERB"
    ids, lemmas = sentence_lemmas(sent, words)
    assert ids == [t.lemma for t in sent] and lemmas == {t.lemma_.lower() for t in sent}


def test_the_word_view_from_the_tokens_is_that_from_the_document(nlp):
    doc = _parsed(nlp, TEXTS[0])
    first, second = list(doc.sents)
    words = list(second)
    view, plain = _Words(doc, tokens=words, start=second.start), _Words(doc)
    for i in range(len(doc)):  # (the first sentence's words are read from the document)
        assert view[i] == plain[i]
    assert view.ancestors(second.root.i + 1) == plain.ancestors(second.root.i + 1)
    assert view[0] == (doc[0].lemma_.lower(), doc[0].pos_, doc[0].dep_, doc[0].head.i)


@pytest.mark.parametrize("text", TEXTS)
def test_the_detector_rows_from_the_tokens_are_those_from_the_words(nlp, text):
    component = nlp.get_pipe(EVENTS_PIPE)
    if component.model is None:
        pytest.skip("no event model")
    doc = nlp(text)  # (coded: the mentions' actors read)
    for sent in doc.sents:
        rules = rule_map(e for e in doc._.events if e.sentence_index == 0)
        ids = [t.lemma for t in sent]
        given = component.features.split_rows(sent, rules, lemma_ids=ids, tokens=list(sent))
        alone = component.features.split_rows(sent, rules, lemma_ids=ids)
        assert given == alone


@pytest.mark.parametrize("text, implied", [
    ("Police arrested a man in Bauchi, Nigeria.", True),
    ("Heavy rain flooded the market in Bauchi, Nigeria.", False),
])
def test_implied_actor_from_the_words(nlp, text, implied):
    doc = _parsed(nlp, text)
    places = Places(doc)
    sent = next(doc.sents)
    assert _implies_actor(sent, places, list(sent)) == _implies_actor(sent, places) == implied
