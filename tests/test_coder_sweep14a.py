"""Everyday news on cooperation and verbal conflict (CAMEO roots 01-13) that the sweep of
the eleventh round found miscoded. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # a that-clause of the speaker's own future act frames it as an infinitive would
    ("Seoul warned that it would suspend the military agreement with Pyongyang.", "KOR", "PRK", "131"),
    ("Iran threatened that it would attack Israel.", "IRN", "ISR", "1384"),
    # retaliating against someone is an attack; vowing to do so a threat
    ("The Thai prime minister vowed to retaliate against Cambodia.", "THA", "KHM", "1384"),
])
def test_a_threat_of_the_speakers_own_act(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert (source, target, code, "asserted") in found, found
    assert not any(c[:2] in ("16", "19") for _, _, c, _ in found), found


def test_a_forecast_about_someone_else_is_no_threat_of_the_speaker(rules_only):
    found = coded("The United States warned that Iran would attack Israel.", rules_only)
    assert ("IRN", "ISR", "190", "future") in found, found


def test_a_conditional_threat_is_a_threat_made(rules_only):
    # the threat has been made; "if provoked" is its content, not the threat's condition
    # (GUIDE.md section 4): asserted, not conditional (mod36)
    found = coded("Iran threatened that it would attack Israel if provoked.", rules_only)
    assert ("IRN", "ISR", "1384", "asserted") in found, found


def test_retaliating_is_an_attack(rules_only):
    assert ("IRN", "ISR", "190") in triples("Iran retaliated against Israel on Saturday.", rules_only)


@pytest.mark.parametrize("text, source, target, code", [
    ("The European Union announced 50 million euros in humanitarian aid for Gaza.", "EU", "PSE", "073"),
    ("Japan announced $20 million in economic assistance to Sri Lanka.", "JPN", "LKA", "071"),
    ("The IMF agreed a $1.2 billion bailout for Egypt.", "IMF", "EGY", "071"),
    ("The World Bank approved a new loan for Kenya.", "WB", "KEN", "071"),
])
def test_aid_by_its_kind(text, source, target, code, rules_only):
    assert (source, target, code) in triples(text, rules_only)


@pytest.mark.parametrize("text, source, target", [
    ("Singapore voiced concern over Israel's settlement expansion.", "SGP", "ISR"),
    ("Japan expressed concern at China's military buildup.", "JPN", "CHN"),
])
def test_concern_over_an_act_is_disapproval(text, source, target, rules_only):
    assert (source, target, "111") in triples(text, rules_only)


def test_the_concerned_state_did_not_do_what_it_is_concerned_about(rules_only):
    # the arrest is not Italy's
    found = triples("Italy expressed concern over the arrest of its journalist in Iran.", rules_only)
    assert not any(s == "ITA" and c.startswith("17") for s, _, c in found), found


def test_a_denied_report_tells_what_did_not_happen(rules_only):
    found = coded("The Kremlin denied reports that Putin would meet Zelensky.", rules_only)
    assert ("RUS", "UKR", "040", "negated") in found, found
    assert not any(c[:2] == "04" and m != "negated" for _, _, c, m in found), found


@pytest.mark.parametrize("text, source, target, code", [
    ("Ghana hit back at Nigeria over the border closure.", "GHA", "NGA", "111"),
    ("The Chinese foreign ministry reprimanded the British ambassador.", "CHN", "GBR", "111"),
    ("Guyana filed a complaint against Venezuela with the UN Security Council.", "GUY", "VEN", "114"),
    ("Mexico's president extended condolences to Turkey after the earthquake.", "MEX", "TUR", "018"),
    ("The Indonesian president snubbed the Australian prime minister.", "IDN", "AUS", "120"),
    ("The Hungarian foreign minister sided with Russia at the meeting.", "HUN", "RUS", "051"),
])
def test_everyday_verbs_of_statement_support_and_disapproval(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found
    assert not any(c[:2] in ("04", "19") for _, _, c in found), found  # no strike, no meeting


def test_hitting_a_target_stays_an_attack(rules_only):
    assert ("ISR", "LBN", "190") in triples("Israeli jets hit targets in southern Lebanon.", rules_only)


def test_talks_someone_offers_to_host_are_not_yet_held(rules_only):
    found = coded("Switzerland offered to host talks between Russia and Ukraine.", rules_only)
    assert any({s, t} == {"RUS", "UKR"} and c[:2] == "04" for s, t, c, _ in found), found
    assert all(m == "future" for s, t, c, m in found if c[:2] == "04"), found
