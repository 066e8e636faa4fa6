"""Constructions of the rule coder from the thirteenth round on PLOVER-style news: arson,
mediation efforts and warnings as events, the agent of a passive accusation that the parser
hangs on the charge, threats whose infinitive a date separates from the verb, and the PLOVER
types of sanctions and resignations. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # setting fire to something is destroying property (1712), aimed at its owner
    ("Taliban fighters set fire to a girls' school in Kabul.", "AFG", "AFG", "1712"),
    ("Protesters set fire to the Indian embassy in Dhaka.", "BGD", "IND", "1712"),
    # a mediation or peace effort "between" two sides mediates between them
    ("Oman launched a mediation effort between Iran and Saudi Arabia.", "OMN", "IRN", "045"),
    ("Qatar began a new peace effort between Rwanda and Congo.", "QAT", "RWA", "045"),
    # a warning to someone is a threat (130)
    ("The Kremlin issued a stern warning to Finland.", "RUS", "FIN", "130"),
    # turning down, spurning or declining a request or offer rejects its maker (120)
    ("Serbia turned down a Croatian request for talks.", "SRB", "HRV", "120"),
    # an offer of talks spurned is a rejected proposal to negotiate (125; gsr41), root 12 as before
    ("Iran spurned Washington's offer of talks.", "IRN", "USA", "125"),
    ("The Kenyan government declined an invitation from Somalia to attend the summit.", "KEN", "SOM", "120"),
    # "by" hung on what the passive verb charges is still its agent
    ("The former Bolivian president has been accused of corruption by Bolivian prosecutors.", "BOL", "BOL", "112"),
    ("A Russian oligarch was accused of money laundering by British prosecutors.", "GBR", "RUS", "112"),
])
def test_trigger_rows(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


@pytest.mark.parametrize("text", [
    "Forecasters issued a warning to residents of the coast.",
    "The Indian minister declined to comment on the report.",
])
def test_no_event_without_an_actor_or_an_offer(text, rules_only):
    assert not any(c[:2] in ("12", "13") for _, _, c in triples(text, rules_only))


@pytest.mark.parametrize("text", [
    "Hamas threatened on Monday to resume attacks in Israel.",
    "Hamas threatened on Monday to launch attacks on Israel.",
])
def test_a_threat_with_a_date_before_its_infinitive_stays_a_threat(text, rules_only):
    found = triples(text, rules_only)
    assert ("PSE", "ISR", "1384") in found, found
    assert not any(c[:2] in ("18", "19") for _, _, c in found), found


@pytest.mark.parametrize("text, code, plover", [
    # PLOVER manual 3.13: international sanctions are SANCTION 'discontinue'
    ("The European Union imposed sanctions on Belarus.", "163", "SANCTION"),
    # PLOVER manual 3.7: resignations of officials are RETREAT 'resign'
    ("The Georgian prime minister resigned on Sunday.", "0831", "RETREAT"),
])
def test_plover_types_follow_the_manual(text, code, plover, rules_only):
    events = [e for e in extract(text, date="2025-06-01", settings=rules_only) if e.cameo == code]
    assert events and all(e.plover == plover for e in events), events


@pytest.mark.parametrize("text, source", [
    # a union or profession calling off its strike eases dissent (082), toward its own state
    ("The Kenyan teachers union called off its strike.", "KEN"),
    ("Nigerian doctors called off their strike on Monday.", "NGA"),
])
def test_calling_off_a_labour_strike(text, source, rules_only):
    found = triples(text, rules_only)
    assert (source, source, "082") in found, found


def test_calling_off_air_strikes_is_no_easing_of_dissent(rules_only):
    found = triples("The US president called off air strikes on Iran.", rules_only)
    assert not any(c == "082" for _, _, c in found), found
