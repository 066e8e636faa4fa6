"""Helpers shared by the commands: settings from flags, dates, document reading."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Iterator

from ..config import Settings, load_settings
from ..errors import DocumentError, InputError
from ..ingest import read_path
from ..records import Document

log = logging.getLogger("eventwire.cli")


def add_model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help="spaCy model name (default: settings 'model')")
    p.add_argument("--dictionary", action="append", dest="dictionaries", metavar="FILE",
                   help="extra actor dictionary in TABARI/PETRARCH format (repeatable)")
    p.add_argument("--dictionary-agents-only", action="store_true", default=None,
                   dest="dictionary_agents_only",
                   help="the agents of the loaded agent dictionaries (--dictionary) replace the "
                        "shipped agent nouns ('leader', 'mayor', ...), as PETRARCH codes "
                        "(setting 'dictionary_agents_only'; needs an agent dictionary)")
    p.add_argument("--verbs", action="append", dest="verb_dictionaries", metavar="FILE",
                   help="verb dictionary in TABARI/PETRARCH format (repeatable)")
    p.add_argument("--discards", action="append", dest="discard_dictionaries", metavar="FILE",
                   help="discard list in TABARI/PETRARCH format (repeatable)")
    p.add_argument("--require-dyad", action="store_true", default=None, dest="require_dyad",
                   help="keep only events with both a source and a target, as PETRARCH's "
                        "require_dyad option (setting 'require_dyad')")


def settings_from(args: argparse.Namespace, **extra) -> Settings:
    overrides = {"model": getattr(args, "model", None)}
    if getattr(args, "dictionaries", None):
        overrides["dictionaries"] = tuple(args.dictionaries)
    if getattr(args, "dictionary_agents_only", None):
        overrides["dictionary_agents_only"] = True
    if getattr(args, "verb_dictionaries", None):
        overrides["verb_dictionaries"] = tuple(args.verb_dictionaries)
    if getattr(args, "discard_dictionaries", None):
        overrides["discard_dictionaries"] = tuple(args.discard_dictionaries)
    if getattr(args, "require_dyad", None):
        overrides["require_dyad"] = True
    overrides.update(extra)
    return load_settings(overrides)


def parse_day(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {value!r}: use YYYY-MM-DD") from None


def day_arg(value: str) -> dt.date:
    day = parse_day(value)
    assert day is not None
    return day


class ErrorCounter:
    """Counts per-document errors and reports each one on stderr."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, error: DocumentError) -> None:
        self.count += 1
        print(f"Error: {error}", file=sys.stderr)


class UndatedNotice:
    """Warns on stderr (once, at the first) of documents without a date, which the coder reads
    with less: their relative dates ("on Thursday") stay open and the people it knows by name
    alone ("Blinken"), whose office depends on the date, are not coded; ``close`` tells how
    many there were. A document whose dateline gives the day with its year ("WASHINGTON, Nov 3,
    2023 (Reuters) -") is read at that day (:func:`~eventwire.pipeline.day_read`): it has a
    date and is not counted (date51)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, document: Document) -> Document:
        if document.date is None and _day_read(document) is None:
            self.count += 1
            if self.count == 1:
                log.warning("document %s has no date (give --date YYYY-MM-DD, or a \"date\" field "
                            "in JSON Lines): its relative dates (\"on Thursday\") stay unresolved "
                            "and people named alone whose office depends on the date (\"Blinken\") "
                            "are not coded", document.id)
        return document

    def close(self) -> None:
        if self.count > 1:
            log.warning("%d documents had no date", self.count)


def _day_read(document: Document) -> dt.date | None:
    from ..pipeline import day_read  # (spaCy is loaded only when documents are read)

    return day_read(document)


def read_documents(paths: list[str], default_date: dt.date | None, settings: Settings,
                   errors: ErrorCounter, undated: UndatedNotice | None = None) -> Iterator[Document]:
    for path in paths:
        if path != "-" and not _exists(path):
            raise InputError(f"{path}: no such file or folder")
        for item in read_path(path, default_date=default_date, settings=settings):
            if isinstance(item, DocumentError):
                errors.report(item)
            else:
                yield undated(item) if undated else item


def _exists(path: str) -> bool:
    from pathlib import Path

    return Path(path).exists()
