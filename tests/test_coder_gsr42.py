"""Recall of PLOVER types found weak on the MIT synthetic PLOVER stories (twenty-seventh round):
concessions made, relenting and caving (CONCEDE), patrols begun and forces on
standby (MOBILIZE), bailing out, aid transferred or released, shelter given and refuge
granted (AID). Rules alone (the learned detector off), real model; sentences written for these
tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    # concessions made to someone: yielding to them (080)
    ("Ghana made concessions to Togo over the border.", ("GHA", "TGO", "080")),
    # relenting or caving with no one named: yielding (080)
    ("The Ghanaian government relented after weeks of strikes.", ("GHA", None, "080")),
    ("The Ghanaian government finally caved last week.", ("GHA", None, "080")),
    # caving to a demand or to pressure: acceding to it (083), as "caved in to"
    ("The Ghanaian government caved to pressure from Togo.", ("GHA", "TGO", "083")),
])
def test_concessions_and_yielding(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_concessions_offered_are_no_yielding(rules_only):
    found = triples("Ghana offered concessions to Togo.", rules_only)
    assert not any(c.startswith("08") for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("Ghanaian soldiers started patrols along the border.", ("GHA", None, "150")),
    ("Ghanaian troops began patrols in the north.", ("GHA", None, "150")),
    ("Ghana put its troops on standby.", ("GHA", None, "152")),
])
def test_patrols_and_standby(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_soldiers_patrolling_when_attacked_are_no_force_posture(rules_only):
    found = triples("Rebels killed two Ghanaian soldiers patrolling a road near the border.", rules_only)
    assert not any(c.startswith("15") for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("The IMF bailed out Ghana in 2015.", ("IMF", "GHA", "071")),
    ("Ghana gave shelter to thousands of Togolese refugees.", ("GHA", "TGO", "073")),
    ("Ghana granted refuge to Togolese dissidents.", ("GHA", "TGO", "075")),
    ("Ghana released $20 million in aid to Togo.", ("GHA", "TGO", "070")),
    ("Ghana approved the transfer of weapons to Togo.", ("GHA", "TGO", "072")),
])
def test_aid_given(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


def test_prisoners_released_stay_a_release(rules_only):
    found = triples("Ghana released 20 Togolese prisoners.", rules_only)
    assert ("GHA", "TGO", "084") in found, found
    assert not any(c.startswith("07") for _, _, c in found), found


def test_a_transfer_of_power_is_no_aid(rules_only):
    found = triples("Ghana completed the transfer of power to a civilian government.", rules_only)
    assert not any(c.startswith("07") for _, _, c in found), found
