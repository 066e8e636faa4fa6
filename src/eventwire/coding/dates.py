"""Resolve the date of an event from a DATE/TIME span and the document date.

:func:`resolve_date` turns the text of a spaCy DATE or TIME entity ("late
Wednesday night", "March 2021", "two days ago") into an ISO 8601 value at the
precision the text supports: a day (``2023-11-09``), a month (``2023-11``) or a
year (``2023``). Relative expressions are anchored on the document date.

How expressions are read (GUIDE.md section 4):

* A weekday is the most recent such day on or before the document date, or the
  next one on or after it when ``tense == "future"``; the document's own
  weekday is the document date. "last Thursday" is strictly before it, "next
  Thursday" strictly after. Parts of the day and vague words ("late", "later",
  "early", "morning", "night") keep the day.
* A day without a year within ``NEAR_DAYS`` of the document date, on either
  side, is that one ("the debate slated for October 15" in a text of October
  12). Otherwise a month or day without a year is the most recent one not after
  the document date (the next one not before it for the future tense).
* Expressions that name a stretch of days ("this week", "last weekend", "last
  summer") resolve to the finest unit that holds the whole stretch: a month if
  it lies within one month, a year if within one year, else None. So "last
  week" is ``2023-11`` when that week lies in November and ``2023`` when it
  straddles October and November. ISO week values (``2023-W45``) are not used
  because the event schema knows only day, month and year.
* Durations and unanchored expressions ("the past two years", "decades",
  "recently", "two days later") resolve to None: the caller falls back to the
  document date with precision ``document``; a date counted from another ("two
  days later", "the day before") is ``date_apart.py``'s.

The vocabulary lives in ``data/date_words.yaml``; the rules are here. What the
rules do not cover goes to dateparser (``date_fallback.py``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from eventwire.errors import KnowledgeBaseError

from .date_fallback import fallback as _fallback
from .date_values import (  # noqa: F401 (re-exported: date_apart, date_fallback)
    _NONE, _ONE_DAY, NEAR_DAYS, ResolvedDate, _add_months, _ago, _month_day, _unit, _weekday, _weekend, _year_of_month,
)

__all__ = ["ahead_phrases", "calendar_words", "day_apart", "filing_day", "find_day_expressions", "follow_on_phrases", "from_words",
           "holiday_words", "start_nouns", "stretch_ends", "length_units", "end_verbs", "number_words",
           "numeric_day", "occasion_words", "parts_of_day", "resolve_date", "ResolvedDate", "taken_up_acts",
           "toll_verbs"]

DATE_WORDS_FILE = "date_words.yaml"


def resolve_date(
    expression: str, doc_date: dt.date | None, *, tense: str | None = None
) -> ResolvedDate | None:
    """Resolve a date expression against the document date.

    ``expression`` is the text of a DATE or TIME entity (or a phrase around
    it); ``tense`` is the tense of the event's verb, and only ``"future"``
    changes the direction in which weekdays and months are looked for.
    Returns None when the expression is not a point in time that can be
    anchored (a duration, "recently") or needs a document date that is missing.
    """
    if isinstance(doc_date, dt.datetime):
        doc_date = doc_date.date()
    return _resolve(expression, doc_date, tense == "future")


def find_day_expressions(text: str) -> list[tuple[int, int]]:
    """Character spans of the expressions in ``text`` that name one day ("on Monday",
    "late Saturday night", "yesterday", "March 3", "3 March 2021"), and of a month or
    year said to be the time of something ("In March 2014", "in 2016").

    For text that no entity recogniser has read; :func:`resolve_date` reads the spans.
    """
    return [m.span() for m in _day_finder().finditer(text)]


# A wire's dateline with its day ("WASHINGTON, Nov 3 (Reuters) -", "KYIV, Ukraine, March 7 -"):
# a place in capitals (two joined by "/": "LONDON/KYIV, March 7 (Reuters) -"), the month and day
# (a year maybe), the outlet maybe, a dash; after a headline line maybe ("Rebels seize town\n
# MANILA, Dec. 30 -"); with no place, only before an outlet ("Nov 3 (Reuters) -")
_PLACE = r"[A-Z][A-Z .'-]*[A-Z](?:/[A-Z][A-Z .'-]*[A-Z])*(?:, [A-Z][A-Za-z .'-]+)?, "
_DAY = r"([A-Za-z]+)\.? (\d{1,2})(?:,? (\d{4}))?"
_DASH = r"(?:-|--|\u2013|\u2014) "
_DATELINE_DAY_RE = re.compile(
    rf"(?:[^\n]{{1,200}}\n\s*)?\s*(?:{_PLACE}{_DAY} (?:\([^()\n]{{1,40}}\) )?|{_DAY} \([^()\n]{{1,40}}\) ){_DASH}")


def filing_day(text: str, doc_date: dt.date | None) -> dt.date | None:
    """The day the story was filed, that its "on Tuesday" and "yesterday" count from: the day
    of a dateline at the head of ``text`` (or after its headline line) when it lies up to
    ``NEAR_DAYS`` before ``doc_date`` (a wire stored or published again later, dates45), else
    ``doc_date``; for an undated document, the day of a dateline that gives its year (date50)."""
    if isinstance(doc_date, dt.datetime):
        doc_date = doc_date.date()
    m = _DATELINE_DAY_RE.match(text[:400])
    if m is None:
        return doc_date
    name, day, year_text = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    month = _vocab().months.get(name.lower())
    if month is None or (doc_date is None and not year_text):
        return doc_date
    if doc_date is None:  # an undated document: the dateline's own day, when it gives its year
        filed = _safe_day(int(year_text), month, int(day))
        return dt.date.fromisoformat(filed.value) if filed.value else None
    year = int(year_text) if year_text else doc_date.year - ((month, int(day)) > (doc_date.month, doc_date.day))
    filed = _safe_day(year, month, int(day))
    if not filed.value or not 0 < (doc_date - dt.date.fromisoformat(filed.value)).days <= NEAR_DAYS:
        return doc_date
    return dt.date.fromisoformat(filed.value)


def numeric_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a day written in two pairs of digits without its year ("23/02", "06/28"),
    when only one reading is a date; None for anything else ("05/06", "24/7", "9/11")."""
    m = _NUMERIC_DAY_RE.fullmatch(text.strip())
    if m is None:
        return None
    readings = {(int(a), int(b)) for a, b in ((m[2], m[1]), (m[1], m[2]))
                if 1 <= int(a) <= 12 and 1 <= int(b) <= 31}
    return readings.pop() if len(readings) == 1 else None


