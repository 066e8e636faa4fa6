"""Actors, twenty-ninth round (agent44): agent nouns listed before the "in"/"of" and state that
the parser hangs on the list's first noun ("Police and soldiers in Kenya"); a leaning or
"state-run" between a state's adjective and its body ("Iranian hardline media and
government"); "official media"; the Home Office; a capital as the district of an ACLED
location ("Dhaka university, Dhaka - Shahbagh"); a body's last word ("Party") is no surname
of a body filed with the people; a state's adjective as a given name after a title ("justice
minister German Galushchenko"); two Indian student and labour bodies. Real model and
pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, mentions

pytestmark = pytest.mark.model

DATE = "2024-05-02"


@pytest.mark.parametrize("text, expected", [
    ("Police and soldiers in Kenya arrested ten protesters.", {("KEN", "COP"), ("KEN", "MIL")}),
    ("The police and soldiers in Kenya arrested ten protesters.", {("KEN", "COP"), ("KEN", "MIL")}),
    ("Officials and soldiers in Kenya arrested ten protesters.", {("KEN", "GOV"), ("KEN", "MIL")}),
])
def test_agent_nouns_listed_before_the_state_are_of_it(nlp, text, expected):
    found = mentions(nlp, text)
    assert expected <= set(found.values()), found
    assert ("KEN", None) not in found.values(), found  # the state is read into the last noun


def test_the_listed_agents_are_both_sources(rules_only):
    found = codes("Police and soldiers in Kenya arrested ten protesters.", rules_only, DATE)
    assert {s for s, _, _ in found} == {"KENCOP", "KENMIL"}, found


def test_soldiers_alone_and_two_sides_keep_their_reading(nlp):
    # guards: soldiers "in" a state are not its own alone; police and protesters are two sides
    assert mentions(nlp, "Soldiers in Kenya arrested ten protesters.") == {"Kenya": ("KEN", None)}
    found = mentions(nlp, "Police and protesters in Kenya clashed on Sunday.")
    assert "Police" not in found, found


@pytest.mark.parametrize("text, mention, expected", [
    ("Iranian hardline media and government condemned Israel.", "Iranian hardline media", ("IRN", "MED")),
    ("The Iranian hardline media condemned Israel.", "Iranian hardline media", ("IRN", "MED")),
    ("Iranian state-run media accused the United States.", "Iranian state-run media", ("IRN", "MED")),
    ("Chinese official media and diplomats criticised Japan.", "Chinese official media", ("CHN", "MED")),
])
def test_a_leaning_between_the_adjective_and_the_body(nlp, text, mention, expected):
    assert mentions(nlp, text).get(mention) == expected, mentions(nlp, text)


def test_the_adjective_is_shared_past_the_leaning(rules_only):
    found = codes("Iranian hardline media and government condemned Israel.", rules_only, DATE)
    assert {("IRNMED", "ISR"), ("IRNGOV", "ISR")} <= {(s, t) for s, t, _ in found}, found


@pytest.mark.parametrize("text, mention", [
    ("A Home Office spokesperson said the government condemned the attack.", "Home Office spokesperson"),
    ("The Home Office said it would deport the men.", "The Home Office"),
])
def test_the_home_office_is_britain(nlp, text, mention):
    assert mentions(nlp, text).get(mention) == ("GBR", "GOV"), mentions(nlp, text)


def test_a_capital_as_an_acled_district_is_a_place(nlp, rules_only):
    text = ("On 27 December 2023, unidentified assailants threw cocktail bombs in front of Dhaka university, "
            "Dhaka - Shahbagh (Shahbagh), over unknown reasons.")
    assert mentions(nlp, text).get("Dhaka") == ("BGD", None), mentions(nlp, text)
    assert not any(t == "BGDGOV" for _, t, _ in codes(text, rules_only, DATE))


def test_the_capital_acting_keeps_its_reading(nlp):
    # guard: a capital with no dash after it is the government
    assert mentions(nlp, "Dhaka accused Myanmar of shelling its border.").get("Dhaka") == ("BGD", "GOV")


def test_a_body_last_word_is_no_surname(nlp, rules_only):
    text = "People protested in Karnal against the policies of the Bhartaiya Janta Party government."
    assert not any(v[0] == "SYR" for v in mentions(nlp, text).values()), mentions(nlp, text)
    assert not any("SYR" in (t or "") for _, t, _ in codes(text, rules_only, DATE))


def test_a_state_adjective_as_a_given_name_after_a_title(nlp):
    found = mentions(nlp, "Ukraine's parliament dismissed justice minister German Galushchenko on Tuesday.")
    assert not any(v[0] == "DEU" for v in found.values()), found
    found = mentions(nlp, "Russian banker German Gref met President Vladimir Putin.")
    assert not any(v[0] == "DEU" for v in found.values()), found
    # guards: the adjective before a title or an agent noun is the state
    assert mentions(nlp, "The German foreign minister criticised Russia.").get("German foreign minister") \
        == ("DEU", "GOV")
    found = mentions(nlp, "EU officials German Chancellor Olaf Scholz and French President Emmanuel Macron met.")
    assert found.get("German Chancellor Olaf Scholz") == ("DEU", "GOV"), found


@pytest.mark.parametrize("text, mention, expected", [
    ("Activists of the National Students Union of India staged a protest at the college.",
     "National Students Union of India", ("IND", "OPP")),
    ("Members of the Indian National Trade Union Congress staged a protest in Jaipur.",
     "Indian National Trade Union Congress", ("IND", "LAB")),
])
def test_indian_student_and_labour_bodies(nlp, text, mention, expected):
    assert mentions(nlp, text).get(mention) == expected, mentions(nlp, text)
