"""Constructions mended by the lead in the eighteenth round: a people's adjective before an
agent noun in a target slot ("criticised the Kurdish police") keeps that agent from being
the story's own, read from the word and its tag rather than the entity recogniser (whose
labels change with the sentences around it); the nationality of private people acted on
("arrested a British man") does not place the story where a place does. Rules alone (the learned detector off), real
model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Chancellor Olaf Scholz criticised the Kurdish police.",
    "Chancellor Olaf Scholz criticised the Kurdish ministers.",
])
def test_a_peoples_agents_are_not_the_storys_own(text, rules_only):
    assert not any(target and target.startswith("DEU") for _, target, _ in codes(text, rules_only, "2024-05-01"))


@pytest.mark.parametrize("text, target", [
    ("Chancellor Olaf Scholz criticised the police.", "DEUCOP"),
    ("Chancellor Olaf Scholz criticised the Democratic ministers.", "DEUGOV"),
])
def test_an_agent_with_no_peoples_adjective_is_the_storys_own(text, target, rules_only):
    # guards: no adjective, or a party's adjective
    assert ("DEUGOV", target, "111") in codes(text, rules_only, "2024-05-01")


@pytest.mark.parametrize("text, police", [
    ("Protesters clashed with police in Lyon on Friday. Police arrested a British man on Saturday.", "FRACOP"),
    ("A British man was arrested in Dubai on Friday.", "ARECOP"),
])
def test_a_private_persons_nationality_does_not_place_the_story(text, police, rules_only):
    # the state whose police acts is where the story is, not the arrested man's
    assert (police, "GBRCVL", "173") in codes(text, rules_only, "2019-03-17")


def test_a_nationality_alone_still_places_the_story(rules_only):
    # guard: with no place named, the people's nationality is all there is
    assert ("NGACRM", "NGACVL", "180") in codes("Gunmen killed 12 Nigerian villagers on Friday.", rules_only,
                                                "2019-03-17")