@functools.lru_cache(maxsize=4096)  # (a text's answer, read for each event dated by it)
def day_apart(expression: str) -> int | None:
    """For an expression that names a day by its distance from the day the text is at ("the
    next day", "on the same day", "that night", "the day before"): the days from that day
    (``date_words.yaml`` ``told_days``). None for anything else."""
    vocab = _vocab()
    norm = _normalise(expression)
    text = _TOLD_PREP_RE.sub("", norm)
    return vocab.told_days.get(norm, vocab.told_days.get(text))


def ahead_phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases that put a happening ahead of the clause they hang from ("protested ahead of
    his inauguration on Monday"), each as its words: ``date_words.yaml`` ``ahead_of``."""
    return _vocab().ahead_of


@functools.cache
def parts_of_day() -> frozenset[str]:
    """The words of a part of the day ("dawn", "night"): ``date_words.yaml`` ``parts_of_day``."""
    return frozenset(_vocab().parts_of_day)


def from_words() -> frozenset[str]:
    """The participles that say from when something holds ("will impose tariffs starting August
    1"): ``date_words.yaml`` ``from_words``."""
    return _vocab().from_words


def toll_verbs() -> frozenset[str]:
    """The verbs whose count "since" a day is a toll over the stretch ("have killed 300 since
    January"): ``date_words.yaml`` ``toll_verbs``."""
    return _vocab().toll_verbs


def occasion_words() -> frozenset[str]:
    """The nouns of occasions an act is told at ("rally", "live television"), named again
    without a day: ``date_words.yaml`` ``occasions``."""
    return _vocab().occasions


def month_nouns() -> frozenset[str]:
    """The names of months that are nouns of happenings too ("their 'March to Dhaka'", "the
    Long March"): ``date_words.yaml`` ``month_nouns``."""
    return _vocab().month_nouns


def taken_up_acts() -> frozenset[str]:
    """The nouns of acts a later clause takes up with "that"/"this" ("ruled on the appeal of
    that decision"): ``date_words.yaml`` ``taken_up_acts``."""
    return _vocab().taken_up


def calendar_words() -> frozenset[str]:
    """The names of weekdays and months, lower case: ``date_words.yaml``."""
    vocab = _vocab()
    return frozenset(vocab.weekdays) | frozenset(vocab.months)


def holiday_words() -> frozenset[str]:
    """The words of the holidays' names, lower case ("christmas", "eve"): ``date_words.yaml``."""
    return frozenset(word for name in _vocab().holidays for word in name.split())


def start_nouns() -> frozenset[str]:
    """Nouns of the start of a happening ("the outbreak of the war in 2011"): ``date_words.yaml``
    ``start_nouns``."""
    return _vocab().start_nouns


def stretch_ends() -> frozenset[str]:
    """Prepositions that end a stretch a gerund below them tells ("after detaining him since
    October"): ``date_words.yaml`` ``stretch_ends``."""
    return _vocab().stretch_ends


def length_units() -> dict[str, int]:
    """The days of the units of an act's length ("day", "week"): ``date_words.yaml``
    ``length_units``."""
    return _vocab().length_units


def end_verbs() -> frozenset[str]:
    """The verbs that say a stretch ended on the day they are dated by ("a three-day strike that
    ended on Wednesday"): ``date_words.yaml`` ``end_verbs``."""
    return _vocab().end_verbs


def number_words() -> dict[str, int]:
    """The numbers written in words ("two", "a couple of"): ``date_words.yaml`` ``numbers``."""
    return _vocab().numbers


def follow_on_phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases that tie a clause to a happening told before it ("following", "in response
    to"), each as its words: ``date_words.yaml`` ``follow_on``."""
    return _vocab().follow_on


@functools.cache
def _day_finder() -> re.Pattern[str]:
    # Names are matched capitalised and weekdays in full: "may", "sun" and "Sat" are other words too.
    vocab = _vocab()
    weekdays = [w.capitalize() for w in vocab.weekdays if len(w) > 5]
    months = [m.capitalize() for m in vocab.months]
    day_forms = {form for w in (*vocab.day_words, *vocab.told_days) for form in (w, w[0].upper() + w[1:])}
    weekday, month, days = _alternation(weekdays), _alternation(months), _alternation(day_forms)
    part = _alternation(vocab.parts_of_day)
    # The characters a match can begin with (the first of each branch below), looked ahead
    # for first: the engine then passes over the other places of a text at once instead of
    # trying every branch there (the same matches, in half the time)
    first = {*"EeLlTtIiDd", *(w[0] for w in (*weekdays, *months, *day_forms))}
    return re.compile(
        rf"(?=[\d{''.join(re.escape(c) for c in sorted(first))}])"
        rf"(?:\b(?:(?:[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his past) )?(?:{weekday})\b(?: (?:{part})\b)?"
        rf"|\b(?:{month})\.? \d{{1,2}}\b(?:(?:st|nd|rd|th)\b)?(?:,? \d{{4}}\b)?"
        rf"|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{month})\b(?:,? \d{{4}}\b)?"
        rf"|\b(?:{days})\b"
        rf"|\b(?:[Ii]n|[Dd]uring) (?:(?:early|late|mid) )?(?:(?:{month}) )?(?:of )?[12]\d{{3}}\b(?![-\u2013]| \d))"
    )


# --------------------------------------------------------------------------
# vocabulary


@dataclass(frozen=True)
class _Vocab:
    leading: tuple[str, ...]
    vague: tuple[str, ...]
    parts_of_day: tuple[str, ...]
    weekdays: dict[str, int]  # word -> 0 (Monday) .. 6
    months: dict[str, int]  # word -> 1 .. 12
    day_words: dict[str, int]
    told_days: dict[str, int]  # "the next day" -> 1: from the day the text is at
    numbers: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    holidays: dict[str, tuple[int, int]]  # "christmas" -> (12, 25)
    apart: dict[str, int]  # "earlier" -> -1: the word after a length that places it
    follow_on: tuple[tuple[str, ...], ...]  # ("in", "response", "to"): ties a clause to a told happening
    ahead_of: tuple[tuple[str, ...], ...]  # ("ahead", "of"): the happening after it is later
    from_words: frozenset[str]  # "starting": a participle that says from when ("starting June 1")
    toll_verbs: frozenset[str]  # "kill": a count of them since a day is a toll over the stretch
    occasions: frozenset[str]  # "rally": an occasion named again keeps the day told for it
    taken_up: frozenset[str]  # "decision": an act a later clause takes up ("appealed that decision")
    month_nouns: frozenset[str]  # "march": a month's name that is a happening's noun too ("a March to Dhaka")
    ahead_days: dict[str, int]  # "coming days" -> 7: an uncounted stretch just ahead of the document date
    start_nouns: frozenset[str]  # "outbreak": its date is the date the happening "of" it began
    stretch_ends: frozenset[str]  # "after": a gerund below it lasted up to then ("after fighting since Monday")
    length_units: dict[str, int]  # "week" -> 7: the days of a unit of an act's length ("a two-week strike")
    end_verbs: frozenset[str]  # "end": the day of "a three-day strike that ended on ..." is the stretch's last
    unanchored: tuple[re.Pattern[str], ...]
    # compiled from the word lists
    prefix_re: re.Pattern[str]
    suffix_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    month_day_re: re.Pattern[str]
    day_month_re: re.Pattern[str]
    month_year_re: re.Pattern[str]
    ago_re: re.Pattern[str]
    length_re: re.Pattern[str]
    season_re: re.Pattern[str]


def _alternation(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _vocab() -> _Vocab:
    path = resources.files("eventwire.coding") / "data" / DATE_WORDS_FILE
    where = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise KnowledgeBaseError(where, None if line is None else line + 1, str(exc)) from exc
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(where, None, "expected a mapping at the top level")

    def section(name: str, kind: type) -> Any:
        value = raw.get(name)
        if not isinstance(value, kind):
            raise KnowledgeBaseError(
                where, None, f"section {name!r} is missing or not a {kind.__name__}"
            )
        return value

    def words_to_index(name: str, base: int) -> dict[str, int]:
        out: dict[str, int] = {}
        for i, (key, words) in enumerate(section(name, dict).items()):
            if not isinstance(words, list) or not words:
                raise KnowledgeBaseError(where, None, f"{name}.{key}: expected a list of words")
            for word in words:
                out[str(word).lower()] = i + base
        return out

    seasons: dict[str, tuple[int, int]] = {}
    for name, span in section("seasons", dict).items():
        if not (isinstance(span, list) and len(span) == 2 and all(1 <= int(m) <= 12 for m in span)):
            raise KnowledgeBaseError(where, None, f"seasons.{name}: expected [first month, last month]")
        seasons[str(name)] = (int(span[0]), int(span[1]))
    holidays: dict[str, tuple[int, int]] = {}
    for name, (month, day) in section("holidays", dict).items():
        if not _safe_day(2000, int(month), int(day)).value:
            raise KnowledgeBaseError(where, None, f"holidays.{name}: no such day")
        holidays[str(name)] = (int(month), int(day))
    unanchored = []
    for pattern in section("unanchored", list):
        try:
            unanchored.append(re.compile(pattern))
        except re.error as exc:
            raise KnowledgeBaseError(where, None, f"unanchored: bad pattern {pattern!r}: {exc}") from exc

    def strings(name: str) -> tuple[str, ...]:
        items = section(name, list)
        for item in items:
            if not isinstance(item, str):
                raise KnowledgeBaseError(
                    where, None, f"{name}: {item!r} is not a string (quote it: YAML reads on/no/yes as booleans)"
                )
        return tuple(items)

    leading = strings("leading")
    vague = strings("vague")
    parts = strings("parts_of_day")
    weekdays = words_to_index("weekdays", 0)
    months = words_to_index("months", 1)
    numbers = {str(k): int(v) for k, v in section("numbers", dict).items()}
    wd = _alternation(weekdays)
    mo = _alternation(months)
    return _Vocab(
        leading=leading,
        vague=vague,
        parts_of_day=parts,
        weekdays=weekdays,
        months=months,
        day_words={str(k): int(v) for k, v in section("day_words", dict).items()},
        told_days={str(k): int(v) for k, v in section("told_days", dict).items()},
        numbers=numbers,
        seasons=seasons,
        holidays=holidays,
        apart={str(k): int(v) for k, v in section("apart", dict).items()},
        follow_on=tuple(tuple(phrase.lower().split()) for phrase in strings("follow_on")),
        ahead_of=tuple(tuple(phrase.lower().split()) for phrase in strings("ahead_of")),
        from_words=frozenset(w.lower() for w in strings("from_words")),
        toll_verbs=frozenset(w.lower() for w in strings("toll_verbs")),
        occasions=frozenset(w.lower() for w in strings("occasions")),
        taken_up=frozenset(w.lower() for w in strings("taken_up_acts")),
        month_nouns=frozenset(w.lower() for w in strings("month_nouns")),
        ahead_days={str(k).lower(): int(v) for k, v in section("ahead_days", dict).items()},
        start_nouns=frozenset(w.lower() for w in strings("start_nouns")),
        stretch_ends=frozenset(w.lower() for w in strings("stretch_ends")),
        length_units={str(k).lower(): int(v) for k, v in section("length_units", dict).items()},
        end_verbs=frozenset(w.lower() for w in strings("end_verbs")),
        unanchored=tuple(unanchored),
        prefix_re=re.compile(rf"^(?:{_alternation(leading + vague)})\b\s*"),
        suffix_re=re.compile(rf"\s*\b(?:{_alternation(parts + strings('trailing'))})$"),
        weekday_re=re.compile(
            rf"^(?:(this past|this|last|next|past|coming) )?({wd})"
            rf"(?: (this|last|next) week)?$"
        ),
        month_day_re=re.compile(rf"^(?:(?:{wd}) )?({mo}) (\d{{1,2}})(?: (\d{{4}}))?$"),
        day_month_re=re.compile(rf"^(?:(?:{wd}) )?(\d{{1,2}}) (?:of )?({mo})(?: (\d{{4}}))?$"),
        month_year_re=re.compile(rf"^(this past|this|last|next|past)? ?({mo})(?: of)?(?: (\d{{4}}))?$"),
        ago_re=re.compile(rf"^({_alternation(numbers)}|\d+) (day|week|month|year)s? ago$"),
        length_re=re.compile(rf"(?:just |only )?(?:({_alternation(numbers)}|\d+) (day|week|month|year)s?"
                             rf"|(?:(?:{_alternation(numbers)}|\d+|a few|several|some) )?(?:hour|minute)s?)"),
        season_re=re.compile(
            rf"^(this|last|next|past)? ?({_alternation(seasons)})(?: of)?(?: (\d{{4}}))?$"
        ),
    )


# --------------------------------------------------------------------------
# normalisation

# The zones a clock time is told in, and the words after a four-digit one ("1100 GMT", "0600
# hours"; date_exprs joins them to the time the recogniser tags alone)
TIME_ZONES = ("gmt", "utc", "et", "est", "edt", "bst", "cet", "cest", "pt", "pst", "pdt")
CLOCK_WORDS = frozenset({*TIME_ZONES, "hours", "hrs"})
CLOCK_DIGITS = r"(?:[01]\d|2[0-3])[0-5]\d"  # a four-digit hour and minute: "1100", "2300"
_ZONES = "|".join(TIME_ZONES)

# (an hour in words, "seven in the morning", "ten o'clock": dateparser read "seven" as July;
# an hour in four digits with its zone, "1100 GMT", "2300 local time", "0600 hours": the wires'
# clock time, not a year)
_TIME_RE = re.compile(
    r"\b(?:at )?(?:\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}:\d{2}|noon|midnight"
    rf"|{CLOCK_DIGITS} (?:{_ZONES}|local time|hours|hrs)\b"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?: o ?clock| in the (?:morning|afternoon|evening)| at night))"
    rf"(?: (?:{_ZONES}|local time))?\b"
)
_ISO_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:t[\d:.+z-]*)?$")
_ISO_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_RE = re.compile(r"^(?:the year )?(\d{4})$")
_HOLIDAY_RE = re.compile(r"(.+?)(?: (\d{4}))?")
_IN_THE_UNIT_RE = re.compile(r"(earlier|later) in the (week|month|year)")
# "on the 3rd", "the 21st": a day of a month not named, the nearest one on the side of the tense
# A day written in two pairs of digits without its year ("on 23/02", "(27/01)", ACLED and Indian
# wires): day and month, or month and day when only that reading is a date. Two digits each:
# "24/7" and "9/11" are no days; "05/06" reads both ways and is left.
_NUMERIC_DAY_RE = re.compile(r"(\d{2})/(\d{2})")
_ORDINAL_DAY_RE = re.compile(r"(?:on )?(?:the )?(\d{1,2})(?:st|nd|rd|th)")
# "the end of the month", "the start of the year": a part of this one, as "later this month" is
_EDGE_OF_UNIT_RE = re.compile(r"(?:the )?(?:very )?(end|start|beginning|middle|close) of the (week|month|year)")
# "the first six months of 2026", "the last quarter of 2025", "the first week of June": a part
# of the period named after "of", which holds it
_PART_OF_RE = re.compile(r"(?:the )?(?:first|last|final|second|third|fourth) (?:\w+ )?"
                         r"(?:half|quarter|days|weeks|months|week|month) of (.+)")
