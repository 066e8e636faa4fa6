"""Constructions of the rule coder from the twenty-second round (gaps34): a call for a
measure against someone is aimed at him, a meeting told as the sequel of someone's visit is
the visitor's. Rules alone (the learned detector off), real model; sentences written for
these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

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


# -- 3. a regulator is a body of the state ------------------------------------------------------

def test_media_regulator_is_government_and_the_outlet_media(rules_only):
    found = codes("Uganda's media regulator suspended the broadcaster.", rules_only)
    assert ("UGAGOV", "UGAMED", "172") in found, found


def test_media_without_regulator_is_still_media(rules_only):
    # guard: "media" alone keeps its sector
    found = codes("Ugandan media accused the police of abuses.", rules_only)
    assert not any(s is not None and s.endswith("GOV") for s, _, _ in found), found


# -- 4. pushing or lobbying for an act is an appeal for it ----------------------------------------

def test_push_for_sanctions_is_an_appeal_not_sanctions(rules_only):
    found = triples("Canada pushed for sanctions against Belarus.", rules_only)
    assert ("CAN", "BLR", "020") in found, found
    assert not any(c.startswith("16") for _, _, c in found), found


def test_lobby_for_an_act_asks_its_doer(rules_only):
    found = triples("Japan lobbied for Russia to return the islands.", rules_only)
    assert ("JPN", "RUS", "020") in found, found
    assert not any(s == "RUS" for s, _, _ in found), found


def test_push_without_for_is_no_appeal(rules_only):
    # guard: a push of troops asks nothing
    found = triples("Ukrainian troops pushed into the town near Kharkiv.", rules_only)
    assert not any(c.startswith("02") for _, _, c in found), found


# -- 5. the noun of a call or demand reads what it is for ---------------------------------------

@pytest.mark.parametrize("text, source, target, code", [
    ("Canada's call for sanctions against Belarus was rejected.", "CAN", "BLR", "020"),
    ("The EU repeated its demand for an inquiry into Serbia's conduct.", "EU", "SRB", "100"),
])
def test_noun_of_appeal_is_aimed_at_the_measure_s_target(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_noun_of_appeal_for_an_untargeted_measure_codes_no_target(rules_only):
    # guard: the inquiry is into an event, not an actor
    found = triples("Canada's call for an inquiry into the fire was rejected.", rules_only)
    assert not any(t is not None for _, t, c in found if c.startswith("02")), found
