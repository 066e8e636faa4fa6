"""Sparse linear classifiers over string features, the form of eventwire's shipped weights.

Both learned parts of the coder (the event detector, ``learned.py``, and the
classify-mode pair model, ``pairmodel.py``) are multinomial logistic
regressions over binary string features, stored as ``.npz`` files: ``labels``,
``vocabulary``, ``coef`` (labels x features), ``intercept`` and any further
arrays a model keeps beside them (a threshold, a note on its training).
Prediction is a sparse sum in numpy: no learning library at run time. Also
here: the dependency-tree paths both models describe a pair with.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from operator import is_not
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from ..errors import KnowledgeBaseError

ANCESTOR_LIMIT = 30
# A predicate for filter(): True for a column found in an index, not None (column 0 is one,
# so not filter(None, ...)); public: the detector (learned.py) filters with it too.
is_column = partial(is_not, None)


def ancestors(tok: Token) -> list[Token]:
    """The token and its heads up to the root of its sentence."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < ANCESTOR_LIMIT:
        out.append(out[-1].head)
    return out


def lowest_common(a: Token, b: Token, up_a: list[Token] | None = None,
                  up_b: list[Token] | None = None) -> tuple[list[Token], list[Token], Token | None]:
    """The tokens from ``a`` and from ``b`` up to their lowest common ancestor (excluded), and it.
    ``up_a`` / ``up_b``: their :func:`ancestors` when already known."""
    up_a = up_a if up_a is not None else ancestors(a)
    up_b = up_b if up_b is not None else ancestors(b)
    where = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in where:
            return up_a[:k], up_b[:where[t.i]], t
    return up_a, up_b, None


@dataclass
class LinearModel:
    """Labels, feature vocabulary (feature -> column), coefficients (labels x features), intercepts."""

    labels: tuple[str, ...]
    index: dict[str, int]
    coef: np.ndarray
    intercept: np.ndarray
    extra: dict[str, np.ndarray] = field(default_factory=dict)
    _weights: np.ndarray = field(init=False, repr=False)

    WHAT = "model"  # for error messages: what the file holds, and the script that makes it
    SCRIPT = "its training script"

    def __post_init__(self) -> None:
        # One row per feature and a last row of zeros (for rows without known features).
        self._weights = np.vstack([self.coef.T.astype(np.float32), np.zeros((1, len(self.labels)), np.float32)])

    @classmethod
    def read(cls, path: Path):
        try:
            with np.load(path, allow_pickle=False) as data:
                vocabulary = [str(x) for x in data["vocabulary"]]
                extra = {k: data[k] for k in data.files if k not in ("labels", "vocabulary", "coef", "intercept")}
                return cls(tuple(str(x) for x in data["labels"]), {f: i for i, f in enumerate(vocabulary)},
                           data["coef"].astype(np.float32), data["intercept"].astype(np.float32), extra)
        except (OSError, KeyError, ValueError) as exc:
            raise KnowledgeBaseError(
                str(path), None, f"cannot read the {cls.WHAT} ({exc}); rebuild it with {cls.SCRIPT}") from exc

    def save(self, path: Path, *, coef_dtype: type = np.float32) -> None:
        vocabulary = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(path, labels=np.array(self.labels), vocabulary=np.array(vocabulary),
                            coef=self.coef.astype(coef_dtype), intercept=self.intercept.astype(np.float32),
                            **self.extra)

    def probabilities(self, rows: Iterable[list[str]], shared: Sequence[str] = ()) -> np.ndarray:
        """Class probabilities, one row per feature list (a feature counts once).

        ``shared``: features that every row has besides its own, as if written in front of
        each: looked up and summed once for all rows (so the float32 sums round otherwise
        than with ``shared`` written into each row: the last bits may differ).
        """
        known = self.index.get
        # filter(map()): the columns of the known features in the order of the features, the
        # lookups in C (lazily: each row's are read by column_probabilities)
        return self.column_probabilities([filter(is_column, map(known, feats)) for feats in rows], shared)

    def column_probabilities(self, rows: Iterable[Iterable[int]], shared: Sequence[str] = ()) -> np.ndarray:
        """:meth:`probabilities` of rows given as the columns of their known features (``index``
        of each, in the order of the features, the unknown left out): the same floats as
        :meth:`probabilities` of the features. A caller that makes its features from parts
        it keeps (:class:`~.learned.FeatureMaker` with an index) looks each part up once."""
        blank = len(self.index)
        # set(): the columns in the order of the features, as a comprehension would add them
        # (the set's order is the order of the float32 sums)
        base = set(filter(is_column, map(self.index.get, shared)))
        cols: list[int] = []
        starts: list[int] = []
        for row in rows:
            starts.append(len(cols))
            cols.append(blank)  # a row of zeros: no row is empty
            found = set(row)
            if base:
                found -= base
            cols.extend(found)
        if not starts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        weights = self._weights
        # take() with an index array: the rows of ``weights[cols]``, without reading a list
        rows_of = weights.take(np.fromiter(cols, dtype=np.intp, count=len(cols)), axis=0)
        scores = np.add.reduceat(rows_of, starts, axis=0)
        if base:  # (reduce, not one more segment of the reduceat: that sums in another order)
            scores += np.add.reduce(weights.take(np.fromiter(base, dtype=np.intp, count=len(base)), axis=0), axis=0)
        scores += self.intercept
        # the ufuncs' own reductions: what ndarray.max() and .sum() call, without their
        # Python wrappers (a sentence's dozen rows make these calls mostly overhead)
        scores -= np.maximum.reduce(scores, axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= np.add.reduce(scores, axis=1, keepdims=True)
        return scores
