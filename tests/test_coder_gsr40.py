"""Recall of PLOVER types found weak on the MIT synthetic PLOVER stories (twenty-fifth round):
forces deployed with no foe named, police deployed, military exercises alone and readiness
raised are a show of force (PLOVER MOBILIZE); relations downgraded are reduced (SANCTION);
land annexed is territory taken (192). Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    # no foe or state named: still a move of force
    ("The Zambian army deployed 300 soldiers on Tuesday.", ("ZMB", None, "150")),
    ("Bolivia has deployed tanks and warships along its coast.", ("BOL", None, "150")),
    # a state named still takes the target, as before
    ("Ethiopia deployed troops to the border with Eritrea.", ("ETH", "ERI", "150")),
])
def test_forces_deployed_show_force(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_police_deployed_is_police_power(rules_only):
    found = triples("Ghana deployed police officers across Kumasi.", rules_only)
    assert any(s == "GHA" and c == "153" for s, _, c in found), found


@pytest.mark.parametrize("text, code", [
    ("Angola began naval exercises near its border.", "150"),
    ("Angola held naval drills off its coast.", "150"),
    ("Angola raised the combat readiness of its forces.", "152"),
    ("Angola heightened its military alert level.", "152"),
])
def test_exercises_and_readiness_without_partner(text, code, rules_only):
    found = triples(text, rules_only)
    assert ("AGO", None, code) in found, found


@pytest.mark.parametrize("text", [
    # guards: deploying no force, or raising something else, is no show of force
    "Angola deployed new software in its tax offices.",
    "Angola raised interest rates on Monday.",
    "Angola exercised its right to reply.",
])
def test_other_deployments_code_no_force(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("15") for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("Tonga downgraded diplomatic relations with Samoa.", ("TON", "WSM", "161")),
    ("Kenya lowered its diplomatic ties with Somalia.", ("KEN", "SOM", "161")),
    ("Armenia annexed the territory of Azerbaijan.", ("ARM", "AZE", "192")),
])
def test_relations_downgraded_and_land_annexed(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_a_lowered_forecast_is_no_reduced_relation(rules_only):
    found = triples("Kenya lowered its growth forecast for trade with Somalia.", rules_only)
    assert not any(c.startswith("16") for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("Tonga began expanded intelligence sharing with Samoa.", ("TON", "WSM", "064")),
    ("Kenya resumed information sharing with Uganda.", ("KEN", "UGA", "064")),
])
def test_intelligence_sharing_is_cooperation(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_sharing_halted_still_reduces_relations(rules_only):
    found = triples("Kenya halted intelligence sharing with Uganda.", rules_only)
    assert ("KEN", "UGA", "160") in found and not any(c == "064" for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("Tonga holds Samoa fully accountable for the deaths of its fishermen.", ("TON", "WSM", "112")),
    ("Kenya held Ugandan soldiers responsible.", ("KEN", "UGA", "112")),
])
def test_holding_someone_responsible_is_blaming(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found
