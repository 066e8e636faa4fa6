"""Actor resolution, actors50. Real model and pipeline; sentences written for these tests.

- A text with no case distinction (all lower case or all capitals) finds actor names ignoring
  case (actors/caseless.py), but not the common words that are also names
  (data/caseless_words.txt); ordinary text is untouched.
- A name read as a court by its last word is a building where the word before it is a
  building's or site's noun (data/building_words.tsv): "Royal Mint Court".
- Adjectives and demonyms added to states.tsv.
- A state's title wins over the country the people list gives the person: "Russian Foreign
  Minister Eduard Shevardnadze" is RUSGOV.
"""

from __future__ import annotations

import pytest

from coded import mention_codes


pytestmark = pytest.mark.model

DATE = "2024-05-10"


def found(settings, text, day=DATE):
    """{mention text: actor code} of the mentions the pipeline finds in ``text`` on ``day``."""
    return mention_codes(settings, text, day)


# -- 1. caseless text ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("RUSSIA ATTACKS UKRAINE", {"RUSSIA": "RUS", "UKRAINE": "UKR"}),
    ("russia attacks ukraine", {"russia": "RUS", "ukraine": "UKR"}),
    ("PUTIN WARNS NATO OVER UKRAINE AID", {"NATO": "NATO", "UKRAINE": "UKR"}),
    ("vladimir putin met xi jinping in beijing", {"vladimir putin": "RUSGOV", "xi jinping": "CHNGOV",
                                                   "beijing": "CHN"}),
    ("french president emmanuel macron visits berlin", {"french president": "FRAGOV",
                                                        "emmanuel macron": "FRAGOV"}),
])
def test_caseless_text_finds_names(settings, text, expected):
    got = found(settings, text)
    for name, code in expected.items():
        assert got.get(name) == code, got


def test_caseless_title_takes_no_run_of_capitals(settings):
    # every word in capitals is tagged a name: the title does not swallow the rest of the line
    got = found(settings, "NEW MEXICO GOVERNOR MEETS MEXICAN PRESIDENT")
    assert got.get("MEXICAN PRESIDENT") == "MEXGOV", got
    assert not any("MEETS" in k for k in got), got


@pytest.mark.parametrize("text", [
    "turkey prices rise in georgia as chad votes",
    "TURKEY PRICES RISE IN GEORGIA AS CHAD VOTES",
    "the price of guinea fowl will fall in may, says jordan",
])
def test_caseless_common_words_are_no_names(settings, text):
    assert found(settings, text) == {}, found(settings, text)


def test_caseless_acronyms_in_lower_case_are_words(settings):
    got = found(settings, "let us know who wins the un vote in the us")
    assert not {"us", "who", "un"} & set(got), got


def test_ordinary_text_keeps_its_case_rules(settings):
    # a text with case: lower-case words are no names, as before
    assert found(settings, "The russia desk said ukraine was quiet.") == {}


# -- 2. buildings --------------------------------------------------------------------------------

def test_building_named_court_is_no_court(settings):
    text = "The British government approved China's new embassy at London's Royal Mint Court."
    got = found(settings, text, "2026-01-20")
    assert "Royal Mint Court" not in got, got
    assert not any(code.endswith("JUD") for code in got.values()), got


@pytest.mark.parametrize("text, name, code", [
    ("Russia's Meshchansky Court fined the firm.", "Meshchansky Court", "RUSJUD"),
    ("The Kyiv District Court jailed him.", "Kyiv District Court", "UKRJUD"),
    ("In Britain, the Tower Hamlets Magistrates Court fined him.", "the Tower Hamlets Magistrates Court", "GBRJUD"),
])
def test_courts_named_by_place_stay_courts(settings, text, name, code):
    assert found(settings, text).get(name) == code


# -- 3. adjectives and demonyms ------------------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("Argentinean officials met the delegation.", "Argentinean officials", "ARGGOV"),
    ("Moldavian troops crossed the river.", "Moldavian troops", "MDAMIL"),
    ("The Flemish government rejected the plan.", "Flemish government", "BELGOV"),
    ("Myanmarese troops attacked the village.", "Myanmarese troops", "MMRMIL"),
    ("A Salvadorian soldier was hurt.", "Salvadorian soldier", "SLVMIL"),
    ("Byelorussian officials protested.", "Byelorussian officials", "BLRGOV"),
])
def test_added_adjectives(settings, text, name, code):
    assert found(settings, text).get(name) == code


# -- 4. a state's title over the person's country --------------------------------------------

def test_state_title_wins_over_the_persons_country(settings):
    got = found(settings, "Russian Foreign Minister Eduard Shevardnadze met Chinese officials.", "1990-05-10")
    assert got.get("Russian Foreign Minister Eduard Shevardnadze") == "RUSGOV", got


def test_same_country_title_keeps_the_person(settings):
    got = found(settings, "Georgian President Eduard Shevardnadze met Baker.", "1995-05-10")
    assert got.get("Georgian President Eduard Shevardnadze") == "GEOGOV", got


# -- 5. a state's own sector for a body ------------------------------------------------------

@pytest.mark.parametrize("text, name, code", [
    ("Brazilian Military Police killed 12 people in Rio de Janeiro.", "Brazilian Military Police", "BRACOP"),
    ("The Military Police of Sao Paulo raided a favela.", "Military Police of Sao Paulo", "BRACOP"),
    ("Israeli military police arrested the soldier.", "Israeli military police", "ISRMIL"),
])
def test_brazils_military_police_are_police(settings, text, name, code):
    assert found(settings, text).get(name) == code


# -- 6. the people "of" a named group are the group's -----------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Ecuador captured Fito, the leader of Los Choneros.", "ECUCRM"),
    ("Haitian police killed the leader of the 400 Mawozo gang.", "HTICRM"),
    ("Israel said the leaders of Hamas had fled.", "PSEREB"),
])
def test_leader_of_a_group_is_the_groups(settings, text, code):
    got = found(settings, text)
    leader = next(v for k, v in got.items() if k.startswith("the leader"))
    assert leader == code, got


def test_general_staff_of_a_state_stays_the_states(settings):
    got = found(settings, "Turkey said the Chief of the General Staff of the Armed Forces of Iran visited.")
    assert got.get("the General Staff") == "IRNMIL", got
