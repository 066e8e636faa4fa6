"""False events and wrong roots on news no gold covers (twenty-sixth round, prec41): word senses
found by judging every event of a random sample of modern news (seed 4141). A heated exchange
or an exchange of letters releases no one (084), an exchange of views is talk (040); a chance,
a lead or a title seized or captured is no property taken (171) nor place occupied (192);
fighters or soldiers captured are detained (173), a place captured stays an occupation; a person
joining an army, a legion or a club is no intent to cooperate (030); a court overturning a
sentence frees its person (0841), not a finding of guilt (116). Each case has a guard that the
genuine sense still codes. Rules alone (the learned detector off), real model; sentences
written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


def roots(found):
    return {c[:2] for _, _, c in found}


# --- "a heated exchange": words, not prisoners ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The talks between Chile and Peru ended after a heated exchange between their ministers.",
    "Chile and Peru held an exchange of letters on the border dispute.",
    "Chile and Peru agreed on a student exchange between their universities.",
])
def test_an_exchange_of_words_releases_no_one(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert "08" not in roots(found), found


def test_an_exchange_of_views_is_talk(rules_only):
    found = triples("The leaders of Chile and Peru held an exchange of views on the border.", rules_only, DATE)
    assert {c[:2] for s, t, c in found if {s, t} == {"CHL", "PER"}} == {"04"}, found


def test_a_prisoner_exchange_still_codes(rules_only):
    found = triples("Armenia and Azerbaijan carried out an exchange of prisoners.", rules_only, DATE)
    assert any({s, t} == {"ARM", "AZE"} and c.startswith("084") for s, t, c in found), found


# --- "seize the opportunity": no property taken, no place occupied ---------------------------

@pytest.mark.parametrize("text", [
    "Kenya should seize the opportunity to become a trading hub for Ethiopia.",
    "Brazil seized the lead against Argentina in the second half.",
    "The Kenyan film captured the imagination of audiences in Nigeria.",
])
def test_a_chance_or_a_lead_is_not_seized_property(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert not roots(found) & {"17", "19"}, found


def test_property_seized_still_codes(rules_only):
    found = triples("Ecuadorian police seized the assets of the Los Lobos gang.", rules_only, DATE)
    assert any(s == "ECU" and c.startswith("171") for s, t, c in found), found


# --- "captured four fighters": a detention; "captured the town": an occupation ---------------

def test_fighters_captured_are_detained(rules_only):
    found = triples("Somali forces captured four al-Shabaab fighters near Kismayo.", rules_only, DATE)
    assert any(s == "SOM" and c == "173" for s, t, c in found), found
    assert "19" not in roots(found), found


@pytest.mark.parametrize("text", [
    "The Sudanese army captured the town of Bahri from the rebels.",
    "Israeli troops captured the city of Rafah in Gaza.",
])
def test_a_town_captured_is_still_occupied(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert any(s in ("SDN", "ISR") and c == "192" for s, t, c in found), found


# --- "joined the French Foreign Legion": no act between states --------------------------------

@pytest.mark.parametrize("text", [
    "The British veteran told his family he had gone to join the French Foreign Legion.",
    "The Brazilian striker joined the Spanish club in July.",
])
def test_a_person_enlisting_is_no_intent_to_cooperate(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert "03" not in roots(found), found


def test_a_state_joining_an_alliance_still_codes(rules_only):
    found = triples("Finland joined NATO.", rules_only, DATE)
    assert ("FIN", "NATO", "030") in found, found


# --- "overturns the sentence": a release, not a conviction ------------------------------------

def test_a_sentence_overturned_is_no_finding_of_guilt(rules_only):
    found = triples("Bolivia's Supreme Court overturns the prison sentence of former president Jeanine Anez.",
                    rules_only, DATE)
    assert any(c == "0841" for _, _, c in found), found
    assert "116" not in {c for _, _, c in found}, found


def test_a_court_overturning_a_law_still_finds_it_unlawful(rules_only):
    found = triples("Kenya's High Court overturns the government's ban on the opposition party.", rules_only, DATE)
    assert any(s == "KEN" and c == "116" for s, t, c in found), found
