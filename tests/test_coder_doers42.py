"""Wrong doers and targets (twenty-seventh round, doers42): a place inside the object of a
circumstance preposition ("resigns amid an investigation in Bangladesh") is not the act's
target; a city or region modifying an event noun ("the Idlib attack") is where it was, not
its doer; "the claim" a rejection is on points back to whoever made it. Rules alone (the
learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, home, place", [
    ("British minister Tulip Siddiq resigns amid an investigation in Bangladesh.", "GBR", "BGD"),
    ("The Dutch minister resigned amid a scandal in Suriname.", "NLD", "SUR"),
])
def test_place_of_a_circumstance_is_not_the_target(text, home, place, rules_only):
    found = triples(text, rules_only)
    assert any(s == home for s, _, _ in found), found
    assert not any(t == place for _, t, _ in found), found


def test_place_the_act_happens_in_stays(rules_only):
    # the place on the act itself, not inside a circumstance, still stands for its state
    found = triples("Police arrested protesters in Cairo.", rules_only)
    assert any(t == "EGY" for _, t, _ in found), found


@pytest.mark.parametrize("text, place", [
    ("Turkey condemned the Idlib attack on Monday.", "SYR"),
    ("Germany condemned the Kharkiv strike on Monday.", "UKR"),
])
def test_place_modifying_an_attack_noun_is_not_its_doer(text, place, rules_only):
    found = triples(text, rules_only)
    assert found, found
    assert not any(t == place for _, t, _ in found), found


def test_state_modifying_an_attack_noun_stays_its_doer(rules_only):
    found = triples("The Israel strike on Gaza killed ten people.", rules_only)
    assert any(s == "ISR" for s, _, _ in found), found


def test_rejected_claim_points_back_to_its_maker(rules_only):
    found = triples("Iran accused Israel of attacking its embassy in Damascus. "
                    "Israel rejected the claim on Wednesday.", rules_only)
    assert any(s == "ISR" and t == "IRN" and c[:2] == "12" for s, t, c in found), found


def test_claim_with_no_maker_told_has_no_target(rules_only):
    found = triples("Israel rejected the claim on Wednesday.", rules_only)
    assert not any(s == "ISR" and t is not None and c[:2] == "12" for s, t, c in found), found
