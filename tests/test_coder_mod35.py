"""Modality from the twenty-third round (mod35): a past relative or adverbial clause keeps
its own modality (no future, negation or hedge of the clause above; a past adverbial clause
under a verb of saying is the writer's background), a that-clause of "reports"/"claims" is
hearsay, and what "following"/"after"/"amid" dates a plan by is not planned.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, modalities
from eventwire.coding.modality import analyse, load_cues

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, triple, expected", [
    # a past clause under a future: done, not planned
    ("Turkey says its ambassador will return to Armenia, ending a dispute that began after Turkish "
     "troops shelled an Armenian village.", ("TUR", "ARM", "19"), "asserted"),
    # under a hedge: the past clause is not hedged
    ("Iran may retaliate against Israel after Israeli jets struck a consulate in Damascus.",
     ("ISR", "SYR", "19"), "asserted"),
    # (a present tense there may still be what is to come, and stays hedged)
    ("Iran may retaliate against Israel after Israeli jets strike a consulate in Damascus.",
     ("ISR", "SYR", "19"), "uncertain"),
    # a "not" above denies the act of its own clause, not that of a relative clause
    ("Greece did not attend the summit where Turkey criticised Cyprus.", ("TUR", "CYP", "11"), "asserted"),
    ("Greece will not attend the summit where Turkey criticised Cyprus.", ("TUR", "CYP", "11"), "asserted"),
    # a present perfect in a clause of time under a future is still to come
    ("Greece will withdraw its ambassador from Turkey once Turkish troops have attacked Cyprus.",
     ("TUR", "CYP", "19"), "future"),
    # a past clause of time under a verb of saying: the writer's background
    ("Kenyan officials say that Ugandan troops attacked a border post after Ugandan police arrested "
     "a Kenyan journalist.", ("UGA", "KEN", "17"), "asserted"),
])
def test_a_past_clause_keeps_its_own_modality(text, triple, expected, rules_only):
    assert modalities(text, rules_only, triple) == {expected}


@pytest.mark.parametrize("text, triple, expected", [
    # no source named: hearsay
    ("The army abandoned the town, with reports that soldiers had looted shops in Goma.",
     ("COD", "COD", "17"), "uncertain"),
    ("Protests spread in Nairobi amid reports that police killed a student.", ("KEN", "KEN", "19"), "uncertain"),
    # a source named on the noun: its word
    ("There were claims by Hamas that Israeli forces shelled a school in Gaza.", ("ISR", "PSE", "19"), "reported"),
    # a denied report still tells what did not happen
    ("India denied reports that its troops had shelled a Pakistani village.", ("IND", "PAK", "19"), "negated"),
])
def test_a_that_clause_of_a_report_noun_is_hearsay(text, triple, expected, rules_only):
    assert modalities(text, rules_only, triple) == {expected}


@pytest.mark.parametrize("text, triple, expected", [
    ("India and China agreed to resume flights following talks between Chinese and Indian officials "
     "in New Delhi.", ("IND", "CHN", "04"), "asserted"),
    # what is agreed or planned stays future
    ("Iran plans to hold talks with the European Union.", ("IRN", "EU", "04"), "future"),
])
def test_what_dates_a_plan_is_not_planned(text, triple, expected, rules_only):
    assert expected in modalities(text, rules_only, triple)


def test_the_time_of_a_plan_is_not_planned_in_the_walk(nlp):
    """The modality walk itself, on the parse: the talks of "following talks" are no part of
    what was agreed, the flights to resume are."""
    doc = nlp("India and China agreed to resume flights following talks in New Delhi.")
    cues = load_cues()
    by_word = {t.lower_: analyse(t, cues).value for t in doc}
    assert by_word["resume"] == "future"
    assert by_word["talks"] == "asserted"


@pytest.mark.parametrize("text, triple", [
    ("The United States threatened Iran with bombing if Iran does not agree to a new nuclear deal.",
     ("USA", "IRN", "13")),
    ("Israel warned Hezbollah of a harsh response if the attacks continue.", ("ISR", "LBN", "13")),
])
def test_a_threat_verb_with_its_own_if_clause_is_made(text, triple, rules_only):
    """The condition is the threatened act's; the threat itself was made."""
    assert modalities(text, rules_only, triple) == {"asserted"}


def test_a_threatened_act_under_a_condition_is_a_threat_made(rules_only):
    # the act under the threat is coded as the threat (1384); the threat has been made, "if
    # provoked" is its content (GUIDE.md section 4): asserted, not conditional (mod36)
    found = coded("Iran threatened that it would attack Israel if provoked.", rules_only)
    assert ("IRN", "ISR", "1384", "asserted") in found, found
