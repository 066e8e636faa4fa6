"""The event47 reads: the one check of "the sentence the caller knows, when it holds the word"
(``scene_clauses.holding``, ``sentence_of``) gives what ``tok.sent`` gives; ``_event`` reads the
date and the place of an event only once the sentence keeps it (not the press as a side, not
an event the sentence has already), and every event kept still has them."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coding.scene_clauses import holding, sentence_of

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 2)
TEXTS = [
    "Iran's foreign minister told Reuters that Iran would attack Israel if it was struck. "
    "Speaking to CNN, the Ukrainian president accused Russia of shelling Kharkiv on Monday.",
    "Israeli forces attacked Hamas fighters in Gaza on Tuesday and Hamas fired rockets at Israel. "
    "Police arrested 20 protesters in Nairobi on Friday.",
    "According to the BBC, Russian troops shelled the city of Kherson yesterday. "
    "The United States and China signed a trade agreement in Geneva, officials told reporters.",
    "KCNA said North Korea fired a missile. Germany expelled two Russian diplomats and Russia "
    "expelled two German diplomats a day later.",
]
OUTLETS = {"Reuters", "CNN", "BBC", "the BBC", "KCNA", "reporters"}


def _coded(nlp, text):
    doc = nlp.make_doc(text)
    doc._.date = DAY
    return nlp(doc)


def test_holding_and_sentence_of_agree_with_the_token_sentence(nlp):
    doc = _coded(nlp, " ".join(TEXTS))
    sents = list(doc.sents)
    assert len(sents) > 6
    for tok in doc:
        own = tok.sent
        assert (sentence_of(tok).start, sentence_of(tok).end) == (own.start, own.end)
        for sent in sents:
            held = holding(sent, tok)
            assert (held is sent) == (sent.start == own.start), (tok.i, sent.start)
            assert held is None or held is sent
            found = sentence_of(tok, sent)
            assert (found.start, found.end) == (own.start, own.end)
            assert (found is sent) == (held is sent)  # the caller's sentence, not made anew
        assert holding(None, tok) is None


@pytest.mark.parametrize("text", TEXTS)
def test_kept_events_are_dated_and_placed_once_per_side_and_code(nlp, text):
    doc = _coded(nlp, text)
    statements = doc._.event_statements
    assert statements, text
    keys = {}
    for event in statements:
        # the date and place read after the checks: every event kept has its date
        assert event.date is not None and event.date_precision, event
        assert event.date.startswith("2024"), event
        for side in (event.source, event.target):
            assert side is None or side.text not in OUTLETS or side.actor.sector != "MED", event
        if event.coder.startswith("rules:"):
            key = (event.sentence_index, event.source.actor.code if event.source else None,
                   event.target.actor.code if event.target else None, event.cameo)
            assert key not in keys, (event, keys.get(key))
            keys[key] = event


def test_a_kept_event_has_the_place_its_sentence_names(nlp):
    doc = _coded(nlp, "Police arrested 20 protesters in Nairobi on Friday.")
    found = [e for e in doc._.event_statements if e.cameo.startswith("17") or e.cameo.startswith("111")
             or e.cameo.startswith("173")]
    assert found, doc._.event_statements
    assert all(e.location is not None and e.location.country == "KEN" for e in found)
    assert all(e.date == "2024-04-26" for e in found)  # the Friday before the document's Thursday
