"""Date values and calendar arithmetic for :mod:`dates`: :class:`ResolvedDate` (an ISO value
and its precision) and the steps that count weekdays, weeks, weekends and months from the
document date. Moved out of ``dates.py`` unchanged (dates45); ``dates`` re-exports them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


_ONE_DAY = dt.timedelta(days=1)
# A day named without a year this close to the document date, on either side, is in the
# document's year: news does not name a day a year away without its year.
NEAR_DAYS = 31


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """An ISO 8601 date value and its precision (``day``, ``month`` or ``year``)."""

    value: str
    precision: str

    @classmethod
    def day(cls, date: dt.date) -> ResolvedDate:
        return cls(date.isoformat(), "day")

    @classmethod
    def month(cls, year: int, month: int) -> ResolvedDate:
        return cls(f"{year:04d}-{month:02d}", "month")

    @classmethod
    def year(cls, year: int) -> ResolvedDate:
        return cls(f"{year:04d}", "year")

    @classmethod
    def spanning(cls, first: dt.date, last: dt.date) -> ResolvedDate | None:
        """The finest value that holds every day from ``first`` to ``last``."""
        if first > last:
            first, last = last, first
        if first == last:
            return cls.day(first)
        if (first.year, first.month) == (last.year, last.month):
            return cls.month(first.year, first.month)
        if first.year == last.year:
            return cls.year(first.year)
        return None

    @classmethod
    def lasting(cls, first: dt.date, last: dt.date) -> ResolvedDate | None:
        """The date of an event that lasts from ``first`` to ``last`` ("from 30 November to 2
        December"): :meth:`spanning`, but a stretch of at most ``NEAR_DAYS`` over a month's end
        is the month the event began in, not the year (dates45)."""
        if first > last:
            first, last = last, first
        if (last - first).days <= NEAR_DAYS and (first.year, first.month) != (last.year, last.month):
            return cls.month(first.year, first.month)
        return cls.spanning(first, last)

    def bounds(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day the value holds (the converse of :meth:`spanning`), or None
        for a value that is not an ISO date."""
        try:
            if self.precision == "year":
                return dt.date(int(self.value[:4]), 1, 1), dt.date(int(self.value[:4]), 12, 31)
            if self.precision == "month":
                start = dt.date(int(self.value[:4]), int(self.value[5:7]), 1)
                following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                return start, following - dt.timedelta(days=1)
            day = dt.date.fromisoformat(self.value[:10])
        except ValueError:
            return None
        return day, day


_NONE = ResolvedDate("", "")  # a rule matched and decided there is no date


def _ago(doc: dt.date, n: int, unit: str) -> ResolvedDate:
    """``n`` units before the document date; no date when that falls before year 1."""
    if unit in ("day", "week"):
        try:
            return ResolvedDate.day(doc - dt.timedelta(days=n * (7 if unit == "week" else 1)))
        except OverflowError:
            return _NONE
    if unit == "month":
        year, month = _add_months(doc.year, doc.month, -n)
        return ResolvedDate.month(year, month) if year >= 1 else _NONE
    return ResolvedDate.year(doc.year - n) if doc.year - n >= 1 else _NONE


def _weekday(doc: dt.date, wd: int, modifier: str | None, week: str | None, future: bool) -> dt.date:
    if week:  # "Thursday last week": that weekday in the previous/current/next week
        monday = doc - dt.timedelta(days=doc.weekday())
        shift = {"last": -7, "this": 0, "next": 7}[week]
        return monday + dt.timedelta(days=shift + wd)
    if modifier in ("last", "past", "this past"):
        return doc - dt.timedelta(days=(doc.weekday() - wd - 1) % 7 + 1)
    if modifier in ("next", "coming"):
        return doc + dt.timedelta(days=(wd - doc.weekday() - 1) % 7 + 1)
    if future:
        return doc + dt.timedelta(days=(wd - doc.weekday()) % 7)
    return doc - dt.timedelta(days=(doc.weekday() - wd) % 7)


def _unit(doc: dt.date, unit: str, which: str, future: bool) -> ResolvedDate | None:
    step = {"this": 0, "this past": 0, "last": -1, "past": -1, "previous": -1, "the previous": -1,
            "next": 1, "following": 1, "the following": 1}[which]
    if unit == "year":
        return ResolvedDate.year(doc.year + step)
    if unit == "month":
        return ResolvedDate.month(*_add_months(doc.year, doc.month, step))
    if unit == "weekend":
        saturday = _weekend(doc, which if step else "this", future)
        return ResolvedDate.spanning(saturday, saturday + _ONE_DAY)
    if which in ("past", "this past"):
        # "the past week", "this past week": the seven days up to the document date, not a
        # calendar week ("this past week" on a Monday is not that Monday; date48)
        return ResolvedDate.spanning(doc - 7 * _ONE_DAY, doc - _ONE_DAY)
    monday = doc - dt.timedelta(days=doc.weekday()) + dt.timedelta(weeks=step)
    first, last = monday, monday + dt.timedelta(days=6)
    if step == 0:  # this week: the part of it the tense points at
        if not future:
            last = doc
        else:
            first = doc
    return ResolvedDate.spanning(first, last)


def _weekend(doc: dt.date, which: str | None, future: bool) -> dt.date:
    """The Saturday of the weekend meant."""
    past_saturday = doc - dt.timedelta(days=(doc.weekday() - 5) % 7)  # on or before doc
    if which in ("last", "past", "this past", "previous", "the previous"):
        return past_saturday if doc.weekday() not in (5, 6) else past_saturday - dt.timedelta(weeks=1)
    if which in ("next", "coming", "following", "the following") or future:
        return doc + dt.timedelta(days=(5 - doc.weekday()) % 7) if doc.weekday() != 6 else past_saturday
    return past_saturday


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _year_of_month(doc: dt.date, month: int, modifier: str | None, future: bool) -> int:
    if modifier in ("last", "past", "this past"):
        return doc.year if month < doc.month else doc.year - 1
    if modifier == "next":
        return doc.year if month > doc.month else doc.year + 1
    if modifier == "this":
        return doc.year
    if future:
        return doc.year if month >= doc.month else doc.year + 1
    return doc.year if month <= doc.month else doc.year - 1


def _month_day(doc: dt.date, month: int, day: int, future: bool) -> ResolvedDate:
    for year in (doc.year, doc.year + 1, doc.year - 1):
        try:
            near = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February in a common year, 31 April
        if abs((near - doc).days) <= NEAR_DAYS:
            # "the debate slated for October 15" in a text of October 12: that one,
            # whatever the tense, not the one a year away
            return ResolvedDate.day(near)
    for year in ((doc.year, doc.year + 1) if future else (doc.year, doc.year - 1)):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate >= doc) if future else (candidate <= doc):
            return ResolvedDate.day(candidate)
    if month == 2 and day == 29:
        # the nearest leap year in the right direction
        year = doc.year
        step = 1 if future else -1
        while True:
            year += step
            try:
                return ResolvedDate.day(dt.date(year, 2, 29))
            except ValueError:
                continue
    return _NONE