# "a few days", "several weeks", "days": a length not counted, and the days it may stand for
# "January of this year", "March 3 last year": the month or day named, in that year
_OF_A_YEAR_RE = re.compile(r"(.+?) (?:of )?(this|last|next) year")
_UNIT_WORDS_RE = re.compile(
    r"^(this|last|next|past|this past|previous|following|the previous|the following) "
    r"(week|weekend|month|year)$"
)
_WEEKEND_RE = re.compile(r"^(?:(this past|this|last|next|past|coming) )?weekend$")


# _normalise's steps, compiled once (``re.sub`` with a pattern's text looks it up in re's
# cache at every call)
_POSSESSIVE_RE = re.compile(r"'s\b")
_AM_PM_RE = re.compile(r"\b([ap])\.m\.?")
_WORD_DASH_RE = re.compile(r"(?<=[a-z])-|-(?=[a-z])")  # mid-March, Wed-night; keep ISO dashes
_ORDINAL_RE = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_TOLD_PREP_RE = re.compile(r"^(?:on|at|in|during) ")  # the preposition day_apart drops
_NOT_WORD_RE = re.compile(r"[^\w\s:/+-]")


@functools.lru_cache(maxsize=8192)
def _normalise(text: str) -> str:
    """``text`` in lower case, its possessives, dots, ordinal endings and word dashes out
    (made once per text: the dates of a story are read by several rules)."""
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", " ")
    text = _POSSESSIVE_RE.sub("", text)
    text = _AM_PM_RE.sub(r"\1m", text)
    text = _WORD_DASH_RE.sub(" ", text)
    text = _ORDINAL_RE.sub(r"\1", text)
    text = _NOT_WORD_RE.sub(" ", text)
    return " ".join(text.split())


