"""When an event happened when its own clause does not say (GUIDE.md section 4).

A news article names the day of its story once ("On Saturday, a gunman shot
...") and then goes on without dates ("The protesters clashed in front of
parliament ..."). The sentences that follow are about that day, not about the
day the article was published. :class:`Scene` reads the date expressions of a
whole document once and answers, for an event whose clause has no date of its
own, which earlier date it falls under:

1. the latest date stated before the event in the same paragraph, else
2. the document's lead date: the first date stated in the document (the
   day of the story), if it comes before the event.

Only dates that date a clause count ("On Monday, the judge ruled"): a date
that qualifies a noun ("the December 31 attack", "the deadline last Monday")
or bounds a stretch of time ("since Tuesday", "until June") dates something
else. Only days on or before the document date count: plans are not the story.

The helpers :func:`date_expressions`, :func:`governor` and :func:`tense` (:mod:`.date_exprs`) are
what the event coder uses to read the date of the event's own clause.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..actors.text import doc_text

from .modality import load_cues
from .scene_clauses import FUTURE_AUX, blank_line_before, holding, told_as_fact, with_aside, aside, subject_person
from .narrative import (DATE_LABELS, DocEntities, began_then, clause_head, named_before, occasion_named_before,
                        past_perfect, progressive, said_when, reporting_verb, SAME_TIME_MARKERS,
                        shared_tail, shares_time, stood_before, time_of, toll_since, with_lengths)
from .threads import far_back, pronoun_person, same_thread, takes_up_told
from .date_apart import in_year_told, length_apart, move_days, shift, told_with_year
from .date_lengths import ends_stretch, started
from .date_exprs import BOUNDARY_WORDS, NOT_THE_TIME, date_expressions, edge_word, governor, is_boundary, tense
from .dates import ResolvedDate, day_apart, follow_on_phrases, occasion_words, resolve_date

__all__ = ["DocDates", "Scene", "clause_dates", "clause_head", "date_expressions", "event_date", "follows_told", "governor",
           "interval_before_after", "past_perfect", "progressive", "refers_back", "reporting_verb", "scene_of", "shares_time", "subject_person", "tense"]

EXTENSION = "event_scene"
# Determiners of a noun that names again what the text told ("the rally", "this summit").
AGAIN = frozenset({"the", "this", "that", "these", "those"})


def event_date(doc: Doc, sent: Span, trigger: Token, modality: str,
               dates: DocDates | None = None) -> tuple[str | None, str]:
    """The date of the event at ``trigger`` and its precision (GUIDE.md section 4).
    ``dates``: the document's :class:`DocDates`, to read what its events share once.

    1. A date expression of the event's clause (:func:`clause_dates`), read
       against the document date; a length apart ("a day earlier") moves the
       date of step 2 (else the document date); a length between two events
       ("a day after Israel launched strikes") moves the date of the other.
    2. For a past event (or a noun that refers back: "the strike"), the date
       the text stated last before it (:meth:`Scene.date_before`).
    3. For a future event in a reported clause, the date of the report.
    4. For the present perfect ("have alleged"), the month of the document:
       it happened at some time before the document, most likely lately.
    5. Else the document date, with precision ``document``.
    """
    dates = dates if dates is not None else DocDates(doc, doc._.date)
    day = dates.day
    exprs = dates.expressions(sent)
    tense_hint = "future" if modality == "future" or _will(clause_head(trigger)) else None
    own = clause_dates(sent, trigger, exprs)
    if stood_before(trigger):  # "announced it on Wednesday and again on Friday despite criticism"
        own = sorted(own, key=lambda e: e.start)
    for expr in own:
        offset = interval_before_after(expr)
        if offset is not None:
            # "strikes Aleppo a day after the government declared a ceasefire": the ceasefire
            # is a day before the strike; the strike itself is not dated by "a day"
            moved = _measured(doc, sent, trigger, expr, offset, dates) or _after_told(doc, trigger, expr, offset, dates)
            if moved is not None:
                return moved.value, moved.precision
            continue
        told = day_apart(expr.text)
        if told is not None and day is not None:
            # "The High Court ruled on the same day", "the next day": from the day stated last
            last = dates.scene().last_day(expr.start)
            if last is None and told > 0 and tense(clause_head(trigger)) == "past":
                continue  # a past act the day after the document's day: no day stated to count from
            moved = move_days(last or ResolvedDate.day(day), told)
            if moved is not None:
                return moved.value, moved.precision
            continue
        apart = length_apart(expr.text)
        if apart is not None and day is not None:
            # "was attacked ... a day earlier": a day before the time the text is at there
            base = dates.scene().date_before(trigger) or ResolvedDate.day(day)
            moved = shift(base, *apart)
            if moved is not None:
                return moved.value, moved.precision
            continue
        ahead = tense_hint or _planned(expr)
        resolved = resolve_date(expr.text, day, tense=ahead)
        if resolved is None or _earlier_year_on_present(resolved, trigger, day):
            continue
        resolved = dates.scene().in_story_year(expr, resolved, future=ahead == "future")
        # "a three-day strike that ended on Wednesday": the day the stretch began
        resolved = started(expr, resolved) or resolved
        if edge_word(expr) == "since":  # "have killed 300 civilians since January": the stretch
            resolved = toll_since(resolved, clause_head(trigger), day)
        if edge_word(expr) == "by" and modality != "future" and resolved.precision == "day":
            # "had delivered 100,000 doses by November 22": some day before it, in its month
            return resolved.value[:7], "month"
        return resolved.value, resolved.precision
    for expr, _ in exprs:
        # "agreed to talks a day after Israel launched strikes": the length hangs from the
        # clause it dates, not from the one it measures
        # (only the words of the measured clause itself: its "and" may be the parser's)
        offset = interval_before_after(expr) if expr not in own else None
        moved = (_measured(doc, sent, trigger, expr, offset, dates)
                 if offset is not None and clause_head(trigger) in (offset[0], offset[1]) else None)
        if moved is not None:
            return moved.value, moved.precision
    if day is None:
        return None, "document"
    if modality == "future":
        # "Yesterday, Pelosi announced that she would launch an inquiry": no date of its own,
        # the day it was announced.
        clause = clause_head(trigger)
        # "will allow them to enter starting June 1": the date of what it is to allow, ahead
        below = [c for c in clause.children
                 if c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children)]
        resolved = next(filter(None, (_first_date(clause_dates(sent, c, exprs), day, "future") for c in below)), None)
        if resolved is None and clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in clause.children):
            # "will travel to Kyiv on Thursday to meet Zelensky": the aim is met on the journey's day
            resolved = _first_date(clause_dates(sent, clause.head, exprs), day, "future")
        if resolved is None and clause.dep_ == "ccomp":
            resolved = _first_date(clause_dates(sent, clause.head, exprs), day)
        if resolved is None:
            # "police will deploy troops to prevent unrest on March 15": planned for the day of its aim
            # (a day: "will raise taxes to cut the deficit in 2027" is done before the aim's year)
            aims = [c for c in clause.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            resolved = next(filter(None, (_aim_day(clause_dates(sent, c, exprs), day) for c in aims)), None)
        if resolved is not None:
            return resolved.value, resolved.precision
        return day.isoformat(), "document"
    when = tense(clause_head(trigger))
    held = _occasion_day(trigger, dates) if when == "past" else None
    if held is not None:  # "On live television he attacked ...": the day told for that occasion
        return held.value, held.precision
    named_again = refers_back(trigger)
    own_sent = holding(sent, trigger)
    # (read only where a date before or the perfect's month would come next: else the document's day all the same)
    if (when in ("past", "perfect") or named_again) and takes_up_told(trigger, clause_head(trigger)):
        return day.isoformat(), "document"  # "ruled on the appeal of that decision"
    if when == "past" or named_again:
        found = dates.scene().date_before(trigger, new=not (named_again or follows_told(trigger, own_sent)
                                                            or progressive(clause_head(trigger))), sent=own_sent)
        if found is not None:
            return found.value, found.precision
    if when == "perfect":
        clause = clause_head(trigger)
        report, once = reporting_verb(clause), time_of(clause)  # "the first time X has"
        if once is not None or (report is not None and tense(report) == "present"):
            # "Israel says it has killed ...": the news of the day of the report
            resolved = _first_date(clause_dates(sent, once or report, exprs), day)
            if resolved is not None:
                return resolved.value, resolved.precision
            return day.isoformat(), "document"
        return f"{day.year:04d}-{day.month:02d}", "month"
    return day.isoformat(), "document"


def _measured(doc: Doc, sent: Span, trigger: Token, expr: Span, offset: tuple[Token, Token | None, int],
              dates: DocDates) -> ResolvedDate | None:
    """The date of the event at ``trigger`` when it is the one a length of time measures from
    (:func:`interval_before_after`): the date of the other event moved by the length, unless it
    has a day of its own; or, for the other event, the day of the measured one moved by the
    length ("met two days after Hamas attacked Israel on Saturday": Monday); else None."""
    anchor, host, sign = offset
    told = host is not None and any(w is not None and w.i == anchor.i and e.start != expr.start
                                    for e, w in dates.expressions(sent))
    if host is None or not any(t.i == trigger.i for t in anchor.subtree):
        measured = told and host.i == clause_head(trigger).i
        value, precision = event_date(doc, sent, anchor, "asserted", dates) if measured else (None, "document")
        return shift(ResolvedDate(value, precision), expr.text, -sign) if value and precision != "document" else None
    value, precision = event_date(doc, sent, host, "asserted", dates) if not told else (None, "")
    if value is None:
        return None
    return shift(ResolvedDate(value, "day" if precision == "document" else precision), expr.text, sign)


def _after_told(doc: Doc, trigger: Token, expr: Span, offset: tuple[Token, Token | None, int],
                dates: DocDates) -> ResolvedDate | None:
    """The date of the event at ``trigger`` when its clause is measured from a happening told in
    an earlier sentence with a date of its own ("On Friday, a gunman shot ... Police arrested
    him 20 minutes after the shooting": Friday, :func:`.narrative.named_before`); else None."""
    anchor, host, sign = offset
    told = named_before(anchor) if host is not None and host.i == clause_head(trigger).i else None
    value, precision = event_date(doc, told.sent, told, "asserted", dates) if told is not None else (None, "")
    return shift(ResolvedDate(value, precision), expr.text, -sign) if value and precision != "document" else None


def _occasion_day(trigger: Token, dates: DocDates) -> ResolvedDate | None:
    """The day an earlier clause told for the occasion the trigger's clause is set at
    (:func:`.narrative.occasion_named_before`), the latest one told with a day; else None."""
    for told in occasion_named_before(clause_head(trigger)):
        resolved = _first_date(clause_dates(told.sent, told, dates.expressions(told.sent)), dates.day)
        if resolved is not None and resolved.precision == "day":
            return resolved
    return None


WILL_AUX = FUTURE_AUX - {"would", "'d"}  # (scene_clauses.FUTURE_AUX: "will", "wo", "'ll", "shall")


def _will(clause: Token) -> bool:
    """Whether ``clause`` is told in the future with "will" or "shall" ("Israel will strike Iran
    on Thursday unless ...", coded as a threat or a condition, not a future event): its
    weekday or month lies ahead of the document date, as a future event's does; not "would"
    (the future of a past report, or a wish)."""
    return any(c.dep_ == "aux" and c.lower_ in WILL_AUX for c in clause.children)


def _planned(expr: Span) -> str | None:
    """``future`` when a date expression dates an infinitive below a clause in the present
    ("registers a resolution to open an embassy in October", "plans to visit Kyiv on
    Monday"): what is to be done is ahead; else None. Not a perfect infinitive ("claims to
    have killed") nor one below the past ("was forced to resign in May")."""
    word = governor(expr)
    if word is None or word.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c.lower_ for c in word.children if c.dep_ in ("aux", "auxpass")]
    if "to" not in auxes or any(a in ("have", "been", "having") for a in auxes):
        return None
    return "future" if tense(word) in ("present", "future") else None


