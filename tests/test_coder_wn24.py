"""Constructions of the rule coder from the seventeenth round on Wikinews misses: unnamed
agents as targets of disapproval and probes, criticism "despite" which an act goes ahead,
questioned authority, "the move" as the last deed. Rules alone
(the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # an unnamed agent noun as a target: of the country where the event happens
    ("Crowds marched in Madrid on Sunday. The Spanish prime minister lashed out at the mayor on Monday.",
     ("ESPGOV", "ESPGOV", "111")),
    ("Crowds marched in Madrid on Sunday. The Spanish prime minister criticised Mayor Carlos Ruiz on the radio.",
     ("ESPGOV", "ESPGOV", "111")),
    # a party's adjective does not place the agent elsewhere
    ("Crowds marched in Madrid on Sunday. The Spanish prime minister lashed out at the city's "
     "Socialist mayor on Monday.", ("ESPGOV", "ESPGOV", "111")),
    ("Protests spread across Kenya. President William Ruto criticised the police.",
     ("KENGOV", "KENCOP", "111")),
])
def test_an_unnamed_agent_is_a_target(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_an_office_acts_for_its_holder(rules_only):
    found = codes("The Chicago district attorney's office is investigating the governor.", rules_only)
    assert ("USAJUD", "USAGOV", "090") in found, found


@pytest.mark.parametrize("text", [
    # a body's name ending in an agent noun, agents a people's name places, a number
    "Peru resumed cooperation with the Anti-Narcotics Administration.",
    "Turkey criticised Kurdish forces.",
    "Another 50 Chilean troops arrived in Haiti, joining 50 that arrived on Monday, to fight gangs.",
])
def test_agents_that_are_not_of_the_place(text, rules_only):
    found = codes(text, rules_only)
    assert not any(t is not None and t.startswith(("PER", "TUR", "HTI")) and s[:3] == t[:3]
                   for s, t, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # questioning someone's authority or legitimacy is disapproval of them
    ("The European Union questioned Orban's authority to close the university.", ("EU", "HUN", "111")),
    ("The opposition challenged the legitimacy of Maduro.", ("VEN", "VEN", "111")),
])
def test_questioned_authority_is_disapproval(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_questioning_a_person_is_not_disapproval(rules_only):
    found = triples("The German journalist questioned the French minister about the budget.", rules_only)
    assert not any(c.startswith("11") for _, _, c in found), found


def test_criticism_despite_which_an_act_goes_ahead(rules_only):
    found = triples("The Hungarian government closed the university despite criticism by the German "
                    "foreign minister.", rules_only)
    assert ("DEU", "HUN", "111") in found, found


def test_criticism_of_another_act_is_not_of_the_clause(rules_only):
    found = triples("The Hungarian government closed the university after criticism by the German "
                    "foreign minister.", rules_only)
    assert ("DEU", "HUN", "111") not in found, found


def test_the_move_is_the_last_deed_not_the_last_word(rules_only):
    found = triples("Russia expelled two British diplomats. Poland condemned the expulsion. "
                    "Germany criticised the move.", rules_only)
    assert ("DEU", "RUS", "111") in found and ("DEU", "POL", "111") not in found, found


def test_an_act_by_someone_named_after_its_phrase(rules_only):
    found = triples("Iran attacked the proclamation of the islands as Emirati territory by the "
                    "President of France.", rules_only)
    assert ("IRN", "FRA", "111") in found, found
