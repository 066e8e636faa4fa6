"""Classify mode: the event type between a given source and target (issue 4, item 4).

The caller marks the source and the target (strings of the text, as in the
PLV data); :func:`classify_pairs` runs the pipeline, takes the event the
coder found between those two mentions when there is one, and otherwise the
trigger of the lexicon nearest to both in the dependency tree. The CAMEO
code of that trigger gives the PLOVER type (CAMEO 02 "appeal", which PLOVER
drops, is REQUEST).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .ontology import Ontology

log = logging.getLogger(__name__)

ROOT_PLOVER_FALLBACK = {"02": "REQUEST"}  # roots PLOVER leaves without a type


@dataclass(frozen=True, slots=True)
class PairInput:
    id: str
    text: str
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class PairResult:
    id: str
    plover: str | None
    cameo: str | None
    cameo_root: str | None
    confidence: float
    trigger: str | None = None

    def as_json(self) -> dict:
        return {"id": self.id, "plover": self.plover, "cameo": self.cameo,
                "cameo_root": self.cameo_root, "confidence": round(self.confidence, 3)}


def _span_of(doc: Doc, needle: str, avoid: Span | None = None) -> Span | None:
    if not needle:
        return None
    start = doc.text.find(needle)
    if avoid is not None and start >= 0 and avoid.start_char <= start < avoid.end_char:
        start = doc.text.find(needle, avoid.end_char)
    if start < 0:
        start = doc.text.lower().find(needle.lower())
    if start < 0:
        return None
    return doc.char_span(start, start + len(needle), alignment_mode="expand")


def _ancestors(tok: Token) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < 40:
        out.append(out[-1].head)
    return out


def _distance(a: Token, b: Token) -> int:
    up_a = {t.i: n for n, t in enumerate(_ancestors(a))}
    for n, t in enumerate(_ancestors(b)):
        if t.i in up_a:
            return n + up_a[t.i]
    return 99


def _overlaps(mention_span: tuple[int, int], span: Span) -> bool:
    return mention_span[0] < span.end_char and span.start_char < mention_span[1]


class PairClassifier:
    """The coder applied to a given (source, target) pair."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        component = nlp.get_pipe("eventwire_events")
        self.coder = component.coder
        self.ontology: Ontology = component.ontology

    def _result(self, item: PairInput, cameo: str, confidence: float, trigger: str | None) -> PairResult:
        code = self.ontology.get(cameo)
        plover = code.plover or ROOT_PLOVER_FALLBACK.get(code.root)
        return PairResult(item.id, plover, code.code, code.root, confidence, trigger)

    def classify(self, items: Iterable[PairInput]) -> Iterator[PairResult]:
        items = list(items)
        docs = self.nlp.pipe(item.text for item in items)
        for item, doc in zip(items, docs):
            yield self.classify_doc(item, doc)

    def classify_doc(self, item: PairInput, doc: Doc) -> PairResult:
        source = _span_of(doc, item.source)
        target = _span_of(doc, item.target, avoid=source)
        if source is None or target is None:
            log.info("%s: source or target not found in the text", item.id)
        for event in doc._.events or []:
            if (source is not None and event.source is not None
                    and _overlaps((event.source.start, event.source.end), source)
                    and (target is None or (event.target is not None
                                            and _overlaps((event.target.start, event.target.end), target)))):
                trigger = doc.text[event.trigger[0]:event.trigger[1]] if event.trigger else None
                return self._result(item, event.cameo, 0.9, trigger)
        best: tuple[int, int, Token, str] | None = None
        sents = {s.start: s for s in ([source.sent] if source is not None else []) +
                 ([target.sent] if target is not None else [])} or {s.start: s for s in doc.sents}
        for sent in sents.values():
            for tok, row in self.coder.triggers(sent):
                d_src = _distance(tok, source.root) if source is not None else 10
                d_tgt = _distance(tok, target.root) if target is not None else 10
                inside = (source is not None and source.start <= tok.i < source.end) or (
                    target is not None and target.start <= tok.i < target.end)
                key = (d_src + d_tgt + (10 if inside else 0) + (0 if tok.pos_ == "VERB" else 1),
                       abs(tok.i - target.root.i) if target is not None else 0)
                if best is None or key < best[:2]:
                    best = (*key, tok, row.cameo)
        if best is None:
            return PairResult(item.id, None, None, None, 0.0)
        confidence = max(0.2, 0.8 - 0.05 * best[0])
        return self._result(item, best[3], confidence, best[2].text)
