"""News outlets as actors (twenty-third round, media35): a named outlet ("the BBC", "Al
Jazeera", "KCNA") is its state's media, MED (``actors/data/outlets.tsv``); "the broadcaster",
"the agency" refer back to the outlet named last (``actors/outlets.py``); the press named as
the one spoken to or as the source of a report is no side of an event (``coding/press.py``).
Rules alone, real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes
from eventwire import extract
from eventwire.pipeline import as_document, extract_document

pytestmark = pytest.mark.model


def _keys(text, settings, date="2024-05-02"):
    """Every actor key and code on either side of the events of ``text``."""
    return {side for event in codes(text, settings, date) for side in event[:2] if side}


@pytest.mark.parametrize("text, event", [
    ("Iran banned the BBC on Monday.", ("IRN", "GBRMED", "172")),
    ("Israel shut down Al Jazeera's office in Ramallah.", ("ISR", "QATMED", "172")),
    ("Russia expelled a CNN correspondent on Friday.", ("RUS", "USAMED", "174")),
])
def test_a_named_outlet_is_the_target_of_an_act_against_it(rules_only, text, event):
    assert event in codes(text, rules_only, "2024-05-02")


@pytest.mark.parametrize("text, event", [
    # "the broadcaster": the outlet named before, not the media of the state last mentioned
    ("Turkey detained a BBC reporter on Tuesday. The broadcaster condemned the arrest.", ("GBRMED", "TUR", "111")),
    ("Russia expelled a CNN correspondent. The Kremlin accused the network of spreading lies.",
     ("RUSGOV", "USAMED", "112")),
])
def test_the_broadcaster_refers_back_to_the_outlet_named(rules_only, text, event):
    assert event in codes(text, rules_only, "2024-05-02")


def _actors(text, settings, date="2024-05-02"):
    """text -> actor of each actor mention of ``text``."""
    result = extract_document(as_document({"id": "t", "text": text, "date": date}, 0), settings=settings)
    return {m.text: m.actor for m in result.mentions}


def _mentions(text, settings, date="2024-05-02"):
    """text -> actor code of each actor mention of ``text``."""
    return {t: a.code for t, a in _actors(text, settings, date).items()}


def test_the_agency_after_an_organisation_is_not_the_outlet(rules_only):
    found = _actors("North Korea fired a missile, KCNA reported. The IAEA condemned the launch. "
                    "The agency urged North Korea to return to talks.", rules_only)
    assert found["KCNA"].code == "PRKMED"
    assert "The agency" not in found or found["The agency"].name != found["KCNA"].name


def test_the_news_agency_before_its_name_is_that_name(rules_only):
    found = _actors("Yonhap said Seoul protested. The news agency Interfax reported that Russia "
                    "condemned Japan.", rules_only)
    assert found["Interfax"].code == "RUSMED"
    assert "The news agency" not in found or found["The news agency"].name != "Yonhap"
    # (the resolver's own reading of a definite body noun stays: the state last mentioned)


def test_an_outlet_name_inside_a_longer_name_is_no_outlet(rules_only):
    found = _mentions("The Guardian Council disqualified the reformist candidates on Monday.", rules_only)
    assert "GBRMED" not in found.values()


@pytest.mark.parametrize("text, outlet", [
    ("Speaking to CNN, the Ukrainian president accused Russia of war crimes.", "USAMED"),
    ("The Iranian foreign minister told Reuters that Iran would not negotiate with the United States.", "GBRMED"),
    ("Netanyahu spoke with Fox News about the hostages on Sunday.", "USAMED"),
    ("In an interview with Al Jazeera, Erdogan criticised Israel.", "QATMED"),
])
def test_the_outlet_spoken_to_is_no_side_of_an_event(rules_only, text, outlet):
    assert outlet in _mentions(text, rules_only).values()
    assert outlet not in _keys(text, rules_only)


def test_talking_to_reporters_is_no_meeting(rules_only):
    events = codes("Speaking to reporters in Kyiv, the Ukrainian president accused Russia of war crimes.",
                   rules_only, "2024-05-02")
    assert ("UKRGOV", "RUS", "112") in events
    assert not [e for e in events if e[2].startswith("04")]


@pytest.mark.parametrize("text, source", [
    ("According to the BBC, Russian forces shelled Kharkiv on Sunday.", "GBRMED"),
    ("North Korea fired a ballistic missile into the sea, state news agency KCNA reported.", "PRKMED"),
    ("Haaretz reported that Israeli troops arrested three Palestinians in Jenin.", "ISRMED"),
])
def test_the_outlet_of_a_report_is_who_it_is_attributed_to(rules_only, text, source):
    events = list(extract(text, date="2024-05-02", settings=rules_only))
    assert events and all(e.modality == "reported" for e in events)
    assert {e.attributed_to.actor.code for e in events if e.attributed_to} == {source}
    assert not any(source in (e.source and e.source.actor.code, e.target and e.target.actor.code)
                   for e in events)


def test_an_outlet_saying_is_a_report_but_its_own_accusation_is_an_act(rules_only):
    # "KCNA said the US was behind ...": the outlet tells what its clause says, no accusation
    assert not [e for e in codes("KCNA said the United States was behind the sabotage of the pipeline.",
                                 rules_only, "2024-05-02") if "PRKMED" in e[:2]]
    assert ("GBRMED", "IRNGOV", "112") in codes("The BBC accused the Iranian government of harassing its "
                                                 "journalists.", rules_only, "2024-05-02")
