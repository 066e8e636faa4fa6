"""The ``eventwire`` command line: thin commands over the library.

Data goes to stdout (JSON Lines by default, ``--format table`` for people),
logs and progress to stderr. Exit status: 0 success, 1 error, 2 bad usage,
3 when some documents failed and the others were processed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ..errors import EventwireError
from . import actors, classify, evaluate, extract, serve, store

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

COMMANDS = (extract, actors, store, serve, evaluate, classify)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Political event data from news: who did what to whom, when, where, "
        "according to whom.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Example:\n  eventwire extract article.txt --date 2023-11-09 --format table",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        module.register(sub)
    return parser


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # Library progress goes through the "eventwire.progress" logger at INFO.
    if not quiet:
        logging.getLogger("eventwire.progress").setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    try:
        return int(args.run(args) or 0)
    except EventwireError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `eventwire extract ... | head`: the reader left; not an error.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # a file that cannot be written, a full disk: the cause, no traceback
        logging.getLogger("eventwire.cli").debug("stopped by an OS error", exc_info=True)
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug: one clean line; -vv shows the traceback
        logging.getLogger("eventwire.cli").debug("unexpected error", exc_info=True)
        print(f"Error: unexpected {type(exc).__name__}: {exc}. This is a bug in eventwire; rerun with "
              "-vv for the traceback and report it.", file=sys.stderr)
        return EXIT_ERROR
