"""Local conflict reports (seventeenth round, acled23): short notes of violence and protest
that name their places as a district, a town or a province ("in Khulna city", "at Kalia
upazila (Narail, Khulna)", "in Benue"), their victims in a passive with the doer in a
following phrase ("were killed following an ambush by ..."), the planter of a bomb, and
armed forces and party wings by name or acronym. Rules alone (the learned detector off),
real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import placed

pytestmark = pytest.mark.model

DATE = "2022-05-04"


# -- places: the name before a place noun, larger places in brackets, provinces -------------

@pytest.mark.parametrize("text, source, country", [
    # the name of a city before "city" (the parser makes "Khulna" a modifier of "city")
    ("On 4 May 2022, doctors staged a protest in Khulna city over unpaid wages.", "BGDHLH", "BGD"),
    # a small town only, but the larger places in brackets after its "upazila"
    ("On 4 May 2022, villagers blocked a highway at Kalia upazila (Narail, Khulna) to protest a killing.",
     "BGDCVL", "BGD"),
    # a Nigerian state that the gazetteer's cities do not name (places_extra.tsv)
    ("On 4 May 2022, gunmen killed three farmers in Benue.", "NGACRM", "NGA"),
    # people named by their trade (agents.tsv)
    ("On 4 May 2022, traders staged a protest in Kano against new market levies.", "NGABUS", "NGA"),
])
def test_unnamed_people_take_the_country_of_a_local_place(text, source, country, rules_only):
    found = placed(text, rules_only, DATE, codes=True)
    assert any(s == source and loc == country for s, _, _, loc in found), found


def test_a_district_is_not_a_small_town_of_another_country(rules_only):
    # "Argo" is also a Greek town (Argos) of the gazetteer: named with "district", only a
    # region or a big city is read, and the province after it places the attack
    found = placed("On 4 May 2022, Taliban fighters attacked a checkpoint in Argo district, Badakhshan province.",
                   rules_only, DATE, codes=True)
    assert found and all(loc == "AFG" for _, _, _, loc in found), found


@pytest.mark.parametrize("text", [
    # brackets that hold no place: the small town alone gives no country to the police
    "On 4 May 2022, police arrested a man in Kalia (a local trader) on Monday.",
    # a place noun without a name
    "On 4 May 2022, police arrested a man in the district on Monday.",
])
def test_no_place_no_country(text, rules_only):
    assert placed(text, rules_only, DATE, codes=True) == []


# -- victims of a passive, the doer in the act it took place in --------------------------

@pytest.mark.parametrize("text, source, target", [
    ("On 4 May 2022, three policemen were killed following an ambush by al-Shabaab fighters near Afgooye.",
     "SOMREB", "SOMCOP"),
    # a fight: whom it was "with" did it to them
    ("On 4 May 2022, two soldiers were wounded during clashes with ISWAP fighters in Yobe.", "NGAREB", "NGAMIL"),
    # a bomb's planter
    ("On 4 May 2022, a roadside bomb planted by al-Shabaab killed four soldiers in Lower Shabelle.",
     "SOMREB", "SOMMIL"),
])
def test_the_doer_of_an_act_the_victims_suffered(text, source, target, rules_only):
    found = placed(text, rules_only, DATE, codes=True)
    assert any(s == source and t == target and c[:2] in ("18", "19", "20") for s, t, c, _ in found), found


def test_the_subject_of_an_active_verb_stays_the_doer(rules_only):
    # the troops did the killing, not whom the clashes were with
    found = placed("On 4 May 2022, troops killed five militants during clashes with ISWAP fighters in Yobe.",
                   rules_only, DATE, codes=True)
    assert any(s == "NGAMIL" and t == "NGAREB" for s, t, _, _ in found), found
    assert not any(s == "NGAREB" and t == "NGAMIL" for s, t, _, _ in found), found


def test_a_protest_the_victims_died_in_is_not_their_killer(rules_only):
    # only an act of force "during" or "following" which they died names who killed them
    found = placed("On 4 May 2022, two men were killed during a protest by students in Kano.",
                   rules_only, DATE, codes=True)
    assert not any(s == "NGAEDU" and c[:2] in ("18", "19", "20") for s, _, c, _ in found), found


@pytest.mark.parametrize("text", [
    # an attack by no one named
    "On 4 May 2022, two soldiers were killed after an attack on their base in Yobe.",
    # a bomb planted by no one named
    "On 4 May 2022, a roadside bomb killed four soldiers in Lower Shabelle.",
])
def test_no_doer_named_no_source(text, rules_only):
    assert not any(s for s, _, _, _ in placed(text, rules_only, DATE, codes=True))


# -- forces and party wings known by name ------------------------------------------------

@pytest.mark.parametrize("text, date, source, target", [
    ("On 4 May 2022, FARDC soldiers attacked an APCLS position near Nyabiondo.", DATE, "CODMIL", "CODREB"),
    ("On 4 May 2022, KDF troops killed four al-Shabaab militants near Lamu.", DATE, "KENMIL", "SOMREB"),
    # the Afghan republic's intelligence service, before the Taliban took power
    ("On 4 May 2019, NDS forces arrested two Taliban commanders in Kabul.", "2019-05-04", "AFGSPY", "AFGREB"),
])
def test_forces_known_by_their_acronym(text, date, source, target, rules_only):
    found = placed(text, rules_only, date, codes=True)
    assert any(s == source and (target is None or t == target) for s, t, _, _ in found), found


def test_a_party_wing_shares_the_party_s_time_in_government(rules_only):
    # the Awami League governed from 2009 to August 2024: its student wing with it
    found = placed("On 4 May 2022, BCL activists clashed with JCD activists in Rajshahi city.",
                   rules_only, DATE, codes=True)
    assert any(s == "BGDGOV" and t == "BGDOPP" for s, t, _, _ in found), found


# -- protest forms and violence verbs of local reports (triggers.tsv) ----------------------

@pytest.mark.parametrize("text, source, code", [
    ("On 4 May 2022, students formed a human chain in Khulna city, demanding safe roads.", "BGDEDU", "141"),
    ("On 4 May 2022, BNP activists brought out a black-flag procession in Khulna city.", "BGDOPP", "141"),
    ("On 4 May 2022, BNP activists enforced a hartal in Khulna city.", "BGDOPP", "143"),
    ("On 4 May 2022, locals assaulted two officials in Kano.", "NGACVL", "182"),
    ("On 4 May 2022, rioters vandalised the municipal office in Kano.", "NGACVL", "1712"),
])
def test_protest_forms_and_assaults(text, source, code, rules_only):
    found = placed(text, rules_only, DATE, codes=True)
    assert any(s == source and c == code for s, _, c, _ in found), found


@pytest.mark.parametrize("text", [
    # a funeral's procession is no protest
    "On 4 May 2022, mourners joined a funeral procession in Khulna city.",
    # a chain that is not of people
    "On 4 May 2022, traders formed a supply chain in Khulna city.",
    # no one injures: a storm
    "On 4 May 2022, the storm injured two people in Kano.",
])
def test_no_protest_nor_assault(text, rules_only):
    assert placed(text, rules_only, DATE, codes=True) == []


def test_a_province_named_as_its_capital_is_read_at_any_size(rules_only):
    # "Laghman" is also a small town of the gazetteer (its capital): the province's name
    found = placed("On 4 May 2019, Taliban fighters attacked a police post in Alingar district, Laghman.",
                   rules_only, "2019-05-04", codes=True)
    assert any(s == "AFGREB" and loc == "AFG" for s, _, _, loc in found), found


def test_a_weapon_planted_by_a_named_group(rules_only):
    found = placed("On 4 May 2019, a police vehicle was hit by a Taliban-planted IED in Ghazni.",
                   rules_only, "2019-05-04", codes=True)
    assert any(s == "AFGREB" and c[:2] in ("18", "19") for s, _, c, _ in found), found


@pytest.mark.parametrize("text, target", [
    # a place of the doer's own state only the gazetteer knows: its people, as with none named
    ("On 4 May 2022, Nigerian soldiers torched several villages in Benue.", "NGACVL"),
    # a place of another state: that state
    ("On 4 May 2022, Russian troops torched several villages in Kharkiv Oblast.", "UKR"),
])
def test_burning_villages_of_a_place(text, target, rules_only):
    found = placed(text, rules_only, DATE, codes=True)
    assert any(c == "1712" and t == target for _, t, c, _ in found), found
