"""Constructions of the rule coder from the eighteenth round on PLOVER-style news (fifth part):
the threat of an act the lexicon does not code, roads blocked in defiance of someone, and the
subject a participle describes where the parser made the participle the subject.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a threat of an act the lexicon does not code is a threat (130) to whom the act names
    ("The Taliban threatened to resume suicide operations in Pakistan.", ("AFG", "PAK", "130")),
    ("Al-Shabaab has threatened to deliver painful blows to Kenya and Ethiopia.", ("SOM", "KEN", "130")),
    ("Iran's threat to target American bases alarmed Washington.", ("IRN", "USA", "130")),
])
def test_threat_of_an_uncoded_act(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # guards: a threat that names no one is aimed at no one; a promise stays a promise
    "The opposition leader threatened to resign.",
    "The prime minister threatened to hold early elections.",
])
def test_threat_of_an_uncoded_act_needs_a_target(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c == "130" for _, _, c in found), found


def test_promise_of_an_uncoded_act_is_unchanged(rules_only):
    found = triples("Japan agreed to set up a research center in Vietnam.", rules_only)
    assert ("JPN", "VNM", "030") in found, found


def test_threat_of_a_coded_act_keeps_its_code(rules_only):
    found = triples("Turkey threatened to expel the Dutch ambassador.", rules_only)
    assert not any(c == "130" for _, _, c in found), found
    assert any(c.startswith("13") and t == "NLD" for _, t, c in found), found


@pytest.mark.parametrize("text, expected", [
    # a road blocked "in defiance of" or "against" someone is a protest aimed at them
    ("Thousands of people blocked roads in Lagos in defiance of the Nigerian government.",
     ("NGACVL", "NGAGOV", "144")),
    ("Farmers blocked highways in Kenya against the Kenyan government.", ("KENCVL", "KENGOV", "144")),
])
def test_road_blocked_in_defiance_of(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_road_blocked_with_no_one_named_stays_the_own_state(rules_only):
    found = triples("Truckers blocked the main bridge in Ottawa.", rules_only)
    assert ("CAN", "CAN", "144") in found, found


@pytest.mark.parametrize("text, expected", [
    # the parser makes the participle the saying verb's subject, with the noun as its own
    ("The Red Cross operating in Sudan said Sudanese forces must stop the looting.",
     ("ICRC", "SDN", "100")),
    ("The Red Cross operating in Yemen said the Houthis must release the detainees.",
     ("ICRC", "YEM", "100")),
])
def test_subject_described_by_a_participle(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # a symmetric noun that names its own parties ("between") is theirs, not the clause subject's
    ("Kenya closed its border with Somalia because of fighting between Ethiopia and Eritrea.",
     ("ETH", "ERI", "190")),
])
def test_symmetric_noun_names_its_own_parties(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    assert not any(s == "KEN" and c == "190" for s, _, c in found), found


def test_symmetric_noun_without_parties_keeps_the_subject(rules_only):
    # guard: "talks with" names one party, the clause's subject the other
    found = triples("Germany pledged aid to Syria after talks with the Syrian government.", rules_only)
    assert ("DEU", "SYR", "033") in found, found


@pytest.mark.parametrize("text", [
    # a state adjective before a noun of a tongue names no actor
    "The Estonian parliament lifted restrictions on the use of the Russian language in schools.",
    "Kazakhstan banned Russian-language textbooks.",
])
def test_language_is_no_actor(text, rules_only):
    found = triples(text, rules_only)
    assert not any(t == "RUS" for _, t, _ in found), found


def test_state_adjective_before_other_nouns_is_the_state(rules_only):
    # guard: "Russian imports", "Russian troops" are Russia's
    found = triples("Ukraine lifted the ban on Russian imports.", rules_only)
    assert ("UKR", "RUS", "085") in found, found


@pytest.mark.parametrize("text, expected", [
    # the purpose of a passive participle's act is its agent's ("staged by students to protest"),
    # not the governing clause subject's
    ("Serbian police stopped a march organised by students in Belgrade to protest the government's decision.",
     ("SRBEDU", "SRBGOV", "141")),
    ("Turkish police prevented the demonstration staged by students at Ankara University to protest the decision.",
     ("TUREDU", "TURGOV", "141")),
])
def test_purpose_of_a_participle_is_its_agents(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found
    assert not any(s is not None and s.endswith("COP") and c == "141" for s, _, c in found), found


def test_purpose_of_a_clause_stays_its_subjects(rules_only):
    # guard: no participle with an agent, the clause subject acts
    found = codes("The Malian army sent troops to Gao to protect the town.", rules_only)
    assert any(s == "MLIMIL" and c == "072" for s, _, c in found), found


@pytest.mark.parametrize("text", [
    # protesting that someone does wrong (a said clause) is a complaint (114), as complaining is
    "Amnesty International protested that Croatian authorities failed to protect refugees.",
    "Croatian authorities are failing to protect refugees, Amnesty International protested on Monday.",
])
def test_protest_of_a_said_clause_is_a_complaint(text, rules_only):
    found = triples(text, rules_only)
    assert ("AMNESTY", "HRV", "114") in found, found
    assert not any(c == "141" for _, _, c in found), found


def test_protest_in_the_street_stays_a_protest(rules_only):
    # guard: no said clause, a demonstration
    found = triples("Thousands protested in Belgrade against the government.", rules_only)
    assert ("SRB", "SRB", "141") in found, found
