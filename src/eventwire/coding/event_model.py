"""The learned detector's model: its weights and acceptance threshold (:class:`EventModel`), the
candidates it scores (:class:`Candidate`) and the choice of the events to add (:func:`choose`).
Split from ``learned.py`` (its features stay there), unchanged."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

import numpy as np
from spacy.tokens import Span

from ..errors import KnowledgeBaseError
from .linear import LinearModel, is_column

NONE_LABEL = "none"
DEFAULT_MODEL = Path(__file__).parent / "data" / "event_model.npz"
Key = str | None
RuleMap = Mapping[tuple[Key, Key], set[str]]  # (source key, target key) -> roots the rules coded


class Candidate(NamedTuple):
    """A possible event in a sentence: a source mention and a target mention, either may be absent.
    A named tuple: a sentence has a dozen, and a frozen dataclass is slow to make."""

    source: Span | None
    target: Span | None
    source_key: Key = None
    target_key: Key = None

    @property
    def keys(self) -> tuple[Key, Key]:
        return (self.source_key, self.target_key)


def coded(rules: RuleMap, keys: tuple[Key, Key]) -> bool:
    """Whether the rules coded the pair of (source, target) keys, in either direction."""
    return bool(rules.get(keys) or rules.get((keys[1], keys[0])))


class EventModel(LinearModel):
    """The detector's weights (labels ``none`` and the CAMEO roots) and its acceptance threshold."""

    WHAT = "event model"
    SCRIPT = "scripts/train_event_model.py, or set event_model = none"
    _events: np.ndarray | None = None  # the columns of the event labels (all but ``none``), made once
    _columns: list[int] | None = None  # those columns as a list, and the labels as one, made once
    _label_list: list[str] | None = None
    # hopeless(): its threshold -> _cut(), and the tables _cut() makes
    _cuts: dict[float | None, tuple[float, float] | tuple[()]]
    _gains: dict[str, tuple[float, list[float]]]
    _reach: list[float]

    def __post_init__(self) -> None:
        super().__post_init__()
        self._cuts = {}

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> EventModel:
        model = cls.read(path)
        if "threshold" not in model.extra:
            raise KnowledgeBaseError(str(path), None, f"no threshold in the event model; rebuild it with {cls.SCRIPT}")
        return model

    @property
    def threshold(self) -> float:
        return float(self.extra["threshold"])

    def hopeless(self, found: list[Candidate], rows: list[list[int]], shared: Collection[str],
                 supported: Collection[str], threshold: float | None = None) -> bool:
        """Whether :meth:`choose` with ``supported`` is sure to keep none of a sentence's
        candidates when all are alone (one mention, no partner: the sentences with one
        actor, two in five of WCEP summaries), decided before they are scored. A sentence
        with a pair is not looked at (False): a pair's own features (its path, the words
        between) raise its bound above the threshold almost always (5 pairs in 2,294 on
        train-wcep), and leaving out some rows of a sentence saves less than the sums cost.

        Why it is sound: a row's probability of root j is p_j = e^s_j / sum_k e^s_k, at most
        sigmoid(s_j - s_none); and s_j - s_none = (b_j - b_none) + the sum over the shared
        columns of (w_j - w_none) + the sum over the row's own columns not shared of
        (w_j - w_none), the last at most the sum over the row's columns of ``_reach`` (the
        most any column adds to any event label over none, never below 0: a column counted
        twice, or also shared, only adds to the bound). So when the best supported root's
        shared part ``top`` plus that sum is below logit(threshold) less a slack, every
        supported root of the row is below the threshold, and :func:`choose` drops it (its
        likeliest root is below it, or unsupported). The slack covers the float32 arithmetic:
        the sums (n terms of at most M each: each score within n * n * M * 2**-24 of its
        exact sum; two scores) and the subtraction of the row's largest (2 * n * M * 2**-24
        each), 2 * n * (n + 2) * M * 2**-24 in all; the softmax's rounding (p within some 30 *
        2**-24 of its value, in logit at most 30 * 2**-24 / (1 - threshold)): 1e-3 / (1 -
        threshold), five hundred times that; and the threshold compared in float32."""
        for c in found:
            if c.source is not None and c.target is not None:
                return False
        cut = self._cuts.get(threshold)
        if cut is None:
            cut = self._cuts[threshold] = self._cut(self.threshold if threshold is None else threshold)
        if not cut:
            return False
        gains = [self._gains[r] for r in supported if r in self._gains]
        if not gains:
            return True  # no supported root is a label: choose() keeps nothing
        base = set(filter(is_column, map(self.index.get, shared)))
        top = max(margin + sum(map(gain.__getitem__, base)) for margin, gain in gains)
        n = len(base) + max(map(len, rows)) + 2  # the terms of a score, with a blank row and the intercept
        need = cut[0] - n * (n + 2) * cut[1] - top  # what a row's own columns would have to add
        reach = self._reach
        for row in rows:
            if sum(map(reach.__getitem__, row)) >= need:
                return False
        return True

    def _cut(self, threshold: float) -> tuple[float, float] | tuple[()]:
        """For :meth:`hopeless`: logit(threshold) less the softmax's slack, and the slack of
        the sums per n * (n + 2) (2 * M * 2**-24, M the largest weight or intercept); () where
        it cannot tell (a threshold not in (0, 1), no label none). Made with the tables it
        reads (once)."""
        t = min(threshold, float(np.float32(threshold)))  # (the float32 probabilities are compared in float32)
        if not 0.0 < t < 1.0 or NONE_LABEL not in self.labels:
            return ()
        coef = self.coef.astype(np.float64)
        intercept = self.intercept.astype(np.float64)
        none = self.labels.index(NONE_LABEL)
        over = coef - coef[none]
        events = _event_columns(self.labels)
        # per event label: its intercept over none's, and per column its weight over none's
        # (lists: summed in Python over a few dozen columns); per column the most it adds to
        # any event label over none, at least 0
        self._gains = {self.labels[j]: (float(intercept[j] - intercept[none]), over[j].tolist()) for j in events.tolist()}
        self._reach = over.take(events, axis=0).max(axis=0, initial=0.0).tolist()
        largest = float(max(np.abs(coef).max(initial=0.0), np.abs(intercept).max(initial=0.0)))
        return (math.log(t / (1.0 - t)) - 1e-3 / (1.0 - t), 2.0 * largest * 2.0 ** -24)

    def choose(self, found: list[Candidate], probs: np.ndarray, rules: RuleMap,
               threshold: float | None = None, supported: Collection[str] | None = None,
               clashes: Callable[[Candidate], Collection[str]] | None = None,
               ) -> dict[tuple[Key, Key, str], tuple[Candidate, float]]:
        if self._events is None:
            self._events = _event_columns(self.labels)
            self._columns, self._label_list = self._events.tolist(), list(self.labels)
        return choose(found, probs, self._label_list, self.threshold if threshold is None else threshold, rules,
                      supported, clashes, self._events, self._columns)


