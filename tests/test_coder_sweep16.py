"""Everyday news, thirteenth round's sweep: "security forces" and suicide bombers as the
unnamed agents they are, arson told with "set" ("set fire to", "set X on fire", "set
ablaze"), hostage taking, and the cooperative side (aid packages and sums pledged,
consultations, phone calls received, bodies and prisoners handed over, amnesties,
training another state's forces). Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract

from coded import triples

pytestmark = pytest.mark.model


def sided(text, settings):
    """(source key, source sector, CAMEO code, target key, target sector) of each event."""
    return {(e.source.actor.key if e.source else None, e.source.actor.sector if e.source else None, e.cameo,
             e.target.actor.key if e.target else None, e.target.actor.sector if e.target else None)
            for e in extract(text, date="2025-06-01", settings=settings)}


@pytest.mark.parametrize("text, country", [
    # unnamed "security forces" are the police's kind (COP), as the named ones are, not
    # the armed forces of the noun "force"
    ("Security forces killed five protesters in Tehran.", "IRN"),
    ("Security forces arrested dozens of students in Dhaka.", "BGD"),
])
def test_unnamed_security_forces_are_police(text, country, rules_only):
    sources = {(s, sec) for s, sec, _, _, _ in sided(text, rules_only)}
    assert (country, "COP") in sources, sources


def test_a_suicide_bomber_is_an_armed_group_that_assaults(rules_only):
    found = sided("A suicide bomber killed 12 people at a market in Kabul.", rules_only)
    assert any(s == "AFG" and sec == "REB" and code.startswith("18") for s, sec, code, _, _ in found), found


@pytest.mark.parametrize("text, source, code", [
    # setting fire to premises destroys property (1712)
    ("Rioters set fire to the police station in Dhaka.", "BGD", "1712"),
    ("Protesters set ablaze several government buildings in Nairobi.", "KEN", "1712"),
    ("Demonstrators set a police car on fire in Paris.", "FRA", "1712"),
    ("Separatists have set several schools on fire in Cameroon.", "CMR", "1712"),
    ("Rioters set alight two mosques in Lahore.", "PAK", "1712"),
    ("Angry mobs set fire to dozens of homes in Manipur.", "IND", "1712"),
    # taking or holding people hostage abducts them (181)
    ("Militants took 200 hostages in northern Nigeria.", "NGA", "181"),
    ("Pirates held 30 people hostage off the coast of Somalia.", "SOM", "181"),
    ("Kidnappers are holding 12 schoolchildren hostage in Zamfara state.", "NGA", "181"),
    ("Jihadists seized dozens of hostages at a gas plant in Algeria.", "DZA", "181"),
])
def test_arson_and_hostage_taking(text, source, code, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and c == code for s, _, c in found), found


def test_a_deadline_set_is_no_arson(rules_only):
    assert not any(code == "1712" for _, _, code in triples(
        "The government set a deadline for the rebels in Colombia.", rules_only))


@pytest.mark.parametrize("text", [
    "A mosque was set on fire in Leeds, England.",
    "Fire was set to the parliament building in Dhaka.",
])
def test_an_agentless_passive_fire_invents_no_arsonist(text, rules_only):
    found = triples(text, rules_only)
    assert not any(code == "1712" for _, _, code in found), found


def test_holding_someone_responsible_for_hostages_is_no_abduction(rules_only):
    found = triples("Israel holds the Hamas fighters responsible for the hostages in Gaza.", rules_only)
    assert not any(code == "181" for _, _, code in found), found


@pytest.mark.parametrize("text, expected", [
    # a package of aid for someone, approved or announced
    ("Brussels approved a new 50 billion euro aid package for Ukraine.", ("EU", "UKR", "070")),
    ("Canada announced an aid package of $40 million for Haiti.", ("CAN", "HTI", "070")),
    ("The World Bank approved a $1.2 billion financing package for Kenya.", ("WB", "KEN", "070")),
    # a sum of money pledged is aid promised
    ("The European Union pledged 50 million euros to Sudan.", ("EU", "SDN", "033")),
])
def test_aid_packages_and_sums_pledged(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, pair, root", [
    ("Poland and Lithuania held joint consultations in Vilnius.", {"POL", "LTU"}, "04"),
    ("Ukraine's defence minister held consultations with his Polish counterpart.", {"UKR", "POL"}, "04"),
    # a phone call received from someone
    ("Sisi received a phone call from Erdogan.", {"EGY", "TUR"}, "04"),
    ("The Kenyan president received a telephone call from the Ethiopian prime minister.", {"KEN", "ETH"}, "04"),
])
def test_consultations_and_calls_received(text, pair, root, rules_only):
    found = triples(text, rules_only)
    assert any({s, t} == pair and code.startswith(root) for s, t, code in found), found


@pytest.mark.parametrize("text, expected", [
    # bodies or prisoners handed over are returned (0841), not military aid
    ("Russia handed over the bodies of 500 soldiers to Ukraine.", ("RUS", "UKR", "0841")),
    ("Hamas handed over four hostages to the Red Cross.", ("PSE", "ICRC", "0841")),
    # an amnesty granted releases the state's own prisoners
    ("The Ethiopian government granted amnesty to 3,000 prisoners.", ("ETH", "ETH", "0841")),
    # training another state's forces is military cooperation
    ("British instructors trained Kenyan soldiers in counter-insurgency.", ("GBR", "KEN", "062")),
])
def test_releases_and_military_training(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_the_pope_is_the_holy_see(rules_only):
    found = triples("The Pope met President Lula at the Vatican.", rules_only)
    assert ("VAT", "BRA", "040") in found and not any(s == "UN" for s, _, _ in found), found
