"""Named institutions and offices (twenty-third round, names37): a court or office named by
its own name with a place in it is of that place's country (``actors/institutions.py``,
``actors/data/institutions.tsv``); a facility so named is a place of that country; a
lower-case portfolio between a state's adjective and a title ("Philippine public works
secretary X") keeps the title. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, source_codes, target_codes

pytestmark = pytest.mark.model

DATE = "2024-05-02"


@pytest.mark.parametrize("text, code", [
    ("The Higher Regional Court of Leipzig sentenced two men to prison on Tuesday.", "DEUJUD"),
    ("The Supreme Iraqi Criminal Tribunal sentenced the former minister to death on Tuesday.", "IRQJUD"),
    ("The Lviv District Court arrested the former mayor on Tuesday.", "UKRJUD"),
])
def test_a_court_named_after_a_place_is_its_countrys(text, code, rules_only):
    assert code in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


def test_a_named_office_of_the_knowledge_base(rules_only):
    text = "The Office of Foreign Assets Control imposed sanctions on Iran on Tuesday."
    assert "USAGOV" in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


def test_a_facility_named_after_a_state_is_that_state(rules_only):
    text = "Iranian drones struck Kuwait International Airport on Tuesday."
    assert "KWT" in target_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, code", [
    ("Philippine budget secretary Amenah Pangandaman criticised China on Tuesday.", "PHLGOV"),
    ("Brazilian public works minister Renan Filho criticised Argentina on Tuesday.", "BRAGOV"),
])
def test_a_lower_case_portfolio_before_a_title(text, code, rules_only):
    assert code in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


def test_a_named_body_without_a_place_takes_none(rules_only):
    """No place in the name: no country from the new rule (the "Court" is not Germany's)."""
    text = "The Federal Court of Justice rejected the appeal on Tuesday."
    assert not any(s and s.startswith("DEU") for s in source_codes(text, rules_only, DATE))


def test_every_institution_row_reads():
    from eventwire.actors.institutions import institution_words
    rows = institution_words()
    assert rows["court"] == ("body", "JUD") and rows["airport"] == ("facility", None)


def test_a_facility_the_text_places_is_not_read_by_its_name(rules_only):
    """Airports are named after people too: the place the text gives decides, not "Aden"."""
    text = "Turkish Airlines suspended flights to Aden Adde International Airport in Mogadishu, Somalia on Tuesday."
    assert "YEM" not in target_codes(text, rules_only, DATE), codes(text, rules_only, DATE)
