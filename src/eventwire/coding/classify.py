"""Classify mode: the event type between a given source and target (issue 4, item 4).

The caller marks the source and the target (strings of the text, as in the
PLV data). :class:`PairClassifier` runs the pipeline and first asks the rules:
the event the coder found between those two mentions, or else the trigger of
the lexicon nearest to both in the dependency tree. A learned model
(:mod:`.pairmodel`) then reads the pair, with the rules' answer as one of its
features, and gives the PLOVER type; its CAMEO code is the rules' code when
that has the same type, else the most generic code of the type.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .modality import analyse
from .ontology import Ontology
from .pairmodel import DEFAULT_MODEL, ROOT_TYPE_FALLBACK, PairFeatures, PairModel
from .pairrules import PairConstructions, Reading

log = logging.getLogger(__name__)

REQUEST_ROOT = {"02": "REQUEST"}  # CAMEO 02 "appeal", which PLOVER leaves without a type
# A cooperative act said not to have happened ("failed to reach an agreement", "did not sign the
# deal") is, between the two sides, a rejection (PLOVER REJECT), as a refused one is.
COOPERATIVE_TYPES = frozenset({"AGREE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})


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


@dataclass(frozen=True, slots=True)
class RuleAnswer:
    """What the rules say about a pair: a CAMEO code, how it was found, the trigger word."""

    cameo: str | None
    kind: str  # "event" (the coder coded this pair), "nearest" (nearest trigger), "none"
    confidence: float
    trigger: str | None = None
    token: int | None = None  # index of the trigger's token in the Doc
    modality: str | None = None  # the event's modality (modality.analyse for the nearest trigger)
    construction: bool = False  # read again in a frame of .pairrules: the answer stands over the model


def find_span(doc: Doc, needle: str, avoid: Span | None = None) -> Span | None:
    """The first span of the text equal to ``needle`` (not inside ``avoid``), case-insensitive as a fallback."""
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
    """The event type between a given (source, target) pair: the rules, then the learned pair model.

    ``model`` is a :class:`PairModel`, a path to one, ``"shipped"`` (the default
    weights in the package) or None (the rules alone).
    """

    def __init__(self, nlp: Language, model: PairModel | Path | str | None = "shipped") -> None:
        self.nlp = nlp
        component = nlp.get_pipe("eventwire_events")
        self.coder = component.coder
        self.ontology: Ontology = component.ontology
        self.features = PairFeatures(self.coder.lexicon, self.ontology)
        self.constructions = PairConstructions.load()
        if isinstance(model, str) and model == "shipped":
            model = DEFAULT_MODEL
        self.model = PairModel.load(Path(model)) if isinstance(model, (str, Path)) else model

    def type_of(self, cameo: str) -> str | None:
        """The PLOVER type of a CAMEO code (None for public statements, 01)."""
        code = self.ontology.get(cameo)
        return code.plover or REQUEST_ROOT.get(code.root)

    def classify(self, items: Iterable[PairInput], *, batch_size: int = 64) -> Iterator[PairResult]:
        items = list(items)
        docs = self.nlp.pipe((item.text for item in items), batch_size=batch_size)
        for item, doc in zip(items, docs):
            yield self.classify_doc(item, doc)

    def spans(self, item: PairInput, doc: Doc) -> tuple[Span | None, Span | None]:
        source = find_span(doc, item.source)
        target = find_span(doc, item.target, avoid=source)
        if source is None or target is None:
            log.info("%s: source or target not found in the text", item.id)
        return source, target

    def classify_doc(self, item: PairInput, doc: Doc) -> PairResult:
        source, target = self.spans(item, doc)
        rule = self.rules(doc, source, target)
        if self.model is None:
            if rule.cameo is None:
                return PairResult(item.id, None, None, None, 0.0)
            code = self.ontology.get(rule.cameo)
            plover = self.type_of(code.code)
            if self.rule_type(rule) == "REJECT" and plover != "REJECT":  # a negated cooperative act
                plover, code = "REJECT", self.ontology.plover_to_cameo("REJECT")
            return PairResult(item.id, plover, code.code, code.root, rule.confidence, rule.trigger)
        feats = self.pair_features(doc, source, target, rule)
        probs = self.model.probabilities([feats])[0]
        k = int(probs.argmax())
        plover = self.model.labels[k]
        framed = self.rule_type(rule) if rule.construction else None
        if framed in self.model.labels and framed != plover:  # a frame's reading is not overridden
            k = self.model.labels.index(framed)
            plover = framed
        cameo = rule.cameo if rule.cameo is not None and self.type_of(rule.cameo) == plover else None
        code = self.ontology.get(cameo) if cameo else self.ontology.plover_to_cameo(plover)
        return PairResult(item.id, plover, code.code, code.root, float(probs[k]), rule.trigger)

    def rule_type(self, rule: RuleAnswer) -> str | None:
        """The PLOVER type of the rules' answer; a negated cooperative act is a rejection."""
        if not rule.cameo:
            return None
        code = self.ontology.get(rule.cameo)
        found = code.plover or ROOT_TYPE_FALLBACK.get(code.root)
        return "REJECT" if rule.modality == "negated" and found in COOPERATIVE_TYPES else found

    def pair_features(self, doc: Doc, source: Span | None, target: Span | None,
                      rule: RuleAnswer | None = None) -> list[str]:
        """The model's features of a pair (the rules' answer among them)."""
        rule = rule or self.rules(doc, source, target)
        rule_type = self.rule_type(rule)
        trigger = doc[rule.token] if rule.token is not None else None
        return self.features.features(doc, source, target, rule_type, rule.kind, trigger)

    def rules(self, doc: Doc, source: Span | None, target: Span | None) -> RuleAnswer:
        """The coder's event between the pair (of several, the one whose trigger is nearest to
        both in the dependency tree), else the lexicon's trigger nearest to both; then read again
        in the frames of :mod:`.pairrules` (a violated ceasefire, a call for a measure against
        the target, a commitment frame, a release done to the target, a restriction undone, an
        attack in words, an ordered restriction, a call or a dispatch with a purpose, an act in a
        temporal adjunct)."""
        answer = self._rules(doc, source, target)
        sents = list({s.start: s for s in ([source.sent] if source is not None else []) +
                      ([target.sent] if target is not None else [])}.values()) or list(doc.sents)
        token = doc[answer.token] if answer.token is not None else None
        reading = self._reading(answer, token, source, target, sents)
        if reading is None:
            return answer
        return RuleAnswer(reading.cameo, answer.kind if answer.kind != "none" else "nearest",
                          max(answer.confidence, 0.5), reading.token.text, reading.token.i,
                          reading.modality or analyse(reading.token, self.features.cues).value,
                          construction=True)

    def _reading(self, answer: RuleAnswer, token: Token | None, source: Span | None, target: Span | None,
                 sents: list[Span]) -> Reading | None:
        """The first frame of :mod:`.pairrules` that reads the rules' ``answer`` (at ``token``)
        again, in their order of precedence, or None."""
        frames, types = self.constructions, self.features.trigger_types
        plover = self.rule_type(answer)

        def purpose_or_main_act() -> Reading | None:
            rows = {tok.i: row.cameo for sent in sents for tok, row in self.coder.triggers(sent)}
            return frames.purpose(token, answer.cameo, rows) or frames.main_act(token, source, rows)

        readers = [  # (whether it reads the answer's token, the reader)
            (False, lambda: frames.violated_ceasefire(sents, token)),
            (True, lambda: frames.hostile_demand(token, target, types) if plover == "REQUEST" else None),
            (True, lambda: frames.framed(token, answer.cameo, self.coder.frames) if answer.kind == "nearest" else None),
            (True, lambda: frames.released(token, answer.cameo, answer.modality, target)),
            (False, lambda: frames.undone(token, plover, answer.modality, target, types)),
            (True, lambda: frames.verbal_attack(token, types)),
            (True, lambda: frames.imposed(token, answer.cameo, plover, target)),
            (True, purpose_or_main_act),
        ]
        return next((found for needs_token, read in readers
                     if (token is not None or not needs_token) and (found := read()) is not None), None)

    def _rules(self, doc: Doc, source: Span | None, target: Span | None) -> RuleAnswer:
        found: list[tuple[int, int, RuleAnswer]] = []
        for event in doc._.events or []:
            if not event.coder.startswith("rules:"):
                continue
            if (source is not None and event.source is not None
                    and _overlaps((event.source.start, event.source.end), source)
                    and (target is None or (event.target is not None
                                            and _overlaps((event.target.start, event.target.end), target)))):
                trigger, token = None, None
                if event.trigger:
                    trigger = doc.text[event.trigger[0]:event.trigger[1]]
                    span = doc.char_span(*event.trigger, alignment_mode="expand")
                    token = span.root.i if span is not None and len(span) else None
                far = 0 if token is None else _distance(doc[token], source.root) + (
                    _distance(doc[token], target.root) if target is not None else 0)
                found.append((far, len(found), RuleAnswer(event.cameo, "event", 0.9, trigger, token, event.modality)))
        if found:
            return min(found, key=lambda f: f[:2])[2]
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
            return RuleAnswer(None, "none", 0.0)
        return RuleAnswer(best[3], "nearest", max(0.2, 0.8 - 0.05 * best[0]), best[2].text, best[2].i,
                          analyse(best[2], self.features.cues).value)
