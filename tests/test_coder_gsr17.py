"""Constructions of the rule coder from the fourteenth round on PLOVER-style news: acts told
as nouns whose doer the parser hangs elsewhere ("the arrest of X by Y", "crimes committed by
Y"). Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # "the arrest of X by Y": the parser hangs the "by" on X; Y still did it
    ("The arrest of a Turkish journalist by Greek police drew protests.", ("GRC", "TUR", "173")),
    ("Turkey condemned the arrest of a Turkish journalist by Greek police.", ("TUR", "GRC", "111")),
    ("The detention of two Kenyan traders by Ugandan soldiers angered Nairobi.", ("UGA", "KEN", "173")),
])
def test_the_doer_of_an_act_noun_after_its_of(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # a participle that only tells who did the act ("committed", "perpetrated", "carried out")
    ("Egypt condemned the atrocities committed by Israeli forces in Gaza.", ("EGY", "ISR", "111")),
    ("The Croatian prosecutor opened an inquiry into crimes committed by Serbian forces.", ("HRV", "SRB", "090")),
    ("Amnesty denounced the killings carried out by Ethiopian troops.", ("AMNESTY", "ETH", "111")),
])
def test_the_doer_of_a_committed_act_is_the_target(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_another_participle_names_no_doer(rules_only):
    # "reported by" tells who told it, not who did it
    found = triples("Egypt condemned the killings reported by Israeli media.", rules_only)
    assert not any(t == "ISR" for _, t, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # "placed under investigation by prosecutors": the parser hangs the passive's "by" on the
    # investigation (as on the charge of "accused of X by Y"); it is still the agent
    ("A British national was placed under investigation by French prosecutors.", ("FRA", "GBR", "090")),
    # "denounced as a crime X's act": the object moved after what the verb calls it
    ("Albania denounced as a crime Serbia's suppression of the protests.", ("ALB", "SRB", "111")),
])
def test_arguments_the_parser_misplaces(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_as_with_one_object_is_what_the_verb_calls_it(rules_only):
    # "served as a mediator between the two sides": no object moved after it
    found = triples("Kenya served as a mediator between Ethiopia and Eritrea.", rules_only)
    assert not any(c == "111" for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # the pronoun subject of what an unnamed body says stands for that body, of the country
    # where the event happens (as "the army killed ..." is)
    ("The army said it had killed 12 al-Shabaab fighters in southern Somalia.", ("SOM", "SOM", "190")),
    ("The military said it had destroyed five rebel camps in Darfur.", ("SDN", "SDN", "190")),
])
def test_a_pronoun_for_an_unnamed_speaker(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_a_pronoun_in_a_clause_the_speaker_does_not_say_directly(rules_only):
    # "they" are the bombers, not the police who tell it
    found = triples("Two Palestinian suicide bombers killed nine people when they blew themselves up "
                    "in Haifa, police said.", rules_only)
    assert not any(s == "ISR" for s, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # some of a body's people act for it: "leaders of the opposition", "members of the
    # security forces" are unnamed agents of that body
    ("Leaders of the opposition coalition agreed to postpone the rally in Minsk.", ("BLR", "BLR", "035")),
    ("Members of the security forces arrested five journalists in Harare.", ("ZWE", "ZWE", "173")),
])
def test_members_of_an_unnamed_body(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_the_people_a_dwelling_is_for(rules_only):
    # "a camp for Sudanese refugees": the "for" of a camp or shelter names who lives there
    found = triples("A camp for Sudanese refugees was attacked by Chadian rebels.", rules_only)
    assert ("TCD", "SDN", "180") in found, found


def test_members_of_a_body_placed_elsewhere(rules_only):
    # heads of government "of 30 countries" are not the host country's government
    found = triples("Heads of government of 30 countries gather in Sharm El Sheikh, Egypt to discuss "
                    "the war in Gaza.", rules_only)
    assert not any(s == "EGY" for s, _, _ in found), found
