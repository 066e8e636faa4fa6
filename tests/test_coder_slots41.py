"""Wrong slots (twenty-sixth round, slots41): a place read as the target of an act on a named
group the dictionary does not know, the counted troops of "sent hundreds of soldiers" read as
the target, and the subject of a passive infinitive ("is to be arrested") read as the source.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place", [
    ("Canada has been fighting the Black Lotus Brigade in Mali for months.", "MLI"),
    ("France has been fighting Harakat Zulfiqar in Syria since 2015.", "SYR"),
])
def test_place_of_an_unknown_group_is_not_the_target(text, place, rules_only):
    found = triples(text, rules_only)
    assert not any(t == place for _, t, _ in found), found


def test_place_of_a_fight_with_no_one_named_stays_the_target(rules_only):
    found = triples("Canadian troops attacked a village in Mali.", rules_only)
    assert any(t == "MLI" for _, t, _ in found), found


@pytest.mark.parametrize("text, sender", [
    ("Kazakhstan deployed hundreds of soldiers to the frontier.", "KAZ"),
    ("Chile deployed thousands of troops along the border.", "CHL"),
])
def test_counted_troops_are_the_means_not_the_target(text, sender, rules_only):
    found = codes(text, rules_only)
    assert any(s == sender for s, _, _ in found), found
    assert not any(t == sender + "MIL" for _, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Former president Jair Bolsonaro is to be arrested, his lawyers said.",
    "Former president Jair Bolsonaro is due to be imprisoned next week.",
])
def test_subject_of_a_passive_infinitive_is_the_target(text, rules_only):
    found = codes(text, rules_only)
    arrests = [(s, t) for s, t, c in found if c.startswith("17")]
    assert arrests, found
    assert not any(s == "BRA" for s, _ in arrests), found  # not the former president as the doer
    assert any(t == "BRA" for _, t in arrests), found
