"""Constructions of the rule coder from the fifteenth round on PLOVER-style news: whole
PLOVER types the rules missed (requests for refuge, sworn threats, subjunctive demands).
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # seeking asylum or refuge in a state asks it for humanitarian aid (CAMEO 1033)
    ("Hundreds of Eritreans sought asylum in Italy last year.", ("ERI", "ITA", "1033")),
    ("Some 20,000 Syrian Kurds sought refuge in Turkey last month.", ("SYR", "TUR", "1033")),
])
def test_seeking_refuge_is_a_request(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_what_someone_is_allowed_to_ask_is_not_asked(rules_only):
    found = triples("Peru agreed to allow the former Bolivian minister to seek asylum in Mexico.", rules_only)
    assert not any(c.startswith("10") for _, _, c in found), found


def test_a_sworn_act_is_a_threat(rules_only):
    found = triples("The Houthis swore to attack Saudi oil facilities.", rules_only)
    assert any(s == "YEM" and t == "SAU" and c.startswith("13") for s, t, c in found), found


def test_a_mediation_mission_between_two_sides_mediates(rules_only):
    found = triples("The Arab League envoy undertook a mediation mission between Lebanon and Syria.", rules_only)
    assert ("ARL", "LBN", "045") in found and ("ARL", "SYR", "045") in found, found


@pytest.mark.parametrize("text, expected, done", [
    # a subjunctive the tagger reads as a present ("that Israel lift"): asked for, not done,
    # and its subject is whom the demand is aimed at
    ("The ILO reiterated its demand on Monday that Israel lift the restrictions on workers.",
     ("UN", "ISR", "100"), "08"),
    ("The Tuareg rebels insisted on their demands that the Malian government free more prisoners.",
     ("MLI", "MLI", "100"), "08"),
])
def test_a_subjunctive_demand(text, expected, done, rules_only):
    found = triples(text, rules_only)
    assert expected in found and not any(c.startswith(done) for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # getting ready to use force is a show of force (150), the force not yet used
    ("The Serbian army prepared to resume shelling rebel-held villages in Kosovo.", ("SRB", "XKX", "150")),
    ("Israel is preparing to launch a ground offensive in Rafah.", ("ISR", "PSE", "150")),
    # a gerund on a verb of aspect is framed through it
    ("The rebels threatened to resume shelling the city of Goma.", ("COD", "COD", "1384")),
])
def test_getting_ready_to_use_force(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found and not any(c[:2] in ("18", "19") for _, _, c in found), found


def test_getting_ready_for_a_peaceful_act_keeps_its_code(rules_only):
    found = triples("Kenya is preparing to sign a trade deal with Uganda.", rules_only)
    assert ("KEN", "UGA", "057") in found, found


def test_troops_on_alert(rules_only):
    found = triples("Pakistani troops remained on alert in Kashmir after the attack.", rules_only)
    assert any(s == "PAK" and c == "152" for s, _, c in found), found


def test_a_prepared_offensive_is_a_show_of_force(rules_only):
    found = triples("The Rwandan army prepared an offensive against Congolese rebels.", rules_only)
    assert ("RWA", "COD", "150") in found and not any(c.startswith("19") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # taking in refugees grants them refuge (075); refusing to is 1223, promising to 0333
    ("Germany accepted 10,000 refugees from Afghanistan last year.", ("DEU", "AFG", "075")),
    ("Hungary refused to accept any refugees from Syria.", ("HUN", "SYR", "1223")),
    ("Canada will take in 5,000 Syrian refugees.", ("CAN", "SYR", "0333")),
])
def test_taking_in_refugees(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # an investigation told in the passive with no investigator: the state where it happens
    ("A French journalist was put under investigation in Turkey.", ("TUR", "FRA", "090")),
    ("Two Russian diplomats are being investigated in Austria for spying.", ("AUT", "RUS", "090")),
])
def test_a_passive_investigation_is_the_state_s(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # the object moved after what the verb calls it, read as an apposition to it
    "Albania denounced as a brutal crime Serbia's crackdown on the protests.",
    "Albania on Friday denounced as a crime Serbia's crackdown on the protests.",
])
def test_a_shifted_object_read_as_an_apposition(text, rules_only):
    found = triples(text, rules_only)
    assert ("ALB", "SRB", "111") in found, found


def test_is_opposed_to_read_as_a_passive(rules_only):
    # the parser reads "is opposed to" as a passive with no agent; the subject opposes
    found = triples("Egypt is opposed to Qatari mediation in peace talks with Ethiopia.", rules_only)
    assert ("EGY", "QAT", "120") in found, found
