"""Constructions of the rule coder from the eighteenth round on Wikinews articles: claims
that someone is behind an act of violence or unrest (an accusation), promises of a change of
a law with no other party, and a change a government says should be made. Rules alone (the
learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a saying verb whose clause puts a state or an organised actor behind, in charge of or
    # as the sender of an act of violence or unrest accuses it (112)
    ("Russia said Ukraine was behind the attack on the bridge.", ("RUS", "UKR", "112")),
    ("The Indian minister said Pakistan was behind the attack in Kashmir.", ("IND", "PAK", "112")),
    ("The White House said Russia was responsible for the cyberattack.", ("USA", "RUS", "112")),
    ("The Serbian president said Croatia was responsible for the violence.", ("SRB", "HRV", "112")),
    ("The Serbian president said the protests were organized by the opposition.", ("SRB", "SRB", "112")),
])
def test_a_claim_of_involvement_is_an_accusation(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_sent_by_the_government_accuses_it(rules_only):
    found = codes("Opposition members in Bolivia claimed the violent protesters were sent by the government.",
                  rules_only)
    assert any(t == "BOLGOV" and c == "112" for _, t, c in found), found


@pytest.mark.parametrize("text", [
    # not an act of violence or unrest, said not to be so, or people who are no organised
    # actor (suspects the police tell of): no accusation
    "The Kenyan president said the army was involved in the peace talks.",
    "The French minister said France was not behind the attack.",
    "Police said two men were involved in the shooting in Nairobi.",
    "Israel said Hamas was responsible for the budget of the city.",
])
def test_no_accusation_without_a_hostile_act(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("11") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # changing, amending or rewriting a law or constitution is political reform (034), promised
    # to no one; so is making a museum into a mosque (also as the gerund the verb takes)
    ("The Canadian prime minister promised to change the election law.", ("CAN", None, "034")),
    ("The Chilean president vowed to rewrite the constitution.", ("CHL", None, "034")),
    ("The Egyptian president pledged to convert the museum into a mosque.", ("EGY", None, "034")),
    ("The Egyptian president pledged converting the old palace museum to a mosque.", ("EGY", None, "034")),
])
def test_promise_of_a_change_of_law(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # another change, or a building made into another thing than a place of worship or a
    # museum: still nothing promised with no party (test_coder_gsr21)
    "The Canadian prime minister promised to change the tone of the debate.",
    "The mayor pledged to convert the old factory into apartments.",
])
def test_promise_of_another_change_codes_nothing(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("03") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # a state or its government saying a law should be changed states its own intent (034)
    ("The Canadian prime minister said the constitution must be amended.", ("CAN", None, "034")),
    ("Kenya said the election law must be changed.", ("KEN", None, "034")),
])
def test_a_government_saying_a_law_should_change(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # an opposition or protesters say so of others' acts; an act the lexicon codes is not
    # done by the speaker; a clause that names whom it asks is a demand
    "The opposition leader said the constitution must be amended.",
    "Protesters in Kenya said the law should be repealed.",
    "The French president said the sanctions should be lifted.",
    "The minister said Iran must change its laws.",
])
def test_others_saying_a_law_should_change_is_no_intent(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("03") for _, _, c in found), found


def test_a_deed_done_through_fraud_accuses_its_doer(rules_only):
    # a claim that someone won or did something through a wrongdoing (objects.tsv @fraud)
    found = codes("The Kenyan opposition claimed the ruling party won the vote through fraud.", rules_only)
    assert ("KENOPP", "KENGOV", "112") in found, found


def test_a_deed_done_through_other_means_accuses_no_one(rules_only):
    found = triples("The Kenyan opposition claimed the ruling party won the vote through hard work.", rules_only)
    assert not any(c.startswith("11") for _, _, c in found), found
