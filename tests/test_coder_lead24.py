"""Constructions mended by the lead in the seventeenth round: a month's name used as a date
("On 4 May 2019", "in May") is no person's surname, even in a year when a known person of that
surname held office. Rules alone (the learned detector off), real model; sentences written for
these tests."""

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
