"""Recall on news, twenty-eighth round (recall43): acts whose words had no trigger row (rules
alone, real model; sentences written for these tests): security tightened or stepped up (151),
a general mobilisation (154, toward the state's own people), a state that disconnects from
another's power grid (160)."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, code", [
    ("Kenyan police stepped up security around the parliament.", "KENCOP", "151"),
    ("Pakistani authorities tightened security in Islamabad ahead of the visit.", "PAKGOV", "151"),
    ("The Nigerien government declared a general mobilization.", "NERGOV", "154"),
    ("Estonia disconnected from the Russian power grid.", "EST", "160"),
])
def test_acts_that_had_no_trigger_row(text, source, code, rules_only):
    found = codes(text, rules_only)
    assert any(c == code and s == source for s, _, c in found), found


@pytest.mark.parametrize("text, triple", [
    ("Estonia disconnected from the Russian power grid.", ("EST", "RUS", "160")),
    ("The Nigerien government declared a general mobilization.", ("NER", "NER", "154")),
])
def test_the_target_of_those_acts(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, code", [
    # guards: security rules are a regulation; a grid of another kind; a mobilisation of voters
    ("The European Union tightened security rules for airports.", "151"),
    ("Kenya tightened its immigration rules for foreign students.", "151"),
    ("Estonia disconnected from the meeting with Russia.", "160"),
    ("The Ghanaian opposition called for a mobilization of voters.", "154"),
])
def test_no_act_without_its_object(text, code, rules_only):
    found = codes(text, rules_only)
    assert not any(c == code for _, _, c in found), found
