"""False events and wrong roots on news no gold covers (twenty-eighth round, prec43): word senses
found by judging every event of a random sample of modern news (seed 4343) and of 40 ACLED notes.
To demonstrate a failing (a lack of understanding) is no protest (141); a sentence commuted, or a
conviction quashed, frees its person (0841), not a sentence passed (173) or a finding (116); to
speak on a channel is no meeting with it (040); to receive a letter or an enquiry is no hosting of
a visitor (043). Each case has a guard that the genuine sense still codes. Rules alone (the
learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


def roots(found):
    return {c[:2] for _, _, c in found}


# --- "demonstrates a lack of understanding": showing a failing, not a protest -------------------

@pytest.mark.parametrize("text", [
    "Russia's statement demonstrates a complete lack of understanding of the situation.",
    "The Serbian government demonstrated its ignorance of the law.",
])
def test_demonstrating_a_failing_is_no_protest(text, rules_only):
    assert "14" not in roots(triples(text, rules_only, DATE))


def test_demonstrating_against_the_government_still_codes(rules_only):
    found = triples("Thousands of Serbians demonstrated against the government in Belgrade.",
                    rules_only, DATE)
    assert ("SRB", "SRB", "141") in found, found


# --- "commutes the sentence of": a person freed, not sentenced ----------------------------------

@pytest.mark.parametrize("text, key", [
    ("President Biden commutes the sentence of the American activist Leonard Peltier.", "USA"),
    ("A Kenyan court quashed the conviction of the opposition leader.", "KEN"),
])
def test_a_sentence_commuted_or_quashed_frees(text, key, rules_only):
    found = triples(text, rules_only, DATE)
    assert (key, key, "0841") in found, found
    assert not roots(found) & {"17", "11"}, found


def test_a_sentence_passed_still_codes(rules_only):
    found = triples("A Kenyan court sentenced the opposition leader to ten years in prison.",
                    rules_only, DATE)
    assert ("KEN", "KEN", "173") in found, found


# --- "spoke on Fox News": an appearance in the media, not a meeting ------------------------------

def test_speaking_on_a_channel_is_no_meeting(rules_only):
    found = triples("US Senator Lindsey Graham spoke on Fox News about the Turkish offensive.",
                    rules_only, DATE)
    assert "04" not in roots(found), found


def test_speaking_with_a_leader_still_codes(rules_only):
    found = triples("The Turkish president spoke with the Russian president about Syria.",
                    rules_only, DATE)
    assert ("TUR", "RUS", "040") in found, found


# --- "received an enquiry": a thing received, not a visitor hosted ------------------------------

@pytest.mark.parametrize("text", [
    "The Zambian magistrate received an enquiry from the Zambian prosecution.",
    "The Kenyan ambassador received a letter from the Ugandan president.",
])
def test_receiving_a_thing_hosts_no_one(text, rules_only):
    assert "04" not in roots(triples(text, rules_only, DATE))


def test_receiving_a_minister_still_codes(rules_only):
    found = triples("The Iranian president received the Iraqi foreign minister in Tehran.",
                    rules_only, DATE)
    assert ("IRN", "IRQ", "043") in found, found


# --- a war protested against, with "against" hung on "including" ---------------------------------

def test_a_war_protested_against_past_an_including_phrase(rules_only):
    text = ("Anti-war protests are held across Spain, including in Madrid, Barcelona, and Valencia, "
            "against both the Iran war and the Gaza war.")
    found = triples(text, rules_only, "2026-03-14")
    assert "19" not in roots(found), found
    assert ("ESP", "ESP", "141") in found, found
