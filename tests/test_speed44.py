"""The speed44 reads of the detector (``learned.py``): a sentence's actor mentions and their token
bounds read from a table made once per document (``_sentence_mentions``), the candidates made and
compared on those bounds (``_placed_candidates``), and each candidate's own features made from the
mentions' infos read once (``FeatureMaker._own``). Each gives what the Span reads gave. Real model,
real pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.actors.component import actor_mentions
from eventwire.coding.event_model import Candidate
from eventwire.coding.learned import _BOUNDS_KEY, FeatureMaker, _placed_candidates, _sentence_mentions, rule_map
from eventwire.coding.lexicon import load_lexicon

pytestmark = pytest.mark.model

TEXTS = [
    "Russian forces shelled Kharkiv on Monday. Ukraine condemned the attack and summoned the Russian envoy.",
    "Qatar mediated talks between Israel and Hamas in Doha, and Egypt hosted Israel's delegation.",
    "Police arrested twelve protesters in Lagos after clashes with soldiers and Nigerian police.",
]


def _old_candidates(spans):
    """The candidates as they were made before (Span equality, no bounds): the reference."""
    keyed = [(m, a, a.key) for m, a in spans if a is not None and a.key]
    out = []
    for a, actor_a, key_a in keyed:
        out.append(Candidate(a, None, key_a, None))
        out.append(Candidate(None, a, None, key_a))
        for b, actor_b, key_b in keyed:
            if a is b or a == b:
                continue
            if key_a == key_b and actor_a == actor_b and (actor_a.name is not None or a.text == b.text):
                continue
            out.append(Candidate(a, b, key_a, key_b))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_the_sentence_mentions_are_those_inside_it_in_order(nlp, text):
    doc = nlp(text)
    for sent in doc.sents:
        spans, bounds = _sentence_mentions(doc, sent.start, sent.end)
        assert spans == [s for s in actor_mentions(doc) if sent.start <= s.start and s.end <= sent.end]
        assert bounds == [(s.start, s.end) for s in spans]
    assert any(_sentence_mentions(doc, s.start, s.end)[0] for s in doc.sents)


def test_the_bounds_are_read_again_for_a_new_mention_list(nlp):
    doc = nlp(TEXTS[0])
    first = next(doc.sents)
    assert _sentence_mentions(doc, first.start, first.end)[0]
    assert doc.user_data[_BOUNDS_KEY][0] is actor_mentions(doc)
    # the list of mentions made again (what actor_mentions keeps): the table follows it
    kept = actor_mentions(doc)
    doc.user_data[_BOUNDS_KEY] = (list(kept), [(0, 0)] * len(kept))  # a table of another list, wrong bounds
    spans, bounds = _sentence_mentions(doc, first.start, first.end)
    assert bounds == [(s.start, s.end) for s in spans] and bounds
    assert doc.user_data[_BOUNDS_KEY][0] is kept


@pytest.mark.parametrize("text", TEXTS)
def test_the_placed_candidates_are_the_span_candidates(nlp, text):
    doc = nlp(text)
    for sent in doc.sents:
        spans, bounds = _sentence_mentions(doc, sent.start, sent.end)
        mentions = [(s, s._.actor) for s in spans]
        found, where = _placed_candidates(mentions, bounds)
        assert found == _old_candidates(mentions)
        assert where == [(c.source and (c.source.start, c.source.end), c.target and (c.target.start, c.target.end))
                         for c in found]


def test_one_mention_twice_is_no_pair(nlp):
    # the same Span twice in the list (the same bounds): no pair of it with itself
    doc = nlp(TEXTS[0])
    span = next(s for s in actor_mentions(doc) if s._.actor is not None and s._.actor.key)
    found, _ = _placed_candidates([(span, span._.actor), (doc[span.start:span.end], span._.actor)],
                                  [(span.start, span.end)] * 2)
    assert all(c.source is None or c.target is None for c in found) and len(found) == 4


@pytest.mark.parametrize("text", TEXTS)
def test_the_rows_are_each_candidates_own_features(nlp, text):
    maker = FeatureMaker(load_lexicon())
    doc = nlp(text)
    for index, sent in enumerate(doc.sents):
        rules = rule_map(e for e in doc._.event_statements if e.sentence_index == index)
        for uncoded in (False, True):
            found, shared, own = maker.split_rows(sent, rules, uncoded=uncoded)
            assert own == [maker.own_features(sent, c, rules) for c in found]
            keys = {s._.actor.key for s in _sentence_mentions(doc, sent.start, sent.end)[0]
                    if s._.actor is not None and s._.actor.key}
            if found:  # the number of the sentence's actors' keys, as the Spans' candidates gave it
                assert f"nkeys:{min(len(keys), 6)}" in shared
            if uncoded and rules:
                assert not any(rules.get(c.keys) or rules.get((c.keys[1], c.keys[0])) for c in found)
