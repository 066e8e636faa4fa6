"""Coder constructions of repression and violence: who arrests, bans and assaults whom.

Sentences written for these tests. Rules only (``event_model = none``)."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


def test_an_unnamed_suspect_arrested_is_arrested_by_the_state_of_the_story(rules_only):
    # the sentence names no actor the gazetteer knows: only the coder's agent noun "suspect"
    text = "A man was stabbed in Brussels, Belgium, on Sunday. A suspect was arrested."
    assert ("BEL", "BEL", "173") in triples(text, rules_only)
    text = "Two policemen were shot in Lyon, France. Twenty suspects were later detained."
    assert ("FRA", "FRA", "173") in triples(text, rules_only)


def test_a_headline_noun_root_conjoined_to_a_verb_with_an_object_is_a_verb(rules_only):
    # "police arrest and detain": the tagger reads "arrest" as a noun with "police" before it
    found = triples("Sri Lanka police arrest and detain former president Ranil Wickremesinghe.", rules_only)
    assert ("LKA", "LKA", "173") in found, found


@pytest.mark.parametrize("text, expected", [
    # barring someone from entering, disqualifying a politician
    ("Poland bars Moldovan politician Irina Vlah from entering its territory.", ("POL", "MDA", "172")),
    ("Georgia's election commission disqualified the Armenian candidate Levon Ter-Petrosyan.",
     ("GEO", "ARM", "1722")),
    # looting is taking property by force
    ("Sudanese soldiers looted a World Food Programme warehouse in Khartoum.", ("SDN", "WFP", "1711")),
    # criminals' or irregulars' violence on people, police or a place's people is an assault
    ("Unidentified gunmen killed twelve forest guards in Kwara State, Nigeria.", ("NGA", "NGA", "180")),
    ("Gunmen opened fire at a wedding party in Irapuato, Mexico.", ("MEX", "MEX", "180")),
    ("Boko Haram fighters killed 20 villagers in Borno State.", ("NGA", "NGA", "180")),
    # armed forces that fight back, or an army's violence, stay military force (19)
    ("Gunmen killed five soldiers in Zamfara State, Nigeria.", ("NGA", "NGA", "190")),
    ("Israeli troops attacked Hezbollah positions in southern Lebanon.", ("ISR", "LBN", "190")),
    # taking ground is no assault on the place's people
    ("M23 rebels advance into Bukavu, Democratic Republic of the Congo.", ("COD", "COD", "190")),
    # irregulars striking with military weapons fight (19)
    ("RSF drones hit a hospital in El Fasher, killing ten people.", ("SDN", "SDN", "190")),
    # a protest outside an embassy is aimed at the state it represents
    ("Hundreds of activists protested outside the Russian embassy in Berlin.", ("DEU", "RUS", "141")),
    # warplanes entering a state's airspace violate it; troops entering a place occupy it
    ("Two Russian fighter jets entered Estonian airspace near Vaindloo.", ("RUS", "EST", "150")),
    ("Russian troops entered Kherson.", ("RUS", "UKR", "192")),
])
def test_coded_constructions(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # reopening a border or airspace to a neighbour eases a restriction on it
    ("Algeria reopens its airspace to Mali.", ("DZA", "MLI", "081")),
    ("Azerbaijan reopened its border crossings with Iran on Monday.", ("AZE", "IRN", "081")),
    # nominating or decorating someone honours them
    ("Pakistan nominated U.S. president Donald Trump for the Nobel Peace Prize.", ("PAK", "USA", "051")),
    ("French president Emmanuel Macron awarded Ukrainian president Volodymyr Zelensky the Legion of Honour.",
     ("FRA", "UKR", "051")),
    # a withdrawal from an organisation cuts relations with it; from a place it is a pull-back
    ("The United States's withdrawal from the World Health Organization takes effect.", ("USA", "WHO", "160")),
])
def test_reopening_honours_and_leaving(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    assert not any(c == "087" for _, _, c in found)


def test_taken_into_custody_is_an_arrest(rules_only):
    text = "A gunman attacked a school in Santa Fe, Argentina. A 15-year-old suspect was taken into custody."
    assert ("ARG", "ARG", "173") in triples(text, rules_only)


def test_denying_a_request_rejects_its_maker_and_what_it_asks_is_not_done(rules_only):
    found = triples("Mexico denied a request from the United States to allow a military aircraft to land.",
                    rules_only)
    assert ("MEX", "USA", "120") in found, found
    assert not any(c.startswith("08") for _, _, c in found), found


def test_a_protest_noun_is_by_the_agent_of_its_participle(rules_only):
    # "a demonstration organised by Hezbollah": Hezbollah protests, not those who joined it
    found = triples("Thousands joined a demonstration organised by Hezbollah in Beirut.", rules_only)
    assert ("LBN", "LBN", "141") in found, found
    found = triples("An attack carried out by Russian forces hit a hospital in Kharkiv.", rules_only)
    assert ("RUS", "UKR", "190") in found, found


def test_a_meeting_on_the_sidelines_of_a_session_is_between_those_who_meet(rules_only):
    found = triples("Presidents Ahmed al-Sharaa and Volodymyr Zelenskyy meet on the sidelines of the "
                    "United Nations General Assembly.", rules_only, date="2025-09-24")
    assert ("SYR", "UKR", "040") in found, found
    assert not any(t == "UN" for _, t, _ in found), found


def test_the_target_of_an_act_on_a_thing_is_who_holds_it(rules_only):
    found = triples("Ukrainian drones struck a tanker operated by Russia.", rules_only)
    assert ("UKR", "RUS", "190") in found or ("UKR", "RUS", "195") in found, found
