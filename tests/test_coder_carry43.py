"""Carried actors, modality and who said it, twenty-eighth round (carry43).

"our government", "we" stand for whoever speaks them (the quotation's speaker, the subject of
the verb of saying), not the state named in their own sentence; a letter's "our government",
which no named actor says, codes no state. A verb of saying whose speaker the parser hung on it
as a modifier ("The DR Congolese military reports that ...") still reports. "outlines a set of
sanctions" puts the sanctions forward (future). "X is accused of" with no accuser is a hedge
(uncertain), not the accused's claim. A speaker no actor mention names, an agent noun or a
title before an unknown name ("the ministry said", "Police director Vladimir Rebic said"),
is who said it. Rules alone (the learned detector off), real model; sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from coded import modalities, triples
from eventwire import Document, extract, extract_document

pytestmark = pytest.mark.model


def _events(text, settings, root):
    return [e for e in extract(text, date="2025-06-01", settings=settings) if e.cameo.startswith(root)]


def test_our_government_in_a_quotation_is_the_speakers(rules_only):
    text = ('The Turkish foreign minister spoke in Ankara. "Our government will never negotiate with Israel," '
            'the French foreign ministry said.')
    assert ("FRA", "ISR", "125") in triples(text, rules_only)
    assert not any(s == "TUR" for s, _, _ in triples(text, rules_only))


def test_our_government_that_no_named_actor_says_is_no_state(rules_only):
    # a letter in its writer's voice: not Turkey, named in the sentence, nor Syria, where the
    # sentence before is placed (the base coded SYRGOV -> TUR 051)
    text = "In Idlib, we fear the worst. But our government actively supports Turkey, regarding it as an ally."
    assert not any(c[:2] == "05" for _, _, c in triples(text, rules_only))


def test_we_in_a_quotation_is_the_speaker(rules_only):
    # (a guard: the actor resolver gave this "we" its speaker already)
    text = ('The talks were held in Geneva. "We will impose sanctions on Russia next week," '
            'the French foreign ministry said.')
    assert ("FRA", "RUS", "16") in {(s, t, c[:2]) for s, t, c in triples(text, rules_only)}


def test_a_saying_verb_with_its_speaker_hung_on_it_reports(rules_only):
    text = "The DR Congolese military reports that at least 69 people were killed in an attack by CODECO in Ituri."
    events = _events(text, rules_only, "18")
    assert events and {e.modality for e in events} == {"reported"}


def test_outlined_sanctions_are_to_come(rules_only):
    text = "The European Union outlines a set of sanctions against Israeli settlers."
    assert modalities(text, rules_only, ("EU", "ISR", "16")) == {"future"}
    text = "The European Union imposes sanctions against Israeli settlers."
    assert modalities(text, rules_only, ("EU", "ISR", "16")) == {"asserted"}


def test_accused_with_no_accuser_is_uncertain(rules_only):
    text = "Israel is accused of attacking civilians in Gaza."
    events = _events(text, rules_only, "19")
    assert events and {e.modality for e in events} == {"uncertain"}
    assert all(e.attributed_to is None for e in events)
    # the active accusation stays the accuser's claim
    events = _events("Hamas accuses Israel of attacking civilians in Gaza.", rules_only, "19")
    assert events and {(e.modality, e.attributed_to.actor.key) for e in events} == {("reported", "PSE")}


@pytest.mark.parametrize("text, root, said_by", [
    ("Police director Vladimir Rebic said at least 71 people were arrested in Belgrade on Friday night.",
     "17", "SRBCOP"),
    ("The ministry said police in Almaty detained him again on Monday.", "17", "KAZGOV"),
])
def test_an_implied_speaker_is_who_said_it(text, root, said_by, rules_only):
    events = _events(text, rules_only, root)
    assert events and {e.attributed_to.actor.code if e.attributed_to else None for e in events} == {said_by}


def test_a_quotation_of_a_titled_unknown_name_is_the_titles(rules_only):
    text = 'In Bradford, Prosecutor Kama Melly QC said the men had "attacked and abused the children of the town".'
    result = extract_document(Document(id="t", text=text, date=dt.date(2025, 6, 1)), settings=rules_only)
    assert [q.speaker.actor.code if q.speaker else None for q in result.quotes] == ["GBRJUD"]
