"""False events and wrong roots on news no gold covers (twenty-seventh round, prec42): word senses
found by judging every event of a random sample of modern news (seed 4242) and of 40 Wikinews
articles. A state that poses a threat threatens no one (130); a town or a road cut off is
blockaded (191), not aid stopped (162); a person struck by someone unarmed is beaten (180), not
a labour strike (143); a rival attacked in a debate or on Twitter is criticised (111), not fought
(190); a veto overturned is rejected (120), not its maker criticised (111). Each case has a guard
that the genuine sense still codes. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


def roots(found):
    return {c[:2] for _, _, c in found}


# --- "pose a threat": a danger, not a threat made ------------------------------------------

@pytest.mark.parametrize("text", [
    "Iran could pose a serious threat to Israel.",
    "North Korea poses a growing threat to Japan, the report says.",
])
def test_posing_a_threat_threatens_no_one(text, rules_only):
    assert "13" not in roots(triples(text, rules_only, DATE))


def test_a_threat_made_still_codes(rules_only):
    found = triples("Iran threatened Israel with a military response.", rules_only, DATE)
    assert any((s, t) == ("IRN", "ISR") and c.startswith("13") for s, t, c in found), found


# --- "cut off the town": a blockade, not aid stopped -------------------------------------------

@pytest.mark.parametrize("text", [
    "The Israeli army cut off the town of Khan Younis from the rest of the Gaza Strip.",
    "Israeli forces cut off the city of Khan Younis.",
])
def test_a_place_cut_off_is_blockaded(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert any(s == "ISR" and t == "PSE" and c == "191" for s, t, c in found), found
    assert "16" not in roots(found), found


def test_supplies_cut_off_still_stop_aid(rules_only):
    found = triples("Russia cut off gas supplies to Ukraine.", rules_only, DATE)
    assert ("RUS", "UKR", "162") in found, found


# --- "struck him with his fists": a beating, not a labour strike ---------------------------------

def test_a_person_struck_by_a_civilian_is_beaten(rules_only):
    found = triples("A French protester struck a German policeman in Hamburg.", rules_only, DATE)
    assert any((s, t) == ("FRA", "DEU") and c.startswith("18") for s, t, c in found), found
    assert "14" not in roots(found), found


def test_workers_striking_still_stop_work(rules_only):
    found = triples("Kenyan doctors struck against the health ministry on Monday.", rules_only, DATE)
    assert any(c == "143" for _, _, c in found), found


# --- "attacked Biden during the debates": criticism, not a fight ---------------------------------

@pytest.mark.parametrize("text", [
    "Senator Kamala Harris attacked Joe Biden during the Democratic debates.",
    "President Donald Trump attacked Emmanuel Macron on Twitter over the tariffs.",
])
def test_a_rival_attacked_in_words_is_criticised(text, rules_only):
    found = triples(text, rules_only, DATE)
    assert "11" in roots(found), found
    assert "19" not in roots(found), found


def test_an_armed_attack_still_fights(rules_only):
    found = triples("The Russian army attacked Kharkiv in the night.", rules_only, DATE)
    assert any((s, t) == ("RUS", "UKR") and c.startswith("19") for s, t, c in found), found


# --- "overturns the president's veto": a rejection --------------------------------------------

def test_a_veto_overturned_is_rejected(rules_only):
    found = triples("Argentina's Congress overturned President Javier Milei's veto of a pension bill.",
                    rules_only, DATE)
    assert any(c.startswith("12") for _, _, c in found), found
    assert "11" not in roots(found), found


def test_a_court_overturning_a_ban_still_codes(rules_only):
    found = triples("Brazil's Supreme Court overturned the government's ban on the protests.", rules_only, DATE)
    assert found, found
