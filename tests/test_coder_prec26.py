"""Constructions of the rule coder from the eighteenth round on long news articles, third
part: acts a plan or a statement would bring told as done. Rules alone (the learned detector
off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    # a "would" of a main clause: what a draft, a plan or a deal would bring (future)
    "Under the draft, the EU would commit to sending more troops to Mali.",
    "Under the plan, Germany would send troops to Mali.",
])
def test_a_main_clause_would_is_future(text, rules_only):
    found = [m for s, t, c, m in coded(text, rules_only) if t == "MLI"]
    assert found and all(m == "future" for m in found), coded(text, rules_only)


def test_a_would_have_is_conditional(rules_only):
    # what would have been done did not come to be
    found = [m for s, t, c, m in coded("Germany would have sent troops to Mali.", rules_only) if t == "MLI"]
    assert found and all(m == "conditional" for m in found), found


@pytest.mark.parametrize("text", [
    # guards: done, and a "would" of habit
    "Germany sent troops to Mali.",
    "Every year, Germany would send aid to Mali.",
    "Germany would often send aid to Mali.",
])
def test_a_done_or_habitual_act_stays_asserted(text, rules_only):
    found = [m for s, t, c, m in coded(text, rules_only) if t == "MLI"]
    assert found and all(m == "asserted" for m in found), coded(text, rules_only)


def test_a_reported_would_stays_future(rules_only):
    # guard: the reported future under a verb of saying, as before
    found = [m for s, t, c, m in coded("The German minister said Germany would send troops to Mali.", rules_only)
             if t == "MLI"]
    assert found and all(m == "future" for m in found), found


@pytest.mark.parametrize("text", [
    # what a statement says should be done is no act
    "Chile opposed Lula's statement that the dispute should be discussed at the G-20.",
    "Hungary rejected the Polish proposal that the sanctions must be discussed at NATO.",
])
def test_what_a_statement_says_should_be_done_is_no_meeting(text, rules_only):
    found = [c for s, t, c, m in coded(text, rules_only) if c.startswith("04")]
    assert not found, coded(text, rules_only)


def test_a_statement_of_fact_keeps_its_act(rules_only):
    # guard: a that-clause of fact under the same noun
    found = [c for s, t, c, m in coded("Chile welcomed the statement that the dispute was discussed at the G-20.",
                                       rules_only) if c.startswith("04")]
    assert found, found


@pytest.mark.parametrize("text", [
    # what a ban forbids is no act done
    "The ban on demonstrations in Minsk was lifted on Friday.",
    "Belarus imposed a demonstration ban in Minsk.",
    "The court upheld a moratorium on strikes by Greek teachers.",
])
def test_the_act_a_ban_forbids_is_not_done(text, rules_only):
    found = [c for s, t, c, m in coded(text, rules_only) if c.startswith("14")]
    assert not found, coded(text, rules_only)


@pytest.mark.parametrize("text", [
    # guards: the act done in defiance of the ban, and the act done
    "Thai students defied a ban on rallies to stage a protest in Bangkok.",
    "Greek teachers went on strike on Monday.",
])
def test_an_act_done_despite_a_ban_is_coded(text, rules_only):
    found = [c for s, t, c, m in coded(text, rules_only) if c.startswith("14")]
    assert found, coded(text, rules_only)


@pytest.mark.parametrize("text", [
    # to demonstrate a quality is to show it, no protest
    "The Turkish president met the Egyptian president in Cairo, demonstrating Turkey's new clout in the region.",
    "Iran demonstrated its resolve by testing a missile.",
])
def test_demonstrating_a_quality_is_no_protest(text, rules_only):
    found = [c for s, t, c, m in coded(text, rules_only) if c.startswith("14")]
    assert not found, coded(text, rules_only)


@pytest.mark.parametrize("text", [
    # guards: demonstrating against or outside something is a protest
    "Thousands of Kenyans demonstrated against the tax increase in Nairobi.",
    "Kenyans demonstrated against the power plant in Lamu.",
])
def test_demonstrating_against_is_a_protest(text, rules_only):
    found = [c for s, t, c, m in coded(text, rules_only) if c.startswith("14")]
    assert found, coded(text, rules_only)


def test_a_would_of_a_report_is_not_a_plan(rules_only):
    # guard: a denied report's "would" stays negated (no refusal, no future)
    found = [m for s, t, c, m in coded("Madrid denied reports that Spain would send troops to Mali.", rules_only)
             if t == "MLI"]
    assert "future" not in found, found
