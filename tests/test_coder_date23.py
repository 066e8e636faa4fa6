"""Event dates of narrative news (seventeenth round, date23): sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest


from coded import dated, document_events

pytestmark = pytest.mark.model

THU = dt.date(2019, 8, 8)  # a Thursday; Monday is 2019-08-05


def _events(settings, text, day=THU):
    return document_events(settings, text, day, "date23")


LEAD = "On Monday, Finnish President Sauli Niinisto announced an inquiry into the Helsinki police.\n\n"


@pytest.mark.parametrize("later", [
    "Niinisto accused the Russian government of meddling in the election.",
    "Sauli Niinisto accused the Russian government of meddling in the election.",
])
def test_the_person_of_the_day_goes_on_at_that_day_in_a_later_paragraph(settings, later):
    # the same named person acting again, paragraphs on: the same occasion, not some day about then
    assert dated(_events(settings, LEAD + later), "11", "FIN") == ("2019-08-05", "day")


def test_another_person_in_a_later_paragraph_takes_the_month(settings):
    # another person: a new happening, the month of the day (as before)
    later = "Swedish Prime Minister Stefan Lofven accused the Russian government of meddling in the election."
    assert dated(_events(settings, LEAD + later), "11", "SWE") == ("2019-08", "month")


def test_a_person_the_day_does_not_date_takes_the_month(settings):
    # Niinisto is named on Monday, but as whom the day's act was about, not who did it
    text = ("On Monday, Finnish police questioned President Sauli Niinisto about the leak.\n\n"
            "Niinisto accused the Russian government of meddling in the election.")
    assert dated(_events(settings, text), "11", "FIN") == ("2019-08", "month")


STORY = "On Wednesday, protesters clashed with police in Madrid. "


@pytest.mark.parametrize("text", [
    STORY + "Protesters have rallied in Madrid since Monday after the Spanish government imposed a curfew.",
    STORY + "Workers have been on strike in Madrid since Monday after the Spanish government imposed a curfew.",
])
def test_what_a_state_began_after_is_dated_at_its_start(settings, text):
    # the curfew came before the rallies that began on Monday: Monday, not Wednesday, the day
    # the text is at (as in "protests began on Monday after the government imposed a curfew")
    assert dated(_events(settings, text), "17", "ESP") == ("2019-08-05", "day")


@pytest.mark.parametrize("text", [
    # a day of its own clause: the state's start is not the time of the later act
    STORY + "Protesters have rallied in Madrid since Monday, and the Spanish government imposed a curfew "
            "on Tuesday.",
    # a state that ended then is no start ("until"): the text's day
    STORY + "Protesters rallied in Madrid until Monday after the Spanish government imposed a curfew.",
])
def test_a_clause_a_state_did_not_begin_after_keeps_its_date(settings, text):
    assert dated(_events(settings, text), "17", "ESP")[0] != "2019-08-05"


def test_a_perfect_participle_below_the_present_keeps_its_year(settings):
    # what went before the news of the day: the detention began in 2022
    text = "A French aid worker is released from Iran after having been detained there since 2022."
    found = [(e.cameo_root, e.date) for e in _events(settings, text, dt.date(2025, 6, 5))]
    assert ("17", "2022") in found, found


def test_a_bare_earlier_year_on_the_simple_present_is_still_the_news_of_the_day(settings):
    # (guard) the year hangs from a word the parser passed over: the day of the document
    text = "An Iranian court sentences a French journalist for spying in 2022."
    found = [(e.cameo_root, e.date) for e in _events(settings, text, dt.date(2025, 6, 5))]
    assert found and all(date == "2025-06-05" for _, date in found), found


SHOOTING = "On Saturday, a gunman shot worshippers at a church in Dallas, Texas"


@pytest.mark.parametrize("text", [
    SHOOTING + ", with the death toll rising to 12 on Monday. Police said the gunman surrendered to police.",
    SHOOTING + ", with 12 people killed by Monday. Police said the gunman surrendered to police.",
])
def test_an_aside_with_its_own_subject_does_not_move_the_story(settings, text):
    # "with the death toll rising ... on Monday" tells a later state: the story stays at Saturday
    assert dated(_events(settings, text), "08", "USA")[0] == "2019-08-03"


def test_a_later_day_told_as_a_clause_of_the_story_moves_it(settings):
    # (guard) a clause of the text's course at Monday: what follows is at Monday
    text = SHOOTING + ". On Monday, hundreds of people marched in Dallas. Police said the gunman surrendered to police."
    assert dated(_events(settings, text), "08", "USA")[0] == "2019-08-05"


def test_a_reflexive_object_is_the_doer_not_whom_the_act_is_on(settings):
    # "surrendered himself to police": to the police, as "surrendered to police"
    events = _events(settings, SHOOTING + ". The gunman surrendered himself to police.")
    found = [(e.cameo, e.target.actor.code if e.target else None) for e in events if e.cameo_root == "08"]
    assert found == [("0874", "USACOP")], found
