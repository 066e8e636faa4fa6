"""Constructions of the rule coder added by the lead in the eleventh round. Rules alone
(the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.coding.lexicon import load_triggers
from eventwire.coding.ontology import Ontology
from eventwire.errors import KnowledgeBaseError

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target", [
    ("The Indian opposition leader launched a blistering verbal attack on the Pakistani government.",
     "IND", "PAK"),
    ("Kenya's president made a scathing attack on the Ugandan government on Friday.", "KEN", "UGA"),
])
def test_a_verbal_attack_is_criticism_not_an_assault(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert (source, target, "111") in found, found
    assert not any(code.startswith(("18", "19")) for _, _, code in found), found


def test_an_attack_on_a_place_stays_an_assault(rules_only):
    found = triples("Rebels launched an attack on a Ugandan army base on Friday.", rules_only)
    assert any(code.startswith(("18", "19")) for _, _, code in found), found


@pytest.mark.parametrize("text", [
    "Kenya's president fired the defence minister on Friday.",
    "The Ugandan president dismissed the army chief on Friday.",
])
def test_dismissing_an_office_holder_is_no_event(text, rules_only):
    # no fight (190) nor rejection (120): since wcep24 an administrative sanction at home (172)
    assert {c for _, _, c in triples(text, rules_only)} <= {"172"}


def test_firing_at_a_country_and_dismissing_claims_still_code(rules_only):
    assert ("IRN", "ISR", "190") in triples("Iran fired missiles at Israel on Tuesday.", rules_only)
    assert ("KEN", "UGA", "120") in triples("Kenya dismissed the Ugandan claims.", rules_only)


@pytest.mark.parametrize("text", [
    "Workers went on strike against the Nigerian government on Monday.",
    "Nigerian doctors are on strike over unpaid salaries.",
])
def test_on_strike_is_a_labour_strike(text, rules_only):
    codes = {code for _, _, code in triples(text, rules_only)}
    assert codes == {"143"}, codes


def test_a_row_coded_dashes_is_a_row_of_no_event(tmp_path):
    path = tmp_path / "triggers.tsv"
    path.write_text("lemma\tpos\tcameo\ttarget\tobject\tflags\n"
                    "fire\tVERB\t190\tprep:at\nfire\tVERB\t---\tdobj\tminister\n")
    rows = load_triggers(path, Ontology.load(), set())[("fire", "VERB")]
    assert [(row.cameo, row.null) for row in rows] == [("---", True), ("190", False)]
    path.write_text("lemma\tpos\tcameo\ttarget\tobject\tflags\nfire\tVERB\t--\tdobj\n")
    with pytest.raises(KnowledgeBaseError, match="unknown CAMEO code"):
        load_triggers(path, Ontology.load(), set())


@pytest.mark.parametrize("text, source, target, root", [
    ("Iran denied supplying drones to Russia.", "IRN", "RUS", "07"),
    ("Iran denied that it had supplied drones to Russia.", "IRN", "RUS", "07"),
])
def test_a_denied_act_is_negated(text, source, target, root, rules_only):
    found = [(s, t, c[:2], m) for s, t, c, m in coded(text, rules_only)]
    assert (source, target, root, "negated") in found, found
    assert (source, target, root, "asserted") not in found, found


def test_blocked_aid_is_not_given_but_a_blocked_request_was_made(rules_only):
    found = triples("Hungary blocked EU aid to Ukraine.", rules_only)
    assert ("HUN", "EU", "120") in found and not any(code.startswith("07") for _, _, code in found), found
    found = triples("Russia blocked a request by France to hold talks on Syria.", rules_only)
    assert ("FRA", "RUS", "020") in found and ("RUS", "FRA", "120") in found, found


@pytest.mark.parametrize("text, target, sector", [
    ("Russian missiles hit Kyiv overnight.", "UKR", None),  # the city struck: the country
    ("Israel struck Beirut on Tuesday.", "LBN", None),
    ("Russia criticised Kyiv.", "UKR", "GOV"),  # the capital speaking for its government
])
def test_a_capital_struck_is_the_country_not_its_government(text, target, sector, rules_only):
    found = [(e.target.actor.key, e.target.actor.sector) for e in extract(text, date="2025-06-01", settings=rules_only)
             if e.target is not None]
    assert (target, sector) in found, found


def test_an_act_by_someone_unresolved_is_not_the_clause_subjects(rules_only):
    text = "The Kenyan government ordered police patrols after violent protests by the Zorbian sect."
    found = [(e.source.actor.sector, e.cameo) for e in extract(text, date="2025-06-01", settings=rules_only)
             if e.source is not None]
    assert not any(sector == "GOV" and code.startswith("14") for sector, code in found), found
