"""The learned event detector (coding/learned.py) and its training script: the
shipped weights load and give probabilities, it codes only documents as short
as its training texts, a broken model file is a clear error, and training is
deterministic."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from eventwire import extract
from eventwire.coding.learned import DEFAULT_MODEL, NONE_LABEL, EventModel
from eventwire.errors import ConfigError, KnowledgeBaseError
from eventwire.nlp.model import build_pipeline

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "train-mini.jsonl"


def test_shipped_model_loads_and_scores():
    model = EventModel.load()
    assert NONE_LABEL in model.labels
    assert {label for label in model.labels if label != NONE_LABEL} <= {f"{r:02d}" for r in range(1, 21)}
    assert 0.0 < model.threshold < 1.0
    rows = [["rule:none", "str:19", "lca:attack"], ["no-such-feature"], []]
    probs = model.probabilities(rows)
    assert probs.shape == (3, len(model.labels))
    assert np.allclose(probs.sum(axis=1), 1.0)
    # unknown features only: the intercepts alone
    assert np.allclose(probs[1], probs[2])
    assert not np.allclose(probs[0], probs[1])


def test_broken_model_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "model.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(KnowledgeBaseError, match="train_event_model.py"):
        EventModel.load(bad)


# Short texts written for this test, where the trigger rules miss events the model
# finds (the gold of similar training sentences codes them).
# (Sentences the rules have since learned to code are replaced, as the rules grow.)
SHORT = [
    "Iranian drones are shot down over Erbil in Iraq.",
    "A Pakistani missile is intercepted over the city of Sirsa in India.",
    "Houthi missiles are intercepted over Eilat in Israel.",
]


def _learned(texts, settings):
    return [e for text in texts for e in extract(text, date="2025-06-01", settings=settings)
            if e.coder.startswith("model:")]


@pytest.mark.model
def test_model_codes_short_documents_only(settings):
    learned = _learned(SHORT, settings)
    assert learned
    threshold = EventModel.load().threshold
    assert all(e.confidence >= threshold and e.evidence for e in learned)
    # the same sentences inside a longer document: the rules alone
    filler = " ".join(f"Paragraph {i} says nothing of note." for i in range(settings.event_model_max_sentences))
    assert not _learned([filler + "\n\n" + text for text in SHORT], settings)
    assert not _learned(SHORT, settings.replace(event_model="none"))
    assert _learned([filler + "\n\n" + text for text in SHORT], settings.replace(event_model_max_sentences=0))


@pytest.mark.model
def test_threshold_setting_trades_events_for_confidence(settings):
    shipped = _learned(SHORT, settings)
    strict = _learned(SHORT, settings.replace(event_model_threshold=0.9))
    assert all(e.confidence >= 0.9 for e in strict)
    assert len(strict) < len(shipped)
    lenient = _learned(SHORT, settings.replace(event_model_threshold=0.05))
    assert len(lenient) >= len(shipped)


@pytest.mark.model
def test_threshold_outside_zero_to_one_is_a_config_error(settings):
    with pytest.raises(ConfigError, match="event_model_threshold"):
        build_pipeline(settings.replace(event_model_threshold=1.5))


@pytest.mark.model
def test_unreadable_configured_model_fails_at_start(settings, tmp_path):
    with pytest.raises(KnowledgeBaseError, match=str(tmp_path / "missing.npz")):
        build_pipeline(settings.replace(event_model=str(tmp_path / "missing.npz")))


@pytest.mark.model
def test_training_is_deterministic(tmp_path):
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_event_model", ROOT / "scripts" / "train_event_model.py")
    train = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = train  # its dataclasses look their module up
    spec.loader.exec_module(train)
    outs = [tmp_path / "a.npz", tmp_path / "b.npz"]
    for out in outs:
        assert train.main([str(MINI), "--out", str(out), "--folds", "2", "--min-count", "1"]) == 0
    a, b = (np.load(p) for p in outs)
    assert list(a["labels"]) == list(b["labels"]) and list(a["vocabulary"]) == list(b["vocabulary"])
    assert np.array_equal(a["coef"], b["coef"]) and float(a["threshold"]) == float(b["threshold"])
    model = EventModel.load(outs[0])
    assert "19" in model.labels and NONE_LABEL in model.labels
    assert DEFAULT_MODEL.exists()