def _strip(text: str, vocab: _Vocab) -> tuple[str, bool]:
    """Drop leading prepositions/vague words and trailing parts of the day.

    Returns the core expression and whether "later" was among the dropped
    words ("later this week" looks forward).
    """
    text = _TIME_RE.sub(" ", text)
    text = " ".join(text.split())
    later = False
    while True:
        m = vocab.prefix_re.match(text)
        if not m or m.end() == 0:
            break
        later = later or m.group(0).strip() == "later"
        text = text[m.end():]
    while text not in vocab.day_words:
        new = vocab.suffix_re.sub("", text)
        if new == text:
            break
        text = new
    return text.strip(), later


# --------------------------------------------------------------------------
# rules


@functools.lru_cache(maxsize=8192)
def _resolve(expression: str, doc_date: dt.date | None, future: bool) -> ResolvedDate | None:
    vocab = _vocab()
    norm = _normalise(expression)
    if not norm:
        return None
    if m := _IN_THE_UNIT_RE.fullmatch(norm):
        # "earlier in the week", "later in the month": this one, as "earlier this week" is
        return _unit(doc_date, m[2], "this", future or m[1] == "later") if doc_date else None
    if doc_date is not None and (m := _ORDINAL_DAY_RE.fullmatch(expression.lower().strip())):
        # (before: "the 3rd" was March, "the 21st" a day ahead of a past act)
        ahead = int(m[1]) > doc_date.day if not future else int(m[1]) >= doc_date.day
        step = 1 if future else -1
        for n in range(0 if ahead == future else step, 3 * step, step):  # (the 31st: a month that has one)
            found = _safe_day(*_add_months(doc_date.year, doc_date.month, n), int(m[1]))
            if found.value:
                return found
        return None
    if doc_date is not None and (m := _OF_A_YEAR_RE.fullmatch(norm)) and _names_month(m[1], vocab):
        return _resolve(f"{m[1]} {doc_date.year + {'this': 0, 'last': -1, 'next': 1}[m[2]]}", doc_date, future)
    if m := _EDGE_OF_UNIT_RE.fullmatch(norm):
        return _unit(doc_date, m[2], "this", future) if doc_date else None
    if m := _PART_OF_RE.fullmatch(norm):
        whole = _resolve(m[1], doc_date, future)
        return whole if whole is not None and whole.precision in ("year", "month") else None
    text, later = _strip(norm, vocab)
    if text.isdigit() and len(text) < 4:
        return None  # a bare number ("James Fields, now 22"): an age or a count, not a day
    if not text:
        # only a time of day or a part of the day ("10 am", "overnight")
        offset = vocab.day_words.get(norm)
        return ResolvedDate.day(doc_date + dt.timedelta(days=offset)) if doc_date and offset is not None else None

    stretch = _stretch_of_days(text, doc_date, future, vocab)
    if stretch is not None:
        return stretch if stretch.value else None
    absolute = _absolute(text, vocab)
    if absolute is not None:
        return absolute if absolute.value else None
    if (m := _HOLIDAY_RE.fullmatch(text)) and m[1] in vocab.holidays:  # "on Christmas Day", "New Year's Eve"
        month, day = vocab.holidays[m[1]]
        found = _safe_day(int(m[2]), month, day) if m[2] else _month_day(doc_date, month, day, future) if doc_date else _NONE
        return found if found.value else None
    if doc_date is not None and _NUMERIC_DAY_RE.fullmatch(text):
        month_day = numeric_day(text)
        found = _month_day(doc_date, *month_day, future) if month_day else _NONE
        return found if found.value else None
    for candidate in (norm, text):
        offset = vocab.day_words.get(candidate)
        if offset is None and candidate == norm:
            offset = day_apart(norm)  # with no day stated before, from the document date
        if offset is not None:
            if doc_date is None:
                return None
            return ResolvedDate.day(doc_date + dt.timedelta(days=offset))
    if doc_date is not None and future and text in vocab.ahead_days:
        # "will withdraw in the coming days": some day of the stretch just ahead, the finest unit
        # that holds it (a past act "in the coming days" counts from the story's time, not known)
        last = doc_date + dt.timedelta(days=vocab.ahead_days[text])
        return ResolvedDate.spanning(doc_date + _ONE_DAY, last)
    if doc_date is None or any(p.fullmatch(text) for p in vocab.unanchored):
        return None
    result = _relative(text, doc_date, future, vocab, later=later)
    if result is not None:
        return result if result.value else None
    return _fallback(text, doc_date, future)




