"""Constructions of the rule coder from the nineteenth round on PLOVER-style news, cooperative
types, second pass: a state evacuating its own citizens or staff, a country's assembly as its
legislature. Rules alone (the learned detector off), real model; sentences written for these
tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    # citizens, nationals, diplomats or embassy staff taken out: the state's own people, no
    # aid to the place they leave
    "Spain evacuated its citizens from Sudan on Sunday.",
    "Canada evacuated its embassy staff from Port-au-Prince.",
    "Italy has evacuated its diplomats from Niger.",
    "Japan evacuated hundreds of nationals from Israel.",
])
def test_evacuated_own_people(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("07") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # guards: the wounded, civilians or refugees evacuated from a place remain humanitarian aid
    ("Turkish ships evacuated Syrian civilians from the coast.", ("TUR", "SYRCVL", "073")),
    ("Greek boats evacuated hundreds of refugees from Libya.", ("GRC", "LBYREF", "073")),
])
def test_evacuated_others(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # "the <country> Assembly", "the <people> Assembly": the country's legislature
    ("Serbian mayors demanded funds from the Montenegro Assembly.", ("SRBGOV", "MNELEG", "100")),
    ("Egypt demanded help from the Kenyan Assembly.", ("EGY", "KENLEG", "100")),
])
def test_assembly_is_legislature(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_general_assembly_stays_un(rules_only):
    # guard: the UN General Assembly is the UN's, not a legislature
    found = codes("The UN General Assembly condemned Russia on Monday.", rules_only)
    assert ("UN", "RUS", "111") in found, found


@pytest.mark.parametrize("text, expected", [
    # opening a border or crossing to people or a state eases its closure, as reopening does (081)
    ("Kenya opened its borders to Somali refugees.", ("KEN", "SOMREF", "081")),
    ("Poland opened a new border crossing with Ukraine.", ("POL", "UKR", "081")),
])
def test_opened_border(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_opened_office_is_no_border(rules_only):
    # guard: opening an office to the public eases nothing
    found = codes("Kenya opened a new office to Somali traders.", rules_only)
    assert not any(c == "081" for _, _, c in found), found


def test_conjoined_clause_keeps_its_own_target(rules_only):
    # a conjoined verb with an object of its own is a clause of its own: its "to" is not the
    # first verb's ("opened its borders to X" names no actor here; Zambians are refused)
    found = codes("Malawi opened its borders to most East Africans, but was still refusing "
                  "entry to Zambians.", rules_only)
    assert ("MWI", "ZMBCVL", "120") in found, found
    assert not any(c == "081" and t == "ZMBCVL" for _, t, c in found), found


def test_conjoined_verbs_share_a_preposition(rules_only):
    # guard: verbs that share one object and preposition still do ("met and talked with")
    found = codes("India met and negotiated with Pakistani officials on Monday.", rules_only)
    assert ("IND", "PAKGOV", "046") in found, found
