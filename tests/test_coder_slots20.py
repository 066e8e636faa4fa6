"""Targets of responses to acts (sixteenth round, slots20): condemning, criticising, praising
or welcoming an act told by its noun is aimed at whoever did the act, never at whom the act
was done to; with no doer named the response has no target (GUIDE.md section 1), and a
protest no one is named for is by the people of the place. Welcoming an act ("welcomed the
ceasefire") endorses it (051), it hosts no one. Rules alone (the learned detector off), real
model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, victim", [
    # the act's doer is unnamed: the response has no target, not the one the act was done to
    ("Norway denounced the missile attack on Kuwait.", "NOR", "KWT"),
    ("Mexico condemned the bombing near the Colombian consulate.", "MEX", "COL"),
    ("Sweden criticised the shelling of Ukrainian towns.", "SWE", "UKR"),
])
def test_a_response_to_an_act_of_no_named_doer_has_no_target(text, source, victim, rules_only):
    found = triples(text, rules_only)
    assert (source, None, "111") in found, found
    assert not any(s == source and t == victim for s, t, _ in found), found


@pytest.mark.parametrize("text, source, doer, root", [
    # the doer named as possessor, by "by" (also hung on the verb), or as the act's modifier
    ("Norway denounced Iran's missile attack on Kuwait.", "NOR", "IRN", "11"),
    ("Portugal condemned the raid on the Brazilian embassy by Venezuelan police.", "PRT", "VEN", "11"),
    ("Austria condemned the attack on Israel by Hamas.", "AUT", "PSE", "11"),
    ("Jordan welcomed the release of the hostages by Hamas.", "JOR", "PSE", "05"),
    # a protest, a riot no one is named for: the people of the place
    ("The Kenyan president condemned the riots in Nairobi.", "KEN", "KEN", "11"),
])
def test_a_response_to_an_act_targets_its_doer(text, source, doer, root, rules_only):
    found = triples(text, rules_only)
    assert any((s, t, c[:2]) == (source, doer, root) for s, t, c in found), found


@pytest.mark.parametrize("text, source, target, root", [
    # guards: whom the response names is its target; a rejection of an act is aimed where
    # that act is (AIMED_ACT_ROOTS), as before
    ("Mexico condemned Colombia over the bombing of the consulate.", "MEX", "COL", "11"),
    ("Hungary rejected the new sanctions on Russia.", "HUN", "RUS", "12"),
])
def test_a_named_target_of_a_response_stays(text, source, target, root, rules_only):
    found = triples(text, rules_only)
    assert any((s, t, c[:2]) == (source, target, root) for s, t, c in found), found


def test_welcoming_an_agreement_endorses_its_parties(rules_only):
    found = triples("Ghana welcomed the peace deal between Sudan and South Sudan.", rules_only)
    assert {("GHA", "SDN", "051"), ("GHA", "SSD", "051")} <= found, found
    assert ("SDN", "SSD", "057") in found or ("SSD", "SDN", "057") in found, found  # the deal itself
    assert not any(s == "GHA" and c == "043" for s, _, c in found), found  # nobody was hosted


def test_welcoming_an_act_of_no_named_doer_endorses_it_with_no_target(rules_only):
    found = triples("Brazil welcomed the truce.", rules_only)
    assert ("BRA", None, "051") in found, found


def test_welcoming_people_still_hosts_them(rules_only):
    found = triples("Spain welcomed the Moroccan king to Madrid.", rules_only)
    assert ("ESP", "MAR", "043") in found, found
    assert not any(c == "051" for _, _, c in found), found