@functools.cache
def _stretch_re() -> re.Pattern[str]:
    mo = _alternation(_vocab().months)
    to = r"(?: ?(?:-|to|and|through|until|till) ?| )"
    return re.compile(
        rf"^(?:between )?(?:(?P<m1>{mo}) (?P<d1>\d{{1,2}})(?: (?P<y1>\d{{4}}))?{to}(?:(?P<m2>{mo}) )?(?P<d2>\d{{1,2}})"
        rf"|(?P<e1>\d{{1,2}})(?: (?P<n1>{mo}))?(?: (?P<z1>\d{{4}}))?{to}(?P<e2>\d{{1,2}}) (?P<n2>{mo}))"
        rf"(?: (?P<y2>\d{{4}}))?$")


def _stretch_of_days(text: str, doc: dt.date | None, future: bool, vocab: _Vocab) -> ResolvedDate | None:
    """A stretch or a pair of days ("July 24-26", "between July 24 and 26", "30 July to 2 August",
    "on May 3 and 4"): the finest unit that holds both (:meth:`ResolvedDate.spanning`), a month
    when they lie in one; None when ``text`` is no such thing."""
    m = _stretch_re().match(text)
    if m is None:
        return _stretch_of_weekdays(text, doc, future, vocab)
    if m["m1"]:
        first_month, first_day, last_day = vocab.months[m["m1"]], int(m["d1"]), int(m["d2"])
        last_month = vocab.months[m["m2"]] if m["m2"] else first_month
        first_year = m["y1"]
    else:
        first_day, last_day, last_month = int(m["e1"]), int(m["e2"]), vocab.months[m["n2"]]
        first_month = vocab.months[m["n1"]] if m["n1"] else last_month
        first_year = m["z1"]
    year = m["y2"] or first_year
    if year is None:
        if doc is None:
            return None
        last = _month_day(doc, last_month, last_day, future)
        if not last.value:
            return _NONE
        year = last.value[:4]
    try:
        last_date = dt.date(int(year), last_month, last_day)
        first_date = dt.date(int(first_year or year) - (first_year is None and first_month > last_month),
                             first_month, first_day)
    except ValueError:
        return _NONE
    if first_date >= last_date:
        return _NONE
    return ResolvedDate.lasting(first_date, last_date) or _NONE


