"""Constructions mended by the lead in the seventeenth round: a title "of" a state whose
name holds its article ("the president of the United States") is that state's office; a
month's name used as a date ("On 4 May 2019", "in May") is no person's surname, even in a
year when a known person of that surname held office. Rules alone (the learned detector
off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "On 4 May 2019, police arrested 12 protesters in Lahore.",
    "On May 4, police arrested 12 protesters in Lahore.",
    "Police in Lahore have arrested dozens of protesters since May.",
])
def test_a_month_by_a_number_or_a_word_of_time_is_no_person(text, rules_only):
    events = extract(text, date="2019-05-06", settings=rules_only)
    keys = {(e.source.actor.key if e.source else None, e.target.actor.key if e.target else None) for e in events}
    assert keys and all("GBR" not in k for k in keys), keys
    assert ("PAK", "PAK") in keys, keys


def test_the_surname_alone_is_still_the_person(rules_only):
    # guard: "May" as the subject of an act, no number or word of time by it
    events = extract("Theresa May met Angela Merkel in Berlin. On Tuesday, May criticised Russia.",
                     date="2019-05-06", settings=rules_only)
    assert any(e.source and e.source.actor.key == "GBR" and e.target and e.target.actor.key == "RUS"
               and e.cameo[:2] == "11" for e in events), [(e.source, e.cameo) for e in events]


@pytest.mark.parametrize("text, source, target", [
    # "of the United States": a state whose name holds its article is the title's state ...
    ("The Canadian prime minister criticised the president of the United States.", "CAN", "USA"),
    ("Spain condemned the president of the Philippines over the killings.", "ESP", "PHL"),
    # ... and not the person an earlier sentence named with the same title
    ("President Emmanuel Macron spoke in Paris. He criticised the President of the United States "
     "for the tariffs.", "FRA", "USA"),
])
def test_a_title_of_a_state_named_with_its_article(text, source, target, rules_only):
    events = extract(text, date="2019-03-31", settings=rules_only)
    pairs = {(e.source.actor.key, e.target.actor.key) for e in events if e.source and e.target}
    assert (source, target) in pairs, pairs


def test_dc_is_the_united_states(rules_only):
    # "D.C." alone is the American capital's district, a place of the United States
    events = extract("Thousands of supporters protested in D.C. on Saturday.", date="2020-12-12",
                     settings=rules_only)
    assert any(e.source and e.source.actor.key == "USA" and e.cameo[:2] == "14" for e in events), \
        [(e.source, e.cameo) for e in events]
