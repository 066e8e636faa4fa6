"""Constructions of the rule coder from the eighteenth round on PLOVER-style news (sixth part):
a truce "with" someone the parser hangs on the verb, the topic of a symmetric act of conjoined
parties, and a message noun whose "that"-clause says what someone must do.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a demanded truce "with" someone: the other party, though the parser hangs the "with"
    # on the verb
    ("Serbia demanded a truce with Croatia.", ("SRB", "HRV", "100")),
    ("Kenya sought a truce with Somalia.", ("KEN", "SOM", "020")),
])
def test_truce_with_on_the_verb(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_truce_with_no_actor_on_the_verb(rules_only):
    # guard: "with" on the verb that names no actor is no party
    found = triples("Serbia demanded a truce with the help of Croatia.", rules_only)
    assert not any(c == "100" and t == "HRV" for _, t, c in found), found


@pytest.mark.parametrize("text, expected, unwanted", [
    # conjoined parties of a symmetric act: each other, not a place in its topic
    ("Greece and Turkey failed to reach agreement on the fate of the mosques in Nicosia.",
     ("GRC", "TUR", "057"), "CYP"),
    ("Serbia and Kosovo reached an agreement over the border crossings near Pristina.",
     ("SRB", "XKX", "057"), None),
])
def test_topic_of_a_symmetric_act(text, expected, unwanted, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    if unwanted:
        assert not any(unwanted in (t or "") for _, t, _ in found), found


def test_topic_of_a_single_party(rules_only):
    # guard: one party's agreement on something still reads whom the topic names
    found = triples("Greece reached an agreement on the status of Cyprus.", rules_only)
    assert ("GRC", "CYP", "057") in found, found


@pytest.mark.parametrize("text, expected", [
    # a message noun whose "that"-clause says what someone must do: a demand of whom it is sent
    # to, else of the clause's subject
    ("Washington sent a sharp reminder to Pyongyang that it must return to the talks.", ("USA", "PRK", "100")),
    ("France issued a statement that Serbia must pull its troops back.", ("FRA", "SRB", "100")),
])
def test_demand_in_a_message_noun(text, expected, rules_only):
    found = triples(text, rules_only)
    assert any(s.startswith(expected[0]) and (t or "").startswith(expected[1]) and c == expected[2]
               for s, t, c in found), found


@pytest.mark.parametrize("text", [
    # guards: a message of what was done, or a message that does something, demands nothing
    "France issued a statement that Serbia had pulled its troops back.",
    "France sent a letter to Serbia that praised its soldiers.",
])
def test_message_noun_without_obligation(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c == "100" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    # a truce or accord that a verb of oversight has for its object stands: not made now
    "Blue helmets were sent to supervise the truce between Armenia and Azerbaijan.",
    "Observers will monitor the ceasefire between Sudan and South Sudan.",
])
def test_overseen_truce(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("087") or c == "057" for _, _, c in found), found


def test_truce_made_not_overseen(rules_only):
    # guard: a truce declared or signed is made
    found = triples("Armenia declared a truce with Azerbaijan.", rules_only)
    assert ("ARM", "AZE", "0871") in found, found


def test_act_of_a_participle_noun(rules_only):
    # an act in the phrase of a participle on a noun ("militants involved in attacks") is that
    # noun's, not the sentence subject's
    found = triples("Italy arrested Kurdish militants involved in attacks on Turkish diplomats.", rules_only)
    assert not any(s == "ITA" and c.startswith(("18", "19")) for s, _, c in found), found
    assert any(c.startswith(("18", "19")) and s != "ITA" for s, _, c in found), found


def test_act_of_an_unnamed_participle_noun(rules_only):
    # guard: an unnamed person involved in it gives the act no source, and the subject none either
    found = triples("Italy refused to extradite a soldier involved in a shooting in Vienna.", rules_only)
    assert not any(c.startswith(("18", "19")) for _, _, c in found), found
