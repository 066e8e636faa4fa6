"""Constructions added by the lead in the fourteenth round: courts' findings and annulments
(CAMEO 116 by a court, the PLOVER manual's SANCTION convict), verdicts of guilty and not
guilty, and the judiciary's forms. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # by a court: 116
    ("Kenya's High Court ruled the government's decision unlawful.", "KENJUD", "KENGOV", "116"),
    # no actor of the act named: the court's own state
    ("Kenya's High Court ruled that the deployment of police to Haiti was unconstitutional.", "KENJUD", "KENGOV",
     "116"),
    ("South Africa's Constitutional Court struck down the law.", "ZAFJUD", "ZAFGOV", "116"),
    ("Romania's Constitutional Court annulled the presidential election.", "ROUJUD", "ROUGOV", "116"),
    ("The ICJ found Serbia responsible for failing to prevent genocide.", "ICJ", "SRB", "116"),
    # not a court: the same finding keeps its code, a criticism or an accusation
    # (prec42) a veto overturned is the veto rejected, 120, as the veto itself is 129 (train gold)
    ("The Polish parliament overturned the president's veto.", "POLLEG", "POLGOV", "120"),
    ("UN investigators found the Ethiopian army responsible for the massacre.", "UN", "ETHMIL", "112"),
])
def test_a_finding_against_an_act_is_116_by_a_court(text, source, target, code, rules_only):
    found = codes(text, rules_only)
    assert (source, target, code) in found, found


@pytest.mark.parametrize("text", [
    "Protesters overturned cars in Nairobi.",  # no institution
    "The striker struck down the ball.",
])
def test_annulling_needs_an_institution(text, rules_only):
    assert not triples(text, rules_only)


@pytest.mark.parametrize("text, code", [
    ("A Paris court found the former French minister guilty of fraud.", "173"),
    ("A Paris court found the former French minister not guilty of fraud.", "0841"),
])
def test_a_verdict_convicts_or_acquits(text, code, rules_only):
    found = codes(text, rules_only)
    assert [c for s, _, c in found if s == "FRAJUD"] == [code], found


@pytest.mark.parametrize("text", [
    "The Court of Appeal in Britain rejected the government's bid on Tuesday.",
    "Britain's Court of Appeal rejected the government's bid on Tuesday.",
])
def test_a_court_of_appeal_is_the_judiciary(text, rules_only):
    found = codes(text, rules_only)
    assert ("GBRJUD", "GBRGOV", "120") in found, found


@pytest.mark.parametrize("text", [
    "Argentine citizens can enter China without a visa.",
    "Thousands of migrants entered Poland from Belarus.",
])
def test_people_entering_a_country_occupy_nothing(text, rules_only):
    assert not any(c.startswith("19") for _, _, c in triples(text, rules_only)), triples(text, rules_only)


def test_troops_entering_a_country_occupy_it(rules_only):
    assert ("RUS", "UKR", "192") in triples("Russian troops entered Ukraine.", rules_only)
