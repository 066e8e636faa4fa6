"""Recall on current-news summaries (twenty-fourth round, recall38): whom an act on a thing is
aimed at when the thing is tied to an actor ("companies linked to the IRGC", "firms with ties
to Russia", "a headquarters belonging to Hezbollah"); the body of an office in apposition to
the person acted on ("X, the UN special rapporteur"); the recipient of the infinitive an
accord is for ("a deal to export gas to Egypt"); the subject a to-infinitive's noun is said
of ("X becomes the second country to recognize Y") and the maker of an operation whose
relative clause tells what it did ("launched an offensive that killed 20 rebels"); a state
closing its own airspace, border or strait with no state named (172, toward no one; toward a
state still 160); deploying "towards" a border. Rules alone (the learned detector off), real model; sentences written
for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


@pytest.mark.parametrize("text, triple", [
    ("The United States imposed sanctions on three companies linked to Iran's Revolutionary Guards.",
     ("USA", "IRN", "163")),
    ("Britain sanctioned two firms with links to Russia.", ("GBR", "RUS", "163")),
    ("The U.S. Treasury Department sanctions a software company and a hacker, both with ties to China's "
     "Ministry of State Security.", ("USA", "CHN", "163")),
    ("Israeli forces destroyed an underground headquarters belonging to Hezbollah.", ("ISR", "LBN", "190")),
])
def test_a_thing_tied_to_an_actor_is_aimed_at_that_actor(text, triple, rules_only):
    found = triples(text, rules_only, DATE)
    assert triple in found, found


def test_the_body_of_an_office_in_apposition(rules_only):
    text = "The United States issues sanctions against Francesca Albanese, the United Nations special rapporteur."
    found = triples(text, rules_only, DATE)
    assert ("USA", "UN", "163") in found, found


def test_an_office_in_apposition_of_a_body_named_by_of(rules_only):
    text = "Israel claims to have killed Asghar Bakri, the commander of Unit 840 of the Quds Force."
    found = triples(text, rules_only, DATE)
    assert ("ISR", "IRN", "190") in found, found


@pytest.mark.parametrize("text, triple", [
    ("Netanyahu approves a deal to export natural gas to Egypt over the next 15 years.", ("ISR", "EGY", "057")),
    ("Israel signed an agreement to sell fighter jets to India.", ("ISR", "IND", "057")),
])
def test_an_accord_is_with_whom_its_infinitive_is_toward(text, triple, rules_only):
    found = triples(text, rules_only, DATE)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    ("Spain becomes the first European country to recognize Palestine.", ("ESP", "PSE", "054")),
    ("Norway is the latest country to expel Russian diplomats.", ("NOR", "RUS", "166")),
])
def test_the_subject_an_infinitives_noun_is_said_of_does_the_act(text, triple, rules_only):
    found = triples(text, rules_only, DATE)
    assert triple in found, found


@pytest.mark.parametrize("text, source", [
    ("India closes its northern and western airspace until May 14.", "IND"),
    ("Iran partially closes the Strait of Hormuz for several hours.", "IRN"),
    ("Turkey shut the border crossing on Monday.", "TUR"),
])
def test_closing_ones_own_airspace_or_border_toward_no_one(text, source, rules_only):
    found = triples(text, rules_only, DATE)
    assert (source, None, "172") in found, found


@pytest.mark.parametrize("text, triple", [
    ("Pakistan closed its border with Afghanistan.", ("PAK", "AFG", "160")),
    ("Algeria closes its airspace to Mali.", ("DZA", "MLI", "160")),
])
def test_closing_toward_a_state_still_cuts_relations(text, triple, rules_only):
    found = triples(text, rules_only, DATE)
    assert triple in found, found


def test_deploying_towards_a_border(rules_only):
    text = "The Spanish Army is deploying military vehicles towards the border with Morocco."
    found = triples(text, rules_only, DATE)
    assert ("ESP", "MAR", "150") in found, found


def test_a_thing_tied_to_no_actor_gives_no_target(rules_only):
    text = "Police arrested two men linked to the robbery."
    found = triples(text, rules_only, DATE)
    assert all(t is None or t == s for s, t, _ in found), found


@pytest.mark.parametrize("text, triple", [
    ("Jubaland forces and American troops conducted an operation that killed 60 al-Shabaab insurgents "
     "in Lower Juba, Somalia.", ("USA", "SOM", "190")),
    ("The Sudanese army launched a drone strike that killed 30 RSF fighters.", ("SDN", "SDN", "190")),
])
def test_the_maker_of_an_operation_does_what_it_did(text, triple, rules_only):
    found = triples(text, rules_only, DATE)
    assert triple in found, found


def test_a_strike_that_shut_a_city_is_no_coercion_by_its_organisers(rules_only):
    text = "Opposition parties in Bolivia organized a general strike that shut down La Paz."
    found = triples(text, rules_only, DATE)
    assert not any(c.startswith("17") for _, _, c in found), found
