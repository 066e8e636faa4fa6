"""Event dates of narrative news (eighteenth round, date26): sentences of our own, rules alone."""

from __future__ import annotations

import datetime as dt

import pytest


from coded import dated, document_events

pytestmark = pytest.mark.model

WED = dt.date(2024, 5, 8)  # a Wednesday; Monday is 2024-05-06


def _events(settings, text, day=WED):
    return document_events(settings, text, day, "date26")


@pytest.mark.parametrize("text", [
    # a past day the parser hangs on a clause bound ahead ("should", "must"): the day of the saying
    "Chancellor Olaf Scholz said at a news conference yesterday morning the asylum law should be amended.",
    "Chancellor Olaf Scholz said yesterday the asylum law must be amended.",
])
def test_a_past_day_on_a_clause_bound_ahead_dates_the_saying(rules_only, text):
    assert dated(_events(rules_only, text), "03", "DEU") == ("2024-05-07", "day")


def test_a_clause_bound_ahead_without_a_day_keeps_the_document_date(rules_only):
    # guard: no day told, the document's day as before
    text = "Chancellor Olaf Scholz said the asylum law should be amended."
    assert dated(_events(rules_only, text), "03", "DEU")[0] == "2024-05-08"


def test_a_day_told_between_the_saying_and_the_clause_dates_the_saying(rules_only):
    # "announced on Monday it will open": Monday is the day of the announcement, not the next one
    text = "France announced on Monday it will open an embassy in Kenya."
    assert dated(_events(rules_only, text), "03", "FRA") == ("2024-05-06", "day")


def test_a_day_after_the_clause_bound_ahead_is_its_own(rules_only):
    # guard: "will open an embassy ... on Monday" is a plan for the coming Monday
    text = "France announced it will open an embassy in Kenya on Monday."
    assert dated(_events(rules_only, text), "03", "FRA") == ("2024-05-13", "day")


SUN = dt.date(2024, 5, 12)  # a Sunday; "yesterday" is 2024-05-11, Friday 2024-05-10
COURT = ("A Canadian, John Miller, appeared in Wellington District Court, New Zealand yesterday, "
         "charged with murder over a shooting in Wellington on Friday.\n\n")


@pytest.mark.parametrize("length, day", [
    ("20 minutes", "2024-05-10"),  # minutes and hours keep the day of the act measured from
    ("two days", "2024-05-12"),
])
def test_a_length_after_an_act_told_before_counts_from_its_day(rules_only, length, day):
    # "the shooting" names again the shooting told "on Friday"; not the day of the court hearing
    text = COURT + f"Police arrested the accused near Lambton Quay, {length} after the shooting according to police."
    assert dated(_events(rules_only, text, SUN), "17", "NZL", "arrested")[0] == day


def test_a_length_after_an_act_told_without_a_day_keeps_the_document_date(rules_only):
    # guard: the shooting was told with no day: nothing to count from
    text = ("A gunman shot five people at a market in Lyon, France.\n\n"
            "French police arrested the suspect near the market, 20 minutes after the shooting according to police.")
    assert dated(_events(rules_only, text, SUN), "17", "FRA", "arrested")[0] == "2024-05-12"


@pytest.mark.parametrize("text, day", [
    # a toll in the perfect since a day: the many acts of the stretch up to the report
    ("Russian strikes have killed 300 civilians in Ukraine since January, the UN said.", "2024"),
    ("Over 300 Ukrainian civilians have been killed by Russian strikes since January, the UN said.", "2024"),
    ("Russian strikes have killed 40 civilians in Ukraine since May 2, the UN said.", "2024-05"),
    # a stretch longer than a year has no unit: its start, as before
    ("Russian strikes have killed 300 civilians in Ukraine since October 7, the UN said.", "2023-10-07"),
    # guards: a past act in a month; a state that began then (no verb of a toll) keeps its start
    ("Russian strikes killed 300 civilians in Ukraine in January, the UN said.", "2024-01"),
    ("Russia has detained 20 Ukrainian sailors since March.", "2024-03"),
])
def test_a_toll_since_a_day_is_dated_by_its_stretch(rules_only, text, day):
    root = "17" if "detained" in text else "19"
    assert dated(_events(rules_only, text, SUN), root, "RUS")[0] == day


@pytest.mark.parametrize("expression, value", [
    # a part of a named period lies in it: the period
    ("the first six months of 2025", "2025"),
    ("the last quarter of 2024", "2024"),
    ("the first week of March", "2025-03"),
    # guards: a part of a period the text does not name, a plain month
    ("the first six months of the year", None),
    ("March 2025", "2025-03"),
])
def test_a_part_of_a_named_period_is_that_period(expression, value):
    from eventwire.coding.dates import resolve_date
    found = resolve_date(expression, dt.date(2025, 7, 6))
    assert (found.value if found else None) == value


def test_an_act_in_a_part_of_a_year_is_dated_by_the_year(rules_only):
    text = "Saudi air strikes killed 200 children in Yemen in the first half of 2024, UNICEF said."
    assert dated(_events(rules_only, text, dt.date(2025, 7, 6)), "19", "SAU")[0] == "2024"
