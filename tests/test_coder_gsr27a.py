"""Constructions of the rule coder from the nineteenth round on PLOVER-style news, cooperative
types: paying compensation to someone, evacuating the wounded or civilians from a place.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # compensation or reparations paid to someone return what they lost (0842, RETREAT)
    ("Kenya paid compensation to Tanzanian farmers last week.", ("KEN", "TZA", "0842")),
    ("Germany has paid reparations to Poland.", ("DEU", "POL", "0842")),
    ("Peru paid damages to Chile for the seized ships.", ("PER", "CHL", "0842")),
    # promised: the intent to yield (0353)
    ("Peru agreed to pay damages to Chile.", ("PER", "CHL", "0353")),
])
def test_paid_compensation(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # guards: paying a visit or tribute is no compensation
    "Kenya paid a visit to Tanzania.",
    "Germany paid tribute to Poland.",
])
def test_paid_something_else(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c == "0842" for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # the wounded, the sick or civilians evacuated from a place: humanitarian aid toward its
    # country (073)
    ("Red Cross teams evacuated the wounded from the Syrian city of Homs.", ("SYR", "073")),
    ("The UN evacuated sick children from the besieged Yemeni town of Taiz.", ("YEM", "073")),
])
def test_evacuated_the_wounded(text, expected, rules_only):
    found = triples(text, rules_only)
    assert any((t, c) == expected for _, t, c in found), found


def test_evacuated_troops_is_no_aid(rules_only):
    # guard: pulling one's own troops out of a place is no humanitarian aid toward it
    found = triples("Turkey evacuated its troops from the Syrian town of Afrin.", rules_only)
    assert not any(c == "073" for _, _, c in found), found


@pytest.mark.parametrize("text, mediator", [
    # talks a mediation noun is about are what is mediated, no meeting of their own; the parser
    # hangs the "in" on the verb or on the noun
    ("Georgia agreed to Turkish mediation in the final talks with Armenia.", "TUR"),
    ("Georgia rejected Turkish mediation in its negotiations with Armenia.", "TUR"),
])
def test_talks_a_mediation_is_about(text, mediator, rules_only):
    found = triples(text, rules_only)
    assert any(s == "GEO" and t == mediator for s, t, _ in found), found
    assert not any(c.startswith("04") and t == "ARM" for _, t, c in found), found


def test_talks_beside_a_mediation(rules_only):
    # guard: talks held, beside a mediation, are a meeting
    found = triples("Georgia welcomed Turkish mediation last year and held talks with Armenia on Monday.",
                    rules_only)
    assert ("GEO", "ARM", "040") in found, found
