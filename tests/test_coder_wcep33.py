"""Constructions of the rule coder from the twenty-second round on WCEP-style current-news
summaries (wcep33): an attack an armed group claims responsibility for. Rules alone (the
learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # the claim names no act: the attack the sentence before tells, in the state it happened in
    ("Eleven worshippers are killed in a suicide bombing at a mosque in Peshawar, Pakistan. "
     "The Pakistani Taliban claims responsibility.", ("PAK", "PAK", "183")),
    ("A car bomb kills nine people near a hotel in Mogadishu, Somalia. Al-Shabaab claims responsibility.",
     ("SOM", "SOM", "183")),
    ("Six people die in a shooting at a bus station in Kabul, Afghanistan. "
     "The Islamic State – Khorasan Province claimed responsibility.", ("AFG", "AFG", "180")),
    # "for the attack": the act named again, its place told before; a bomb word there wins
    ("An explosion tears through a police post in Quetta, Pakistan, killing four officers. "
     "The Balochistan Liberation Army claims responsibility for the attack.", ("PAK", "PAK", "183")),
    # the act named in the claim itself
    ("Boko Haram claimed responsibility for the kidnapping of 30 farmers in Borno State, Nigeria.",
     ("NGA", "NGA", "181")),
])
def test_a_claim_of_responsibility_makes_the_claimant_the_attacker(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, claimant", [
    # a denial claims nothing
    ("Eleven worshippers are killed in a suicide bombing at a mosque in Peshawar, Pakistan. "
     "The Pakistani Taliban denies responsibility.", "PAK"),
    ("Eleven worshippers are killed in a suicide bombing at a mosque in Peshawar, Pakistan. "
     "The Pakistani Taliban did not claim responsibility.", "PAK"),
    # no act of force told: a hack or a stunt is no attack
    ("Hackers take down the website of the Kenyan parliament. Anonymous claims responsibility.", None),
])
def test_no_attack_without_a_claimed_act_of_force(text, claimant, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] == "18" and s is not None and (claimant is None or s == claimant)
                   for s, _, c in found), found


def test_an_attack_already_coded_is_not_coded_twice(rules_only):
    found = triples("The Pakistani Taliban claims responsibility for a bombing at a market in Peshawar, "
                    "Pakistan, that killed 12 people.", rules_only)
    assert [t for t in found if t[0] == "PAK" and t[2][:2] == "18"] == [("PAK", "PAK", "183")], found


@pytest.mark.parametrize("text, expected", [
    # people named by their calling are of the country where the act on them happens
    ("Police in Harare, Zimbabwe, detained a lawyer.", ("ZWE", "ZWE", "173")),
    ("Police in Lagos, Nigeria, arrested a rapper and two bloggers.", ("NGA", "NGA", "173")),
    ("Chinese authorities release pastor Li Wei.", ("CHN", "CHN", "084")),
    ("Zimbabwean police detained pastor John Moyo in Harare.", ("ZWE", "ZWE", "173")),
])
def test_a_person_named_by_calling_is_of_the_place(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_a_person_of_a_named_nation_keeps_it(rules_only):
    # the demonym names the person's state, not the place's
    found = triples("Police in Moscow detained a British tourist.", rules_only)
    assert ("RUS", "GBR", "173") in found and not any(t == "RUS" for _, t, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # an attack put on someone ("attribute ... to", "blame ... on"): that one is the attacker
    ("At least nine people are killed in a shooting near a market in Gao, Mali. "
     "Witnesses attribute the shooting to Malian soldiers.", ("MLI", "MLI", "180")),
    ("Nine people are killed in strikes on a village in North Darfur, Sudan. "
     "The Rapid Support Forces attribute the attack to the Sudanese army.", ("SDN", "SDN", "180")),
    ("Colombia's army says a drone attack on a base in Cauca injures four soldiers, "
     "blaming the attack on the National Liberation Army.", ("COL", "COL", "180")),
])
def test_an_attack_put_on_someone_makes_them_the_attacker(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # blamed on no actor (a place inside the phrase is not the one blamed), or no act of force
    "Police blame the massacre on a family dispute in Lagos, Nigeria.",
    "Ukraine's army blames the failure on Russia.",
])
def test_no_attack_put_on_a_non_actor_or_without_an_act(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] in ("18", "19") for _, _, c in found), found
