"""Spokespeople (twenty-ninth round, spokes44): a subject or object "a spokesman for X",
"an adviser to X", "a source close to X" stands for X, whose act it is (GUIDE.md section 2:
the body the actor acts for); an envoy "to" a body still acts for his own state. Rules alone
(the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target", [
    ("A spokesman for the Home Office criticised France over the crossings.", "GBR", "FRA"),
    ("A spokeswoman for the German foreign ministry criticised Russia.", "DEU", "RUS"),
    ("A spokesperson for Hamas rejected the proposal from Israel.", "PSE", "ISR"),
    ("An adviser to the Iranian president criticised Israel.", "IRN", "ISR"),
    ("A source close to the Russian presidency criticised Germany.", "RUS", "DEU"),
])
def test_spokesperson_subject_acts_for_the_body(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and t == target for s, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    ("France criticised a spokesman for the Home Office.", "FRA", "GBR"),
    ("Israel criticised a spokesperson for Hamas.", "ISR", "PSE"),
    ("Germany criticised a source close to the Russian presidency.", "DEU", "RUS"),
])
def test_spokesperson_object_stands_for_the_body(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and t == target for s, t, _ in found), found


def test_envoy_to_a_body_is_not_that_body(rules_only):
    # "to" names whom an envoy is sent to, not whom he acts for
    found = triples("The US envoy to the UN criticised Russia.", rules_only)
    assert any(s == "USA" for s, _, _ in found), found
    assert not any(s == "UN" for s, _, _ in found), found
