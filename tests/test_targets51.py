"""Sides of acts, the targets51 round: "four others" after a group are more of it; "their
position" is the possessor's; "those countries" are the states just listed; an agentless passive
in a clause of circumstance takes no doer from another act's place; "the court" after an unnamed
court placed in its own phrase is that court. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Colombian police kill six suspected gunmen and arrest three others in Cali, Valle del Cauca.",
    "Mexican security forces kill 13 suspected gunmen and arrest four others in Culiacan, Sinaloa.",
])
def test_others_after_a_group_are_more_of_it(text, rules_only):
    found = codes(text, rules_only)
    arrests = {t for _, t, c in found if c[:2] == "17"}
    assert arrests and all(t is not None and t.endswith("CRM") for t in arrests), found


def test_others_with_no_group_before_keep_the_place(rules_only):
    # guard: "others" that no conjoined act names a group for are still the place's people
    found = codes("Police arrested four others in Nairobi.", rules_only)
    assert any(c[:2] == "17" and t is not None and t.startswith("KEN") for _, t, c in found), found


def test_their_position_is_the_possessors(rules_only):
    found = codes("Three Kenyan peacekeepers are killed after rebels launch a mortar attack on their position"
                  " at Bunia Airport.", rules_only)
    assert any(t == "KENMIL" for _, t, _ in found), found
    assert not any(t == "COD" for _, t, _ in found), found


@pytest.mark.parametrize("text, source, targets", [
    ("Iran accuses Qatar and Bahrain of the attacks and launches retaliatory strikes against those countries.",
     "IRN", {"QAT", "BHR"}),
    ("Russia, China and Iran hold talks in Moscow. Washington imposes sanctions on these countries.",
     "USA", {"RUS", "CHN", "IRN"}),
])
def test_those_countries_are_the_states_just_listed(text, source, targets, rules_only):
    found = triples(text, rules_only)
    for root in {c[:2] for s, _, c in found if s == source and c[:2] in ("16", "19")} or {"none"}:
        hit = {t for s, t, c in found if s == source and c[:2] == root}
        assert targets <= hit, found


def test_agentless_passive_takes_no_state_from_another_acts_place(rules_only):
    text = ("The International Olympic Committee lifts its ban on Belarusian athletes, allowing them to compete"
            " at the upcoming Winter Olympics in Milan, Italy, after previously being banned from competing"
            " under their own flag.")
    found = triples(text, rules_only)
    assert not any(s == "ITA" for s, _, _ in found), found


def test_agentless_passive_on_the_placed_verb_keeps_the_state(rules_only):
    # guard: the place is on the verb the clause hangs on, where the arrest happened too
    found = codes("Protests erupted in Tehran after two students were arrested.", rules_only)
    assert any(s is not None and s.startswith("IRN") and c[:2] == "17" for s, _, c in found), found


def test_the_court_is_the_unnamed_court_placed_before(rules_only):
    text = ("The intermediate people's court in Xiamen, Fujian province, China, sentences nine people, including"
            " four from a crime family in Shan State, Myanmar, to death for fraud. The court also sentences"
            " 15 other people to prison terms.")
    found = codes(text, rules_only)
    assert not any(s is not None and s.startswith("MMR") for s, _, _ in found), found
    assert sum(1 for s, _, c in found if s == "CHNJUD" and c[:2] == "17") >= 1, found


def test_two_more_after_a_group_are_more_of_it(rules_only):
    text = ("A suicide bomber blows himself up near a checkpoint in Homs, Syria, killing one security force member"
            " and wounding two more.")
    found = codes(text, rules_only)
    assert not any(t == "SYR" for _, t, _ in found), found


def test_a_leader_of_a_named_group_is_the_group(rules_only):
    text = ("A court in New York City indicts Jorge Luis Zambrano Gonzalez, the leader of the organized crime"
            " syndicate Los Choneros, on five counts of drug trafficking, conspiracy, and illegal drug distribution"
            " in the United States.")
    found = triples(text, rules_only)
    assert any(t == "ECU" and c[:2] == "17" for _, t, c in found), found


def test_an_act_that_prompts_protests_is_not_their_doer(rules_only):
    text = ("Police arrest Vanadzor mayor Armen Petrosyan on bribery charges amid an anti-corruption investigation in"
            " Armenia, prompting protests outside his office.")
    found = codes(text, rules_only)
    assert not any(s == "ARMCOP" and c[:2] == "14" for s, _, c in found), found
