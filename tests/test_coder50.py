"""Coder fixes of the coder50 round: acts of force reported as done with no target named code
with their doer alone; "fighting with/for/on the side of X" makes X an ally, not the target;
self-harm has no target. Rules alone (the learned detector off), real model; sentences written
for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source", [
    ("Israel carried out strikes overnight.", "ISR"),
    ("Russia launched a massive missile attack overnight.", "RUS"),
    ("Ten people were killed in Russian missile strikes.", "RUS"),
    ("Fifteen civilians were injured in a nighttime Russian drone and missile attack.", "RUS"),
])
def test_force_done_with_no_target_codes_the_doer(text, source, rules_only):
    # GUIDE.md section 1: a target may be absent; the attacker is named
    found = triples(text, rules_only)
    assert any(s == source and t is None and c[:2] == "19" for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "Israel justified the strike.",  # only named, not reported as done
    "Israeli strikes have targeted medical facilities.",  # a site is someone's: its owner unknown
    "Over 330 children have been killed in Sudan's civil war.",  # a war is no one act
])
def test_force_not_done_or_on_a_site_codes_no_untargeted_event(text, rules_only):
    found = triples(text, rules_only)
    assert not any(t is None and c[:2] in ("18", "19") for _, t, c in found), found


@pytest.mark.parametrize("text, ally", [
    ("A court in Russian-occupied Donetsk sentences two Colombians to 13 years in prison for fighting with"
     " Ukraine's armed forces.", "UKR"),
    ("North Korean soldiers are fighting for Russia in the Kursk region.", "RUS"),
    ("Georgian volunteers are fighting on the side of Ukraine against Russia.", "UKR"),
])
def test_fighting_for_or_on_the_side_of_an_ally_is_not_against_it(text, ally, rules_only):
    found = triples(text, rules_only)
    assert not any(t == ally and c[:2] == "19" for _, t, c in found), found


def test_fight_against_beside_the_ally_is_the_target(rules_only):
    found = triples("Georgian volunteers are fighting on the side of Ukraine against Russia.", rules_only)
    assert ("GEO", "RUS", "190") in found, found


def test_fighting_with_a_foe_stays_the_target(rules_only):
    # guard: a plain "with" of a fight (no charge) is whom the fight is with
    found = triples("Ukrainian troops are fighting with Russian forces near Bakhmut.", rules_only)
    assert any(s == "UKR" and t == "RUS" and c[:2] == "19" for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "An Israeli soldier killed himself in Gaza.",
    "A Russian soldier shot himself in Ukraine.",
])
def test_self_harm_is_on_no_one(text, rules_only):
    # not on the state of the place where it happened, nor on the doer
    found = triples(text, rules_only)
    assert not any(c[:2] in ("18", "19") and t is not None for _, t, c in found), found


def test_act_a_court_sentences_for_is_its_finding(rules_only):
    # GUIDE.md section 4: attributed to a described source (the court): reported
    text = "A Kyiv court sentenced two Russian soldiers for killing Ukrainian civilians."
    found = [(s, t, c, m) for s, t, c, m in coded(text, rules_only) if s == "RUS" and t == "UKR"]
    assert found and all(m == "reported" for *_, m in found), coded(text, rules_only)
    # the sentence itself is the court's act, stated as fact
    assert ("UKR", "RUS", "173", "asserted") in coded(text, rules_only)


def test_them_acted_on_is_the_people_last_acted_on(rules_only):
    # "them" as the object of force: the people the last act of coercion was on, not nothing
    found = triples("Iranian police arrested three British tourists in Tehran. Iranian guards later attacked them.",
                    rules_only)
    assert any(s == "IRN" and t == "GBR" and c[:2] in ("18", "19") for s, t, c in found), found
