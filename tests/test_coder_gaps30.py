"""Constructions of the rule coder from the twenty-first round (gaps30): agents called
foreign are not the place's own, being joined by someone, frame infinitives after a
perfect, a weekday in a short sentence, a sentence-opening name read as a common noun, an
outlet ordered to stop its work. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, codes

pytestmark = pytest.mark.model


# -- 1. an unnamed agent called foreign is not of the place --------------------------------

@pytest.mark.parametrize("text", [
    # "foreign" hung by the parser on the word before the agent noun ("security")
    "Nigerian President Bola Tinubu said foreign security forces were involved in the riots.",
    "Bolivian President Luis Arce said foreign intelligence agents were behind the unrest.",
])
def test_foreign_agents_are_not_the_local_force(text, rules_only):
    found = codes(text, rules_only)
    assert not any(t is not None and t.endswith(("COP", "SPY", "MIL")) and c == "112" for _, t, c in found), found


def test_local_agents_are_still_the_place_s(rules_only):
    # guard: without "foreign", the forces are the place's police, as before
    found = codes("Nigerian President Bola Tinubu said security forces were involved in the riots.", rules_only)
    assert ("NGAGOV", "NGACOP", "112") in found, found


# -- 2. being joined by someone --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Brazilian President Luiz Inacio Lula da Silva was joined by his vice president.",
    "Chilean President Gabriel Boric was joined by Argentine President Javier Milei in Santiago.",
])
def test_being_joined_is_no_act(text, rules_only):
    found = codes(text, rules_only)
    assert not any(c.startswith("03") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # joined at talks or for a meeting: the two met (the joiner the source)
    ("Chilean President Gabriel Boric was joined by Argentine President Javier Milei at the talks in Santiago.",
     ("ARGGOV", "CHLGOV", "040")),
    ("Chilean President Gabriel Boric was joined by Argentine President Javier Milei for a meeting in Santiago.",
     ("ARGGOV", "CHLGOV", "040")),
])
def test_joined_at_a_meeting_is_a_meeting(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_joining_someone_is_still_cooperation(rules_only):
    # guard: the active verb keeps its row ("joined Israel in the strikes")
    found = codes("Bahrain joined Saudi Arabia in the strikes.", rules_only)
    assert ("BHR", "SAU", "030") in found, found


# -- 4. a frame's infinitive after a perfect ---------------------------------------------------

@pytest.mark.parametrize("text", [
    # the parser reads the infinitive after "have sworn" as a clause of its own, with the
    # "until" clause on "sworn"
    "Sudanese rebels have sworn to fight until the Sudanese government falls.",
    "Sudanese rebels have sworn to fight until the Sudanese army leaves Darfur.",
    "Sudanese rebels have vowed to fight until the army withdraws.",
])
def test_sworn_to_fight_until(text, rules_only):
    found = codes(text, rules_only, date="2024-03-10")
    assert any(s == "SDNREB" and c == "1384" for s, _, c in found), found


def test_a_perfect_infinitive_that_is_no_persisting_fight(rules_only):
    # guard: an "until" clause on a peaceful act is no vow to fight on
    found = codes("Sudanese rebels have sworn to stay in their camps until the talks end.", rules_only,
                  date="2024-03-10")
    assert not any(c == "1384" for _, _, c in found), found


# -- 7. a weekday does not make a short sentence a headline in capitals -------------------------

@pytest.mark.parametrize("text, day", [
    ("Police in Dunedin detained two men on Monday.", "2024-05-13"),
    ("Police detained two men in Dunedin on Friday.", "2024-05-10"),
])
def test_a_weekday_keeps_the_place(text, day, rules_only):
    found = coded(text, rules_only, date="2024-05-14")
    assert [(s, t, c) for s, t, c, _ in found] == [("NZL", "NZL", "173")], found
    events = __import__("eventwire").extract(text, date="2024-05-14", settings=rules_only)
    assert events[0].date == day and events[0].target.actor.sector == "CVL", events


def test_a_headline_in_capitals_names_no_place(rules_only):
    # guard: a sentence in capitals still does not read a capitalised word as a place
    found = codes("Police Detain Two Men In Dunedin After Long Chase", rules_only)
    assert not any(c == "173" and s == "NZLCOP" for s, _, c in found), found


# -- 6. a sentence-opening name read as a common noun ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Trump accused Democrats of wrecking the budget talks.", ("USAGOV", "USAOPP", "112")),
    ("Trump blamed Democrats for the closure of federal offices.", ("USAGOV", "USAOPP", "112")),
])
def test_name_first_read_as_the_subject(text, expected, rules_only):
    found = codes(text, rules_only, date="2025-10-20")
    assert expected in found, found


def test_a_common_noun_first_is_no_name(rules_only):
    # guard: a sentence opening with a common noun names no one
    found = codes("Young voters accused Democrats of wrecking the budget talks.", rules_only, date="2025-10-20")
    assert not any(s == "USAGOV" for s, _, _ in found), found


# -- 5. an outlet ordered to stop its work ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A Turkish court ordered an opposition broadcaster to stop its broadcasts.", ("TURJUD", "TURMED", "172")),
    ("A Turkish court ordered an opposition newspaper to cease publication.", ("TURJUD", "TURMED", "172")),
    # a bare gerund after a verb of stopping is what is stopped (the parser's xcomp)
    ("A Turkish court ordered an opposition broadcaster to stop broadcasting.", ("TURJUD", "TURMED", "172")),
    ("Turkish police halted the broadcast of the opposition channel.", ("TURCOP", "TUROPP", "172")),
])
def test_ordered_to_stop_publishing(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_stopping_something_else_is_no_press_restriction(rules_only):
    # guard: the outlet told to stop something that is not its work
    found = codes("A Turkish court ordered the opposition newspaper to stop the lottery.", rules_only)
    assert not any(c == "172" for _, _, c in found), found


def test_an_outlet_that_stops_on_its_own_is_not_restricted(rules_only):
    # guard: an outlet stopping its own broadcasts is no act on anyone
    found = codes("The Turkish broadcaster stopped broadcasting at midnight.", rules_only)
    assert not any(c == "172" for _, _, c in found), found
