"""Coder speed, spaCy excluded (issue 4: >= 2,000 sentences/s per core).

For each file, parses the texts once with the pipeline up to the events component (that
parse is timed too and reported for scale: it is what a run spends before the coder), then
times (1) the
rule coder alone (``Coder.code_sentence`` with its implied-actor context) over
every sentence that names an actor, and (2) the whole ``eventwire_events``
component on the parsed Docs: rules, the learned detector, modality, dates,
places, quotes and the merge of restatements. Both rates count the sentences that
name an actor (the component passes over the others almost free: counting every
sentence would flatter it). Each rate is given per second of wall-clock time and per
second of the process's CPU time (``time.process_time``): on a machine shared with
other work the wall clock counts the time others take the core, the CPU time does
not (the issue asks for sentences per second per core).

The texts are parsed without the events component, so its first pass meets them new
(after a warm-up on ``WARM_DOCS`` other texts of the file, which loads the word lists
and models that load on first use); the first pass is reported apart from the later ones (which find whatever the coder
keeps between documents already made: a rate that only the later passes reach is a
cache of the benchmark's own repeats, not a speed on new text).

Usage:

    .venv/bin/python bench/coder_speed.py [FILE ...] [--docs N] [--seed S] [--repeat N] [--count]

FILE is JSON Lines with a "text" field and, where known, a "date": each document is
dated as a real run dates it, since the component dates events only in a dated
document (a bench on undated texts would leave that work out). The default files are the two kinds of
text the coder meets: ../shared/eval/train/train-wcep.jsonl (600 one- or
two-sentence news summaries, nearly every sentence an event: the hardest case) and
../shared/corpora/news-pool.jsonl (the mixed throughput pool: wire stories, conflict
notes, articles of several outlets). A file of more than ``--docs`` documents
(default 500) is measured on a random sample of that many (fixed ``--seed``).
A file that is absent is reported and skipped (exit status 0).

``--count`` adds one more pass of the whole component, untimed, over the texts parsed anew (so
that it meets them new), counting the Python and C function calls it makes (``sys.setprofile``)
per sentence: a measure of the work done that does not swing with the machine's load, for
comparing two versions of the code on a shared machine (their rates can differ by a factor of
two from one run to the next; the counts do not).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path
from typing import Callable

from eventwire.coding.mentions import DocContext
from eventwire.coding.dates import resolve_date
from eventwire.coding.implicit import Places
from eventwire.config import load_settings
from eventwire.nlp.model import cached_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EVENTS_PIPE = "eventwire_events"
WARM_DOCS = 20  # texts the component codes before the timing, not timed
DEFAULT_FILES = [SHARED / "eval" / "train" / "train-wcep.jsonl", SHARED / "corpora" / "news-pool.jsonl"]


def read_texts(path: Path, docs: int, seed: int) -> list[tuple[str, dt.date | None]]:
    """The texts of ``path`` with their dates (None where a line has none or no valid one),
    or a random sample of ``docs`` of them (seed ``seed``)."""
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    if len(lines) > docs:
        lines = random.Random(seed).sample(lines, docs)
    return [(item["text"], _date(item.get("date"))) for item in map(json.loads, lines)]


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _parsed(nlp, items: list[tuple[str, dt.date | None]]) -> list:
    """The texts parsed without the events component, each dated as a real run dates it (the
    component's dating work runs only for a dated document)."""
    docs = []
    for text, date in items:
        doc = nlp.make_doc(text)
        doc._.date = date
        docs.append(doc)
    return list(nlp.pipe(docs, disable=[EVENTS_PIPE]))


def measure(nlp, path: Path, docs: int, seed: int, repeat: int, count: bool = False) -> None:
    texts = read_texts(path, docs + WARM_DOCS, seed)
    warm, texts = texts[:WARM_DOCS], texts[WARM_DOCS:] or texts[:WARM_DOCS]
    _parsed(nlp, warm)  # the parser's and the actor components' first calls load their data
    start, cpu = time.perf_counter(), time.process_time()
    parsed = _parsed(nlp, texts)
    parse_time = (time.perf_counter() - start, time.process_time() - cpu)
    component = nlp.get_pipe(EVENTS_PIPE)
    for doc in _parsed(nlp, warm):
        component(doc)  # the word lists and models load on first use: not the speed of a pass
    # dateparser's language and time-zone data load at its first call (about 0.4 s), made for
    # the first date expression of a run that the rules do not read themselves: loaded here
    resolve_date("two fortnights ago", dt.date(2024, 5, 2))
    coder = component.coder
    work = [(doc, [s for s in doc.sents if any(doc._.actor_at(t.i) is not None for t in s)]) for doc in parsed]
    sentences = sum(len(s) for _, s in work)
    every = sum(1 for doc in parsed for _ in doc.sents)
    sys.stdout.write(f"{path.name}: {len(parsed)} documents, {every} sentences, {sentences} naming an actor\n")
    # for scale: what a run spends before the events component (spaCy's tagger, parser and
    # entities, and eventwire's actor components), per sentence naming an actor as below
    sys.stdout.write(f"  pipeline before the events component (one pass): {_rate(sentences, *parse_time)}\n")

    def rules() -> None:
        for doc, sents in work:
            context = DocContext(places=Places(doc))
            for sent in sents:
                coder.code_sentence(doc, sent, context)

    def whole() -> None:
        for doc, _ in work:
            component(doc)

    # the whole component first: its first pass is the one that meets the texts new
    sys.stdout.write(f"  whole events component: {_passes(whole, sentences, repeat)}\n")
    sys.stdout.write(f"  rules: {_passes(rules, sentences, repeat)} ({sentences} sentences, one core)\n")
    if count:  # on the texts parsed anew: the pass that meets them new, as the first timed one
        fresh = _parsed(nlp, texts)
        python, native = _calls(lambda: [component(doc) for doc in fresh])
        sys.stdout.write(f"  whole events component, work per sentence: {python / sentences:.0f} Python calls, "
                         f"{native / sentences:.0f} C calls\n")


def _calls(run: Callable[[], None]) -> tuple[int, int]:
    """The Python and the C function calls one pass of ``run`` makes (``sys.setprofile``)."""
    made = {"call": 0, "c_call": 0}

    def seen(frame, event, arg) -> None:
        if event in made:
            made[event] += 1

    sys.setprofile(seen)
    try:
        run()
    finally:
        sys.setprofile(None)
    return made["call"], made["c_call"]


def _passes(run: Callable[[], None], count: int, repeat: int) -> str:
    """The rates of ``repeat`` passes of ``run`` over ``count`` sentences: the first pass, then
    all passes together, per second of wall-clock time and of CPU time."""
    rates = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        rates.append((time.perf_counter() - start, time.process_time() - cpu))
    first = _rate(count, *rates[0])
    every = _rate(count * repeat, sum(w for w, _ in rates), sum(c for _, c in rates))
    return f"first pass {first}; all {repeat} passes {every}"


def _rate(count: int, wall: float, used: float) -> str:
    return f"{count / wall:.0f} sentences/s ({count / used:.0f} per CPU second)"


def main() -> int:
    parser = argparse.ArgumentParser(description="Speed of the rule coder and of the events component.")
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES,
                        help="JSON Lines files with a 'text' field (default: train-wcep and the news pool)")
    parser.add_argument("--docs", type=int, default=500, help="documents sampled from a larger file (default 500)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample (default 0)")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the parsed texts (default 5)")
    parser.add_argument("--count", action="store_true",
                        help="also count the calls of one more pass of the component (work, load-free)")
    args = parser.parse_args()
    present = [p for p in args.files if p.is_file()]
    for path in args.files:
        if path not in present:
            sys.stderr.write(f"coder_speed: {path} not found (../shared absent?): skipped\n")
    if not present:
        return 0
    nlp = cached_pipeline(load_settings(env={}))
    for path in present:
        measure(nlp, path, args.docs, args.seed, args.repeat, args.count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
