"""Constructions of the rule coder from the twenty-first round on PLOVER-style news: an armed
force that surrenders with no one named to whom has retreated (0874, no target), where anyone
else's surrender needs the one surrendered to; the act an ultimatum's "unless" clause asks for is
no act of its own. Rules alone (the learned detector off),
real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source", [
    ("About forty Colombian guerrillas surrendered on Friday.", "COLREB"),
    ("Three hundred Nepalese rebels surrendered last month in a western district.", "NPLREB"),
    ("Some two hundred Iraqi soldiers surrendered on Sunday.", "IRQMIL"),
])
def test_armed_force_surrenders_with_no_target(text, source, rules_only):
    found = codes(text, rules_only)
    assert (source, None, "0874") in found, found


def test_surrender_to_someone_keeps_its_target(rules_only):
    found = codes("Some two hundred Iraqi soldiers surrendered to American troops near Basra.", rules_only)
    assert ("IRQMIL", "USAMIL", "0874") in found, found


@pytest.mark.parametrize("text", [
    # guards: a surrender by a doer that is no armed force, with no one named, is no retreat
    "A Kenyan businessman surrendered on Friday.",
    "Kenyan opposition leaders surrendered on Friday.",
])
def test_unarmed_surrender_without_target_is_no_event(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("087") for _, _, c in found), found


@pytest.mark.parametrize("text, threat, asked", [
    # the act an ultimatum's "unless" clause asks for is no act of its own; the threat stays
    ("Ghana will cut aid to Togo unless Togo releases the opposition leader.",
     ("GHA", "TGO", "1311"), "084"),
    ("Kenya will withdraw its troops from Somalia unless the Somali government signs a truce with "
     "the rebels.", ("KEN", "SOM", None), "0871"),
])
def test_ultimatum_condition_is_no_act(text, threat, asked, rules_only):
    found = triples(text, rules_only)
    assert any(t[:2] == threat[:2] and (threat[2] is None or t[2] == threat[2]) for t in found), found
    assert not any(c == asked for _, _, c in found), found


def test_if_clause_act_is_kept(rules_only):
    # guard: an "if" clause that is no ultimatum's condition keeps its act (conditional)
    found = triples("Ghana will cut aid to Togo if Togo attacks Benin.", rules_only)
    assert ("TGO", "BEN", "190") in found, found
