"""The speed34 pruning of the learned detector (sentences and weights of our own): a
sentence whose candidates are all alone (one actor) and sure to stay below the threshold
is not scored (``EventModel.hopeless``). The bound must be sound: whenever it says
hopeless, scoring the rows and choosing keeps nothing."""

from __future__ import annotations

import random

import numpy as np
import pytest

from eventwire import extract
from eventwire.coding.event_model import NONE_LABEL, Candidate, EventModel

LABELS = (NONE_LABEL, "19", "04")
FEATURES = ["str:19", "str:04", "solo_s", "solo_t", "solo_s|xsec:MIL", "solo_t|xsec:GOV", "pw:meet"]


def _model(coef: list[list[float]], intercept: list[float], threshold: float = 0.5) -> EventModel:
    return EventModel(LABELS, {f: i for i, f in enumerate(FEATURES)}, np.array(coef, dtype=np.float32),
                      np.array(intercept, dtype=np.float32), {"threshold": np.array(threshold)})


def _cols(model: EventModel, feats: list[str]) -> list[int]:
    return [model.index[f] for f in feats]


ALONE = [Candidate(None, None, "A", None), Candidate(None, None, None, "A")]


def _weak() -> EventModel:
    # none far likelier than either root, unless "pw:meet" (a pair's feature) is there
    zero = [0.0] * len(FEATURES)
    return _model([zero, [0.5, 0.0, 0.0, 0.0, 0.2, 0.0, 6.0], [0.0, 0.5, 0.0, 0.0, 0.0, 0.3, 6.0]],
                  [3.0, 0.0, 0.0])


def test_one_actor_sure_below_the_threshold_is_hopeless():
    model = _weak()
    rows = [_cols(model, ["solo_s", "solo_s|xsec:MIL"]), _cols(model, ["solo_t", "solo_t|xsec:GOV"])]
    assert model.hopeless(ALONE, rows, ["str:19"], {"19"})
    # and indeed nothing would be chosen
    assert not model.choose(ALONE, model.column_probabilities(rows, ["str:19"]), {}, supported={"19"})


def test_a_row_that_may_reach_is_not_hopeless():
    model = _weak()  # negative: a row with a strong column may reach the threshold
    rows = [_cols(model, ["solo_s", "pw:meet"]), _cols(model, ["solo_t"])]
    assert not model.hopeless(ALONE, rows, ["str:19"], {"19"})
    assert model.choose(ALONE, model.column_probabilities(rows, ["str:19"]), {}, supported={"19"})


def test_a_sentence_with_a_pair_is_not_looked_at():
    model = _weak()  # negative: pairs are always scored
    found = ALONE + [Candidate("source span", "target span", "A", "B")]
    rows = [_cols(model, ["solo_s"]), _cols(model, ["solo_t"]), _cols(model, ["str:04"])]
    assert not model.hopeless(found, rows, ["str:19"], {"19"})


def test_no_supported_root_among_the_labels_is_hopeless():
    model = _weak()
    rows = [_cols(model, ["solo_s", "pw:meet"]), _cols(model, ["solo_t"])]
    assert model.hopeless(ALONE, rows, ["str:19"], {"12"})
    assert not model.choose(ALONE, model.column_probabilities(rows, ["str:19"]), {}, supported={"12"})


def test_a_threshold_it_cannot_use_prunes_nothing():
    model = _weak()
    rows = [_cols(model, ["solo_s"]), _cols(model, ["solo_t"])]
    assert not model.hopeless(ALONE, rows, ["str:19"], {"19"}, threshold=1e-60)  # 0 in float32


def test_a_row_on_the_threshold_is_not_hopeless():
    zero = [0.0] * len(FEATURES)  # negative: none and 19 equally likely, 04 never: p(19) = 0.5
    model = _model([zero, zero, zero], [0.0, 0.0, -100.0])
    rows = [_cols(model, ["solo_s"]), _cols(model, ["solo_t"])]
    assert model.choose(ALONE, model.column_probabilities(rows, []), {}, supported={"19"})
    assert not model.hopeless(ALONE, rows, [], {"19"})


@pytest.mark.parametrize("seed", range(6))
def test_the_bound_is_sound_on_random_weights(seed):
    rng = random.Random(seed)
    pruned = 0
    for case in range(300):
        coef = [[rng.uniform(-2, 2) for _ in FEATURES] for _ in LABELS]
        model = _model(coef, [rng.uniform(0, 6), rng.uniform(-2, 1), rng.uniform(-2, 1)],
                       threshold=rng.choice([0.01, 0.3, 0.5, 0.7, 0.999]))
        shared = rng.sample(FEATURES, rng.randint(0, 3))
        rows = [_cols(model, rng.sample(FEATURES, rng.randint(0, 4))) for _ in ALONE]
        supported = set(rng.sample(["19", "04", "12"], rng.randint(1, 3)))
        if model.hopeless(ALONE, rows, shared, supported):
            pruned += 1
            assert not model.choose(ALONE, model.column_probabilities(rows, shared), {}, supported=supported)
    assert pruned  # (the cases do test pruning)


ONE_ACTOR = [  # one actor each: the candidates are that actor alone, as source and as target
    "The Kenyan army is on alert near the border.",
    "Police arrest dozens of protesters in Lagos.",
    "The Chilean government announces new rules for fishing boats.",
]


@pytest.mark.model
def test_pruning_changes_no_output(settings, monkeypatch):
    said = []
    hopeless = EventModel.hopeless
    monkeypatch.setattr(EventModel, "hopeless", lambda self, *args: said.append(hopeless(self, *args)) or said[-1])
    pruned = [extract(text, date="2025-03-02", settings=settings) for text in ONE_ACTOR]
    assert True in said  # (some sentence was pruned)
    monkeypatch.setattr(EventModel, "hopeless", lambda self, *args, **kwargs: False)
    scored = [extract(text, date="2025-03-02", settings=settings) for text in ONE_ACTOR]
    assert pruned == scored
