"""Event dates in full articles (twenty-fourth round, date38): a day told paragraphs before is
carried to a new act told later without a date where the text goes on with the same person by
a "he" or "she" ("Blinken met Wang Yi on Monday. ... He also criticized Russia"); a name after
the "he" of a background sentence goes on with it ("In 2018, he was imprisoned. Navalny accused
..."). Sentences of our own, rules alone; each asserts the date and its precision, with guards
against over-firing."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.threads import pronoun_person

from coded import dated, document_events

pytestmark = pytest.mark.model

THU = dt.date(2024, 5, 2)  # a Thursday: Monday before is 2024-04-29


def _events(settings, text, day=THU):
    return document_events(settings, text, day, "date38")


# --- a "he" goes on with the person named at the day told ------------------------------

MET = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.\n\n"


def test_a_pronoun_in_a_later_paragraph_goes_on_at_the_day_of_the_name(rules_only):
    text = MET + "Blinken said the talks were useful.\n\nHe also criticized Russia for its invasion of Ukraine.\n"
    assert dated(_events(rules_only, text), "11", "USA", "criticized") == ("2024-04-29", "day")  # before: 2024-04


def test_another_subject_in_a_later_paragraph_keeps_the_month(rules_only):
    text = MET + "Blinken said the talks were useful.\n\nChina also criticized Russia for its invasion of Ukraine.\n"
    assert dated(_events(rules_only, text), "11", "CHN", "criticized") == ("2024-04", "month")


def test_pronoun_person_is_the_name_told_last_as_a_subject(nlp):
    doc = nlp("Antony Blinken met Wang Yi on Monday. Beijing welcomed him. He criticized Russia. "
              "It criticized Russia.")
    sents = list(doc.sents)
    he = next(t for t in sents[2] if t.lemma_ == "criticize")
    assert pronoun_person(he) == "blinken"  # "Beijing" (a place) is no name for "he"
    it = next(t for t in sents[3] if t.lemma_ == "criticize")
    assert pronoun_person(it) == ""


# --- a name after a "he" of a background sentence -----------------------------------------

def test_a_name_after_the_pronoun_of_a_background_year_goes_on_at_it(rules_only):
    text = ("Russian opposition leader Alexei Navalny accused President Putin of corruption on Monday.\n\n"
            "In 2018, he was imprisoned for fraud. Navalny accused the police of torture.\n")
    assert dated(_events(rules_only, text), "11", "RUS", "torture") == ("2018", "year")  # before: merged at 04-29


def test_another_name_after_the_pronoun_of_a_background_year_is_the_news(rules_only):
    text = ("Russian opposition leader Alexei Navalny accused President Putin of corruption on Monday.\n\n"
            "In 2018, he was imprisoned for fraud. Putin accused the police of torture.\n")
    found = dated(_events(rules_only, text), "11", "RUS", "torture")
    assert found[0] != "2018", found
