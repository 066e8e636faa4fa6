"""Constructions of the rule coder from the nineteenth round on WCEP-style news sentences
(wcep27): an attack noun's "from" names where it comes from when no doer is named. Rules
alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


def roots(text, settings):
    return {(s, t, c[:2]) for s, t, c in triples(text, settings)}


@pytest.mark.parametrize("text, expected", [
    ("A school in Kandahar, Afghanistan, is damaged by rocket strikes from Pakistan.", ("PAK", "AFG", "19")),
    ("A clinic in Kharkiv, Ukraine, is hit by missile strikes from Russia.", ("RUS", "UKR", "19")),
])
def test_an_attack_from_a_state_is_by_it(text, expected, rules_only):
    found = roots(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "A delegation from Japan arrives in Seoul.",  # not an attack: no attacker read from "from"
    "Attacks from the north killed four people in Mali.",  # a direction, no actor
])
def test_from_names_no_attacker_outside_attacks(text, rules_only):
    found = roots(text, rules_only)
    assert not any(c in ("18", "19", "20") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # a passive gerund after "after": the governing clause's subject suffered the act
    ("A Turkish drone crashes near Aleppo after being hit by Syrian anti-aircraft fire.", ("SYR", "TUR", "19")),
    ("Two Kenyan soldiers died in hospital after being shot by Somali militants.", ("SOM", "KEN", "18")),
    ("Greece protested after being accused by Turkey of violating its airspace.", ("TUR", "GRC", "11")),
])
def test_a_passive_gerund_acts_on_the_clause_subject(text, expected, rules_only):
    found = roots(text, rules_only)
    assert expected in found, found


def test_a_passive_gerund_with_no_actor_codes_nothing(rules_only):
    # no agent named: no invented source, and the clause subject is no source either
    found = roots("The bill passed after being approved.", rules_only)
    assert found == set(), found
