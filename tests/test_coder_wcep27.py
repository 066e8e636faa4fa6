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
