"""``eventwire actors``: resolve actors in text, or show a knowledge-base entry."""

from __future__ import annotations

import argparse
import json
import sys

from ..actors.kb import shipped_kb
from ..errors import DocumentError, InputError
from ..ingest import read_stream
from ..pipeline import extract_documents
from ..records import Document, mention_to_dict, to_json_line
from .common import ErrorCounter, add_model_options, day_arg, settings_from

HELP = """\
Resolve the political actors in a text, or show what the knowledge base knows.

Examples:
  eventwire actors resolve "South Korean Foreign Minister Park Jin met Blinken" --date 2023-11-09
  echo '{"id": "a", "text": "The Kremlin said...", "date": "2024-01-02"}' | eventwire actors resolve -
  eventwire actors show Blinken
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actors", help="resolve actors / show knowledge-base entries", description=HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    asub = p.add_subparsers(dest="actors_command", metavar="ACTION", required=True)
    r = asub.add_parser("resolve", help="one JSON object per actor mention", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("text", help="the text, or '-' for JSON Lines {id, text, date} on stdin")
    r.add_argument("--date", type=day_arg, help="the date the text speaks of (YYYY-MM-DD)")
    add_model_options(r)
    r.set_defaults(run=run_resolve)
    s = asub.add_parser("show", help="the knowledge-base entries for a name", description=HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("name")
    s.set_defaults(run=run_show)


def _stdin_documents(default_date, settings, errors: ErrorCounter):
    for item in read_stream(sys.stdin.buffer, name="<stdin>", settings=settings, default_date=default_date):
        if isinstance(item, DocumentError):
            errors.report(item)
        else:
            yield item


def run_resolve(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    errors = ErrorCounter()
    with_ids = args.text == "-"
    if with_ids:
        documents = _stdin_documents(args.date, settings, errors)
    else:
        documents = iter([Document(id="text", text=args.text, date=args.date)])
    for result in extract_documents(documents, settings=settings):
        if isinstance(result, DocumentError):
            errors.report(result)
            continue
        for m in result.mentions:
            row = mention_to_dict(m)
            if with_ids:
                row = {"id": result.document.id, **row}
            sys.stdout.write(to_json_line(row) + "\n")
    return 3 if errors.count else 0


def run_show(args: argparse.Namespace) -> int:
    kb = shipped_kb()
    entities = kb.find(args.name)
    if not entities:
        raise InputError(f"no knowledge-base entry is named {args.name!r}")
    for ent in entities:
        row = {
            "kind": ent.kind,
            "key": ent.key,
            "name": ent.name,
            "forms": [{"text": t, "kind": k} for t, k in kb.forms_of(ent)],
            "roles": [
                {"actor": p.actor, "sector": p.sector, "role": p.role,
                 "start": p.start.isoformat() if p.start else None,
                 "end": p.end.isoformat() if p.end else None}
                for p in ent.periods
            ],
        }
        sys.stdout.write(json.dumps(row, ensure_ascii=False, indent=1) + "\n")
    return 0
