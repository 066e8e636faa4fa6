"""Constructions of the rule coder from the eleventh round on PLOVER-style news: threats
stated as their actor's own future hostile acts, refusals of what someone asked or
offered, and demonstrations that are not diplomatic complaints. Rules alone (the
learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # the actor says it will do a hostile act: its threat (CAMEO 13), sub-coded by the act
    ("Kenyan farmers said they would blockade Nairobi from Monday.", "KEN", "KEN", "1381"),
    ("NATO confirmed on Monday it would tighten the naval blockade of Libya.", "NATO", "LBY", "1381"),
    # ready, willing or prepared to do a hostile act is a threat as well
    ("The Iraqi government said it is prepared to impose martial law in Baghdad.", "IRQ", "IRQ", "132"),
    ("Ethiopia is ready to attack Eritrean positions.", "ETH", "ERI", "1384"),
])
def test_an_actors_own_future_hostile_act_is_a_threat(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


@pytest.mark.parametrize("text, source, target, root", [
    # the writer's future, or someone else's claim of it, keeps the act
    ("Turkey will impose sanctions on Syria.", "TUR", "SYR", "16"),
    ("Officials said Israel would strike Iranian nuclear sites.", "ISR", "IRN", "19"),
    # cutting relations that the actor announces is its decision, coded as the cut
    ("Israel announced it will cut ties with Ireland.", "ISR", "IRL", "16"),
])
def test_other_future_hostile_acts_keep_their_code(text, source, target, root, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c[:2] == root and m == "future" for s, t, c, m in found), found
    assert not any(c[:2] == "13" for _, _, c, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    # a refusal of a call, appeal or offer "by" or "from" someone rejects them
    ("Paris rejected recent calls by Algeria's rulers for immediate financial aid.", "FRA", "DZA"),
    ("Chilean rebels dismissed an appeal from President Boric to lay down their arms.", "CHL", "CHL"),
    ("The Indian prime minister rejected a new offer from Pakistan for direct talks.", "IND", "PAK"),
])
def test_rejecting_what_someone_put_forward_rejects_them(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert (source, target, "120") in found, found


def test_a_rally_is_not_an_official_complaint(rules_only):
    # a party's rally against a leader is a demonstration (141); a government's protest
    # stays an official complaint (114)
    rally = triples("Members of the ruling Kenyan party staged rallies against the Kenyan president.", rules_only)
    assert not any(c == "114" for _, _, c in rally), rally
    complaint = triples("The Kenyan government protested against the Ugandan raid.", rules_only)
    assert ("KEN", "UGA", "114") in complaint, complaint


def test_mobilising_reservists_is_a_mobilisation(rules_only):
    found = triples("Poland mobilized thousands of reservists against Belarus.", rules_only)
    assert ("POL", "BLR", "154") in found, found
