"""An act told with its length and the day its stretch ended ("a three-day strike that ended on
Wednesday", "two weeks of protests that ended on Friday"): the act is dated by the day the stretch began,
counted back from that day (date50); so is one told with a participle of its end ("a 10-day
strike ending on Friday", date51: :func:`ends_stretch`). A stretch told by its start ("a three-day strike that began
on Monday", "two weeks of protests starting 3 March") is dated by that day already.

The words live in ``data/date_words.yaml``: ``length_units`` (the days of "day", "week"),
``end_verbs`` (the verbs that say the stretch ended then) and ``numbers``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .date_apart import move_days
from .date_exprs import governor
from .dates import ResolvedDate, end_verbs, length_units, number_words

__all__ = ["ends_stretch", "length_days", "started"]


def started(expr: Span, resolved: ResolvedDate) -> ResolvedDate | None:
    """The day the stretch of an act began, when ``expr`` (read as the day ``resolved``) dates
    the end of a stretch of known length: a verb of ``end_verbs`` describing the noun of the act
    that carries the length ("a three-day strike that ended on Wednesday": Monday). None else,
    and for a verb that ends the act itself ("workers ended a three-day strike on Wednesday": the
    ending is that day's act)."""
    if resolved.precision != "day":
        return None
    verb = governor(expr)
    if verb is None or verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in end_verbs():
        return None
    days = length_days(verb.head)
    if days is None or days < 2:
        return None
    return move_days(resolved, 1 - days)


def ends_stretch(verb: Token) -> bool:
    """True for a participle in "-ing" describing a noun that says where its stretch ended ("a
    10-day strike ending on Friday", "talks concluding Tuesday"): its date is the noun's, as a
    verb in the past describing it is ("a strike that ended on Friday"), and :func:`started`
    reads it back to the start when the noun has a length."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in end_verbs()


def length_days(noun: Token) -> int | None:
    """The days of a length told on the noun of an act: a count and a unit before it ("a
    three-day strike", "a 10-day strike", "a week-long strike") or a count of units "of" it ("two
    weeks of protests"). None when it has none, or its unit is not a day or a week."""
    units, numbers = length_units(), number_words()
    for mod in noun.children:
        if mod.i > noun.i or mod.dep_ not in ("compound", "amod", "npadvmod", "nmod"):
            continue
        unit = mod if mod.lemma_.lower() in units else next(
            (c for c in mod.children if c.dep_ in ("npadvmod", "compound") and c.lemma_.lower() in units), None)
        if unit is None:
            continue
        return _days(unit, units, numbers, 1)  # ("a week-long strike": one week)
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in units:
        return _days(of.head, units, numbers, None)  # ("weeks of protests": no length)
    return None


def _days(unit: Token, units: dict[str, int], numbers: dict[str, int], uncounted: int | None) -> int | None:
    """The days of a length told by ``unit`` and the number on it ("three-day": 3, "two weeks":
    14); ``uncounted`` units where it has no number."""
    count = next((c for c in unit.children if c.dep_ == "nummod"), None)
    if count is None:
        return None if uncounted is None else uncounted * units[unit.lemma_.lower()]
    text = count.lower_
    return (int(text) if text.isdigit() else numbers.get(text, 0)) * units[unit.lemma_.lower()]
