"""False events and modality, thirtieth round (prec45; ``coding/modality.py``, ``coding/asking.py``,
``coding/senses.py``, ``data/cues.yaml``, ``data/senses.yaml``): the second act asked for by one
appeal, a "not" inside a condition, an act given as the cause of a planned one, the purpose of a use
that someone permits. Each has a guard that the other reading still codes. Rules alone (the learned
detector off), real model; sentences written for these tests after the lead's notes (a call for the
permanent members "to relinquish their role and to hand their seats over", "if China does not revoke
its tariff", "citing global threats such as Russia's war on Ukraine") and false events of train-wcep."""

from __future__ import annotations

import pytest

from coded import coded, modalities, triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


# --- the second act asked for by one appeal -----------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("The Arab League urged Israel to halt its offensive and to allow aid into Gaza.", "ARL"),  # base: ARL -> PSE 0863
    ("France called for Russia to withdraw its forces and return the occupied territories to Ukraine.",
     "FRA"),  # base: FRA -> UKR 084
])
def test_a_conjunct_of_an_asked_act_is_asked(text, source, rules_only):
    found = triples(text, rules_only, DATE)
    assert not any(c[:2] == "08" for _, _, c in found), found
    assert any(s == source and c[:2] == "02" for s, _, c in found), found  # the appeal stands


def test_a_conjunct_with_a_subject_of_its_own_is_not_asked(rules_only):
    found = triples("Egypt urged Hamas to accept the ceasefire and Israel withdrew its troops from Rafah.",
                    rules_only, DATE)
    assert any(s == "ISR" and c[:2] == "08" for s, _, c in found), found


# --- a "not" inside a condition -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Britain will impose sanctions if Russia does not withdraw its troops from Ukraine.",  # base: asserted 1246
    "Trump announces plans to impose a tariff on China, rising to 104% if China does not revoke its "
    "tariff on American goods.",  # base: CHN -> USA 1244 asserted
])
def test_a_negated_condition_is_conditional(text, rules_only):
    found = [(s, t, c, m) for s, t, c, m in coded(text, rules_only, DATE) if s in ("RUS", "CHN")]
    assert found and all(m == "conditional" for *_, m in found), found


def test_a_negation_outside_the_condition_still_negates(rules_only):
    text = "Iran will not attack Israel if the United States withdraws its troops."
    assert modalities(text, rules_only, ("IRN", "ISR", "19")) == {"negated"}


# --- an act given as the cause of a planned one --------------------------------------------------

@pytest.mark.parametrize("text, triple", [
    ("Germany will raise its defence budget, citing Russia's invasion of Ukraine.", ("RUS", "UKR", "19")),
    ("Israel will retaliate for Iran's missile attack on Tel Aviv.", ("IRN", "ISR", "19")),
    ("The United States will send more aid to Israel after Hamas's attack on Israel.", ("PSE", "ISR", "19")),
])  # base: future
def test_a_cited_or_causing_act_is_a_fact(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"asserted"}


def test_a_planned_act_after_a_time_is_still_future(rules_only):
    assert modalities("Israel will attack Iran after the holiday.", rules_only, ("ISR", "IRN", "19")) == {"future"}


# --- the purpose of a use that someone permits --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Dominican Republic permits the United States to use its air base to strike Venezuela.",  # base: DOM -> VEN 190
    "Spain denied the United States permission to use its airbases for military operations against Iran.",  # base: ESP -> IRN 190
])
def test_the_purpose_of_a_permitted_use_is_no_act(text, rules_only):
    assert not any(c[:2] == "19" for _, _, c in triples(text, rules_only, DATE))


@pytest.mark.parametrize("text, triple", [
    ("Jordan allowed Israeli jets to fly over its territory to attack Iran.", ("JOR", "08")),  # the permission
    ("Israel attacked Iran with jets that flew over Jordan.", ("ISR", "19")),
])
def test_a_permission_and_a_plain_attack_still_code(text, triple, rules_only):
    found = triples(text, rules_only, DATE)
    assert any(s == triple[0] and c[:2] == triple[1] for s, _, c in found), found
