"""The sparse scoring of the learned models (coding/linear.py) and the detector's choice
(coding/learned.py), on small hand-made weights: the first column of the vocabulary counts
like any other, a feature counts once, shared features are added once for all rows, and
the choice of events is the same with the event columns made once or at each call."""

from __future__ import annotations

import numpy as np

from eventwire.coding.event_model import NONE_LABEL, Candidate, EventModel, choose
from eventwire.coding.linear import LinearModel


def _model() -> LinearModel:
    coef = np.array([[0.0, 0.0, 0.0], [2.0, 0.5, -1.0]], dtype=np.float32)  # labels x features
    return LinearModel(("none", "19"), {"first": 0, "second": 1, "third": 2}, coef,
                       np.zeros(2, dtype=np.float32))


def _softmax(scores: list[float]) -> np.ndarray:
    e = np.exp(np.array(scores) - max(scores))
    return e / e.sum()


def test_the_first_column_counts():
    # column 0 is a real feature: a filter that dropped falsy columns would lose it
    probs = _model().probabilities([["first"], []])
    assert np.allclose(probs[0], _softmax([0.0, 2.0]))
    assert np.allclose(probs[1], [0.5, 0.5])


def test_a_feature_counts_once_and_unknown_ones_not_at_all():
    probs = _model().probabilities([["second", "second", "nowhere"], ["second"]])
    assert np.allclose(probs[0], probs[1])
    assert np.allclose(probs[0], _softmax([0.0, 0.5]))


def test_shared_features_count_once_for_each_row():
    model = _model()
    split = model.probabilities([["second"], ["third", "first"]], ["first"])
    written = model.probabilities([["first", "second"], ["first", "third"]])
    assert np.allclose(split, written)
    assert np.allclose(split[1], _softmax([0.0, 1.0]))


def test_choice_is_the_same_with_the_event_columns_made_once():
    labels = [NONE_LABEL, "19", "04"]
    model = EventModel(tuple(labels), {"x": 0}, np.zeros((3, 1), dtype=np.float32), np.zeros(3, dtype=np.float32),
                       {"threshold": np.array(0.5)})
    found = [Candidate(None, None, "A", "B"), Candidate(None, None, "B", "A"), Candidate(None, None, "A", None)]
    probs = np.array([[0.1, 0.7, 0.2], [0.2, 0.2, 0.6], [0.6, 0.3, 0.1]], dtype=np.float32)
    once = model.choose(found, probs, {})
    each = choose(found, probs, labels, 0.5, {})
    assert once == each
    # the best root of each row that reaches the threshold; the pair the other way round
    # with another root is another event; the third row's best root (0.3) is below
    assert [(k, round(p, 3)) for k, (_, p) in once.items()] == [(("A", "B", "19"), 0.7), (("B", "A", "04"), 0.6)]
    # a pair the rules coded gets nothing from the model
    assert ("A", "B", "19") not in model.choose(found, probs, {("A", "B"): {"19"}})
