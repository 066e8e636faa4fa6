"""Precision fixes of the prec51 round (false events of full articles): the subject of a "be
to" clause with a passive infinitive is acted on, not a party to the deal its adjunct names; a
clause the parser hangs on a verb across a semicolon is not what the verb asks; a state's own
obligation told by its government is no demand; a trigger noun naming the kind of an act noun of
the same root is that one act. The full pipeline (with the learned detector) and the rules alone,
real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, modalities, triples

pytestmark = pytest.mark.model


def test_be_to_passive_subject_is_no_party_of_the_deal(settings, rules_only):
    # a wrong pair: the countries modify what is kept, they made no deal with each other
    text = "In the deal, Austrian, United Kingdom and New Zealand production sites are to be kept."
    for s in (settings, rules_only):
        found = triples(text, s)
        assert not any(c[:2] == "05" for _, _, c in found), found


def test_be_to_guard_a_deal_of_conjoined_subjects_still_codes(rules_only):
    found = triples("In the deal, Austria and Britain will keep their sites.", rules_only)
    assert any({a, b} == {"AUT", "GBR"} and c[:2] == "05" for a, b, c in found), found


def test_clause_across_a_semicolon_is_not_asked(settings, rules_only):
    text = "Hungary spent 1.15% of its GDP on defence in 2018; NATO calls for 2%."
    for s in (settings, rules_only):
        found = triples(text, s)
        assert not any(t == "HUN" for _, t, _ in found), found


def test_demand_clause_guard_still_has_its_target(rules_only):
    found = triples("The United States demanded that North Korea abandon its nuclear programme.", rules_only)
    assert ("USA", "PRK", "100") in found, found


@pytest.mark.parametrize("text", [
    "Johnson has repeatedly stated that Britain must leave by that date with or without a deal.",
    "Putin said Russia must strengthen its army.",
])
def test_own_state_obligation_told_by_its_government_is_no_demand(text, settings):
    found = triples(text, settings, date="2019-09-10")  # (Johnson the prime minister then)
    assert not any(c[:2] == "10" for _, _, c in found), found


@pytest.mark.parametrize("text, date, triple", [
    ("Corbyn said Britain must hold a second referendum.", "2019-09-10", ("GBR", "GBR", "100")),  # the opposition's
    ("Former prime minister Theresa May said Britain must hold a second referendum.", "2019-09-10",
     ("GBR", "GBR", "100")),
    # a person of no office is no state ("Fatah", then the ruling party, of its former leader)
    ("Angry activists from the Fatah Party have staged rallies against the party's leader Mahmoud Abbas,"
     " saying he must resign.", "2000-01-01", ("PSE", "PSE", "100")),
    ("The Bush administration declared that China must drop barriers to U.S. exports.", "2019-09-10",
     ("USA", "CHN", "100")),
])
def test_obligation_of_another_stays_a_demand(text, date, triple, settings):
    assert triple in triples(text, settings, date=date)


@pytest.mark.parametrize("text", [
    "The Assam Pradesh Congress Committee organized protest rallies across Assam on Monday.",
    "Hamas carried out a bomb attack on Israeli soldiers.",
])
def test_kind_of_act_noun_codes_one_act(text, settings, rules_only):
    found = codes(text, settings) | codes(text, rules_only)  # (with the sectors: not one key twice)
    roots = [c[:2] for _, _, c in found]
    assert len(roots) == len(set(roots)) == 1, found


def test_kind_of_act_guard_talks_about_a_ceasefire_stay_talks(rules_only):
    found = triples("Israel and Hamas held ceasefire talks in Cairo.", rules_only)
    assert any(c[:2] == "04" for _, _, c in found), found


@pytest.mark.parametrize("text, triple", [
    ("The police are coordinating actions with the garrisons to prevent drug traffickers from entering Peru.",
     ("PER", "PER", "19")),
    ("Israel barred Palestinian officials from visiting Jerusalem.", ("PSE", "ISR", "04")),
    ("Russia refrained from attacking Ukraine.", ("RUS", "UKR", "19")),
])
def test_act_kept_from_being_done_is_negated(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"negated"}


def test_act_kept_from_guard_the_preventing_act_stays_asserted(rules_only):
    assert modalities("Israel barred Palestinian officials from visiting Jerusalem.", rules_only,
                      ("ISR", "PSE", "17")) == {"asserted"}
