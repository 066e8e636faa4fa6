"""Ultimatums and demands backed by a threat (twenty-fourth round, ult38): "told Iran to abandon its
programme or face consequences", "gave Hamas 48 hours to release the hostages or face a new
offensive" are a threat (13) by the one who demands to the one who must comply (coding/ultimatums.py):
139 where the demand is called an ultimatum or sets a time limit, else the threat of the penalty
named, else 130. The threat is made, asserted, or reported under another's saying verb (mod36).
Also a vow or threat of a reprisal against someone ("vowed revenge against Israel"). Rules alone
(the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded

pytestmark = pytest.mark.model


def threats(text, settings):
    return {(s, t, c, m) for s, t, c, m in coded(text, settings) if c.startswith("13")}


def pairs(text, settings):
    return {(s, t, c[:2]) for s, t, c, _ in coded(text, settings)}


@pytest.mark.parametrize("text, expected", [
    ("The United States told Iran to abandon its nuclear programme or face consequences.",
     ("USA", "IRN", "130", "asserted")),
    # the parser makes "face" a noun conjoined to the act's object
    ("The US said that Iran must halt enrichment or face consequences.", ("USA", "IRN", "130", "asserted")),
    # the penalty names an act the lexicon codes: its threat (163 sanctions -> 1312)
    ("Turkey demanded that Syria withdraw its troops or face sanctions.", ("TUR", "SYR", "1312", "asserted")),
    # a time limit makes it a final demand, an ultimatum (139)
    ("Israel gave Hamas 48 hours to release the hostages or face a new offensive.",
     ("ISR", "PSE", "139", "asserted")),
    ("The European Union told Hungary to comply with the ruling within two weeks or face daily fines.",
     ("EU", "HUN", "139", "asserted")),
    # passive, the one who demands named by "by"
    ("Iran was told by the United States to abandon its programme or face consequences.",
     ("USA", "IRN", "130", "asserted")),
    # each of the addressees
    ("The United States told Iran, Syria and Iraq to stop the attacks or face consequences.",
     ("USA", "IRQ", "130", "asserted")),
    # the demand told by others: reported (mod36)
    ("Officials said the United States told Iran to abandon its programme or face consequences.",
     ("USA", "IRN", "130", "reported")),
])
def test_a_demand_or_face_a_penalty_is_a_threat(text, expected, rules_only):
    assert expected in threats(text, rules_only)


def test_the_demand_stays_and_the_demanded_act_is_not_done(rules_only):
    found = pairs("Turkey demanded that Syria withdraw its troops or face sanctions.", rules_only)
    assert {("TUR", "SYR", "10"), ("TUR", "SYR", "13")} <= found  # a demand (PLOVER records), a threat (CAMEO)
    found = pairs("Israel gave Hamas 48 hours to release the hostages or face a new offensive.", rules_only)
    assert not {p for p in found if p[2] == "08"}  # no release was made


def test_an_ultimatum_given_to_someone(rules_only):
    # the one given it as the verb's dative (the row's target was only "to")
    assert ("ISR", "LBN", "139", "asserted") in threats("Israel gave Hezbollah an ultimatum to disarm.", rules_only)


def test_a_threatening_participle_beside_a_demand(rules_only):
    found = threats("Turkey demanded that Syria withdraw its troops, threatening sanctions.", rules_only)
    assert ("TUR", "SYR", "1312", "asserted") in found


@pytest.mark.parametrize("text, expected", [
    ("Iran vowed revenge against Israel.", ("IRN", "ISR", "138", "asserted")),
    ('Russia vows a "political, legal and asymmetric" response against the UK.', ("RUS", "GBR", "130", "asserted")),
    ("Hezbollah threatened retaliation against Israel.", ("LBN", "ISR", "138", "asserted")),
])
def test_a_vowed_reprisal_against_someone_is_a_threat(text, expected, rules_only):
    assert expected in threats(text, rules_only)


@pytest.mark.parametrize("text", [
    # a law's penalty: no actor issues it to another
    "Under the new law, foreign agents must register or face fines.",
    # people who face a fate, no one threatening them
    "Farmers in France say they must sell their land or face ruin.",
    # no demand made
    "Pakistan did not tell India to withdraw its troops or face war.",
    # a vow of a response to no one named
    "The president vowed a tough response.",
])
def test_no_threat_without_an_actor_threatening_another(text, rules_only):
    assert threats(text, rules_only) == set()
