"""Event dates (twenty-first round, date30): a date after the noun of a happening put ahead
of the clause ("ahead of his inauguration on Monday") and a date after the noun of a role
("as a state in September"). Sentences of our own, rules alone; each asserts the date and
its precision, with guards against over-firing."""

from __future__ import annotations

import datetime as dt

import pytest


from coded import dated, document_events

pytestmark = pytest.mark.model

SAT = dt.date(2024, 3, 16)  # a Saturday; Monday before is 2024-03-11, Monday after 2024-03-18


def _events(settings, text, day=SAT):
    return document_events(settings, text, day, "date30")


# --- a date right after the noun of "ahead of" / "prior to" is the noun's ------------------

@pytest.mark.parametrize("text", [
    "Thousands of Chileans protested against the Bolivian government ahead of its referendum on Monday.",
    "Chilean farmers protested against the Bolivian government prior to the vote on Monday.",
    "Chilean students protested against the Bolivian government in the run-up to the election on March 24.",
])
def test_a_date_of_the_happening_ahead_does_not_date_the_clause(rules_only, text):
    # the protest is the news of the document's day, not the day of the referendum or vote
    assert dated(_events(rules_only, text), "14", "CHL") == ("2024-03-16", "document")


def test_the_clause_keeps_a_date_of_its_own(rules_only):
    text = "Thousands of Chileans protested against the Bolivian government on Friday ahead of its referendum on Monday."
    assert dated(_events(rules_only, text), "14", "CHL") == ("2024-03-15", "day")


@pytest.mark.parametrize("text", [
    # no "ahead of" phrase: the date dates the clause, as before
    "Thousands of Chileans protested against the Bolivian government on Monday.",
    # the noun of a place, not of a happening put ahead
    "Chilean miners protested against the Bolivian government at the embassy on Monday.",
    "Chilean miners protested against the Bolivian government in the capital on Monday.",
])
def test_a_date_without_ahead_of_still_dates_the_clause(rules_only, text):
    assert dated(_events(rules_only, text), "14", "CHL") == ("2024-03-11", "day")


# --- a date after the noun of a role ("as a state") dates the clause -------------------------

@pytest.mark.parametrize("text", [
    "Norway will recognise Kosovo as an independent state in June.",
    "Norway will recognise Kosovo as a sovereign country in June.",
])
def test_a_date_after_a_role_dates_the_clause(rules_only, text):
    events = _events(rules_only, text)
    assert dated(events, "03", "NOR") == ("2024-06", "month")


def test_a_role_without_a_date_keeps_the_document_day(rules_only):
    events = _events(rules_only, "Norway will recognise Kosovo as an independent state.")
    assert dated(events, "03", "NOR") == ("2024-03-16", "document")


# --- a length between two events when the measured one has a day of its own ------------------

THU = dt.date(2024, 3, 14)  # a Thursday; Saturday before is 2024-03-09


@pytest.mark.parametrize("text, met, attacked", [
    # the measured clause has its own day: it keeps it, and the other is that day moved
    ("Peru met Chilean officials two days after Bolivia attacked Chile on Saturday.", "2024-03-11", "2024-03-09"),
    ("Peru met Chilean officials a day after Bolivia attacked Chile on Saturday.", "2024-03-10", "2024-03-09"),
    # "a day", which the entity recogniser leaves out, between two clauses
    ("Peru met Chilean officials on Sunday, a day after Bolivia attacked Chile.", "2024-03-10", "2024-03-09"),
    ("On Sunday, a day after Bolivia attacked Chile, Peru met Chilean officials.", "2024-03-10", "2024-03-09"),
])
def test_a_length_between_two_events_counts_from_the_dated_one(rules_only, text, met, attacked):
    events = _events(rules_only, text, THU)
    assert dated(events, "04", "PER") == (met, "day")
    assert dated(events, "19", "BOL") == (attacked, "day")


def test_a_length_with_no_day_on_either_side_counts_from_the_document(rules_only):
    # as before: the main clause is the news of the document's day, the other a day earlier
    events = _events(rules_only, "Peru met Chilean officials a day after Bolivia attacked Chile.", THU)
    assert dated(events, "04", "PER") == ("2024-03-14", "document")
    assert dated(events, "19", "BOL") == ("2024-03-13", "day")


def test_a_day_without_after_or_before_is_no_length(rules_only):
    # "a day" as an object ("spent a day"): no length between two events, nothing moves
    events = _events(rules_only, "Peru met Chilean officials on Saturday and spent a day in Lima.", THU)
    assert dated(events, "04", "PER") == ("2024-03-09", "day")


# --- "the first time X has ...": the perfect tells the happening of the clause above ---------

@pytest.mark.parametrize("text, date", [
    ("The Peruvian president visits Chile, marking the first time a Peruvian leader has visited Chile in years.",
     ("2024-03-14", "document")),
    ("The Peruvian president visited Santiago on Tuesday, the first time a Peruvian leader has visited Chile since 2010.",
     ("2024-03-12", "day")),
    ("The Peruvian president visited Santiago on Tuesday, marking the first time a Peruvian leader has visited Chile.",
     ("2024-03-12", "day")),
])
def test_the_first_time_has_is_the_happening_above(rules_only, text, date):
    # every visit of the sentence (the one told and the "first time" one) has that date
    events = _events(rules_only, text, THU)
    found = {(e.date, e.date_precision) for e in events if e.cameo_root == "04" and e.source.actor.key == "PER"}
    assert found == {date}


def test_a_perfect_without_the_first_time_stays_the_month(rules_only):
    # guard: the perfect told on its own is some time lately, the month of the document
    events = _events(rules_only, "The Peruvian president has visited Chile several times.", THU)
    assert dated(events, "04", "PER") == ("2024-03", "month")


