"""How much of the learned detector's work could be skipped before its features are made.

The detector (``coding/learned.py``, ``event_model.py``) makes the features of every
candidate of a sentence (each actor mention alone, each ordered pair of mentions the rules
did not code), scores them all, and keeps the few whose likeliest root reaches the model's
threshold, is one a word of the sentence triggers (``supported``) and is not refused by
the roles of the candidate's sides (``role_clashes``). Skipping a candidate before its
features saves time only where something cheaper than its features proves it cannot be
kept. This script counts, with the real pipeline and the shipped model, how many
candidates three such proofs would skip (docs/coder.md, "Speed, the detector (speed50)"):

- ``clash``: every supported root is one its sides' roles refuse (``role_clashes``);
- ``pair bound``: a pair whose score margin over ``none`` for every supported root stays
  below logit(threshold) even when its path and the words between its mentions add the
  most they could: the sentence's shared features and the pair's own side, order, party
  and rule features counted exactly, and for the path and the gap the most any pair of the
  sentence could get (the best lowest common head of the sentence's words, the best
  ``sp:``/``tp:`` label paths and ``gap:`` bucket of the whole model, and every positive
  weight of the path and between-word features of all its words);
- ``sentence bound``: the margin a sentence's shared features leave to the threshold
  (``need``), against what the candidates' own features add in fact (``own``): a bound
  that skips a whole sentence before its candidates' features are made would have to
  prove ``own`` below ``need`` without them.

The bounds are summed in float64 with no slack for the float32 scoring, so the counts are
what a sound version could skip at most. Also printed: the sentences the detector reaches,
its candidates, the rows it scores, those that reach the threshold and the events kept.

Usage:

    .venv/bin/python bench/detector_prune.py [FILE ...] [--docs N] [--seed S]

FILE is JSON Lines with a "text" field and, where known, a "date" (default: train-wcep).
The counts depend on the model's weights: run it again after a retraining.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from eventwire.coding import component as events_component
from eventwire.coding import learned
from eventwire.coding.event_model import lexicon_roots
from eventwire.config import load_settings
from eventwire.nlp.model import cached_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coder_speed import EVENTS_PIPE, _parsed, read_texts  # noqa: E402

DEFAULT_FILE = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "train" / "train-wcep.jsonl"
# the own features of a pair whose columns depend on its path or on the words between its mentions
PATH_PREFIXES = ("lca:", "lcapos:", "lcar:", "sp:", "tp:", "pw:", "pr:", "gap:", "bw:")


class Gains:
    """Per column and label, its weight over ``none``'s (float64), and the sums the bounds need."""

    def __init__(self, model) -> None:
        self.model = model
        self.vocabulary = sorted(model.index, key=model.index.__getitem__)
        coef = model.coef.astype(np.float64)
        intercept = model.intercept.astype(np.float64)
        none = model.labels.index("none")
        self.over = coef - coef[none]
        self.margin = intercept - intercept[none]
        self.best = {prefix: self._best(prefix) for prefix in ("sp:", "tp:", "gap:")}

    def _best(self, prefix: str) -> np.ndarray:
        cols = [i for i, f in enumerate(self.vocabulary) if f.startswith(prefix)]
        return np.maximum(self.over[:, cols].max(axis=1), 0.0) if cols else np.zeros(len(self.margin))

    def exact(self, cols) -> np.ndarray:
        cols = sorted(set(cols))
        return self.over[:, cols].sum(axis=1) if cols else np.zeros(len(self.margin))

    def positive(self, cols) -> np.ndarray:
        cols = sorted(set(cols))
        return np.clip(self.over[:, cols], 0.0, None).sum(axis=1) if cols else np.zeros(len(self.margin))


def measure(nlp, path: Path, docs: int, seed: int) -> None:
    component = nlp.get_pipe(EVENTS_PIPE)
    model = component.model
    if model is None:
        sys.stdout.write(f"{path.name}: the detector is off (event_model = none)\n")
        return
    gains = Gains(model)
    threshold = component.model_threshold or model.threshold
    logit = math.log(threshold / (1.0 - threshold))
    counts: Counter = Counter()
    needs: list[float] = []
    owns: list[float] = []
    split_rows = learned.FeatureMaker.split_rows

    def counted(self, sent, rules, *args, **kwargs):
        found, shared, rows = split_rows(self, sent, rules, *args, **kwargs)
        counts["sentences"] += 1
        if not found:
            return found, shared, rows
        counts["with candidates"] += 1
        counts["candidates"] += len(found)
        supported = [model.labels.index(r) for r in lexicon_roots(shared) if r in model.labels]
        base = {model.index[f] for f in shared if f in model.index}
        top = gains.margin + gains.exact(base)
        if supported:
            needs.append(logit - float(top[supported].max()))
        # the most a pair's path and gap could add, from the sentence's words
        words = learned._Words(sent.doc, self._lemmas, self._labels)
        lca = np.zeros(len(gains.margin))
        on_path: list[int] = []
        between: list[int] = []
        for i in range(sent.start, sent.end):
            word = self._word(words, i)
            lca = np.maximum(lca, gains.exact(word.lca))
            on_path += word.path
            between += word.between
        reach = lca + gains.best["sp:"] + gains.best["tp:"] + gains.positive(on_path) \
            + gains.best["gap:"] + gains.positive(between)
        for candidate, row in zip(found, rows):
            pair = candidate.source is not None and candidate.target is not None
            counts["pairs"] += pair
            open_roots = [j for j in supported if model.labels[j] not in self.role_clashes(candidate)]
            own = set(row) - base
            if open_roots:
                owns.append(float(gains.exact(own)[open_roots].max()))
            if not open_roots:
                counts["clash"] += 1
                counts["clash (pairs)"] += pair
                continue
            if pair:
                exact = [c for c in own if not gains.vocabulary[c].startswith(PATH_PREFIXES)]
                bound = top + gains.exact(exact) + reach
                counts["pair bound"] += float(bound[open_roots].max()) < logit
        return found, shared, rows

    choose = events_component.EventModel.choose

    def chosen(self, found, probs, rules, **kwargs):
        counts["rows scored"] += len(found)
        events = [j for j, label in enumerate(self.labels) if label != "none"]
        counts["rows reaching the threshold"] += int((probs[:, events].max(axis=1) >= threshold).sum())
        best = choose(self, found, probs, rules, **kwargs)
        counts["events kept"] += len(best)
        return best

    learned.FeatureMaker.split_rows = counted
    events_component.EventModel.choose = chosen
    try:
        for doc in _parsed(nlp, read_texts(path, docs, seed)):
            component(doc)
    finally:
        learned.FeatureMaker.split_rows = split_rows
        events_component.EventModel.choose = choose
    sys.stdout.write(f"{path.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + "\n")
    if needs and owns:
        cuts = (5, 25, 50, 75, 95)
        sys.stdout.write(f"  need (percentiles {cuts}): {np.percentile(needs, cuts).round(2).tolist()}\n")
        sys.stdout.write(f"  own (percentiles {cuts}, max): {np.percentile(owns, cuts).round(2).tolist()}, "
                         f"{max(owns):.2f}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description="What the detector could skip before making features.")
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT_FILE])
    parser.add_argument("--docs", type=int, default=600, help="documents sampled from a larger file (default 600)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    nlp = cached_pipeline(load_settings(env={}))
    for path in args.files:
        if not path.is_file():
            sys.stderr.write(f"detector_prune: {path} not found: skipped\n")
            continue
        measure(nlp, path, args.docs, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
