"""Coder constructions of conflict (CAMEO roots 14-20), eighth round: violence whose attacker
the text does not name is a target-only event (GUIDE.md section 3: "When the text does not
name who attacked, do not invent the attacker").

Sentences written for these tests. Rules only (``event_model = none``)."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a passive with no agent: the victims' state, or the place's
    ("Four Kenyan fishermen were killed in an attack on their boat in the Gulf of Aden.", (None, "KEN", "180")),
    ("Six civilians were killed in Maiduguri, Nigeria, on Tuesday.", (None, "NGA", "180")),
    # an event noun with no doer named; military weapons make it a fight
    ("At least nine people were killed in a drone strike on a market in Kadugli, Sudan.", (None, "SDN", "195")),
    ("A stabbing attack at a train station in Hamburg, Germany, left three people injured.", (None, "DEU", "180")),
    # a weapon as the subject, or as the thing downed
    ("A missile struck a residential block in Odesa, Ukraine, overnight.", (None, "UKR", "190")),
    ("A Turkish drone was shot down over northern Iraq.", (None, "TUR", "190")),
    # gunmen the text does not name are no attacker
    ("Unidentified gunmen stormed a church in Kaduna State, Nigeria, killing four worshippers.",
     (None, "NGA", "180")),
    ("Eight people were abducted by armed men in Zamfara State, Nigeria.", (None, "NGA", "181")),
])
def test_violence_with_no_attacker_named_is_target_only(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # the attacker named, as subject, possessor, "by" phrase or elsewhere in the sentence
    ("Twelve people were killed in an Israeli airstrike on a school in Gaza City.", ("ISR", "PSE", "195")),
    ("Ten soldiers were killed in an ambush by Boko Haram fighters in Borno State, Nigeria.",
     ("NGA", "NGA", "190")),
    ("Twenty villagers were killed when al-Shabaab militants attacked a village in Lower Shabelle, Somalia.",
     ("SOM", "SOM", "180")),
    # gunmen the text describes are the place's
    ("Gunmen loyal to a local warlord killed six traders in Kidal, Mali.", ("MLI", "MLI", "180")),
])
def test_a_named_attacker_leaves_no_target_only_event(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    assert not any(s is None and c[:2] in ("18", "19") for s, _, c in found), found


@pytest.mark.parametrize("text", [
    # deaths by mishap, tolls of events told elsewhere, acts planned, judged or thought of
    "Two people were killed in a car crash in Lagos, Nigeria.",
    "Three workers were killed during a riot at a factory in Dhaka, Bangladesh.",
    "At least thirteen people were killed, and twelve others were injured.",
    "The gunman was sentenced to life in prison for killing seven people in a shooting in Ohio.",
    "Spain refused to let the United States use its bases for strikes on Iran.",
    "Germany was critical of the strikes on Gaza.",
    "The UN condemned the bombing in Kabul, Afghanistan.",
    "The embassy warned of attack threats in Mogadishu, Somalia.",
])
def test_no_target_only_violence_without_a_told_attack(text, rules_only):
    found = triples(text, rules_only)
    assert not any(s is None and c[:2] in ("18", "19", "20") for s, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # retaking ground is taking the source's own ground back, when no other place is named
    ("Ethiopian troops recaptured the town of Gondar after heavy fighting.", ("ETH", "ETH", "192")),
    ("The Malian army retook Kidal, Mali, from the rebels.", ("MLI", "MLI", "192")),
    # taking a town, a base or an area; the place in the "of" phrase of ground taken
    ("Russian forces took the village of Pishchane in Kharkiv Oblast, Ukraine.", ("RUS", "UKR", "192")),
    ("Rebels took over an army base near Goma, Democratic Republic of the Congo.", ("COD", "COD", "192")),
    ("The army captured all of Omdurman, Khartoum State, Sudan.", ("SDN", "SDN", "192")),
])
def test_taking_and_retaking_ground(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_taking_over_a_company_is_no_occupation(rules_only):
    found = triples("A Chinese firm took over a German carmaker in Stuttgart.", rules_only)
    assert not any(c == "192" for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # the state of bodies a sanction names by their place: "based in", "operating in", "-based",
    # those it includes, those it targets
    ("Britain sanctioned three Dubai-based trading firms.", ("GBR", "ARE", "163")),
    ("Japan imposed sanctions on smuggling networks operating in Laos.", ("JPN", "LAO", "163")),
    ("Australia sanctioned six companies, including Iranian shipping firms.", ("AUS", "IRN", "163")),
    ("Canada announced new sanctions targeting Belarusian banks.", ("CAN", "BLR", "163")),
    # a ban "to" a state
    ("Turkey announced a full export ban of steel to Israel.", ("TUR", "ISR", "163")),
])
def test_sanction_targets_named_by_place(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_sanctions_targeting_someone_are_no_attack(rules_only):
    found = triples("Canada announced new sanctions targeting Belarusian banks.", rules_only)
    assert not any(c.startswith("19") for _, _, c in found), found
