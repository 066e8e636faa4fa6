"""Sources and targets (twenty-eighth round, slots43): the doer of a noun trigger listed by
"including" under a verb ("announced revised tariff rates, including a new tariff on Canada"),
the speaker as the doer of a participle of rejecting beside a said clause ("says its ships
crossed the strait legally, rejecting Japan's claims"), and the victims of a disaster whom a
purpose helps ("released funds to help flood victims in Malawi"). Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, root", [
    ("The US announced revised tariff rates on Thursday, including a new 35% tariff on Canada.",
     "USA", "CAN", "16"),
    ("Germany unveiled new measures on Monday, including a ban on Russian oil imports.", "DEU", "RUS", "16"),
])
def test_an_act_listed_by_including_is_the_verbs_subjects(text, source, target, root, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and t == target and c[:2] == root for s, t, c in found), found


def test_including_on_a_noun_lends_no_verb(rules_only):
    # "including" on a noun lists people, no act of the verb's subject
    found = triples("Several countries, including France, criticised the new tariffs on Canada.", rules_only)
    assert not any(s is None for s, _, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    ("China says its ships crossed the strait legally, rejecting Japan's claims.", "CHN", "JPN"),
    ("Iran said the drone belonged to a fishing company, dismissing US allegations of espionage.", "IRN", "USA"),
])
def test_a_rejecting_participle_beside_a_said_clause_is_the_speakers(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and t == target and c[:2] == "12" for s, t, c in found), found


def test_a_rejecting_participle_with_a_subject_of_its_clause_that_speaks_is_still_the_speakers(rules_only):
    # the clause's subject crossed the strait; it rejects nothing
    found = triples("China says its ships crossed the strait legally, rejecting Japan's claims.", rules_only)
    assert not any(s != "CHN" and c[:2] == "12" for s, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    ("Norway released funds to help flood victims in Malawi.", ("NOR", "MWICVL", "070")),
    ("Japan sent aid to help earthquake victims in Turkey.", ("JPN", "TURCVL", "070")),
])
def test_victims_a_purpose_helps_are_the_places_civilians(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_victims_of_violence_keep_their_reading(rules_only):
    # the victims of an attack are read as before (the attack's target), not as beneficiaries
    found = triples("Gunmen killed five victims in a village in Nigeria.", rules_only)
    assert not any(c[:2] in ("07",) for _, _, c in found), found


def test_including_under_another_verb_lends_it_no_act(rules_only):
    # "including" here lists the protests, though the parser hangs it on "suspending"
    found = triples("The United States will resume consular services in Lahore after suspending operations "
                    "during violent protests in Pakistan, including an attack on the U.S. consulate in Karachi.",
                    rules_only)
    assert not any(s == "USA" and c[:2] in ("18", "19") for s, _, c in found), found


@pytest.mark.parametrize("text, broker", [
    ("Qatar brokered an agreement restoring diplomatic ties between Iran and Saudi Arabia.", "QAT"),
    ("The United States helped broker a deal establishing diplomatic relations between Israel and the UAE.",
     "USA"),
])
def test_a_broker_does_not_do_what_the_deal_does(text, broker, rules_only):
    found = triples(text, rules_only)
    assert not any(s == broker and c[:2] in ("05", "06") for s, _, c in found), found


def test_a_broker_does_not_do_what_the_deal_is_for(rules_only):
    found = triples("Qatar brokered a deal between Israel and Hamas to release hostages.", rules_only)
    assert not any(s == "QAT" and c[:3] == "084" for s, _, c in found), found


def test_a_broker_still_mediates_between_the_parties(rules_only):
    found = codes("Qatar brokered a ceasefire between Israel and Hamas.", rules_only)
    assert ("QAT", "ISR", "045") in found and any(c[:2] == "08" and {s, t} == {"ISR", "PSEREB"}
                                                  for s, t, c in found), found
