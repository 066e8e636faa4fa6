"""Constructions of the rule coder from the tenth round on PLOVER-style news: threats
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


@pytest.mark.parametrize("text, source, target, code", [
    # a grant is aid; the one given a noun of aid ("gave Kenya a loan") is its target
    ("Norway will give Ghana a grant of 300 million dollars over the next four years.", "NOR", "GHA", "033"),
    ("Japan gave Kenya a loan.", "JPN", "KEN", "071"),
])
def test_aid_given_to_a_dative(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_a_mediator_is_not_a_party_to_the_talks(rules_only):
    # the agent of "mediated", "brokered", "hosted" is a third party, not the talks' source
    found = triples("Ethiopia and Eritrea held talks in Doha mediated by Qatar.", rules_only)
    assert ("ETH", "ERI", "040") in found or ("ERI", "ETH", "040") in found, found
    assert not any("QAT" in (s, t) and c == "040" for s, t, c in found), found


def test_agreeing_to_someone_elses_mediation_accepts_it(rules_only):
    found = triples("Sudan has agreed to Egyptian mediation in its talks with the rebels.", rules_only)
    assert ("SDN", "EGY", "038") in found, found
    assert not any(s == "EGY" and c == "039" for s, t, c in found), found
    # one's own mediation stays an intent to mediate
    own = triples("Egypt agreed to mediate between Sudan and South Sudan.", rules_only)
    assert ("EGY", "SDN", "039") in own, own


def test_what_was_imposed_and_is_now_lifted_is_not_coded(rules_only):
    # a passive relative clause on what a reversal verb undoes, as a participle there
    found = triples("Sudan's government lifted a state of emergency in Darfur that was imposed six months ago.",
                    rules_only)
    assert ("SDN", "SDN", "081") in found, found
    assert not any(c.startswith("172") for _, _, c in found), found


@pytest.mark.parametrize("text, kept, dropped", [
    # a place in the subject of a verb of saying places the speakers, not the people acted on
    ("Burmese troops captured a rebel camp and arrested twenty people, officials in Bangkok said.",
     ("MMR", "MMR", "173"), "THA"),
    ("Ugandan rebels killed about 20 people in a raid, relief officials in Nairobi said.", None, "KEN"),
])
def test_the_speakers_place_does_not_place_the_event(text, kept, dropped, rules_only):
    found = triples(text, rules_only)
    assert kept is None or kept in found, found
    assert not any(t == dropped for _, t, _ in found), found


def test_an_organisation_does_not_act_on_itself(rules_only):
    found = triples("Eighty UN peacekeepers were withdrawn from the town, leaving just 100 UN troops there.",
                    rules_only)
    assert not any(s == t == "UN" for s, t, _ in found), found
    pair = triples("NATO and the EU held talks in Brussels.", rules_only)
    assert ("NATO", "EU", "040") in pair or ("EU", "NATO", "040") in pair, pair
