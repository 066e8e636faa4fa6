"""Constructions of the rule coder from the seventeenth round's look at classify mode: easing
tariffs and sanctions by rolling them back or cutting them, ceasing hostilities, laying
down arms, legal action, rulings that
say something is not unlawful. Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding.classify import PairClassifier, PairInput

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # rolling back, lowering or cutting tariffs and sanctions eases them (085)
    ("Kenya rolled back import tariffs on Ugandan sugar.", "KEN", "UGA", "085"),
    ("Japan cut tariffs on Australian beef.", "JPN", "AUS", "085"),
    ("Canada lowered its sanctions on Venezuela.", "CAN", "VEN", "085"),
    # a cessation of hostilities is a ceasefire
    ("Sudan declared a cessation of hostilities with South Sudan.", "SDN", "SSD", "0871"),
    # laying down arms demobilises (0873)
    ("Colombian rebels laid down their weapons.", "COL", "COL", "0873"),
    # legal or court action against someone is a lawsuit (115)
    ("Kenya took legal action against Uganda.", "KEN", "UGA", "115"),
    ("Ghana launched court action against Nigeria.", "GHA", "NGA", "115"),
])
def test_trigger_rows(text, source, target, code, rules_only):
    found = {(s[:3] if s else s, t[:3] if t else t, c) for s, t, c in triples(text, rules_only)}
    assert (source, target, code) in found, found


@pytest.mark.parametrize("text, wrong", [
    # ceasing an offensive is not launching one
    ("The Syrian army halted its offensive against Turkish forces.", "190"),
    # rolling back sanctions is not imposing them
    ("Kenya rolled back import tariffs on Ugandan sugar.", "163"),
])
def test_undone_events_are_not_coded(text, wrong, rules_only):
    assert not any(c == wrong for _, _, c in triples(text, rules_only))


def test_ceasing_hostilities_de_escalates(rules_only):
    found = triples("The Syrian army halted its offensive against Turkish forces.", rules_only)
    assert any(c == "087" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "A Brazilian court ruled the Argentine ban was not unconstitutional.",
    "The Kenyan high court declared the Ugandan decree not unlawful.",
])
def test_a_ruling_that_something_is_not_unlawful_is_no_criticism(text, rules_only):
    assert not any(c == "111" for _, _, c in triples(text, rules_only))


@pytest.mark.parametrize("text, source, target", [
    ("Chile and Peru failed to reach an agreement on the maritime border.", "Chile", "Peru"),
    ("Greece did not sign the trade agreement with Turkey.", "Greece", "Turkey"),
])
def test_classify_codes_a_negated_cooperative_act_as_a_rejection(nlp, text, source, target):
    rules = PairClassifier(nlp, model=None)
    (result,) = rules.classify([PairInput("t", text, source, target)])
    assert result.plover == "REJECT", result
