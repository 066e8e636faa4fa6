"""Event dates (thirty-fourth round, date50). "since" on a gerund below "after" dates the
stretch ("released him after detaining him since October"); a clock time in four digits with
its zone ("at 1900 GMT") is no year; a clause told with "will" or "shall" reads its weekday
ahead even when coded as a threat or a condition; a month without a year is not put in the
story's year past the document date; an act told with its length and the day it ended is dated
by its start; datelines after a headline, with two places, with no place, or with a year in an
undated document give the filing day. Sentences of our own; rules alone."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import dated, document_events
from eventwire.coding.dates import ResolvedDate, filing_day, resolve_date

FRI = dt.date(2024, 5, 10)


def _events(settings, text, day=FRI):
    return document_events(settings, text, day, "date50")


# --- "since" on a gerund below "after"


@pytest.mark.model
def test_since_on_a_gerund_after_dates_the_stretch(rules_only):
    # before: "since" on a verb not in a perfect bounded a stretch and dated nothing (the document's day)
    text = "Iran freed the French tourist after detaining him since October.\n"
    assert dated(_events(rules_only, text), "17", "IRN") == ("2023-10", "month")


@pytest.mark.model
def test_after_a_gerund_without_since_keeps_the_day(rules_only):  # (a guard)
    text = "Iran freed the French tourist after detaining him.\n"
    assert dated(_events(rules_only, text), "17", "IRN") == ("2024-05-10", "document")


# --- a clock time in four digits


def test_a_clock_time_with_its_zone_is_no_year():
    assert resolve_date("2300 local time", FRI) is None  # before: the year 2300
    assert resolve_date("1100 GMT Tuesday", FRI) == ResolvedDate.day(dt.date(2024, 5, 7))  # before: 1100
    assert resolve_date("0600 hours on Monday", FRI) == ResolvedDate.day(dt.date(2024, 5, 6))
    assert resolve_date("2019", FRI) == ResolvedDate.year(2019)  # (a guard: a year alone)


@pytest.mark.model
def test_a_clock_time_in_a_sentence_is_no_year(rules_only):
    # the recogniser reads "1900" as a date and "GMT" as a name: before, the year 1900
    text = "Russian forces shelled Kharkiv at 1900 GMT on Tuesday.\n"
    assert dated(_events(rules_only, text), "19", "RUS") == ("2024-05-07", "day")
    text = "Israeli jets struck Gaza at 2000 GMT.\n"
    assert dated(_events(rules_only, text), "19", "ISR") == ("2024-05-10", "document")


# --- "will" reads ahead


@pytest.mark.model
def test_will_on_a_weekday_reads_ahead_in_a_threat(rules_only):
    # coded as a threat (not a future event): before, the Thursday before the document date
    text = "Israel will strike Iran on Thursday unless Iran withdraws.\n"
    assert dated(_events(rules_only, text), "13", "ISR") == ("2024-05-16", "day")


@pytest.mark.model
def test_a_past_verb_on_a_weekday_reads_back(rules_only):  # (a guard)
    text = "Israel struck Iran on Thursday.\n"
    assert dated(_events(rules_only, text), "19", "ISR") == ("2024-05-09", "day")


# --- a month without a year is not put past the document date


@pytest.mark.model
def test_a_month_in_the_story_year_is_not_past_the_document_date(rules_only):
    # before: "In March" took the year of "January 2024" and lay after the document's day
    text = ("In January 2024, protesters clashed with police in Dhaka. In March, Bangladeshi police "
            "arrested the opposition leader.\n")
    assert dated(_events(rules_only, text, dt.date(2024, 2, 10)), "17", "BGD") == ("2023-03", "month")


@pytest.mark.model
def test_a_month_in_the_story_year_ahead_stays_for_the_future(rules_only):  # (guards)
    text = ("In January 2024, protesters clashed with police in Dhaka. In March, Bangladeshi police "
            "will arrest the opposition leader.\n")
    assert dated(_events(rules_only, text, dt.date(2024, 2, 10)), "17", "BGD") == ("2024-03", "month")
    text = "On November 15, 2017, the army seized power in Harare. On November 21, the army arrested his allies.\n"
    assert dated(_events(rules_only, text), "17", "ZWE", "allies") == ("2017-11-21", "day")


# --- an act told with its length, dated by the start of its stretch


@pytest.mark.model
def test_a_length_that_ended_on_a_day_is_dated_by_its_start(rules_only):
    # before: the day the stretch ended (Wednesday, Friday)
    text = "Workers in Nigeria held a three-day strike that ended on Wednesday.\n"
    assert dated(_events(rules_only, text), "14", "NGA") == ("2024-05-06", "day")
    text = "Serbian students held two weeks of protests that ended on Friday.\n"
    assert dated(_events(rules_only, text), "14", "SRB") == ("2024-04-27", "day")


@pytest.mark.model
def test_a_length_begun_or_ended_as_the_act_keeps_its_day(rules_only):  # (guards)
    text = "Workers in Nigeria held a three-day strike that began on Monday.\n"
    assert dated(_events(rules_only, text), "14", "NGA") == ("2024-05-06", "day")
    text = "Workers in Nigeria ended a three-day strike on Wednesday.\n"  # the ending is Wednesday's act
    assert dated(_events(rules_only, text), "08", "NGA") == ("2024-05-08", "day")


# --- datelines with gaps


def test_filing_day_of_datelines_with_gaps():
    nov8 = dt.date(2023, 11, 8)
    # before: each the document date (or None)
    assert filing_day("Rebels seize a town\nMANILA, Nov 3 (Reuters) - Rebels said", nov8) == dt.date(2023, 11, 3)
    assert filing_day("LONDON/KYIV, Nov 3 (Reuters) - Russia said", nov8) == dt.date(2023, 11, 3)
    assert filing_day("Nov 3 (Reuters) - Russia said", nov8) == dt.date(2023, 11, 3)
    assert filing_day("WASHINGTON, Nov 3, 2023 (Reuters) - U.S. officials said", None) == dt.date(2023, 11, 3)
    # guards: no outlet and no place, no year in an undated document, no dateline after a headline
    assert filing_day("Nov 3 - Russia attacked Kyiv", nov8) == nov8
    assert filing_day("WASHINGTON, Nov 3 (Reuters) - U.S. officials said", None) is None
    assert filing_day("Rebels seize a town\nOn Nov 3 - the day of the vote - rebels", nov8) == nov8


@pytest.mark.model
def test_a_weekday_counts_from_a_dateline_after_the_headline(rules_only):
    # the dateline's day is a Thursday: "on Tuesday" is two days before it, not before the document date
    text = "Russia strikes Kharkiv\nKYIV, May 2 (Reuters) - Russian forces shelled Kharkiv on Tuesday.\n"
    assert dated(_events(rules_only, text, dt.date(2024, 5, 10)), "19", "RUS") == ("2024-04-30", "day")


@pytest.mark.model
def test_an_undated_document_takes_its_datelines_year(rules_only):
    # before: no date for the document, and "on Tuesday" stayed open
    text = "KYIV, May 8, 2024 (Reuters) - Russian forces shelled Kharkiv on Tuesday.\n"
    assert dated(document_events(rules_only, text, None, "date50"), "19", "RUS") == ("2024-05-07", "day")


# --- the aim of a future journey


@pytest.mark.model
def test_the_aim_of_a_dated_future_journey_takes_its_day(rules_only):
    # before: the meeting had no date of its own and took the document's day
    text = "Blinken will travel to Kyiv on Thursday to meet Zelensky.\n"
    found = [(e.date, e.date_precision) for e in _events(rules_only, text) if e.cameo == "040"]
    assert found == [("2024-05-16", "day")], found
    # a guard: no date, the document's day
    found = [(e.date, e.date_precision) for e in _events(rules_only, "Blinken will travel to Kyiv to meet Zelensky.\n")
             if e.cameo == "040"]
    assert found == [("2024-05-10", "document")], found