def _earlier_year_on_present(resolved: ResolvedDate, trigger: Token, day: dt.date | None) -> bool:
    """Whether a bare year before the document's year meets a verb in the simple present: the
    news of the day ("A court sentences 19 people for the attack ... in 2024", "the perpetrator
    of a shooting ... in 2022, is sentenced"), where the year was hung on the wrong word.
    A perfect participle below it ("is released after having been detained since 2022") tells
    what went before the present: its year is its own."""
    clause = clause_head(trigger)
    return (day is not None and resolved.precision == "year" and int(resolved.value) < day.year
            and trigger.pos_ in ("VERB", "AUX") and tense(clause) == "present"
            and not any(c.dep_ == "aux" and c.lower_ == "having" for c in clause.children))


def interval_before_after(expr: Span) -> tuple[Token, Token | None, int] | None:
    """For a length of time that separates two events ("a day after the government declared
    a ceasefire", "two weeks before the vote"): the word of the event it measures from
    ("declared", "vote"), the verb of the event it dates (the clause it hangs from, or None)
    and -1 for "after" (the measured event came first) or 1 for "before". Else None."""
    root = expr.root
    if root.dep_ != "npadvmod":
        return None
    head = root.head
    beside = expr.doc[expr.end] if expr.end < len(expr.doc) else head
    if beside.head.i == head.i and beside.dep_ == "prep" and head.pos_ in ("VERB", "AUX"):
        head = beside  # "arrested them the day before the rally": "before" hung beside the length
    if head.pos_ == "ADP" and head.lower_ in ("after", "before") and head.i >= expr.end:
        anchor = next((c for c in head.children if c.dep_ == "pobj"), None)
        sign = -1 if head.lower_ == "after" else 1
        if anchor is None:
            return None
        host = clause_head(head.head) if head.head.i != head.i else None
        return anchor, host, sign
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in ("after", "before")
                 and c.i >= expr.end), None)
    if mark is None:
        # "agreed to talks a day after Israel launched strikes": the measured clause hangs
        # beside the length, from the same word
        clause = next((c for c in head.children if c.dep_ == "advcl" and c.i >= expr.end
                       and c.left_edge.i == expr.end and c.pos_ in ("VERB", "AUX")), None)
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")),
                    None) if clause is not None else None
        if mark is None:
            return None
        return clause, clause_head(head), -1 if mark.lower_ == "after" else 1
    if head.pos_ not in ("VERB", "AUX"):
        return None
    host = clause_head(head.head) if head.head.i != head.i else None
    return head, host, -1 if mark.lower_ == "after" else 1


