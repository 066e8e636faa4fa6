"""Event dates in full articles (twenty-third round, date36): a date far before the document
("In 1990, Milken pleaded guilty") is background and dates only the undated sentences after
it that go on with its subject ("He was sentenced"), not the news told next ("Trump granted
Milken a pardon"); a clause that takes up an act told before ("ruled on the appeal of that
decision") is a new act and does not take that act's date. Sentences of our own, rules alone;
each asserts the date and its precision, with guards against over-firing."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.dates import ResolvedDate
from eventwire.coding.threads import far_back, takes_up_told

from coded import dated, document_events

pytestmark = pytest.mark.model

WED = dt.date(2020, 2, 19)  # a Wednesday: Monday before is 2020-02-17


def _events(settings, text, day=WED):
    return document_events(settings, text, day, "date36")


# --- a date far in the past is background ---------------------------------------------

@pytest.mark.parametrize("background", [
    "In 1990, Milken pleaded guilty to securities fraud.",
    "In March 2014, Milken pleaded guilty to securities fraud.",
    "On June 3, 2011, Milken pleaded guilty to securities fraud.",  # (already the document date before)
])
def test_news_after_a_background_date_is_not_of_that_date(rules_only, background):
    text = background + " Trump granted Milken a pardon."
    # before: the background's date (1990, 2014-03, 2011-06-03)
    assert dated(_events(rules_only, text), "08", "USA", "pardon") == ("2020-02-19", "document")


def test_a_different_actor_after_a_background_year_is_the_news(rules_only):
    text = "In 2016, the Sudanese army attacked rebels in Darfur. Sudanese police arrested the opposition leader."
    assert dated(_events(rules_only, text), "17", "SDN", "arrested") == ("2020-02-19", "document")  # before: 2016


def test_the_same_subject_goes_on_at_the_background_date(rules_only):
    text = "In 2016, the Sudanese army attacked rebels in Darfur. The Sudanese army also arrested the opposition leader."
    assert dated(_events(rules_only, text), "17", "SDN", "arrested") == ("2016", "year")


def test_the_same_actor_goes_on_at_the_background_date(rules_only):
    text = ("On Saturday, Russian forces shelled Kharkiv. In March 2014, Russian troops seized Crimea. "
            "Russian forces also arrested Ukrainian sailors.")
    assert dated(_events(rules_only, text), "17", "RUS", "arrested") == ("2014-03", "month")


def test_news_after_a_background_date_keeps_the_day_told_before(rules_only):
    text = ("On Monday, Trump pardoned Blagojevich. In 1990, Milken pleaded guilty to securities fraud. "
            "Iran accused Trump of hypocrisy.")
    assert dated(_events(rules_only, text), "11", "IRN", "hypocrisy") == ("2020-02-17", "day")  # before: 1990


def test_a_recent_date_still_dates_the_next_sentence(rules_only):
    text = "On Monday, the Sudanese army attacked rebels in Darfur. Sudanese police arrested the opposition leader."
    assert dated(_events(rules_only, text), "17", "SDN", "arrested") == ("2020-02-17", "day")


@pytest.mark.parametrize("value, precision, expected", [
    ("1990", "year", True), ("2018", "year", True), ("2018-06", "month", True), ("2018-12-31", "day", True),
    ("2019", "year", False), ("2019-03", "month", False), ("2019-12-01", "day", False), ("2020-02-17", "day", False),
])
def test_far_back(value, precision, expected):
    assert far_back(ResolvedDate(value, precision), WED) is expected


# --- a clause that takes up an act told before -----------------------------------------

def test_a_clause_on_the_appeal_of_that_decision_is_not_of_its_date(rules_only):
    text = ("Following that reasoning, the Court of Session in Scotland ruled on September 11 the "
            "prorogation was unlawful. The Supreme Court ruled on the appeal of that decision by "
            "Johnson's government.")
    events = _events(rules_only, text, dt.date(2019, 9, 24))
    found = [(e.date, e.date_precision) for e in events if "appeal" in e.evidence]
    assert found and all(d == ("2019-09-24", "document") for d in found), found  # before: 2019-09-11


def test_takes_up_told_reads_that_decision_not_the_decision_itself(nlp):
    doc = nlp("The government appealed that decision. That decision angered the government. "
              "The government appealed the decision.")
    sents = list(doc.sents)
    appealed = next(t for t in sents[0] if t.lemma_ == "appeal")
    assert takes_up_told(appealed, appealed)
    angered = next(t for t in sents[1] if t.lower_ == "angered")
    assert not takes_up_told(angered, angered)  # the act named is the subject
    again = next(t for t in sents[2] if t.lemma_ == "appeal")
    assert not takes_up_told(again, again)  # "the decision": no demonstrative


def test_an_undated_reaction_without_that_keeps_the_day(rules_only):
    text = "On Monday, Iranian forces attacked a British tanker. Britain accused Iran of piracy."
    assert dated(_events(rules_only, text), "11", "GBR", "accused") == ("2020-02-17", "day")


def test_an_undated_clause_taking_up_that_ruling_is_not_of_its_day(rules_only):
    text = ("On Monday, an Egyptian court sentenced the opposition leader to ten years in prison. "
            "The opposition accused the government over that ruling.")
    found = dated(_events(rules_only, text), "11", "EGY", "ruling")
    assert found == ("2020-02-19", "document"), found  # before: 2020-02-17
