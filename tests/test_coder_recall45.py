"""Recall on news, thirtieth round (recall45), rules alone with the real model (sentences
written for these tests): issuing visas eases a restriction only where it is begun again;
disarming another confiscates its weapons (1711), disarming oneself stays 0873; attributing a
harm to someone accuses them (112); finding a state in breach of an obligation (112, by a court
116); designating a state an ally (050); funding or donating for a people; denying a claim
answers whoever made it; rejecting an election's results with no one named (120 toward the own
state)."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, triple", [
    ("Russia will begin issuing visas to Georgian citizens.", ("RUS", "GEO", "081")),
    ("China began to issue tourist visas to Japanese nationals again.", ("CHN", "JPN", "081")),
    ("The United States will resume issuing visas to Russian citizens.", ("USA", "RUS", "081")),
])
def test_issuing_visas_begun_again_eases_a_restriction(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text", [
    "The Russian embassy in Kabul issued visas to 2,000 Afghan students last year.",
    "The French consulate issues visas to Algerian citizens every day.",
])
def test_routine_issuing_of_visas_codes_no_easing(text, rules_only):
    found = codes(text, rules_only)
    assert all(c != "081" for _, _, c in found), found


@pytest.mark.parametrize("text, triple", [
    ("The Lebanese army disarmed Hezbollah.", ("LBN", "LBN", "1711")),
    ("Colombian troops disarmed FARC fighters near the border with Venezuela.", ("COL", "COL", "1711")),
])
def test_disarming_another_confiscates_its_weapons(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found
    assert all(c != "0873" for _, _, c in found), found


@pytest.mark.parametrize("text, code", [
    ("Hezbollah refused to disarm.", "1246"),
    ("The FARC rebels agreed to disarm.", "0356"),
])
def test_disarming_oneself_under_a_frame_stays(text, code, rules_only):
    found = codes(text, rules_only)
    assert any(c == code for _, _, c in found), found


@pytest.mark.parametrize("text, triple", [
    ("Israel attributed the rocket fire to Hezbollah.", ("ISR", "LBN", "112")),
    ("Poland attributed the sabotage to Russia.", ("POL", "RUS", "112")),
    ("Slovakia attributes the Druzhba disruption to Ukraine.", ("SVK", "UKR", "112")),
    ("Estonia ascribed the cable damage to China.", ("EST", "CHN", "112")),
])
def test_attributing_a_harm_accuses(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    ("The IAEA Board of Governors finds Iran in breach of its non-proliferation obligations.",
     ("IAEA", "IRN", "112")),
    ("The European Court of Human Rights found Russia in violation of the convention.", ("ECHR", "RUS", "116")),
])
def test_finding_a_state_in_breach_accuses_it(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    ("Trump designates Qatar a major non-NATO ally.", ("USA", "QAT", "050")),
    ("The United States designated Kenya as a major non-NATO ally.", ("USA", "KEN", "050")),
])
def test_designating_an_ally(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


def test_designating_a_terrorist_group_stays_a_restriction(rules_only):
    found = triples("The United States designated the Houthis a terrorist organisation.", rules_only)
    assert ("USA", "YEM", "172") in found, found


@pytest.mark.parametrize("text, triple", [
    ("Japan funded a new bridge for Laos.", ("JPN", "LAO", "071")),
    ("Ramaphosa denied the claim by Trump.", ("ZAF", "USA", "016")),
    ("Russia denied the accusations by Ukraine.", ("RUS", "UKR", "016")),
])
def test_funding_for_a_people_and_denying_a_claim_by(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, code", [
    # guards: no harm attributed; no actor found in breach; a place designated
    ("The minister attributed the rise in prices to inflation in Kenya.", "112"),
    ("Kenyan police found the suspect in a house in Nairobi.", "112"),
    ("Israel designated the area near Gaza a closed military zone.", "050"),
])
def test_words_that_stay_uncoded(text, code, rules_only):
    found = codes(text, rules_only)
    assert all(c != code for _, _, c in found), found


@pytest.mark.parametrize("text, triple", [
    ("Kenya's opposition rejected the election results.", ("KEN", "KEN", "120")),
    ("Ugandan opposition leader Bobi Wine rejected the results of the presidential election.", ("UGA", "UGA", "120")),
    # a named target stays the target
    ("The United States rejected the results of the Venezuelan election.", ("USA", "VEN", "120")),
])
def test_rejecting_election_results(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found
