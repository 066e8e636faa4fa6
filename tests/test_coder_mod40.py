"""Modality, twenty-fifth round (mod40). An act of office that its doer tells of itself ("Peru
announces it has severed relations with Mexico", "Trump says he is stopping funding") is done
by the telling: asserted, not the speaker's claim (reported). Guards: the same act told of
another ("Peru says Chile has severed ...") and an act of force claimed by its doer ("the army
says it killed ...") stay reported; the act announced for later stays
future. An act under "appear to" or "seem to" is hedged (uncertain). Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import modalities

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, triple", [
    ("Peru announces it has severed diplomatic relations with Mexico.", ("PER", "MEX", "16")),
    ("Chile says it has recalled its ambassador from Bolivia.", ("CHL", "BOL", "16")),
    ("U.S. President Donald Trump says he is stopping funding to South Africa.", ("USA", "ZAF", "16")),
])
def test_an_act_of_office_told_by_its_doer_is_asserted(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"asserted"}


@pytest.mark.parametrize("text, triple, modality", [
    # the act told of another actor: the speaker's word
    ("Peru says Chile has severed diplomatic relations with Bolivia.", ("CHL", "BOL", "16"), "reported"),
    # an act of force claimed by its doer: the army's word (train gold)
    ("The Israeli army says it killed two Hamas militants in Gaza.", ("ISR", "PSE", "19"), "reported"),
    # announced for later
    ("Peru announces it will sever diplomatic relations with Mexico.", ("PER", "MEX", "16"), "future"),
])
def test_other_modalities_stand(text, triple, modality, rules_only):
    assert modalities(text, rules_only, triple) == {modality}


# --- "appear to", "seem to": a hedged act -------------------------------------------------

@pytest.mark.parametrize("text, triple", [
    ("Videos on social media appear to show the Spanish Army deploying military vehicles towards "
     "the border with Morocco.", ("ESP", "MAR", "15")),
    ("Russian forces appear to have shelled the Ukrainian city of Kharkiv.", ("RUS", "UKR", "19")),
])
def test_an_act_that_appears_is_uncertain(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"uncertain"}


def test_a_seeming_of_something_else_leaves_the_act_asserted(rules_only):
    text = "Russian forces shelled the Ukrainian city of Kharkiv, which appeared calm later."
    assert modalities(text, rules_only, ("RUS", "UKR", "19")) == {"asserted"}
