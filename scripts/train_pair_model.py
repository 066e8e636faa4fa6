"""Train the PLOVER pair classifier of ``eventwire classify`` (``coding/data/pair_model.npz``).

Training data (only material whose licence allows shipping weights trained on it):

- ``train-wcep.jsonl`` (../shared/eval/train): Wikipedia "Current events"
  sentences, CC BY-SA 4.0 (Wikipedia contributors, Portal:Current events),
  with event labels made for this project. Each event's source and target
  actor keys are found among the actor resolver's mentions; the event's CAMEO
  code gives the PLOVER type.
- ``scripts/annotations/wcep-own-*.jsonl``: our own annotations of 600 more
  sentences of the same portal, stand-off (texts from
  ../shared/corpora/wcep-events.jsonl, ``--texts``), CC BY-SA 4.0.
- ``gpt_synthetic_events_2023-10-19_19.csv`` (../shared/corpora/synthetic-plover):
  4,500 synthetic stories labelled with a PLOVER type, MIT (Andy Halterman,
  NGEC). The lead sentence of each story is used; its source and target are
  the subject and object of the main verb (a guess, so they count only
  ``SYNTHETIC_WEIGHT`` times).
- ``scripts/pair_examples.jsonl``: 1,795 sentences written for this project
  (MIT, as the project), 43 to 165 per PLOVER type, with the source and target
  marked (some sentences twice, for two pairs with different types); they
  count ``OWN_WEIGHT`` times.

The fit is a multinomial logistic regression (scikit-learn, needed only here)
on binary string features from :class:`eventwire.coding.pairmodel.PairFeatures`,
without class weights;
it is deterministic (lbfgs, fixed data order). ``C``, the class weights and the weights of the
synthetic and written sentences were chosen by cross-validation on the
training data (``--cv``: held-out news and written sentences), never on
``plv-train.tsv``. Usage::

    .venv/bin/python scripts/train_pair_model.py            # writes the shipped weights
    .venv/bin/python scripts/train_pair_model.py --limit 200 --out /tmp/m.npz
    .venv/bin/python scripts/train_pair_model.py --cv 5 --c 0.1 0.2   # compare settings, writes nothing
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import logging
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

from eventwire.coding.classify import PairClassifier, find_span
from eventwire.coding.pairmodel import DEFAULT_MODEL, PairModel, pseudo_pair
from eventwire.config import load_settings
from eventwire.errors import DocumentError
from eventwire.evaluation.gold import read_gold_jsonl
from eventwire.nlp.model import build_pipeline

log = logging.getLogger("train_pair_model")
SHARED = Path(__file__).resolve().parents[2] / "shared"
WCEP = SHARED / "eval" / "train" / "train-wcep.jsonl"
TEXTS = SHARED / "corpora" / "wcep-events.jsonl"  # the texts of our stand-off annotations
OWN_WCEP = sorted((Path(__file__).resolve().parent / "annotations").glob("wcep-own-*.jsonl"))
SYNTHETIC = SHARED / "corpora" / "synthetic-plover" / "gpt_synthetic_events_2023-10-19_19.csv"
OWN = Path(__file__).resolve().parent / "pair_examples.jsonl"
MIN_COUNT = 2  # features seen fewer times are dropped
OWN_WEIGHT = 3.0
SYNTHETIC_WEIGHT = 0.1  # the synthetic leads' pair is the main verb's subject and object, a guess
C = 0.8
CLASS_WEIGHT = None  # "balanced" (each type weighing the same) cross-validated 0.7434 against 0.7452 unweighted


def _lead(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first[:600]


def wcep_examples(classifier: PairClassifier, path: Path, limit: int | None,
                  texts: Path = TEXTS, keys: list[str] | None = None) -> list[tuple[list[str], str]]:
    """One example per labelled event whose actors the resolver finds in the sentence
    (a gold file of GUIDE.md; stand-off records take their text from ``texts``)."""
    nlp, ontology = classifier.nlp, classifier.ontology
    records = []
    for item in read_gold_jsonl(path, texts):
        if isinstance(item, DocumentError):
            log.warning("skipped: %s", item)
            continue
        records.append(item[1])
    records = records[:limit] if limit else records
    docs = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.date = dt.date.fromisoformat(record["date"]) if record.get("date") else None
        docs.append(doc)
    out: list[tuple[list[str], str]] = []
    for record, doc in zip(records, nlp.pipe(docs, batch_size=32)):
        mentions: dict[str, list] = {}
        for span in doc.spans.get("eventwire_actors", []):
            if span._.actor is not None and span._.actor.key:
                mentions.setdefault(span._.actor.key, []).append(span)
        seen: set[tuple] = set()
        events = sorted(record["events"], key=lambda e: not e.get("required", True))
        for event in events:
            code = ontology.get(event.get("cameo") or event["root"])
            plover = classifier.type_of(code.code)
            if plover is None:
                continue
            pair = _best_pair(mentions, event.get("source"), event.get("target"))
            if pair is None:
                continue
            key = (pair[0].start if pair[0] is not None else None, pair[1].start if pair[1] is not None else None)
            if key in seen:
                continue
            seen.add(key)
            out.append((classifier.pair_features(doc, *pair), plover))
            if keys is not None:
                keys.append(record["text"])
    return out


def _best_pair(mentions: dict, source: str | None, target: str | None):
    sources = mentions.get(source, []) if source else [None]
    targets = mentions.get(target, []) if target else [None]
    best = None
    for s in sources:
        for t in targets:
            if s is None and t is None:
                continue
            if s is not None and t is not None and (s.start == t.start or s.sent.start != t.sent.start):
                continue
            gap = abs(s.start - t.start) if s is not None and t is not None else 0
            if best is None or gap < best[0]:
                best = (gap, s, t)
    return None if best is None else (best[1], best[2])


def synthetic_examples(classifier: PairClassifier, path: Path, limit: int | None) -> list[tuple[list[str], str]]:
    """One example per story: its lead sentence, with the main verb's subject and object as the pair."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows = rows[:limit] if limit else rows
    out = []
    for row, doc in zip(rows, classifier.nlp.pipe((_lead(r["text"]) for r in rows), batch_size=64)):
        sent = next(iter(doc.sents), None)
        if sent is None:
            continue
        source, target = pseudo_pair(sent)
        out.append((classifier.pair_features(doc, source, target), row["label"].strip().upper()))
    return out


