"""Constructions of the rule coder from the twenty-second round on PLOVER-style news: a people's
plural name "of" another state's place lives there ("the Serbs of eastern Croatia" are Croatia's);
a form with a leading Arabic article is known in either case ("the al-Qaeda network"); a protest
told as what another act of its clause answered ("imposed a curfew after a demonstration") is
background, not coded; so is an act that time is counted "since" ("since the peace accord").
Rules alone (the learned detector off), real model; sentences written for
these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, own", [
    ("The Hungarians of northern Serbia demanded more schools from the Serbian government.",
     ("SRBCVL", "SRBGOV", "100"), "HUN"),
    ("The Serbs of eastern Croatia protested against the Croatian government.",
     ("HRVCVL", "HRVGOV", "141"), "SRB"),
])
def test_people_of_another_states_place_live_there(text, event, own, rules_only):
    found = codes(text, rules_only)
    assert event in found, found
    assert not any(s and s.startswith(own) for s, _, _ in found), found


@pytest.mark.parametrize("text, source", [
    # guards: "in" is where people are, not whose they are ("Serbs in Croatia" stay Serbs);
    # a place that is the people's own state, or a state's adjective before the place, changes nothing
    ("Serbs in Croatia attacked the police.", "SRB"),
    ("Palestinians of the Israeli-occupied West Bank protested against the Israeli government.", "PSECVL"),
])
def test_people_in_a_place_or_of_their_own_keep_their_state(text, source, rules_only):
    found = codes(text, rules_only)
    assert any(s == source for s, _, _ in found), found
    assert not any(s == "ISRCVL" for s, _, _ in found), found


@pytest.mark.parametrize("text, event", [
    ("The al-Qaeda network threatened to attack France.", ("AFGREB", "FRA", "1384")),
    ("Kenyan troops fought al-Shabaab fighters near the border.", ("KENMIL", "SOMREB", "190")),
    # the capital spelling at a sentence's start is known as before
    ("Al-Shabaab attacked a Kenyan army base.", ("SOMREB", "KENMIL", "190")),
])
def test_arabic_article_in_either_case(text, event, rules_only):
    found = codes(text, rules_only)
    assert event in found, found


@pytest.mark.parametrize("text, response", [
    ("The mayor of Ankara imposed a curfew in Ankara after a demonstration over tax increases.",
     ("TUR", "TUR", "1723")),
    ("Kenyan police arrested forty students after protests against the Kenyan government.",
     ("KEN", "KEN", "173")),
])
def test_protest_answered_by_the_act_reported_is_background(text, response, rules_only):
    found = triples(text, rules_only)
    assert response in found, found
    assert not any(c.startswith("14") for _, _, c in found), found


@pytest.mark.parametrize("text, protest", [
    # guards: the protest that is itself the act reported, or one told with "during", stays
    ("Kenyan workers protested in Nairobi after the government raised taxes.", ("KEN", "KEN", "141")),
    ("Kenyan students staged a protest in Nairobi after the verdict.", ("KEN", "KEN", "141")),
    ("Kenyan police arrested forty people during protests against the Kenyan government.",
     ("KEN", "KEN", "141")),
])
def test_protest_reported_itself_is_kept(text, protest, rules_only):
    found = triples(text, rules_only)
    assert protest in found, found


@pytest.mark.parametrize("text, before", [
    ("Trade between Sudan and Chad has doubled since the peace accord between Sudan and Chad.", "057"),
    ("Thousands of Kenyan refugees have returned home since the ceasefire between Kenya and Uganda.", "0871"),
])
def test_act_time_is_counted_since_is_background(text, before, rules_only):
    found = triples(text, rules_only)
    assert not any(c == before for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    # guards: an act told with a clause after "since", or one not after "since", stays
    ("Kenyan refugees have returned home since Kenya and Uganda signed a ceasefire.", ("KEN", "UGA", "0871")),
    ("Sudan and Chad signed a peace accord on Monday.", ("SDN", "TCD", "057")),
    ("The Kenyan president visited Uganda for the first time since the border clashes with Uganda.",
     ("KEN", "UGA", "042")),
])
def test_act_not_counted_since_is_kept(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found
