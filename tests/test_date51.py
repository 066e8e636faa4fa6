"""Event dates (thirty-fifth round, date51). An act told with its length and a participle of
the day its stretch ended ("a 10-day strike ending on Friday") is dated by the start of the
stretch, as one told with "that ended" is; a document dated by its dateline is not reported as
undated; a future act with no date of its own is planned for the day of its aim. Sentences of our
own; rules alone."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from coded import dated, document_events
from eventwire.cli.common import UndatedNotice
from eventwire.records import Document

FRI = dt.date(2024, 5, 10)


def _events(settings, text, day=FRI):
    return document_events(settings, text, day, "date51")


# --- a stretch told by the participle of its end


@pytest.mark.model
def test_a_length_ending_on_a_day_is_dated_by_its_start(rules_only):
    # before: undated (the document's day): the participle's date dated no word of the act
    text = "Workers in Nigeria held a 10-day strike ending on Friday.\n"
    assert dated(_events(rules_only, text), "14", "NGA") == ("2024-05-01", "day")
    text = "Workers in Nigeria held a three-day strike ending Wednesday.\n"
    assert dated(_events(rules_only, text), "14", "NGA") == ("2024-05-06", "day")


@pytest.mark.model
def test_a_stretch_ending_on_a_day_without_a_length_is_that_day(rules_only):
    # before: the document's day; as "a strike that ended on Wednesday"
    text = "Workers in Nigeria held a strike ending on Wednesday.\n"
    assert dated(_events(rules_only, text), "14", "NGA") == ("2024-05-08", "day")


@pytest.mark.model
def test_the_end_of_another_noun_dates_no_act(rules_only):  # (a guard)
    # the contract ends on Wednesday, not the strike: the document's day
    text = "Workers in Nigeria held a strike over a contract ending on Wednesday.\n"
    assert dated(_events(rules_only, text), "14", "NGA") == ("2024-05-10", "document")


# --- the notice of undated documents agrees with the day the run reads


def test_a_document_dated_by_its_dateline_is_not_reported_undated(caplog):
    notice = UndatedNotice()
    with caplog.at_level(logging.WARNING, logger="eventwire.cli"):
        # before: "document w1 has no date", though the run reads it at 3 November 2023
        notice(Document(id="w1", text="WASHINGTON, Nov 3, 2023 (Reuters) - Russia condemned Ukraine."))
        assert notice.count == 0 and "w1" not in caplog.text
        # guards: a dateline without its year, and no dateline, leave the document undated
        notice(Document(id="w2", text="WASHINGTON, Nov 3 (Reuters) - Russia condemned Ukraine."))
        notice(Document(id="w3", text="Russia condemned Ukraine on Thursday."))
        notice.close()
    assert notice.count == 2 and "document w2 has no date" in caplog.text
    assert "2 documents had no date" in caplog.text


# --- a future act dated by the day of its aim


@pytest.mark.model
def test_a_future_act_is_planned_for_the_day_of_its_aim(rules_only):
    # before: the document's day (only a "to" complement, not an aim, lent its date)
    text = "Indian police will deploy troops to prevent riots in the city on March 15.\n"
    assert dated(_events(rules_only, text, dt.date(2002, 3, 14)), "15", "IND") == ("2002-03-15", "day")


@pytest.mark.model
def test_an_aim_without_a_day_or_by_a_day_lends_none(rules_only):  # (guards)
    day = dt.date(2002, 3, 14)
    text = "Indian police will deploy troops in the city to prevent riots.\n"
    assert dated(_events(rules_only, text, day), "15", "IND") == ("2002-03-14", "document")
    text = "Indian police will deploy troops to stop the protest by Friday.\n"
    assert dated(_events(rules_only, text, day), "15", "IND") == ("2002-03-14", "document")
    text = "Indian police will deploy troops on Monday to prevent riots on March 15.\n"  # its own day
    assert dated(_events(rules_only, text, day), "15", "IND") == ("2002-03-18", "day")
