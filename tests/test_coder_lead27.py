"""Constructions mended by the lead in the nineteenth round: an unnamed agent said to be
foreign ("foreign troops") is not of the state where the event happens; a street named
after a state or a title ("Cuba Street", "Queen Street") is no actor. Rules alone (the
learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place", [
    ("Foreign troops attacked the village in Mali on Sunday.", "MLI"),
    ("Overseas fighters stormed a checkpoint in Chad.", "TCD"),
])
def test_foreign_agents_are_not_of_the_place(text, place, rules_only):
    assert not any(source and source.startswith(place) for source, _, _ in codes(text, rules_only, "2024-05-01"))


@pytest.mark.parametrize("text, source", [
    ("Troops attacked the village in Mali on Sunday.", "MLIMIL"),
    ("The foreign ministry in Tehran condemned the strike on the convoy.", "IRNGOV"),
])
def test_local_agents_and_a_foreign_ministry_are_the_places(text, source, rules_only):
    assert source in {s for s, _, _ in codes(text, rules_only, "2024-05-01")}


def test_a_street_named_after_a_state_is_no_target(rules_only):
    found = codes("Police arrested two men on Cuba Street in Wellington on Friday.", rules_only, "2024-05-01")
    assert not any(target and target.startswith("CUB") for _, target, _ in found), found
    found = codes("Police arrested two men on Queen Street in Wellington on Friday.", rules_only, "2024-05-01")
    assert not any(target == "NZLGOV" for _, target, _ in found), found


@pytest.mark.parametrize("text", [
    "Police fired shots in the air to disperse the crowd in Lagos.",
    "Troops fired rounds in the air as protesters gathered in Bamako.",
])
def test_shots_into_the_air_with_an_object_are_no_attack(text, rules_only):
    assert not any(code.startswith("19") for _, _, code in codes(text, rules_only, "2024-05-01"))


@pytest.mark.parametrize("text", [
    "The army fired live rounds into the crowd in Kano.",
    "Soldiers fired shells into the town of Kano.",
])
def test_shots_into_a_crowd_or_a_town_are_still_fighting(text, rules_only):
    assert any(code == "190" for _, _, code in codes(text, rules_only, "2024-05-01"))
