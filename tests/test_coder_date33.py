"""Event dates (twenty-second round, date33): a month or a day "of this year" / "last year" /
"next year" and "this past November"; a bare number ("now 22", an age) is no date; the "am"
of a clock time read as the verb "be" does not take the date of the clause ("arrested at 2am
local time on Sunday"); "The day before the rally, ..." measures from the rally; a length not
counted ("a few days later") is a stretch, not the day it counts from. Sentences of our own,
rules alone; each asserts the date and its precision, with guards against over-firing."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.dates import resolve_date

from coded import dated, document_events

pytestmark = pytest.mark.model

SAT = dt.date(2019, 12, 14)  # a Saturday; Friday before is 2019-12-13, Sunday before 2019-12-08


def _events(settings, text, day=SAT):
    return document_events(settings, text, day, "date33")


# --- "January of this year", "March 3 last year", "this past November" ---------------------

@pytest.mark.parametrize("text, root, source, expected", [
    ("Thousands of students protested in Belgium in January of this year.", "14", "BEL", ("2019-01", "month")),
    ("Police in Kenya arrested two journalists in March of last year.", "17", "KEN", ("2018-03", "month")),
    ("Germany expelled two Russian diplomats on 3 March last year.", "16", "DEU", ("2018-03-03", "day")),
    ("France expelled two Russian diplomats this past November.", "16", "FRA", ("2019-11", "month")),
    ("Spain will host talks with Morocco in February next year.", "03", "ESP", ("2020-02", "month")),
])
def test_a_month_of_a_named_year(rules_only, text, root, source, expected):
    assert dated(_events(rules_only, text), root, source) == expected


@pytest.mark.parametrize("expression, expected", [
    ("January of this year", ("2019-01", "month")),
    ("in late January this year", ("2019-01", "month")),
    ("on March 3 last year", ("2018-03-03", "day")),
    ("the summer of last year", ("2018", "year")),
    ("this past January", ("2019-01", "month")),
])
def test_resolving_a_month_of_a_named_year(expression, expected):
    found = resolve_date(expression, SAT)
    assert (found.value, found.precision) == expected


@pytest.mark.parametrize("expression, expected", [
    # no month named before the year: as before
    ("earlier this year", ("2019", "year")),
    ("late last year", ("2018", "year")),
    ("last March", ("2019-03", "month")),
])
def test_a_year_without_a_month_is_read_as_before(expression, expected):
    found = resolve_date(expression, SAT)
    assert (found.value, found.precision) == expected


def test_a_year_alone_dates_the_clause_by_its_year(rules_only):
    assert dated(_events(rules_only, "Students protested in Belgium this year."), "14", "BEL") == ("2019", "year")


# --- a bare number is an age or a count, not a day -----------------------------------------

@pytest.mark.parametrize("expression", ["22", "5", "41", "the 22"])
def test_a_bare_number_is_no_date(expression):
    assert resolve_date(expression, SAT) is None


def test_an_age_after_a_name_does_not_date_the_clause(rules_only):
    # (before: "now 31" was read as the 31st, December 31)
    text = "Kenyan police arrested the activist, now 31, on Friday."
    assert dated(_events(rules_only, text), "17", "KEN") == ("2019-12-13", "day")


@pytest.mark.parametrize("expression, expected", [
    ("on the 2nd", ("2019-12-02", "day")),  # an ordinal still names a day of the month
    ("June 22", ("2019-06-22", "day")),
    ("1999", ("1999", "year")),
])
def test_a_number_with_a_month_or_a_year_is_still_a_date(expression, expected):
    found = resolve_date(expression, SAT)
    assert (found.value, found.precision) == expected


# --- the "am" of a clock time is passed over --------------------------------------------------

def test_a_day_after_a_clock_time_dates_the_clause(rules_only):
    text = "A man was arrested by British police in Norfolk at 2am local time on Sunday."
    assert dated(_events(rules_only, text), "17", "GBR") == ("2019-12-08", "day")


def test_the_verb_am_still_governs_its_own_date(rules_only):
    # "am" the verb, with no number before it: the date is the arrest's, as before
    text = "I am sure that British police arrested a man on Sunday."
    assert dated(_events(rules_only, text), "17", "GBR") == ("2019-12-08", "day")


# --- "The day before the rally, ..." with "before" hung from the length -----------------------

LATER = dt.date(2019, 12, 21)  # a Saturday a week after SAT: the rally on Saturday is 2019-12-21


def test_the_day_before_with_no_happening_keeps_its_reading(rules_only):
    # "the day before" with nothing after it counts from the day the text is at, as before
    text = ("Thousands of Peruvians rallied in Lima on Saturday. Peruvian police had arrested the leader "
            "of the march the day before.")
    assert dated(_events(rules_only, text, LATER), "17", "PER") == ("2019-12-20", "day")


# --- "a few days later", "several weeks earlier": a length not counted -----------------------

JUNE = dt.date(2020, 6, 20)


@pytest.mark.parametrize("text, expected", [
    # some day from June 4 to June 11: June
    ("Peruvian police arrested the opposition leader in Lima on June 2. A few days later, Chilean police "
     "arrested a Peruvian journalist in Santiago.", ("2020-06", "month")),
    # some day in late May
    ("Peruvian police arrested the opposition leader in Lima on June 2. Several days earlier, Chilean police "
     "had arrested a Peruvian journalist in Santiago.", ("2020-05", "month")),
    # weeks cross months: the year is what is known
    ("Peruvian police arrested the opposition leader in Lima on June 2. Several weeks later, Chilean police "
     "arrested a Peruvian journalist in Santiago.", ("2020", "year")),
    ("Chilean police arrested a Peruvian journalist in Santiago a few days after Peruvian police arrested "
     "the opposition leader in Lima on June 12.", ("2020-06", "month")),
])
def test_a_length_not_counted_is_not_the_day_it_counts_from(rules_only, text, expected):
    assert dated(_events(rules_only, text, JUNE), "17", "CHL") == expected


@pytest.mark.parametrize("text, expected", [
    # a counted length moves the day as before; hours keep it
    ("Peruvian police arrested the opposition leader in Lima on June 2. Two days later, Chilean police "
     "arrested a Peruvian journalist in Santiago.", ("2020-06-04", "day")),
    ("Peruvian police arrested the opposition leader in Lima on June 2. Hours later, Chilean police "
     "arrested a Peruvian journalist in Santiago.", ("2020-06-02", "day")),
])
def test_a_counted_length_still_moves_the_day(rules_only, text, expected):
    assert dated(_events(rules_only, text, JUNE), "17", "CHL") == expected
