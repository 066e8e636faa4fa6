"""Modality, twenty-sixth round (mod41). An act of office that the head of a state tells of
that state ("Meloni announces that Italy is suspending ...") is done by the telling, as mod40
has it for "it", "they": asserted; so is a refusal its maker tells ("Pezeshkian says Iran will
not hold direct talks"): the saying is the rejection. Guards: the press telling it, or the act
told of another state, stay reported. "Gunmen reported to be loyal to ..." is hearsay
(uncertain); "with explosions reported" is no saying. An act before the one told, brought in
by "following", "after", or a relative clause in the simple past ("sanctions, which Rubio
threatened"), is the writer's background: asserted; not an act "amid" the one told, nor a
relative clause in the perfect. Rules alone (the learned detector off), real model; sentences
written for these tests."""

from __future__ import annotations

import pytest

from coded import modalities
from eventwire import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, triple", [
    ("Italian prime minister Giorgia Meloni announces that Italy is suspending its defence agreement with Israel.",
     ("ITA", "ISR", "16")),
    ("Hungarian prime minister Viktor Orbán announces that Hungary has ended all aid to Ukraine.",
     ("HUN", "UKR", "16")),
])
def test_an_act_of_office_told_by_the_head_of_its_state_is_asserted(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"asserted"}


def test_a_refusal_told_by_its_maker_is_asserted(rules_only):
    text = "Iranian president Masoud Pezeshkian says that Iran will not hold direct negotiations with the United States."
    assert modalities(text, rules_only, ("IRN", "USA", "12")) == {"asserted"}


@pytest.mark.parametrize("text, triple", [
    # the act told of another state
    ("Italian prime minister Giorgia Meloni says that France is suspending its defence agreement with Israel.",
     ("FRA", "ISR", "16")),
    # the refusal told by another
    ("Israeli officials say that Iran will not hold direct negotiations with the United States.",
     ("IRN", "USA", "12")),
])
def test_what_others_tell_stays_reported(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"reported"}


def test_reported_to_be_is_hearsay(rules_only):
    text = "Gunmen reported to be aligned with the Syrian government engage in clashes with Druze fighters in Jaramana, Syria."
    assert modalities(text, rules_only, ("SYR", "SYR", "19")) == {"uncertain"}


def test_with_explosions_reported_is_no_saying(rules_only):
    text = ("The Israeli Air Force launches a new wave of airstrikes across Tehran, targeting Revolutionary Guard "
            "and Basij facilities with multiple explosions reported.")
    assert modalities(text, rules_only, ("ISR", "IRN", "19")) == {"asserted"}


@pytest.mark.parametrize("text, triple", [
    ("Chinese foreign minister Wang Yi says that China and the United States have agreed to extend trade deals "
     "following talks between Xi Jinping and Donald Trump in Beijing.", ("CHN", "USA", "04")),
    ("Brazilian president Lula says that he will defend Alexandre de Moraes from potential U.S. sanctions, which "
     "U.S. Secretary of State Marco Rubio threatened over the trial of Jair Bolsonaro.", ("USA", "BRA", "13")),
])
def test_an_act_before_the_one_told_is_the_writers(text, triple, rules_only):
    assert "asserted" in modalities(text, rules_only, triple)


@pytest.mark.parametrize("text, triple", [
    ("Iranian media reports that explosions were heard in Bandar Abbas amid a new wave of U.S. strikes.",
     ("USA", "IRN", "19")),
    ("Kenyan foreign minister Musalia Mudavadi says that the government has identified two prisoners of war from "
     "Kenya that have been detained by authorities in Ukraine.", ("UKR", "KEN", "17")),
])
def test_an_act_amid_or_in_the_perfect_stays_reported(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"reported"}


# --- who said it ---------------------------------------------------------------------------

def test_the_sayer_is_what_its_apposition_makes_it(rules_only):
    text = ("The trade imbalance between the United States and the Soviet Union makes a renewal of the grain "
            "agreement less certain, Albert Melnikov, deputy trade representative of the Soviet Union, said.")
    said = [e for e in extract(text, date="1987-03-01", settings=rules_only) if e.modality == "reported"]
    assert said and all(e.attributed_to is not None and e.attributed_to.actor.code == "RUSGOV" for e in said)


def test_a_day_that_saw_arrests_is_no_sayer(rules_only):
    text = "The sixth day of the truckers' strike in India saw 12 more truckers being arrested by police in New Delhi."
    assert modalities(text, rules_only, ("IND", "IND", "17")) == {"asserted"}
