"""Threats told with their own condition (twenty-third round, threat37): a warning or threat whose
said clause carries the condition ("Russia warned it would respond militarily if Finland joined
NATO") is a threat (13) aimed at whoever must meet the condition, the if-clause's subject, as an
if-clause on the verb itself already was ("warned of a harsh response if Hezbollah continues").
The threat is made, asserted (mod36). Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded

pytestmark = pytest.mark.model


def threats(text, settings):
    return {(s, t, m) for s, t, c, m in coded(text, settings) if c.startswith("13")}


@pytest.mark.parametrize("text, expected", [
    # the speaker's own act, its condition in the said clause
    ("Russia warned it would respond militarily if Finland joined NATO.", ("RUS", "FIN", "asserted")),
    ("Egypt warned that it would act decisively if Ethiopia filled the dam again.", ("EGY", "ETH", "asserted")),
    # a quoted doom whose condition sits on the second of two conjoined clauses
    ('Trump warns that "a whole civilization will die tonight" and will "never be brought back" '
     'if Iran does not agree to a deal by noon.', ("USA", "IRN", "asserted")),
    # what another will suffer if it acts
    ("Pakistan warned that India would pay a heavy price if it attacked.", ("PAK", "IND", "asserted")),
])
def test_the_condition_of_a_warned_clause_names_the_target(text, expected, rules_only):
    assert expected in threats(text, rules_only)


@pytest.mark.parametrize("text", [
    # a forecast with no actor in the condition is no threat to anyone
    "The central bank warned that prices would rise if the drought continued.",
    "Scientists warned that the glaciers would vanish if temperatures kept rising.",
])
def test_a_warned_forecast_without_an_actor_is_no_threat(text, rules_only):
    assert threats(text, rules_only) == set()


def test_a_condition_outside_what_is_said_names_no_target(rules_only):
    # the if-clause belongs to the report of the warning, not to what is warned: a verb of
    # saying that is no threat verb takes no target from a clause below it
    assert not {t for s, t, m in threats("Germany said that prices would rise if Russia cut gas supplies.",
                                         rules_only) if s == "DEU"}
