"""Recall on news, twenty-ninth round (recall44), rules alone with the real model (sentences
written for these tests): a state's act that needs no target whose only place is its own
(151 with no target; a headline's state name read as an adjective is its subject), naming an act genocide or a crime (an accusation, 112, toward its doer),
certifying an election's results (051), issuing visas to a people (081), disarming (0873; an
intent to disarm 0356)."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, triple", [
    # the state at home: its own place read as the target no longer drops the act
    ("Egypt tightened security in Cairo ahead of the vote.", ("EGY", None, "151")),
    ("Pakistan tightened security in Islamabad.", ("PAK", None, "151")),
    # a headline's subject the tagger reads as an adjective ("Pakistan/amod tightens")
    ("Pakistan tightens major security in Islamabad ahead of the talks.", ("PAK", None, "151")),
])
def test_an_act_at_home_that_needs_no_target(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    ("Canada characterized Russia's deportation of Ukrainian children as genocide.", ("CAN", "RUS", "112")),
    ("Turkey described Israel's actions in Gaza as genocide.", ("TUR", "ISR", "112")),
    ("The Dutch parliament recognised the Soviet deportation of Crimean Tatars as genocide.", ("NLD", "RUS", "112")),
    ("Algeria's parliament passed a law classifying France's colonisation of Algeria as a crime.",
     ("DZA", "FRA", "112")),
])
def test_naming_an_act_an_atrocity_accuses_its_doer(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    ("The United States certified the election results in Kenya.", ("USA", "KEN", "051")),
    ("China resumed issuing tourist visas to Japanese nationals.", ("CHN", "JPN", "081")),
    ("The United States will resume issuing visas to Russian citizens.", ("USA", "RUS", "081")),
])
def test_certified_results_and_issued_visas(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, code", [
    ("The FARC rebels agreed to disarm.", "0356"),
    ("Hezbollah refused to disarm.", "1246"),
])
def test_disarming_under_a_frame(text, code, rules_only):
    found = codes(text, rules_only)
    assert any(c == code for _, _, c in found), found


@pytest.mark.parametrize("text, code", [
    # guards: a word of description with no atrocity named; a recognition of a state; an issued statement
    ("Turkey described Israel's offer as a first step.", "112"),
    ("Canada recognized Palestine as a state.", "112"),
    ("Kenya issued a statement to the press.", "081"),
])
def test_words_that_stay_uncoded(text, code, rules_only):
    found = codes(text, rules_only)
    assert all(c != code for _, _, c in found), found


def test_a_recognition_of_a_state_stays_one(rules_only):
    found = triples("Canada recognized Palestine as a state.", rules_only)
    assert ("CAN", "PSE", "054") in found, found
