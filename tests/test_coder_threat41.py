"""Threats (CAMEO 13) whose act the threat verb names (twenty-sixth round, threat41,
``coding/threatened.py``): the hostile act named by the object of "threaten", aimed at the
object of that noun's own preposition ("threatened an invasion of X"); a threatening participle
after an act that is no demand ("massed troops on the border, threatening to invade"); a warning
against an act ("warned X against joining NATO": 130 to X). "Threatened" as a state is no threat.
Rules alone, real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("Chile threatened an invasion of Bolivia on Friday.", ("CHL", "BOL", "1382")),
    ("Egypt threatened a blockade of Eritrea.", ("EGY", "ERI", "1381")),
    ("Serbia has threatened an occupation of Kosovo.", ("SRB", "XKX", "1382")),
])
def test_threatened_act_of_a_country(text, event, rules_only):
    found = coded(text, rules_only)
    assert event + ("asserted",) in found, found
    assert not any(c[:2] == "19" for _, _, c, _ in found), found  # the act is threatened, not done


@pytest.mark.parametrize("text, event", [
    ("Ghana threatened sanctions against Togo.", ("GHA", "TGO", "1312")),
    ("Peru threatened Ecuador with military action.", ("PER", "ECU", "138")),
])
def test_act_named_gives_the_threat_its_code(text, event, rules_only):
    assert event in triples(text, rules_only)


def test_workers_threatened_strike_is_no_attack_threat(rules_only):
    found = triples("Nurses in Kenya threatened a strike against the Kenyan government.", rules_only)
    assert not any(c in ("138", "1384") for _, _, c in found), found


def test_negated_threat_of_an_act_is_none(rules_only):
    found = triples("Chile did not threaten an invasion of Bolivia.", rules_only)
    assert not any(c[:2] == "13" for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("Sudan deployed troops along the border with Chad, threatening to invade the country.",
     ("SDN", "TCD", "1382")),
    ("Eritrea deployed troops along the border with Ethiopia, threatening an invasion.", ("ERI", "ETH", "1382")),
])
def test_threatening_participle_after_an_act(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


@pytest.mark.parametrize("text", [
    # "threatening to" of what an event may bring about: no threat by anyone
    "Clashes between Armenia and Azerbaijan erupted, threatening to derail the talks.",
    "Sudan deployed troops along the border with Chad, threatening to resign.",
])
def test_participle_of_no_hostile_act_is_no_threat(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] == "13" for _, _, c in found), found


def test_warned_against_doing_is_a_threat_to_the_one_warned(rules_only):
    found = triples("Moscow warned Finland against joining NATO.", rules_only)
    assert ("RUS", "FIN", "130") in found, found
    assert not any(t == "NATO" for _, t, _ in found), found  # no joining done


@pytest.mark.parametrize("text", [
    "Many species in Kenya are threatened by poaching.",
    "Residents of Gaza said they feel threatened by the settlers.",
    "The threatened species of Madagascar need protection from France.",
])
def test_threatened_as_a_state_is_no_threat(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] == "13" for _, _, c in found), found


def test_threatening_to_act_beside_a_demand(rules_only):
    found = triples("Kenya urged Uganda to settle the dispute, threatening to boycott the summit.", rules_only)
    assert any((s, t, c[:2]) == ("KEN", "UGA", "13") for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "Venezuela did not rule out using military force to take control of Guyana.",
    "Venezuela refused to rule out using force to seize Guyana.",
])
def test_act_not_ruled_out_is_threatened(text, rules_only):
    found = coded(text, rules_only)
    assert any((s, t, c[:2], m) == ("VEN", "GUY", "13", "asserted") for s, t, c, m in found), found
    assert not any(c[:2] in ("17", "19") for _, _, c, _ in found), found  # not seized


def test_act_ruled_out_is_not_done(rules_only):
    found = triples("Venezuela ruled out using force to seize Guyana.", rules_only)
    assert not any(c[:2] in ("13", "17", "19") for _, _, c in found), found
