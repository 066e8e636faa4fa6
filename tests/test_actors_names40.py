"""Actor names, twenty-fifth round (names40): names matched with their dashes and apostrophes
folded ("Guinea–Bissau", "O’Brien"), a known name the tagger reads as a common noun before a
verb it reads as a plural noun ("Trump refuses to ..."), and a body named by two places of one
state ("the High Court of England and Wales") one mention. Real model and pipeline; sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.actors.component import SPAN_KEY
from eventwire.actors.text import fold

from coded import codes, mentions, source_codes

pytestmark = pytest.mark.model

DATE = "2025-05-02"


def test_fold_makes_dashes_and_apostrophes_plain():
    assert fold("IS–Somalia Guinea—Bissau O’Brien") == "IS-Somalia Guinea-Bissau O'Brien"


@pytest.mark.parametrize("text, mention, key", [
    ("Guinea–Bissau accused Senegal of violating its border on Tuesday.", "Guinea–Bissau", "GNB"),
    ("Guinea—Bissau accused Senegal of violating its border on Tuesday.", "Guinea—Bissau", "GNB"),
    ("IS–Somalia fighters attacked a Puntland base on Tuesday.", "IS–Somalia", "SOM"),
])
def test_a_name_written_with_another_dash_is_found(text, mention, key, nlp):
    found = mentions(nlp, text)
    assert found.get(mention, (None,))[0] == key, found


def test_a_name_written_with_a_typographic_apostrophe_is_found(rules_only):
    text = "Robert O’Brien criticised China on Tuesday."
    assert "USAGOV" in source_codes(text, rules_only, "2020-05-02"), codes(text, rules_only, "2020-05-02")


def test_a_name_read_as_a_noun_before_a_verb_read_as_its_plural_object(nlp):
    doc = nlp("Trump refuses to rule out using force to take Greenland")
    found = {s.text: s._.actor.key for s in doc.spans[SPAN_KEY]}
    assert found.get("Trump") == "USA", found


def test_a_plain_noun_and_its_object_stay_no_actor(nlp):
    """Guard: a common word with a plural object is no one ("Young people ...")."""
    doc = nlp("Young people refuse to vote in the election.")
    assert not any(s.text.startswith("Young") for s in doc.spans[SPAN_KEY])


@pytest.mark.parametrize("text, mention", [
    ("The High Court of England and Wales rejected the appeal on Tuesday.", "High Court of England and Wales"),
])
def test_a_body_named_by_two_places_of_one_state_is_one_mention(text, mention, nlp):
    found = mentions(nlp, text)
    assert found.get(mention) == ("GBR", "JUD"), found
    assert "Wales" not in found, found


def test_states_conjoined_after_a_plural_agent_stay_apart(nlp):
    """Guard: "the ambassadors of France and Germany" are two states' ambassadors."""
    found = mentions(nlp, "The ambassadors of France and Germany protested on Tuesday.")
    assert found.get("Germany") == ("DEU", "GOV") or "Germany" in found, found
    assert not any(m.endswith("France and Germany") for m in found), found
