"""Constructions of the rule coder from the twentieth round on PLOVER-style news: the "that"
clause of a noun of demand, call or request that the parser hangs on the verb after an
apposition in brackets or an adverb ("reiterated its demand today that Israel ease
restrictions") is the noun's clause. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a demand, call or request repeated, its clause after a bracketed acronym and an adverb
    ("The International Labour Organization (ILO) repeated its demand today that Qatar pay "
     "migrant workers.", ("IGO", "QAT", "100")),
    ("The International Labour Organization (ILO) reiterated its demand on Friday that Qatar "
     "raise the wages of migrant workers.", ("IGO", "QAT", "100")),
    ("The African Union (AU) renewed its call on Monday that Sudan withdraw its troops.",
     ("AU", "SDN", "020")),
    ("The World Health Organization (WHO) repeated its request today that Israel allow "
     "medical supplies into Gaza.", ("WHO", "ISR", "020")),
])
def test_repeated_demand_clause(text, expected, rules_only):
    found = triples(text, rules_only)
    assert any(t[1:] == expected[1:] and (t[0] == expected[0] or expected[0] == "IGO" and t[0])
               for t in found), found


@pytest.mark.parametrize("text", [
    # guards: a said clause after an object that is no noun of demand stays the verb's (what is
    # said); the reported attack keeps its reading
    "The Arab League (AL) told reporters on Monday that Israel attacked Syria.",
    "The Arab League (AL) informed the council on Monday that Israel attacked Syria.",
])
def test_said_clause_stays_on_the_verb(text, rules_only):
    found = triples(text, rules_only)
    assert ("ISR", "SYR", "190") in found, found
    assert not any(c.startswith("10") for _, _, c in found), found


def test_told_reporters_is_reported(rules_only):
    found = coded("The Arab League (AL) told reporters on Monday that Israel attacked Syria.", rules_only)
    assert ("ISR", "SYR", "190", "reported") in found, found
