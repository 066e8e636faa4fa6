"""Constructions added by the lead in the thirteenth round: conjoined actors of an event noun,
an event noun as the agent of a passive, air campaigns, periods "entered", and bans of
rallies. Rules alone (the learned detector off), real model; sentences written for these
tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, sources", [
    ("Israeli and American strikes on Iran killed 300 people.", {"ISR", "USA"}),
    ("French and British warplanes bombed Libyan air defences.", {"FRA", "GBR"}),
    ("Iran was hit by Israeli and American airstrikes on Monday.", {"ISR", "USA"}),
])
def test_conjoined_actors_of_an_event_noun_both_act(text, sources, rules_only):
    found = triples(text, rules_only)
    assert {s[:3] for s, _, _ in found if s} >= sources, found


def test_an_agent_joined_to_the_source_is_not_its_target(rules_only):
    # "by Israel and the United States": both struck; the United States is no target
    found = triples("The compound was hit in an airstrike by Israel and the United States on Monday.", rules_only)
    assert not any(t and t.startswith("USA") for _, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Iran was hit by Israeli airstrikes on Monday.", "ISR", "IRN"),
    ("Kharkiv was struck by Russian drone strikes overnight.", "RUS", "UKR"),
])
def test_an_event_noun_as_agent_of_a_passive_acts_on_its_subject(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert any(s and s.startswith(source) and t and t.startswith(target) and c.startswith("19")
               for s, t, c in found), found


@pytest.mark.parametrize("text, source, target, code", [
    ("Saudi Arabia's bombing campaign in Yemen killed thousands.", "SAU", "YEM", "195"),
    ("Turkey launched an air campaign against Kurdish militants in Syria.", "TUR", "SYR", "195"),
    ("Russia's military campaign in Ukraine continued.", "RUS", "UKR", "190"),
])
def test_a_military_or_air_campaign_is_a_fight(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert any(s and s.startswith(source) and t and t.startswith(target) and c == code for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "The government launched a campaign against corruption in Kenya.",
    "The opposition campaign against the Serbian president gathered pace.",
])
def test_other_campaigns_are_no_fight(text, rules_only):
    assert not any(c.startswith("19") for _, _, c in triples(text, rules_only))


def test_a_war_entering_a_new_year_is_no_invasion(rules_only):
    found = triples("Russia's war in Ukraine entered its third year.", rules_only)
    assert not any(c == "192" for _, _, c in found), found
    # troops entering a country still are
    assert ("TUR", "SYR", "192") in triples("Turkish troops entered northern Syria.", rules_only)


@pytest.mark.parametrize("text, source", [
    ("Tanzania banned all political rallies ahead of the election.", "TZA"),
    ("The Russian government prohibited protests in Moscow.", "RUS"),
    ("Pakistan banned all public gatherings in Islamabad.", "PAK"),
])
def test_banning_rallies_restricts_political_freedoms(text, source, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and t == source and c == "1721" for s, t, c in found), found


@pytest.mark.parametrize("text, state", [
    ("Belarus imposed a curfew in Minsk.", "BLR"),
    ("Pakistan imposed a curfew in Islamabad.", "PAK"),
])
def test_a_state_acting_at_home_acts_on_its_own_people(text, state, rules_only):
    # the capital is the state itself: not a self-pair to drop, but its population
    assert (state, state, "1723") in triples(text, rules_only)



def test_fire_set_by_a_military_weapon_is_an_attack(rules_only):
    found = triples("A Ukrainian drone sets fire to an oil depot in the Bryansk region of Russia.", rules_only)
    assert ("UKR", "RUS", "190") in found, found
    # set by people it stays arson
    found = triples("Israeli settlers set fire to several Palestinian homes in the West Bank.", rules_only)
    assert ("ISR", "PSE", "1712") in found, found
