"""GUIDE.md section 6: event precision, recall and F1 over (source, target, root) triples.

Per document the system events are reduced to unique triples (source key,
target key or "-", root). A triple matches a gold event when the keys agree
(either order when the gold event is symmetric) and the root is the gold
root or one of its ``alt_roots``. Recall counts required gold events only;
precision counts triples matching any gold event. Beside them: dyad scores
(ignoring the root), and attribute accuracies on matched events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import Event

NONE_KEY = "-"
ATTRIBUTES = ("modality", "date", "location_country", "source_sector", "target_sector")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    source: str
    target: str
    root: str
    alt_roots: tuple[str, ...] = ()
    symmetric: bool = False
    required: bool = True
    attributes: tuple[tuple[str, Any], ...] = ()
    note: str = ""

    def roots(self) -> set[str]:
        return {self.root, *self.alt_roots}

    def dyad_matches(self, source: str, target: str) -> bool:
        if (source, target) == (self.source, self.target):
            return True
        return self.symmetric and (target, source) == (self.source, self.target)

    def matches(self, triple: tuple[str, str, str]) -> bool:
        return triple[2] in self.roots() and self.dyad_matches(triple[0], triple[1])


def gold_events(record: dict[str, Any]) -> list[GoldEvent]:
    """The gold events of one gold document (GUIDE.md section 5)."""
    out = []
    for e in record.get("events", []):
        out.append(GoldEvent(
            source=e.get("source") or NONE_KEY,
            target=e.get("target") or NONE_KEY,
            root=str(e["root"]).zfill(2),
            alt_roots=tuple(str(r).zfill(2) for r in e.get("alt_roots") or ()),
            symmetric=bool(e.get("symmetric")),
            required=bool(e.get("required", True)),
            attributes=tuple((a, e.get(a)) for a in ATTRIBUTES if e.get(a) is not None),
            note=e.get("note", ""),
        ))
    return out


def triple_of(event: Event) -> tuple[str, str, str]:
    source = event.source.actor.key if event.source else None
    target = event.target.actor.key if event.target else None
    return (source or NONE_KEY, target or NONE_KEY, event.cameo_root)


def _attribute(event: Event, name: str) -> Any:
    if name == "modality":
        return event.modality
    if name == "date":
        return event.date
    if name == "location_country":
        return event.location.country if event.location else None
    side = event.source if name == "source_sector" else event.target
    return side.actor.sector if side else None


@dataclass
class Score:
    """Counts over one or more documents; the measures are properties."""

    matched_required: int = 0
    required: int = 0
    matched_triples: int = 0
    triples: int = 0
    dyad_matched_required: int = 0
    dyad_matched_pairs: int = 0
    dyad_pairs: int = 0
    root_correct_on_dyads: int = 0
    root_on_dyads: int = 0
    attribute_correct: Counter = field(default_factory=Counter)
    attribute_total: Counter = field(default_factory=Counter)
    misses: list[tuple[str, GoldEvent]] = field(default_factory=list)
    # false triples: doc, triple, evidence, and the coder of its first event (a rule line or the detector)
    false: list[tuple[str, tuple[str, str, str], str, str]] = field(default_factory=list)
    # matched gold events with an attribute the system got wrong: doc, gold, name, gold value, system values
    wrong_attributes: list[tuple[str, GoldEvent, str, Any, list[Any]]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("matched_required", "required", "matched_triples", "triples",
                     "dyad_matched_required", "dyad_matched_pairs", "dyad_pairs",
                     "root_correct_on_dyads", "root_on_dyads"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.attribute_correct.update(other.attribute_correct)
        self.attribute_total.update(other.attribute_total)
        self.misses.extend(other.misses)
        self.false.extend(other.false)
        self.wrong_attributes.extend(other.wrong_attributes)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.matched_triples, self.triples)

    @property
    def recall(self) -> float:
        return self._ratio(self.matched_required, self.required)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def dyad_f1(self) -> float:
        p = self._ratio(self.dyad_matched_pairs, self.dyad_pairs)
        r = self._ratio(self.dyad_matched_required, self.required)
        return 2 * p * r / (p + r) if p + r else 0.0

    def attribute_accuracy(self, name: str) -> float | None:
        total = self.attribute_total[name]
        return self.attribute_correct[name] / total if total else None

    def as_dict(self) -> dict[str, Any]:
        out = {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "dyad_f1": round(self.dyad_f1, 4),
            "root_accuracy_on_dyads": round(self._ratio(self.root_correct_on_dyads, self.root_on_dyads), 4),
            "required_gold": self.required, "system_triples": self.triples,
        }
        for name in ATTRIBUTES:
            acc = self.attribute_accuracy(name)
            out[f"{name}_accuracy"] = None if acc is None else round(acc, 4)
            out[f"{name}_n"] = self.attribute_total[name]
        return out


def score_document(doc_id: str, events: Sequence[Event], gold: Iterable[GoldEvent], *,
                   triple: Callable[[Event], tuple[str, str, str]] = triple_of) -> Score:
    """Score one document. ``triple`` reduces a system event (default: keys and CAMEO root);
    gold items need ``matches``, ``dyad_matches``, ``required``, ``symmetric`` and ``attributes``
    (the PLOVER gold records of :mod:`.gsr` use other keys and the PLOVER type)."""
    gold = list(gold)
    score = Score()
    by_triple: dict[tuple[str, str, str], list[Event]] = {}
    for e in events:
        by_triple.setdefault(triple(e), []).append(e)
    triples = list(by_triple)
    score.triples = len(triples)
    for t in triples:
        if any(g.matches(t) for g in gold):
            score.matched_triples += 1
        else:
            first = by_triple[t][0]
            score.false.append((doc_id, t, first.evidence, first.coder))
    pairs = {(s, t) for s, t, _ in triples}
    score.dyad_pairs = len(pairs)
    score.dyad_matched_pairs = sum(1 for s, t in pairs if any(g.dyad_matches(s, t) for g in gold))
    for g in gold:
        matching = [t for t in triples if g.matches(t)]
        dyads = [t for t in triples if g.dyad_matches(t[0], t[1])]
        if g.required:
            score.required += 1
            score.matched_required += bool(matching)
            score.dyad_matched_required += bool(dyads)
            if not matching:
                score.misses.append((doc_id, g))
        if dyads:
            score.root_on_dyads += 1
            score.root_correct_on_dyads += bool(matching)
        if not matching:
            continue
        candidates = [e for t in matching for e in by_triple[t]]
        for name, value in g.attributes:
            score.attribute_total[name] += 1
            if name == "source_sector" or name == "target_sector":
                value = value or None
            got = [_attribute(e, _sided(name, g, e)) for e in candidates]
            if value in got:
                score.attribute_correct[name] += 1
            else:
                score.wrong_attributes.append((doc_id, g, name, value, sorted(set(got), key=str)))
    return score


def _sided(name: str, gold: GoldEvent, event: Event) -> str:
    """For a symmetric gold event matched in reverse order, compare the other side's sector."""
    if name not in ("source_sector", "target_sector") or not gold.symmetric:
        return name
    source = event.source.actor.key if event.source else NONE_KEY
    if source != gold.source and source == gold.target:
        return "target_sector" if name == "source_sector" else "source_sector"
    return name
