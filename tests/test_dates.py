from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.coding.date_apart import move_days, shift
from eventwire.coding.dates import ResolvedDate, day_apart, resolve_date

THU = dt.date(2023, 11, 9)  # the founding sample's document date, a Thursday
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize(
    ("expression", "value", "precision"),
    [
        # the founding sample
        ("on Thursday", "2023-11-09", "day"),
        ("late Wednesday night", "2023-11-08", "day"),
        ("On Tuesday", "2023-11-07", "day"),
        ("March 2021", "2021-03", "month"),
        ("later Thursday", "2023-11-09", "day"),
        ("this year", "2023", "year"),
        # weekdays
        ("Tuesday morning", "2023-11-07", "day"),
        ("Wednesday", "2023-11-08", "day"),
        ("Friday", "2023-11-03", "day"),
        ("early Sunday", "2023-11-05", "day"),
        ("last Thursday", "2023-11-02", "day"),
        ("next Monday", "2023-11-13", "day"),
        ("Thursday last week", "2023-11-02", "day"),
        ("Thursday at 10 a.m.", "2023-11-09", "day"),
        ("Thursday evening local time", "2023-11-09", "day"),
        ("Wed.", "2023-11-08", "day"),
        ("Wednesday, Nov. 8", "2023-11-08", "day"),
        # day words
        ("today", "2023-11-09", "day"),
        ("yesterday", "2023-11-08", "day"),
        ("tomorrow", "2023-11-10", "day"),
        ("last night", "2023-11-08", "day"),
        ("late last night", "2023-11-08", "day"),
        ("early this morning", "2023-11-09", "day"),
        ("overnight", "2023-11-09", "day"),
        ("two days ago", "2023-11-07", "day"),
        ("a week ago", "2023-11-02", "day"),
        ("three months ago", "2023-08", "month"),
        ("two years ago", "2021", "year"),
        # weeks: the finest unit that holds the whole week
        ("this week", "2023-11", "month"),
        ("earlier this week", "2023-11", "month"),
        ("last week", "2023", "year"),  # 30 Oct - 5 Nov straddles two months
        ("next week", "2023-11", "month"),
        ("the weekend", "2023-11", "month"),
        ("over the weekend", "2023-11", "month"),
        # months and years
        ("last month", "2023-10", "month"),
        ("earlier this month", "2023-11", "month"),
        ("in March", "2023-03", "month"),
        ("mid-November", "2023-11", "month"),
        ("in December", "2022-12", "month"),
        ("March 5", "2023-03-05", "day"),
        ("5 March", "2023-03-05", "day"),
        ("the 5th of March", "2023-03-05", "day"),
        ("Nov. 8", "2023-11-08", "day"),
        ("March 5, 2021", "2021-03-05", "day"),
        ("on 4 October 2007", "2007-10-04", "day"),
        ("Sept. 11, 2001", "2001-09-11", "day"),
        ("in 2019", "2019", "year"),
        ("late 2022", "2022", "year"),
        ("mid-2022", "2022", "year"),
        ("last year", "2022", "year"),
        ("last summer", "2023", "year"),
        ("2023-11-02", "2023-11-02", "day"),
        ("2021-07", "2021-07", "month"),
    ],
)
def test_resolves_against_document_date(expression: str, value: str, precision: str) -> None:
    assert resolve_date(expression, THU) == ResolvedDate(value, precision)


@pytest.mark.parametrize(
    "expression",
    [
        "the past two years", "decades", "recently", "now", "at the time", "two days later",
        "the 1990s", "10 a.m.", "last winter", "for three weeks", "", "   ", "blah",
    ],
)
def test_unanchored_expressions_give_none(expression: str) -> None:
    assert resolve_date(expression, THU) is None


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("on Thursday", "2023-11-09"),  # the document's own weekday
        ("Tuesday", "2023-11-14"),
        ("in March", "2024-03"),
        ("Oct. 8", "2024-10-08"),
        ("in December", "2023-12"),
        ("later this week", "2023-11"),
    ],
)
def test_future_tense_looks_forward(expression: str, value: str) -> None:
    result = resolve_date(expression, THU, tense="future")
    assert result is not None and result.value == value


@pytest.mark.parametrize(
    ("expression", "doc_date", "value"),
    [
        ("in December", dt.date(2024, 1, 10), "2023-12"),
        ("December 30", dt.date(2024, 1, 2), "2023-12-30"),
        ("last month", dt.date(2024, 1, 2), "2023-12"),
        ("yesterday", dt.date(2024, 1, 1), "2023-12-31"),
        ("Sunday", dt.date(2024, 1, 1), "2023-12-31"),
        ("last year", dt.date(2024, 1, 1), "2023"),
        ("this week", dt.date(2024, 1, 3), "2024-01"),  # Mon 1 - Wed 3 January
        ("this week", dt.date(2024, 1, 1), "2024-01-01"),  # on a Monday, past tense: that day
        ("February 29", dt.date(2023, 3, 1), "2020-02-29"),
    ],
)
def test_year_boundaries(expression: str, doc_date: dt.date, value: str) -> None:
    result = resolve_date(expression, doc_date)
    assert result is not None and result.value == value


