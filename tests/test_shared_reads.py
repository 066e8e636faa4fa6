"""Reads of the parse made once and shared (actors/component.py ``actor_index``,
coding/mends.py ``lower_lemma``): they answer as the reads they stand for.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.actors.component import actor_index
from eventwire.coding.mends import lower_lemma

pytestmark = pytest.mark.model


def test_the_actor_index_is_what_actor_at_reads(nlp):
    doc = nlp("Kenyan police arrested two Ugandan traders in Nairobi, the ministry said.")
    index = actor_index(doc)
    assert index  # the sentence names actors
    for tok in doc:
        assert index.get(tok.i) is doc._.actor_at(tok.i) or index.get(tok.i) == doc._.actor_at(tok.i)
    assert actor_index(doc) is index  # made once per document


def test_the_lower_lemma_is_the_lemma_in_lower_case(nlp):
    doc = nlp("Gunmen took HOSTAGES in Mali; the Hostages were freed.")
    for tok in doc:
        assert lower_lemma(tok) == tok.lemma_.lower()
