"""Actor kinds left by names38 (twenty-fourth round, names39): companies named by a company
word, BUS of the state the text ties them to, and a party's legislators named by their chamber
(LEG). Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, source_codes, target_codes

pytestmark = pytest.mark.model

DATE = "2025-05-02"


@pytest.mark.parametrize("text, code", [
    # a state just before the name: possessive, adjective, adjective and nouns
    ("The United States sanctioned China's Halcyon Group on Tuesday.", "CHNBUS"),
    ("Ukraine sanctioned the Chinese firm Vantor Electronics Ltd on Tuesday.", "CHNBUS"),
    ("Japan sanctioned South Korea's Daeho Shipping Corp on Tuesday.", "KORBUS"),
    ("France sanctioned Russian Orlov Holdings on Tuesday.", "RUSBUS"),
    # a state inside the name
    ("Iran seized a tanker of Greek Aegean Holdings on Tuesday.", "GRCBUS"),
])
def test_a_named_company_is_business_of_the_state_the_text_ties_it_to(text, code, rules_only):
    assert code in target_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


def test_an_airline_named_after_its_state_is_business(rules_only):
    text = "Kuwait Airways suspended flights to Baghdad on Tuesday."
    assert "KWTBUS" in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, code", [
    ("Senate Democrats criticised the Trump administration on Tuesday.", "USALEG"),
    ("House Republicans accused the Biden administration of corruption on Tuesday.", "USALEG"),
])
def test_a_party_named_by_its_chamber_is_the_legislature(text, code, rules_only):
    assert code in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


def test_a_party_alone_keeps_its_sector(rules_only):
    """Guard: without a chamber's word the party stays as the knowledge base dates it."""
    text = "Republicans accused the Biden administration of corruption on Tuesday."
    assert "USAGOV" in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, wrong", [
    # a group of states named after a city, and a central bank: no company ("the Bank of
    # England" is GBRBUS before this round already, by the sector word "bank": left)
    ("The Lima Group condemned Venezuela on Tuesday.", "PERBUS"),
    ("Russia's Central Bank criticised the sanctions of the European Union on Tuesday.", "RUSBUS"),
    # a verb between the state and the name is no tie
    ("Russia sanctioned Halcyon Group on Tuesday.", "RUSBUS"),
])
def test_no_company_without_a_tie_or_with_a_public_word(text, wrong, rules_only):
    found = source_codes(text, rules_only, DATE) | target_codes(text, rules_only, DATE)
    assert wrong not in found, codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, code", [
    ("The Bank of England criticised the British government on Thursday.", "GBRGOV"),
    ("The Federal Reserve criticised the Chinese government on Friday.", "USAGOV"),
    ("The Reserve Bank of India warned Pakistan on Wednesday.", "INDGOV"),
])
def test_a_central_bank_known_by_its_name_is_its_states_government(text, code, rules_only):
    """Central banks are listed by name (groups.tsv): "Bank of England" is no company (BUS)."""
    assert code in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)
