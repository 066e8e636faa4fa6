"""Constructions of the rule coder from the nineteenth round on WCEP-style news sentences,
second pass (wcep28): a nationality read as the object of "in" before an "-ing" attack word
is the attack's doer; legislatures known by their own name. Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # "Russian" was read as the object of "in" and "shelling" as a clause: RUSCVL -> RUS;
    # since sector41 the demonym on a means of force ("shelling") is the military: RUSMIL
    ("Two people are killed in Russian shelling in Kherson.", ("RUSMIL", "UKRCVL", "194")),
    ("Three farmers were killed in Russian shelling near Sumy.", ("RUSMIL", "UKRCVL", "194")),
])
def test_a_nationality_before_an_attack_gerund_is_its_doer(text, expected, rules_only):
    found = codes(text, rules_only, "2024-05-01")
    assert expected in found, found
    assert not any(s and s.startswith("UKR") and t and t.startswith("RUS") for s, t, _ in found), found
    assert not any(s == "RUSCVL" for s, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Three farmers were killed in Russian shelling near Zaporizhzhia.",  # (gaps41: unplaced, no target)
    "Two people are killed in Russian shelling in Kherson.",
])
def test_the_mended_attack_is_asserted(text, rules_only):
    found = coded(text, rules_only, "2024-05-01")
    attacks = [(s, t, c, m) for s, t, c, m in found if c.startswith("19")]
    assert attacks and all(s == "RUS" and m == "asserted" for s, _, _, m in attacks), found


@pytest.mark.parametrize("text", [
    "An explosion in Kabul killing five people was condemned.",  # a place, then a participle clause
    "Officials in Ukraine reported shelling overnight.",  # no nationality before the gerund
])
def test_no_doer_is_made_from_a_place_before_a_participle(text, rules_only):
    found = codes(text, rules_only, "2024-05-01")
    assert not any(c.startswith("19") and s in ("AFG", "UKR") for s, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    ("The Lithuanian Seimas elects Jane Roe as the country's new prime minister.", ("LTULEG", "LTUGOV", "051")),
    ("The Saeima elected John Roe as prime minister on Tuesday.", ("LVALEG", "LVAGOV", "051")),
    ("The Croatian Sabor confirmed Mark Roe as defence minister.", ("HRVLEG", "HRVGOV", "051")),
])
def test_a_legislature_known_by_its_own_name(text, expected, rules_only):
    found = codes(text, rules_only, "2025-03-01")
    assert expected in found, found


def test_a_legislature_name_makes_no_event_alone(rules_only):
    # a body named, but no act on anyone: nothing coded
    assert codes("The Riigikogu met in Tallinn on Monday.", rules_only, "2025-03-01") == set()
