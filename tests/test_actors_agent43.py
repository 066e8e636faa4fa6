"""Actor names and nationality, twenty-eighth round (agent43): an NGO's name before a state's
("MSF Belgium", "Save the Children UK") is that state's NGO, the organisation's national
section; "pro-EU protests", "anti-NATO rallies" name no organisation (the cause is no party);
the Peshmerga, "Kurdish forces" placed in Iraq and the Kurdistan Regional Government are Iraq's
(MIL, GOV), as the Phoenix dictionaries code them. Real model and pipeline; sentences written
for these tests."""

from __future__ import annotations

import pytest

from coded import codes, mentions

pytestmark = pytest.mark.model

DATE = "2024-05-02"


@pytest.mark.parametrize("text, mention, expected", [
    ("MSF Belgium condemned the attack on its hospital in Kunduz.", "MSF Belgium", ("BEL", "NGO")),
    ("Save the Children UK criticised the British government over aid cuts.", "Save the Children UK",
     ("GBR", "NGO")),
    ("Oxfam America accused the government of Sudan of blocking aid.", "Oxfam America", ("USA", "NGO")),
])
def test_a_national_section_of_an_ngo_is_the_state_ngo(nlp, text, mention, expected):
    assert mentions(nlp, text).get(mention) == expected, mentions(nlp, text)


def test_a_national_section_is_coded_as_the_source(rules_only):
    found = codes("Save the Children UK criticised the British government over aid cuts.", rules_only, DATE)
    assert any(s == "GBRNGO" and t == "GBRGOV" for s, t, _ in found), found


def test_an_ngo_alone_or_with_an_adjective_keeps_its_reading(nlp):
    # guards: the organisation itself; a state's adjective after its possessive is not its section
    assert mentions(nlp, "Oxfam accused Saudi Arabia of blocking aid.").get("Oxfam") == ("OXFAM", "NGO")
    found = mentions(nlp, "Oxfam's Yemeni partners accused Saudi Arabia of blocking aid.")
    assert found.get("Oxfam") == ("OXFAM", "NGO"), found


@pytest.mark.parametrize("text", [
    "Police clashed with protesters at pro-EU protests in Tbilisi.",
    "Anti-NATO protesters clashed with police in Belgrade.",
])
def test_the_cause_of_a_protest_is_no_actor(nlp, rules_only, text):
    found = mentions(nlp, text)
    assert not any(v[0] in ("EU", "NATO") for v in found.values()), found
    events = codes(text, rules_only, DATE)
    assert not any(k in ("EU", "NATO") for s, t, _ in events for k in (s, t)), events


def test_the_organisation_itself_is_still_read(nlp):
    # guard: the EU named as itself
    found = mentions(nlp, "The EU condemned the crackdown on protesters in Tbilisi.")
    assert ("EU", "IGO") in found.values(), found


@pytest.mark.parametrize("text, mention, expected", [
    ("Kurdish forces attacked Islamic State positions near Mosul in Iraq.", "Kurdish forces", ("IRQ", "MIL")),
    ("The peshmerga fought Isis near Kirkuk.", "peshmerga", ("IRQ", "MIL")),
    ("The Kurdistan Regional Government condemned the Iraqi government.", "Kurdistan Regional Government",
     ("IRQ", "GOV")),
    ("The KRG accused Baghdad of withholding salaries.", "KRG", ("IRQ", "GOV")),
    # guards: Kurdish armed men elsewhere stay rebels of their state (names42)
    ("Kurdish fighters attacked Turkish troops near the border on Monday.", "Kurdish fighters", ("TUR", "REB")),
    ("Kurdish militias seized the town from the Islamic State.", "Kurdish militias", ("SYR", "REB")),
])
def test_the_kurdistan_region_forces_and_government(nlp, text, mention, expected):
    assert mentions(nlp, text).get(mention) == expected, mentions(nlp, text)


@pytest.mark.parametrize("text, mention", [
    ("On 17 April 2023, five men assaulted a rickshaw driver in Savar city (Dhaka), over a dispute.", "Dhaka"),
    ("On 5 May 2020, in El Paisnal (San Salvador), gang members shot and killed a man.", "San Salvador"),
])
def test_a_capital_in_the_brackets_of_a_place_is_a_place(nlp, text, mention):
    assert mentions(nlp, text).get(mention) == (mention == "Dhaka" and "BGD" or "SLV", None), mentions(nlp, text)


def test_a_capital_acting_is_still_its_government(nlp):
    # guard: the metonym outside brackets
    assert mentions(nlp, "Moscow accused Ukraine of shelling the plant.").get("Moscow") == ("RUS", "GOV")


def test_the_supporters_of_a_party_are_its_people(nlp):
    # guard: "pro-" before a party's name keeps the party ("pro-Awami League lawyers" are its men)
    found = mentions(nlp, "On 6 April 2023, pro-Awami League lawyers clashed with BNP lawyers in Dhaka.")
    assert found.get("Awami League lawyers", (None,))[0] == "BGD", found
