"""Constructions of the rule coder from the sixteenth round on PLOVER-style news: troops
and aid contributed or committed to someone, and what a speaker says someone "should" do.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # contributing or committing troops or aid to someone gives them (07), as sending does
    ("Japan contributed 300 soldiers to the African Union mission.", ("JPN", "AU", "072")),
    ("Norway contributed $5 million in humanitarian aid to Yemen.", ("NOR", "YEM", "073")),
    ("Britain committed 800 troops to the NATO mission in Estonia.", ("GBR", "NATO", "072")),
    # committed money is pledged (033)
    ("Canada has committed $40 million in aid to Haiti.", ("CAN", "HTI", "033")),
    # under a frame of intent or a modal future, the promise of it (0332)
    ("Ghana is ready to contribute 500 troops to the international force in Mali.", ("GHA", "MLI", "0332")),
])
def test_contributed_or_committed_troops_and_aid(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # contributing to a result, or committing a crime, gives nothing
    "Heavy rains contributed to the floods in Bangladesh.",
    "The militia committed atrocities against villagers in Ituri.",
])
def test_contributing_to_a_result_is_no_aid(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("07") or c.startswith("03") for _, _, c in found), found


def test_what_someone_should_do_is_demanded(rules_only):
    # "should", as "must", makes the speaker's clause a demand of its subject, the act not done
    found = triples("Japan said China should stop its naval drills near the Senkaku islands.", rules_only)
    assert ("JPN", "CHN", "100") in found, found


@pytest.mark.parametrize("text", [
    # a clause whose subject is no actor, or a past "should have", demands nothing
    "Officials said the negotiations should resume in Geneva next week.",
    "Analysts said Russia should have won the war quickly.",
])
def test_should_without_an_actor_to_oblige(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("10") for _, _, c in found), found
