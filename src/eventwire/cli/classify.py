"""``eventwire classify``: the event type between a given source and target."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from ..coding.classify import PairClassifier, PairInput
from ..errors import InputError
from ..nlp.model import cached_pipeline
from .common import add_model_options, settings_from

HELP = """\
Read JSON Lines {id, text, source, target} (source and target are strings of
the text) and write {id, plover, cameo, cameo_root, confidence}: the coder
applied to the given pair.

Example:
  echo '{"id": "1", "text": "Russia attacked Ukraine.", "source": "Russia", "target": "Ukraine"}' \\
    | eventwire classify -
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("classify", help="event type of given source/target pairs", description=HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="JSON Lines file, or - for stdin")
    add_model_options(p)
    p.set_defaults(run=run)


def read_pairs(handle) -> Iterator[PairInput]:
    for lineno, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield PairInput(str(record.get("id", lineno)), record["text"], record.get("source") or "",
                            record.get("target") or "")
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"line {lineno}: expected {{id, text, source, target}} ({exc})") from exc


def run(args: argparse.Namespace) -> int:
    nlp = cached_pipeline(settings_from(args))
    if args.input == "-":
        pairs = list(read_pairs(sys.stdin))
    else:
        try:
            with open(args.input, encoding="utf-8") as handle:
                pairs = list(read_pairs(handle))
        except OSError as exc:
            raise InputError(f"{args.input}: cannot open ({exc})") from exc
    for result in PairClassifier(nlp).classify(pairs):
        sys.stdout.write(json.dumps(result.as_json()) + "\n")
    return 0
