"""The dateparser fallback of :func:`.dates.resolve_date`: what the rules of ``dates.py`` do
not read goes to dateparser (always ``languages=['en']``), with one cached parser per
(document date, direction), at the precision of the period it reads."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from typing import TYPE_CHECKING

from dateparser.date import DateDataParser

if TYPE_CHECKING:  # dates.py imports this module
    from .dates import ResolvedDate

logger = logging.getLogger(__name__)

__all__ = ["fallback"]

_PERIODS = {"day": "day", "time": "day", "part_of_day": "day"}


@functools.lru_cache(maxsize=256)
def _parser(doc_date: dt.date, future: bool) -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(doc_date.year, doc_date.month, doc_date.day, 12),
            "PREFER_DATES_FROM": "future" if future else "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


# What dateparser can read a time from: a word of three letters or more, not a joining word nor
# a time zone, or a day written in numbers with its year ("11/08/2023"). Without either it reads
# scores and counts as days ("2-1", "13-2", "14 and 17": 1 and 13 February, 14 May 2017), a
# time as a year ("1700 EST"), "m9" as September.
_DATE_WORD_RE = re.compile(r"\b(?!(?:and|or|to|the|of|vs|gmt|utc|est|edt|bst|cet|cest|pst|pdt)\b)[a-z]{3,}"
                           r"|\b\d{1,4}([/.])\d{1,2}\1\d{2,4}\b")


def fallback(text: str, doc: dt.date, future: bool) -> ResolvedDate | None:
    """What dateparser reads in ``text`` against the document date ``doc`` (ahead of it when
    ``future``), or None; a text with no word to read a date from is not given to it."""
    from .dates import ResolvedDate  # noqa: PLC0415 (dates.py imports this module)

    if not _DATE_WORD_RE.search(text):
        logger.debug("date expression %r: no word to read a date from", text)
        return None
    data = _parser(doc, future).get_date_data(text)
    when = data.date_obj
    if when is None:
        logger.debug("date expression %r not resolved", text)
        return None
    day = when.date()
    period = data.period or "day"
    if period in _PERIODS:
        return ResolvedDate.day(day)
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return ResolvedDate.spanning(monday, monday + dt.timedelta(days=6))
    if period == "month":
        return ResolvedDate.month(day.year, day.month)
    if period in ("quarter", "year"):
        return ResolvedDate.year(day.year)
    return None
