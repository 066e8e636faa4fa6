"""The call46 reads (sentences of our own): the events component reads a document's sentences
and their characters once and hands them to ``Places`` (where the lead ends), to ``find_quotes``
and to its detector lead; ``find_quotes`` walks the verbs of saying around a quote once for its
three readers. Each gives what the plain reading gives. Real model."""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.coding import component
from eventwire.coding.implicit import Places, _lead_end, implied_speaker
from eventwire.coding.modality import load_cues
from eventwire.coding.quotes import find_quotes

pytestmark = pytest.mark.model

TEXTS = [
    "KYIV (Reuters) - Russian forces shelled Kharkiv on Monday. Ukraine condemned the attack. "
    "Police arrested two men in Lviv. The talks resume next week.",
    "Saturday, October 5, 2019\n\nProtesters marched in Santiago. The government imposed a curfew. "
    "Soldiers patrolled the streets.",
    "A Peruvian court sentences Toledo to 20 years",
]

QUOTED = (
    '"We will never accept a ceasefire on these terms," the Ukrainian foreign minister said. '
    '"Our army will defend every village in the east," he added.\n'
    'The ministry said: "Talks with Moscow are suspended until further notice."\n'
    'The banner read "no more war in our villages now" as crowds marched.'
)


@pytest.mark.parametrize("text", TEXTS)
def test_lead_end_with_the_sentences_read_once(nlp, text):
    doc = nlp(text)
    sentences = list(doc.sents)
    plain = _lead_end(doc)
    assert _lead_end(doc, sentences) == plain
    assert Places(doc, sentences=sentences)._lead_end == Places(doc)._lead_end == plain


def test_detector_lead_skips_a_dateline(nlp):
    """The detector's lead (``component._lead_end``): a dateline line is no sentence of running text."""
    doc = nlp(TEXTS[1])
    sentences = list(doc.sents)
    chars = [(s.start_char, s.end_char, s) for s in sentences]
    end = component._lead_end(chars, doc.text, 1)
    assert doc.text[:doc[end - 1].idx + 1].rstrip().endswith("Santiago.")


def test_quotes_with_the_sentences_given(nlp):
    doc = nlp(QUOTED)
    speech = load_cues().speech_verbs
    plain = list(find_quotes(doc, speech, 4))
    chars = [(s.start_char, s.end_char, s) for s in doc.sents]
    assert list(find_quotes(doc, speech, 4, doc.text, None, chars)) == plain
    assert len(plain) == 4
    first, second, third, slogan = plain
    assert first.speaker is not None and "minister" in first.speaker.text
    # "he added": a pronoun sayer continues the previous speaker of the paragraph
    assert second.speaker == first.speaker
    assert slogan.speaker is None  # negative: no one is said to say it


def test_implied_sayer_read_from_the_verbs_walked_once(nlp):
    """"A police spokesperson said": no actor mention, a speaker implied (the component's reading);
    without the implied reading, no speaker."""
    doc = nlp("Troops clashed with rebels in Goma. A police spokesperson said the attackers "
              '"fled across the border into the forest".')
    speech = load_cues().speech_verbs
    (quote,) = find_quotes(doc, speech, 4, doc.text, partial(implied_speaker, places=Places(doc)))
    assert quote.speaker is not None and quote.speaker.text == "spokesperson"
    assert quote.implied is not None and quote.implied.country == "COD" and quote.implied.sector == "COP"
    (plain,) = find_quotes(doc, speech, 4)
    assert plain.speaker is None
