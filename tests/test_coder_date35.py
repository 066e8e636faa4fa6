"""Event dates in full articles (twenty-third round, date35): a participle that tells more of
the act of its clause ("issued an opinion on Wednesday, finding it unlawful") shares its date;
a date at the end of verbs joined by "and" ("fired and landed a round on a protester
yesterday") dates the first verb too; a day or month told without a year after one told with
its year in the same paragraph ("moved on November 15, 2017 ... his resignation on November
21") is in that year when nearer it. Sentences of our own, rules alone; each asserts the date
and its precision, with guards against over-firing."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.date_apart import in_year_told, told_with_year
from eventwire.coding.dates import ResolvedDate, resolve_date

from coded import dated, document_events

pytestmark = pytest.mark.model

FRI = dt.date(2019, 9, 13)  # a Friday: Wednesday before is 2019-09-11, Tuesday 2019-09-10
MON = dt.date(2019, 9, 9)


def _events(settings, text, day=FRI):
    return document_events(settings, text, day, "date35")


# --- a participle of the same act --------------------------------------------------------

def test_a_participle_of_the_act_takes_the_date_of_its_clause(rules_only):
    text = ("On Wednesday, the Court of Session in Scotland issued an opinion on the suspension of the "
            "Parliament of the United Kingdom which went into effect on Tuesday, finding it to be unlawful.")
    # before: the day stated last before "finding" (Tuesday, the suspension's)
    assert dated(_events(rules_only, text), "11", "GBR", "finding") == ("2019-09-11", "day")


# --- a date at the end of verbs joined by "and" ------------------------------------------

def test_a_date_at_the_end_dates_the_first_of_joined_verbs(rules_only):
    text = ("Wednesday, October 2, 2019\n\nFor the first time in the sixteen weeks of protests in Hong Kong, "
            "police fired and landed a live round on a protester yesterday.")
    # before: the document date (2019-10-02): "yesterday" hangs on "landed" alone
    assert dated(_events(rules_only, text, dt.date(2019, 10, 2)), "19", "HKG", "fired") == ("2019-10-01", "day")


def test_a_joined_verb_with_its_own_subject_does_not_date_the_first(rules_only):
    text = ("Wednesday, October 2, 2019\n\nFor the first time in the sixteen weeks of protests in Hong Kong, "
            "police fired a live round on a protester and the government banned face masks on Monday.")
    found = dated(_events(rules_only, text, dt.date(2019, 10, 2)), "19", "HKG", "fired")
    assert found[0] != "2019-09-30", found


# --- a day without a year, in the year the paragraph told --------------------------------

def test_a_day_without_a_year_is_in_the_year_told_before(rules_only):
    text = ("The army moved against the government on November 15, 2017, and placed the president under "
            "house arrest. Zimbabwe's parliament forced his resignation on November 21.")
    found = [(e.date, e.date_precision) for e in _events(rules_only, text, MON) if "November 21" in e.evidence]
    assert found and all(d == ("2017-11-21", "day") for d in found), found  # before: 2018-11-21


@pytest.mark.parametrize("gap, expected", [(" ", ("2017-03-03", "day")), ("\n\n", ("2019-03-03", "day"))])
def test_only_a_year_told_in_the_same_paragraph_counts(rules_only, gap, expected):
    text = ("President Emmerson Mnangagwa took office on January 10, 2017." + gap +
            "Zimbabwean police arrested the opposition leader Nelson Chamisa on March 3.")
    assert dated(_events(rules_only, text, MON), "17", "ZWE", "arrested") == expected


@pytest.mark.parametrize("expression, told, expected", [
    ("November 21", "November 15, 2017", ("2017-11-21", "day")),
    ("on 21 November", "November 2017", ("2017-11-21", "day")),
    ("in December", "November 15, 2017", ("2017-12", "month")),
    ("April 9", "March 20, 2003", ("2003-04-09", "day")),
    # a year or a placing word of its own, or nearer the document's reading: unchanged
    ("November 21, 2018", "November 15, 2017", ("2018-11-21", "day")),
    ("last November", "November 15, 2017", ("2018-11", "month")),
    ("in March", "November 15, 2017", ("2019-03", "month")),
    ("August 30", "June 2018", ("2019-08-30", "day")),
])
def test_resolving_in_the_year_told(expression, told, expected):
    before = told_with_year(told, resolve_date(told, MON))
    assert before is not None
    found = in_year_told(expression, resolve_date(expression, MON), before, MON)
    assert (found.value, found.precision) == expected


def test_a_date_without_a_year_is_not_told_with_one():
    assert told_with_year("November 15", resolve_date("November 15", MON)) is None
    assert told_with_year("2017", ResolvedDate.year(2017)) is None


# --- an ordinal count of days is no point in time ----------------------------------------

def test_a_second_day_is_not_the_document_day(rules_only):
    text = "Protesters clashed with police in Santiago for a second day on Thursday."
    # before: the document date ("a second day" read as one second before it)
    assert dated(_events(rules_only, text), "19", "CHL") == ("2019-09-12", "day")


@pytest.mark.parametrize("expression", ["a second day", "a second week", "the third straight night",
                                        "its 10th consecutive day"])
def test_an_ordinal_count_of_days_resolves_to_nothing(expression):
    assert resolve_date(expression, FRI) is None


@pytest.mark.parametrize("expression, expected", [
    ("the first week of March", ("2019-03", "month")),
    ("the 3rd", ("2019-09-03", "day")),
    ("Thursday", ("2019-09-12", "day")),
])
def test_days_and_weeks_named_in_a_month_still_resolve(expression, expected):
    found = resolve_date(expression, FRI)
    assert (found.value, found.precision) == expected
