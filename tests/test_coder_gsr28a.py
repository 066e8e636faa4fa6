"""Constructions of the rule coder from the nineteenth round on PLOVER-style news,
conflictual types, second pass. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a protest with no target named on it: its purpose infinitive voices a grievance against
    # someone, who is the target (not the protesters' own government)
    ("Students in Cairo blocked a road to show their disapproval of Israel's policies.", ("EGY", "ISR", "144")),
    ("Farmers in Paris blocked a highway to protest against the United States.", ("FRA", "USA", "144")),
    ("Students in Cairo marched to show their anger at Israel.", ("EGY", "ISR", "141")),
    ("Workers in Manila rallied to express their opposition to China.", ("PHL", "CHN", "141")),
])
def test_protest_purpose_names_target(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    assert not any(s == t == expected[0] and c[:2] == "14" for s, t, c in found), found


@pytest.mark.parametrize("text, expected", [
    # guards: a purpose of support names no one protested against; with no purpose, the
    # protest is against the protesters' own government
    ("Students in Cairo marched to show their support for Ukraine.", ("EGYEDU", "EGYGOV", "141")),
    ("Students in Cairo marched on Friday.", ("EGYEDU", "EGYGOV", "141")),
])
def test_protest_without_grievance_target(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found
    assert not any(c[:2] == "14" and t == "UKR" for _, t, c in found), found


@pytest.mark.parametrize("text, expected", [
    # a part of something as the object: the act is on the whole it is "of", whose words meet
    # the row's object condition and whose prepositions name the target
    ("The United States suspended part of a military aid program for Bosnia.", ("USA", "BIH", "162")),
    ("Japan suspended part of its economic aid to Myanmar.", ("JPN", "MMR", "162")),
    ("Japan suspended economic aid to Myanmar.", ("JPN", "MMR", "162")),
])
def test_part_of_object(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # guards: a part of something that is no aid is no aid cut; a part sold is no event
    "Japan suspended part of its trade fair in Myanmar.",
    "Kenya sold part of its stake in the company.",
])
def test_part_of_other_object(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c == "162" for _, _, c in found), found
