"""False events on text no gold covers, twenty-ninth round (prec44; ``coding/senses.py``,
``data/senses.yaml``, ``data/sport.yaml``): an act only said to be needed, an act in the clause a
comparison holds up, a war of trade, propaganda or words, a death a disaster or an accident causes,
a rally of one's own followers, a comeback or a disqualification in a sport report. Each has a guard that the genuine sense
still codes. Rules alone (the learned detector off), real model; sentences written for these tests
(the crowd crush and the rally of followers after sentences of a judged news sample)."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


def roots(found):
    return {c[:2] for _, _, c in found}


# --- an act only needed ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Qatar underlined the need for a ceasefire between Israel and Hamas.",  # base: ISR -> PSE 0871
    "Egypt stressed the necessity of Israel withdrawing its troops from Rafah.",  # base: ISR -> PSE 0871
])
def test_a_needed_act_is_not_done(text, rules_only):
    assert not roots(triples(text, rules_only, DATE)) & {"08"}, triples(text, rules_only, DATE)


def test_a_ceasefire_welcomed_still_stands(rules_only):
    found = triples("Egypt welcomed the ceasefire between Israel and Hamas.", rules_only, DATE)
    assert ("ISR", "PSE", "0871") in found, found


# --- an act in a comparison ----------------------------------------------------------------------

def test_a_yardstick_of_a_comparison_is_no_act(rules_only):
    text = ("Assad is unlikely to want Syria used as a base, any more than he would welcome "
            "Turkey's ongoing northern occupation.")  # base: SYR -> TUR 032
    assert not any(s == "SYR" and t == "TUR" for s, t, _ in triples(text, rules_only, DATE))


def test_would_welcome_in_reported_speech_still_codes(rules_only):
    found = triples("Turkey said it would welcome talks with Syria.", rules_only, DATE)
    assert any(s == "TUR" and t == "SYR" and c[:2] == "03" for s, t, c in found), found


# --- a war of trade, propaganda or words ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "China launched a trade war against the United States.",  # base: CHN -> USA 190
    "The United States waged an economic war on Iran.",  # base: USA -> IRN 190
    "Moscow is waging a propaganda war against Kyiv.",  # base: RUS -> UKR 190
])
def test_a_figurative_war_is_no_fight(text, rules_only):
    assert "19" not in roots(triples(text, rules_only, DATE))


@pytest.mark.parametrize("text, pair", [
    ("Russia is waging a war against Ukraine.", ("RUS", "UKR")),
    ("Israel and Hezbollah are fighting a war of attrition along the border.", ("ISR", "LBN")),
])
def test_an_armed_war_still_codes(text, pair, rules_only):
    assert (*pair, "190") in triples(text, rules_only, DATE)


# --- a death by a disaster or an accident --------------------------------------------------------

def test_a_crowd_crush_is_no_assault(rules_only):
    text = "A crowd crush kills at least 18 people at New Delhi railway station in India."  # base: 180
    assert not roots(triples(text, rules_only, DATE)) & {"18", "19", "20"}


def test_gunmen_killing_is_still_an_assault(rules_only):
    text = ("Eight people are killed in a mass shooting by unidentified gunmen inside a tavern in "
            "Umlazi, KwaZulu-Natal, South Africa.")
    assert any(c[:2] == "18" for _, _, c in triples(text, rules_only, DATE))


# --- a rally of one's own side -------------------------------------------------------------------

def test_rallying_followers_is_no_protest(rules_only):
    found = triples("Isis regularly rallied followers to join its caliphate.", rules_only, DATE)  # base: 141
    assert "14" not in roots(found), found


def test_a_rally_against_the_government_is_still_a_protest(rules_only):
    found = triples("Opposition supporters rallied against the government in Nairobi.", rules_only, DATE)
    assert any(c == "141" for _, _, c in found), found


# --- a comeback or a disqualification in a sport report ----------------------------------------

@pytest.mark.parametrize("text", [
    # base: USA -> USA 141 (a comeback read as a rally)
    "In college basketball, the Florida Gators rally from a 12-point deficit to defeat the Houston Cougars "
    "at the Alamodome in San Antonio, Texas, U.S., to win their first championship since 2007.",
    # base: NOR -> NOR 1722 (a disqualification read as a ban)
    "Two ski jumpers from the Norwegian ski jumping team are disqualified for cheating in Trondheim.",
])
def test_a_comeback_or_a_disqualification_in_sport_is_no_act(text, rules_only):
    assert triples(text, rules_only, DATE) == set()