@pytest.mark.parametrize(
    ("expression", "doc_date", "tense", "value"),
    [
        # a day named without a year close to the document date is that one, on either side
        ("October 15", dt.date(2020, 10, 12), None, "2020-10-15"),  # "was slated for October 15"
        ("January 2", dt.date(2019, 12, 28), None, "2020-01-02"),
        ("Nov. 8", dt.date(2023, 11, 9), "future", "2023-11-08"),
        # farther away, the tense decides
        ("November 30", dt.date(2020, 10, 12), None, "2019-11-30"),
        ("March 3", dt.date(2020, 10, 12), "future", "2021-03-03"),
    ],
)
def test_a_day_near_the_document_date_is_in_its_year(expression, doc_date, tense, value) -> None:
    assert resolve_date(expression, doc_date, tense=tense) == ResolvedDate(value, "day")


def test_future_across_new_year() -> None:
    assert resolve_date("in January", dt.date(2023, 12, 20), tense="future") == ResolvedDate("2024-01", "month")


def test_without_document_date_only_absolute_dates_resolve() -> None:
    assert resolve_date("Thursday", None) is None
    assert resolve_date("yesterday", None) is None
    assert resolve_date("March 2021", None) == ResolvedDate("2021-03", "month")
    assert resolve_date("4 October 2007", None) == ResolvedDate("2007-10-04", "day")


def test_datetime_document_date_is_accepted() -> None:
    assert resolve_date("yesterday", dt.datetime(2023, 11, 9, 23, 30)) == ResolvedDate("2023-11-08", "day")


def test_dateparser_fallback() -> None:
    assert resolve_date("11/08/2023", THU) == ResolvedDate("2023-11-08", "day")


def test_invalid_calendar_dates_give_none() -> None:
    assert resolve_date("2023-02-30", THU) is None
    assert resolve_date("31 April 2021", THU) is None


@given(st.dates())
def test_iso_dates_round_trip(day: dt.date) -> None:
    assert resolve_date(day.isoformat(), THU) == ResolvedDate(day.isoformat(), "day")


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(WEEKDAYS),
    st.sampled_from(["", "on ", "late ", "early ", "later ", "last "]),
    st.sampled_from(["", " morning", " night", " afternoon"]),
    st.sampled_from([None, "past", "present"]),
)
def test_weekdays_never_after_document_date_in_past(
    doc_date: dt.date, weekday: str, prefix: str, suffix: str, tense: str | None
) -> None:
    result = resolve_date(f"{prefix}{weekday}{suffix}", doc_date, tense=tense)
    assert result is not None and result.precision == "day"
    day = dt.date.fromisoformat(result.value)
    assert day <= doc_date
    assert (doc_date - day).days < 7 + (prefix == "last ")
    assert WEEKDAYS[day.weekday()] == weekday


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.sampled_from(WEEKDAYS))
def test_weekdays_never_before_document_date_in_future(doc_date: dt.date, weekday: str) -> None:
    result = resolve_date(weekday, doc_date, tense="future")
    assert result is not None
    day = dt.date.fromisoformat(result.value)
    assert doc_date <= day < doc_date + dt.timedelta(days=7)


@pytest.mark.parametrize(("text", "found"), [
    ("On Monday, the judge ruled.", ["Monday"]),
    ("It ended late Saturday night and resumed yesterday.", ["late Saturday night", "yesterday"]),
    ("Talks were held on March 3, 2021 and 3rd of May.", ["March 3, 2021", "3rd of May"]),
    ("The sun may set on Sat. at Mar a Lago.", []),  # lower-case and abbreviated names are other words
    ("In March 2014, troops seized it; in 2016 they left.", ["In March 2014", "in 2016"]),
    ("They had 2014 votes in 2016-17 and won in 2018 12 seats.", []),  # no time of anything
])
def test_find_day_expressions(text, found):
    from eventwire.coding.dates import find_day_expressions

    assert [text[a:b] for a, b in find_day_expressions(text)] == found


@pytest.mark.parametrize("expression", ["a day", "one day", "five-year", "27-year", "48-hour", "eight-month",
                                        "one year", "27-year old"])
def test_a_length_of_time_is_not_a_point_in_time(expression: str) -> None:
    assert resolve_date(expression, THU) is None


