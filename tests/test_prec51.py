"""Precision fixes of the prec51 round (false events of full articles): the subject of a "be
to" clause with a passive infinitive is acted on, not a party to the deal its adjunct names; a
clause the parser hangs on a verb across a semicolon is not what the verb asks; a state's own
obligation told by its government is no demand; a trigger noun naming the kind of an act noun of
the same root is that one act. The full pipeline (with the learned detector) and the rules alone,
real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

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
