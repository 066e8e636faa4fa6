"""Constructions of the rule coder from the sixteenth round on PLOVER-style news (third part):
people, agencies and forces forced out, and patrols ordered or stepped up.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # people forced out of their homes or of a country are expelled (174)
    ("Kenya forced Somali refugees out of the camp.", ("KEN", "SOM", "174")),
    ("Turkish police forced out Syrian migrants from a park in Istanbul.", ("TUR", "SYR", "174")),
    # an agency or organisation forced out is expelled as an aid agency is (166)
    ("Myanmar forced the UN refugee agency out of the country.", ("MMR", "UNHCR", "166")),
    # diplomats forced out: 166, as expelled diplomats are
    ("The Greek government forced the Russian diplomats out of the country.", ("GRC", "RUS", "166")),
])
def test_forced_out_is_expelled(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_forces_forced_out_are_fought(rules_only):
    # troops or forces driven out of a place are fought (190), not expelled people (174)
    found = triples("Ukraine forced Russian troops out of Kherson.", rules_only)
    assert ("UKR", "RUS", "190") in found and not any(c == "174" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    # no actor forced out, or forced to do something: no expulsion
    "The flood forced thousands of people out of their homes.",
    "Spain forced Morocco to reopen the border.",
])
def test_forced_without_expulsion_codes_none(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c in ("174", "166") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # patrols ordered, stepped up or mounted show police or military power (150), aimed where
    # they patrol when that is abroad, at no one at home
    ("China stepped up naval patrols around Taiwan.", ("CHN", "TWN", "150")),
    ("Indian police increased patrols in Kashmir.", ("IND", None, "150")),
    ("The Nigerian government ordered patrols by the police after the riots.", ("NGA", None, "150")),
])
def test_patrols_show_force(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # a patrol that is attacked, or soldiers on patrol: no show of force by them
    "An army patrol was ambushed by Taliban fighters in Kandahar.",
    "Three Kenyan soldiers on patrol near the Somali border were killed by al-Shabaab.",
])
def test_patrol_attacked_is_no_show_of_force(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c == "150" for _, _, c in found), found


def test_object_taken_for_a_participles_subject(rules_only):
    # the parser makes "officers" the subject of "holed" and leaves "to" with no object: the
    # bare preposition's object is the noun phrase that opens right after it
    found = triples("Chile has granted diplomatic asylum to six Bolivian army officers holed up in a "
                    "diplomatic residence.", rules_only)
    assert ("CHL", "BOL", "075") in found, found


def test_preposition_before_a_clause_of_its_own_keeps_its_object(rules_only):
    # guard: a preposition with its object, then a clause with its own subject and auxiliary
    found = triples("Spain sent aid to Morocco, as the talks had failed.", rules_only)
    assert ("ESP", "MAR", "070") in found, found
