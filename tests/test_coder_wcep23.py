"""Constructions of the rule coder from the seventeenth round on WCEP-style news summaries
(recall on train-wcep). Rules alone (the learned detector off), real model; sentences
written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # the parser hangs a headline's subject on its present-tense verb as a modifier
    # (compound, amod, nmod): the noun phrase right before the verb is its subject again
    ("The United States military launches missile strikes on Iran's Kharg Island.", ("USA", "IRN", "19")),
    ("Burkina Faso severs diplomatic ties with Ivory Coast.", ("BFA", "CIV", "16")),
    ("Guinean president Mamadi Doumbouya pardons former junta leader Moussa Dadis Camara.", ("GIN", "GIN", "08")),
])
def test_a_subject_read_as_the_verbs_modifier(text, expected, rules_only):
    found = {(s, t, c[:2]) for s, t, c in triples(text, rules_only)}
    assert expected in found, found


def test_a_modifier_that_names_no_actor_is_left(rules_only):
    found = triples("Tropical Storm Mara forms in the Pacific, killing four people in the Philippines.", rules_only)
    assert not any(c[:2] in ("18", "19") for _, _, c in found), found


def test_a_vetoed_bill_is_rejected_at_home(rules_only):
    found = triples("Slovak president Peter Pellegrini vetoes a bill on public broadcasting.", rules_only)
    assert ("SVK", "SVK", "129") in found, found


def test_a_vetoed_resolution_is_no_domestic_act(rules_only):
    found = triples("China vetoed the Security Council resolution on Myanmar.", rules_only)
    assert not any(s == t == "CHN" for s, t, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # withdrawing an ambassador is recalling him: relations reduced (161), not troops pulled back
    ("Chile withdraws its ambassador to Argentina over the border dispute.", ("CHL", "ARG", "161")),
    ("Mali withdrew its ambassador from Algeria.", ("MLI", "DZA", "161")),
])
def test_a_withdrawn_ambassador(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_withdrawn_troops_are_still_a_military_withdrawal(rules_only):
    found = triples("Chile withdraws its troops from Haiti.", rules_only)
    assert ("CHL", "HTI", "087") in found, found


@pytest.mark.parametrize("text, expected", [
    # "Chinese-made", "Russian-owned": the name before the hyphen owns the noun, as "Chinese" does
    ("Lithuania bans Chinese-made surveillance cameras from its ministries.", ("LTU", "CHN")),
    ("Finland seizes a Russian-owned tanker in the Gulf of Finland.", ("FIN", "RUS")),
])
def test_a_maker_compound_names_the_owner(text, expected, rules_only):
    found = {(s, t) for s, t, _ in triples(text, rules_only)}
    assert expected in found, found


def test_a_backer_compound_is_no_owner(rules_only):
    found = triples("Israeli jets strike Iran-backed militias in Syria.", rules_only)
    assert not any(t == "IRN" for _, t, _ in found), found


def test_visa_restrictions_on_officials_are_a_sanction(rules_only):
    found = triples("Canada announces visa restrictions on Nicaraguan officials.", rules_only)
    assert ("CAN", "NIC", "163") in found, found


def test_restrictions_on_a_domestic_activity_are_no_sanction(rules_only):
    found = triples("Cuba announces new restrictions on protests in Havana.", rules_only)
    assert not any(c == "163" for _, _, c in found), found
