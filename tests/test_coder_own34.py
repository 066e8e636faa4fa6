"""Constructions of the rule coder from the twenty-second round, on full articles (own34).
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a person named by kin or age, whom a state acts on: of the country where it happens
    ("Belgian police arrested the victim's brother in Antwerp.", ("BELCOP", "BELCVL", "173")),
    ("Officers in Lyon detained the wife of the suspect.", ("FRACOP", "FRACVL", "173")),
    ("The bomber's father was taken into custody in Lahore on Friday.", ("PAKCOP", "PAKCVL", "173")),
    ("A teenager was arrested in Nairobi after the riot.", ("KENCOP", "KENCVL", "173")),
])
def test_kin_and_age_nouns_are_people_of_the_place(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # guards: kin named, but no act of a state on them; a kin noun that speaks makes no event
    "The gunman's brother said he had not seen him for years.",
    "Her daughter lives in Antwerp with two children.",
])
def test_kin_nouns_alone_code_nothing(text, rules_only):
    assert codes(text, rules_only) == set()


@pytest.mark.parametrize("text, expected", [
    # the act answered is told by a clause on it that makes it: its subject is the target,
    # with or without "that"
    ("Ghanaian opposition leaders criticised the decision the Nigerian government announced.",
     ("GHAOPP", "NGAGOV", "111")),
    ("Ghanaian opposition leaders rejected the plan that the Nigerian government unveiled.",
     ("GHAOPP", "NGAGOV", "120")),
    ("Ghanaian activists welcomed the measures Nigeria took against smugglers.", ("GHACVL", "NGA", "051")),
])
def test_target_is_maker_of_answered_act(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, wrong", [
    # guards: a clause on the act that does not make it ("opposes", a saying verb) names no
    # one who made it
    ("Ghanaian opposition leaders criticised the policy Nigeria opposes.", "NGA"),
    ("Ghanaian opposition leaders criticised the order, which Nigeria said was illegal.", "NGA"),
])
def test_clause_that_does_not_make_the_act(text, wrong, rules_only):
    found = codes(text, rules_only)
    assert not any(t == wrong for _, t, _ in found), found


@pytest.mark.parametrize("text, date, expected", [
    # US politicians of the 2020 primaries, by their offices (people.tsv): a senator is LEG; a
    # former mayor or vice president out of office is the country with no sector
    ("Senator Bernie Sanders criticised Michael Bloomberg on Tuesday.", "2020-02-20", ("USALEG", "USA", "111")),
    ("Elizabeth Warren praised Pete Buttigieg in Iowa.", "2019-11-10", ("USALEG", "USAGOV", "051")),
    ("Mike Bloomberg endorsed Joe Biden.", "2020-03-05", ("USA", "USA", "051")),
])
def test_us_primary_politicians(text, date, expected, rules_only):
    found = codes(text, rules_only, date)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # a state's department named by its field, with no state named: the government of the place
    ("The forestry department in Trichy arrested twelve men.", ("INDGOV", "INDCVL", "173")),
    ("The immigration department in Manila deported two Chinese nationals.", ("PHLGOV", "CHNCVL", "174")),
])
def test_department_is_government_of_the_place(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_department_as_a_place_codes_nothing(rules_only):
    # guard: a French department is a place, not an actor
    assert codes("Floods hit the department of Nord in France on Monday.", rules_only) == set()


@pytest.mark.parametrize("text, expected", [
    # calling someone's act a hoax, a sham, a witch hunt or a mistake is criticism (111)
    ("Trump called the Democrats' investigation a sham.", ("USAGOV", "USAOPP", "111")),
    ("Trump repeatedly called the Democrats' inquiry a \"witch hunt\".", ("USAGOV", "USAOPP", "111")),
    ("Ghana called the Nigerian decision a mistake.", ("GHA", "NGA", "111")),
])
def test_calling_an_act_a_sham(text, expected, rules_only):
    found = codes(text, rules_only, "2019-11-01")
    assert expected in found, found


def test_calling_a_hunt_a_success_is_no_criticism(rules_only):
    # guard: the noun of the list as the object, not the predicate, is no criticism
    found = codes("Ghana called the hunt for Nigerian poachers a success.", rules_only, "2019-11-01")
    assert not any(c == "111" for _, _, c in found), found
