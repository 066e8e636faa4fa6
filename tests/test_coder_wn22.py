"""Constructions added in the sixteenth round (wn22): an act noun named again ("the
shooting", "the attack") stands for whoever did the last act of its kind the document told;
the conjoined adjectives of a predicate or of a noun's modifier meet a row's object condition.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, root", [
    # an act noun with "the" refers back to the last act of its kind, by its doer
    ("A Russian gunman shot five people in Kyiv. Ukrainian police are investigating the shooting.",
     "UKR", "RUS", "09"),
    ("Hamas fired rockets at Israel on Monday. The United Nations spoke out against the attack.",
     "UN", "PSE", "11"),
    # a doer implied by the place ("a gunman" in Texas) is the act's doer still
    ("On Sunday, a gunman shot four people at a bar in Denver, Colorado. The FBI is investigating the shooting.",
     "USA", "USA", "09"),
    # roots 18-20 are one kind: an assault told, "the attack" named again
    ("Russian troops shelled Kharkiv overnight. Germany condemned the attack.", "DEU", "RUS", "11"),
])
def test_an_act_named_again_stands_for_its_doer(text, source, target, root, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c[:2] == root for s, t, c, _ in found), found


@pytest.mark.parametrize("text, source, wrong", [
    # no act of that kind told before: no target (slots20), not the last actor
    ("Iran expelled two German diplomats. Spain condemned the attack on the Israeli embassy.", "ESP", "IRN"),
    # an act noun with a doer of its own keeps it
    ("Russian troops shelled Kharkiv. Germany condemned a shelling by Ukraine.", "DEU", "RUS"),
    # "an attack" is no act named again
    ("Russian troops shelled Kharkiv. Germany warned of an attack on Poland.", "DEU", "RUS"),
])
def test_an_act_noun_refers_back_only_to_its_own_kind(text, source, wrong, rules_only):
    found = coded(text, rules_only)
    assert not any(s == source and t == wrong for s, t, _, _ in found), found


@pytest.mark.parametrize("text, code", [
    # each adjective of a list is read: the row's word may come last
    ("Israel called the American order swift, forceful and decisive.", "051"),
    ("Spain called the American decision necessary and brave.", "051"),
    ("Spain called the American decision unjust and illegal.", "111"),
])
def test_conjoined_adjectives_meet_the_condition(text, code, rules_only):
    found = coded(text, rules_only)
    assert any(c == code and t == "USA" for _, t, c, _ in found), found


@pytest.mark.parametrize("text", [
    # a negated conjunct says what the act is not
    "Spain called the American decision hasty and not decisive.",
    # adjectives none of which a row names
    "Spain called the American decision swift and unexpected.",
])
def test_other_adjective_lists_do_not_praise(text, rules_only):
    found = coded(text, rules_only)
    assert not any(c == "051" for _, _, c, _ in found), found
