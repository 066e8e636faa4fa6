"""Material conflict (CAMEO 14-20) and false events in everyday news: what a sweep of
wire-style sentences found. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Police in Ankara detained dozens of students on Friday.", ("TUR", "TUR", "173")),
    ("Kenyan police arrested hundreds of protesters on Monday.", ("KEN", "KEN", "173")),
    ("Egyptian security forces rounded up and detained scores of activists.", ("EGY", "EGY", "173")),
])
def test_a_number_of_people_acted_on_are_the_people(text, expected, rules_only):
    """"dozens of demonstrators": the people named after "of" are the target, not the number."""
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "A fire at a hospital in Baghdad killed 82 people on Sunday.",
    "An explosion at a police station in Kabul killed 12 people.",
    "A stampede at a stadium in Cameroon killed eight fans.",
])
def test_the_place_of_a_mishap_is_not_its_actor(text, rules_only):
    found = triples(text, rules_only)
    assert not any(code.startswith(("18", "19", "20")) and s is not None for s, _, code in found), found


def test_fire_from_an_actor_still_names_it(rules_only):
    found = triples("A Palestinian teenager was killed by fire from Israeli troops.", rules_only)
    assert any(s == "ISR" and code.startswith("19") for s, _, code in found), found


@pytest.mark.parametrize("text", [
    "Poland marked the 85th anniversary of the German invasion of Poland.",
    "The documentary tells the story of the Soviet invasion of Afghanistan.",
    "Ukraine marked the anniversary of the start of the Russian invasion on Tuesday.",
])
def test_an_event_recalled_is_not_reported(text, rules_only):
    found = triples(text, rules_only)
    assert not any(code.startswith("19") for _, _, code in found), found


def test_an_event_condemned_is_still_reported(rules_only):
    found = triples("Poland condemned the Russian invasion of Ukraine.", rules_only)
    assert ("RUS", "UKR", "192") in found, found


@pytest.mark.parametrize("text, expected", [
    ("Georgian police used tear gas against protesters in Tbilisi.", ("GEO", "GEO", "175")),
    ("Riot police used water cannon on demonstrators in Nairobi.", ("KEN", "KEN", "175")),
    ("Chinese coast guard vessels fired water cannon at a Philippine supply boat.", ("CHN", "PHL", "175")),
])
def test_tear_gas_and_water_cannon_are_repression(text, expected, rules_only):
    assert expected in triples(text, rules_only)


def test_freezing_assets_is_a_sanction(rules_only):
    found = triples("Britain froze the assets of five Iranian officials.", rules_only)
    assert ("GBR", "IRN", "163") in found, found


@pytest.mark.parametrize("text, expected", [
    ("Germany halted development aid to Niger on Monday.", ("DEU", "NER", "162")),
    ("Canada suspended aid to Mali's military government.", ("CAN", "MLI", "162")),
])
def test_suspending_aid_is_reducing_aid(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_dropping_bombs_is_an_air_strike(rules_only):
    found = triples("Sudanese army jets dropped bombs on a market in Darfur.", rules_only)
    assert any(code == "195" for _, _, code in found), found


def test_missiles_fired_with_no_target_are_a_show_of_force(rules_only):
    found = triples("North Korea test-fired two ballistic missiles into the sea on Sunday.", rules_only)
    assert ("PRK", None, "150") in found, found
    found = triples("Iran fired ballistic missiles at Israel on Tuesday.", rules_only)
    assert ("IRN", "ISR", "190") in found, found


def test_a_demand_a_protest_is_staged_for_is_that_protest(rules_only):
    found = triples("Thousands of university students throughout Indonesia staged mass demonstrations on "
                    "Saturday to demand political reforms by President Joko Widodo's government.", rules_only)
    assert any(code.startswith("14") for _, _, code in found), found
    assert not any(code.startswith("10") for _, _, code in found), found


@pytest.mark.parametrize("text", [
    "Cambodia marked 50 years since the Khmer Rouge seized Phnom Penh.",
    "It has been two decades since Ethiopian troops invaded Somalia.",
])
def test_an_event_years_are_counted_since_is_not_reported(text, rules_only):
    found = triples(text, rules_only)
    assert not any(code.startswith(("17", "19")) for _, _, code in found), found


def test_an_act_since_an_event_is_still_reported(rules_only):
    found = triples("Israel has killed 300 Palestinians since the war began two years ago.", rules_only)
    assert any(s == "ISR" and code.startswith("19") for s, _, code in found), found


@pytest.mark.parametrize("text", [
    "Brazil's striker fired a shot at the Argentine goal.",
    "The French goalkeeper was attacked by Spanish fans after the match.",
])
def test_players_and_goals_of_a_game_are_no_state(text, rules_only):
    found = triples(text, rules_only)
    assert not any(code.startswith(("18", "19")) for _, _, code in found), found
