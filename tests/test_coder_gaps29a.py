"""Constructions of the rule coder from the twentieth round (gaps29a): a strike by workers is
a stoppage of work, resumed or paused arms exports and deliveries, an order that silences a
newspaper, fighting on, no longer tolerating. Rules alone (the learned detector off), real model; sentences
written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a strike by unarmed doers (workers, nurses, teachers, the opposition) is a stoppage of
    # work (143) against their own state, whatever verb stages it
    ("Dock workers staged a strike in Marseille on Tuesday.", ("FRALAB", "FRAGOV", "143")),
    ("Nurses in Kenya staged a three-day strike over unpaid wages.", ("KENHLH", "KENGOV", "143")),
    ("A strike by Nigerian teachers shut hundreds of schools.", ("NGAEDU", "NGAGOV", "143")),
    ("The Bolivian opposition called a strike in Cochabamba.", ("BOLOPP", "BOLGOV", "143")),
    # against someone named: that one stays the target
    ("Kenyan doctors launched a strike against the health ministry.", ("KENHLH", "KENGOV", "143")),
])
def test_strike_by_workers(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found
    assert not any(c.startswith("19") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # guards: a state's or an army's strike is still an attack (195)
    ("Israel carried out a strike on a weapons depot in Gaza.", ("ISR", "PSE", "195")),
    ("The Syrian army launched a strike on rebel positions near Idlib.", ("SYR", "SYR", "195")),
    ("A Russian strike on Kharkiv killed five people.", ("RUS", "UKR", "195")),
])
def test_military_strike_stays(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    assert not any(c == "143" for _, _, c in found), found


def test_untargeted_military_strike_not_coded(rules_only):
    # a strike by a state with no target named codes nothing (the notarget flag of the strike
    # row serves only unarmed doers)
    found = triples("The Pentagon defended the strike as lawful.", rules_only)
    assert not any(c.startswith("19") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # resuming an arms export, delivery or shipment codes the act (the noun is the light
    # verb's object): a sale abroad is military cooperation (062), a delivery military aid (072)
    ("Germany resumes arms exports to Saudi Arabia.", ("DEU", "SAU", "062")),
    ("Spain approved new weapons exports to Morocco.", ("ESP", "MAR", "062")),
    ("The United States resumed weapons deliveries to Ukraine.", ("USA", "UKR", "072")),
    ("Britain sent a shipment of arms to Kenya.", ("GBR", "KEN", "072")),
])
def test_resumed_arms_exports(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # halting, suspending or pausing them reduces relations (160) or aid (162); no 06/07
    ("Germany halted arms exports to Saudi Arabia.", ("DEU", "SAU", "160")),
    ("The United States paused weapons deliveries to Ukraine.", ("USA", "UKR", "160")),
    ("The United States paused military aid to Egypt.", ("USA", "EGY", "162")),
])
def test_paused_or_halted(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    assert not any(c[:2] in ("06", "07") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    # guards: exports of goods are no event; gas deliveries are not arms
    "China's exports to the United States rose by five percent.",
    "Norway increased gas deliveries to Poland.",
])
def test_other_exports_not_coded(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c in ("062", "072") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # an outlet ordered or forced to suspend its publication or broadcasts is restricted (172,
    # as "suspended the newspaper"): by whoever orders it, toward the outlet
    ("An Egyptian court ordered an opposition newspaper to suspend publication.", ("EGYJUD", "EGYMED", "172")),
    ("Venezuelan authorities forced the opposition newspaper to suspend its publication.",
     ("VENGOV", "VENMED", "172")),
])
def test_order_to_media(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # guards: an order to an outlet to do something else, or to someone who is no outlet, is
    # not a press restriction; nor is the one ordered to arrest the one arrested
    "An Egyptian court ordered the opposition newspaper to pay damages to the minister.",
    "An Iranian court ordered the government to release the journalist.",
    "Iranian officials ordered police to arrest the protesters.",
])
def test_other_orders(text, rules_only):
    found = codes(text, rules_only)
    assert not any(c.startswith("172") for _, _, c in found), found
    assert not any(t is not None and t.endswith("COP") for _, t, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # a vow to fight on, until something, or to the end, with no foe named: a threat of force
    # (1384) by the fighters, with no target
    ("Houthi rebels vowed to fight on.", ("YEM", None, "1384")),
    ("The Taliban swore to fight to the end.", ("AFG", None, "1384")),
    ("The Syrian rebels vowed to fight until the government falls.", ("SYR", None, "1384")),
])
def test_vowed_to_fight_on(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # guards: fighting a thing (corruption) is no use of force; nor is fighting with no foe and
    # no going on
    "The Iraqi government vowed to fight corruption.",
    "The Syrian rebels vowed to fight.",
])
def test_fight_no_threat(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] in ("13", "19") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # refusing to tolerate someone's act any longer is a threat (130) toward the one whose act
    # it is, stated now (not a negated or future act)
    ("Israel will no longer tolerate rocket attacks by Hamas.", ("ISR", "PSE", "130", "asserted")),
    ("Turkey won't tolerate Kurdish militants on its border.", ("TUR", "TUR", "130", "asserted")),
    ("China will never tolerate interference by the United States.", ("CHN", "USA", "130", "asserted")),
])
def test_will_not_tolerate(text, expected, rules_only):
    found = coded(text, rules_only)
    assert expected in found, found


def test_will_not_tolerate_rallies_is_no_rally(rules_only):
    # the rallies not tolerated are not held: only the threat codes
    found = triples("The Egyptian government said it would not tolerate rallies by the Muslim Brotherhood.",
                    rules_only)
    assert ("EGY", "EGY", "130") in found, found
    assert not any(c.startswith("14") for _, _, c in found), found


@pytest.mark.parametrize("text", [
    # guards: tolerating is no event
    "Israel has tolerated attacks by Hamas for years.",
    "The Egyptian police tolerated a protest by the Muslim Brotherhood.",
])
def test_tolerated_no_threat(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("13") for _, _, c in found), found
