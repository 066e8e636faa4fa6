"""One event per happening in a document: restatements are merged.

News states its main event in the headline, again in the lead, and again
further down ("Russia strikes Kyiv" ... "Russian missiles hit Kyiv on
Tuesday"). Events of one document with the same source, target and CAMEO
root are one event when nothing tells them apart: the same modality class
(what happened, what is planned, what is conditional, what did not happen)
and dates and places that agree (a date read from the sentence beats the
document date; two different dates, or two different places, are two events). The first statement is kept,
with the most specific code, date and place found among its restatements. Conjoined agents
of one state in one act ("Danish media and government condemned ...") are each coded: that
is no restatement; nor are two acts of one sentence by agents of other sectors.

A statement with no date of its own is news of the days around the document's date: it is
not the restatement of an occurrence dated well before ("Israel strikes Beirut again" and
"Israel had struck Beirut in June" are two strikes).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..actors.conjoined import JOINS  # what stands between the members of a list
from ..records import Event, Mention
from .dates import ResolvedDate

SYMMETRIC_ROOTS = {"04"}  # meetings and talks: "X met Y" and "Y hosted X" are one event
OWN_CLASS = {"future", "conditional", "negated"}
# an undated statement restates an occurrence dated at most this many days before its document
# date (a lead's "on Tuesday", a weekly's "last week"), or one day after (a dateline's time zone)
NEWS_DAYS_BEFORE = 7
NEWS_DAYS_AFTER = 1


def _key(event: Event) -> tuple:
    source = event.source.actor.key if event.source else None
    target = event.target.actor.key if event.target else None
    if event.cameo_root in SYMMETRIC_ROOTS and source and target:
        source, target = sorted((source, target))
    kind = event.modality if event.modality in OWN_CLASS else "happened"
    return (source, target, event.cameo_root, kind)


def _dated(event: Event) -> bool:
    return event.date is not None and event.date_precision != "document"


def _news_of(dated: Event, undated: Event) -> bool:
    """Whether the undated statement can be news of the dated occurrence: the occurrence lies
    in the days around the document date the undated statement carries."""
    if undated.date is None or dated.date is None:
        return True
    covered = ResolvedDate(dated.date, dated.date_precision).bounds()
    published = ResolvedDate(undated.date, "day").bounds()
    if covered is None or published is None:
        return True
    start, end = covered
    return (end >= published[0] - dt.timedelta(days=NEWS_DAYS_BEFORE)
            and start <= published[0] + dt.timedelta(days=NEWS_DAYS_AFTER))


def _compatible(a: Event, b: Event) -> bool:
    if _dated(a) and _dated(b):
        if a.date != b.date:
            return False
    elif _dated(a) or _dated(b):
        dated, undated = (a, b) if _dated(a) else (b, a)
        if not _news_of(dated, undated):
            return False
    return a.location is None or b.location is None or a.location.name == b.location.name


def specificity(code: str) -> float:
    """Longer codes are finer; "190" (not specified below) is coarser than "195"."""
    return len(code) - (0.5 if len(code) == 3 and code.endswith("0") else 0.0)


def _absorb(kept: Event, other: Event) -> Event:
    changes: dict = {}
    if specificity(other.cameo) > specificity(kept.cameo):
        changes.update(cameo=other.cameo, cameo_name=other.cameo_name, goldstein=other.goldstein,
                       quad_class=other.quad_class, plover=other.plover)
    if not _dated(kept) and _dated(other):
        changes.update(date=other.date, date_precision=other.date_precision)
    if kept.location is None and other.location is not None:
        changes["location"] = other.location
    if other.confidence > kept.confidence:
        changes["confidence"] = other.confidence
    return dataclasses.replace(kept, **changes) if changes else kept


def _other_agent(event: Event, a: Mention | None, b: Mention | None) -> bool:
    """Whether two mentions of ``event``'s sentence are agents of other sectors in one list:
    only joining words between them ("Danish media and government", not "Myanmar military
    ruler Min Aung Hlaing"), or one mention whose members they are (``actor_members``)."""
    if a is None or b is None or a.actor.sector is None or b.actor.sector is None \
            or a.actor.sector == b.actor.sector:
        return False
    if (a.start, a.end) == (b.start, b.end):
        return True  # one mention naming several ("officials and lawmakers in France and Germany")
    first, second = (a, b) if a.start < b.start else (b, a)
    between = event.evidence[first.end - event.span[0]:second.start - event.span[0]]
    words = between.replace(",", " , ").split()
    return first.end <= second.start and bool(words) and all(w.lower() in JOINS for w in words)


def _joint(a: Event, b: Event) -> bool:
    """Whether two events are one act of conjoined agents of the same state, each coded
    ("Danish media and government condemned ...": DNKMED and DNKGOV), not a restatement."""
    return (a.trigger is not None and a.trigger == b.trigger and a.sentence_index == b.sentence_index
            and a.span == b.span and (_other_agent(a, a.source, b.source) or _other_agent(a, a.target, b.target)))


def _two_agents(a: Event, b: Event) -> bool:
    """Whether two events of one sentence are two acts by agents of other sectors ("Rama
    dismisses Balluku after prosecutors indicted her": ALBGOV and ALBJUD), not a restatement:
    a sentence does not restate its own act with another trigger and another doer."""
    return (a.sentence_index == b.sentence_index and a.trigger != b.trigger
            and a.source is not None and b.source is not None
            and None not in (a.source.actor.sector, b.source.actor.sector)
            and a.source.actor.sector != b.source.actor.sector)


def merge_restatements(events: list[Event]) -> list[Event]:
    """The events of one document with restatements folded into their first statement (order kept)."""
    kept: list[Event] = []
    groups: dict[tuple, list[int]] = {}
    for event in events:
        slots = groups.setdefault(_key(event), [])
        for i in slots:
            if _compatible(kept[i], event) and not _joint(kept[i], event) and not _two_agents(kept[i], event):
                kept[i] = _absorb(kept[i], event)
                break
        else:
            slots.append(len(kept))
            kept.append(event)
    return kept
