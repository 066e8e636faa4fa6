"""Actor sectors from the twenty-sixth round (sector41): a demonym or a country's name that
modifies a means of armed force ("Israeli airstrikes", "a U.S. missile strike", "a Russian
Geran kamikaze drone") names the state's military, MIL, while a place after "in" is where
the force lands; nouns of premises and property of one sector ("Lebanese villages": CVL,
"Sudan's gold trade", "Russian entities": BUS); people of one office (a Supreme Court
justice: JUD). Rules alone, real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, source_codes, target_codes
from eventwire.coding.sectors import load_cues

pytestmark = pytest.mark.model


def test_means_rows_are_read_with_their_roots():
    means = load_cues().means
    assert means[("airstrike", "")] == "MIL"
    assert means[("strike", "19")] == "MIL"
    # a "strike" or an "attack" outside acts of armed force is no army's (a workers' strike)
    assert ("strike", "") not in means and ("attack", "") not in means


@pytest.mark.parametrize("text, code", [
    ("Israeli airstrikes kill at least five people in southern Lebanon.", "ISRMIL"),
    ("Two civilians are killed in an Israeli missile strike near Gaza City.", "ISRMIL"),
    ("Several fighters are killed in U.S. strikes in Iraq.", "USAMIL"),
    ("A Ukrainian fighter jet is destroyed by a Russian Geran kamikaze drone at an airbase.", "RUSMIL"),
    ("Chadian airstrikes kill dozens of fishermen near Lake Chad.", "TCDMIL"),
])
def test_demonym_on_a_means_of_force_is_the_military(text, code, rules_only):
    found = source_codes(text, rules_only)
    assert code in found, found
    assert code[:3] not in found, found  # not the state as a whole


def test_country_named_alone_keeps_sector_null(rules_only):
    # GUIDE.md section 2: a country's name alone is the state, sector null, even when it fires
    found = source_codes("Russia launched 200 drones at Ukraine.", rules_only)
    assert "RUS" in found, found
    assert "RUSMIL" not in found, found


def test_place_where_the_force_lands_is_not_the_military(rules_only):
    # "in Kharkiv" places the strike: the struck place stands for its victims (sector35), not MIL
    found = {t for _, t, c in codes("A drone strike in Kharkiv, Ukraine, kills five people.", rules_only)
             if t is not None}
    assert not any(t.endswith("MIL") for t in found), found


def test_workers_strike_is_not_the_military(rules_only):
    found = source_codes("French workers strike in Paris over pension reform.", rules_only)
    assert not any(s and s.endswith("MIL") for s in found), found


@pytest.mark.parametrize("text, code", [
    ("The Israeli military issues an evacuation order for southern Lebanese villages.", "LBNCVL"),
    ("The European Union imposes sanctions on Sudan's gold trade.", "SDNBUS"),
    ("Canada announces new sanctions targeting Russian entities involved in cyberattacks.", "RUSBUS"),
])
def test_nouns_of_property_and_premises_give_their_sector(text, code, rules_only):
    found = target_codes(text, rules_only)
    assert code in found, found


@pytest.mark.parametrize("text, code, date", [
    # (named without his title: the people row alone says he is a Supreme Court justice)
    ("The United States imposes sanctions on Alexandre de Moraes.", "BRAJUD", "2025-08-02"),
    ("Hereditary Prince Alois met Swiss President Karin Keller-Sutter in Bern.", "LIEGOV", "2025-08-02"),
])
def test_people_coded_by_their_office(text, code, date, rules_only):
    found = {c for pair in codes(text, rules_only, date) for c in pair[:2]}
    assert code in found, found
