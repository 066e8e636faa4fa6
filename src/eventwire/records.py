"""Typed records passed between the pipeline stages.

Every stage takes and returns these dataclasses, never nested dicts. JSON
(and database rows) are made from them in one place: :func:`to_dict`.
The event schema is versioned by :data:`SCHEMA_VERSION`; the field names are
the ones the evaluation reads (README, "Event schema v1").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

MODALITIES = ("asserted", "reported", "uncertain", "future", "conditional", "negated")
SECTORS = (
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "CVL",
    "BUS", "MED", "NGO", "IGO", "REF", "CRM", "LAB", "EDU", "HLH",
)


@dataclass(frozen=True, slots=True)
class Document:
    """One input document, after reading and before NLP.

    ``text`` is the raw text as read; ``clean_text`` is filled by the clean
    stage and is the text that every character offset refers to.
    """

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet or file the document came from
    origin: str | None = None  # file path (and line) it was read from, for error messages

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved political actor: a state, a sector of a state, or an organisation.

    ``code`` is the CAMEO-style code: country then sector (``USAGOV``,
    ``PRK``); organisations carry ``org`` (a GUIDE.md key such as ``NATO``)
    and their code is that key, followed by a sector other than IGO if any
    (``NATOMIL``).
    """

    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None

    @property
    def key(self) -> str | None:
        """The actor key used in scoring: ``org`` when set, else ``country``."""
        return self.org or self.country

    @property
    def code(self) -> str:
        if self.org:
            return self.org + (self.sector if self.sector and self.sector != "IGO" else "")
        return f"{self.country or '---'}{self.sector or ''}"

    def with_sector(self, sector: str | None) -> Actor:
        return dataclasses.replace(self, sector=sector)


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor as it appears in a document: the text span and what it resolves to."""

    text: str
    start: int  # character offsets in the cleaned document text
    end: int
    actor: Actor
    rule: str = ""  # how it was resolved: "gazetteer", "title", "coref", ...

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.actor.name,
            "country": self.actor.country,
            "org": self.actor.org,
            "sector": self.actor.sector,
            "code": self.actor.code,
        }


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event mention (schema v1)."""

    doc_id: str
    sentence_index: int
    evidence: str
    span: tuple[int, int]
    source: Mention | None
    target: Mention | None
    cameo: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover: str | None
    modality: str = "asserted"
    attributed_to: Mention | None = None
    date: str | None = None
    date_precision: str = "document"
    location: Location | None = None
    confidence: float = 0.5
    coder: str = ""
    trigger: tuple[int, int] | None = None  # character offsets of the trigger word(s)

    @property
    def cameo_root(self) -> str:
        """The CAMEO root (01 to 20) of the code; "" for a code an imported dictionary gives
        outside CAMEO whose first two digits name no root (PETRARCH's "903")."""
        root = self.cameo[:2]
        return root if root.isdigit() and 1 <= int(root) <= 20 else ""

    @property
    def event_id(self) -> str:
        """Stable content hash: document id + sentence + (source, target, code)."""
        triple = "|".join(
            [
                self.doc_id,
                str(self.sentence_index),
                (self.source.actor.code if self.source else "-"),
                (self.target.actor.code if self.target else "-"),
                self.cameo,
                str(self.trigger[0] if self.trigger else ""),
            ]
        )
        return hashlib.sha1(triple.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Quote:
    doc_id: str
    speaker: Mention | None
    text: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What extraction gives for one document."""

    document: Document
    clean_text: str
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def event_to_dict(event: Event) -> dict[str, Any]:
    """The JSON form of an event (schema v1). The only place it is made."""
    return {
        "schema": SCHEMA_VERSION,
        "doc_id": event.doc_id,
        "event_id": event.event_id,
        "sentence_index": event.sentence_index,
        "evidence": event.evidence,
        "span": list(event.span),
        "trigger": list(event.trigger) if event.trigger else None,
        "source": event.source.as_json() if event.source else None,
        "target": event.target.as_json() if event.target else None,
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "cameo_name": event.cameo_name,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "modality": event.modality,
        "attributed_to": event.attributed_to.as_json() if event.attributed_to else None,
        "date": event.date,
        "date_precision": event.date_precision,
        "location": dataclasses.asdict(event.location) if event.location else None,
        "confidence": round(event.confidence, 3),
        "coder": event.coder,
    }


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "doc_id": quote.doc_id,
        "speaker": quote.speaker.as_json() if quote.speaker else None,
        "text": quote.text,
        "span": list(quote.span),
    }


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    return {"start": mention.start, "end": mention.end, **mention.as_json()}


def to_json_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)
