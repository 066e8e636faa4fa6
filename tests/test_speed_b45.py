"""The speedB45 reads of dates and places: ``threads.takes_up_told`` over the run of words
between the clause's subtree edges (its numbers read first) where it walked ``clause.subtree``;
``scene.clause_dates`` answering at once for a sentence none of whose date expressions has a
word it dates; ``narrative.with_lengths`` and ``Venues._sentence_preps`` (unchanged: the
reference for a later change). Each gives what the walk gave (the walks are written again
here as they were). Real model, real pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.symbols import npadvmod, prep

from eventwire.actors.places import Gazetteer
from eventwire.coding.implicit import Places
from eventwire.coding.narrative import LENGTH_UNITS, with_lengths
from eventwire.coding.scene import clause_dates, clause_head, date_expressions, governor
from eventwire.coding.threads import DEMONSTRATIVES, taken_up_acts, takes_up_told
from eventwire.coding.venue import PLACE_PREPS, Venues

pytestmark = pytest.mark.model

TEXTS = [
    "Israel and Hamas met in Cairo on Sunday, a day after Hamas attacked a kibbutz near Gaza.",
    "The court ruled on the appeal of that decision in Nairobi, and the minister challenged this ruling.",
    "Police arrested twelve protesters in Lagos after clashes with soldiers at the port.",
    "Russia condemned the sanctions two weeks before the summit in Geneva.",
    "The government rejected the appeal.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


def _old_with_lengths(sent, found):
    """``with_lengths`` as it walked every word of the sentence."""
    taken = {i for e in found for i in range(e.start, e.end)}
    missed = []
    for tok in sent:
        if tok.dep != npadvmod or tok.lemma_.lower() not in LENGTH_UNITS or tok.i in taken or tok.i + 1 >= sent.end:
            continue
        after = tok.doc[tok.i + 1]
        if after.lower_ in ("after", "before") and (after.head.i == tok.head.i or after.i == tok.head.i):
            missed.append(tok.doc[tok.left_edge.i:tok.i + 1])
    return sorted(found + missed, key=lambda e: e.start) if missed else found


def _old_takes_up_told(trigger, clause):
    """``takes_up_told`` as it walked ``clause.subtree``."""
    acts = taken_up_acts()
    for tok in clause.subtree:
        if (tok.i == trigger.i or tok.pos_ != "NOUN" or tok.lemma_.lower() not in acts
                or tok.dep_ not in ("dobj", "pobj")
                or not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children)):
            continue
        node = tok.head
        while node.i != clause.i and (node.pos_ in ("ADP", "NOUN") or node.dep_ == "prep"):
            node = node.head
        if node.i == clause.i:
            return True
    return False


def test_with_lengths_as_the_walk(docs):
    found_length = False
    for doc in docs:
        for sent in doc.sents:
            exprs = date_expressions(sent)
            new, old = with_lengths(sent, list(exprs)), _old_with_lengths(sent, list(exprs))
            assert [(e.start, e.end) for e in new] == [(e.start, e.end) for e in old]
            found_length = found_length or any(e.text == "a day" for e in new)
    assert found_length  # "a day after Hamas attacked": the length the recogniser left out


def test_takes_up_told_as_the_subtree_walk(docs):
    told = []
    for doc in docs:
        for tok in doc:
            clause = clause_head(tok)
            new = takes_up_told(tok, clause)
            assert new == _old_takes_up_told(tok, clause), tok.text
            if new:
                told.append(tok.text)
    assert "ruled" in told  # "ruled on the appeal of that decision"
    assert "rejected" not in told  # "rejected the appeal": no "that" or "this"


def test_clause_dates_without_a_dated_word(docs):
    sent = next(docs[4].sents)  # "The government rejected the appeal.": no date
    trigger = next(t for t in sent if t.lower_ == "rejected")
    assert clause_dates(sent, trigger) == []
    assert clause_dates(sent, trigger, [(e, None) for e in date_expressions(next(docs[0].sents))]) == []
    first = next(docs[0].sents)
    met = next(t for t in first if t.lower_ == "met")
    exprs = [(e, governor(e)) for e in date_expressions(first)]
    assert [e.text for e in clause_dates(first, met, exprs)] == ["Sunday"]


def test_sentence_preps_as_the_walk(docs):
    gazetteer = Gazetteer.load()
    found = []
    for doc in docs:
        venues = Venues(doc, gazetteer, Places(doc))
        for sent in doc.sents:
            preps = venues._sentence_preps(sent)
            assert preps == [t for t in sent if t.dep == prep and t.lower_ in PLACE_PREPS]
            found += [t.text for t in preps]
    assert "in" in found and "at" in found
