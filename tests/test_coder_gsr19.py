"""Constructions of the rule coder from the nineteenth PLOVER-record round: "in defiance
of" and "in opposition to" name whom a protest is against. Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    ("Hundreds of people marched in Tbilisi in defiance of Russian authorities.", "GEO", "RUS", "141"),
    ("Thousands of farmers rallied in Paris in opposition to the European Union trade deal.", "FRA", "EU", "141"),
])
def test_in_defiance_of_names_the_target_of_a_protest(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found
