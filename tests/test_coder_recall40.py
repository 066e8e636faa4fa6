"""Constructions of the rule coder from the twenty-fifth round on news recall: a present-tense
verb that is also a noun, read as a modifier of its object after a plural subject ("Houthi
rebels fire missiles at ..."); an air base named as what is fired at (not "fired into the air");
not ruling out using force, annexation or an invasion (a threat, 138); denying or refusing
permission for a march (a ban, 1721); taking a state off a list (081); an arrest warrant (173).
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("Kenyan police fire tear gas and water cannon at demonstrators in Nairobi.", ("KEN", "KEN", "175")),
    ("Houthi rebels fire missiles at Israel.", ("YEM", "ISR", "190")),
    ("Russian forces fire missiles at Kyiv.", ("RUS", "UKR", "190")),
])
def test_present_verb_read_as_a_noun_is_the_verb(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


@pytest.mark.parametrize("text", [
    # guards: a noun phrase with no plural subject before the word, or a verb already read
    "Israeli attack drones circled over the border.",
    "Kenyan attack helicopters were seen over Mogadishu.",
])
def test_noun_modifiers_stay_nouns(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("19") for _, _, c in found), found


@pytest.mark.parametrize("text, code", [
    ("Iran fired missiles at Ramstein Air Base.", "USAMIL"),
    ("Syria fired rockets at the Incirlik Air Base.", "TURMIL"),
])
def test_a_base_fired_at_is_the_target(text, code, rules_only):
    found = codes(text, rules_only)
    assert any(t == code and c.startswith("19") for _, t, c in found), found


def test_firing_into_the_air_is_still_no_attack(rules_only):
    found = triples("Kenyan soldiers fired shots into the air.", rules_only)
    assert not any(c.startswith("19") for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("Russia did not rule out using force against Moldova.", ("RUS", "MDA", "138")),
    ("Putin refused to rule out using nuclear weapons against Ukraine.", ("RUS", "UKR", "138")),
    ("Ankara did not rule out an invasion of Syria.", ("TUR", "SYR", "138")),
])
def test_not_ruling_out_force_is_a_threat(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


@pytest.mark.parametrize("text, event", [
    ("Police in Tbilisi denied permission for the opposition march.", ("GEO", "GEO", "1721")),
    ("Georgian police refused permission for a rally by opposition supporters.", ("GEO", "GEO", "1721")),
])
def test_permission_denied_for_a_march_bans_it(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_permission_denied_to_a_state_stays_a_refusal(rules_only):
    found = triples("Russia denied Ukraine access to the port.", rules_only)
    assert ("RUS", "UKR", "120") in found, found


@pytest.mark.parametrize("text, event", [
    ("Canada removed Libya from its terrorism blacklist.", ("CAN", "LBY", "081")),
    ("The UN removes Somalia from its register of states that recruit child soldiers.", ("UN", "SOM", "081")),
])
def test_taking_a_state_off_a_list_eases_sanctions(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_removing_from_a_post_is_no_delisting(rules_only):
    found = triples("Kenya removed the minister from his post.", rules_only)
    assert not any(c.startswith("08") for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("A Kenyan court issued an arrest warrant for the Ugandan opposition leader.", ("KEN", "UGA", "173")),
    ("The ICC issued arrest warrants for Netanyahu and Gallant.", ("ICC", "ISR", "173")),
])
def test_an_arrest_warrant_is_legal_action(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_passive_arrest_with_no_agent_is_the_places_state(rules_only):
    # (GUIDE.md and the train gold: the state arrests; kept as it was)
    found = triples("Three journalists were arrested in Minsk on Tuesday.", rules_only)
    assert ("BLR", "BLR", "173") in found, found


@pytest.mark.parametrize("text, event", [
    ("Two Canadians held in China are freed.", ("CHN", "CAN", "084")),
    ("Three British nationals detained in Iran were released on Monday.", ("IRN", "GBR", "084")),
])
def test_people_held_released_by_no_one_named_are_released_by_the_state(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


@pytest.mark.parametrize("text", [
    # guards: a thing released, and people of two places released together
    "The new Chinese phone was released in Kenya.",
    "A Kenyan citizen held in Uganda and a Ugandan citizen held in Kenya were released in a swap.",
])
def test_other_releases_with_no_one_named_code_no_release(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("08") for _, _, c in found), found