@functools.cache
def _weekdays_re() -> re.Pattern[str]:
    wd = _alternation(_vocab().weekdays)
    return re.compile(rf"(?:between |from )?({wd})(?: ?(?:-|to|and|through|until|till) ?)({wd})")


def _stretch_of_weekdays(text: str, doc: dt.date | None, future: bool, vocab: _Vocab) -> ResolvedDate | None:
    """A stretch of weekdays ("between Monday and Wednesday", "Friday to Sunday"): the finest
    unit that holds the days, the last of them read as a lone weekday is; None for anything else."""
    m = _weekdays_re().fullmatch(text)
    if m is None or doc is None:
        return _stretch_of_months(text, doc, future, vocab)
    first, last = vocab.weekdays[m[1]], vocab.weekdays[m[2]]
    last_day = _weekday(doc, last, None, None, future)
    if first == last:
        return _NONE
    return ResolvedDate.lasting(last_day - dt.timedelta(days=(last - first) % 7), last_day) or _NONE


@functools.cache
def _month_parts_re() -> re.Pattern[str]:
    mo, part = _alternation(_vocab().months), _alternation(_vocab().vague)
    return re.compile(rf"(?:between |from )?(?:(?P<p1>{part}) )?(?P<m1>{mo})(?: (?P<y1>\d{{4}}))?"
                      rf" ?(?:-|to|and|through|until|till|into) ?(?:(?P<p2>{part}) )?(?P<m2>{mo})(?: (?P<y2>\d{{4}}))?")


