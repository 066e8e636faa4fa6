"""Event dates (twenty-ninth round, dates44): a day the entity recogniser cuts short or does not
take for a date. "Around 4 May 2020 (as reported)" and "On or around 28 April 2024" (the
recogniser's DATE is "May 2020": the month) are the day, and the aside "(as reported)" is not
what the day dates; "On approximately 27 April" is the day; a day in two pairs of digits ("on
23/02", a CARDINAL to the recogniser) is the day when only one reading is a date. Sentences of
our own; rules alone."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import dated, document_events
from eventwire.coding.dates import numeric_day, resolve_date

THU = dt.date(2024, 5, 2)


def _events(settings, text, day=THU):
    return document_events(settings, text, day, "dates44")


@pytest.mark.model
def test_around_a_day_as_reported_is_the_day(rules_only):
    text = "Around 4 May 2020 (as reported), police forces arrested three protesters in Harare.\n"
    assert dated(_events(rules_only, text, dt.date(2020, 5, 8)), "17", "ZWE") == ("2020-05-04", "day")  # before: 2020-05


@pytest.mark.model
def test_on_or_around_a_day_is_the_day(rules_only):
    text = "On or around 28 April 2024, unidentified gunmen attacked a police station in Kidal.\n"
    assert dated(_events(rules_only, text), "18", "MLI") == ("2024-04-28", "day")  # before: 2024-04


@pytest.mark.model
def test_on_approximately_a_day_is_the_day(rules_only):
    text = "On approximately 27 April 2024, Sudanese paramilitaries attacked a village in Darfur.\n"
    assert dated(_events(rules_only, text), "19", "SDN") == ("2024-04-27", "day")  # before: 2024-05-02


@pytest.mark.model
def test_a_day_in_digits_is_the_day(rules_only):
    text = "Police arrested 20 opposition activists in Dhaka on 23/02.\n"
    assert dated(_events(rules_only, text, dt.date(2015, 2, 25)), "17", "BGD") == ("2015-02-23", "day")  # before: 02-25


@pytest.mark.model
def test_a_month_and_year_alone_stays_the_month(rules_only):  # (a guard: as before)
    text = "In May 2020, police forces arrested three protesters in Harare.\n"
    assert dated(_events(rules_only, text, dt.date(2020, 6, 8)), "17", "ZWE") == ("2020-05", "month")


def test_days_in_digits_read_one_way_only():
    assert numeric_day("23/02") == (2, 23)
    assert numeric_day("06/28") == (6, 28)
    assert numeric_day("05/06") is None  # (5 June or 6 May)
    assert numeric_day("24/7") is None and numeric_day("9/11") is None  # (no days)
    assert resolve_date("on 28/06", dt.date(2016, 6, 30)).value == "2016-06-28"
    assert resolve_date("31/12", dt.date(2016, 1, 3)).value == "2015-12-31"


def test_likely_days_are_the_day():
    for text in ("On or around 28 April 2024", "on or about 28 April 2024", "Around 28 April 2024 (as reported)",
                 "approximately 28 April 2024"):
        assert resolve_date(text, THU).value == "2024-04-28", text
    assert resolve_date("In or around April 2024", THU).value == "2024-04"
    assert resolve_date("On or before 28 April 2024", THU) is None  # (a bound, as before)
