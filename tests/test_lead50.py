"""A row flagged ``nopeople`` in triggers.tsv ("enter": 192, occupying territory) is not done
by one person, named, titled or referred to by a pronoun: a leader who enters a country or a
hall travels there; troops that enter it occupy it. Rules alone and the shipped settings, real
model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Vladimir Putin entered Sudan on Tuesday.",
    "Russian President Vladimir Putin arrived in Khartoum. He entered Sudan with his aides.",
    "President Zelensky entered Poland by train.",
])
def test_a_person_entering_a_country_occupies_nothing(text, rules_only, settings):
    for config in (rules_only, settings):
        assert not any(c == "192" for _, _, c in codes(text, config)), codes(text, config)


@pytest.mark.parametrize("text, source, target", [
    ("Russian troops entered Ukraine in February.", "RUSMIL", "UKR"),
    ("Israeli forces entered Lebanon on Tuesday.", "ISRMIL", "LBN"),
])
def test_forces_entering_a_country_still_occupy_it(text, source, target, rules_only):
    assert (source, target, "192") in codes(text, rules_only), codes(text, rules_only)


@pytest.mark.parametrize("text", [
    # a person whom no actor stands for, named after the known one: "He" may be either
    "Philippine President Ferdinand Marcos Jr. ordered the arrest of former legislator Zaldy Co. "
    "He accused the government of persecution.",
    "Israeli Prime Minister Benjamin Netanyahu met activist John Smithers on Monday. He criticised Iran.",
    "Israeli Prime Minister Benjamin Netanyahu met Mr Smithers on Monday. He criticised Iran.",
])
def test_a_pronoun_with_an_unknown_person_in_view_is_left_alone(text, settings):
    found = codes(text, settings)
    assert not any(c[:2] in ("11", "12") for _, _, c in found), found


def test_a_pronoun_with_one_person_in_view_is_theirs(settings):
    assert ("ISRGOV", "IRN", "111") in codes(
        "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. He criticised Iran.", settings)
    # the name after a title the resolver reads without it is that title's person, no other one
    # in view: "he" is still the one person named
    text = ("British Minister of State for the Armed Forces Luke Pollard rejected the comments made by "
            "Israeli prime minister Benjamin Netanyahu yesterday, where he accused British prime minister "
            "Keir Starmer of siding with Hamas.")
    assert any(s == "ISRGOV" and c == "112" for s, _, c in codes(text, settings)), codes(text, settings)


@pytest.mark.parametrize("text", [
    "Footage released by Reuters shows Russian tanks in Kherson.",
    "A video released by the Israeli military shows strikes on Gaza.",
])
def test_a_publication_released_is_no_release_of_people(text, rules_only):
    # the noun a past participle tells of is its object: "released" with a publication codes nothing
    assert not any(c[:2] == "08" for _, _, c in codes(text, rules_only)), codes(text, rules_only)


def test_an_embargo_imposed_by_a_body_is_an_embargo(rules_only):
    found = codes("Pakistan violated an arms embargo imposed by the United Nations on Libya.", rules_only)
    assert ("UN", "LBY", "163") in found, found


@pytest.mark.parametrize("text", [
    "A Ghana Air Force helicopter crashes near Obuasi, killing eight people.",
    "A military truck overturned and fell into a ravine, killing 10 soldiers.",
])
def test_deaths_an_accident_causes_are_no_assault(text, settings):
    assert not any(c[:2] in ("18", "19", "20") for _, _, c in codes(text, settings)), codes(text, settings)


def test_a_weapon_that_crashes_into_a_building_still_strikes(settings):
    found = codes("A Russian drone crashed into an apartment block in Kharkiv, killing two people.", settings)
    assert any(s.startswith("RUS") and c[:2] in ("18", "19") for s, _, c in found), found
