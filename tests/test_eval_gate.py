"""Quality gate: the coder's scores on the dev gold sets stay above the floors
pinned in ``tests/quality/floors.json`` (skipped when ../shared is absent; our own
annotated articles in ``scripts/annotations/`` are always there)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared_data import shared_path
from eventwire.coding.classify import PairClassifier
from eventwire.errors import DocumentError
from eventwire.evaluation import score_gold_file, score_gsr_file
from eventwire.evaluation.plv import read_plv, score_plv

pytestmark = pytest.mark.model

FLOORS = json.loads((Path(__file__).parent / "quality" / "floors.json").read_text(encoding="utf-8"))
GOLD_SETS = [name for name in FLOORS if name.startswith("dev/") and name.endswith(".jsonl")]
OWN = Path(__file__).parents[1] / "scripts" / "annotations"


@pytest.mark.parametrize("name", GOLD_SETS)
def test_event_scores_above_floor(name, settings, nlp):
    path = shared_path("eval", *name.split("/"))
    summary = score_gold_file(path, settings=settings).as_dict()
    for measure, floor in FLOORS[name].items():
        assert summary[measure] >= floor, f"{name}: {measure} {summary[measure]} fell below {floor}"


def test_own_wikinews_articles_above_floor(settings, nlp):
    """Our own annotations of 16 whole Wikinews articles (in the repository: runs everywhere)."""
    summary = score_gold_file(OWN / "wikinews-own.jsonl", settings=settings).as_dict()
    for measure, floor in FLOORS["own/wikinews-own.jsonl"].items():
        assert summary[measure] >= floor, f"wikinews-own: {measure} {summary[measure]} fell below {floor}"


def test_plover_gold_records_above_floor(settings, nlp):
    path = shared_path("eval", "dev", "plover-gsr.json")
    bad: list[DocumentError] = []
    summary = score_gsr_file(path, settings=settings, on_error=bad.append).as_dict()
    assert [e.doc for e in bad] == ["PLOVER-GSR01-AGREE-0007"]  # "diplomatic" as its target
    for measure, floor in FLOORS["dev/plover-gsr.json"].items():
        assert summary[measure] >= floor, f"plover-gsr: {measure} {summary[measure]} fell below {floor}"


def test_plv_classification_above_floor(nlp):
    path = shared_path("eval", "dev", "plv-train.tsv")
    summary = score_plv(read_plv(path), PairClassifier(nlp)).as_dict()
    for measure, floor in FLOORS["dev/plv-train.tsv"].items():
        assert summary[measure] >= floor, f"plv-train: {measure} {summary[measure]} fell below {floor}"
