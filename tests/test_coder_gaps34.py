"""Constructions of the rule coder from the twenty-second round (gaps34): a call for a
measure against someone is aimed at him, a meeting told as the sequel of someone's visit is
the visitor's. Rules alone (the learned detector off), real model; sentences written for
these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


# -- 1. a call for a measure against someone ---------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Canada called for tougher sanctions against Belarus.", "CAN", "BLR"),
    ("Lithuania has called for an embargo on Russian oil.", "LTU", "RUS"),
    ("Norway called for an independent inquiry into Myanmar's treatment of the Rohingya.", "NOR", "MMR"),
    ("The Dutch foreign minister called for a full investigation into Syria.", "NLD", "SYR"),
])
def test_call_for_a_measure_is_aimed_at_its_target(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert (source, target, "020") in found, found


def test_demand_for_sanctions_keeps_its_code(rules_only):
    # guard: "demanded" already read its object's "against"; its code stays a demand
    found = triples("Poland demanded new sanctions against Belarus.", rules_only)
    assert ("POL", "BLR", "100") in found, found


@pytest.mark.parametrize("text", [
    # what is asked for aims at no one named
    "Canada called for an investigation into the shooting.",
    "The senator called for calm after the clashes.",
])
def test_call_for_a_measure_without_target_codes_none(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith(("02", "10")) for _, _, c in found), found


def test_call_on_someone_still_names_the_addressee(rules_only):
    # guard: "called on X to impose sanctions on Y" is an appeal to X, not to Y
    found = triples("Canada called on the EU to impose sanctions on Belarus.", rules_only)
    assert ("CAN", "EU", "020") in found, found
    assert ("CAN", "BLR", "020") not in found, found


# -- 2. a meeting told as the sequel of someone's visit -------------------------------------------

@pytest.mark.parametrize("text", [
    "Scholz's visit was followed by a meeting with the Indian prime minister.",
    "A meeting with Narendra Modi followed Scholz's visit.",
    "Scholz's trip opened with talks with Narendra Modi.",
    "Scholz's visit to Delhi continued with talks with Narendra Modi.",
])
def test_meeting_after_a_visit_is_the_visitor_s(text, rules_only):
    found = triples(text, rules_only, "2023-05-01")  # (Scholz in office)
    assert any(s == "DEU" and t == "IND" and c.startswith("04") for s, t, c in found), found


@pytest.mark.parametrize("text", [
    # no actor on the occasion before: the meeting's other side is not named
    "The visit was followed by a meeting with the Indian prime minister.",
    "The storm was followed by a meeting with the Indian prime minister.",
])
def test_meeting_after_an_unowned_occasion_has_no_source(text, rules_only):
    found = triples(text, rules_only, "2023-05-01")
    assert not any(s is not None and c.startswith("04") for s, _, c in found), found
