"""Sectors the words around an actor imply (coding/sectors.py, actors/resolve.py).

Sentences written for these tests. Rules only (``event_model = none``)."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.coding.sectors import load_cues

pytestmark = pytest.mark.model


def sided(text, settings, date="2025-06-01"):
    """(source key, source sector, target key, target sector, CAMEO root) of each event."""
    out = set()
    for e in extract(text, date=date, settings=settings):
        s = e.source.actor if e.source else None
        t = e.target.actor if e.target else None
        out.add((s.key if s else None, s.sector if s else None,
                 t.key if t else None, t.sector if t else None, e.cameo[:2]))
    return out


@pytest.mark.parametrize("text, expected", [
    # a demonym standing as a noun for the people acted on is those people
    ("Israeli soldiers shot dead three Palestinians near Jenin.", ("ISR", "MIL", "PSE", "CVL", "18")),
    ("Egypt deported 200 Sudanese refugees and 40 Eritreans.", ("EGY", None, "ERI", "CVL", "17")),
    # a demonym modifying a noun for people takes that noun's sector
    ("Kenya repatriated 120 Ugandan fishermen.", ("KEN", None, "UGA", "CVL", "08")),
    # ... as does the place of a noun for a body ("police in Lyon, France")
    ("Police in Lyon, France, arrested a Tunisian woman on Monday.", ("FRA", "COP", "TUN", "CVL", "17")),
    # ... or of premises or property of one sector ("an oil refinery near Perm, Russia")
    ("A Ukrainian drone struck an oil refinery near Perm, Russia.", ("UKR", "MIL", "RUS", "BUS", "19")),
    ("An RSF drone strike on a hospital in El-Obeid, Sudan, killed six people.",
     ("SDN", "REB", "SDN", "HLH", "19")),
    # ... or by a word on that noun that says whose the premises are
    ("A Russian drone struck an apartment building in Kharkiv, Ukraine.", ("RUS", "MIL", "UKR", "CVL", "19")),
    # a body's noun before a place's name: "Police Scotland"
    ("A Syrian man was arrested by Police Scotland in Glasgow.", ("GBR", "COP", "SYR", "CVL", "17")),
    # a coast guard enforces the law at sea
    ("The Philippine Coast Guard detained a Chinese fishing boat.", ("PHL", "COP", "CHN", None, "17")),
])
def test_people_named_by_their_country_are_people(rules_only, text, expected):
    found = sided(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # an arrest told without who made it: the police of the state where it happens
    ("Two teenagers were arrested in Manchester, England, after the riot.", ("GBR", "COP")),
    ("Three journalists were detained in Minsk, Belarus.", ("BLR", "COP")),
    # a sentence told without who gave it: a court
    ("A businessman was sentenced to ten years in prison in Ankara, Turkey.", ("TUR", "JUD")),
])
def test_the_unnamed_agent_of_an_arrest_or_a_sentence_is_the_body_that_does_it(rules_only, text, expected):
    found = {(s, ss) for s, ss, _, _, root in sided(text, rules_only) if root == "17"}
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # a chargé d'affaires is the government's, as an ambassador is
    ("Norway summoned the Iranian chargé d'affaires in Oslo.", ("IRN", "GOV")),
    ("Rebels abducted three UN workers in Darfur, Sudan.", ("UN", "IGO")),
    ("Washington imposed sanctions on two ICC judges.", ("ICC", "IGO")),
])
def test_the_staff_of_a_state_or_an_organisation_are_it(rules_only, text, expected):
    found = {(t, ts) for _, _, t, ts, _ in sided(text, rules_only)}
    assert expected in found, found


def test_an_organisations_troops_keep_their_sector(rules_only):
    found = sided("NATO troops clashed with Serbian police.", rules_only)
    assert any(s == "NATO" and ss == "MIL" or t == "NATO" and ts == "MIL" for s, ss, t, ts, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # GUIDE.md section 2: a country's name or adjective alone is the state, sector null
    ("Russia attacked Ukraine on Sunday.", ("RUS", None, "UKR", None, "19")),
    ("Turkey condemned the Israeli strikes on Gaza.", ("TUR", None, "ISR", None, "11")),
    # a state that detains people is the state; the people it detains named by a noun of their own
    ("Belarus detained three journalists.", ("BLR", None, "BLR", "MED", "17")),
    # a place where an act happens is not the people or premises there
    ("The United States launched military operations in Venezuela.", ("USA", None, "VEN", None, "19")),
    # a former official is the country alone (GUIDE.md section 2)
    ("A court in Moscow, Russia, jailed former governor Ivan Petrov for ten years.",
     ("RUS", "JUD", "RUS", None, "17")),
])
def test_a_country_named_alone_stays_the_state(rules_only, text, expected):
    found = sided(text, rules_only)
    assert expected in found, found


def test_the_cues_file_reads():
    cues = load_cues()
    assert cues.acts[("arrest", "17")] == "COP"
    assert cues.acts[("sentence", "17")] == "JUD"
    assert cues.nouns["national"] == "CVL"
    assert cues.nouns["refinery"] == "BUS"
    assert cues.nouns["police"] == "COP"  # data/agents.tsv


def test_a_place_of_the_other_side_gives_no_sector(nlp):
    from eventwire.coding.sectors import implied_sector
    doc = nlp("Gunmen in Wukari, Nigeria, killed twenty villagers.")
    place = doc._.actor_at(next(t.i for t in doc if t.text == "Nigeria"))
    killed = next(t for t in doc if t.text == "killed")
    actor = place._.actor
    # the place of the gunmen makes them CRM (data/agents.tsv) ...
    assert implied_sector(place, actor, killed, "18", target=False, implied=False) == ("CRM", "noun")
    # ... but not the target the place stands for when the gunmen are the other side
    assert implied_sector(place, actor, killed, "18", target=True, implied=True, other=doc[0:1]) is None


def test_the_actor_rule_can_come_from_a_cache(nlp):
    """``rule_of``: how the mention's actor was read, from the caller's cache (the events
    component's Places) rather than spaCy's span extension; the answer follows it."""
    from eventwire.coding.sectors import implied_sector
    doc = nlp("Gunmen in Wukari, Nigeria, killed twenty villagers.")
    place = doc._.actor_at(next(t.i for t in doc if t.text == "Nigeria"))
    killed = next(t for t in doc if t.text == "killed")
    actor = place._.actor
    assert implied_sector(place, actor, killed, "18", target=False, implied=False,
                          rule_of=lambda span: span._.actor_rule) == ("CRM", "noun")
    # a rule outside the country rules ("seat": a capital standing for its government) gives none
    assert implied_sector(place, actor, killed, "18", target=False, implied=False,
                          rule_of=lambda span: "seat") is None