def _stretch_of_months(text: str, doc: dt.date | None, future: bool, vocab: _Vocab) -> ResolvedDate | None:
    """A stretch over one month's end told by parts of months ("between late January and early
    February", "late November into December"): the month it began in, as a stretch of days over
    a month's end is (:meth:`ResolvedDate.lasting`); None for anything else (whole months)."""
    m = _month_parts_re().fullmatch(text)
    if m is None or not (m["p1"] or m["p2"]) or (doc is None and not m["y2"]):
        return None
    first, last = vocab.months[m["m1"]], vocab.months[m["m2"]]
    if last != first % 12 + 1:
        return None
    year = int(m["y2"] or (m["y1"] and int(m["y1"]) + (first == 12)) or _year_of_month(doc, last, None, future))
    return ResolvedDate.month(year - (first == 12), first)


def _absolute(text: str, vocab: _Vocab) -> ResolvedDate | None:
    """Expressions that carry their own year."""
    if m := _ISO_DAY_RE.match(text):
        return _safe_day(int(m[1]), int(m[2]), int(m[3]))
    if m := _ISO_MONTH_RE.match(text):
        month = int(m[2])
        return ResolvedDate.month(int(m[1]), month) if 1 <= month <= 12 else _NONE
    if m := _YEAR_RE.match(text):
        return ResolvedDate.year(int(m[1]))
    if (m := vocab.month_day_re.match(text)) and m[3]:
        return _safe_day(int(m[3]), vocab.months[m[1]], int(m[2]))
    if (m := vocab.day_month_re.match(text)) and m[3]:
        return _safe_day(int(m[3]), vocab.months[m[2]], int(m[1]))
    if (m := vocab.month_year_re.match(text)) and m[3] and not m[1]:
        return ResolvedDate.month(int(m[3]), vocab.months[m[2]])
    if (m := vocab.season_re.match(text)) and m[3] and not m[1]:
        first, last = vocab.seasons[m[2]]
        year = int(m[3])
        return ResolvedDate.year(year) if first <= last else _NONE
    return None


