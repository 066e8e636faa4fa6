"""``eventwire extract``: events (or quotes) from files, folders or stdin."""

from __future__ import annotations

import argparse
import sys

from ..errors import DocumentError
from ..limits import limited
from ..output import events_jsonl, events_table, quotes_jsonl, quotes_table
from .common import ErrorCounter, UndatedNotice, add_model_options, day_arg, read_documents, settings_from

HELP = """\
Read documents and print the events they report, one JSON object a line.

PATH is a plain-text file, an HTML page, a JSON Lines file of
{id, text, date?, title?, url?} objects, a WARC file, an RSS/Atom feed, a
.gz/.zst of these, or a folder of them; '-' (or nothing) reads stdin.

Example:
  eventwire extract article.txt --date 2023-11-09 --format table
  cat docs.jsonl | eventwire extract - --quotes
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="print the events in documents", description=HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", default=["-"], metavar="PATH", help="file, folder or '-' (stdin)")
    p.add_argument("--date", type=day_arg, help="document date YYYY-MM-DD for inputs without one")
    p.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    p.add_argument("--quotes", action="store_true", help="print quotes instead of events")
    add_model_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    errors = ErrorCounter()
    undated = UndatedNotice()
    documents = read_documents(args.paths, args.date, settings, errors, undated)
    collected = []
    out = sys.stdout
    # The per-document limits (size, tokens, sentences, time): docs/reliability.md.
    for result in limited(settings=settings)(documents, settings=settings):
        if isinstance(result, DocumentError):
            errors.report(result)
            continue
        items = result.quotes if args.quotes else result.events
        if args.format == "table":
            collected.extend(items)
        elif args.quotes:
            quotes_jsonl(items, out)
        else:
            events_jsonl(items, out)
        out.flush()
    if args.format == "table":
        (quotes_table if args.quotes else events_table)(collected, out)
    undated.close()
    if errors.count:
        print(f"Error: {errors.count} document(s) failed; the others were processed.", file=sys.stderr)
        return 3
    return 0
