"""``eventwire eval``: score the coder against a gold file (GUIDE.md section 6)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..evaluation import score_gold_file
from ..evaluation.gsr import score_gsr_file
from .common import ErrorCounter, add_model_options, settings_from

HELP = """\
Run the coder on the documents of a gold file and print precision, recall,
F1, dyad F1 and attribute accuracies (GUIDE.md section 6).

Example:
  eventwire eval ../shared/eval/dev/dev-wcep.jsonl --errors 20
  eventwire eval ../shared/eval/dev/plv-train.tsv     # PLV: accuracy and macro-F1
  eventwire eval ../shared/eval/dev/plover-gsr.json   # PLOVER gold records
  eventwire eval ../shared/eval/dev/petrarch-unit-tests/PETR.UnitTest.records.xml
  eventwire eval scripts/annotations/wcep-own-a.jsonl --texts ../shared/corpora/wcep-events.jsonl
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score against a gold file", description=HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", type=Path,
                   help="gold JSON Lines (GUIDE.md section 5), a PLV .tsv (classification), "
                        "or PLOVER gold records (.json), or PETRARCH unit tests (.xml)")
    p.add_argument("--errors", type=int, default=0, metavar="N",
                   help="list N missed gold events, N false events with their evidence, and N wrong "
                        "attributes (modality, date, location, sectors) of matched events")
    p.add_argument("--format", choices=("json", "table"), default="table")
    p.add_argument("--texts", type=Path, metavar="CORPUS",
                   help="JSON Lines corpus (id, text) with the texts of stand-off gold records")
    add_model_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.gold.suffix == ".tsv":
        return run_plv(args)
    if args.gold.suffix == ".xml":
        return run_petrarch(args)
    errors = ErrorCounter()
    if args.gold.suffix == ".json":
        total = score_gsr_file(args.gold, settings=settings_from(args), on_error=errors.report)
    else:
        total = score_gold_file(args.gold, settings=settings_from(args), on_error=errors.report, texts=args.texts)
    summary = total.as_dict()
    _write_summary(summary, args.format)
    if args.errors:
        sys.stdout.write(f"\nmissed (first {args.errors}):\n")
        for doc_id, g in total.misses[: args.errors]:
            sys.stdout.write(f"  {doc_id}: {g.source} -> {g.target} {g.root}  # {g.note}\n")
        sys.stdout.write(f"\nfalse (first {args.errors}):\n")
        for doc_id, triple, evidence, coder in total.false[: args.errors]:
            by = f"  [{coder}]" if coder.startswith("model:") else ""  # what the learned detector added
            sys.stdout.write(f"  {doc_id}: {triple[0]} -> {triple[1]} {triple[2]}{by}  | {evidence[:160]}\n")
        sys.stdout.write(f"\nwrong attributes of matched events (first {args.errors}):\n")
        for doc_id, g, name, value, got in total.wrong_attributes[: args.errors]:
            found = ", ".join(str(v) for v in got)
            sys.stdout.write(f"  {doc_id}: {g.source} -> {g.target} {g.root} {name}: gold {value}, got {found}"
                             f"  # {g.note}\n")
    return 3 if errors.count else 0


def run_plv(args: argparse.Namespace) -> int:
    """PLV tsv: the coder in classify mode; accuracy and macro-F1 of the PLOVER type."""
    from ..coding.classify import PairClassifier
    from ..evaluation.plv import read_plv, score_plv
    from ..nlp.model import cached_pipeline

    score = score_plv(read_plv(args.gold), PairClassifier(cached_pipeline(settings_from(args))))
    _write_summary(score.as_dict(), args.format)
    if args.errors:
        sys.stdout.write(f"\nwrong (first {args.errors}):\n")
        for ident, gold, predicted, text in score.errors[: args.errors]:
            sys.stdout.write(f"  {ident}: gold {gold} got {predicted} | {text[:140]}\n")
    return 0


def run_petrarch(args: argparse.Namespace) -> int:
    """PETRARCH unit-test XML, coded with its validation dictionaries (evaluation/petrarch.py)."""
    from ..evaluation.petrarch import score_petrarch_file

    errors = ErrorCounter()
    score = score_petrarch_file(args.gold, settings=settings_from(args), on_error=errors.report)
    _write_summary(score.as_dict(), args.format)
    if args.errors:
        sys.stdout.write(f"\nmissed (first {args.errors}):\n")
        for miss in score.misses[: args.errors]:
            got = "; ".join(miss.got) or "nothing"
            sys.stdout.write(f"  {miss.sentence}: {miss.expected}  got {got} | {miss.text[:140]}\n")
    return 3 if errors.count else 0


def _write_summary(summary: dict, fmt: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(summary) + "\n")
    else:
        for key, value in summary.items():
            if isinstance(value, dict):  # per class: a row each
                sys.stdout.write(f"{key}\n")
                for label, row in value.items():
                    cells = "  ".join(f"{k} {v}" for k, v in row.items())
                    sys.stdout.write(f"  {label:30} {cells}\n")
            else:
                sys.stdout.write(f"{key:32} {value}\n")
