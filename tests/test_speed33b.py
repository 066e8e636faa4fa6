"""The speed33b reads (sentences of our own): the dates' text normalised once per text and
their patterns compiled once; a quote's speaker found with the document's sentences read
once; the document date handed to DocDates; the place phrase walks comparing labels as
spaCy's numbers. Each gives what the plain reading gives."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.places import Gazetteer
from eventwire.coding import date_apart, dates
from eventwire.coding.implicit import Places
from eventwire.coding.modality import load_cues
from eventwire.coding.quotes import find_quotes
from eventwire.coding.scene import DocDates
from eventwire.coding.venue import Venues, _phrase, _unit_of


@pytest.mark.parametrize("text", ["Tuesday's", "late Wed-night", "at 6 a.m.", "the 3rd of March",
                                  "mid\u2013March", "on the day before!"])
def test_normalise_memo_gives_the_plain_reading(text):
    plain = dates._normalise.__wrapped__(text)
    assert dates._normalise(text) == plain
    assert dates._normalise(text) == plain  # (the second read, from the memo)


def test_day_apart_with_its_compiled_preposition():
    assert dates.day_apart("on the day before") == dates.day_apart("the day before") is not None
    assert dates.day_apart("the rally") is None  # negative: not a day told from another


def test_names_stretch_and_length_apart_memo():
    assert date_apart.names_stretch("Monday and Tuesday") is True
    assert date_apart.names_stretch("Monday") is False  # negative: one day
    assert date_apart.length_apart("two days later") == ("two days", 1)
    assert date_apart.length_apart("the summit") is None


@pytest.mark.model
def test_speaker_with_the_sentences_read_once(nlp):
    doc = nlp('"We will never accept a ceasefire on these terms," the Ukrainian foreign minister said on Monday.')
    speech = load_cues().speech_verbs
    (quote,) = find_quotes(doc, speech, 4)
    assert quote.speaker is not None and "minister" in quote.speaker.text
    sentences = [(s.start_char, s.end_char, s) for s in doc.sents]
    (read_once,) = find_quotes(doc, speech, 4, sentences=sentences)
    assert read_once.speaker == quote.speaker


@pytest.mark.model
def test_quote_without_a_saying_verb_has_no_speaker(nlp):
    """Negative: a slogan no one is said to say keeps no speaker."""
    doc = nlp('The banner read "no more war in our villages now" as crowds marched in Kyiv.')
    (quote,) = find_quotes(doc, load_cues().speech_verbs, 4)
    assert quote.speaker is None


@pytest.mark.model
def test_doc_dates_take_the_date_read_already(nlp):
    doc = nlp("Police detained a reporter in Minsk on Friday.")
    doc._.date = dt.datetime(2025, 3, 7, 12, 0)
    assert DocDates(doc, doc._.date).day == dt.date(2025, 3, 7)  # a date and time: its day
    assert DocDates(doc, None).day is None  # a date given as None is None, not read again


@pytest.mark.model
def test_place_phrase_walk_by_label_numbers(nlp):
    doc = nlp("Kenyan police detained nine fishermen in the border town of Lamu, Kenya, on Friday.")
    town = next(t for t in doc if t.lower_ == "town")
    assert [t.text for t in _phrase(town)] == ["town", "border", "of", "Lamu", "Kenya"]
    prep = next(t for t in doc if t.lower_ == "in")
    tok, place = Venues(doc, Gazetteer.load(), Places(doc))._placed_in(prep)
    assert (tok.text, place.country) == ("Lamu", "KEN")


@pytest.mark.model
def test_place_unit_names_by_label_numbers(nlp):
    doc = nlp("Police arrested two smugglers in Rajshahi city late on Sunday.")
    units = {t.text: _unit_of(t) for t in doc}
    assert units["Rajshahi"] == "city"
    assert units["Police"] is None and units["Sunday"] is None  # negative: no place noun after them
