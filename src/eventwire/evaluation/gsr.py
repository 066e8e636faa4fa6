"""Scoring against the PLOVER gold records (``plover-gsr.json``, openeventdata/PLOVER).

The file is one JSON list. Its first record is a ``DOCUMENT`` header (skipped);
every other record is one sentence from the CAMEO manual with one gold event:
``id``, ``date``, ``text``, ``event`` (a PLOVER type), ``source`` and
``target`` (lists of ``{actorText, code, sector}``), ``mode``, ``context``
and ``textInfo.markup`` (the text with ``SRC``/``TAR``/``EVT`` marks).

Reading (a bad record becomes a :class:`DocumentError` naming its id; the rest
goes on):

- A missing, null, empty-string or empty-list ``source``/``target`` means no
  actor on that side ("-"); any other non-list value (one record has the
  context "diplomatic" in ``target``) makes the record bad.
- A repeated ``id`` (the file has one) is kept, as ``ID#INDEX``, with a warning.
- ``textInfo`` given as a bare string is read as the markup. A record whose
  markup holds ``SRC/TAR`` marks is **symmetric**: its actors (all listed
  under ``source``) are the two sides, in either order.
- Event types are those of PLOVER 0.5 (the file's version); the four renamed
  or merged since are read as the current type that the coder emits:
  DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE (mode
  investigate), FIGHT -> ASSAULT. Modes and contexts are not scored: a record
  coded for a mode or context the coder does not code is still an event.

Actor keys (the same conventions as ``bench/actors.py``, docs/actors.md): a gold
code is a CAMEO country code, mapped to ISO3 where the two differ (JAP -> JPN,
ITL -> ITA, VTN -> VNM); ``IGO`` (the file does not say which organisation,
and it also codes Amnesty and the Red Cross so) accepts any organisation;
``NGO`` accepts an organisation or an actor without a state with sector NGO;
``IMG``/``ISM`` (transnational groups such as al-Qaeda) have no key of ours and
match nothing; ``---`` (unknown country) matches an actor we give no key. A
system actor becomes: ``IGO`` for an organisation (``NGO`` when its sector is
NGO), else its ISO3 country, else ``NGO`` for sector NGO, else "-". Gold
sectors are read by their first three letters (``CVLalb`` -> CVL), with
JRN -> MED and CIV -> CVL; ``***``, absent sectors and sectors we do not code
(ELI, PTY, UAF, REL, ...) are not scored.

Scoring follows GUIDE.md section 6 with the record as the gold event: system
events are reduced per record to unique (source key, target key, PLOVER type)
triples; a triple matches when the type is the record's and the source and
target keys are accepted by one of the gold source and target actors (for a
symmetric record: by two different actors of the record, either order).
Recall = matched records / records; precision = matching triples / triples;
F1; dyad F1 ignoring the type; type accuracy on records whose dyad was found;
source and target sector accuracy on matched events.

Only the system's PLOVER events are scored: PLOVER dropped CAMEO's 01 (public
statements) and 02 (appeals), so an event coded in those roots has no PLOVER
type (its ``plover`` is None) and is not an event of the ontology the records
are annotated in, as it would not be in a PLOVER export of our data.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..coding.ontology import PLOVER_TYPES
from ..config import Settings
from ..errors import DocumentError, InputError
from ..records import SECTORS, Actor, Document, Event
from .score import NONE_KEY, Score, score_document

TYPE_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SECTOR_ALIASES = {"JRN": "MED", "CIV": "CVL"}
ORGANISATION, NGO = "IGO", "NGO"
HEADER_TYPE = "DOCUMENT"
log = logging.getLogger(__name__)
_CODE = re.compile(r"[A-Z]{3}|-{3}")


@dataclass(frozen=True, slots=True)
class GsrActor:
    """One gold actor: its text, scoring key and sector (one of ours, or None: not scored)."""

    text: str
    key: str
    sector: str | None = None

    def accepts(self, key: str) -> bool:
        return key == self.key or (self.key == ORGANISATION and key == NGO)


@dataclass(frozen=True, slots=True)
class GsrRecord:
    """One PLOVER gold record as a gold event; it has the interface of
    :class:`~.score.GoldEvent` that :func:`~.score.score_document` and ``eval --errors`` use."""

    id: str
    document: Document
    sources: tuple[GsrActor, ...]
    targets: tuple[GsrActor, ...]
    plover: str
    gold_type: str
    symmetric: bool
    markup: str

    required = True  # every record is an event
    attributes = ()  # sectors are scored by score_record

    @property
    def source(self) -> str:
        return "|".join(a.key for a in self.sources) or NONE_KEY

    @property
    def target(self) -> str:
        return "|".join(a.key for a in self.targets) or NONE_KEY

    @property
    def root(self) -> str:
        return self.plover

    @property
    def note(self) -> str:
        return self.markup or self.document.text

    def pool(self, side: str) -> tuple[GsrActor, ...]:
        """The gold actors a system actor on ``side`` ("source"/"target") may match."""
        if self.symmetric:
            return self.sources + self.targets
        return self.sources if side == "source" else self.targets

    def dyad_matches(self, source: str, target: str) -> bool:
        pool = self.sources + self.targets
        if self.symmetric and len(pool) > 1:
            return any(a.accepts(source) and b.accepts(target)
                       for i, a in enumerate(pool) for j, b in enumerate(pool) if i != j)
        return _side_accepts(self.sources, source) and _side_accepts(self.targets, target)

    def matches(self, triple: tuple[str, str, str]) -> bool:
        return triple[2] == self.plover and self.dyad_matches(triple[0], triple[1])


def _side_accepts(actors: tuple[GsrActor, ...], key: str) -> bool:
    return any(a.accepts(key) for a in actors) if actors else key == NONE_KEY


# -- reading ------------------------------------------------------------------


def read_gsr(path: Path) -> Iterator[GsrRecord | DocumentError]:
    """Each record of a PLOVER gold file, or a DocumentError naming a bad record."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc})") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a PLOVER gold file, the JSON does not parse ({exc})") from exc
    if not isinstance(records, list):
        raise InputError(f"{path}: not a PLOVER gold file (expected a JSON list of records)")
    seen: set[str] = set()
    for index, record in enumerate(records):
        where = f"{path}[{index}]"
        if not isinstance(record, dict):
            yield DocumentError(where, f"record is a {type(record).__name__}, not an object")
            continue
        if record.get("event") == HEADER_TYPE:
            continue
        ident = record.get("id") if isinstance(record.get("id"), str) and record.get("id") else where
        if ident in seen:
            # The file has one such pair (two different COERCE-0004 sentences): keep both.
            log.warning("%s: record id %s is used twice; this one is scored as %s#%d",
                        path, ident, ident, index)
            ident = f"{ident}#{index}"
        seen.add(ident)
        try:
            yield parse_record(record, ident, where)
        except ValueError as exc:
            yield DocumentError(ident, f"bad PLOVER gold record: {exc}")


