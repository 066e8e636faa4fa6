"""Bench the actor layer: accuracy on gold actors, recall of gold event actors, speed.

    .venv/bin/python bench/actors.py [--shared ../shared] [--docs 2000] [--misses]
                                     [--dictionary FILE ...] [--skip-speed]

Reads the evaluation material from ``../shared`` (or ``--shared``) and skips
each part cleanly when its file is absent.

1. PLOVER gold records (``eval/dev/plover-gsr.json``): for each gold source
   or target actor, our mentions overlapping its ``actorText`` span (located
   through the record's markup). *Resolved*: at least one mention overlaps.
   *Key accuracy* where resolved: our key (organisation key, else ISO3)
   against the gold code, with CAMEO codes mapped to ISO3 (JAP->JPN,
   ITL->ITA, VTN->VNM); gold ``IGO`` accepts any organisation key; gold
   ``NGO`` accepts sector NGO; ``IMG``/``ISM`` (transnational groups) have no
   key to compare and are counted only in the resolved share. *Sector
   accuracy* where the gold sector (first three letters; JRN->MED,
   CIV->CVL) is one of ours.
2. Dev sets (``eval/dev/dev-wcep.jsonl``, ``dev-wikinews.jsonl``): the share
   of gold events whose source key / target key / both are among the keys of
   the document's resolved mentions.
3. Speed on ``corpora/news-pool.jsonl`` (every k-th of ``--docs`` documents):
   the spaCy model (with eventwire's paragraph splitter, no other eventwire
   component) through ``nlp.pipe``, then the actor component alone on the
   same Docs; both times and the ratio (issue 3 target: at most 15% added).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import eventwire.actors.component  # noqa: F401  (registers the factory)
from eventwire.actors.component import SPAN_KEY
from eventwire.nlp.model import load_model
from eventwire.records import SECTORS

CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SECTOR_ALIASES = {"JRN": "MED", "CIV": "CVL"}
NO_KEY = {"IMG", "ISM"}
MARK = re.compile(r"\(([A-Z/]+): ?([^()]*)\)")


def build(dictionaries: list[str]) -> Language:
    nlp = load_model()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_paragraphs", before="parser")
    nlp.add_pipe("eventwire_actors", config={"dictionaries": dictionaries})
    return nlp


def annotate(nlp: Language, text: str, date: dt.date | None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.date = date
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


# -- 1. PLOVER gold ------------------------------------------------------------


def actor_spans(record: dict) -> dict[str, list[tuple[int, int]]]:
    """actorText -> character spans in ``text``, from the markup; [] when not found there."""
    info = record.get("textInfo")
    markup = (info.get("markup") if isinstance(info, dict) else info) or ""
    plain, spans, pos = [], {}, 0
    for m in MARK.finditer(markup):
        plain.append(markup[pos:m.start()])
        start = sum(map(len, plain))
        plain.append(m.group(2))
        if m.group(1) != "EVT":
            spans.setdefault(m.group(2).strip(), []).append((start, start + len(m.group(2))))
        pos = m.end()
    plain.append(markup[pos:])
    return spans if "".join(plain) == record["text"] else {}


def locate(text: str, actor_text: str, marked: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    if actor_text in marked:
        return marked[actor_text]
    at = text.find(actor_text)
    if at < 0:
        at = text.lower().find(actor_text.lower())
    return [(at, at + len(actor_text))] if at >= 0 else []


def key_ok(gold: str, actor) -> bool | None:
    gold = CAMEO_TO_ISO3.get(gold, gold)
    if gold in NO_KEY:
        return None
    if gold == "IGO":
        return actor.org is not None
    if gold == "NGO":
        return actor.sector == "NGO"
    return actor.key == gold


def gold_sector(value: str | None) -> str | None:
    if not value:
        return None
    head = value[:3].upper()
    head = SECTOR_ALIASES.get(head, head)
    return head if head in SECTORS else None


def plover(nlp: Language, path: Path, show_misses: bool) -> None:
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    counts = Counter()
    misses = []
    for record in records:
        text = record["text"]
        date = dt.date.fromisoformat(record["date"][:10]) if record.get("date") else None
        doc = annotate(nlp, text, date)
        mentions = [(s.start_char, s.end_char, s) for s in doc.spans[SPAN_KEY]]
        marked = actor_spans(record)
        for side in ("source", "target"):
            gold_actors = record.get(side) or []
            if isinstance(gold_actors, str):
                continue
            for gold in gold_actors:
                counts["gold"] += 1
                where = locate(text, gold["actorText"], marked)
                if not where:
                    counts["not located"] += 1
                    continue
                best = None
                for a, b in where:
                    hits = [(min(b, e) - max(a, s), span) for s, e, span in mentions if s < b and a < e]
                    if hits:
                        best = max(hits, key=lambda h: h[0])[1]
                        break
                counts["located"] += 1
                if best is None:
                    misses.append(("unresolved", gold, None, text))
                    continue
                counts["resolved"] += 1
                actor = best._.actor
                ok = key_ok(gold["code"], actor)
                if ok is not None:
                    counts["key scored"] += 1
                    counts["key right"] += ok
                    if not ok:
                        misses.append(("wrong key", gold, best, text))
                sector = gold_sector(gold.get("sector"))
                if sector:
                    counts["sector scored"] += 1
                    counts["sector right"] += actor.sector == sector
                    if actor.sector != sector and ok:
                        misses.append(("wrong sector", gold, best, text))
                elif not gold.get("sector"):
                    counts["null sector scored"] += 1
                    counts["null sector right"] += actor.sector is None
    print(f"PLOVER gold ({path.name}): {len(records)} records, {counts['gold']} gold actors, "
          f"{counts['located']} located in the text")
    print(f"  resolved                 {share(counts['resolved'], counts['located'])}  (target >= 90%)")
    print(f"  key accuracy (resolved)  {share(counts['key right'], counts['key scored'])}  (target >= 95%)")
    print(f"  sector accuracy          {share(counts['sector right'], counts['sector scored'])}"
          "  (resolved, gold sector in our set)")
    print(f"  no-sector agreement      {share(counts['null sector right'], counts['null sector scored'])}"
          "  (resolved, gold gives no sector)")
    if show_misses:
        for kind, gold, span, text in misses:
            got = f"{span.text!r} -> {span._.actor.code} ({span._.actor_rule})" if span is not None else "-"
            print(f"  {kind:12} {gold['actorText']!r} {gold['code']}/{gold.get('sector')}  got {got}  | {text[:160]}")


# -- 2. Dev sets -------------------------------------------------------------------


def dev_set(nlp: Language, path: Path, show_misses: bool) -> None:
    from eventwire.clean import clean_text
    from eventwire.errors import EventwireError

    def cleaned(text: str) -> str:
        try:
            return clean_text(text)
        except EventwireError as exc:  # the clean stage is being worked on: measure on the raw text
            if not counts["clean failed"]:
                print(f"warning: clean_text failed ({exc}); using the raw text", file=sys.stderr)
            counts["clean failed"] += 1
            return text

    counts = Counter()
    misses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if not record.get("events"):
            continue
        date = dt.date.fromisoformat(record["date"][:10]) if record.get("date") else None
        doc = annotate(nlp, cleaned(record["text"]), date)
        keys = {s._.actor.key for s in doc.spans[SPAN_KEY] if s._.actor.key}
        for event in record["events"]:
            counts["events"] += 1
            sides = [k for k in (event.get("source"), event.get("target")) if k]
            found = [k in keys for k in sides]
            for side, key in (("source", event.get("source")), ("target", event.get("target"))):
                if key:
                    counts[f"{side} named"] += 1
                    counts[side] += key in keys
            counts["all named"] += all(found)
            if not all(found):
                misses.append((event.get("source"), event.get("target"), sorted(keys), event.get("note", "")))
    print(f"{path.name}: {counts['events']} gold events (a side the gold leaves empty is not counted)")
    print(f"  source found {share(counts['source'], counts['source named'])}   target found "
          f"{share(counts['target'], counts['target named'])}   "
          f"every named side {share(counts['all named'], counts['events'])}")
    if show_misses:
        for src, tgt, keys, note in misses:
            print(f"  missed {src}->{tgt}  have {keys}  | {note[:120]}")


# -- 3. Speed ------------------------------------------------------------------------


def speed(nlp: Language, path: Path, n_docs: int) -> None:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    step = max(1, len(rows) // n_docs)
    sample = rows[::step][:n_docs]
    texts = [r.get("text") or "" for r in sample]
    dates = []
    for r in sample:
        try:
            dates.append(dt.date.fromisoformat(str(r.get("date"))[:10]))
        except ValueError:
            dates.append(None)
    words = sum(len(t.split()) for t in texts)
    actors = nlp.get_pipe("eventwire_actors")
    annotate(nlp, "Warm-up: the Kremlin said Blinken met Park Jin.", None)
    with nlp.select_pipes(disable=["eventwire_actors"]):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=64))
        spacy_s = time.perf_counter() - started
    for doc, date in zip(docs, dates):
        doc._.date = date
    started = time.perf_counter()
    n_mentions = 0
    for doc in docs:
        n_mentions += len(actors(doc).spans[SPAN_KEY])
    actor_s = time.perf_counter() - started
    print(f"speed ({path.name}, {len(docs)} documents, {words:,} words, {n_mentions:,} actor mentions)")
    print(f"  spaCy model      {spacy_s:8.2f} s  ({words / spacy_s:,.0f} words/s)")
    print(f"  actor component  {actor_s:8.2f} s")
    print(f"  added            {100 * actor_s / spacy_s:7.1f} %  (target <= 15%)")


def share(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "  n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--docs", type=int, default=2000, help="documents for the speed test")
    parser.add_argument("--dictionary", action="append", default=[], help="extra CAMEO dictionary")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"skipped: {args.shared} not found (pass --shared)", file=sys.stderr)
        return 0
    nlp = build(args.dictionary)
    gold = args.shared / "eval" / "dev" / "plover-gsr.json"
    if gold.exists():
        plover(nlp, gold, args.misses)
    else:
        print(f"skipped: {gold} not found", file=sys.stderr)
    for name in ("dev-wcep.jsonl", "dev-wikinews.jsonl"):
        path = args.shared / "eval" / "dev" / name
        if path.exists():
            dev_set(nlp, path, args.misses)
        else:
            print(f"skipped: {path} not found", file=sys.stderr)
    pool = args.shared / "corpora" / "news-pool.jsonl"
    if args.skip_speed:
        pass
    elif pool.exists():
        speed(nlp, pool, args.docs)
    else:
        print(f"skipped: {pool} not found", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
