"""Event dates (thirtieth round, dates45). A stretch over a month's end ("from 30 November to 2
December", "between late January and early February", "from Monday to Wednesday" across the
1st) is the month the event began in, not the year; a weekday or "yesterday" in a wire whose
dateline states a filing day before the document date ("WASHINGTON, Nov 3 (Reuters) - ... on
Tuesday" in a document of Nov 8) counts from the filing day. Sentences of our own; rules alone."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import dated, document_events
from eventwire.coding.dates import ResolvedDate, filing_day, resolve_date

THU = dt.date(2024, 5, 2)


def _events(settings, text, day=THU):
    return document_events(settings, text, day, "dates45")


# --- a stretch over a month's end


def test_a_stretch_of_days_over_a_months_end_is_its_first_month():
    assert resolve_date("from 30 November to 2 December", THU) == ResolvedDate.month(2023, 11)  # before: 2023
    assert resolve_date("November 30 to December 2", THU) == ResolvedDate.month(2023, 11)
    assert resolve_date("April 28-May 1", THU) == ResolvedDate.month(2024, 4)  # before: 2024
    assert resolve_date("between 30 December 2022 and 2 January 2023", THU) == ResolvedDate.month(2022, 12)


def test_parts_of_two_months_are_the_first_month():
    assert resolve_date("between late January and early February", THU) == ResolvedDate.month(2024, 1)  # before: None
    assert resolve_date("mid-December to early January", THU) == ResolvedDate.month(2023, 12)
    assert resolve_date("late December 2022 to early January 2023", THU) == ResolvedDate.month(2022, 12)


def test_long_stretches_and_stretches_within_a_month_are_as_before():  # (guards)
    assert resolve_date("from 5 November to 20 December", THU) == ResolvedDate.year(2023)  # over a month long
    assert resolve_date("July 24-26", THU) == ResolvedDate.month(2023, 7)
    assert resolve_date("late January to early March", THU) is None  # (not two months in a row)
    assert resolve_date("between January and February", THU) is None  # (whole months)


@pytest.mark.model
def test_clashes_over_a_months_end_are_dated_to_the_first_month(rules_only):
    text = "Protesters clashed with police in Paris from 30 November to 2 December.\n"
    assert dated(_events(rules_only, text), "19", "FRA") == ("2023-11", "month")  # before: 2023


@pytest.mark.model
def test_a_meeting_between_late_and_early_months_is_the_first_month(rules_only):
    text = ("Chinese Foreign Minister Wang Yi met Indian Prime Minister Narendra Modi in New Delhi "
            "between late January and early February.\n")
    assert dated(_events(rules_only, text), "04", "CHN") == ("2024-01", "month")


@pytest.mark.model
def test_a_stretch_of_weekdays_over_the_first_is_the_first_month(rules_only):
    text = "Israeli troops raided the Jenin camp from Monday to Wednesday.\n"  # Mon 29 April - Wed 1 May
    assert dated(_events(rules_only, text), "17", "ISR") == ("2024-04", "month")  # before: 2024


# --- the filing day of a dateline


def test_filing_day_of_a_dateline():
    nov8 = dt.date(2023, 11, 8)
    assert filing_day("WASHINGTON, Nov 3 (Reuters) - U.S. officials said", nov8) == dt.date(2023, 11, 3)
    assert filing_day("KYIV, Ukraine, November 6 (AP) \u2014 Russian drones", nov8) == dt.date(2023, 11, 6)
    assert filing_day("MANILA, Dec. 30 - Rebels attacked", dt.date(2024, 1, 2)) == dt.date(2023, 12, 30)
    # guards: no day, a day after the document's, a day long before it, no dateline
    assert filing_day("WASHINGTON (Reuters) - U.S. officials said", nov8) == nov8
    assert filing_day("WASHINGTON, Nov 9 (Reuters) - U.S. officials said", nov8) == nov8
    assert filing_day("WASHINGTON, Aug 3, 2022 (Reuters) - U.S. officials said", nov8) == nov8
    assert filing_day("On Nov 3 - the day of the vote - officials said", nov8) == nov8
    assert filing_day("WASHINGTON, Nov 3 (Reuters) - U.S. officials said", None) is None


@pytest.mark.model
def test_a_weekday_in_a_wire_counts_from_its_filing_day(rules_only):
    text = ("WASHINGTON, Nov 3 (Reuters) - U.S. Secretary of State Antony Blinken met Saudi Foreign "
            "Minister Faisal bin Farhan in Washington on Tuesday.\n")
    events = _events(rules_only, text, dt.date(2023, 11, 8))
    assert dated(events, "04", "USA") == ("2023-10-31", "day")  # before: 2023-11-07


@pytest.mark.model
def test_yesterday_in_a_wire_counts_from_its_filing_day(rules_only):
    text = ("MANILA, March 7 (AFP) - Philippine soldiers clashed with communist rebels "
            "in Samar province yesterday.\n")
    events = _events(rules_only, text, dt.date(2024, 3, 10))
    assert dated(events, "19", "PHL") == ("2024-03-06", "day")  # before: 2024-03-09


@pytest.mark.model
def test_a_wire_without_a_day_counts_from_the_document_date(rules_only):  # (a guard: as before)
    text = ("WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Saudi Foreign "
            "Minister Faisal bin Farhan in Washington on Tuesday.\n")
    events = _events(rules_only, text, dt.date(2023, 11, 8))
    assert dated(events, "04", "USA") == ("2023-11-07", "day")