def _aim_day(exprs: list[Span], day: dt.date | None) -> ResolvedDate | None:
    """The day the first of the date expressions of an aim names, read ahead of ``day``; None
    when it names no day, or one it is to be done by ("to finish the wall by Friday")."""
    expr = next(iter(exprs), None)
    if expr is None or edge_word(expr) is not None:
        return None
    resolved = resolve_date(expr.text, day, tense="future")
    return resolved if resolved is not None and resolved.precision == "day" else None


def _first_date(exprs: list[Span], day: dt.date | None, tense: str | None = None) -> ResolvedDate | None:
    """The first of the date expressions that resolves against ``day``, or None."""
    for expr in exprs:
        resolved = resolve_date(expr.text, day, tense=tense)
        if resolved is not None:
            return resolved
    return None


def clause_dates(sent: Span, trigger: Token, exprs: list[tuple[Span, Token | None]] | None = None) -> list[Span]:
    """The date expressions that date the trigger's clause, nearest first.

    A clause without one takes the date of the clause it shares its time
    with (:func:`shares_time`). The words of one happening share their dates
    (:func:`_one_time`). A date that only bounds a stretch of time ("until
    Monday", "after June 3", "the first visit since 2016") does not date the
    clause; the start of a state does ("detained since 2022").
    ``exprs``: the sentence's date expressions, each with its :func:`governor`,
    when read already (:meth:`DocDates.expressions`).
    """
    exprs = exprs if exprs is not None else _governed(sent)
    if all(word is None for _, word in exprs):
        return []  # (each way below keeps only an expression with its word: no walk for none)
    clause = clause_head(trigger)
    for _ in range(6):
        words = _one_time(trigger, clause)
        found = [e for e, word in exprs if word is not None and word.i in words
                 and edge_word(e) not in NOT_THE_TIME
                 and not (edge_word(e) == "since" and not began_then(word))]
        if not found:  # "fired and landed a live round on a protester yesterday"
            tail = {v.i for v in shared_tail(clause)}
            found = [e for e, word in exprs if word is not None and word.i in tail and e.start > word.i
                     and edge_word(e) is None]
        if found:
            return sorted(found, key=lambda e: min(abs(e.start - trigger.i), abs(e.end - 1 - trigger.i)))
        found = _began_after(clause, exprs)
        if found:
            return found
        if clause.head.i == clause.i or not shares_time(clause):
            break
        clause = clause_head(clause.head)
    return _year_of_subject(trigger, exprs)


