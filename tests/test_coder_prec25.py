"""Constructions of the rule coder from the eighteenth round on long news articles: acts
not done told as done (about to be done, on a calendar, asked for). Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples
from eventwire import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # an act about to be done is future (GUIDE.md section 4), not done
    ("Ethiopian troops are poised to storm the town of Mekelle.", ("ETH", "19")),
    ("Serbian forces are about to invade Kosovo.", ("SRB", "19")),
    ("The militants are gearing up to attack Kabul.", ("AFG", "18")),
])
def test_an_imminent_act_is_future(text, expected, rules_only):
    found = [(s, c, m) for s, _, c, m in coded(text, rules_only) if s == expected[0] and c.startswith(expected[1])]
    assert found and all(m == "future" for _, _, m in found), coded(text, rules_only)


@pytest.mark.parametrize("text", [
    # guards: the same acts done, and "about" as a number word
    "Ethiopian troops stormed the town of Mekelle.",
    "Serbian forces invaded Kosovo about a week ago.",
])
def test_an_act_done_stays_asserted(text, rules_only):
    found = coded(text, rules_only)
    assert found and all(m == "asserted" for _, _, _, m in found), found


@pytest.mark.parametrize("text", [
    # an event noun put on a calendar is future
    "A summit between Egypt and Jordan to be held in Cairo on Thursday will discuss Gaza.",
    "Talks between Armenia and Azerbaijan scheduled for next month were welcomed in Moscow.",
    "Talks between Armenia and Azerbaijan are scheduled for next month.",
])
def test_a_scheduled_act_is_future(text, rules_only):
    found = [m for s, t, c, m in coded(text, rules_only) if c.startswith("04")]
    assert found and all(m == "future" for m in found), coded(text, rules_only)


def test_a_scheduled_day_is_ahead(rules_only):
    # "to be held on Thursday" in a text of Sunday 2025-06-01: the coming Thursday
    events = [e for e in extract("A summit between Egypt and Jordan to be held in Cairo on Thursday will"
                                 " discuss Gaza.", date="2025-06-01", settings=rules_only)
              if e.cameo.startswith("04")]
    assert events and all(e.date == "2025-06-05" for e in events), [(e.cameo, e.date) for e in events]


@pytest.mark.parametrize("text", [
    # guards: held, and planned by a doer (done)
    "Talks between Armenia and Azerbaijan were held in Moscow on Monday.",
    "The attack on Israel planned by Hamas killed 20 people.",
])
def test_an_act_held_or_planned_by_its_doer_stays_asserted(text, rules_only):
    found = coded(text, rules_only)
    assert found and all(m == "asserted" for _, _, _, m in found), found


@pytest.mark.parametrize("text, expected, not_done", [
    # "called for X to do Y": the appeal to X (020), and Y is not done
    ("The United Nations called for Ethiopia to release the journalists.", ("UN", "ETH", "020"), "08"),
    ("Germany and France called for Israeli troops to withdraw from Rafah.", ("DEU", "ISR", "020"), "08"),
])
def test_what_a_call_for_asks_is_not_done(text, expected, not_done, rules_only):
    found = triples(text, rules_only)
    assert expected in found and not any(c.startswith(not_done) for _, _, c in found), found


def test_a_phone_call_is_still_a_call(rules_only):
    # guard: "called" with an object and no "for"
    assert ("USA", "ISR", "041") in triples("Biden called Netanyahu on Tuesday.", rules_only, date="2024-05-01")


@pytest.mark.parametrize("text", [
    # advancing a plan or a proposal is putting it forward, no attack
    "The senator advanced a proposal to cut aid to Ukraine.",
    "Turkey advanced an initiative on grain exports from Ukraine.",
])
def test_advancing_a_plan_is_no_attack(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("19") for _, _, c in found), found


def test_troops_advancing_still_attack(rules_only):
    # guard: forces advancing into a place
    found = triples("Israeli tanks advanced into Rafah.", rules_only)
    assert any(s == "ISR" and c == "190" for s, _, c in found), found


@pytest.mark.parametrize("text, year", [
    # a verb in the past whose subject is a happening with its year takes that year
    ("The 1994 genocide in Rwanda killed 800,000 people.", "1994"),
    # guard: a year on another noun does not date the verb
    ("Hutu rebels from the 1994 genocide attacked Congolese soldiers.", None),
])
def test_the_year_of_the_subject_happening(text, year, rules_only):
    dates = [e.date for e in extract(text, date="2025-06-01", settings=rules_only) if e.cameo.startswith("19")]
    assert dates, dates
    assert all((d == year) if year else not d.startswith("1994") for d in dates), dates
