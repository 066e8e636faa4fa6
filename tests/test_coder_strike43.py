"""Strikes on places and police fire (twenty-eighth round, strike43): "police fire tear gas",
parsed as a noun compound "police fire", makes "fire" the verb (mends.mend_agent_fire); a
strike on sites in an Iranian province named after a town ("in Goruk, Hormozgan") codes
toward Iran (the provinces in places_extra.tsv). Rules alone (the learned detector off),
real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    ("Police fire tear gas at protesters in Nairobi.", "KEN", "KEN", "175"),
    ("Riot police fire water cannon at students in Belgrade.", "SRB", "SRB", "175"),
])
def test_agent_fire_compound_is_the_verb(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_fire_department_stays_a_noun(rules_only):
    # "fire" before a noun that is not fired (a department) is not the act
    found = triples("Police fire department officials met the mayor of Nairobi.", rules_only)
    assert not any(c[:2] in ("17", "18", "19") for _, _, c in found), found


@pytest.mark.parametrize("text, source", [
    ("Israel struck sites in Goruk, Hormozgan.", "ISR"),
    ("The U.S. military conducted strikes against radar sites in Goruk, Hormozgan, and Qeshm Island.", "USA"),
])
def test_strike_on_sites_in_a_province(text, source, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and t == "IRN" and c[:2] in ("18", "19") for s, t, c in found), found
