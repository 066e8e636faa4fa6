"""Constructions of the rule coder from the twenty-fourth round on PLOVER-style news: ignoring
or disregarding what was put to one (a demand, an appeal) is refusing it, aimed at whoever put
it, and so is reneging on an agreement; a consensus reached is an agreement to cooperate (030).
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("Kenya ignored a demand from Uganda to withdraw its troops.", ("KEN", "UGA", "120")),
    ("The Chilean government disregarded Peru's appeal for calm.", ("CHL", "PER", "120")),
    ("Kenya reneged on the agreement with Uganda.", ("KEN", "UGA", "120")),
])
def test_ignoring_what_was_put_is_refusing_it(text, event, rules_only):
    found = triples(text, rules_only)
    assert event in found, found


@pytest.mark.parametrize("text", [
    # guards: ignoring a thing not put to one by an actor is no event
    "The minister ignored the heat and went on speaking.",
    "Kenyan drivers ignored the traffic lights in Nairobi.",
])
def test_ignoring_other_things_codes_nothing(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("12") for _, _, c in found), found


@pytest.mark.parametrize("text, dyad", [
    ("Kenya and Uganda reached a consensus on water resources.", {"KEN", "UGA"}),
    ("Chile reached a consensus with Peru on fishing rights.", {"CHL", "PER"}),
])
def test_consensus_reached_is_an_agreement(text, dyad, rules_only):
    found = triples(text, rules_only)
    assert any({s, t} == dyad and c == "030" for s, t, c in found), found


def test_consensus_among_others_is_no_agreement(rules_only):
    found = triples("There is a broad consensus among Kenyan economists that growth will slow.", rules_only)
    assert not any(c.startswith("03") for _, _, c in found), found
