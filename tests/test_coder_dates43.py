"""Event dates (twenty-eighth round, dates43): a later paragraph that names a dated occasion
again ("On Saturday, protesters gathered for a rally ... [later paragraph] The rally came two
days before the vote. Protesters accused ...") is at that occasion: a new happening told there
without a date of its own takes the occasion's day, not the month of the lead's day
(:meth:`eventwire.coding.scene.Scene.date_before`). Sentences of our own; rules alone."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import dated, document_events

THU = dt.date(2024, 5, 2)


def _events(settings, text, day=THU):
    return document_events(settings, text, day, "dates43")


@pytest.mark.model
def test_a_paragraph_that_names_the_rally_again_is_at_it(rules_only):
    text = ("On Saturday, thousands of protesters gathered in Berlin for a rally against the government.\n\n"
            "The rally came two days before a vote in parliament. "
            "Protesters accused Chancellor Olaf Scholz of corruption.\n")
    assert dated(_events(rules_only, text), "11", "DEU") == ("2024-04-27", "day")  # before: 2024-04


@pytest.mark.model
def test_a_paragraph_that_names_the_summit_again_is_at_it(rules_only):
    text = ("On Tuesday, European Union leaders met in Brussels for a summit on energy prices.\n\n"
            "The summit ended without a deal. Poland accused Germany of blocking aid to farmers.\n")
    assert dated(_events(rules_only, text), "11", "POL") == ("2024-04-30", "day")  # before: 2024-04


@pytest.mark.model
def test_a_later_paragraph_without_the_occasion_keeps_the_month(rules_only):  # (a guard: as before)
    text = ("On Tuesday, European Union leaders met in Brussels for a summit on energy prices.\n\n"
            "Poland accused Germany of blocking aid to farmers.\n")
    assert dated(_events(rules_only, text), "11", "POL") == ("2024-04", "month")


@pytest.mark.model
def test_a_new_occasion_is_not_the_one_told(rules_only):  # (a guard: "a summit" is another one)
    text = ("On Tuesday, European Union leaders met in Brussels for a summit on energy prices.\n\n"
            "Poland accused Germany of blocking aid to farmers at a meeting of ministers.\n")
    assert dated(_events(rules_only, text), "11", "POL") == ("2024-04", "month")


@pytest.mark.model
def test_a_march_named_in_quotes_is_no_month(rules_only):
    text = ("On 5 August 2024, hundreds of anti-quota student protesters staged a rally in Savar city (Dhaka), "
            "during their 'March to Dhaka' demonstration demanding resignation of the Prime Minister for "
            "deaths during the reform movement. Police forces fired at demonstrators and detained students.\n")
    events = _events(rules_only, text, dt.date(2024, 8, 5))
    assert dated(events, "14", "BGD")[0] == "2024-08-05"  # before: 2024-03 ("March" read as the month)


@pytest.mark.model
def test_in_march_stays_the_month(rules_only):  # (a guard: as before)
    text = "In March, Russian forces shelled the Ukrainian city of Kharkiv.\n"
    assert dated(_events(rules_only, text), "19", "RUS") == ("2024-03", "month")
