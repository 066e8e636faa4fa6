"""Coder speed, spaCy excluded (issue 4: >= 2,000 sentences/s per core).

Parses the texts once with the whole pipeline, then times (1) the rule coder
alone (``Coder.code_sentence`` with its implied-actor context) over every
sentence that names an actor, and (2) the whole ``eventwire_events``
component on the parsed Docs: rules, the learned detector, modality, dates,
places, quotes and the merge of restatements. Usage:

    .venv/bin/python bench/coder_speed.py ../shared/eval/train/train-wcep.jsonl
"""

from __future__ import annotations

import json
import sys
import time

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
    start = time.perf_counter()
    for _ in range(repeat):
        for doc, sents in work:
            context = DocContext(places=Places(doc))
            for sent in sents:
                coder.code_sentence(doc, sent, context)
    elapsed = time.perf_counter() - start
    sys.stdout.write(f"rules: {sentences * repeat / elapsed:.0f} sentences/s "
                     f"({sentences} sentences x {repeat}, one core)\n")
    component = nlp.get_pipe("eventwire_events")
    start = time.perf_counter()
    for _ in range(repeat):
        for doc, _ in work:
            component(doc)
    elapsed = time.perf_counter() - start
    sys.stdout.write(f"whole events component: {sentences * repeat / elapsed:.0f} sentences/s\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/train/train-wcep.jsonl")
