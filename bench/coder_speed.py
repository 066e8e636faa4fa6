"""Coder speed, spaCy excluded (issue 4: >= 2,000 sentences/s per core).

Parses the texts once with the whole pipeline, then times (1) the rule coder
alone (``Coder.code_sentence`` with its implied-actor context) over every
sentence that names an actor, and (2) the whole ``eventwire_events``
component on the parsed Docs: rules, the learned detector, modality, dates,
places, quotes and the merge of restatements. Each rate is given per second of
wall-clock time and per second of the process's CPU time (``time.process_time``):
on a machine shared with other work the wall clock counts the time others take
the core, the CPU time does not (the issue asks for sentences per second per core).
Usage:

    .venv/bin/python bench/coder_speed.py [FILE] [--repeat N]

FILE is JSON Lines with a "text" field (default ../shared/eval/train/train-wcep.jsonl);
when it is absent the bench says so and exits cleanly.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from eventwire.coding.mentions import DocContext
from eventwire.coding.implicit import Places
from eventwire.config import load_settings
from eventwire.nlp.model import cached_pipeline


def main(path: str, repeat: int = 5) -> None:
    nlp = cached_pipeline(load_settings(env={}))
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    docs = list(nlp.pipe(texts))
    coder = nlp.get_pipe("eventwire_events").coder
    work = [(doc, [s for s in doc.sents if any(doc._.actor_at(t.i) is not None for t in s)]) for doc in docs]
    sentences = sum(len(s) for _, s in work)
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for doc, sents in work:
            context = DocContext(places=Places(doc))
            for sent in sents:
                coder.code_sentence(doc, sent, context)
    sys.stdout.write(f"rules: {_rates(sentences * repeat, start, cpu)} "
                     f"({sentences} sentences x {repeat}, one core)\n")
    component = nlp.get_pipe("eventwire_events")
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for doc, _ in work:
            component(doc)
    sys.stdout.write(f"whole events component: {_rates(sentences * repeat, start, cpu)}\n")


def _rates(count: int, start: float, cpu: float) -> str:
    """Sentences per second of wall-clock time since ``start`` and of CPU time since ``cpu``."""
    wall, used = time.perf_counter() - start, time.process_time() - cpu
    return f"{count / wall:.0f} sentences/s ({count / used:.0f} per CPU second)"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Speed of the rule coder and of the events component.")
    parser.add_argument("file", nargs="?", default="../shared/eval/train/train-wcep.jsonl")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the parsed texts (default 5)")
    args = parser.parse_args()
    if not Path(args.file).is_file():
        sys.stderr.write(f"coder_speed: {args.file} not found (../shared absent?): nothing to measure\n")
        sys.exit(0)
    main(args.file, args.repeat)
