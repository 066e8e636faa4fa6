"""Coder constructions of conflict (CAMEO roots 14-20), eighth round: taking and retaking
ground, ambushes, and the targets of sanctions named by their place.

Sentences written for these tests. Rules only (``event_model = none``)."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # an ambush noun is an attack, by whoever its "by" names
    ("Ten soldiers were killed in an ambush by Boko Haram fighters in Borno State, Nigeria.",
     ("NGA", "NGA", "190")),
    # retaking ground is fighting to take the source's own ground back (190, not 192: CAMEO 192
    # occupies "territory of another actor"), its own when no other place is named
    ("Ethiopian troops recaptured the town of Gondar after heavy fighting.", ("ETH", "ETH", "190")),
    ("The Malian army retook Kidal, Mali, from the rebels.", ("MLI", "MLI", "190")),
    # taking a town, a base or an area; the place in the "of" phrase of ground taken
    ("Russian forces took the village of Pishchane in Kharkiv Oblast, Ukraine.", ("RUS", "UKR", "192")),
    ("Rebels took over an army base near Goma, Democratic Republic of the Congo.", ("COD", "COD", "192")),
    ("The army captured all of Omdurman, Khartoum State, Sudan.", ("SDN", "SDN", "192")),
    # the state of bodies a sanction names by their place: "based in", "operating in", "-based",
    # those it includes, those it targets
    ("Britain sanctioned three Dubai-based trading firms.", ("GBR", "ARE", "163")),
    ("Japan imposed sanctions on smuggling networks operating in Laos.", ("JPN", "LAO", "163")),
    ("Australia sanctioned six companies, including Iranian shipping firms.", ("AUS", "IRN", "163")),
    ("Canada announced new sanctions targeting Belarusian banks.", ("CAN", "BLR", "163")),
    # a ban "to" a state
    ("Turkey announced a full export ban of steel to Israel.", ("TUR", "ISR", "163")),
])
def test_conflict_constructions(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_taking_over_a_company_is_no_occupation(rules_only):
    found = triples("A Chinese firm took over a German carmaker in Stuttgart.", rules_only)
    assert not any(c == "192" for _, _, c in found), found


def test_sanctions_targeting_someone_are_no_attack(rules_only):
    found = triples("Canada announced new sanctions targeting Belarusian banks.", rules_only)
    assert not any(c.startswith("19") for _, _, c in found), found


def test_regaining_control_of_property_is_no_fight(rules_only):
    found = triples("Serbian municipalities sought help in regaining control over their properties in Kosovo.",
                    rules_only)
    assert not any(c.startswith("19") for _, _, c in found), found


def test_the_place_of_ground_taken_is_not_what_else_its_phrase_mentions(rules_only):
    found = triples("Burmese troops captured part of a Karen stronghold on the Thai border.", rules_only)
    assert not any(t == "THA" and c.startswith("19") for _, t, c in found), found


@pytest.mark.parametrize("text, expected", [
    # a weapon whose sender is not named is the attack of the state it was launched from
    ("Rockets were fired from Lebanon at northern Israel.", ("LBN", "ISR", "190")),
    ("Drones launched from Ukraine struck Moscow.", ("UKR", "RUS", "190")),
    ("Missiles fired from Iran struck Israel on Tuesday.", ("IRN", "ISR", "190")),
])
def test_an_unclaimed_weapon_is_its_launch_sites_attack(text, expected, rules_only):
    assert expected in triples(text, rules_only)


def test_a_named_sender_beats_the_launch_site(rules_only):
    found = triples("The Russian army launched drones from Belarus at Ukraine.", rules_only)
    assert any(s == "RUS" and t == "UKR" for s, t, _ in found), found
    assert not any(s == "BLR" for s, _, _ in found), found