def _names_month(text: str, vocab: _Vocab) -> bool:
    return any(w in vocab.months or w in vocab.seasons for w in text.split())


def _safe_day(year: int, month: int, day: int) -> ResolvedDate:
    try:
        return ResolvedDate.day(dt.date(year, month, day))
    except ValueError:
        return _NONE


def _relative(
    text: str, doc: dt.date, future: bool, vocab: _Vocab, *, later: bool = False
) -> ResolvedDate | None:
    """Expressions anchored on the document date; None when no rule matches."""
    if m := vocab.weekday_re.match(text):
        return ResolvedDate.day(_weekday(doc, vocab.weekdays[m[2]], m[1], m[3], future))
    if m := _UNIT_WORDS_RE.match(text):
        # "later this week" looks forward; "later Thursday" does not move Thursday
        return _unit(doc, m[2], m[1], future or later) or _NONE
    if m := _WEEKEND_RE.match(text):
        saturday = _weekend(doc, m[1], future)
        return ResolvedDate.spanning(saturday, saturday + _ONE_DAY) or _NONE
    if m := vocab.ago_re.match(text):
        return _ago(doc, vocab.numbers.get(m[1]) or int(m[1]), m[2])
    if m := vocab.month_day_re.match(text):
        return _month_day(doc, vocab.months[m[1]], int(m[2]), future)
    if m := vocab.day_month_re.match(text):
        return _month_day(doc, vocab.months[m[2]], int(m[1]), future)
    if m := vocab.month_year_re.match(text):
        month = vocab.months[m[2]]
        return ResolvedDate.month(_year_of_month(doc, month, m[1], future), month)
    if m := vocab.season_re.match(text):
        first, last = vocab.seasons[m[2]]
        if first > last:
            return _NONE  # winter spans two years
        month = last if m[1] in ("last", "past") else first
        return ResolvedDate.year(_year_of_month(doc, month, m[1], future))
    return None
