"""A learned event detector over actor pairs, beside the trigger rules.

The rules (``coder.py``) are precise but miss interactions whose wording or
syntax the lexicon does not foresee. For every pair of actor mentions in a
sentence (and every mention alone, for events without a target) this module
describes the pair with sparse features (the dependency path between the two,
the words on it and between them, their sectors, the triggers and the rule
coder's own codes) and a multinomial logistic regression gives the CAMEO root
of the event between them, or none.

The weights (``data/event_model.npz``) are trained by
``scripts/train_event_model.py`` on ``train-wcep.jsonl`` (Wikipedia text, CC
BY-SA 4.0; labels made for this project); see ``data/EVENT_MODEL.md``.
Inference is a sparse dot product in numpy: no learning library at run time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from ..actors.component import SPAN_KEY
from ..errors import KnowledgeBaseError
from ..records import Event
from .lexicon import Lexicon
from .linear import LinearModel, ancestors, lowest_common

NONE_LABEL = "none"
CONTENT_POS = {"VERB", "NOUN", "ADJ", "PROPN", "ADV"}
PATH_POS = {"VERB", "NOUN", "ADJ", "ADP", "AUX"}
MAX_BETWEEN = 12  # words between the two mentions still used as features
DEFAULT_MODEL = Path(__file__).parent / "data" / "event_model.npz"

Key = str | None
RuleMap = Mapping[tuple[Key, Key], set[str]]  # (source key, target key) -> roots the rules coded


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible event in a sentence: a source mention and a target mention, either may be absent."""

    source: Span | None
    target: Span | None
    source_key: Key = None
    target_key: Key = None

    @property
    def keys(self) -> tuple[Key, Key]:
        return (self.source_key, self.target_key)


def candidates(mentions: Iterable[Span]) -> list[Candidate]:
    """Ordered pairs of distinct mentions, and each mention alone on either side."""
    spans = [(m, m._.actor) for m in mentions]
    spans = [(m, a) for m, a in spans if a is not None and a.key]
    out: list[Candidate] = []
    for a, actor_a in spans:
        out.append(Candidate(a, None, actor_a.key, None))
        out.append(Candidate(None, a, None, actor_a.key))
        for b, actor_b in spans:
            if a is b or a == b:
                continue
            if actor_a == actor_b and (actor_a.name is not None or a.text == b.text):
                continue  # one actor named twice
            out.append(Candidate(a, b, actor_a.key, actor_b.key))
    return out


def rule_map(events: Iterable[Event]) -> dict[tuple[Key, Key], set[str]]:
    """(source key, target key) -> the CAMEO roots coded for that pair."""
    out: dict[tuple[Key, Key], set[str]] = defaultdict(set)
    for e in events:
        out[(e.source.actor.key if e.source else None, e.target.actor.key if e.target else None)].add(e.cameo_root)
    return out


def anchor(sent: Span, candidate: Candidate) -> Token:
    """The token that stands for the event: the governing verb or noun of the pair."""
    if candidate.source is not None and candidate.target is not None:
        _, _, top = lowest_common(candidate.source.root, candidate.target.root)
        if top is not None and top.pos_ in ("VERB", "NOUN", "AUX"):
            return top
    span = candidate.source if candidate.source is not None else candidate.target
    for node in ancestors(span.root)[1:]:
        if node.pos_ in ("VERB", "AUX"):
            return node
    return sent.root


@dataclass(frozen=True, slots=True)
class _SpanInfo:
    up: list[Token]  # the mention's root and its ancestors
    sides: dict[str, list[str]]  # its features as source ("s"), target ("t") or alone ("x")


