"""Everyday conflict and coercion news (CAMEO 11, 08, 14-19), fifteenth round's sweep:
lawsuits, retreats, storming buildings, fighting "between" two sides, opposition
figures arrested, history told by an exhibition or a film, sieges and kidnappings. Rules
alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract

from coded import triples

pytestmark = pytest.mark.model


def sided(text, settings):
    """(source key, source sector, CAMEO code, target key, target sector) of each event."""
    return {(e.source.actor.key if e.source else None, e.source.actor.sector if e.source else None, e.cameo,
             e.target.actor.key if e.target else None, e.target.actor.sector if e.target else None)
            for e in extract(text, date="2025-06-01", settings=settings)}


@pytest.mark.parametrize("text, expected", [
    # taking someone to court, bringing or filing a case against someone: 115
    ("Bolivia took Chile to the International Court of Justice over sea access.", ("BOL", "CHL", "115")),
    ("Nicaragua has taken Germany to court over arms sales.", ("NIC", "DEU", "115")),
    ("Qatar brought a case against the United Arab Emirates at the World Court.", ("QAT", "ARE", "115")),
    ("Ecuador filed charges against Mexico after the embassy raid.", ("ECU", "MEX", "115")),
    # the "against" may hang on the court where the case is brought
    ("Armenia filed a case before the International Court of Justice against Azerbaijan.",
     ("ARM", "AZE", "115")),
])
def test_taking_someone_to_court_is_a_lawsuit(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_the_court_a_case_is_filed_at_is_not_the_defendant(rules_only):
    found = triples("Ukraine filed a case at the ICJ against Russia.", rules_only)
    assert ("UKR", "ICJ", "115") not in found and ("UKR", "RUS", "115") in found, found


@pytest.mark.parametrize("text, expected", [
    # a building stormed is a violent protest (145) aimed at whose it is
    ("Angry demonstrators stormed the Danish embassy in Tehran.", ("IRN", "DNK", "145")),
    ("Protesters stormed the Israeli consulate in Istanbul on Monday.", ("TUR", "ISR", "145")),
])
def test_storming_a_building_is_a_violent_protest(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_storming_a_town_is_an_attack(rules_only):
    found = triples("Malian soldiers stormed a jihadist camp near Timbuktu.", rules_only)
    assert ("MLI", "MLI", "190") in found, found


@pytest.mark.parametrize("text, expected", [
    # a gerund subject is the noun of the act; "between" may hang on its verb; each
    # demonym of the two sides is one, also one the tagger makes a proper noun
    ("Fighting between Sudanese and Chadian soldiers left nine dead.", {"SDN", "TCD"}),
    ("Fierce fighting erupted between Congolese and Rwandan troops near Goma.", {"COD", "RWA"}),
    ("Heavy fighting broke out between Thai and Cambodian troops along the border.", {"THA", "KHM"}),
])
def test_fighting_between_two_sides(text, expected, rules_only):
    found = triples(text, rules_only)
    assert any({s, t} == expected and code == "190" for s, t, code in found), found


@pytest.mark.parametrize("text, expected", [
    # the agent noun before a person noun gives its sector: the state's opposition
    ("Belarusian police arrested several opposition leaders.", ("BLR", "COP", "173", "BLR", "OPP")),
    ("Cambodian authorities detained two opposition politicians on Tuesday.",
     ("KHM", "GOV", "173", "KHM", "OPP")),
])
def test_opposition_figures_arrested_are_the_states_opposition(text, expected, rules_only):
    found = sided(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # history told by an exhibition, a film or a book, or remembered, is not news of now
    "The exhibition documents the Japanese occupation of Korea.",
    "The documentary recounts the Soviet invasion of Afghanistan.",
    "Poles commemorated the German invasion of Poland on Sunday.",
    "A new book about the Iraqi invasion of Kuwait was published in Cairo.",
])
def test_history_told_is_no_event(text, rules_only):
    found = triples(text, rules_only)
    assert not any(code.startswith("19") for _, _, code in found), found


@pytest.mark.parametrize("text, expected", [
    # pulling or falling back (the parser's adverb is the verb's particle)
    ("The rebels pulled back from Bukavu on Saturday.", ("COD", "COD", "087")),
    ("Ukrainian troops fell back from positions near Pokrovsk.", ("UKR", "UKR", "087")),
])
def test_pulling_back_is_a_retreat(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    ("Russian forces besieged Mariupol for weeks.", ("RUS", "UKR", "191")),
    ("Government troops laid siege to the rebel town of Tawila in Sudan.", ("SDN", "SDN", "191")),
    ("Bandits kidnapped twelve farmers in Katsina, Nigeria.", ("NGA", "NGA", "181")),
    ("Russia massed troops along the border with Finland.", ("RUS", "FIN", "154")),
])
def test_sieges_hostages_and_mobilisation(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # the agent of the verb that only tells an act noun was done is its actor
    ("The kidnapping of the students in Kaduna was carried out by bandits.", ("NGA", "NGA", "181")),
    ("The protest in Minsk was organised by the Belarusian opposition.", ("BLR", "BLR", "141")),
])
def test_an_act_carried_out_by_someone_is_theirs(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "The attack on the embassy in Kabul was condemned by the United Nations.",
    "The raid on the village near Kandahar was reported by Reuters.",
])
def test_who_condemns_or_reports_an_act_did_not_do_it(text, rules_only):
    found = triples(text, rules_only)
    assert not any(code[:2] in ("17", "18", "19") and s is not None for s, _, code in found), found
