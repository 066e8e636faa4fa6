"""Event dates (twenty-fifth round, dates40): expressions at the edges of a week, a month and a
year, read against an article of a Monday, of the 1st of a month or of 1 January. A part of the
day named before the day ("in the early hours of Monday", "overnight Sunday"), a holiday of a
fixed date ("on Christmas Day"), "the 31st" in a text of a month that has none before it, a
length placed by "prior" ("two days prior"), and no day made by dateparser of a score or a count
("2-1", "14 and 17"). Sentences of our own; the coder tests run rules alone."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.date_apart import length_apart
from eventwire.coding.dates import day_apart, resolve_date

from coded import dated, document_events

NEW_YEAR = dt.date(2024, 1, 1)  # a Monday, the 1st of a month and of a year
APRIL_FOOLS = dt.date(2024, 4, 1)  # a Monday, the 1st of a month
LEAP_FIRST = dt.date(2024, 3, 1)  # a Friday; February 2024 has no 30th or 31st
THU = dt.date(2024, 5, 2)


def _value(expression, day, tense=None):
    found = resolve_date(expression, day, tense=tense)
    return None if found is None else (found.value, found.precision)


# --- resolve_date at the edges ----------------------------------------------------------------

@pytest.mark.parametrize(("expression", "day", "tense", "expected"), [
    # a part of the day named before the day: the day (before: the Monday a week before, by dateparser)
    ("in the early hours of Monday", NEW_YEAR, None, ("2024-01-01", "day")),
    ("in the early hours of Monday", NEW_YEAR, "future", ("2024-01-01", "day")),
    ("the early hours of Sunday", NEW_YEAR, None, ("2023-12-31", "day")),
    ("in the small hours of Saturday", APRIL_FOOLS, None, ("2024-03-30", "day")),
    ("the morning of March 3", APRIL_FOOLS, None, ("2024-03-03", "day")),
    ("overnight Sunday", APRIL_FOOLS, None, ("2024-03-31", "day")),  # before: None
    ("overnight", NEW_YEAR, None, ("2024-01-01", "day")),  # (as before)
    # holidays of a fixed date (before: None)
    ("on Christmas Day", NEW_YEAR, None, ("2023-12-25", "day")),
    ("Christmas", APRIL_FOOLS, "future", ("2024-12-25", "day")),
    ("New Year's Eve", NEW_YEAR, None, ("2023-12-31", "day")),
    ("New Year's Day", NEW_YEAR, None, ("2024-01-01", "day")),
    ("Christmas Eve 2019", THU, None, ("2019-12-24", "day")),
    # "the 31st": the nearest month that has one, on the side of the tense (before: None)
    ("the 31st", LEAP_FIRST, None, ("2024-01-31", "day")),
    ("on the 31st", APRIL_FOOLS, "future", ("2024-05-31", "day")),
    ("the 30th", LEAP_FIRST, None, ("2024-01-30", "day")),
    ("on the 3rd", NEW_YEAR, None, ("2023-12-03", "day")),  # (as before)
    ("on the 3rd", NEW_YEAR, "future", ("2024-01-03", "day")),
    # across the year's edge (as before)
    ("last night", NEW_YEAR, None, ("2023-12-31", "day")),
    ("on Sunday", NEW_YEAR, None, ("2023-12-31", "day")),
    ("last week", NEW_YEAR, None, ("2023-12", "month")),
    ("last month", NEW_YEAR, None, ("2023-12", "month")),
    ("earlier this month", APRIL_FOOLS, None, ("2024-04", "month")),
    # no word to read a date from: scores, counts, a time with its zone (before: days and a year)
    ("2-1", THU, None, None),
    ("13-2", THU, None, None),
    ("14 and 17", THU, None, None),
    ("1700 EST", THU, None, None),
    ("m9", THU, None, None),
    ("March eight", THU, None, ("2024-03-08", "day")),  # dateparser still reads words
])
def test_resolve_at_the_edges(expression, day, tense, expected):
    assert _value(expression, day, tense) == expected


def test_prior_places_a_length_before():
    assert length_apart("two days prior") == ("two days", -1)
    assert length_apart("nine months prior") == ("nine months", -1)
    assert resolve_date("two days prior", THU) is None  # counted from the day the text is at, not read alone
    assert day_apart("the following day") == 1


# --- in the pipeline ----------------------------------------------------------------------------


def _events(settings, text, day):
    return document_events(settings, text, day, "dates40")


@pytest.mark.model
def test_early_hours_of_the_documents_monday_is_that_day(rules_only):
    text = "In the early hours of Monday, Israeli forces raided the Jenin refugee camp and arrested 12 Palestinians.\n"
    assert dated(_events(rules_only, text, NEW_YEAR), "17", "ISR") == ("2024-01-01", "day")  # before: 2023-12-25


@pytest.mark.model
def test_overnight_sunday_in_a_text_of_monday(rules_only):
    text = "Overnight Sunday, Russian forces shelled the Ukrainian city of Kharkiv.\n"
    assert dated(_events(rules_only, text, APRIL_FOOLS), "19", "RUS") == ("2024-03-31", "day")  # before: document


@pytest.mark.model
def test_christmas_day_in_a_text_of_january(rules_only):
    text = "On Christmas Day, Russian forces shelled the Ukrainian city of Kharkiv.\n"
    assert dated(_events(rules_only, text, dt.date(2024, 1, 2)), "19", "RUS") == ("2023-12-25", "day")


@pytest.mark.model
def test_the_31st_in_a_text_of_the_first_of_march(rules_only):
    text = "Russian forces shelled the Ukrainian city of Kharkiv on the 31st, the mayor said.\n"
    assert dated(_events(rules_only, text, LEAP_FIRST), "19", "RUS") == ("2024-01-31", "day")  # before: document


@pytest.mark.model
def test_a_length_prior_counts_back_from_the_document(rules_only):
    text = "Police arrested the opposition leader in Dhaka two days prior, his party said.\n"
    assert dated(_events(rules_only, text, THU), "17", "BGD") == ("2024-04-30", "day")  # before: document


@pytest.mark.model
def test_a_length_prior_counts_back_from_the_day_told(rules_only):
    text = ("Russian troops captured the Ukrainian town of Avdiivka on Monday. "
            "Ukrainian forces had shelled Russian positions there five days prior.\n")
    events = _events(rules_only, text, THU)
    assert dated(events, "19", "UKR") == ("2024-04-24", "day")  # before: 2024-04-29, Monday's
    assert dated(events, "19", "RUS") == ("2024-04-29", "day")


@pytest.mark.model
def test_a_length_after_that_measures_another_clause_is_not_joined(rules_only):
    # "a day" "after" (a subordinator of the clause measured) stays a length between two events
    text = "Russia agreed to talks with Ukraine a day after Ukrainian forces launched drone strikes against Moscow.\n"
    assert dated(_events(rules_only, text, THU), "19", "UKR") == ("2024-05-01", "day")


@pytest.mark.model
def test_two_days_later_still_counts_from_the_day_told(rules_only):
    text = ("Ukrainian forces launched drone strikes against Moscow on Monday. "
            "Russia shelled Kharkiv two days later.\n")
    assert dated(_events(rules_only, text, THU), "19", "RUS") == ("2024-05-01", "day")
