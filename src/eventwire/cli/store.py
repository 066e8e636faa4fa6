"""Store commands: ``ingest``, ``events``, ``dyads``, ``timeline``, ``stats``, ``export``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from contextlib import ExitStack

from ..errors import DocumentError
from ..ingest import read_path
from ..limits import limited
from ..output import table, write_jsonl
from ..store import FORMATS, open_store
from ..store import ingest_documents
from .common import UndatedNotice, add_model_options, day_arg, settings_from

log = logging.getLogger("eventwire.cli")

DB_HELP = "database URL (default: settings 'db', sqlite:///eventwire.db)"


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=DB_HELP)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--source", help="source actor key or code (USA, USAGOV, NATO)")
    p.add_argument("--target", help="target actor key or code")
    p.add_argument("--actor", help="actor on either side")
    p.add_argument("--root", help="CAMEO root (07) or code prefix (042)")
    p.add_argument("--from", dest="date_from", help="first day YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="last day YYYY-MM-DD")
    p.add_argument("--modality", help="asserted, reported, uncertain, future, conditional, negated")


def _parser(sub, name: str, help_: str, example: str) -> argparse.ArgumentParser:
    return sub.add_parser(name, help=help_, description=f"{help_}.\n\nExample:\n  {example}",
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def register(sub: argparse._SubParsersAction) -> None:
    p = _parser(sub, "ingest", "Code documents and store them (idempotent, resumable)",
                "eventwire ingest news/ feeds.xml --db sqlite:///events.db\n"
                "  eventwire ingest archive.warc.gz --workers 4\n"
                "  eventwire ingest --watch incoming/ --scheduler tcp://10.0.0.5:8786")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders, or '-' for stdin")
    p.add_argument("--date", type=day_arg, help="document date YYYY-MM-DD for inputs without one")
    _db(p)
    add_model_options(p)
    scale = p.add_argument_group("parallel runs and streaming inputs")
    scale.add_argument("--workers", type=_positive, metavar="N",
                       help="code on a local Dask cluster of N worker processes")
    scale.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="code on an existing Dask cluster")
    scale.add_argument("--watch", metavar="DIR", help="after PATHs, ingest files as they arrive in DIR until Ctrl-C")
    scale.add_argument("--poll", type=float, default=2.0, metavar="SECONDS",
                       help="--watch: seconds between looks at DIR (default 2)")
    scale.add_argument("--stop-after", type=float, metavar="SECONDS", help="--watch: stop after this long")
    p.set_defaults(run=run_ingest)

    p = _parser(sub, "events", "Stored events, filtered", "eventwire events --source RUS --root 19 --format table")
    _filters(p)
    p.add_argument("--limit", type=int, help="at most this many")
    p.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    _db(p)
    p.set_defaults(run=run_events)

    p = _parser(sub, "dyads", "Top dyads with event counts and Goldstein sums", "eventwire dyads --limit 10")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--root", help="CAMEO root or code prefix")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--format", choices=("jsonl", "table"), default="table")
    _db(p)
    p.set_defaults(run=run_dyads)

    p = _parser(sub, "timeline", "Events from actor A to actor B over time", "eventwire timeline RUS UKR --by month")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--by", choices=("day", "week", "month"), default="day")
    p.add_argument("--both", action="store_true", help="count B to A as well")
    p.add_argument("--format", choices=("jsonl", "table"), default="table")
    _db(p)
    p.set_defaults(run=run_timeline)

    p = _parser(sub, "stats", "Counts of documents, events, clusters, duplicates and errors",
                "eventwire stats --format json")
    p.add_argument("--format", choices=("json", "table"), default="table")
    _db(p)
    p.set_defaults(run=run_stats)

    p = _parser(sub, "export", "Write the stored events in a file format", "eventwire export --format gdelt -o events.tsv")
    p.add_argument("--format", choices=[f for f in FORMATS if f != "table"], default="jsonl")
    p.add_argument("-o", "--output", default="-", help="file to write ('-' = stdout; parquet needs a file)")
    _filters(p)
    _db(p)
    p.set_defaults(run=run_export)


def _open(args: argparse.Namespace):
    settings = settings_from(args, db=args.db)
    return open_store(settings.db), settings


def _filter_values(args: argparse.Namespace) -> dict:
    return {k: getattr(args, k) for k in ("source", "target", "actor", "root", "date_from", "date_to", "modality")
            if getattr(args, k, None)}


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def run_ingest(args: argparse.Namespace) -> int:
    usage = None
    if not args.paths and not args.watch:
        usage = "give at least one PATH, or --watch DIR"
    elif args.workers and args.scheduler:
        usage = "give --workers N (a local cluster) or --scheduler ADDRESS (an existing one), not both"
    if usage:
        print(f"Error: {usage}", file=sys.stderr)
        return 2
    if not args.quiet:  # progress (documents/s, ETA) is logged at INFO by the ingest loop
        logging.getLogger("eventwire.store.ingest").setLevel(logging.INFO)
    store, settings = _open(args)
    errors = 0
    with store, ExitStack() as stack:
        # Here, in the main thread, the per-document limits (docs/reliability.md) are enforced
        # with a timer; Dask workers code documents as they are.
        extract = limited(settings=settings)
        if args.workers or args.scheduler:
            from ..scale import DaskExtractor, connect

            client = stack.enter_context(connect(workers=args.workers, scheduler=args.scheduler))
            extract = DaskExtractor(client, settings=settings)

        def run(paths) -> None:
            nonlocal errors
            report = _ingest(paths, store, settings, args.date, extract)
            print(json.dumps(report.as_dict()), file=sys.stderr)
            errors += report.errors

        if args.paths:
            run(args.paths)
        if args.watch:
            from ..ingest.watch import watch

            try:
                watch(args.watch, lambda files: run([str(f) for f in files]), interval=args.poll,
                      timeout=args.stop_after)
            except KeyboardInterrupt:
                print("stopped watching", args.watch, file=sys.stderr)
    if errors:
        print(f"Error: {errors} document(s) failed; see `eventwire stats` and the errors table.",
              file=sys.stderr)
        return 3
    return 0


def _ingest(paths, store, settings, default_date, extract):
    """:func:`eventwire.store.ingest`, with each reading error reported on stderr as it comes."""
    from ..ingest.count import count_documents

    undated = UndatedNotice()

    def items():
        for path in paths:
            for item in read_path(path, default_date=default_date, settings=settings):
                if isinstance(item, DocumentError):
                    log.warning("document failed: %s", item)
                    yield item
                else:
                    yield undated(item)

    report = ingest_documents(items(), store=store, settings=settings, extract=extract,
                              inputs=[str(p) for p in paths], total=count_documents(paths))
    undated.close()
    return report


def run_events(args: argparse.Namespace) -> int:
    store, _ = _open(args)
    with store:
        store.export(sys.stdout, args.format, limit=args.limit, **_filter_values(args))
    return 0


def run_dyads(args: argparse.Namespace) -> int:
    store, _ = _open(args)
    with store:
        rows = store.dyads(limit=args.limit, root=args.root, date_from=args.date_from, date_to=args.date_to)
    if args.format == "jsonl":
        write_jsonl((r.as_dict() for r in rows), sys.stdout)
    else:
        table(("source", "target", "events", "clusters", "goldstein"),
              [(r.source, r.target, r.events, r.clusters, r.goldstein) for r in rows], sys.stdout)
    return 0


def run_timeline(args: argparse.Namespace) -> int:
    store, _ = _open(args)
    with store:
        points = store.timeline(args.a, args.b, by=args.by, both_directions=args.both)
    if args.format == "jsonl":
        write_jsonl((p.as_dict() for p in points), sys.stdout)
    else:
        table(("period", "events", "clusters", "goldstein"),
              [(p.period, p.events, p.clusters, p.goldstein) for p in points], sys.stdout)
    return 0


def run_stats(args: argparse.Namespace) -> int:
    store, _ = _open(args)
    with store:
        stats = store.stats().as_dict()
    if args.format == "json":
        sys.stdout.write(json.dumps(stats) + "\n")
    else:
        table(("count", "value"), list(stats.items()), sys.stdout)
    return 0


def run_export(args: argparse.Namespace) -> int:
    store, _ = _open(args)
    with store:
        out = sys.stdout if args.output == "-" else args.output
        n = store.export(out, args.format, **_filter_values(args))
    print(f"{n} rows written", file=sys.stderr)
    return 0
