"""Constructions of the rule coder from the seventeenth round on PLOVER-style news (fourth part):
a right or chance to act, a destination placed after its parenthetical acronym, patrols by the
doer's own force, and acts that are only the occasion of another.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    # the infinitive of a noun of a right, power, permission or chance tells what may be done
    "Germany defended the right of Turkish troops to fire on Kurdish militants in Syria.",
    "Washington gave Ukraine permission to strike targets inside Russia.",
    "Hamas welcomed the chance to attack Israeli soldiers in Gaza.",
])
def test_right_to_act_is_no_act(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] in ("17", "18", "19") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # guards: the act itself, and a right or chance put to use
    ("Turkish troops fired on Kurdish militants in Syria.", ("TUR", "SYR", "190")),
    ("Israel seized the chance to attack Hamas.", ("ISR", "PSE", "190")),
])
def test_acts_and_rights_used_are_coded(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # an "in" right after a destination's name and its acronym in brackets places the
    # destination (the parser hangs it on the verb)
    ("The IAEA sent inspectors to the Bushehr Nuclear Power Plant (BNPP) in southern Iran.",
     ("IAEA", "IRN", "090")),
    ("The UN dispatched investigators to Kalma Displaced Persons Camp (KDPC) in Sudan.",
     ("UN", "SDN", "090")),
])
def test_destination_placed_after_its_acronym(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_destination_not_placed_by_a_date(rules_only):
    # "in March" places nothing: no target
    found = triples("The IAEA sent inspectors to the Bushehr Nuclear Power Plant (BNPP) in March.", rules_only)
    assert not any(c == "090" and t is not None for _, t, c in found), found


def test_patrols_of_the_doers_own_army_are_no_target(rules_only):
    # "army patrols": the force the act sends out, not whom it is aimed at
    found = codes("The Nigerian government ordered army patrols after the riots.", rules_only)
    assert ("NGAGOV", None, "150") in found, found
    assert not any(t is not None and c == "150" for _, t, c in found), found


def test_patrols_aimed_abroad_keep_their_target(rules_only):
    # guard: where they patrol abroad is still the target
    found = triples("China ordered naval patrols around Taiwan.", rules_only)
    assert ("CHN", "TWN", "150") in found, found


def test_occasion_of_an_act_is_not_its_doers(rules_only):
    # "after the riots": the government did not riot
    found = codes("The Nigerian government ordered army patrols after the riots.", rules_only)
    assert not any(s == "NGAGOV" and c[:2] == "14" for s, _, c in found), found


def test_fighting_before_a_victory_is_the_victors(rules_only):
    # guard: a symmetric act the subject took part in ("claimed victory after clashes with")
    found = triples("Ethiopian troops seized the town after clashes with Eritrean forces.", rules_only)
    assert any({s, t} == {"ETH", "ERI"} and c[:2] == "19" for s, t, c in found), found


@pytest.mark.parametrize("text", [
    # a passive clause of its own under a condition or a time names no agent: not the
    # governing clause's subject
    "Norway will defend Saudi Arabia if it is attacked.",
    "Kenya recalled its ambassador after its embassy was attacked.",
])
def test_agentless_passive_clause_is_not_the_governors_act(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] in ("18", "19") for _, _, c in found), found


def test_passive_clause_with_an_agent_keeps_it(rules_only):
    # guard: the agent named in the clause
    found = triples("Kenya recalled its ambassador after its embassy was attacked by Somali gunmen.", rules_only)
    assert any(s == "SOM" and c[:2] in ("18", "19") for s, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # permission granted or given allows (080), as "permit" does; the act allowed is not done
    ("Washington gave Ukraine permission to strike targets inside Russia.", ("USA", "UKR", "080")),
    ("Egypt granted Israeli jets permission to fly over Sinai.", ("EGY", "ISR", "080")),
])
def test_permission_granted_allows(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    assert not any(c[:2] in ("18", "19") for _, _, c in found), found


def test_permission_denied_is_a_refusal(rules_only):
    # guard: denying permission is still a rejection (120), not an allowing
    found = triples("Egypt denied Israeli jets permission to fly over Sinai.", rules_only)
    assert not any(c == "080" for _, _, c in found), found
