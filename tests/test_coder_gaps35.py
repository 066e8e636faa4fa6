"""Constructions of the rule coder from the twenty-third round (gaps35): foreigners' acts are
not the place's, "take custody of" is an arrest, "their government" is the state of those who
address it, a meeting a visit ended with is the visitor's, talks only called for are not held.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, coded, triples

pytestmark = pytest.mark.model


# -- 1. foreigners who act are not the people or state of the place -----------------------------

@pytest.mark.parametrize("text", [
    "Foreign journalists protested in Tehran on Monday.",
    "Foreign journalists staged a protest in Tehran.",
    "A protest by foreign journalists took place in Tehran.",
    "Hundreds of foreign workers protested in Doha.",
])
def test_foreign_doer_is_not_the_place_s_people(text, rules_only):
    found = triples(text, rules_only)
    assert not any(s is not None and c.startswith("14") for s, _, c in found), found


@pytest.mark.parametrize("text, source", [
    # guards: people of the place, and an act done to foreigners by the state, still code
    ("Journalists protested in Tehran on Monday.", "IRN"),
    ("Hundreds of workers protested in Doha.", "QAT"),
])
def test_local_doer_still_protests(text, source, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and c.startswith("14") for s, _, c in found), found


# -- 2. taking custody of someone is detaining him (173) ----------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Kenyan police took custody of two Somali nationals.", "KENCOP", "SOMCVL"),
    ("Police in Kenya took custody of the suspect.", "KENCOP", "KENCRM"),
])
def test_take_custody_of_is_an_arrest(text, source, target, rules_only):
    found = codes(text, rules_only)
    assert (source, target, "173") in found, found


# -- 3. "its" or "their" government of the sources' state ---------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Protesters in Baghdad demanded that their government step down.", "100"),
    ("Iraqi protesters demanded that their government be dissolved.", "100"),
    ("Protesters in Iraq urged their government to resign.", "020"),
    ("The opposition in Venezuela accused its government of fraud.", "112"),
])
def test_their_government_is_the_sources_state(text, code, rules_only):
    found = codes(text, rules_only)
    source = "VENOPP" if "Venezuela" in text else "IRQCVL"
    assert (source, source[:3] + "GOV", code) in found, found


@pytest.mark.parametrize("text", [
    # a state's own navy is itself, not another
    "China warned that its navy would stop the ships.",
    "China urged its navy to stop the ships.",
    "The Chinese government warned that its navy would stop the ships.",
])
def test_state_s_own_body_is_not_its_target(text, rules_only):
    found = triples(text, rules_only)
    assert not any(s == "CHN" and t == "CHN" for s, t, _ in found), found


# -- 4. a meeting a visit ended with ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Merkel's visit ended with a meeting with Vladimir Putin.",
    "Merkel's trip finished with talks with Vladimir Putin.",
])
def test_meeting_a_visit_ended_with_is_the_visitor_s(text, rules_only):
    found = triples(text, rules_only, "2016-05-01")  # (Merkel and Putin in office)
    assert ("DEU", "RUS", "040") in found, found


def test_a_treaty_an_act_ended_with_stands(rules_only):
    # the object of "with" on a verb of ending is not what it ends
    found = triples("The summit ended with an agreement between Russia and China.", rules_only)
    assert any({s, t} == {"RUS", "CHN"} and c.startswith(("03", "05", "06")) for s, t, c in found), found


# -- 5. talks called for or demanded are not held -----------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Egypt called for talks between Israel and Hamas.", "EGY"),
    ("Egypt called for peace talks between Israel and Hamas.", "EGY"),
    ("The UN demanded talks between Israel and Hamas.", "UN"),
])
def test_talks_called_for_are_not_held(text, source, rules_only):
    events = coded(text, rules_only)
    assert any(s == source and t == "ISR" for s, t, _, _ in events), events
    assert not any({s, t} == {"ISR", "PSE"} and m == "asserted" for s, t, _, m in events), events


@pytest.mark.parametrize("text", [
    # guards: talks held, hosted or resumed are
    "Egypt hosted talks between Israel and Hamas.",
    "Talks between Israel and Hamas resumed in Cairo.",
    "Egypt welcomed talks between Israel and Hamas.",
])
def test_talks_held_still_code(text, rules_only):
    found = triples(text, rules_only)
    assert ("ISR", "PSE", "040") in found, found
