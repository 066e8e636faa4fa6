"""Recall on news, thirty-third round (recall48), rules alone with the real model (sentences
written for these tests): a list of adjectives on the noun a target or source is read from
("the status of Afghan and Cameroonian nationals": both states); receiving aid, an honour or an
apology "from" someone is that one's act toward the receiver (flag fromsource)."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, wanted", [
    ("The U.S. terminates the temporary protected status of Afghan and Cameroonian nationals.",
     {("USA", "AFG", "172"), ("USA", "CMR", "172")}),
    ("Spanish police detained dozens of Russian and Ukrainian citizens.",
     {("ESP", "RUS", "173"), ("ESP", "UKR", "173")}),
    ("France deported hundreds of Algerian and Tunisian migrants.",
     {("FRA", "DZA", "174"), ("FRA", "TUN", "174")}),
])
def test_each_adjective_of_a_list_on_the_noun_found_is_an_actor(text, wanted, rules_only):
    found = triples(text, rules_only)
    assert wanted <= found, found


@pytest.mark.parametrize("text, wanted", [
    # guards: a list read before stays as it was, a single adjective stays one actor
    ("Canada expelled Russian and Iranian diplomats.", {("CAN", "RUS", "166"), ("CAN", "IRN", "166")}),
    ("The U.S. revoked the visas of Afghan and Cameroonian students.", {("USA", "AFG", "172"), ("USA", "CMR", "172")}),
])
def test_lists_read_before_stay(text, wanted, rules_only):
    found = triples(text, rules_only)
    assert wanted <= found, found


def test_one_adjective_stays_one_target(rules_only):
    found = triples("Spanish police detained dozens of Russian citizens.", rules_only)
    assert found == {("ESP", "RUS", "173")}, found


@pytest.mark.parametrize("text, triple", [
    ("Ukraine received military aid from the United States.", ("USA", "UKR", "072")),
    ("Ukraine has received F-16 fighter jets from Denmark.", ("DNK", "UKR", "072")),
    ("Kenya received a loan of $500 million from China.", ("CHN", "KEN", "071")),
    ("Sudan receives humanitarian aid from the UAE.", ("ARE", "SDN", "073")),
    ("Argentine president Javier Milei receives the Israeli Presidential Medal of Honour from "
     "president Isaac Herzog.", ("ISR", "ARG", "051")),
    ("Ukraine received an apology from Poland.", ("POL", "UKR", "055")),
])
def test_receiving_from_someone_is_the_givers_act(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found
    # not the receiver's hosting of the giver (043), nor the receiver as the giver
    assert (triple[1], triple[0], "043") not in found and all(s != triple[1] for s, _, _ in found), found


def test_givers_each_give(rules_only):
    found = triples("Nepal received aid from India and China.", rules_only)
    assert {("IND", "NPL", "070"), ("CHN", "NPL", "070")} <= found, found


@pytest.mark.parametrize("text", [
    "Iran received Russian military aid.",  # no one named after "from": not IRN -> RUS
    "Ukraine received aid from abroad.",
])
def test_receiving_with_no_giver_named_codes_nothing(text, rules_only):
    assert triples(text, rules_only) == set()


def test_receiving_a_visitor_stays_hosting(rules_only):
    found = triples("Egyptian President Sisi received the Jordanian king in Cairo.", rules_only)
    assert ("EGY", "JOR", "043") in found, found


@pytest.mark.parametrize("text, triple", [
    ("Three U.S. service members are killed and five others are seriously wounded in an Iranian "
     "missile strike.", ("IRN", "USA", "190")),
    ("Two Nigerian soldiers were killed and four injured in an attack by Boko Haram.", ("NGA", "NGA", "190")),
])
def test_an_act_on_the_last_of_conjoined_harms_is_the_killings_too(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    # guards: the act on the killing itself, and a strike noun with its own target, as before
    ("Three U.S. service members are killed in an Iranian missile strike.", ("IRN", "USA", "190")),
    ("Twelve people were killed and 30 injured in Israeli airstrikes on Gaza.", ("ISR", "PSE", "195")),
])
def test_acts_on_the_killing_stay(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text", [
    "Five people were killed and 20 were injured in a car crash in Lebanon.",
    "Three people were killed and two wounded in the storm.",
])
def test_a_mishap_on_the_last_harm_codes_nothing(text, rules_only):
    assert triples(text, rules_only) == set()


@pytest.mark.parametrize("text, triple", [
    ("The Israeli military announces that it has killed a Hamas commander.", ("ISR", "PSE", "190")),
    ("The Nigerian military announces that it has arrested a Boko Haram commander.", ("NGA", "NGA", "173")),
])
def test_a_headline_subject_read_as_an_adjective_is_the_subject(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


def test_a_headline_with_no_actor_before_the_verb_stays(rules_only):
    # guard: no actor's mention ends before the verb, no subject made ("Early reports say ...")
    assert triples("Heavy military spending rises in Europe.", rules_only) == set()


@pytest.mark.parametrize("text, triple", [
    ("Trump imposes a 25% tariff on goods imported from Mexico.", ("USA", "MEX", "163")),
    ("China imposes tariffs on goods from the U.S.", ("CHN", "USA", "163")),
    ("The U.S. imposed sanctions on oil shipped from Iran.", ("USA", "IRN", "163")),
])
def test_goods_from_a_state_are_its(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    # guards: as before
    ("Trump imposes tariffs on imports from Canada.", ("USA", "CAN", "163")),
    ("Trump imposes a 25% tariff on Mexican imports.", ("USA", "MEX", "163")),
])
def test_tariffs_read_before_stay(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    ("At least 12 people are killed in a Russian missile and drone attack on Kyiv.", ("RUS", "UKR", "190")),
    ("At least 27 people are killed in Russian drone and missile attacks on Ukraine.", ("RUS", "UKR", "190")),
])
def test_an_attack_after_a_pair_of_means_is_the_phrases_noun(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


def test_means_alone_stay_no_attack(rules_only):
    # guard: a list of weapons with no attack noun after them is no attack
    assert triples("Ukraine intercepted 20 missiles and drones.", rules_only) == set()


@pytest.mark.parametrize("text, wanted", [
    ("Bolivia and Colombia expel each other's ambassadors.", {("BOL", "COL", "166"), ("COL", "BOL", "166")}),
    ("India and Pakistan closed each other's consulates.", {("IND", "PAK", "161"), ("PAK", "IND", "161")}),
])
def test_each_others_is_the_other(text, wanted, rules_only):
    found = triples(text, rules_only)
    assert wanted <= found, found


def test_each_other_as_the_object_stays(rules_only):
    found = triples("Armenia and Azerbaijan accused each other of violating the ceasefire.", rules_only)
    assert {("ARM", "AZE", "112"), ("AZE", "ARM", "112")} <= found, found


@pytest.mark.parametrize("text, triple", [
    ("Russia and Ukraine exchange prisoners of war.", ("RUS", "UKR", "084")),
    ("Armenia and Azerbaijan exchange fire along the border.", ("ARM", "AZE", "190")),
])
def test_a_pair_of_names_before_a_headline_verb_read_as_a_noun_is_its_subject(text, triple, rules_only):
    found = triples(text, rules_only)
    assert triple in found, found


def test_a_prisoner_exchange_noun_stays_a_noun(rules_only):
    # guard: "exchange" inside a noun phrase with a head noun after it is no verb
    found = triples("The Russia and Ukraine prisoner exchange deal collapsed.", rules_only)
    assert all(c[:2] != "08" for _, _, c in found), found
