"""Unnamed victims of a state's strike in the twenty-seventh round (victims42): the words that
name whose a strike is are no place of its victims (also for a place only the gazetteer knows),
a dateline places the story whose country the victims take, and a strike the state's own subject
conducted is that state's. Rules alone (the learned detector off), real model; sentences written
for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


# -- 1. the attacker's name in "in a United States airstrike" is no place of the victims -----------

@pytest.mark.parametrize("text, state", [
    ("Five people were killed in a United States airstrike on a speedboat in the Caribbean Sea.", "USA"),
    ("Six crew members were killed in a United States drone strike on a tanker in the Arabian Sea.", "USA"),
    # the attacker's strike named as the object of what its own forces did
    ("The United States military said it had carried out an airstrike on a vessel in the Pacific, "
     "killing four people.", "USA"),
])
def test_victims_at_sea_take_not_the_attackers_country(text, state, rules_only):
    found = codes(text, rules_only)
    assert not any(t is not None and t.startswith(state) for _, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    # guards: a place after the strike, and a place the gazetteer alone knows, still place them
    ("Five people were killed in a Russian airstrike on a market in Kharkiv, Ukraine.", "RUSMIL", "UKRCVL"),
    ("Police arrested five protesters in Lagos.", "NGACOP", "NGACVL"),
])
def test_victims_placed_after_the_strike_keep_their_country(text, source, target, rules_only):
    found = codes(text, rules_only)
    assert any(s == source and t == target for s, t, _ in found), found


# -- 2. a dateline places the story ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "KYIV (Reuters) - Three fishermen were killed in a Russian drone strike on a trawler, officials said.",
    "Odesa, Ukraine \u2014 Three fishermen were killed in a Russian drone strike on a trawler.",
])
def test_a_dateline_gives_the_victims_country(text, rules_only):
    found = codes(text, rules_only)
    assert any(s == "RUSMIL" and t == "UKRCVL" for s, t, _ in found), found


def test_a_hyphenated_name_is_no_dateline(rules_only):
    # "A U.S. A-10": no spaced dash, and a determiner: not a dateline naming the United States
    found = codes("A U.S. A-10 jet flew over the region. Three fishermen were killed in a Russian "
                  "drone strike on a trawler.", rules_only)
    assert not any(t is not None and t.startswith("USA") for _, t, _ in found), found

