"""Places only the gazetteer knows (sixteenth round, place21): a city that no actor names
stands for its state as the target of violence and places the event, also where the
entity recogniser tags nothing or the wrong thing; a proper noun is read as a place only
when it cannot well be something else. Rules alone (the learned detector off), real
model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import placed, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target", [
    # a city the actor resolver does not know: its state is struck
    ("Israeli jets struck an arms depot in Mashhad.", "ISR", "IRN"),
    # a name the entity recogniser takes for a person's
    ("American warplanes bombed a naval base in Bandar Abbas.", "USA", "IRN"),
    # the place after "the city of"
    ("Russia shelled a hospital in the city of Zaporizhzhia.", "RUS", "UKR"),
])
def test_a_city_only_the_gazetteer_knows_is_the_target(text, source, target, rules_only):
    found = placed(text, rules_only)
    assert any((s, t) == (source, target) and c[:2] in ("18", "19") and loc == target
               for s, t, c, loc in found), found


@pytest.mark.parametrize("text", [
    # a common word that the gazetteer also knows as a city
    "Rebels shelled a market in Mobile on Sunday.",
    # a firm's name before a noun: what is there, not where
    "Israeli jets struck a Toyota warehouse near the port.",
])
def test_a_name_that_is_no_place_is_no_target(text, rules_only):
    found = placed(text, rules_only)
    assert not any(t is not None and t[:3] in ("USA", "JPN") for _, t, _, _ in found), found


def test_a_headline_in_capitals_names_no_place(rules_only):
    found = placed("Israeli Jets Strike Depot In Nice After Warning.", rules_only)
    assert not any(t is not None and t[:3] == "FRA" for _, t, _, _ in found), found


def test_a_named_target_still_wins_over_the_place(rules_only):
    found = triples("Israeli jets struck Hezbollah positions near Tyre.", rules_only)
    assert any(s == "ISR" and t is not None and t.startswith("LBN") for s, t, _ in found), found


def test_where_an_attack_comes_from_is_not_its_target(rules_only):
    found = placed("Hezbollah fired rockets from Lebanon into northern Israel.", rules_only)
    assert any(t == "ISR" and c[:2] == "19" for _, t, c, _ in found), found
    assert not any(t == "LBN" for _, t, _, _ in found), found
    found = placed("Hezbollah fired rockets from Lebanon.", rules_only)
    assert not any(t == "LBN" and c[:2] in ("18", "19", "20") for _, t, c, _ in found), found


def test_where_a_withdrawal_leaves_is_still_its_target(rules_only):
    found = triples("Israel withdrew its soldiers from Gaza.", rules_only)
    assert any(s == "ISR" and t == "PSE" and c.startswith("08") for s, t, c in found), found


def test_the_sea_off_a_coast_is_no_state_attacked(rules_only):
    found = placed("Iranian drones attacked a tanker off the coast of Oman.", rules_only)
    assert not any(t == "OMN" for _, t, _, _ in found), found


def test_in_support_of_names_no_place(rules_only):
    found = placed("The Houthis attacked ships in the Red Sea in support of Iran.", rules_only)
    assert not any(t == "IRN" for _, t, _, _ in found), found
    found = placed("The Houthis attacked ships in the port of Hodeidah.", rules_only)
    assert all(loc in (None, "YEM") for _, _, _, loc in found), found
