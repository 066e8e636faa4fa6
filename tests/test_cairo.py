"""A second real article: "Cairo summit denounces Turkish-Libyan maritime border agreement"
(Wikinews, 2020-01-11, CC BY 2.5; see fixtures/README.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire import Document, extract_document

pytestmark = pytest.mark.model

SUMMIT = {"EGY", "GRC", "CYP", "FRA"}


@pytest.fixture(scope="module")
def result(settings, nlp):
    record = json.loads((Path(__file__).parent / "fixtures" / "wikinews-cairo-summit.json").read_text())
    doc = Document(id="cairo", text=record["text"], date=dt.date.fromisoformat(record["date"]),
                   title=record["title"], url=record["url"])
    return extract_document(doc, settings=settings)


def test_summit_states_denounce_turkey_and_libya(result):
    denounced = {
        (e.source.actor.key, e.target.actor.key)
        for e in result.events
        if e.cameo_root == "11" and e.source and e.target
    }
    assert {s for s, _ in denounced} & SUMMIT, denounced
    assert {t for _, t in denounced} >= {"TUR", "LBY"}, denounced


def test_the_ministers_appeal_to_turkey(result):
    appeals = [e for e in result.events if e.cameo_root in ("02", "10") and e.target
               and e.target.actor.key == "TUR"]
    assert {e.source.actor.key for e in appeals} & SUMMIT


def _actor(result, text):
    for m in result.mentions:
        if m.text == text:
            return (m.actor.key, m.actor.sector)
    raise AssertionError(f"{text!r} not resolved; mentions: {[m.text for m in result.mentions]}")


@pytest.mark.parametrize("text, expected", [
    ("Egyptian foreign minister Sameh Shoukry", ("EGY", "GOV")),
    ("Turkish Ministry of Foreign Affairs", ("TUR", "GOV")),
    ("Greek prime minister Kyriakos Mitsotakis", ("GRC", "GOV")),
    ("Libyan House of Representatives", ("LBY", "LEG")),
    ("Turkey", ("TUR", None)),
])
def test_sensible_actors(result, text, expected):
    assert _actor(result, text) == expected


def test_no_event_codes_an_actor_against_itself(result):
    for e in result.events:
        if e.source and e.target:
            assert (e.source.start, e.source.end) != (e.target.start, e.target.end), e.evidence
            assert not (e.source.actor == e.target.actor and e.source.actor.name), e.evidence
