"""Constructions of the rule coder found in the review of the PLOVER gold records,
conflictual types (gsr27b): a frame of intent that is itself refused is a rejection,
and what is opposed is not done. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # refusing to commit, agree or offer: the embedded act is rejected (12), not promised (03)
    ("Greece refused to commit to any military assistance to Serbia.", "GRC", "SRB", "1222"),
    ("The Kenyan government refused to commit to new aid for Somalia.", "KEN", "SOM", "122"),
    ("Chad refused to agree to talks with Sudan.", "TCD", "SDN", "125"),
])
def test_a_refused_intent_is_a_rejection(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c == code for s, t, c, _ in found), found
    assert not any(c[:2] == "03" for _, _, c, _ in found), found


@pytest.mark.parametrize("text, source, target, root", [
    # the intent itself, not refused, stays an intent
    ("Greece committed to new military assistance to Serbia.", "GRC", "SRB", "03"),
    ("Chad agreed to talks with Sudan.", "TCD", "SDN", "03"),
])
def test_an_intent_not_refused_stays_an_intent(text, source, target, root, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c[:2] == root for s, t, c, _ in found), found
    assert not any(c[:2] == "12" for _, _, c, _ in found), found


def test_a_refused_vow_of_force_is_no_attack(rules_only):
    # a vow ("both") under a refusal keeps its own reading: a threat, never a force used
    found = coded("Syria refused to vow to attack Israel.", rules_only)
    assert not any(c[:2] in ("18", "19") for _, _, c, _ in found), found


@pytest.mark.parametrize("text, opposer, mediator, side", [
    ("Kenya is opposed to Ugandan mediation in talks with Sudan.", "KEN", "UGA", "SDN"),
    ("Kenya opposed Ugandan mediation in its talks with Sudan.", "KEN", "UGA", "SDN"),
])
def test_opposed_mediation_is_not_held(text, opposer, mediator, side, rules_only):
    found = triples(text, rules_only)
    assert not any(s == mediator and c.startswith("04") for s, _, c in found), found
    assert not any(c.startswith("04") and t == side for _, t, c in found), found


def test_opposed_sanctions_are_not_imposed(rules_only):
    found = triples("Germany opposed new sanctions on Belarus.", rules_only)
    assert ("DEU", "BLR", "120") in found, found
    assert not any(c[:3] == "163" for _, _, c in found), found


def test_a_refusal_of_an_act_done_keeps_the_act(rules_only):
    # guard: "refused" is no frame over an act that was done in its own clause
    found = triples("Ethiopia sent aid to Somalia after Kenya refused to help.", rules_only)
    assert any(s == "ETH" and t == "SOM" and c[:2] == "07" for s, t, c in found), found


@pytest.mark.parametrize("text, source, target", [
    # defying or violating a ban, curfew or order of someone defies it (128)
    ("A Jordanian newspaper defied a ban by the Jordanian government.", "JOR", "JOR"),
    ("Iran violated an order by the UN Security Council.", "IRN", "UNSC"),
    ("Zambian miners defied a curfew by the Zambian army.", "ZMB", "ZMB"),
])
def test_defying_a_ban_is_defiance(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert (source, target, "128") in found, found


def test_violating_other_things_is_no_defiance(rules_only):
    # guard: violating airspace stays a show of force, and a ban with no one behind it names no target
    found = triples("Russian jets violated Estonian airspace.", rules_only)
    assert not any(c == "128" for _, _, c in found), found
    found = triples("Kenyan opposition leaders defied a police ban and held a rally in Nairobi.", rules_only)
    assert not any(c == "128" for _, _, c in found), found
