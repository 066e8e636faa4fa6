"""Constructions of news leads (the first sentence of an article, which tells its main
event): court findings that an act is unlawful (116), conversations, acquisitions, and bans
on anyone. Rules alone (the learned detector off), real model; sentences written for
these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target", [
    # the predicate in a clause on the verb: "ruled [that] X is unconstitutional"
    ("On Friday, a federal judge in Texas ruled the United States federal government's "
     "practice of drafting only men is unconstitutional.", "USA", "USA"),
    ("The Kenyan High Court ruled that the government's curfew was unlawful.", "KEN", "KEN"),
    # "found X to be unlawful"
    ("The Supreme Court of the United Kingdom found the UK government's prorogation of "
     "Parliament to be unlawful.", "GBR", "GBR"),
    # the parser may hang the thing's owner on the adjective
    ("A Brazilian court declared President Lula's decree unconstitutional.", "BRA", "BRA"),
])
def test_a_courts_finding_that_an_act_is_unlawful_finds_its_actor_liable(text, source, target, rules_only):
    # by a court: CAMEO 116 (by another body a disapproval, 111: test_coder_lead17.py)
    found = triples(text, rules_only)
    assert (source, target, "116") in found, found


def test_a_finding_of_something_else_is_no_disapproval(rules_only):
    # only a predicate of unlawfulness makes the finding an act
    found = triples("The Kenyan High Court ruled that the government's curfew was necessary.", rules_only)
    assert not any(c in ("111", "116") for _, _, c in found), found
    found = triples("The Kenyan High Court found the Ugandan government's papers in order.", rules_only)
    assert not any(c in ("111", "116") for _, _, c in found), found


def test_a_conversation_with_someone_is_a_consultation(rules_only):
    found = triples("The announcement came after Macron had a phone conversation with "
                    "Turkish President Recep Tayyip Erdogan.", rules_only)
    assert any({s, t} == {"FRA", "TUR"} and c == "040" for s, t, c in found), found


@pytest.mark.parametrize("text, source, target, code", [
    # acquiring is buying: a firm of another state, or weapons from someone
    ("A Hungarian state-owned firm acquired the Austrian manufacturer Steyr.", "HUN", "AUT", "061"),
    ("Egypt acquired fighter jets from France last year.", "EGY", "FRA", "062"),
])
def test_acquiring_is_buying(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_a_ban_on_anyone_is_on_the_states_own_people(rules_only):
    found = triples("On Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a decree "
                    "banning anyone wearing a face veil from entering public buildings.", rules_only)
    assert ("TUN", "TUN", "172") in found, found


@pytest.mark.parametrize("text", [
    # "it" is the object of a verb before it in the sentence ...
    "The Kenyan government imposed a curfew in Nairobi in May and lifted it in June.",
    # ... or the subject of the sentence before, which the lead goes on with
    "On Sunday, the state of emergency declared in March ended in Kenya. The Kenyan cabinet "
    "had voted to lift it on Saturday.",
])
def test_what_it_stands_for_meets_the_verbs_conditions(text, rules_only):
    found = triples(text, rules_only)
    assert ("KEN", "KEN", "081") in found, found


def test_it_standing_for_something_else_is_no_easing(rules_only):
    found = triples("On Sunday, the report on the floods was published in Kenya. The Kenyan cabinet "
                    "had voted to lift it on Saturday.", rules_only)
    assert not any(c.startswith("08") for _, _, c in found), found
