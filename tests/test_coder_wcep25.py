"""Constructions of the rule coder from the eighteenth round on WCEP-style news summaries
(recall on train-wcep, third part): a headline's verb of saying read as a noun, the means
"by" + gerund hung on the object. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


def roots(text, settings):
    return {(s, t, c[:2]) for s, t, c in triples(text, settings)}


@pytest.mark.parametrize("text, expected", [
    # a headline's verb of saying, tagged as a plural noun: the force that says it did the act
    ("The Kenyan military announces that it has killed 12 al-Shabaab militants near the border.",
     ("KEN", "SOM", "19")),
    ("The Nigerian military announces they have killed 30 Boko Haram fighters in Borno.", ("NGA", "NGA", "19")),
    ("The Israeli military claims to have killed four Hamas militants in Khan Younis.", ("ISR", "PSE", "19")),
])
def test_a_headline_verb_of_saying_read_as_a_noun(text, expected, rules_only):
    found = roots(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "The Israeli claims of victory in Gaza.",  # a noun phrase: no clause said
    "Early reports of fighting near the border.",
])
def test_a_plural_noun_with_no_clause_said_stays_a_noun(text, rules_only):
    assert triples(text, rules_only) == set()


@pytest.mark.parametrize("text, expected", [
    # "by" + gerund hung on the verb's object: the verb's subject does the act of means
    ("The Kenyan president widens the country's existing travel ban by banning citizens of Somalia from "
     "entering the country.", ("KEN", "SOM", "17")),
    ("Japanese prime minister Shigeru Ishiba expands the country's existing sanctions by banning exports of "
     "chips to Russia.", ("JPN", "RUS", "16")),
])
def test_the_means_hung_on_the_object_is_the_subjects_act(text, expected, rules_only):
    found = roots(text, rules_only)
    assert expected in found, found


def test_a_by_agent_on_a_noun_is_not_a_means(rules_only):
    # "the ban by Somalia": no gerund; Somalia bans, and Kenya only welcomes it
    found = roots("Kenya welcomed the ban by Somalia on Kenyan khat imports.", rules_only)
    assert not any(s == "KEN" and c in ("16", "17") for s, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # an attack noun with two modifiers joined by a dash, one a demonym: both attacked
    ("An Israeli–U.S. airstrike hits a military base near Shiraz, Iran.",
     {("ISR", "IRN", "19"), ("USA", "IRN", "19")}),
    ("US-Israeli strikes hit a missile base near Isfahan.", {("ISR", "IRN", "19"), ("USA", "IRN", "19")}),
    ("The Houthis condemned the US-British airstrikes on Sanaa.", {("GBR", "YEM", "19"), ("USA", "YEM", "19")}),
])
def test_dash_joined_attackers_both_attack(text, expected, rules_only):
    found = roots(text, rules_only)
    assert expected <= found, found


@pytest.mark.parametrize("text, absent", [
    ("Russia-Ukraine talks resume in Istanbul.", ("RUS", "RUS", "04")),  # a symmetric noun: a pair, as before
    ("Washington announced new US-Chinese tariffs on steel.", ("CHN", "CHN", "16")),  # not an attack
])
def test_dash_joined_modifiers_of_other_nouns_stay(text, absent, rules_only):
    assert absent not in roots(text, rules_only)


@pytest.mark.parametrize("text, expected", [
    # ground taken "from" someone: the one who lost it is the target
    ("The South Sudanese army captures the town of Ulang from the Nuer White Army.", ("SSD", "SSD", "19")),
    ("Russian troops took the village of Krynky from Ukrainian marines.", ("RUS", "UKR", "19")),
])
def test_ground_taken_from_someone(text, expected, rules_only):
    found = roots(text, rules_only)
    assert expected in found, found


def test_captured_from_a_place_keeps_the_object(rules_only):
    # the object names the captured, as before; "from" is only read when it names no one.
    # Commanders captured are detained (17, prec41: train gold codes captured soldiers 17).
    found = roots("Iraqi forces captured two Islamic State commanders near Mosul.", rules_only)
    assert ("IRQ", "IRQ", "17") in found, found
