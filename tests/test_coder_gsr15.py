"""Constructions of the rule coder from the twelfth round on PLOVER-style news: whole
PLOVER types the rules missed (coercion by force and by law, cyber attacks, property
destroyed, investigations, refusals). Rules alone (the learned detector off), real
model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # the people a verb acts on through its row's preposition, unnamed: of the place or story
    ("Ethiopian police fired on protesters on Monday.", "ETH", "ETH", "190"),
    # a bare number acted on is people
    ("Ethiopian police fired on protesters, killing two and arresting 40.", "ETH", "ETH", "173"),
    # where the subject comes from is not where it happens
    ("A Canadian aid worker from Toronto was arrested in Iran.", "IRN", "CAN", "173"),
    # seized or confiscated from someone
    ("Police in Kenya confiscated weapons from Somali militants.", "KEN", "SOM", "1711"),
])
def test_coercion_of_people(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_the_origin_of_the_subject_is_not_the_place(rules_only):
    found = triples("A Canadian aid worker from Toronto was arrested in Iran.", rules_only)
    assert ("CAN", "CAN", "173") not in found, found


@pytest.mark.parametrize("text, source, target, code", [
    # cyber attacks are coercion (PLOVER COERCE, mode cyber)
    ("North Korea tried to hack into the computers of South Korean army officers.", "PRK", "KOR", "170"),
    ("Iranian hackers defaced Israeli government websites.", "IRN", "ISR", "170"),
    ("Chinese hackers launched a cyber attack on Taiwanese government websites.", "CHN", "TWN", "170"),
    # buildings torched or burned are destroyed (1712); with no one named, one's own
    ("Hamas militants torched the offices of the Palestinian Authority in Gaza.", "PSE", "PSE", "1712"),
    ("Serbian nationalists burned the Albanian embassy in Belgrade.", "SRB", "ALB", "1712"),
    ("Myanmar's military burned villages in the Tanintharyi Region.", "MMR", "MMR", "1712"),
])
def test_cyber_attacks_and_property(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_a_cyber_attack_is_no_military_attack(rules_only):
    found = triples("Chinese hackers launched a cyber attack on Taiwanese government websites.", rules_only)
    assert not any(c.startswith("19") for _, _, c in found), found


def test_burning_crops_is_no_destruction_of_premises(rules_only):
    found = triples("Egyptian farmers burned crops near Cairo.", rules_only)
    assert not any(c == "1712" for _, _, c in found), found


@pytest.mark.parametrize("text, source, target, code", [
    ("The Colombian government demobilized 5,000 FARC fighters.", "COL", "COL", "0873"),
    # put or placed under investigation or arrest
    ("Turkish prosecutors placed two German journalists under investigation.", "TUR", "DEU", "090"),
    ("Egyptian police put three activists under arrest.", "EGY", "EGY", "173"),
    # an investigation into wrongdoing by someone
    ("The UN opened an investigation into crimes by Israeli forces.", "UN", "ISR", "090"),
    ("Iran opposed American mediation in the talks.", "IRN", "USA", "120"),
    # an indefinite strike is a labour strike
    ("Nigerian doctors began an indefinite strike on Monday.", "NGA", "NGA", "143"),
])
def test_investigating_refusing_striking(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_refusing_to_meet_demands_is_a_refusal(rules_only):
    found = triples("The Syrian government refused to meet the demands of the Kurdish rebels.", rules_only)
    assert any(s == "SYR" and c.startswith("12") for s, _, c in found), found


def test_meeting_demands_yields(rules_only):
    found = triples("The Kenyan government met the demands of the opposition.", rules_only)
    assert ("KEN", "KEN", "083") in found, found


@pytest.mark.parametrize("text, source, target, code", [
    # people held or used as human shields (184)
    ("The Sri Lankan army has been holding Tamil civilians as human shields.", "LKA", "LKA", "184"),
    ("Hamas used Palestinian civilians as human shields.", "PSE", "PSE", "184"),
    # stopping or shunning work, or a walkout, is a strike, at one's own state
    ("Thousands of Greek workers stopped work on Tuesday to protest against pension cuts.", "GRC", "GRC", "143"),
    ("Opposition lawmakers in Kenya staged a walkout.", "KEN", "KEN", "143"),
    # "is opposed to" as "opposed"
    ("Iran is opposed to American mediation in the talks.", "IRN", "USA", "120"),
])
def test_shields_strikes_opposition(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_what_a_show_of_force_is_for_is_not_done(rules_only):
    found = triples("Britain mobilized reservists for a possible war against Iraq.", rules_only)
    # (the show of force is aimed at whom the war is against: gsr21)
    assert ("GBR", "IRQ", "154") in found, found
    assert not any(c.startswith("19") for _, _, c in found), found


@pytest.mark.parametrize("text, source, target", [
    # banning, outlawing or dissolving a party or movement is 1722, one's own state's
    ("The Thai army banned the Thailand Independence Party on Wednesday.", "THA", "THA"),
    ("A Tanzanian court dissolved the main opposition party.", "TZA", "TZA"),
])
def test_banning_a_party(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert (source, target, "1722") in found, found


def test_a_ban_on_a_sale_is_no_ban_on_a_party(rules_only):
    found = triples("Kenya banned the sale of alcohol.", rules_only)
    assert not any(c == "1722" for _, _, c in found), found
