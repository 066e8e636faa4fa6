"""Modality and who said it, twenty-ninth round (mod44). A participle of an act a statement
makes ("rejecting", "dismissing"), set off by a comma after the clause a verb of saying tells,
is the sayer's own act, done by the saying: asserted, not reported. A "not" beside an adverb of
manner ("talks were not going smoothly") denies how the act went, not the act. A relative
clause in the past progressive ("people who were taking part in protests") tells a past fact
of its own, which an accusation above it does not hedge. A reduced passive of saying ("the
members of the group alleged to have been involved are ...") is no saying of the clause the
parser hangs on it. Rules alone (the learned detector off), real model; sentences written for
these tests."""

from __future__ import annotations

import pytest

from coded import modalities

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, triple", [
    ("China says its ships crossed the strait legally, rejecting Japan's claims of an intrusion.",
     ("CHN", "JPN", "12")),
    ("Russia said its jets flew over international waters, dismissing Norway's accusations.",
     ("RUS", "NOR", "12")),
])
def test_a_statement_act_after_the_said_clause_is_the_sayers_own(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"asserted"}


def test_the_statement_act_told_outright_stays_asserted(rules_only):
    text = "China rejected Japan's claims of an intrusion."
    assert modalities(text, rules_only, ("CHN", "JPN", "12")) == {"asserted"}


@pytest.mark.parametrize("text, triple", [
    ("Officials in Cairo said negotiations between Israel and Hamas were not going smoothly.", ("ISR", "PSE", "04")),
    ("The talks between Iran and the United States did not go well, officials said.", ("IRN", "USA", "04")),
])
def test_a_denied_manner_denies_no_act(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"reported"}


def test_an_act_that_did_not_take_place_stays_negated(rules_only):
    text = "Negotiations between Israel and Hamas did not take place."
    assert modalities(text, rules_only, ("ISR", "PSE", "04")) == {"negated"}


def test_a_past_progressive_relative_clause_is_no_part_of_the_accusation(rules_only):
    text = "The soldier was accused of shooting people who were taking part in protests against the government of Iran."
    assert modalities(text, rules_only, ("IRN", "IRN", "14")) == {"asserted"}
    # the accused act itself stays hedged
    assert modalities(text, rules_only, ("IRN", "IRN", "18")) == {"uncertain"}


def test_a_reduced_passive_of_saying_reports_nothing(rules_only):
    text = ("The two other members of the group alleged to have been involved in the killings are Mohammed "
            "Emwazi and Aine Davis, convicted of being a member of a terrorist organisation and jailed for "
            "seven years by a court in Silivri, Turkey, in May last year.")
    assert modalities(text, rules_only, ("TUR", "TUR", "17")) == {"asserted"}

# (the hearsay reduced passive, "gunmen reported to be aligned with ... engage in clashes",
# still hedges: tests/test_coder_mod41.py)
