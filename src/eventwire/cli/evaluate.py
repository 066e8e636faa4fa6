"""``eventwire eval``: score the coder against a gold file (GUIDE.md section 6)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import DocumentError
from ..evaluation import Score, gold_events, read_gold_jsonl, score_document
from ..pipeline import extract_documents
from .common import ErrorCounter, add_model_options, settings_from

HELP = """\
Run the coder on the documents of a gold file and print precision, recall,
F1, dyad F1 and attribute accuracies (GUIDE.md section 6).

Example:
  eventwire eval ../shared/eval/dev/dev-wcep.jsonl --errors 20
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score against a gold file", description=HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", type=Path, help="gold JSON Lines (GUIDE.md section 5)")
    p.add_argument("--errors", type=int, default=0, metavar="N",
                   help="list N missed gold events and N false events with their evidence")
    p.add_argument("--format", choices=("json", "table"), default="table")
    add_model_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    errors = ErrorCounter()
    records: dict[str, dict] = {}

    def documents():
        for item in read_gold_jsonl(args.gold):
            if isinstance(item, DocumentError):
                errors.report(item)
                continue
            doc, record = item
            records[doc.id] = record
            yield doc

    total = Score()
    for result in extract_documents(documents(), settings=settings):
        if isinstance(result, DocumentError):
            errors.report(result)
            continue
        record = records[result.document.id]
        total.add(score_document(result.document.id, result.events, gold_events(record)))
    summary = total.as_dict()
    if args.format == "json":
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        for key, value in summary.items():
            sys.stdout.write(f"{key:32} {value}\n")
    if args.errors:
        sys.stdout.write(f"\nmissed (first {args.errors}):\n")
        for doc_id, g in total.misses[: args.errors]:
            sys.stdout.write(f"  {doc_id}: {g.source} -> {g.target} {g.root}  # {g.note}\n")
        sys.stdout.write(f"\nfalse (first {args.errors}):\n")
        for doc_id, triple, evidence in total.false[: args.errors]:
            sys.stdout.write(f"  {doc_id}: {triple[0]} -> {triple[1]} {triple[2]}  | {evidence[:160]}\n")
    return 3 if errors.count else 0
