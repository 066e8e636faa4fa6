"""Conjoined actors (twenty-eighth round): a list whose middle name the parser made an
apposition and whose last name it hung on the verb as a second subject; conjoined agent nouns
over conjoined states ("lawmakers and officials in France and Germany": each state's agent of
each noun); a state's adjective before two conjoined agent nouns with a word between ("the
Danish Islamist media and government"). Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, members", [
    # "Nigeria" nsubj, "the Niger" its apposition, "Chad" a second nsubj of the verb
    ("Nigeria, the Niger, and Chad condemned the attack.", {"NGA", "NER", "TCD"}),
    ("Tanzania, tiny Burundi, and Kenya condemned the attack.", {"TZA", "BDI", "KEN"}),
])
def test_list_with_apposition_and_stray_last_name(text, members, rules_only):
    found = triples(text, rules_only)
    assert {s for s, _, c in found if c == "111"} == members, found


def test_apposition_of_description_is_no_list_member(rules_only):
    # "the French president" describes Macron: no member of its own, the sector stays
    found = codes("Emmanuel Macron, the French president, and Germany condemned Iran.", rules_only)
    assert ("FRAGOV", "IRN", "111") in found and ("FRA", "IRN", "111") not in found, found


@pytest.mark.parametrize("text, events", [
    ("Lawmakers and officials in France and Germany condemned Russia.",
     {("FRALEG", "RUS", "111"), ("FRAGOV", "RUS", "111"), ("DEULEG", "RUS", "111"), ("DEUGOV", "RUS", "111")}),
    ("Soldiers and police in Kenya and Uganda arrested dozens of protesters.",
     {("KENMIL", "KENCVL", "173"), ("KENCOP", "KENCVL", "173"), ("UGAMIL", "KENCVL", "173"),
      ("UGACOP", "KENCVL", "173")}),
    # as the target too
    ("Russia condemned lawmakers and officials in France and Germany.",
     {("RUS", "FRALEG", "111"), ("RUS", "FRAGOV", "111"), ("RUS", "DEULEG", "111"), ("RUS", "DEUGOV", "111")}),
])
def test_conjoined_agents_over_conjoined_states(text, events, rules_only):
    found = codes(text, rules_only)
    assert events <= found, found


def test_one_agent_over_conjoined_states_stays_one_sector(rules_only):
    found = codes("Lawmakers in France and Germany condemned Russia.", rules_only)
    assert {s for s, _, _ in found} == {"FRALEG", "DEULEG"}, found


def test_shared_adjective_with_a_word_between(rules_only):
    found = codes("The Danish Islamist media and government warned Sweden.", rules_only)
    assert {("DNKMED", "SWE", "130"), ("DNKGOV", "SWE", "130")} <= found, found
