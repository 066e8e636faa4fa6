"""How often the rule coder codes each PLOVER type at all, on the synthetic PLOVER stories.

The stories (``../shared/corpora/synthetic-plover/gpt_synthetic_events_*.csv``; MIT, Andy
Halterman, made to train a document-level PLOVER classifier) are machine-written and each
is labelled with one PLOVER type and mode. They are no gold: a story may hold no event the
guide would code, or an actor the gazetteer cannot place. Read per type, the figure finds
word families and constructions the lexicon misses (``docs/coder.md``, gsr40); never fit
rules to single stories.

A fixed-seed sample of PER_TYPE stories per type is coded rules alone (the learned
detector off); a story counts for its type when any event of that PLOVER type is coded
in it. ``--save`` keeps the coded events (JSON Lines) and ``--compare`` prints a saved
run's figures beside this one's.

Usage:
  EVENTWIRE_EVENT_MODEL=none PYTHONPATH=src .venv/bin/python scripts/synthetic_plover_recall.py \
      ../shared/corpora/synthetic-plover/gpt_synthetic_events_2023-10-19_19.csv --save after.jsonl
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import random

PER_TYPE = 40
SEED = 40


def sample(rows: list[dict], per_type: int, seed: int) -> list[int]:
    """Row indices: ``per_type`` stories of each label, drawn with ``seed`` (sorted labels)."""
    by_label: dict[str, list[int]] = collections.defaultdict(list)
    for i, row in enumerate(rows):
        by_label[row["label"]].append(i)
    rng = random.Random(seed)
    return [i for label in sorted(by_label) for i in rng.sample(by_label[label], min(per_type, len(by_label[label])))]


def code(rows: list[dict], indices: list[int]) -> dict[int, list[list]]:
    """(PLOVER type, CAMEO code, source code, target code) of the events coded in each story."""
    os.environ.setdefault("EVENTWIRE_EVENT_MODEL", "none")
    from eventwire.pipeline import extract_documents

    docs = [{"id": str(i), "text": rows[i]["text"], "date": "2023-06-15"} for i in indices]
    coded: dict[int, list[list]] = {}
    for result in extract_documents(docs):
        events = getattr(result, "events", [])
        coded[int(result.document.id)] = [
            [e.plover, e.cameo, e.source.actor.code if e.source else None, e.target.actor.code if e.target else None]
            for e in events]
    return coded


def table(rows: list[dict], runs: list[dict[int, list[list]]]) -> str:
    """Per label: stories, and per run the stories coded with that type and with any event."""
    total: collections.Counter = collections.Counter()
    hits = [collections.Counter() for _ in runs]
    any_event = [collections.Counter() for _ in runs]
    for i in runs[0]:
        label = rows[i]["label"]
        total[label] += 1
        for k, run in enumerate(runs):
            events = run.get(i, [])
            hits[k][label] += label in {e[0] for e in events}
            any_event[k][label] += bool(events)
    lines = ["type        n  " + "  ".join(f"type{k} any{k}" for k in range(len(runs)))]
    for label in sorted(total):
        lines.append(f"{label:10s} {total[label]:3d}  "
                     + "  ".join(f"{hits[k][label]:5d} {any_event[k][label]:4d}" for k in range(len(runs))))
    lines.append(f"all       {sum(total.values()):4d}  "
                 + "  ".join(f"{sum(h.values()):5d} {sum(a.values()):4d}" for h, a in zip(hits, any_event)))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stories", help="the synthetic stories CSV")
    parser.add_argument("--per-type", type=int, default=PER_TYPE)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--save", help="write the coded events here (JSON Lines)")
    parser.add_argument("--compare", help="a saved run to print beside this one (printed first)")
    args = parser.parse_args()
    with open(args.stories, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    run = code(rows, sample(rows, args.per_type, args.seed))
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for i, events in run.items():
                out.write(json.dumps({"id": str(i), "events": events}) + "\n")
    runs = [run]
    if args.compare:
        with open(args.compare, encoding="utf-8") as handle:
            saved = {int(d["id"]): d["events"] for d in map(json.loads, handle)}
        runs = [saved, run]
    print(table(rows, runs))


if __name__ == "__main__":
    main()