@pytest.mark.parametrize(
    ("start", "expression", "sign", "value"),
    [
        (ResolvedDate("2023-11-09", "day"), "a day", -1, ResolvedDate("2023-11-08", "day")),
        (ResolvedDate("2023-11-09", "day"), "just 11 days", -1, ResolvedDate("2023-10-29", "day")),
        (ResolvedDate("2023-11-09", "day"), "two weeks", 1, ResolvedDate("2023-11-23", "day")),
        (ResolvedDate("2023-11-09", "day"), "three months", -1, ResolvedDate("2023-08", "month")),
        (ResolvedDate("2023-11", "month"), "two years", -1, ResolvedDate("2021", "year")),
        (ResolvedDate("2023-11", "month"), "two days", -1, None),  # finer than what is known
        (ResolvedDate("2023-11-09", "day"), "Monday", -1, None),  # not a length of time
    ],
)
def test_shift_by_a_length_of_time(start, expression, sign, value) -> None:
    assert shift(start, expression, sign) == value


@pytest.mark.parametrize(("expression", "apart"), [
    ("a day earlier", ("a day", -1)),
    ("two weeks later", ("two weeks", 1)),
    ("three days before", ("three days", -1)),
    ("a day", None),  # a length alone places nothing
    ("the day before", None),  # a day word of its own (day_words)
    ("days later", ("days", 1)),  # a length not counted: a stretch (see below)
])
def test_a_length_apart_is_a_length_and_a_direction(expression, apart) -> None:
    from eventwire.coding.date_apart import length_apart

    assert length_apart(expression) == apart


@pytest.mark.parametrize(("expression", "days"), [
    ("the next day", 1), ("On the same day", 0), ("that night", 0), ("the day before", -1),
    ("the following morning", 1), ("yesterday", None), ("Monday", None), ("a day earlier", None),
    ("overnight", 0),
])
def test_a_day_told_from_the_day_the_text_is_at(expression, days) -> None:
    assert day_apart(expression) == days


def test_a_day_told_from_the_text_moves_a_day_and_keeps_a_month() -> None:
    assert move_days(ResolvedDate("2023-10-31", "day"), 1) == ResolvedDate("2023-11-01", "day")
    assert move_days(ResolvedDate("2023-10", "month"), -1) == ResolvedDate("2023-10", "month")
    # with no day stated before, the document date is the day counted from
    assert resolve_date("on the same day", THU) == ResolvedDate("2023-11-09", "day")


@pytest.mark.parametrize(("expression", "value", "precision"), [
    # the week, month or year of the document, its leading words gone
    ("earlier in the week", "2023-11", "month"),  # Mon 6 - Thu 9 November
    ("earlier in the month", "2023-11", "month"),
    ("earlier in the year", "2023", "year"),
    ("this past week", "2023-11", "month"),
    ("the week before", None, None),  # a length, still no point
    ("the month", None, None),  # "started the month visiting ...": which month, the text says before
])
def test_earlier_in_the_week_is_this_week(expression, value, precision) -> None:
    resolved = resolve_date(expression, THU)
    assert (resolved.value, resolved.precision) == (value, precision) if value else resolved is None


@pytest.mark.parametrize(("expression", "value", "precision"), [
    # a stretch or a pair of days: the finest unit that holds them (GUIDE.md: a month when
    # only that is known); before, the first day (or dateparser's year for "and")
    ("July 24-26", "2023-07", "month"),
    ("July 24\u201326", "2023-07", "month"),
    ("between October 3 and 5", "2023-10", "month"),
    ("from 3 to 5 October", "2023-10", "month"),
    ("on November 2 and 3", "2023-11", "month"),
    ("June 1-3, 2021", "2021-06", "month"),
    ("October 30 to November 2", "2023-10", "month"),  # over a month's end: the month it began in (dates45; before: 2023)
    # one day stays one day
    ("November 2", "2023-11-02", "day"),
    ("2 November 2021", "2021-11-02", "day"),
])
def test_a_stretch_of_days_is_the_unit_that_holds_it(expression, value, precision) -> None:
    from eventwire.coding.date_apart import names_stretch
    assert resolve_date(expression, THU) == ResolvedDate(value, precision)
    assert names_stretch(expression) == (expression[0].isalpha() and precision != "day")


@pytest.mark.parametrize(("expression", "apart"), [
    # hours and minutes apart: within the day counted from (before, no length at all)
    ("hours later", ("hours", 1)),
    ("36 minutes later", ("36 minutes", 1)),
    ("a few hours earlier", ("a few hours", -1)),
])
def test_hours_and_minutes_apart_keep_the_day(expression, apart) -> None:
    from eventwire.coding.date_apart import length_apart
    assert length_apart(expression) == apart
    assert shift(ResolvedDate("2023-11-09", "day"), apart[0], apart[1]) == ResolvedDate("2023-11-09", "day")
    assert length_apart("later") is None


def test_a_length_not_counted_is_a_stretch_at_the_unit_that_holds_it() -> None:
    # "days later": two to nine days on, so the month when they stay in it, else the year
    assert shift(ResolvedDate("2023-11-09", "day"), "days", 1) == ResolvedDate("2023-11", "month")
    assert shift(ResolvedDate("2023-11-28", "day"), "days", 1) == ResolvedDate("2023", "year")
