"""Trigger words in a sense that codes no act (twenty-seventh round, sense42; ``coding/senses.py``,
``data/senses.yaml``): an act only feared, a rally named by a date or an anniversary, a person
who returns home, a single talk (a lecture), a permission a law or a decision gives, a war that
protesters march against. Each case has a guard that the genuine sense still codes. Rules alone
(the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


def roots(found):
    return {c[:2] for _, _, c in found}


# --- a feared act: no act, no threat ------------------------------------------------------------

def test_a_feared_attack_codes_nothing(rules_only):
    found = triples("Syrian Kurds fear a Turkish attack on Kobani.", rules_only, DATE)
    assert not roots(found) & {"13", "19"}, found


def test_an_attack_made_still_codes(rules_only):
    found = triples("Turkey launched an attack on Kurdish forces in Syria.", rules_only, DATE)
    assert any(s.startswith("TUR") and c == "190" for s, _, c in found), found


# --- a rally named by a date or an anniversary: a commemoration ----------------------------------

@pytest.mark.parametrize("text", [
    "Mantashe briefed the media on preparations for the January 8 rally of the ANC in Durban.",
    "The ruling party held an anniversary rally in Harare.",
])
def test_a_commemorative_rally_is_no_protest(text, rules_only):
    assert "14" not in roots(triples(text, rules_only, DATE))


def test_a_rally_against_the_government_is_a_protest(rules_only):
    found = triples("Thousands of protesters held a rally against the government in Harare.", rules_only, DATE)
    assert any(c == "141" for _, _, c in found), found


# --- a person returning: no return of persons (084) ----------------------------------------------

def test_a_minister_returning_home_is_no_release(rules_only):
    found = triples("The Greek prime minister returned to Athens after a visit to Turkey.", rules_only, DATE)
    assert "08" not in roots(found), found


def test_persons_returned_still_code(rules_only):
    found = triples("Hamas returned the bodies of three hostages to Israel.", rules_only, DATE)
    assert any(t == "ISR" and c == "084" for _, t, c in found), found


# --- a talk at a think tank: a lecture, not talks --------------------------------------------

def test_a_talk_at_a_think_tank_is_no_negotiation(rules_only):
    found = triples("Mitsotakis gave a talk at the Atlantic Council in Washington.", rules_only, DATE)
    assert "04" not in roots(found), found


def test_talks_between_states_still_code(rules_only):
    found = triples("Greece and Turkey held talks in Athens.", rules_only, DATE)
    assert any(c == "040" for _, _, c in found), found


# --- a permission given by a law or a decision: no one yields -----------------------------------

@pytest.mark.parametrize("text", [
    "Pakistani law allowed the perpetrators of honor killings to go unpunished.",
    "The court's decision allows the perpetrators to go free.",
])
def test_a_law_permits_without_yielding(text, rules_only):
    assert "08" not in roots(triples(text, rules_only, DATE))


def test_a_state_allowing_still_yields(rules_only):
    found = triples("Israel allowed Palestinian workers to enter Israel.", rules_only, DATE)
    assert any(s == "ISR" and c == "080" for s, _, c in found), found


# --- a war protested against: the grievance, not the war's act on the protesters' country ---------

@pytest.mark.parametrize("text", [
    "Protests were held across Spain against the Iran war.",
    "Thousands protested in Madrid against the Iran war.",
    "Anti-war protests are held across Spain against both the Iran war and the Gaza war.",
])
def test_a_war_protested_against_is_no_attack(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert "19" not in roots(found), found
    assert "14" in roots(found), found


def test_a_war_waged_still_codes(rules_only):
    found = triples("Russia waged war on Ukraine.", rules_only, DATE)
    assert ("RUS", "UKR", "190") in found, found
