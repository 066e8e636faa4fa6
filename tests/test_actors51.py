"""Actor resolution, actors51. Real model and pipeline; sentences written for these tests.

- In a text with no case distinction, a state's name or seat inside a longer region's or
  town's own name of another country is not that state (actors/guards.py,
  ``_in_caseless_place``): "NEW MEXICO" is not Mexico, "BENIN CITY" is not Benin.
- New Mexico is a US state (states.tsv), as the other federal units are.
- A title or agent word read as an adjective of a common noun is no actor
  (data/adjective_words.txt): "the general election", "the criminal investigation".
- A known surname after a name's particle is another person's name (data/name_particles.txt):
  "Fernando Dias da Costa" is not António Costa.
- A capital's name before a comma and another country is that country's town (twins.py):
  "Santo Domingo, Ecuador".
- A group's title with an unknown name is the group's person: "Hamas spokesman Hazem Qassem".
- Parties of fresh items (groups.tsv): the Serb Democratic Party (BIH), PDI-P (IDN).
- A capital after a bearing and "of" is a place: "40 kilometres southwest of Mogadishu".
"""

from __future__ import annotations

import pytest

from coded import mention_codes


pytestmark = pytest.mark.model

DATE = "2024-05-10"


def found(settings, text, day=DATE):
    """{mention text: actor code} of the mentions the pipeline finds in ``text`` on ``day``."""
    return mention_codes(settings, text, day)


# -- 1. a longer place's name in a caseless text ---------------------------------------------

@pytest.mark.parametrize("text, state", [
    ("BENIN CITY POLICE ARREST TWO MEN AFTER PROTEST", "BEN"),
    ("GUNMEN KILL FOUR IN NIGER DELTA VILLAGE RAID", "NER"),
    ("benin city police arrest two men after protest", "BEN"),
])
def test_caseless_longer_place_is_not_the_state(settings, text, state):
    got = found(settings, text)
    assert not any(code.startswith(state) for code in got.values()), got


@pytest.mark.parametrize("text, expected", [
    ("POLICE IN MEXICO CITY ARREST TWO MEN", {"MEXICO CITY": "MEX"}),  # the state's own town
    ("NEW RUSSIA SANCTIONS HIT UKRAINE", {"RUSSIA": "RUS", "UKRAINE": "UKR"}),  # no place "New Russia"
    ("RUSSIA ATTACKS UKRAINE", {"RUSSIA": "RUS", "UKRAINE": "UKR"}),
])
def test_caseless_state_names_stay(settings, text, expected):
    got = found(settings, text)
    for name, code in expected.items():
        assert got.get(name) == code, got


# -- 2. New Mexico -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("NEW MEXICO GOVERNOR MEETS MEXICAN PRESIDENT", {"NEW MEXICO GOVERNOR": "USAGOV",
                                                     "MEXICAN PRESIDENT": "MEXGOV"}),
    ("New Mexico police arrested two protesters.", {"New Mexico police": "USACOP"}),
    ("The governor of New Mexico criticized Mexico.", {"governor of New Mexico": "USAGOV", "Mexico": "MEX"}),
])
def test_new_mexico_is_a_us_state(settings, text, expected):
    got = found(settings, text)
    for name, code in expected.items():
        assert got.get(name) == code, got


# -- 3. a title or agent word read as an adjective (data/adjective_words.txt) -------------------

@pytest.mark.parametrize("text, word", [
    ("Ethiopia's election board says Abiy Ahmed's party will win the country's general election.", "general"),
    ("Moroccan prosecutors released the journalist, while the criminal investigation continues.", "criminal"),
    ("In Syria, the country's general election was held.", "general"),
    ("In Syria, the criminal investigation continues.", "criminal"),
])
def test_title_word_read_as_adjective_is_no_actor(settings, text, word):
    got = found(settings, text)
    assert not any(word in k.split() for k in got), got


def test_title_and_agent_words_as_nouns_stay(settings):
    got = found(settings, "In Syria, the rebel attack killed two. The general said the army would respond.")
    assert got.get("the rebel") == "SYRREB", got  # not a listed word: the rebels did it
    assert got.get("the army") == "SYRMIL", got


# -- 4. a surname after a name's particle ("Dias da Costa") ----------------------------------------

def test_surname_after_name_particle_is_another_person(settings):
    got = found(settings, "President Umaro Sissoco Embalo fled, while opposition candidate Fernando Dias "
                          "da Costa said he had won.", day="2025-11-27")
    assert "Costa" not in got, got
    got = found(settings, "Lula da Silva met Biden.", day="2024-05-10")
    assert got.get("Lula da Silva") == "BRAGOV", got


# -- 5. a capital's name before a comma and another country ("Santo Domingo, Ecuador") ---------------

def test_capital_named_with_another_country_is_that_country_town(settings):
    got = found(settings, "Seven people are killed in a shooting at a pool hall in Santo Domingo, Ecuador, "
                          "less than a month after a similar attack.")
    assert got.get("Santo Domingo") == "ECU", got
    got = found(settings, "Police arrested two men in Kingston, Jamaica.")
    assert got.get("Kingston") == "JAM", got
    got = found(settings, "Protesters rallied in Havana, Mexico and Peru.")  # a list of places
    assert got.get("Havana") == "CUB", got


# -- 6. a group's title and a name ("Hamas spokesman Hazem Qassem") -----------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("Hamas spokesman Hazem Qassem said Israel had violated the ceasefire.", "Hamas spokesman Hazem Qassem",
     "PSEREB"),
    ("Jama'at Nasr al-Islam wal Muslimin spokesman Abou Houfeiza al-Bambari announces a blockade on fuel "
     "trucks that enter Mali.", "Jama'at Nasr al-Islam wal Muslimin spokesman Abou Houfeiza al-Bambari", "MLIREB"),
    ("Taliban spokesman Zabihullah Mujahid said the group would attack.", "Taliban spokesman Zabihullah Mujahid",
     "AFGGOV"),  # the group's own sector on the day
])
def test_group_title_and_name_is_the_group_person(settings, text, mention, code):
    got = found(settings, text, day="2025-09-03")
    assert got.get(mention) == code, got


# -- 7. parties of fresh items (groups.tsv) ----------------------------------------------------------

@pytest.mark.parametrize("text, day, mention, code", [
    ("Independent Social Democrat candidate Sinisa Karan wins a rerun of the Republika Srpska presidential "
     "election, defeating Serb Democratic Party candidate Branko Blanusa.", "2026-02-08",
     "Serb Democratic Party", "BIHOPP"),
    ("Prabowo Subianto pardons the secretary-general of the Indonesian Democratic Party of Struggle.",
     "2025-08-01", "Indonesian Democratic Party of Struggle", "IDNOPP"),
    ("Joko Widodo met leaders of the Indonesian Democratic Party of Struggle.", "2019-05-01",
     "Indonesian Democratic Party of Struggle", "IDNGOV"),
])
def test_parties(settings, text, day, mention, code):
    got = found(settings, text, day=day)
    assert got.get(mention) == code, got


# -- 8. a capital after a bearing and "of" is a place -------------------------------------------------

@pytest.mark.parametrize("text, mention, code", [
    ("Al-Shabaab recaptured two towns situated approximately 40 kilometres southwest of Mogadishu.", "Mogadishu",
     "SOM"),
    ("Russian forces advanced north of Kyiv.", "Kyiv", "UKR"),
    ("Mogadishu said the attack was a crime.", "Mogadishu", "SOMGOV"),  # the government, as before
])
def test_capital_after_bearing_is_a_place(settings, text, mention, code):
    got = found(settings, text)
    assert got.get(mention) == code, got
