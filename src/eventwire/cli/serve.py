"""``eventwire serve``: the REST API and the dashboard over a store (uvicorn)."""

from __future__ import annotations

import argparse
import logging
import sys

from .common import settings_from

log = logging.getLogger("eventwire.cli")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve", help="Serve the REST API and the dashboard over a store",
        description="Serve the REST API (/api/, docs at /docs) and the dashboard (/) over a store.\n"
        "Writes (POST /api/ingest) need the api_token setting (EVENTWIRE_API_TOKEN).\n\n"
        "Example:\n  eventwire serve --db sqlite:///eventwire.db --port 8000   # then open http://127.0.0.1:8000/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--db", help="database URL (default: settings 'db', sqlite:///eventwire.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    p.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from ..api import create_app

    settings = settings_from(args, db=args.db)
    app = create_app(settings)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("listening on %s: the dashboard and API are reachable from other machines", args.host)
    verbose = logging.getLogger().getEffectiveLevel() <= logging.INFO
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"eventwire: serving {settings.db} on http://{host}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr)
    # Logging is configured by the CLI; -v shows uvicorn's start-up and access log.
    uvicorn.run(app, host=args.host, port=args.port, log_config=None, log_level="info" if verbose else "warning",
                access_log=verbose)
    return 0
