"""Sources and targets (thirtieth round, slots45): the body an office holder acted on serves,
told by a preposition the parser hangs on the verb ("expelled an official at the Russian
embassy"); the speaker as the doer of a participle of blaming beside a said clause ("said
Hezbollah fired rockets, accusing Iran of arming the group"); whom a protest backs ("rallied
in support of Iran"), before the place where it happens. Rules alone (the learned detector
off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, root", [
    ("Germany expelled an official at the Russian embassy on Tuesday.", "DEU", "RUSGOV", "17"),
    ("Germany expelled two diplomats from the Russian embassy on Tuesday.", "DEU", "RUSGOV", "16"),
    ("Poland expelled a military attache at the Belarusian embassy.", "POL", "BLRGOV", "16"),
])
def test_an_office_holder_is_of_the_body_the_verbs_preposition_names(text, source, target, root, rules_only):
    found = codes(text, rules_only)
    assert any(s == source and t == target and c[:2] == root for s, t, c in found), found
    assert not any(t is not None and t.startswith(source) for _, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Israel's military said Hezbollah fired rockets at northern Israel, accusing Iran of arming the group.",
     "ISRMIL", "IRN"),
    ("The US military said Houthi rebels attacked a cargo ship, blaming Iran for supplying them with missiles.",
     "USAMIL", "IRN"),
])
def test_a_participle_of_blaming_beside_a_said_clause_is_the_speakers(text, source, target, rules_only):
    found = codes(text, rules_only)
    accusations = {(s, t) for s, t, c in found if c[:2] == "11"}
    assert accusations == {(source, target)}, found


def test_a_participle_of_harm_beside_a_said_clause_is_the_clauses(rules_only):
    # "killing" is no word said: not the speaker's
    found = codes("The army said militants attacked a checkpoint, killing five soldiers.", rules_only)
    assert not any(s is not None and s.endswith("MIL") and c[:2] in ("18", "19") for s, _, c in found), found


@pytest.mark.parametrize("text, target", [
    ("Hundreds of people rally in Hezbollah strongholds in southern suburbs of Beirut, Lebanon, in support of Iran.",
     "IRN"),
    ("Thousands of people marched in London in solidarity with Palestinians on Saturday.", "PSE"),
])
def test_whom_a_protest_backs_is_its_target_not_the_place(text, target, rules_only):
    found = codes(text, rules_only)
    protests = {t[:3] for _, t, c in found if c[:2] == "14" and t is not None}
    assert protests == {target} and all(t is not None for _, t, c in found if c[:2] == "14"), found


@pytest.mark.parametrize("text, source, target", [
    ("The Security Service of Ukraine arrests two people on suspicion of spying for Hungary in Zakarpattia Oblast.",
     "UKRSPY", "HUNSPY"),
    ("Polish police arrested a man suspected of spying for Russia.", "POLCOP", "RUSSPY"),
    ("A court in Dresden convicted a man of spying for China.", "DEUJUD", "CHNSPY"),
])
def test_people_held_for_spying_stand_for_the_state_they_spied_for(text, source, target, rules_only):
    found = codes(text, rules_only)
    assert {(s, t) for s, t, c in found if c[:2] == "17"} == {(source, target)}, found


def test_people_held_for_another_crime_are_the_states_own(rules_only):
    found = codes("Police arrested two men on suspicion of arson in Warsaw.", rules_only)
    assert {(s, t) for s, t, c in found if c[:2] == "17"} == {("POLCOP", "POLCVL")}, found
