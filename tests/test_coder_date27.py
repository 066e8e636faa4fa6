"""Event dates of occasions told twice and of what an act went on despite (nineteenth round,
date27): sentences of our own, rules alone."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Document, extract_document

from coded import dated

pytestmark = pytest.mark.model

WED = dt.date(2024, 5, 8)  # a Wednesday; Monday is 2024-05-06, Tuesday 2024-05-07

BETWEEN = "On Tuesday, Argentine President Javier Milei rejected the water plan. "


def _events(settings, text, day=WED):
    return extract_document(Document(id="date27", text=text, date=day), settings=settings).events


@pytest.mark.parametrize("first, again", [
    # the occasion told with a day, then named again without one, after another day was told
    ("On Monday, Brazilian President Lula announced the water plan on state television. ",
     "On state television Lula also accused Argentina of hoarding water."),
    ("Brazilian President Lula spoke at a rally in Recife on Monday. ",
     "At the rally Lula also accused Argentina of hoarding water."),
    ("Brazilian President Lula gave a long interview to Globo on Monday. ",
     "In the interview, Lula accused Argentina of hoarding water."),
])
def test_an_occasion_named_again_keeps_its_day(rules_only, first, again):
    events = _events(rules_only, first + BETWEEN + again)
    assert dated(events, "11", "BRA", "hoarding")[0] == "2024-05-06"


@pytest.mark.parametrize("first, again", [
    # a new occasion ("an interview"), or one not told before ("state radio" is not "state
    # television"): the day the text is at, as before
    ("On Monday, Brazilian President Lula announced the water plan on state television. ",
     "In an interview Lula also accused Argentina of hoarding water."),
    ("On Monday, Brazilian President Lula announced the water plan on state radio. ",
     "On state television Lula also accused Argentina of hoarding water."),
    # the occasion was told without a day of its own
    ("Brazilian President Lula spoke at a rally in Recife. ",
     "At the rally Lula also accused Argentina of hoarding water."),
])
def test_a_new_or_undated_occasion_keeps_the_story_day(rules_only, first, again):
    events = _events(rules_only, first + BETWEEN + again)
    assert dated(events, "11", "BRA", "hoarding")[0] == "2024-05-07"


def test_what_an_act_went_on_despite_stood_by_its_first_day(rules_only):
    text = ("German Chancellor Olaf Scholz visited Kyiv on Monday and again on Wednesday, "
            "despite criticism by the Russian foreign minister.")
    events = _events(rules_only, text)
    assert dated(events, "11", "RUS")[0] == "2024-05-06"
    assert dated(events, "04", "DEU")[0] == "2024-05-06"


def test_despite_with_one_day_keeps_that_day(rules_only):
    # guard: one day told, the same day as before
    text = "German Chancellor Olaf Scholz visited Kyiv on Wednesday, despite criticism by the Russian foreign minister."
    assert dated(_events(rules_only, text), "11", "RUS")[0] == "2024-05-08"


RALLY = "Thousands of farmers gathered on Saturday in Paris for a rally against the government. "


@pytest.mark.parametrize("later, day", [
    # "the day before/after" hung beside the length, not below it: one day from the day of the
    # happening it names ("the rally", told on Saturday 2024-05-04)
    ("The police arrested two activists the day before the rally.", "2024-05-03"),
    ("The police arrested two activists the day after the rally.", "2024-05-05"),
    ("The police arrested two activists two days after the rally.", "2024-05-06"),
])
def test_the_day_before_a_happening_told_before(rules_only, later, day):
    assert dated(_events(rules_only, RALLY + later), "17", "FRA", "activists")[0] == day


def test_a_day_with_no_happening_after_it_is_not_moved(rules_only):
    # guard: "the day" alone is no length between two happenings
    text = RALLY + "The police arrested two activists on the same day."
    assert dated(_events(rules_only, text), "17", "FRA", "activists")[0] == "2024-05-04"
