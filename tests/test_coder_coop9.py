"""Coder constructions of cooperation, statements and rejection (CAMEO roots 01-13), eighth round.

Sentences written for these tests. Rules only (``event_model = none``)."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # denying an involvement or a claim is a denial (016), toward whoever the claim names
    ("Israel denies any involvement in the explosions.", ("ISR", None, "016")),
    ("Russia denies Ukraine's claims of a massacre.", ("RUS", "UKR", "016")),
    ("The Pakistani Foreign Ministry denies claims that Afghan forces downed the jet.", ("PAK", "AFG", "016")),
    # ruling something out rejects it; ruling out talks rejects a meeting (125)
    ("Russia rules out NATO peacekeepers in Ukraine.", ("RUS", "NATO", "120")),
    ("Iran's top security official ruled out any negotiations with the United States.", ("IRN", "USA", "125")),
    # opening or reopening an embassy in a state is diplomatic cooperation; announced, an intent
    ("Germany reopens its embassy in Damascus.", ("DEU", "SYR", "050")),
    ("India will reopen its embassy in Kabul.", ("IND", "AFG", "032")),
    # a pardon is a release of persons (the codebook's 0841)
    ("Belarusian president Alexander Lukashenko pardons 31 Ukrainian citizens.", ("BLR", "UKR", "0841")),
    # an institution electing someone endorses them
    ("The UN General Assembly elects former Iraqi president Barham Salih as High Commissioner.", ("UN", "IRQ", "051")),
    # blaming an attack on someone
    ("Colombia's military blames the attack on Venezuelan troops.", ("COL", "VEN", "112")),
    # a request is from its "from" object or its possessor, and targets whoever answers it
    ("Mexico denies a request from the United States to allow a military aircraft to land.", ("USA", "MEX", "020")),
    ("The United Kingdom has agreed to a United States request to use British bases.", ("USA", "GBR", "020")),
    ("Finland approved Latvia's request for border guards.", ("LVA", "FIN", "020")),
    ("Hamas rejected Israel's demand to disarm.", ("ISR", "PSE", "100")),
    # talks before an act are held by its subject
    ("Germany pledged aid to Syria after talks with the Syrian government.", ("DEU", "SYR", "040")),
    ("Cuba announces plans to release 51 prisoners following discussions with the Holy See.", ("CUB", "VAT", "040")),
    # calling someone or their deed something reprehensible disapproves of them
    ("China called Japan a provocation.", ("CHN", "JPN", "111")),
    ("China calls Japan's plan illegal.", ("CHN", "JPN", "111")),
    # reinstating relations, permitting (an easing)
    ("The governments of Mexico and Peru reinstate diplomatic relations.", ("MEX", "PER", "050")),
    ("Bolivia resumes diplomatic relations with the United States.", ("BOL", "USA", "050")),
    ("China permits Spain to resume pork exports.", ("CHN", "ESP", "080")),
    # undoing sanctions or tariffs eases them (085), toward whom they were on
    ("The United States will cancel the planned tariffs on Denmark and Finland.", ("USA", "DNK", "0354")),
    ("The United States will cancel the planned tariffs on Denmark and Finland.", ("USA", "FIN", "0354")),
    ("Canada removed its sanctions on Syria.", ("CAN", "SYR", "085")),
    # ... also when the target is on the participle that describes them
    ("The United States will lift all sanctions imposed on Syria.", ("USA", "SYR", "0354")),
    # acting in coordination with someone is cooperation
    ("Spanish police, in coordination with the US DEA, seize ten tonnes of cocaine.", ("ESP", "USA", "060")),
    # an offer is from its "by" object, toward whoever answers it
    ("The United States rejected an offer by Russia to stop sharing intelligence with Iran.", ("RUS", "USA", "030")),
    # an acquittal releases (the codebook's 0841)
    ("The Supreme Court of India acquits a man of all remaining charges.", ("IND", "IND", "0841")),
])
def test_coded_constructions(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_a_people_voting_to_elect_a_parliament_is_no_endorsement(rules_only):
    found = triples("Maltese citizens vote to elect the members of the House of Representatives.", rules_only)
    assert not any(code == "051" for _, _, code in found), found


def test_a_denial_of_an_own_deed_has_no_target(rules_only):
    # "it" is the denier itself: no self-targeted denial
    assert ("ISR", None, "016") in triples("Israel denied claims that it struck the convoy.", rules_only)


def test_agreeing_to_a_request_is_no_intent_of_the_requester(rules_only):
    found = triples("The United Kingdom has agreed to a United States request to use British bases.", rules_only)
    assert ("USA", "GBR", "030") not in found, found


def test_the_imposing_of_sanctions_being_lifted_is_not_coded(rules_only):
    found = triples("The United States will lift all sanctions imposed on Syria.", rules_only)
    assert not any(code.startswith("17") or code.startswith("16") for _, _, code in found), found


def test_calling_it_something_does_not_target_the_place_named_in_the_words(rules_only):
    text = ("The prime minister of Iraq spoke out against the attack, calling it an aggression on Iraq "
            "as a state.")
    found = triples(text, rules_only)
    assert ("IRQ", "IRQ", "111") not in found, found


@pytest.mark.parametrize("text, expected", [
    # drills or exercises with a partner, or joint ones, are military cooperation (062, either way)
    ("China held joint military exercises with Russia in the Sea of Japan.", ("CHN", "RUS", "062")),
    ("Egypt staged war games with France in the Mediterranean.", ("EGY", "FRA", "062")),
    ("The Indian and Philippine navies conduct their first joint exercise.", ("PHL", "IND", "062")),
    ("Russia and Belarus held joint drills near the Polish border.", ("RUS", "BLR", "062")),
    # planned, an intent to cooperate militarily (the codebook's 0312)
    ("Egypt will hold joint naval drills with Saudi Arabia.", ("EGY", "SAU", "0312")),
    # alone, around someone, a show of force (150)
    ("China conducts large-scale military exercises around Taiwan.", ("CHN", "TWN", "150")),
    ("China held war games around Taiwan.", ("CHN", "TWN", "150")),
])
def test_military_exercises(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    if expected[2] != "150":
        assert not any(code.startswith("15") for _, _, code in found), found  # no show of force to a partner


def test_a_game_with_someone_is_no_exercise(rules_only):
    found = triples("The children played a game with Russian diplomats.", rules_only)
    assert not any(code in ("062", "150") for _, _, code in found), found
