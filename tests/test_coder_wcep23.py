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