def own_examples(classifier: PairClassifier, path: Path, keys: list[str] | None = None) -> list[tuple[list[str], str]]:
    """The project's own annotated sentences: {text, source, target, plover}. ``keys``: gets each one's text."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for record, doc in zip(records, classifier.nlp.pipe((r["text"] for r in records), batch_size=64)):
        source = find_span(doc, record["source"])
        target = find_span(doc, record["target"] or "", avoid=source)
        out.append((classifier.pair_features(doc, source, target), record["plover"]))
        if keys is not None:
            keys.append(record["text"])
    return out


def fit(examples: list[tuple[list[str], str]], c: float, weights: list[float] | None = None) -> PairModel:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for feats, _ in examples for f in set(feats))
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows, cols = [], []
    for r, (feats, _) in enumerate(examples):
        for col in sorted({index[f] for f in feats if f in index}):
            rows.append(r)
            cols.append(col)
    x = csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(examples), len(vocabulary)))
    y = [label for _, label in examples]
    model = LogisticRegression(C=c, max_iter=2000, class_weight=CLASS_WEIGHT)
    model.fit(x, y, sample_weight=None if weights is None else np.asarray(weights))
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:  # one row for the second class: the first scores 0
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    return PairModel(tuple(str(c) for c in model.classes_), index, coef.astype(np.float32),
                     intercept.astype(np.float32))


def cross_validate(examples: list[tuple[list[str], str]], weights: list[float], keys: list[str | None], c: float,
                   k: int) -> float:
    """Accuracy over ``k`` folds by sentence (``keys``: its text, so the pairs of one sentence stay
    together); examples whose key is None are not scored, only trained on."""
    n = len(examples)
    fold = [zlib.crc32(key.encode("utf-8")) % k if key is not None else -1 for key in keys]
    held = [key is not None for key in keys]
    right = total = 0
    for f in range(k):
        train = [i for i in range(n) if fold[i] != f]
        model = fit([examples[i] for i in train], c, [weights[i] for i in train])
        for i in range(n):
            if fold[i] == f and held[i]:
                probs = model.probabilities([examples[i][0]])[0]
                right += model.labels[int(probs.argmax())] == examples[i][1]
                total += 1
    return right / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wcep", type=Path, nargs="+", default=[WCEP, *OWN_WCEP],
                        help="gold files of one-sentence news (default: train-wcep and scripts/annotations/wcep-own-*)")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="corpus of the stand-off gold records")
    parser.add_argument("--synthetic", type=Path, default=SYNTHETIC)
    parser.add_argument("--own", type=Path, default=OWN)
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N items of each file")
    parser.add_argument("--c", type=float, nargs="+", default=[C],
                        help="inverse regularisation strength (several: only with --cv)")
    parser.add_argument("--synthetic-weight", type=float, default=SYNTHETIC_WEIGHT)
    parser.add_argument("--own-weight", type=float, default=OWN_WEIGHT)
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="print the K-fold cross-validated accuracy on the news and written sentences "
                             "for each --c, and write nothing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    started = time.perf_counter()
    nlp = build_pipeline(load_settings({"event_model": "none"}, env={}))
    classifier = PairClassifier(nlp, model=None)
    keys: list[str | None] = []
    examples = [x for path in args.wcep for x in wcep_examples(classifier, path, args.limit, args.texts, keys)]
    log.info("one-sentence news (%s): %d examples", ", ".join(p.name for p in args.wcep), len(examples))
    synthetic = synthetic_examples(classifier, args.synthetic, args.limit)
    log.info("synthetic-plover: %d examples", len(synthetic))
    keys += [None] * len(synthetic)
    own = own_examples(classifier, args.own, keys)
    log.info("own annotations: %d examples", len(own))
    weights = [1.0] * len(examples) + [args.synthetic_weight] * len(synthetic) + [args.own_weight] * len(own)
    data = examples + synthetic + own
    if args.cv:
        for c in args.c:
            log.info("C %g: cross-validated accuracy %.4f", c, cross_validate(data, weights, keys, c, args.cv))
        return 0
    if len(args.c) != 1:
        parser.error("several --c only with --cv")
    model = fit(data, args.c[0], weights)
    model.save(args.out)
    log.info("%d labels, %d features; wrote %s in %.0f s", len(model.labels), len(model.index), args.out,
             time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
