"""Everyday news, fourteenth round's sweep: headline passives without an auxiliary,
putting someone on a terrorist or sanctions list, closing newspapers and stations,
taking control of a company, and coercion nouns whose unnamed people are acted on.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract

pytestmark = pytest.mark.model


def sided(text, settings, date="2026-03-01"):
    """(source key, source sector, CAMEO code, target key, target sector) of each event."""
    return {(e.source.actor.key if e.source else None, e.source.actor.sector if e.source else None, e.cameo,
             e.target.actor.key if e.target else None, e.target.actor.sector if e.target else None)
            for e in extract(text, date=date, settings=settings)}


@pytest.mark.parametrize("text", [
    # a headline's participle: its subject was acted on, and no attacker is named
    "Five people killed in a bombing in Kabul.",
    "Three bystanders wounded in a shooting in Chicago.",
])
def test_headline_passive_victims_are_not_the_source(text, rules_only):
    found = sided(text, rules_only)
    assert not any(sec in ("CVL", None) and code[:2] in ("18", "19") for _, sec, code, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # the agent, when the headline names one, acts on the subject
    # (gunmen killing villagers: an assault, GUIDE.md's 18 "kill civilians")
    ("Eight villagers killed by gunmen in northern Burkina Faso.", ("BFA", "BFA", "18")),
    ("Twelve soldiers killed in an Israeli strike on southern Lebanon.", ("ISR", "LBN", "19")),
    # a passive of coercion with no agent: the state of the place acts
    ("Two journalists arrested in Istanbul over their reporting.", ("TUR", "TUR", "17")),
    ("Opposition leader detained in Kampala ahead of election.", ("UGA", "UGA", "17")),
    ("Prominent lawyer jailed in Cairo for spreading false news.", ("EGY", "EGY", "17")),
])
def test_headline_passive_codes_the_one_acted_on_as_target(text, expected, rules_only):
    source, target, root = expected
    found = sided(text, rules_only)
    assert any(s == source and t == target and c[:2] == root for s, _, c, t, _ in found), found
    assert not any(sec in ("CVL", "OPP", "MED") for _, sec, _, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # put on a list of terrorist organisations (172) or a sanctions list (163)
    ("The US added the Houthis to its list of terrorist organisations.", ("USA", "172", "YEM")),
    ("Russia added the German broadcaster to its list of foreign agents.", ("RUS", "172", "DEU")),
    ("The European Union added five Russian banks to its sanctions list.", ("EU", "163", "RUS")),
    # blacklisting firms is a sanction; an outlet, a restriction on the press
    ("The US Treasury blacklisted three Iranian companies.", ("USA", "163", "IRN")),
    ("Russia blacklisted the Dutch broadcaster.", ("RUS", "1721", "NLD")),
])
def test_lists_and_blacklists(text, expected, rules_only):
    found = sided(text, rules_only)
    assert any((s, c, t) == expected for s, _, c, t, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # closing or shutting down newspapers and broadcasters restricts the press (1721): the
    # state's own media when the text places them nowhere else
    ("The Turkish government ordered the shutdown of three opposition newspapers.", ("TUR", "TUR", "MED")),
    ("The Egyptian authorities shut down two independent newspapers.", ("EGY", "EGY", "MED")),
    ("The Burmese junta closed down the last independent broadcaster.", ("MMR", "MMR", "MED")),
    ("The Iranian judiciary ordered the closure of two reformist newspapers.", ("IRN", "IRN", "MED")),
])
def test_closing_the_press(text, expected, rules_only):
    found = sided(text, rules_only)
    assert any((s, t, ts) == expected and c == "1721" for s, _, c, t, ts in found), found


def test_the_arrest_of_unnamed_journalists_acts_on_them(rules_only):
    found = sided("Turkish police announced the arrest of five journalists.", rules_only)
    assert ("TUR", "COP", "173", "TUR", "MED") in found, found


@pytest.mark.parametrize("text, expected", [
    # control of a company or a mine is property seized (1711), not territory (192)
    ("Malian soldiers took control of the French-owned gold mine.", ("MLI", "1711", "FRA")),
    ("Russian troops seized control of the Ukrainian steel company.", ("RUS", "1711", "UKR")),
    # a town still is territory
    ("Rebels seized control of the town of Goma.", ("COD", "192", "COD")),
])
def test_taking_control_of_property_or_territory(text, expected, rules_only):
    found = sided(text, rules_only)
    assert any((s, c, t) == expected for s, _, c, t, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # the noun of an expulsion, as the verb: of diplomats 166, of other people 174
    ("Lithuania's expulsion of the Russian diplomats angered Moscow.", ("LTU", "166", "RUS")),
    ("Estonia's expulsion of two Belarusian diplomats drew a protest from Minsk.", ("EST", "166", "BLR")),
    # stripping opponents of their citizenship (172), the state's own when placed nowhere else
    ("Nicaragua stripped 94 opponents of their citizenship.", ("NIC", "172", "NIC")),
    ("Bahrain stripped 30 dissidents of their nationality.", ("BHR", "172", "BHR")),
    # beating people is a physical assault (182)
    ("Riot police beat protesters with batons in Tbilisi.", ("GEO", "182", "GEO")),
    ("Soldiers beat up two journalists in Goma.", ("COD", "182", "COD")),
])
def test_conflictual_nouns_and_verbs(text, expected, rules_only):
    found = sided(text, rules_only)
    assert any((s, c, t) == expected for s, _, c, t, _ in found), found


def test_beating_an_opponent_at_the_polls_is_no_assault(rules_only):
    found = sided("Macron beat Le Pen in the 2022 election.", rules_only, date="2022-05-01")
    assert not any(c.startswith("18") for _, _, c, _, _ in found), found


@pytest.mark.parametrize("text, pair", [
    # exchanging fire is a fight between the two sides
    ("Pakistani and Afghan forces exchanged fire at the border crossing.", {"PAK", "AFG"}),
    ("Indian troops exchanged fire with Pakistani soldiers in Kashmir.", {"IND", "PAK"}),
])
def test_exchanging_fire_is_a_fight(text, pair, rules_only):
    found = sided(text, rules_only)
    assert any({s, t} == pair and c == "190" for s, _, c, t, _ in found), found


def test_what_someone_is_convicted_of_is_not_the_executioners_act(rules_only):
    found = sided("Iranian authorities executed a man convicted of killing a police officer.", rules_only)
    assert ("IRN", "GOV", "1823", "IRN", "CVL") in found, found
    assert not any(c.startswith("19") and s == "IRN" and sec == "GOV" for s, sec, c, _, _ in found), found


@pytest.mark.parametrize("text", [
    # a visitor is not of the place visited: no country guessed from it
    "The foreign minister arrived in Beijing on Monday.",
    "The defence minister visited Kyiv on Tuesday.",
])
def test_an_unnamed_visitor_does_not_take_the_place_visited(text, rules_only):
    found = sided(text, rules_only)
    assert not any(s in ("CHN", "UKR") for s, _, _, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # blocking the internet restricts freedoms (1721), on the state's own people
    ("The Ethiopian government blocked internet access in the Amhara region.", ("ETH", "1721", "ETH")),
    # suspending a treaty with a state cuts relations (160)
    ("India suspended the Indus Waters Treaty with Pakistan.", ("IND", "160", "PAK")),
])
def test_blocking_the_internet_and_suspending_a_treaty(text, expected, rules_only):
    found = sided(text, rules_only)
    assert any((s, c, t) == expected for s, _, c, t, _ in found), found


def test_what_a_warning_is_against_is_not_done(rules_only):
    found = sided("The US State Department warned Iran against attacking American forces.", rules_only)
    assert any(s == "USA" and c.startswith("13") and t == "IRN" for s, _, c, t, _ in found), found
    assert not any(c.startswith("19") for _, _, c, _, _ in found), found
