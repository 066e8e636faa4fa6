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
