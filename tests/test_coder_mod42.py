"""Modality and who said it, twenty-seventh round (mod42). A doer that "suspected" or
"alleged" hedges makes the act uncertain (GUIDE.md section 4: the act as coded names a doer
the writer does not vouch for); a hedged target does not. A headline whose verb of saying the
parser reads as a plural noun ("the defense ministry reports intercepting drones") is a
saying: reported, by the ministry. A threat or pledge named with its maker's possessive as the
object of a condition ("if Turkey carries out its threat") was made: the condition is its
fulfilling. A quotation whose own verb of saying has a named subject the actor tables do not
know keeps no speaker rather than the previous quotation's. Rules alone (the learned detector
off), real model; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import modalities
from eventwire import Document, extract, extract_document

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, triple", [
    ("In Marib, suspected Houthi gunmen attacked a convoy carrying the governor of Taiz.", ("YEM", "YEM", "18")),
    ("In Lahij, Yemen, suspected Houthi gunmen carry out an ambush against a convoy carrying the governor of Taiz.",
     ("YEM", "YEM", "18")),
])
def test_a_hedged_doer_makes_the_act_uncertain(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"uncertain"}


@pytest.mark.parametrize("text, triple", [
    # the same act with the doer unhedged
    ("In Marib, Houthi gunmen attacked a convoy carrying the governor of Taiz.", ("YEM", "YEM", "18")),
    # the target hedged, not the doer
    ("In Mosul, Iraqi police arrested 30 suspected Islamic State members.", ("IRQ", "IRQ", "17")),
])
def test_an_unhedged_doer_stays_asserted(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"asserted"}


def test_a_headline_saying_read_as_a_noun_is_reported(rules_only):
    text = "Saudi Arabia's defense ministry reports intercepting drones fired by Iraqi militias from inside Iraq."
    events = [e for e in extract(text, date="2025-06-01", settings=rules_only) if e.cameo.startswith("19")]
    assert events and {e.modality for e in events} == {"reported"}
    assert {e.attributed_to.actor.key for e in events if e.attributed_to} == {"SAU"}


def test_a_threat_named_in_a_condition_was_made(rules_only):
    text = "Iraq will expel the Turkish ambassador if Turkey carries out its threat to invade Iraq."
    assert modalities(text, rules_only, ("TUR", "IRQ", "13")) == {"asserted"}


def test_a_condition_without_a_possessive_stays_conditional(rules_only):
    text = "Honduras will expel US troops if the United States imposes sanctions on Honduras."
    assert modalities(text, rules_only, ("USA", "HND", "16")) == {"conditional"}


def _speakers(text, settings):
    result = extract_document(Document(id="t", text=text, date=dt.date(2025, 6, 1)), settings=settings)
    return [(q.text.split()[0], q.speaker.actor.key if q.speaker else None) for q in result.quotes]


def test_a_named_sayer_unknown_to_the_tables_does_not_take_the_previous_speaker(rules_only):
    text = ('Former Australian prime minister Tony Abbott said, "It is a licence for late abortions and it is wrong." '
            'Local campaigner Penny Sharpe said, "The current law has meant women face ten years in jail."')
    assert _speakers(text, rules_only) == [("It", "AUS"), ("The", None)]


def test_a_pronoun_sayer_continues_the_previous_speaker(rules_only):
    text = ('Former Australian prime minister Tony Abbott said, "It is a licence for late abortions and it is wrong." '
            '"We will repeal this law when we can," he said.')
    assert [key for _, key in _speakers(text, rules_only)] == ["AUS", "AUS"]
