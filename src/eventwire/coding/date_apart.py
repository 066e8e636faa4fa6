"""Dates counted from another date: "two days later", "the day before", "a few weeks earlier".

The event builder (``scene.py``) dates an act told as a distance from a dated
happening: :func:`length_apart` reads the distance (``dates.day_apart`` a day word's),
:func:`shift` and :func:`move_days` move the date by it, :func:`names_stretch`
tells a stretch of days from one day. The words are ``date_words.yaml``'s, read
through ``dates.py``'s vocabulary and normalisation.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .dates import NEAR_DAYS, ResolvedDate, _add_months, _normalise, _stretch_re, _strip, _vocab, _weekdays_re

__all__ = ["in_year_told", "told_with_year", "length_apart", "move_days", "names_stretch", "shift", "STORY_YEAR_DAYS"]

# A day or month named without a year is in the year of a date told before it with its year
# ("the army moved on November 15, 2017 ... his resignation on November 21") when it is
# nearer that date, and at most this many days from it, than the one read against the
# document date is.
STORY_YEAR_DAYS = 183

_YEAR_IN_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_FEW_RE = re.compile(r"(?:just |only )?(?:(?:a few|several|some|a number of|many) )?(day|week)s")
_FEW_DAYS = {"day": (2, 9), "week": (14, 63)}


def shift(date: ResolvedDate, expression: str, sign: int) -> ResolvedDate | None:
    """``date`` moved by the length of time ``expression`` names ("a day", "11 days", "two
    weeks", "three years"), forwards for ``sign`` 1 and backwards for -1: "a day after" the
    2023-11-09 is the 2023-11-08 for what came before. Hours and minutes ("36 minutes",
    "hours") keep the date. None when ``expression`` is not a count and a unit, or the unit is
    finer than the date ("two days" from a month)."""
    vocab = _vocab()
    text = _strip(_normalise(expression), vocab)[0]
    # "the day before the rally": one of the unit ("the" is stripped as a leading word)
    m = vocab.length_re.fullmatch(f"one {text}" if text in ("day", "week", "month", "year") else text)
    if (few := _FEW_RE.fullmatch(text)) and date.precision == "day":
        # "a few days later", "weeks earlier": a day of that stretch, read at the unit that holds it
        day = dt.date.fromisoformat(date.value)
        return ResolvedDate.spanning(*sorted(day + dt.timedelta(days=sign * n) for n in _FEW_DAYS[few[1]]))
    if m is None:
        return None
    if m[1] is None:
        # "36 minutes after the shooting", "hours later": within the day it counts from
        return date
    n, unit = vocab.numbers[m[1]] if m[1] in vocab.numbers else int(m[1]), m[2]
    try:
        if date.precision == "day" and unit in ("day", "week"):
            return move_days(date, sign * n * (7 if unit == "week" else 1))
        if date.precision in ("day", "month") and unit == "month":
            year, month = _add_months(int(date.value[:4]), int(date.value[5:7]), sign * n)
            return ResolvedDate.month(year, month) if year >= 1 else None
        if unit == "year":
            year = int(date.value[:4]) + sign * n
            return ResolvedDate.year(year) if year >= 1 else None
    except (OverflowError, ValueError):
        return None
    return None


@functools.lru_cache(maxsize=4096)  # (a text's answer, read for each event dated by it)
def length_apart(expression: str) -> tuple[str, int] | None:
    """For a length of time and the word that places it ("a day earlier", "two weeks later",
    "three days before"): the length and -1 (earlier) or 1 (later), to :func:`shift` the date
    it is counted from. None for anything else."""
    words = _normalise(expression).split()
    vocab = _vocab()
    if len(words) < 2 or words[-1] not in vocab.apart:
        return None
    length = " ".join(words[:-1])
    if vocab.length_re.fullmatch(core := _strip(length, vocab)[0]) is None and _FEW_RE.fullmatch(core) is None:
        return None
    return length, vocab.apart[words[-1]]


def move_days(date: ResolvedDate, days: int) -> ResolvedDate | None:
    """A day ``days`` after (before, when negative) a day; a month or year is kept as it is
    (the day after a day of March is in March or just after). None past the calendar."""
    if date.precision != "day" or not days:
        return date
    try:
        return ResolvedDate.day(dt.date.fromisoformat(date.value) + dt.timedelta(days=days))
    except OverflowError:
        return None


@functools.lru_cache(maxsize=4096)  # (a text's answer, read for each event dated by it)
def names_stretch(expression: str) -> bool:
    """Whether ``expression`` names a stretch or a pair of days ("July 24-26", "between July 24
    and 26", "Monday and Tuesday"), which :func:`resolve_date` reads as the finest unit that holds them."""
    vocab = _vocab()
    text = _strip(_normalise(expression), vocab)[0]
    return _stretch_re().match(text) is not None or _weekdays_re().fullmatch(text) is not None


def told_with_year(expression: str, resolved: ResolvedDate | None) -> ResolvedDate | None:
    """``resolved`` when ``expression`` names a day or a month with its year ("November 15,
    2017", "March 2003"): a date a later day or month without one may be in the year of
    (:func:`in_year_told`); else None."""
    if resolved is None or resolved.precision not in ("day", "month"):
        return None
    return resolved if _YEAR_IN_RE.search(expression) else None


def in_year_told(expression: str, resolved: ResolvedDate, told: ResolvedDate,
                 doc_date: dt.date | None = None, future: bool = False) -> ResolvedDate:
    """``resolved``, the day or month ``expression`` names without a year ("November 21",
    "in March"), in the year of ``told``, a day or month told before it with its year, when
    that is nearer ``told`` (and within :data:`STORY_YEAR_DAYS` of it) than ``resolved`` is:
    the story is still in that year. Else ``resolved`` unchanged; also for an expression with
    a year or a word that places it ("last March", "this November"), and for a day within
    ``dates.NEAR_DAYS`` of ``doc_date``, which news names without its year. Not into a day or
    month after ``doc_date`` unless ``future`` (the verb looks ahead): "In January 2024, ... In
    March, police arrested ..." in a text of February 2024 is the March before, as a month named
    without a year is."""
    if resolved.precision not in ("day", "month") or told.precision not in ("day", "month"):
        return resolved
    if doc_date is not None and resolved.precision == "day" and \
            abs((dt.date.fromisoformat(resolved.value) - doc_date).days) <= NEAR_DAYS:
        return resolved
    vocab = _vocab()
    text, _ = _strip(_normalise(expression), vocab)
    bare = next((m for m in (vocab.month_day_re.match(text), vocab.day_month_re.match(text),
                             vocab.month_year_re.match(text)) if m is not None), None)
    if bare is None or bare[3] or (bare.re is vocab.month_year_re and bare[1]):
        return resolved
    year = int(told.value[:4])
    if int(resolved.value[:4]) == year:
        return resolved
    moved = ResolvedDate(f"{year:04d}{resolved.value[4:]}", resolved.precision)
    now, then, anchor = resolved.bounds(), moved.bounds(), told.bounds()
    if now is None or then is None or anchor is None:  # (29 February out of a leap year)
        return resolved
    if not future and doc_date is not None and then[0] > doc_date:
        return resolved
    apart = abs((then[0] - anchor[0]).days)
    return moved if apart <= STORY_YEAR_DAYS and apart < abs((now[0] - anchor[0]).days) else resolved
