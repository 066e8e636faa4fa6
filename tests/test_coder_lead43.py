"""The lead's mends of the twenty-eighth round: the sport reading (sport43) leaves alone the
words as common outside a match ("a bout", "a knockout blow", "the Olympics") and a sentence
that names the words of politics ("ministry", "diplomatic", "boycott"). Rules alone, real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples
from eventwire.coding.sport import about_sport

pytestmark = pytest.mark.model


def test_a_ministry_condemning_a_strike_during_a_match_is_an_event(rules_only):
    text = "Qatar's foreign ministry condemned Israel's strike on Doha during the World Cup qualifier."
    assert any(s[:3] == "ISR" and t == "QAT" and c == "195" for s, t, c in triples(text, rules_only))


def test_a_diplomatic_boycott_of_the_olympics_is_no_match(rules_only):
    text = "China attacked the United States over its diplomatic boycott of the Olympics."
    assert any(s == "CHN" and t == "USA" for s, t, _ in triples(text, rules_only))


@pytest.mark.parametrize("text", [
    "A fresh bout of fighting broke out between Sudan and South Sudan.",
    "The court ruling dealt a knockout blow to the opposition campaign.",
    "The coach carrying the delegation was attacked on the road to Kabul.",
])
def test_words_common_outside_a_match_make_no_match(text, nlp):
    doc = nlp(text)
    assert not about_sport(list(doc), text)
