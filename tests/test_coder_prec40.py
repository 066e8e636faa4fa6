"""False events on news no gold covers (twenty-fifth round, prec40): word senses and frames
found by judging every event of a random sample of modern news. People going back to their
homes or posts are no return of anyone (084); an armed group driven out of a place is fighting
(190), not an expulsion (174); an attack under a pause, freeze, halt or suspension is not made;
an act that a prospect, a way cleared or pressure looks to is not done yet
(future). Each case has a guard that the genuine sense still codes. Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import modalities, triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


# --- "return to their homes": no one is returned -------------------------------------------

@pytest.mark.parametrize("text", [
    "Thousands of residents will not return to their homes in Gaza.",
    "Refugees returned to their villages in Syria.",
    "The army ordered the Congolese deserters to return to their posts.",
])
def test_people_going_back_home_return_no_one(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert not any(c.startswith("08") or c.startswith("124") for _, _, c in found), found


def test_a_state_returning_captives_still_codes(rules_only):
    found = triples("Russia returned 50 Ukrainian children to Ukraine.", rules_only, DATE)
    assert ("RUS", "UKR", "084") in found, found


# --- "expel the militia from the town": fighting ------------------------------------------

def test_driving_an_armed_group_out_is_fighting(rules_only):
    found = triples("M23 rebels expel the Wazalendo militia from Kamakombe.", rules_only, DATE)
    assert {c[:2] for _, _, c in found} == {"19"}, found


def test_expelling_diplomats_and_people_still_codes(rules_only):
    assert ("SRB", "HRV", "166") in triples("Serbia expels two Croatian diplomats.", rules_only, DATE)
    found = triples("Germany expelled 30 Afghan nationals.", rules_only, DATE)
    assert ("DEU", "AFG", "174") in found, found


# --- "extend its pause on strikes on the embassy": no strike ------------------------------

@pytest.mark.parametrize("text", [
    "Kata'ib Hezbollah says it will extend its pause on strikes on the United States embassy.",
    "Hamas announced a halt on attacks against Israel.",
])
def test_an_attack_under_a_pause_is_not_made(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert not any(c[:2] in ("14", "18", "19") for _, _, c in found), found


def test_strikes_launched_still_code(rules_only):
    found = triples("Hamas launched strikes on Israeli towns.", rules_only, DATE)
    assert ("PSE", "ISR", "195") in found, found


# --- what a prospect, a cleared way or pressure looks to is not done ---------------------------

@pytest.mark.parametrize("text, triple", [
    ("The vote clears the way for prosecutors to charge the former Moldovan minister.", ("MDA", "MDA", "17")),
    ("The deal paves the way for Russia to withdraw its troops from Moldova.", ("RUS", "MDA", "08")),
    ("Workers stepped up pressure on the Moldovan education minister to resign.", ("MDA", "MDA", "08")),
])
def test_an_act_looked_to_is_future(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"future"}


def test_an_act_done_stays_asserted(rules_only):
    text = "Russia withdrew its troops from Moldova."
    assert modalities(text, rules_only, ("RUS", "MDA", "08")) == {"asserted"}
