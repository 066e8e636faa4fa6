"""Actor names and places, twenty-seventh round (names42): a town written with its region
("Algeciras, Huila") is in the region's country, for the event's place and the actors placed
there, and a capital's name with a region of another country ("Paris, Texas") is that
country's town; "Isis" joined to a person's name is a woman, not the Islamic State; a known
party's name inside a longer name ("the Left Democratic Alliance") is not that party;
"Kurdish fighters" are an armed group of the state their sentence places them in or names
nearest to them; "INC" and "ABVP" are Indian. Real model and pipeline;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import mentions, placed

pytestmark = pytest.mark.model

DATE = "2024-05-02"


def test_a_town_with_its_region_is_in_the_region_country(rules_only):
    found = placed("Police in Algeciras, Huila, arrested three farmers on Monday.", rules_only, DATE, codes=True)
    assert found and all(loc == "COL" for *_, loc in found), found
    assert any(s == "COLCOP" for s, *_ in found), found


def test_a_town_alone_keeps_its_own_country(rules_only):
    # guard: without the region, the name is the Spanish port
    found = placed("Police in Algeciras arrested three smugglers on Monday.", rules_only, DATE, codes=True)
    assert found and all(loc == "ESP" for *_, loc in found), found


def test_a_capital_name_with_a_region_of_another_country(rules_only, nlp):
    text = "Gunmen killed two soldiers in Paris, Texas, on Monday."
    assert mentions(nlp, text).get("Paris") == ("USA", None)
    found = placed(text, rules_only, DATE, codes=True)
    assert found and all(loc == "USA" for *_, loc in found), found
    # guard: with its own state after it, Paris stays French
    assert mentions(nlp, "Police arrested three men in Paris, France, on Monday.").get("Paris") == ("FRA", None)


def test_isis_before_a_name_is_a_person(nlp):
    found = mentions(nlp, "Isis Garcia, a nurse, said the hospital had been shelled by the army.")
    assert "Isis" not in found, found
    # guard: before a noun it is still the group
    assert mentions(nlp, "Isis fighters attacked Iraqi troops near Mosul.").get("Isis") == ("IRQ", "REB")


def test_a_party_name_inside_a_longer_name(nlp):
    found = mentions(nlp, "Members of the Left Democratic Alliance staged a rally in Dhaka on Monday.")
    assert not any(v[0] == "ZAF" for v in found.values()), found
    # guard: the party itself
    found = mentions(nlp, "The Democratic Alliance accused the ANC of corruption.")
    assert found.get("Democratic Alliance", (None,))[0] == "ZAF", found


@pytest.mark.parametrize("text, mention, expected", [
    ("Kurdish fighters attacked Turkish troops near the border on Monday.", "Kurdish fighters", ("TUR", "REB")),
    ("Washington promised weapons to Kurdish forces fighting the Iranian regime.", "Kurdish forces", ("IRN", "REB")),
    ("Kurdish militias seized the town from the Islamic State.", "Kurdish militias", ("SYR", "REB")),
    # in Iraq they are the Kurdistan Region's Peshmerga, IRQ MIL as Phoenix codes PESHMERGA (agent43)
    ("Kurdish forces captured the village in northern Iraq.", "Kurdish forces", ("IRQ", "MIL")),
    ("On Friday, INC staged a protest in Bathinda against the state government.", "INC", ("IND", "OPP")),
    ("ABVP members clashed with police during a march in Bangalore.", "ABVP", ("IND", "GOV")),
    ("The Nigerian Labour Congress threatened a strike over the fuel price.", "Nigerian Labour Congress",
     ("NGA", "LAB")),
])
def test_named_groups_have_their_state_and_sector(text, mention, expected, nlp):
    found = mentions(nlp, text)
    assert found.get(mention) == expected, found