class FeatureMaker:
    """Sparse string features of a candidate; the same code serves training and coding."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._roots: dict[str, tuple[str, ...]] = {}

    def _trigger_roots(self, tok: Token) -> tuple[str, ...]:
        lemma = tok.lemma_.lower()
        roots = self._roots.get(lemma)
        if roots is None:
            found = {row.cameo[:2] for pos in ("VERB", "NOUN") for row in self.lexicon.for_token(lemma, pos)}
            roots = self._roots[lemma] = tuple(sorted(found))
        return roots

    def sentence_features(self, sent: Span, rules: RuleMap) -> list[str]:
        out = [f"str:{r}" for t in sent for r in self._trigger_roots(t)]
        out.append(f"root:{sent.root.lemma_.lower()}")
        if rules:
            out.append("sent_rule")
        return out

    @staticmethod
    def _side(prefix: str, span: Span) -> list[str]:
        actor = span._.actor
        tok = span.root
        head = tok.head
        out = [f"{prefix}sec:{actor.sector or '-'}", f"{prefix}dep:{tok.dep_}",
               f"{prefix}kind:{'org' if actor.org else 'person' if actor.name and actor.sector else 'state'}"]
        if head.pos_ == "ADP":
            out.append(f"{prefix}prep:{head.lower_}")
            out.append(f"{prefix}prep:{head.lower_}:{head.head.lemma_.lower()}")
        else:
            out.append(f"{prefix}head:{tok.dep_}:{head.lemma_.lower()}")
        return out

    def rows(self, sent: Span, rules: RuleMap) -> tuple[list[Candidate], list[list[str]]]:
        """The candidates of a sentence (its actor mentions) and their features."""
        doc = sent.doc
        found = candidates(s for s in doc.spans.get(SPAN_KEY, []) if sent.start <= s.start and s.end <= sent.end)
        if not found:
            return [], []
        shared = self.sentence_features(sent, rules)
        keys = {k for c in found for k in c.keys if k}
        shared += [f"nkeys:{min(len(keys), 6)}", f"slen:{min(len(sent), 60) // 15}"]
        cache: dict[tuple[int, int], _SpanInfo] = {}
        return found, [self.features(sent, c, rules, shared, cache) for c in found]

    def _info(self, span: Span, cache: dict[tuple[int, int], _SpanInfo] | None) -> _SpanInfo:
        key = (span.start, span.end)
        info = cache.get(key) if cache is not None else None
        if info is None:
            info = _SpanInfo(ancestors(span.root), {p: self._side(p, span) for p in ("s", "t", "x")})
            if cache is not None:
                cache[key] = info
        return info

    def features(self, sent: Span, candidate: Candidate, rules: RuleMap, shared: list[str],
                 cache: dict[tuple[int, int], _SpanInfo] | None = None) -> list[str]:
        source, target = candidate.source, candidate.target
        sk, tk = candidate.keys
        out = list(shared)
        if source is None or target is None:
            span = source if source is not None else target
            info = self._info(span, cache)
            tag = "solo_s" if source is not None else "solo_t"
            out.append(tag)
            out += [f"{tag}|{f}" for f in info.sides["x"]]
            up = info.up[1:4]
            out += [f"{tag}|up:{t.lemma_.lower()}" for t in up if t.pos_ in PATH_POS]
            out += [f"{tag}|upr:{r}" for t in up for r in self._trigger_roots(t)]
            roots = rules.get((sk, tk), set())
            out += [f"{tag}|rule:{r}" for r in roots] or [f"{tag}|rule:none"]
            return out
        s_info, t_info = self._info(source, cache), self._info(target, cache)
        out += s_info.sides["s"] + t_info.sides["t"]
        if any(k[0] == sk and k[1] != tk for k in rules):
            out.append("s_coded_elsewhere")
        if any(k[1] == tk and k[0] != sk for k in rules):
            out.append("t_coded_elsewhere")
        if sk == tk:
            out.append("same_key")
        out.append("s_first" if source.start < target.start else "t_first")
        up_s, up_t, top = lowest_common(source.root, target.root, s_info.up, t_info.up)
        if top is not None:
            out.append(f"lca:{top.lemma_.lower()}")
            out.append(f"lcapos:{top.pos_}")
            out += [f"lcar:{r}" for r in self._trigger_roots(top)]
        out.append("sp:" + "/".join(t.dep_ for t in up_s[:3]))
        out.append("tp:" + "/".join(t.dep_ for t in up_t[:3]))
        for t in up_s[1:] + up_t[1:]:
            if t.pos_ in PATH_POS:
                out.append(f"pw:{t.lemma_.lower()}")
            out += [f"pr:{r}" for r in self._trigger_roots(t)]
        lo, hi = (source.end, target.start) if source.start < target.start else (target.end, source.start)
        gap = hi - lo
        out.append(f"gap:{min(gap, 16) // 4}")
        if 0 <= gap <= MAX_BETWEEN:
            doc = sent.doc
            out += [f"bw:{doc[i].lemma_.lower()}" for i in range(lo, hi) if doc[i].pos_ in CONTENT_POS]
        roots = rules.get((sk, tk), set())
        out += [f"rule:{r}" for r in roots] or ["rule:none"]
        out += [f"rrule:{r}" for r in rules.get((tk, sk), set())]
        return out


class EventModel(LinearModel):
    """The detector's weights (labels ``none`` and the CAMEO roots) and its acceptance threshold."""

    WHAT = "event model"
    SCRIPT = "scripts/train_event_model.py, or set event_model = none"

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> EventModel:
        model = cls.read(path)
        if "threshold" not in model.extra:
            raise KnowledgeBaseError(str(path), None, f"no threshold in the event model; rebuild it with {cls.SCRIPT}")
        return model

    @property
    def threshold(self) -> float:
        return float(self.extra["threshold"])

    def choose(self, found: list[Candidate], probs: np.ndarray, rules: RuleMap,
               threshold: float | None = None) -> dict[tuple[Key, Key, str], tuple[Candidate, float]]:
        return choose(found, probs, list(self.labels), self.threshold if threshold is None else threshold, rules)


def choose(found: list[Candidate], probs: np.ndarray, labels: list[str], threshold: float,
           rules: RuleMap) -> dict[tuple[Key, Key, str], tuple[Candidate, float]]:
    """The events to add: per (source key, target key, root) the likeliest candidate whose
    best root (never ``none``) reaches ``threshold`` and that the rules did not code already
    (in either direction)."""
    events = [i for i, label in enumerate(labels) if label != NONE_LABEL]
    best: dict[tuple[Key, Key, str], tuple[Candidate, float]] = {}
    for candidate, row in zip(found, probs):
        k = events[int(row[events].argmax())]
        root, prob = labels[k], float(row[k])
        sk, tk = candidate.keys
        if prob < threshold or root in rules.get((sk, tk), ()) or root in rules.get((tk, sk), ()):
            continue
        if (tk, sk, root) in best or prob <= best.get((sk, tk, root), (None, 0.0))[1]:
            continue
        best[(sk, tk, root)] = (candidate, prob)
    return best