def _year_of_subject(trigger: Token, exprs: list[tuple[Span, Token | None]]) -> list[Span]:
    """For a past verb with no date of its own, a bare year on its subject noun, which names
    the happening it tells ("The 1994 genocide killed 800,000 people"); not one on another noun."""
    clause = clause_head(trigger)
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return [] if subject is None or clause.tag_ != "VBD" else [
        e for e, word in exprs if word is not None and word.i == subject.i and len(e) == 1 and e[0].head.i == subject.i
        and e[0].dep_ in ("nummod", "compound") and len(e[0].text) == 4 and e[0].text.isdigit()]


def _began_after(clause: Token, exprs: list[tuple[Span, Token | None]]) -> list[Span]:
    """The start of a state that began after ``clause`` ("protesters have rallied since
    Tuesday after the government imposed a curfew": the curfew is dated Tuesday, as in
    "protests began on Tuesday after ..."), or []: it came at that start, not at the time
    the text is at (a later day, or some day about then)."""
    if clause.dep_ != "advcl" or clause.head.i == clause.i or not any(
            c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
        return []
    state = clause_head(clause.head)
    return [e for e, word in exprs if word is not None and word.i == state.i
            and edge_word(e) == "since" and began_then(word)]


def _one_time(trigger: Token, clause: Token) -> set[int]:
    """The words whose dates are the date of the event at ``trigger`` in ``clause``: the
    trigger, the verb of its clause and the words that name the same happening:

    * a verb in the past that describes the trigger noun ("the trade deal adopted in 2025",
      "the attack, which took place on Monday");
    * the noun an infinitive or participle describes ("voted in a 2016 referendum to leave");
    * the happening the clause took place in ("were killed in an attack in April");
    * a participle of the same time below the clause ("attacked while transiting ... on Monday").
    """
    words = {trigger.i}
    if clause.pos_ in ("VERB", "AUX"):
        words.add(clause.i)
    if trigger.pos_ == "NOUN":
        words.update(c.i for c in trigger.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                     and ((c.tag_ in ("VBD", "VBN") and not any(a.dep_ == "aux" for a in c.children))
                          or ends_stretch(c)))
        # (not a plan: "an agreement to host the 2026 conference", "the vote that will take place";
        # a participle of the stretch's end is its time: "a 10-day strike ending on Friday")
    if clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and clause.head.i != clause.i:
        words.add(clause.head.i)
    if clause.pos_ in ("VERB", "AUX"):
        for prep in clause.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "amid"):
                words.update(c.i for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN")
        # "was attacked while transiting the strait a day earlier": a participle of the same time
        words.update(c.i for c in clause.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
                     and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                     and any(m.dep_ in ("mark", "advmod") and m.lower_ in SAME_TIME_MARKERS for m in c.children))
    return words


def _governed(sent: Span, ents: list[Span] | None = None) -> list[tuple[Span, Token | None]]:
    """The sentence's date expressions, each with the word it dates (``ents``: its entities)."""
    return [(e, governor(e)) for e in with_lengths(sent, date_expressions(sent, ents))]


class DocDates:
    """What the dates of one document's events share, each read once: the document date,
    the date expressions of each sentence (with the word each dates) and the document's
    :class:`Scene`. For one state of the document: make another after its entities change."""

    def __init__(self, doc: Doc, day: dt.date | None) -> None:
        self.doc = doc  # ``day``: the document date (doc._.date)
        self.day: dt.date | None = day.date() if isinstance(day, dt.datetime) else day
        self._expressions: dict[tuple[int, int], list[tuple[Span, Token | None]]] = {}
        self._scene: Scene | None = None
        self._ents: DocEntities | None = None  # read at the first sentence's expressions

    def expressions(self, sent: Span) -> list[tuple[Span, Token | None]]:
        """The date expressions of a sentence, each with its :func:`governor` (the verb of
        saying for a past date hung on a clause bound ahead: :func:`.narrative.said_when`)."""
        key = (sent.start, sent.end)
        found = self._expressions.get(key)
        if found is None:
            self._ents = self._ents or DocEntities(self.doc)
            found = [(e, said_when(e, w, self.day)) for e, w in _governed(sent, self._ents.within(sent))]
            self._expressions[key] = found
        return found

    def scene(self) -> Scene:
        """The document's :class:`Scene` (:func:`scene_of`)."""
        if self._scene is None:
            self._ents = self._ents or DocEntities(self.doc)
            self._scene = scene_of(self.doc, self._ents)
        return self._scene


def follows_told(trigger: Token, sent: Span | None = None) -> bool:
    """Whether the trigger's clause is tied to a happening told before it by a phrase of
    ``date_words.yaml`` ``follow_on`` and a noun that refers back ("in a statement following
    the attack", "responding to Pelosi's announcement", "as a result of Saturday's unrest").
    ``sent``: the trigger's sentence, when known."""
    clause = clause_head(trigger)
    phrases = follow_on_phrases()
    last_words = _last_word_ids(phrases)
    # (``tok.sent`` reads the whole document's sentence starts anew for each word)
    sent, doc = sent if sent is not None else trigger.sent, trigger.doc
    for tok in clause.subtree:
        if tok.lower not in last_words or not sent.start <= tok.i < sent.end or not _within_clause(tok, clause):
            continue
        for phrase in phrases:
            start = tok.i - len(phrase) + 1
            if start < sent.start or tuple(t.lower_ for t in doc[start:tok.i + 1]) != phrase:
                continue
            nouns = [c for c in tok.children if c.dep_ in ("pobj", "dobj") and c.pos_ == "NOUN"]
            if any(refers_back(n) or any(c.dep_ == "poss" for c in n.children) for n in nouns):
                return True
    return False


@functools.cache
def _last_word_ids(phrases: tuple[tuple[str, ...], ...]) -> frozenset[int]:
    """The last words of ``phrases`` as spaCy's numbers of lower-case forms (``Token.lower``: its
    text is made anew at each read of ``lower_``)."""
    return frozenset(get_string_id(phrase[-1]) for phrase in phrases)


def _within_clause(tok: Token, clause: Token) -> bool:
    """Whether ``tok`` belongs to ``clause`` itself, not to a finite clause below it."""
    node = tok
    while node.i != clause.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and node.tag_ in ("VBD", "VBZ", "VBP", "MD") and node.i != tok.i:
            return False
        node = node.head
    return node.i == clause.i


def refers_back(trigger: Token) -> bool:
    """Whether a noun trigger names an event already told ("the strike", "this attack")."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in trigger.children)


@dataclass(frozen=True, slots=True)
class _Mark:
    token: int  # where the date was stated
    paragraph: int
    date: ResolvedDate
    sentence: int = 0  # where its sentence starts
    report: bool = False  # it dates a report ("said on Friday"), not a happening
    local: bool = False  # it dates only its own sentence (a participle describing a noun)
    flashback: bool = False  # its clause is in the past perfect ("had entered on Thursday")
    person: str = ""  # the person its clause's subject names ("Pelosi"), else ""
    background: int = -1  # the verb it dates when far before the document (threads.far_back)


class Scene:
    """The dates a document states, in order, with the paragraph of each."""

    def __init__(self, doc: Doc, doc_date: dt.date | None, ents: DocEntities | None = None):
        self._paragraph_starts: list[int] = []  # token index where each paragraph starts
        self._marks: list[_Mark] = []
        self._with_year: list[tuple[int, int, ResolvedDate]] = []  # (token, paragraph, date)
        self._day = doc_date
        if doc_date is None:
            return
        paragraph = -1
        speech, ents, text = load_cues().speech_verbs, ents or DocEntities(doc), doc_text(doc)
        for sent in doc.sents:
            first = next((t for t in sent if not t.is_space), None)
            if first is None:
                continue
            if paragraph < 0 or blank_line_before(text, first):
                paragraph += 1
                self._paragraph_starts.append(first.i)
            for expr in date_expressions(sent, ents=ents.within(sent)):
                word = governor(expr)
                told = told_with_year(expr.text, resolve_date(expr.text, doc_date))
                if told is not None:
                    self._with_year.append((expr.start, paragraph, told))
                if word is not None and aside(word):
                    continue
                mark = self._mark(expr, doc_date, self.last_day(expr.start))
                mark = self.in_story_year(expr, mark, paragraph) if mark is not None else None
                if mark is not None:
                    report = word is not None and word.lemma_.lower() in speech
                    # a participle describing a noun dates it for its own sentence ("the comments
                    # made yesterday, where he accused ..."), not for the text after it ("photos
                    # taken in 2014."), nor does an aside "with" its own subject ("shot shoppers on
                    # Saturday, with the death toll rising to 22 on Monday": a later state, not the
                    # story's course)
                    local = word is not None and (word.dep_ == "acl" or with_aside(word))
                    # a step back from the story's time: the past perfect or "the day before"
                    back = (word is not None and past_perfect(word)) or (day_apart(expr.text) or 0) < 0
                    person = subject_person(word) if word is not None else ""
                    far = word.i if word is not None and far_back(mark, doc_date) else -1
                    self._marks.append(_Mark(expr.start, paragraph, mark, sent.start, report, local, back, person, far))

    @staticmethod
    def _mark(expr: Span, doc_date: dt.date, last: ResolvedDate | None) -> ResolvedDate | None:
        """The date ``expr`` states for the text from there on, or None; ``last``: the day
        stated last before it, for "the next day" (:func:`~.dates.day_apart`)."""
        word = governor(expr)
        if word is None or word.pos_ not in ("VERB", "AUX") or is_boundary(expr) or not told_as_fact(word):
            return None
        when = tense(word)
        if when == "future":
            return None
        told = day_apart(expr.text)
        if told is not None:
            resolved = move_days(last or ResolvedDate.day(doc_date), told)
        else:
            resolved = resolve_date(expr.text, doc_date)
        if resolved is None:
            return None
        if resolved.value > doc_date.isoformat()[:len(resolved.value)]:
            return None
        return resolved

    def in_story_year(self, expr: Span, resolved: ResolvedDate, paragraph: int | None = None,
                      future: bool = False) -> ResolvedDate:
        """``resolved`` in the year of the day or month its paragraph told last before ``expr``
        with a year ("the army moved on November 15, 2017 ... his resignation on November 21":
        2017-11-21, :func:`.date_apart.in_year_told`); past the document date only when
        ``future`` (the verb looks ahead)."""
        paragraph = self.paragraph(expr[0]) if paragraph is None else paragraph
        told = next((d for i, p, d in reversed(self._with_year) if i < expr.start and p == paragraph), None)
        return resolved if told is None else in_year_told(expr.text, resolved, told, self._day, future)

    def paragraph(self, tok: Token) -> int:
        """The index of the paragraph a token is in (0 before the first)."""
        index = 0
        for i, start in enumerate(self._paragraph_starts):
            if start <= tok.i:
                index = i
        return index

    def last_day(self, before: int) -> ResolvedDate | None:
        """The day stated last before the token at ``before`` (a happening's or a report's),
        the day "the next day" or "on the same day" counts from; None when none is."""
        return next((m.date for m in reversed(self._marks) if m.token < before and m.date.precision == "day"),
                    None)

    def date_before(self, tok: Token, *, new: bool = False, sent: Span | None = None) -> ResolvedDate | None:
        """The date an undated event at ``tok`` falls under, or None (the document date applies).

        ``new``: ``tok`` tells a new happening (not a length of time counted from there, nor a
        happening named again or tied to one: :func:`follows_told`). A day stated in an
        earlier paragraph does not name the day of a new happening told later without one
        ("Police arrested a second man."): it is some day about then, the month of that day
        (GUIDE.md: a month when only that is known). ``sent``: the sentence of ``tok`` when known."""
        if not self._marks:
            return None
        paragraph = self.paragraph(tok)
        sentence = (sent if sent is not None else tok.sent).start
        # A report's date ("the ministry said on Friday") dates what it reports in its own
        # sentence, before or after it ("charged the suspect with murder, they said Sunday");
        # later sentences tell of the happenings, at the last date they stated.
        # A date in the past perfect ("police said the attacker had entered the city on Thursday
        # night") goes back from the time of the story: the text returns to that time after
        # it ("The government blamed Pakistan for the attack"); only a clause in the past
        # perfect as well goes on at the earlier date.
        back = past_perfect(clause_head(tok))
        before = [m for m in self._marks if (m.token < tok.i or (m.report and m.sentence == sentence))
                  and (not m.local or m.sentence == sentence)
                  and (not m.flashback or back or m.sentence == sentence)
                  and (m.background < 0 or m.sentence == sentence or refers_back(tok)
                       or same_thread(clause_head(tok), tok.doc[m.background]))]
        for pool in ([m for m in before if not m.report or m.sentence == sentence], before):
            latest = next((m for m in reversed(pool) if m.paragraph == paragraph), None)
            if latest is not None:
                return latest.date
        days = [m for m in before if m.date.precision == "day"]
        lead = next((m for m in days if not m.report), None) or next(iter(days), None)
        if lead is None:
            return None
        if new:
            # "Yesterday, Pelosi announced an inquiry. ... Pelosi called Trump's conduct a breach":
            # the same person goes on at the day the text told of them, not some day about then
            # (or a "he" after the name: threads.pronoun_person)
            person = subject_person(clause_head(tok), recognised=False) or pronoun_person(clause_head(tok))
            same = next((m for m in reversed(days) if person and m.person == person), None)
            # "Protesters gathered on Saturday for a rally ... [later] The rallies happened two days
            # before the vote. Flynn said ...": a paragraph that names the occasion again is at it
            same = same or self._occasion_again(tok, paragraph, days)
            return same.date if same is not None else ResolvedDate(lead.date.value[:7], "month")
        return lead.date

    def _occasion_again(self, tok: Token, paragraph: int, days: list[_Mark]) -> _Mark | None:
        """The latest of ``days`` whose sentence names an occasion (``date_words.yaml``
        ``occasions``: "a rally", "the summit") that the paragraph of ``tok`` names again with
        "the", "this", "that" ("At the summit, ...", "The rallies ..."), before ``tok`` or in its
        sentence; else None."""
        clause = clause_head(tok)  # (not a clause of before: "since he was pardoned")
        if (not days or paragraph >= len(self._paragraph_starts)
                or any(c.dep_ == "mark" and c.lower_ in BOUNDARY_WORDS for c in clause.children)):
            return None
        doc, start = tok.doc, self._paragraph_starts[paragraph]
        # (by the words alone: a sentence with no event is not parsed by the selective runner)
        named = {_occasion(t) for t in doc[start + 1:tok.sent.end] if doc[t.i - 1].lower_ in AGAIN} - {None}
        if not named:
            return None
        return next((mark for mark in reversed(days)
                     if any(_occasion(t) in named for t in doc[mark.sentence].sent)), None)


def _occasion(word: Token) -> str | None:
    """The occasion (``date_words.yaml`` ``occasions``) a word names, singular or plural
    ("rallies": "rally"), else None."""
    words, text = occasion_words(), word.lower_
    forms = (text, text[:-3] + "y" if text.endswith("ies") else "", text[:-1] if text.endswith("s") else "")
    return next((f for f in forms if f in words), None)


def scene_of(doc: Doc, ents: DocEntities | None = None) -> Scene:
    """The document's :class:`Scene`, kept on ``doc._.event_scene`` (``ents``: its entities
    when read already, :class:`.narrative.DocEntities`).

    It is built again when the document's date entities have changed since
    (the selective runner recognises entities after a first coding pass).
    """
    if not Doc.has_extension(EXTENSION):
        Doc.set_extension(EXTENSION, default=None)
    day = doc._.date
    if isinstance(day, dt.datetime):
        day = day.date()
    ents = ents or DocEntities(doc)  # (doc.ents walks every word: read once for the key and the Scene)
    key = (day, tuple((e.start, e.end) for e in ents.ents if e.label_ in DATE_LABELS))
    kept = getattr(doc._, EXTENSION)
    if kept is None or kept[0] != key:
        kept = (key, Scene(doc, day, ents))
        setattr(doc._, EXTENSION, kept)
    return kept[1]
