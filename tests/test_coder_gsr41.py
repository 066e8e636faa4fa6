"""Recall of PLOVER types found weak on the MIT synthetic PLOVER stories (twenty-sixth round):
debt relief and aid airlifted (AID), restrictions eased with no one named and backing down
(CONCEDE), reserves mobilised and forces moved, police officers
deployed (MOBILIZE). Rules alone (the learned detector off), real model; sentences written for
these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    # CAMEO 071: "debt relief should also be coded as 071"
    ("Norway granted debt relief to Malawi.", ("NOR", "MWI", "071")),
    ("Norway wrote off Malawi's debt.", ("NOR", "MWI", "071")),
    ("Norway forgave Malawi's debt on Monday.", ("NOR", "MWI", "071")),
    ("Norway cancelled Malawi's debt.", ("NOR", "MWI", "071")),
    # aid flown in
    ("Norway airlifted food to Malawi.", ("NOR", "MWI", "073")),
])
def test_debt_relief_and_airlifted_aid(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_forgiving_a_wrong_stays_forgiveness(rules_only):
    found = triples("Norway forgave Malawi for the insult.", rules_only)
    assert ("NOR", "MWI", "056") in found, found
    assert not any(c == "071" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "Ecuador lifted restrictions on public gatherings.",
    "Ecuador removed restrictions on foreign investment.",
    "Ecuador repealed restrictions on public gatherings.",
])
def test_restrictions_eased_at_home(text, rules_only):
    found = triples(text, rules_only)
    assert any(s == "ECU" and c == "081" for s, _, c in found), found


def test_restrictions_eased_on_a_state_stay_sanctions_eased(rules_only):
    found = triples("Ecuador lifted restrictions on Peru.", rules_only)
    assert ("ECU", "PER", "085") in found, found
    assert not any(c == "081" for _, _, c in found), found


def test_backing_down_is_yielding(rules_only):
    found = triples("The Ecuadorian government backed down under pressure.", rules_only)
    assert any(s == "ECU" and c == "080" for s, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("Georgia mobilized its reserves on Monday.", ("GEO", None, "154")),
    ("Georgia moved two warships to the Black Sea coast.", ("GEO", None, "150")),
])
def test_forces_readied_with_no_one_named(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_forces_moved_are_a_show_of_force(rules_only):
    found = triples("Georgia moved dozens of soldiers into the border region.", rules_only)
    assert any(s == "GEO" and c == "150" for s, _, c in found), found


def test_troops_sent_to_a_state_stay_military_aid(rules_only):  # (a guard: "send" is unchanged)
    found = triples("Georgia sent troops to Armenia.", rules_only)
    assert ("GEO", "ARM", "072") in found, found


def test_police_officers_deployed_are_police_power(rules_only):
    found = triples("Peru deployed hundreds of police officers across Lima.", rules_only)
    assert any(s == "PER" and c == "153" for s, _, c in found), found


@pytest.mark.parametrize("text", [
    # guards: no force, no restriction, no debt
    "Georgia moved its embassy to Jerusalem.",
    "Georgia moved the election to May.",
    "Georgia sent a letter to the border town.",
    "Georgia mobilized its currency reserves.",
])
def test_other_moves_code_no_force(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("15") for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("Paraguay rejected talks with Bolivia.", ("PRY", "BOL", "125")),
    ("Paraguay rejected Bolivia's offer of talks.", ("PRY", "BOL", "125")),
    ("Paraguay turned down Brazil's offer of mediation.", ("PRY", "BRA", "126")),
    ("Paraguay rejected Bolivia's peace plan.", ("PRY", "BOL", "127")),
    ("Armenia rejected a ceasefire with Azerbaijan.", ("ARM", "AZE", "1246")),
    ("Armenia did not accept the truce with Azerbaijan.", ("ARM", "AZE", "1246")),
    ("Armenia accepted a ceasefire with Azerbaijan.", ("ARM", "AZE", "0871")),
])
def test_what_is_rejected_or_accepted_names_the_kind(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_a_plain_rejection_stays_120(rules_only):
    found = triples("Paraguay rejected Bolivia's claims.", rules_only)
    assert ("PRY", "BOL", "120") in found, found