# --- a noun of time between the date and the clause is passed over ---------------------------

@pytest.mark.parametrize("text, date", [
    ("Peruvian troops attacked Chilean positions before dawn on Tuesday.", ("2024-03-12", "day")),
    ("Peruvian troops attacked Chilean positions for the third day on Tuesday.", ("2024-03-12", "day")),
    ("Peruvian troops attacked Chilean positions for a second straight day on Tuesday.", ("2024-03-12", "day")),
])
def test_a_noun_of_time_does_not_take_the_day(rules_only, text, date):
    assert dated(_events(rules_only, text, THU), "19", "PER") == date


def test_before_dawn_without_a_day_keeps_the_document_day(rules_only):
    # guard: "before dawn" alone bounds nothing and names no day
    events = _events(rules_only, "Peruvian troops attacked Chilean positions before dawn.", THU)
    assert dated(events, "19", "PER") == ("2024-03-14", "document")


# --- a stretch of weekdays is the finest unit that holds them ---------------------------------

@pytest.mark.parametrize("text", [
    "Peruvian troops attacked Chilean positions between Monday and Wednesday.",
    "Peruvian troops attacked Chilean positions from Monday to Wednesday.",
    # a pair the entity recogniser splits in two ("Monday" + "Tuesday")
    "Peruvian troops attacked Chilean positions on Monday and Tuesday.",
])
def test_a_stretch_of_weekdays_is_its_month(rules_only, text):
    assert dated(_events(rules_only, text, THU), "19", "PER") == ("2024-03", "month")


def test_a_stretch_of_weekdays_across_months_and_a_lone_weekday():
    from eventwire.coding.dates import resolve_date
    # Saturday 2024-03-30 to Monday 2024-04-01: over a month's end, the month it began in
    # (dates45; before: 2024, the year that holds them)
    assert resolve_date("between Saturday and Monday", dt.date(2024, 4, 3)).value == "2024-03"
    # guard: one weekday is its day, as before; the same weekday twice is no stretch
    assert resolve_date("Monday", THU).value == "2024-03-11"
    assert resolve_date("Monday to Monday", THU) is None


# --- a future act with no date of its own takes the date of the infinitive it governs --------

@pytest.mark.parametrize("text", [
    "Peru will allow Chilean nationals to enter the country without a visa starting April 1.",
    "Peru announced that it will allow Chilean nationals to enter the country without a visa starting April 1.",
])
def test_a_future_act_takes_the_date_of_its_infinitive(rules_only, text):
    events = _events(rules_only, text, THU)
    found = {(e.date, e.date_precision) for e in events if e.source and e.source.actor.key == "PER"}
    assert found == {("2024-04-01", "day")}, [(e.cameo, e.date, e.evidence) for e in events]


def test_a_future_act_with_an_undated_infinitive_keeps_the_document_day(rules_only):
    # guard: no date below it, the day it was told, as before
    events = _events(rules_only, "Peru will allow Chilean nationals to enter the country without a visa.", THU)
    found = {(e.date, e.date_precision) for e in events if e.source and e.source.actor.key == "PER"}
    assert found == {("2024-03-14", "document")}


# --- "the end of the month", "the start of the year": a part of this one ----------------------

@pytest.mark.parametrize("text, date", [
    ("Peru will meet Chilean officials at the end of the month.", ("2024-03", "month")),
    ("Peru will withdraw its troops from Chile by the end of the year.", ("2024", "year")),
])
def test_the_edge_of_this_unit(rules_only, text, date):
    events = _events(rules_only, text, THU)
    found = {(e.date, e.date_precision) for e in events if e.source and e.source.actor.key == "PER"}
    assert found == {date}, [(e.cameo, e.date, e.evidence) for e in events]


def test_the_edge_of_a_happening_is_no_date():
    from eventwire.coding.dates import resolve_date
    # guard: "the end of the war" names no unit of the calendar; a bare "the month" stays none
    assert resolve_date("the end of the war", THU) is None
    assert resolve_date("the month", THU) is None
    assert resolve_date("the end of the week", THU).value == "2024-03"


# --- "on the 3rd": a day of the month not named ----------------------------------------------

@pytest.mark.parametrize("expression, tense, value", [
    ("the 3rd", None, "2024-03-03"),      # before the document's 14th: this month
    ("the 21st", None, "2024-02-21"),     # a past act after the 14th: the month before
    ("the 21st", "future", "2024-03-21"),
    ("the 2nd", "future", "2024-04-02"),  # a plan before the 14th: the month after
])
def test_an_ordinal_day_is_the_nearest_on_the_side_of_the_tense(expression, tense, value):
    from eventwire.coding.dates import resolve_date
    found = resolve_date(expression, THU, tense=tense)
    assert (found.value, found.precision) == (value, "day")


def test_an_ordinal_day_in_a_sentence(rules_only):
    events = _events(rules_only, "Peru met Chilean officials in Lima on the 3rd.", THU)
    assert dated(events, "04", "PER") == ("2024-03-03", "day")


def test_an_ordinal_with_a_month_is_that_month():
    from eventwire.coding.dates import resolve_date
    # guard: a named month keeps its own reading
    assert resolve_date("the 3rd of January", THU).value == "2024-01-03"
    assert resolve_date("the third", THU) is None


def test_two_clauses_with_a_weekday_each_keep_their_days(rules_only):
    # guard: "on Monday, and on Tuesday ..." is no pair of days of one act
    events = _events(rules_only, "Peruvian troops attacked Chilean positions on Monday, and on Tuesday "
                                 "Chilean troops attacked Peruvian positions.", THU)
    assert dated(events, "19", "PER") == ("2024-03-11", "day")
    assert dated(events, "19", "CHL") == ("2024-03-12", "day")
