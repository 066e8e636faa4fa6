"""The learn46 read: :meth:`FeatureMaker.split_rows` makes a mention's sides as source and target
of a pair (``_SpanInfo.sides`` ``s`` and ``t``) only where the sentence has a pair; a sentence of
mentions alone gets their solo features only. Its rows are those of the plain reading
(:meth:`FeatureMaker.own_features`, which makes every side), sentence with pairs or not, and the
sides left out are ones the plain reading makes (not empty) and no row of the sentence reads.
And the pruning the rows feed (:meth:`EventModel.hopeless`) stays sound on these sentences: where
it says a sentence is hopeless, :meth:`EventModel.choose` over its scored rows keeps nothing,
at the model's threshold and at lower ones (where it keeps more). Real model, real pipeline;
sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding.event_model import lexicon_roots
from eventwire.coding.learned import _Words

pytestmark = pytest.mark.model

EVENTS_PIPE = "eventwire_events"

TEXTS = [
    "Ukraine condemned the attack on Monday.",  # one actor: its mentions alone
    "Russian forces shelled Kharkiv and Ukraine condemned the attack.",
    "Police arrested twelve protesters in Lagos after clashes with soldiers.",
    "Iran threatens to close the Strait of Hormuz.",
    "Qatar mediated talks between Israel and Hamas in Doha.",
    "The president of France met the Chinese foreign minister, and both condemned Russia.",
    "Israel strikes Hamas targets in Gaza after rocket fire.",
    "Protesters in Nairobi clash with police over tax increases.",
    "The United States imposes sanctions on Iranian oil exports.",
    "Pakistan accuses India of violating the ceasefire in Kashmir.",
    "Germany and France sign a defence agreement in Berlin.",
]


def _parsed(nlp, text):
    """The text parsed without the events component, as the bench parses it."""
    return next(nlp.pipe([nlp.make_doc(text)], disable=[EVENTS_PIPE]))


def _sentences(nlp):
    """Per sentence of the texts that has candidates: whether one is a pair, the rows of
    ``split_rows`` and those of the plain reading, one per candidate."""
    maker = nlp.get_pipe(EVENTS_PIPE).features
    out = []
    for text in TEXTS:
        doc = _parsed(nlp, text)
        for sent in doc.sents:
            found, _, rows = maker.split_rows(sent, {})
            if not found:
                continue
            plain = [maker.own_features(sent, c, {}) for c in found]
            pairs = any(c.source is not None and c.target is not None for c in found)
            out.append((sent, found, pairs, rows, plain))
    return out


def test_the_rows_are_those_of_the_plain_reading(nlp):
    sentences = _sentences(nlp)
    # (the texts give both kinds of sentence: else the test would not test the new path)
    assert {pairs for _, _, pairs, _, _ in sentences} == {True, False}
    for sent, _, _, rows, plain in sentences:
        assert rows == plain, sent.text
        assert all(rows), sent.text


def test_a_sentence_of_mentions_alone_reads_no_pair_side(nlp):
    maker = nlp.get_pipe(EVENTS_PIPE).features
    alone = [(sent, found) for sent, found, pairs, _, _ in _sentences(nlp) if not pairs]
    assert alone
    for sent, found in alone:
        words = _Words(sent.doc)
        for c in found:
            span = c.source if c.source is not None else c.target
            # the plain reading makes the sides left out: they are not empty, the rows do not read them
            full = maker._info(span, None, words)
            assert full.sides["s"] and full.sides["t"]
            solo = maker._info(span, None, words, pairs=False)
            assert solo.sides["s"] == [] and solo.sides["t"] == []
            assert solo.sides["solo_s"] == full.sides["solo_s"] and solo.sides["solo_t"] == full.sides["solo_t"]
            assert (solo.up, solo.prep, solo.start, solo.end) == (full.up, full.prep, full.start, full.end)


def test_a_hopeless_sentence_has_no_row_chosen(nlp):
    component = nlp.get_pipe(EVENTS_PIPE)
    model, maker = component.model, component.features
    told = {True: 0, False: 0}
    chosen = 0
    for threshold in (0.6, 0.3, 0.1, 0.02):
        for text in TEXTS:
            doc = _parsed(nlp, text)
            for sent in doc.sents:
                found, common, rows = maker.split_rows(sent, {}, triggered=True)
                if not found:
                    continue
                supported = lexicon_roots(common)
                hopeless = model.hopeless(found, rows, common, supported, threshold)
                best = model.choose(found, model.column_probabilities(rows, common), {}, threshold=threshold,
                                    supported=supported)
                told[hopeless] += 1
                chosen += bool(best)
                if hopeless:
                    assert not best, (sent.text, threshold)
    assert told[False] and told[True] and chosen  # (both answers given, some rows chosen: the test can fail)
