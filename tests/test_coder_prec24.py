"""Constructions of the rule coder from the seventeenth round on long news articles: false
events the rules made (a verb of telling or countering taken as the doer of the act it names,
...). Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, placed, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, not_source, code", [
    # a verb of telling, knowing or perceiving an act does not make its subject the doer
    ("The Egyptian foreign minister mentioned the airstrike on Khan Younis.", "EGY", "19"),
    ("Macron recalled the bombing of the Kurdish town of Afrin.", "FRA", "19"),
    ("Reporters from Chile filmed the protest outside the Argentine embassy.", "CHL", "14"),
    # nor does a verb that acts against the act
    ("Turkish troops repelled an attack on their base in Syria.", "TUR", "19"),
])
def test_a_verb_about_an_act_is_not_its_doer(text, not_source, code, rules_only):
    found = triples(text, rules_only)
    assert not any(s == not_source and c.startswith(code) for s, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # suppressing or quelling a protest is repression (175), the protest is the people's
    ("Kenyan police suppressed protests in Nairobi on Tuesday.", ("KENCOP", "KEN", "175")),
    ("Georgian riot police quelled the demonstration in Tbilisi.", ("GEOCOP", "GEO", "175")),
])
def test_suppressing_a_protest_is_repression(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found and not any(s == expected[0] and c.startswith("14") for s, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # guards: verbs of doing still carry the act to their subject
    ("The Turkish army carried out drone strikes on Kurdish militants in Iraq.", ("TUR", "IRQ", "195")),
    ("Hezbollah launched rockets at northern Israel.", ("LBN", "ISR", "195")),
    ("Students held a protest against the government in Dhaka.", ("BGD", "BGD", "141")),
])
def test_verbs_of_doing_still_carry_the_act(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_one_sentence_one_strike(rules_only):
    # "killed in a strike": the verb and the noun state one act, kept with the noun's finer
    # code and its place (the place of "US" read for the verb does not split it)
    found = placed("A commander was killed in a US drone strike in Yemen.", rules_only)
    assert found == [("USA", "YEM", "195", "YEM")], found


def test_two_strikes_in_two_places_stay_two(rules_only):
    # guard: two verbs in one sentence, two places, are two acts
    found = placed("Israeli jets struck Hezbollah positions in Lebanon, and Israeli drones hit Hezbollah"
                   " fighters in Syria.", rules_only)
    assert len([c for _, _, c, _ in found if c.startswith("19")]) == 2, found


def test_a_list_of_pairs_pairs_within_each(rules_only):
    # "X and Y, and Z and W": the pairs joined by "and", not every cross pair
    found = triples("The ministers discussed the fighting between Armenia and Azerbaijan, and Ethiopia and Eritrea.",
                    rules_only)
    pairs = {frozenset((s, t)) for s, t, c in found if c.startswith("19")}
    assert pairs == {frozenset(("ARM", "AZE")), frozenset(("ETH", "ERI"))}, found


def test_a_plain_list_still_pairs_all(rules_only):
    # guard: "X, Y and Z" is one group of three parties
    found = triples("Talks between Qatar, Egypt and Jordan opened in Cairo.", rules_only)
    pairs = {frozenset((s, t)) for s, t, c in found if c.startswith("04")}
    assert pairs == {frozenset(p) for p in (("QAT", "EGY"), ("QAT", "JOR"), ("EGY", "JOR"))}, found


@pytest.mark.parametrize("text", [
    # a rally of a campaign, to welcome a visitor, or a government party's meeting is no protest
    ("The Liberal Democrats held a last get-out-the-vote rally in Bristol."),
    ("Erdogan hosted a welcome rally for the Azerbaijani president in Ankara."),
    ("The Labour Party launched its manifesto at a rally in Birmingham."),  # in government in 2025
])
def test_a_partisan_rally_is_no_protest(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("14") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # guards: a rally against or for a cause, or by the people, is a protest
    ("Thousands attended a rally against the government in Quito.", ("ECU", "ECU", "141")),
    ("Nurses held a rally in Madrid to demand higher pay.", ("ESP", "ESP", "141")),
    ("The Italian government staged a rally against the mafia in Palermo.", ("ITA", "ITA", "141")),
])
def test_a_rally_for_a_cause_is_a_protest(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # what a law or bill would allow is no act done
    ("Critics say the bill would let Hungary expel foreign journalists."),
    ("Bolivia passed a law that would allow Peru to extradite the former minister to Bolivia."),
])
def test_an_act_a_law_allows_is_no_event(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith(("06", "17")) for _, _, c in found), found


def test_an_act_a_state_allows_is_still_coded(rules_only):
    # guard: a state that allows another to act grants it (080)
    found = triples("Jordan allowed Iraq to reopen its embassy in Amman.", rules_only)
    assert ("JOR", "IRQ", "080") in found, found


def test_a_city_before_a_violent_noun_is_where_not_who(rules_only):
    # "the Barcelona attack": the place of the act, not its doer (a city is no state)
    found = triples("The Barcelona attack killed 13 people.", rules_only)
    assert not any(s == "ESP" and c.startswith(("18", "19")) for s, _, c in found), found


def test_a_place_before_an_aimed_attack_still_sends_it(rules_only):
    # guard: with a target named, the place is where the attack came from
    found = triples("A Gaza rocket attack on Israel wounded two people.", rules_only)
    assert ("PSE", "ISR", "190") in found, found


def test_allies_fighting_alongside_are_not_a_pair(rules_only):
    # "X and Y fought alongside Z": X and Y are on one side
    found = triples("Canadian and Dutch special forces fought alongside Kurdish militias in northern Iraq.", rules_only)
    assert not any({s, t} == {"CAN", "NLD"} for s, t, _ in found), found


def test_conjoined_fighters_are_still_a_pair(rules_only):
    # guard: "X and Y fought" with nothing else are the two sides
    found = triples("Eritrea and Ethiopia fought along the border.", rules_only)
    assert any({s, t} == {"ERI", "ETH"} and c.startswith("19") for s, t, c in found), found


def test_calling_for_an_act_is_no_phone_call(rules_only):
    # "X and Y called for the siege to end": not a phone call between X and Y
    found = triples("Spain and Portugal called for the talks to resume.", rules_only)
    assert not any(c == "041" for _, _, c in found), found


def test_a_bare_call_is_still_a_phone_call(rules_only):
    # guard
    found = triples("Modi called Albanese on Tuesday.", rules_only)
    assert ("IND", "AUS", "041") in found, found
