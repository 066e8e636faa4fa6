"""Event dates (twenty-seventh round, dates42): expressions read wrongly or not at all, found by
reading the DATE and TIME entities of 400 pool articles (Guardian, BBC politics, SAPA/AFP, Times
of India, Reuters 2020, MUC-4, Lee). A length in minutes or seconds ("a 30-minute", "two-minute")
or one counted with "just" ("just one week") is no point in time (dateparser made them the
document's day or month); an hour in words ("seven in the morning") is a time, not July; "the
month of March", "end-February", "start-March" and "the wee hours of Friday" are the month and
the day they name (they were None). Sentences of our own; the coder tests run rules alone."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.dates import resolve_date

from coded import dated, document_events

THU = dt.date(2024, 5, 2)


def _value(expression, day=THU, tense=None):
    found = resolve_date(expression, day, tense=tense)
    return None if found is None else (found.value, found.precision)


@pytest.mark.parametrize(("expression", "expected"), [
    # a length of minutes or seconds, or one after "just"/"only": no point in time
    ("30-minute", None),  # before: 2024-05-02 (dateparser: 30 minutes before the document's noon)
    ("a 45-minute", None),
    ("two-minute", None),
    ("the 90 seconds", None),
    ("just one week", None),  # before: 2024-04
    ("only two days", None),  # (as before)
    ("just 45 minutes later", None),  # a length placed from another time (date_apart's), not today
    # an hour in words: a time of the day, not a month (before: 2023-07, "seven" read as July)
    ("seven in the morning", None),
    ("at ten o'clock", None),  # (as before)
    ("Tuesday at seven in the evening", ("2024-04-30", "day")),
    # the month named as such, and an edge of it written with a dash (before: None)
    ("in the month of March", ("2024-03", "month")),
    ("the month of April 2023", ("2023-04", "month")),
    ("end-February", ("2024-02", "month")),
    ("end-March 2023", ("2023-03", "month")),
    ("start-March", ("2024-03", "month")),
    # "the wee hours of" as "the early hours of" (read by the rules now; dateparser read it so)
    ("the wee hours of Friday", ("2024-04-26", "day")),
    # guards: as before
    ("just two years ago", ("2022", "year")),
    ("a day ago", ("2024-05-01", "day")),
    ("mid-March", ("2024-03", "month")),
    ("the end of February", ("2024-02", "month")),
    ("the end", None),
    ("the month of Ramadan", None),
    ("March eight", ("2024-03-08", "day")),
])
def test_resolve(expression, expected):
    assert _value(expression) == expected


# --- in the pipeline ----------------------------------------------------------------------------


def _events(settings, text, day=THU):
    return document_events(settings, text, day, "dates42")


@pytest.mark.model
def test_the_month_of_march_dates_the_shelling(rules_only):
    text = "In the month of March, Russian forces shelled the Ukrainian city of Kharkiv.\n"
    assert dated(_events(rules_only, text), "19", "RUS") == ("2024-03", "month")  # before: the document's


@pytest.mark.model
def test_end_february_dates_the_capture(rules_only):
    text = "Russian forces captured the Ukrainian town of Avdiivka in end-February, the ministry said.\n"
    assert dated(_events(rules_only, text), "19", "RUS")[0] == "2024-02"  # before: the document's


@pytest.mark.model
def test_an_hour_in_words_is_not_a_month(rules_only):
    text = "At seven in the morning, Russian forces shelled the Ukrainian city of Kharkiv.\n"
    assert dated(_events(rules_only, text), "19", "RUS")[0] == "2024-05-02"  # before: 2023-07


@pytest.mark.model
def test_a_length_in_minutes_keeps_the_day_told(rules_only):  # (a guard: as before)
    text = ("Russian forces shelled the Ukrainian city of Kharkiv on Monday. "
            "Ukrainian forces then shelled Russian positions near Belgorod for a 30-minute spell.\n")
    assert dated(_events(rules_only, text), "19", "UKR") == ("2024-04-29", "day")
