"""Speed round event46: the shortcuts of an event's date and place give what the full reads
give. Sentences of our own, the real spaCy pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.narrative import DocEntities, clause_head
from eventwire.coding.scene import DocDates, Scene, event_date, refers_back, scene_of, tense
from eventwire.coding.threads import takes_up_told

pytestmark = pytest.mark.model

THU = dt.date(2024, 5, 2)  # a Thursday: Monday before is 2024-04-29


def _dated(nlp, text):
    doc = nlp(text)
    doc._.date = THU  # (the Scene reads the document's date from it)
    return doc


def _trigger(doc, lemma, sentence=-1):
    return next(t for t in list(doc.sents)[sentence] if t.lemma_ == lemma)


# --- takes_up_told is read only where a date before or the perfect's month would follow ---

def test_a_present_act_on_that_decision_is_dated_the_document_day_either_way(nlp):
    doc = _dated(nlp, "On Monday, the court upheld the ban. The government appeals that decision.")
    trig = _trigger(doc, "appeal")
    clause = clause_head(trig)
    # the skipped read would have said yes, and the answer is the document's day all the same
    assert takes_up_told(trig, clause) and tense(clause) == "present" and not refers_back(trig)
    assert event_date(doc, list(doc.sents)[-1], trig, "asserted", DocDates(doc, THU)) == (THU.isoformat(), "document")


def test_a_past_act_on_that_decision_still_reads_it(nlp):
    # without the read, the day told before (Monday) would date it
    doc = _dated(nlp, "On Monday, the court upheld the ban. The government appealed that decision.")
    trig = _trigger(doc, "appeal")
    clause = clause_head(trig)
    assert takes_up_told(trig, clause) and tense(clause) == "past"
    assert event_date(doc, list(doc.sents)[-1], trig, "asserted", DocDates(doc, THU)) == (THU.isoformat(), "document")
    other = _dated(nlp, "On Monday, the court upheld the ban. The government appealed the ban.")
    trig = _trigger(other, "appeal")
    assert not takes_up_told(trig, clause_head(trig))
    assert event_date(other, list(other.sents)[-1], trig, "asserted", DocDates(other, THU)) == ("2024-04-29", "day")


# --- the document's entities read once for the dates and the Scene ------------------------

TEXTS = [
    "On Monday, police arrested two men in Lyon. The next day, a court charged them.\n\n"
    "Protesters gathered on Saturday. They clashed with police.",
    "Israel struck Gaza on November 15, 2017. Hamas fired rockets on November 21.",
    "The minister said on Friday that the rules must be changed. Police had entered the city on Thursday night.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_scene_of_shared_entities_is_the_scene_read_alone(nlp, text):
    doc = nlp(text)
    doc._.date = THU
    alone, shared = Scene(doc, THU), Scene(doc, THU, DocEntities(doc))
    assert alone._marks and shared._marks == alone._marks
    assert shared._with_year == alone._with_year and shared._paragraph_starts == alone._paragraph_starts
    dates = DocDates(doc, THU)
    for sent in doc.sents:
        dates.expressions(sent)
    assert dates.scene()._marks == alone._marks
    assert scene_of(doc) is dates.scene()  # kept on the document, the same key


def test_a_scene_is_read_again_when_the_date_entities_change(nlp):
    doc = nlp("Police arrested two men on Monday. A court charged them.")
    doc._.date = THU
    first = scene_of(doc, DocEntities(doc))
    doc.ents = [e for e in doc.ents if e.label_ != "DATE"]
    again = scene_of(doc, DocEntities(doc))
    assert again is not first  # (the words still tell "on Monday": the same marks, read anew)
    assert scene_of(doc) is again and scene_of(doc, DocEntities(doc)) is again


# --- a place entity read once for all its words ------------------------------------------

def test_each_word_of_a_place_entity_names_the_same_place(nlp, settings):
    from eventwire.coding.implicit import Places
    from eventwire.coding.venue import Venues
    doc = nlp("Police arrested two men in New York City on Monday.")
    gazetteer = nlp.get_pipe("eventwire_events").places
    ent = next(e for e in doc.ents if e.text == "New York City")
    venues = Venues(doc, gazetteer, Places(doc))
    found = [venues._place_at(t) for t in ent]
    assert found[0] is not None and found == [gazetteer.sized(ent.text)[0]] * len(ent)
    assert Venues(doc, gazetteer, Places(doc))._place_at(ent[-1]) == found[-1]  # a fresh read agrees


PLACE_TEXTS = [
    "Police opened fire on protesters in Bandar Abbas on Friday. Officials in Nairobi said troops were deployed "
    "at Kalia upazila (Narail, Khulna).",
    "Gunmen attacked a convoy near Kunar province, Afghanistan. A drone struck an oil terminal in Novorossiysk.",
    "Talks were held at the Washington meeting in Heroica Puebla de Zaragoza, Mexico, at Kalia village, "
    "Pirganj upazila, Rangpur.",
]


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_a_phrase_read_with_its_sentence_is_the_phrase_read_alone(nlp, text):
    from eventwire.coding.implicit import Places
    from eventwire.coding.venue import PLACE_PREPS, Venues
    doc = nlp(text)
    gazetteer = nlp.get_pipe("eventwire_events").places
    told, alone = Venues(doc, gazetteer, Places(doc)), Venues(doc, gazetteer, Places(doc))
    read = 0
    for sent in doc.sents:
        for prep in (t for t in sent if t.dep_ == "prep" and t.lower_ in PLACE_PREPS):
            assert told._placed_in(prep, sent) == alone._placed_in(prep)
            read += alone._placed_in(prep) is not None
    assert read >= 2
