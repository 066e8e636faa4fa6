"""Actor resolution, twenty-sixth round (actors41): wrong actors on news. A weapon's place is
not the attacker, a body "of" a named state is that state's, an outlet's language edition is
the outlet's, "IS" names the Islamic State (not in capitals where it is the verb), and "its"
in what a state does to its own people is the doer's, also after "several of". Real model and
pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, mentions, source_codes, target_codes

pytestmark = pytest.mark.model

DATE = "2025-05-02"


@pytest.mark.parametrize("text, place", [
    ("A Kenyan engineer was killed by an IED in Somalia on Friday.", "SOM"),
    ("Two nurses were wounded by a grenade in Mali overnight.", "MLI"),
])
def test_the_place_of_a_weapon_is_not_its_user(text, place, rules_only):
    assert not any(s and s.startswith(place) for s in source_codes(text, rules_only, DATE)), \
        codes(text, rules_only, DATE)


def test_a_weapons_owner_still_is(rules_only):
    text = "Four farmers were killed by a Russian drone in Kherson on Sunday."
    assert any(s and s.startswith("RUS") for s in source_codes(text, rules_only, DATE)), codes(text, rules_only, DATE)


def test_a_body_of_a_named_state_is_that_states(nlp):
    text = ("Sudan's army shelled a market on Monday. The head of the Joint Staff of the Armed "
            "Forces of Pakistan warned India on Tuesday.")
    found = mentions(nlp, text)
    assert found.get("the Joint Staff", ("PAK",))[0] == "PAK", found
    assert all(key != "SDN" for name, (key, _) in found.items() if "Staff" in name), found


@pytest.mark.parametrize("text, outlet, key", [
    ("RT French said the Malian junta had expelled a journalist.", "RT French", "RUS"),
    ("CGTN Russian was banned by the regulator.", "CGTN Russian", "CHN"),
])
def test_an_outlets_language_edition_is_the_outlets(text, outlet, key, nlp):
    found = mentions(nlp, text)
    assert found.get(outlet, (None,))[0] == key, found
    assert "French" not in found and "Russian" not in found, found


def test_a_states_adjective_alone_stays_the_state(nlp):
    found = mentions(nlp, "French police questioned an RT reporter.")
    assert found.get("French police", (None,))[0] == "FRA", found


@pytest.mark.parametrize("text", [
    "The bombing of the market was claimed by IS on Saturday.",
    "Kurdish fighters said IS had withdrawn from the village.",
])
def test_is_names_the_islamic_state(text, nlp):
    found = mentions(nlp, text)
    assert found.get("IS", (None, None))[1] == "REB", found


def test_is_in_capitals_as_a_verb_is_no_group(nlp):
    found = mentions(nlp, "WHERE IS THE MONEY? Kenya's treasury was asked on Monday.")
    assert "IS" not in found, found


@pytest.mark.parametrize("text, code", [
    ("The Nigerien junta detained several of its army officers over the plot.", "NERMIL"),
    ("Ghana arrested many of its police officers over the bribes.", "GHACOP"),
    ("The Ghanaian government arrested two of its police commanders.", "GHACOP"),
])
def test_its_people_a_state_acts_on_are_its_own(text, code, rules_only):
    targets = target_codes(text, rules_only, DATE)
    if code is not None:
        assert code in targets, codes(text, rules_only, DATE)
    assert "NERCVL" not in targets and "GHACVL" not in targets, codes(text, rules_only, DATE)


def test_another_states_its_stays_the_speakers(rules_only):
    text = "Togo says that Benin has arrested several of its soldiers near the border."
    assert "TGOMIL" in target_codes(text, rules_only, DATE), codes(text, rules_only, DATE)
