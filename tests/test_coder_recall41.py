"""Recall on news, twenty-sixth round (recall41): a trigger noun that only names the kind of
another noun ("riot police"), the property a force seizes named by a name's common noun
("control of the chipmaker Nexperia"), an armed force's own unnamed act told by that force
("the IDF claims that a drone strike killed a Hezbollah commander"), and boarding a ship.
Rules alone, real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The government deployed riot police to the capital.",
    "Kenyan police fired tear gas from behind riot shields in Nairobi.",
])
def test_riot_before_a_noun_names_its_kind(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] == "14" for _, _, c in found), found


def test_riot_itself_still_codes(rules_only):
    found = triples("Thousands of Kenyans rioted in Nairobi against the new tax.", rules_only)
    assert any(c[:2] == "14" for _, _, c in found), found


def test_seizing_control_of_a_named_firm_is_confiscation(rules_only):
    found = triples("The Dutch government invoked a law to seize control of the Chinese-owned chipmaker Nexperia.",
                    rules_only)
    assert ("NLD", "CHN", "1711") in found, found
    assert not any(c[:2] == "19" for _, _, c in found), found


@pytest.mark.parametrize("text, event", [
    ("The Israel Defense Forces claim that a drone strike in Nabatieh, Lebanon, killed a Hezbollah commander.",
     ("ISRMIL", "LBNREB")),
    ("The Israeli military says that the Egoz Unit commando group has killed a Hezbollah militant in southern Lebanon.",
     ("ISRMIL", "LBNREB")),
    ("The Indonesian military confirms that 18 Papuan separatists were killed in a military operation in Papua.",
     ("IDNMIL", "IDNREB")),
    ("The Israeli military says that a Hamas commander was killed in an airstrike in central Gaza.",
     ("ISRMIL", "PSEREB")),
])
def test_a_force_tells_its_own_unnamed_act(text, event, rules_only):
    found = codes(text, rules_only)
    assert any((s, t) == event and c[:2] in ("18", "19") for s, t, c in found), found


@pytest.mark.parametrize("text", [
    # guards: a weapon that names no doer, civilians killed, the force's own men killed
    "The Israeli military said a rocket killed two Hezbollah fighters.",
    "The Sudanese army said that 30 civilians were killed in an airstrike in Darfur.",
    "The Nigerian army said that twelve soldiers were killed in an ambush in Borno.",
])
def test_the_speaker_is_not_the_doer_of_others_acts(text, rules_only):
    found = codes(text, rules_only)
    assert not any(s is not None and s.endswith("MIL") and c[:2] in ("18", "19") for s, _, c in found), found


def test_boarding_a_ship_seizes_it(rules_only):
    found = triples("Britain boarded a Russian tanker in the Channel.", rules_only)
    assert any((s, t) == ("GBR", "RUS") and c[:2] == "17" for s, t, c in found), found