def parse_record(record: dict[str, Any], ident: str, origin: str | None = None) -> GsrRecord:
    """One record; ValueError says what is wrong with it."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text")
    gold_type = record.get("event")
    if not isinstance(gold_type, str):
        raise ValueError("no event type")
    plover = TYPE_RENAMES.get(gold_type.strip().upper(), gold_type.strip().upper())
    if plover not in PLOVER_TYPES:
        raise ValueError(f"event type {gold_type!r} is not a PLOVER type")
    date = record.get("date")
    try:
        day = dt.date.fromisoformat(date[:10]) if date else None
    except (TypeError, ValueError):
        raise ValueError(f"date {date!r} is not YYYY-MM-DD") from None
    info = record.get("textInfo")
    markup = info.get("markup") if isinstance(info, dict) else info
    markup = markup if isinstance(markup, str) else ""
    return GsrRecord(
        id=ident,
        document=Document(id=ident, text=text, date=day, origin=origin),
        sources=_actors(record.get("source"), "source"),
        targets=_actors(record.get("target"), "target"),
        plover=plover, gold_type=gold_type, markup=markup,
        symmetric="SRC/TAR" in markup or "TAR/SRC" in markup,
    )


def _actors(value: Any, side: str) -> tuple[GsrActor, ...]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return ()
    if not isinstance(value, list):
        raise ValueError(f"{side} is {value!r}, not a list of actors (leave it out or empty for none)")
    out = []
    for n, actor in enumerate(value):
        if not isinstance(actor, dict) or not isinstance(actor.get("code"), str):
            raise ValueError(f"{side} actor {n + 1} has no code")
        code = actor["code"].strip().upper()
        if not _CODE.fullmatch(code):
            raise ValueError(f"{side} actor {n + 1} code {actor['code']!r} is not a three-letter CAMEO code")
        key = NONE_KEY if code == "---" else CAMEO_TO_ISO3.get(code, code)
        out.append(GsrActor(str(actor.get("actorText") or ""), key, gold_sector(actor.get("sector"))))
    return tuple(out)


def gold_sector(value: Any) -> str | None:
    """A gold sector as one of ours, or None when absent, unknown (``***``) or not one we code."""
    if not isinstance(value, str) or not value:
        return None
    head = value[:3].upper()
    head = SECTOR_ALIASES.get(head, head)
    return head if head in SECTORS else None


# -- scoring ------------------------------------------------------------------


def actor_key(actor: Actor | None) -> str:
    """A system actor's key in the gold file's terms (see the module docstring)."""
    if actor is None:
        return NONE_KEY
    if actor.org:
        return NGO if actor.sector == NGO else ORGANISATION
    if actor.country:
        return actor.country
    return NGO if actor.sector == NGO else NONE_KEY


def gsr_triple(event: Event) -> tuple[str, str, str]:
    return (actor_key(event.source.actor if event.source else None),
            actor_key(event.target.actor if event.target else None),
            event.plover or NONE_KEY)


class GsrScore(Score):
    """:class:`~.score.Score` over PLOVER gold records: one required gold event per record."""

    def as_dict(self) -> dict[str, Any]:
        out = {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "dyad_f1": round(self.dyad_f1, 4),
            "type_accuracy_on_dyads": round(self._ratio(self.root_correct_on_dyads, self.root_on_dyads), 4),
            "gold_records": self.required, "matched_records": self.matched_required,
            "system_triples": self.triples, "matching_triples": self.matched_triples,
        }
        for name in ("source_sector", "target_sector"):
            acc = self.attribute_accuracy(name)
            out[f"{name}_accuracy"] = None if acc is None else round(acc, 4)
            out[f"{name}_n"] = self.attribute_total[name]
        return out


def score_record(record: GsrRecord, events: Sequence[Event]) -> GsrScore:
    """The score of one record: matching (score.py) plus sector accuracy on matched events.
    Events without a PLOVER type (CAMEO 01 and 02, which PLOVER dropped) are not scored."""
    events = [e for e in events if e.plover]
    total = GsrScore()
    total.add(score_document(record.id, events, [record], triple=gsr_triple))
    matched = [e for e in events if record.matches(gsr_triple(e))]
    for side in ("source", "target"):
        checks = []
        for event in matched:
            mention = event.source if side == "source" else event.target
            if mention is None:
                continue
            key = actor_key(mention.actor)
            gold = {a.sector for a in record.pool(side) if a.sector and a.accepts(key)}
            if gold:
                checks.append(mention.actor.sector in gold)
        if checks:
            total.attribute_total[f"{side}_sector"] += 1
            total.attribute_correct[f"{side}_sector"] += any(checks)
    return total


def score_gsr_file(path: Path, *, settings: Settings | None = None,
                   on_error: Callable[[DocumentError], None] | None = None) -> GsrScore:
    """Code the text of every record of a PLOVER gold file (with its date) and score it."""
    from ..pipeline import extract_documents

    records: dict[str, GsrRecord] = {}

    def report(error: DocumentError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    def documents() -> Iterator[Document]:
        for item in read_gsr(path):
            if isinstance(item, DocumentError):
                report(item)
                continue
            records[item.id] = item
            yield item.document

    total = GsrScore()
    for result in extract_documents(documents(), settings=settings):
        if isinstance(result, DocumentError):
            report(result)
            continue
        total.add(score_record(records[result.document.id], result.events))
    return total
