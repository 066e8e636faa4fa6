"""Constructions of the rule coder from the seventeenth round on WCEP-style news summaries
(recall on train-wcep, second part): acts of office at home, assaults by civilians. Rules
alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a body confirms or approves someone "as" an office-holder: it endorses them, at home
    ("The US Senate confirmed Pete Hegseth as defense secretary.", ("USA", "USA", "051")),
    ("The Polish parliament approved Donald Tusk as prime minister.", ("POL", "POL", "051")),
    ("Pete Hegseth is confirmed as defense secretary by the US Senate.", ("USA", "USA", "051")),
])
def test_a_body_confirms_an_office_holder(text, expected, rules_only):
    assert expected in triples(text, rules_only)


@pytest.mark.parametrize("text", [
    "Iran confirms the attack on its embassy in Kabul.",  # a speech verb: no office named "as"
    "The Kenyan government confirmed the death of the defence minister.",  # the office, not "as"
])
def test_confirming_what_happened_is_no_endorsement(text, rules_only):
    assert not any(c == "051" for _, _, c in triples(text, rules_only))


@pytest.mark.parametrize("text, expected", [
    # dismissing, firing, sacking or removing an office-holder: an administrative sanction
    ("The Ugandan president dismissed the army chief on Friday.", ("UGA", "UGA", "172")),
    ("Kenya's president sacked the interior minister on Monday.", ("KEN", "KEN", "172")),
    ("The Thai Constitutional Court removes the prime minister from office.", ("THA", "THA", "172")),
    ("South Korea's parliament impeached the president on Saturday.", ("KOR", "KOR", "173")),
])
def test_an_office_holder_is_dismissed_at_home(text, expected, rules_only):
    assert expected in triples(text, rules_only)


@pytest.mark.parametrize("text", [
    "The US removes Syria from its list of state sponsors of terrorism.",  # no office-holder
    "The Israeli army removed its troops from the border.",
    "Kenya dismissed the Ugandan claims.",  # still a rejection
])
def test_removing_no_office_holder_is_no_sanction_at_home(text, rules_only):
    assert not any(c == "172" for _, _, c in triples(text, rules_only))


@pytest.mark.parametrize("text, expected", [
    # civilians who attack (settlers, a mob) assault, whatever they attack: CAMEO 18
    ("Israeli settlers attacked Palestinian farmers near Nablus.", ("ISR", "PSE", "18")),
    ("A mob attacked Indian students in Kyrgyzstan.", ("KGZ", "IND", "18")),
])
def test_civilians_who_attack_assault(text, expected, rules_only):
    found = {(s, t, c[:2]) for s, t, c in triples(text, rules_only)}
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Israeli soldiers attacked Palestinian positions near Nablus.",  # an armed force fights
    "Israel attacked Gaza on Tuesday.",  # a state named as a whole
])
def test_armed_forces_and_states_still_fight(text, rules_only):
    found = {c[:2] for _, _, c in triples(text, rules_only)}
    assert "19" in found and "18" not in found, found


@pytest.mark.parametrize("text, expected", [
    # an armed force's evacuation order for someone else's ground warns of an attack (1384)
    ("The Israeli army issued an evacuation order for villages in southern Lebanon.", ("ISR", "LBN", "1384")),
    ("The Israeli military ordered the evacuation of northern Gaza.", ("ISR", "PSE", "1384")),
])
def test_an_armed_forces_evacuation_order_threatens(text, expected, rules_only):
    assert expected in triples(text, rules_only)


@pytest.mark.parametrize("text", [
    "The Philippine government issued evacuation orders in Manila as the typhoon approached.",
    "Chinese authorities ordered the evacuation of villages in Guangdong province.",
])
def test_a_governments_evacuation_order_before_a_storm_is_no_threat(text, rules_only):
    assert not any(c[:2] == "13" for _, _, c in triples(text, rules_only))


@pytest.mark.parametrize("text, expected", [
    # a court that sentences or jails people the text gives no country: its own state's people
    ("A Chilean court sentenced three former executives to ten years in prison.", ("CHL", "CHL", "173")),
    ("The Kenyan government jailed two activists.", ("KEN", "KEN", "173")),
    # a foreigner named as such is still the target
    ("A Russian court sentenced an American journalist to six years in prison.", ("RUS", "USA", "173")),
])
def test_a_court_sentences_at_home(text, expected, rules_only):
    assert expected in triples(text, rules_only)


def test_what_someone_is_sentenced_for_is_not_the_courts_act(rules_only):
    # the one sentenced misread as a modifier of the verb: the court did not enter the country
    found = triples("A court in Ukraine sentences former president Viktor Yanukovych to four and a half years"
                    " in prison for illegally crossing the border in 2022.", rules_only)
    assert found == {("UKR", "UKR", "173")}, found


def test_a_parliament_that_criminalises_restricts_at_home(rules_only):
    assert ("UGA", "UGA", "172") in triples("The Ugandan parliament criminalised homosexuality.", rules_only)


def test_criminalising_is_done_by_a_body_not_by_a_people(rules_only):
    found = triples("Ugandan activists say the law criminalises their work.", rules_only)
    assert not any(c == "172" for _, _, c in found), found


def test_a_revoked_honour_is_a_sanction(rules_only):
    assert ("RUS", "GBR", "172") in triples("Russia revokes the knighthood of a British diplomat.", rules_only)


def test_ending_protected_status_is_a_sanction_on_that_people(rules_only):
    found = triples("The Trump administration revokes TPS for 350,000 Venezuelans.", rules_only)
    assert ("USA", "VEN", "172") in found, found


def test_ending_a_status_of_ones_own_is_no_sanction(rules_only):
    assert not any(c == "172" for _, _, c in triples("Finland ends its neutral status.", rules_only))


@pytest.mark.parametrize("text", [
    "Gunmen fired at the district governor in Kandahar, Afghanistan.",  # firing at is no sacking
    "The Kenyan government dismissed the claims of the Ugandan minister.",  # the minister's claims
])
def test_an_office_holder_shot_at_or_rebuffed_is_not_dismissed(text, rules_only):
    assert not any(c == "172" for _, _, c in triples(text, rules_only))
