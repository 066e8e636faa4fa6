"""Event dates (thirty-third round, date48). A place name the entity recogniser took into a date
("Niger nine months ago") no longer hides the date; "in the coming days" is the finest unit that
holds the next seven days; an undated past act set "after" by a clause in the simple present (the
news of the day) is the month, not the day; "the past week" and "this past week" are the seven
days before the document date; "since" hung on a simple present dates its object; a date on "the
start of" a happening dates the happening; the doer of a passive is no word a date dates.
Sentences of our own; rules alone."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import dated, document_events
from eventwire.coding.dates import ResolvedDate, resolve_date

THU = dt.date(2024, 5, 2)


def _events(settings, text, day=THU):
    return document_events(settings, text, day, "date48")


# --- a place name taken into a date


@pytest.mark.model
def test_a_place_taken_into_a_length_ago_leaves_the_date(rules_only):
    # the recogniser reads "Niger nine months ago" as one date: before, no date (the document's day)
    text = "Gunmen kidnapped an American nurse in Niger nine months ago.\n"
    assert dated(_events(rules_only, text), "18", "NER") == ("2023-08", "month")


@pytest.mark.model
def test_a_place_taken_into_a_length_prior_leaves_the_date(rules_only):
    text = "An American nurse was freed after being kidnapped by gunmen in Niger eight months prior.\n"
    assert dated(_events(rules_only, text), "18", "NER") == ("2023-09", "month")


@pytest.mark.model
def test_dates_after_a_place_are_as_before(rules_only):  # (guards)
    assert dated(_events(rules_only, "Israeli troops killed three Palestinians in Jenin two days ago.\n"),
                 "19", "ISR") == ("2024-04-30", "day")
    text = "Islamist militants kidnapped a German aid worker in Burkina Faso two weeks ago.\n"
    assert dated(_events(rules_only, text), "18", "BFA") == ("2024-04-18", "day")


@pytest.mark.model
def test_a_holiday_keeps_its_day(rules_only):  # (a guard: a holiday's name is no place)
    text = "Pope Francis met the Israeli president in Rome on Christmas Day.\n"
    assert dated(_events(rules_only, text), "04", "VAT") == ("2023-12-25", "day")


# --- a stretch just ahead


def test_the_coming_days_are_the_month_they_lie_in():
    ahead = "future"
    assert resolve_date("in the coming days", THU, tense=ahead) == ResolvedDate.month(2024, 5)  # before: None
    assert resolve_date("in the next few days", THU, tense=ahead) == ResolvedDate.month(2024, 5)
    assert resolve_date("the days ahead", THU, tense=ahead) == ResolvedDate.month(2024, 5)
    # over a month's end: the year (an uncounted day of the stretch, not all of it)
    assert resolve_date("in the coming days", dt.date(2024, 5, 28), tense=ahead) == ResolvedDate.year(2024)
    # guards: a past act (from the story's time), a stretch behind, a length, months ahead
    assert resolve_date("in the coming days", THU) is None
    assert resolve_date("the past few days", THU, tense=ahead) is None
    assert resolve_date("in the coming months", THU, tense=ahead) is None
    assert resolve_date("for several days", THU, tense=ahead) is None


@pytest.mark.model
def test_a_plan_for_the_coming_days_is_the_month(rules_only):
    text = "Israel will withdraw its troops from Gaza in the coming days.\n"
    assert dated(_events(rules_only, text), "03", "ISR") == ("2024-05", "month")  # before: the day, "document"


# --- an act set "after" the news of the day


@pytest.mark.model
def test_a_past_act_after_the_news_of_the_day_is_the_month(rules_only):
    text = ("Colombia recalls its ambassador from Venezuela after Venezuelan troops attacked a Colombian "
            "border post.\n")
    events = _events(rules_only, text)
    assert dated(events, "19", "VEN") == ("2024-05", "month")  # before: 2024-05-02, "document"
    assert dated(events, "16", "COL") == ("2024-05-02", "document")  # the recall: the day's news


@pytest.mark.model
def test_a_past_act_after_a_present_is_the_month_for_criticism_too(rules_only):
    text = "Ecuador expels the Mexican ambassador after Mexican officials criticised the Ecuadorian government.\n"
    assert dated(_events(rules_only, text), "11", "MEX") == ("2024-05", "month")


@pytest.mark.model
def test_an_act_after_with_a_day_or_in_the_present_or_below_the_past_is_as_before(rules_only):  # (guards)
    text = ("Colombia recalls its ambassador from Venezuela after Venezuelan troops attacked a Colombian "
            "border post on Sunday.\n")
    assert dated(_events(rules_only, text), "19", "VEN") == ("2024-04-28", "day")
    text = "Colombia recalls its ambassador from Venezuela after Venezuelan troops attack a Colombian border post.\n"
    assert dated(_events(rules_only, text), "19", "VEN") == ("2024-05-02", "document")
    text = "Colombia recalled its ambassador from Venezuela after Venezuelan troops attacked a Colombian border post.\n"
    assert dated(_events(rules_only, text), "19", "VEN") == ("2024-05-02", "document")
    text = "Colombia says Venezuelan troops attacked a Colombian border post.\n"
    assert dated(_events(rules_only, text), "19", "VEN") == ("2024-05-02", "document")


# --- the past week


def test_the_past_week_is_the_seven_days_before():
    mon = dt.date(2024, 5, 20)
    assert resolve_date("this past week", mon) == ResolvedDate.month(2024, 5)  # before: 2024-05-20, the Monday
    assert resolve_date("the past week", dt.date(2024, 5, 9)) == ResolvedDate.month(2024, 5)  # before: 2024
    assert resolve_date("over the past week", THU) == ResolvedDate.year(2024)  # 25 April - 1 May; before: 2024-04
    # guards: "last week" is the calendar week before; "this past weekend" the weekend
    assert resolve_date("last week", mon) == ResolvedDate.month(2024, 5)
    assert resolve_date("last week", dt.date(2024, 5, 9)) == ResolvedDate.year(2024)
    assert resolve_date("this past weekend", mon) == ResolvedDate.month(2024, 5)


# --- "since" hung on a verb in the simple present


@pytest.mark.model
def test_since_on_a_present_verb_dates_its_object(rules_only):
    day = dt.date(2025, 1, 8)
    text = "Poland protests Belarus's detention of two Polish journalists since March.\n"
    events = _events(rules_only, text, day)
    assert dated(events, "17", "BLR") == ("2024-03", "month")  # before: 2025-01-08, "document"
    assert dated(events, "11", "POL") == ("2025-01-08", "document")  # the protest: the day's news
    text = "Japan protests China's detention of a Japanese businessman since 2023.\n"
    assert dated(_events(rules_only, text, day), "17", "CHN") == ("2023", "year")


@pytest.mark.model
def test_since_on_a_perfect_is_the_verbs(rules_only):  # (a guard: the perfect lasts since then)
    text = "Israel has protested Iran's detention of the ship since November.\n"
    assert dated(_events(rules_only, text, dt.date(2025, 1, 8)), "11", "ISR") == ("2024-11", "month")


# --- a date on the start of a happening


@pytest.mark.model
def test_a_date_on_the_start_of_a_happening_dates_the_happening(rules_only):
    text = ("Lithuania issues an air raid alert after the military detected a drone near the border, the "
            "first time since the start of Russia's invasion of Ukraine in 2022 that it has ordered people "
            "to take shelter.\n")
    assert dated(_events(rules_only, text, dt.date(2026, 5, 20)), "19", "RUS") == ("2022", "year")  # before: the day


@pytest.mark.model
def test_a_toll_since_the_start_of_a_war_is_as_before(rules_only):  # (a guard: the toll is the perfect's)
    text = "Israeli forces have killed thousands of Palestinians since the beginning of the war in October 2023.\n"
    assert dated(_events(rules_only, text, dt.date(2026, 5, 20)), "19", "ISR") == ("2026-05", "month")


# --- the doer of a passive


@pytest.mark.model
def test_a_date_hung_on_the_doer_of_a_passive_dates_the_act(rules_only):
    text = ("An American missionary is released after being kidnapped by an unidentified organisation front "
            "in Niger nine months prior.\n")
    # before: the day
    assert dated(_events(rules_only, text, dt.date(2026, 8, 14)), "18", "NER") == ("2025-11", "month")


@pytest.mark.model
def test_a_date_after_the_doer_of_a_passive_is_as_before(rules_only):  # (a guard)
    text = "A French journalist was abducted by a militia group in Mali two years ago.\n"
    assert dated(_events(rules_only, text, dt.date(2026, 8, 14)), "18", "MLI") == ("2024", "year")
