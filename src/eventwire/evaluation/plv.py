"""Classification scoring (GUIDE.md section 6, last paragraph): PLV tab-separated files.

A PLV file gives a sentence, its source and target strings and the gold PLOVER
type (``gold_root``); the score is the accuracy and macro-F1 of the predicted
type. PLV's ``YIELD`` stands for PLOVER CONCEDE and RETREAT, so predictions of
either count as YIELD when the gold file uses it.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..coding.classify import PairInput
from ..errors import InputError

YIELD_TYPES = {"CONCEDE", "RETREAT"}


@dataclass(frozen=True, slots=True)
class PlvItem:
    pair: PairInput
    gold: str


def read_plv(path: Path) -> Iterator[PlvItem]:
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc})") from exc
    with handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = {"sentence", "source", "target", "gold_root"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{path}: not a PLV file, missing column(s) {sorted(missing)}")
        for n, row in enumerate(reader, start=2):
            ident = row.get("sentence_id") or f"{path.name}:{n}"
            yield PlvItem(PairInput(ident, row["sentence"], row["source"], row["target"]),
                          row["gold_root"].strip().upper())


@dataclass
class ClassificationScore:
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold, predicted)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, gold, predicted, text

    def add(self, ident: str, gold: str, predicted: str | None, text: str) -> None:
        label = predicted or "NONE"
        if gold == "YIELD" and label in YIELD_TYPES:
            label = "YIELD"
        self.pairs.append((gold, label))
        if label != gold:
            self.errors.append((ident, gold, label, text))

    @property
    def accuracy(self) -> float:
        return sum(g == p for g, p in self.pairs) / len(self.pairs) if self.pairs else 0.0

    def per_class(self) -> dict[str, dict[str, float]]:
        """Precision, recall, F1 and gold count of each gold label, by label."""
        tp, fp, fn = Counter(), Counter(), Counter()
        for g, p in self.pairs:
            if g == p:
                tp[g] += 1
            else:
                fn[g] += 1
                fp[p] += 1
        out = {}
        for label in sorted({g for g, _ in self.pairs}):
            prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
            rec = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
            out[label] = {"precision": round(prec, 4), "recall": round(rec, 4),
                          "f1": round(2 * prec * rec / (prec + rec) if prec + rec else 0.0, 4),
                          "n": tp[label] + fn[label]}
        return out

    def macro_f1(self) -> float:
        scores = [c["f1"] for c in self.per_class().values()]
        return sum(scores) / len(scores) if scores else 0.0

    def as_dict(self) -> dict:
        return {"accuracy": round(self.accuracy, 4), "macro_f1": round(self.macro_f1(), 4),
                "items": len(self.pairs),
                "no_prediction": sum(p == "NONE" for _, p in self.pairs),
                "per_class": self.per_class()}


def score_plv(items: Iterable[PlvItem], classifier) -> ClassificationScore:
    items = list(items)
    score = ClassificationScore()
    for item, result in zip(items, classifier.classify(i.pair for i in items)):
        score.add(item.pair.id, item.gold, result.plover, item.pair.text)
    return score
