"""The speed32b reads (sentences of our own): the place a trigger's words state is read once
for all its codings (``Venues._stated_place``), the sides' countries still per coding; and
the detector's ``triggered`` test reads only the first of the sentence's features."""

from __future__ import annotations

import pytest

from eventwire.actors.component import actor_mentions
from eventwire.actors.places import Gazetteer
from eventwire.coding.coder import Coding
from eventwire.coding.implicit import Places
from eventwire.coding.event_model import lexicon_roots
from eventwire.coding.learned import FeatureMaker
from eventwire.coding.lexicon import Trigger, load_lexicon
from eventwire.coding.venue import Venues


def _coding(trigger, cameo: str, source, target) -> Coding:
    return Coding(trigger, Trigger(trigger.lemma_.lower(), None, trigger.pos_, cameo, (), frozenset(), frozenset(),
                                   frozenset(), 0), source, target)


def _mention(doc, words: str):
    return next(s for s in actor_mentions(doc) if words in s.text)


def _fresh(doc, coding, sent):
    return Venues(doc, Gazetteer.load(), Places(doc)).location(coding, sent)


@pytest.mark.model
def test_each_trigger_has_its_own_stated_place_read_once(nlp):
    doc = nlp("Peruvian police detained two Bolivian smugglers in Cusco, and Bolivia protested in La Paz.")
    sent = next(doc.sents)
    detained = next(t for t in doc if t.lower_ == "detained")
    protested = next(t for t in doc if t.lower_ == "protested")
    peru, bolivia = _mention(doc, "Peruvian"), _mention(doc, "Bolivia")
    venues = Venues(doc, Gazetteer.load(), Places(doc))
    arrest = _coding(detained, "173", peru, bolivia)
    reverse = _coding(detained, "173", bolivia, peru)
    protest = _coding(protested, "140", bolivia, None)
    assert venues.location(arrest, sent).country == "PER"
    assert venues.location(reverse, sent).country == "PER"  # the same words: the same place
    assert venues.location(protest, sent).country == "BOL"  # another trigger: its own place
    for coding in (arrest, reverse, protest):
        assert venues.location(coding, sent) == _fresh(doc, coding, sent)


@pytest.mark.model
def test_without_a_stated_place_each_coding_has_its_sides_country(nlp):
    """Negative: the memo keeps only what the words state; a pair and its reverse with no
    place named still get the countries of their own sides."""
    doc = nlp("Ecuador accuses Colombia of shielding drug traffickers.")
    sent = next(doc.sents)
    accuses = next(t for t in doc if t.lower_ == "accuses")
    ecuador, colombia = _mention(doc, "Ecuador"), _mention(doc, "Colombia")
    venues = Venues(doc, Gazetteer.load(), Places(doc))
    forward, reverse = _coding(accuses, "112", ecuador, colombia), _coding(accuses, "112", colombia, ecuador)
    assert venues.location(forward, sent).country == "ECU"
    assert venues.location(reverse, sent).country == "COL"
    assert venues.location(forward, sent) == _fresh(doc, forward, sent)


@pytest.mark.model
@pytest.mark.parametrize("text, triggered", [
    ("Chilean troops attacked Peruvian border posts.", True),
    ("The Chilean and Peruvian delegations were in the hall.", False),
])
def test_triggered_reads_the_first_sentence_feature(nlp, text, triggered):
    doc = nlp(text)
    sent = next(doc.sents)
    maker = FeatureMaker(load_lexicon())
    shared = maker.sentence_features(sent, {})
    assert shared[0].startswith("str:") is triggered
    assert bool(lexicon_roots(shared)) is triggered
    found, _, _ = maker.split_rows(sent, {}, triggered=True)
    assert bool(found) is triggered
    assert maker.split_rows(sent, {})[0]  # not asked: candidates all the same
