"""Unnamed agents in places only the gazetteer knows (sixteenth round, place22): a sentence
with no actor mention but an agent noun ("gunmen", "police") is coded when a place of the
gazetteer in it gives it a country, and a lead placed by such a city gives the story its
country. An event already coded is placed at a small city that the entity recogniser
tags, whatever its population. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.coding.implicit import agent_forms

from coded import placed

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, country", [
    # a city of Nigeria that the actor resolver does not know
    ("Gunmen stormed a police post in Bauchi.", "NGACRM", "NGA"),
    # a city of Iran, police as the agent
    ("Police detained dozens of students in Mashhad.", "IRNCOP", "IRN"),
])
def test_an_unnamed_agent_takes_the_country_of_a_gazetteer_place(text, source, country, rules_only):
    found = placed(text, rules_only, codes=True)
    assert any(s == source and loc == country for s, _, _, loc in found), found


def test_the_lead_place_gives_the_story_its_country(rules_only):
    found = placed("Demonstrators clashed with riot police in Bauchi on Sunday. "
                   "Officers fired tear gas at the crowd.", rules_only, codes=True)
    assert any(s == "NGACOP" and c.startswith("17") for s, _, c, _ in found), found


def test_the_actors_country_wins_over_a_city_name_of_another_country(rules_only):
    # Valdivia is a Chilean city of the gazetteer and also a town in Colombia's Antioquia:
    # the ELN names Colombia, which the officials are of, not Chile
    found = placed("A roadside bomb exploded near an army base in Valdivia, Antioquia. "
                   "Officials accused the ELN of planting it.", rules_only, codes=True)
    assert found and all(not (s or "").startswith("CHL") for s, _, _, _ in found), found
    assert any((s or "").startswith("COL") for s, _, _, _ in found), found


@pytest.mark.parametrize("text", [
    # a city name that is an English word (data/place_words.tsv)
    "Police arrested two men in Mobile on Friday.",
    # a small town only the gazetteer knows, under the population threshold, and no entity read
    "Gunmen stormed a police post in Kupyansk.",
    # no place at all: no country for the gunmen
    "Gunmen stormed a police post on Friday.",
])
def test_no_country_no_unnamed_agent(text, rules_only):
    assert placed(text, rules_only, codes=True) == []


def test_a_small_city_tagged_as_a_place_places_a_coded_event(rules_only):
    # Gwoza is a town of some 15,000 in GeoNames: under the threshold for a bare name, but
    # the entity recogniser runs on a sentence that holds an event and tags it.
    events = extract("Nigerian troops killed ten Boko Haram fighters near Gwoza.", date="2025-06-01",
                     settings=rules_only)
    assert any(e.location is not None and e.location.name == "Gwoza" for e in events), events


@pytest.mark.parametrize("text, kept", [
    # a place of the gazetteer and no state: the agent's sentences go through the parser
    ("Rain fell. Gunmen stormed a police post in Bauchi. Police gave chase.", [False, True, True]),
    # no place and no state: nothing to give the agents a country
    ("Rain fell. Gunmen stormed a police post. Police gave chase.", [False, False, False]),
])
def test_a_gazetteer_place_keeps_the_agents_sentences(nlp, text, kept):
    from eventwire.nlp.runner import SelectiveRunner
    from eventwire.nlp.select import select

    runner = SelectiveRunner(nlp)
    (doc,) = runner._split([nlp.make_doc(text)])
    sel = select(doc, runner.gazetteer.pieces(doc), agent_forms(), runner._place)
    got = [any(s <= sent.start and sent.end <= e for s, e in sel.blocks) for sent in doc.sents]
    assert got == kept