def _event_columns(labels: Iterable[str]) -> np.ndarray:
    """The indices of the labels that are events (all but ``none``)."""
    return np.array([i for i, label in enumerate(labels) if label != NONE_LABEL], dtype=np.intp)


def lexicon_roots(features: Iterable[str]) -> set[str]:
    """The CAMEO roots the words of a sentence trigger on their own (its ``str:`` features,
    :meth:`FeatureMaker.sentence_features`): the acts the lexicon says it may tell of."""
    return {f[4:] for f in features if f.startswith("str:")}


def choose(found: list[Candidate], probs: np.ndarray, labels: list[str], threshold: float,
           rules: RuleMap, supported: Collection[str] | None = None,
           clashes: Callable[[Candidate], Collection[str]] | None = None,
           events: np.ndarray | None = None, columns: list[int] | None = None,
           ) -> dict[tuple[Key, Key, str], tuple[Candidate, float]]:
    """The events to add: per (source key, target key, root) the likeliest candidate whose
    best root (never ``none``) reaches ``threshold``, for a pair the rules did not code (in
    either direction): where the rules coded a pair, a second root from the model was more
    often wrong than right (out-of-fold on the training data: precision 0.732 -> 0.750,
    F1 0.5731 -> 0.5749). ``supported``: when given, only a root some word of the sentence
    triggers in the lexicon (:func:`lexicon_roots`): the model finds whom an act is between
    where the rules' slots miss them, but an act no word names is mostly a guess from who
    is mentioned (out-of-fold: precision 0.747 -> 0.757, F1 0.6167 -> 0.6156). ``clashes``:
    the roots a candidate cannot have (:meth:`FeatureMaker.role_clashes`: the victim of a
    killing is not its source; out-of-fold: precision 0.757 -> 0.760, F1 0.6156 -> 0.6164).
    ``events``: :func:`_event_columns` of ``labels`` when made already, ``columns`` as a list."""
    events = events if events is not None else _event_columns(labels)
    best: dict[tuple[Key, Key, str], tuple[Candidate, float]] = {}
    if not len(found):
        return best
    roots = probs.take(events, axis=1)
    # the probabilities of the rows' likeliest roots (their maxima), and the rows that reach
    # the threshold, in numpy: most rows do not, and nothing else of theirs is read
    chances = np.maximum.reduce(roots, axis=1)
    reach = (~(chances < threshold)).nonzero()[0].tolist()  # (np.flatnonzero, without its dispatch)
    if not reach:
        return best  # (most sentences: their likeliest roots are not looked for)
    tops = roots.argmax(axis=1).tolist()  # each row's likeliest root
    columns = columns if columns is not None else events.tolist()
    for k in reach:
        candidate, prob = found[k], float(chances[k])
        root = labels[columns[tops[k]]]
        if supported is not None and root not in supported or clashes is not None and root in clashes(candidate):
            continue
        sk, tk = candidate.keys
        if coded(rules, (sk, tk)):
            continue
        if (tk, sk, root) in best or prob <= best.get((sk, tk, root), (None, 0.0))[1]:
            continue
        best[(sk, tk, root)] = (candidate, prob)
    return best
