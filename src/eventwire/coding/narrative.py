"""How the clauses of a narrative stand in time to the story's course (GUIDE.md section 4).

Helpers of :mod:`.scene` that read one clause: whether it steps back from the story's time
(the past perfect), tells what went on at that time (the past progressive), or cannot be
the clause a date expression was hung on (:func:`said_when`).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from .dates import ResolvedDate, resolve_date, toll_verbs
from .modality import load_cues

__all__ = ["named_before", "past_perfect", "progressive", "said_when", "toll_since"]

# Modals of obligation and of the future: a clause with one cannot have happened on a past day
# ("said yesterday the gun laws should be changed"). "would" is also the past of "will"
# ("said the troops would withdraw"), so it counts only for a date told before the clause.
BOUND_AHEAD = frozenset({"should", "must", "will", "wo", "'ll", "shall", "ought"})
PAST_OF_WILL = frozenset({"would", "'d"})
REFERRING = frozenset({"the", "this", "that"})
PERFECT = frozenset({"has", "have", "'ve", "'s"})


def said_when(expr: Span, word: Token | None, day: dt.date | None) -> Token | None:
    """The verb of saying a date expression dates when the parser hung it on the clause said
    and that clause cannot be at that time: the clause has a modal of obligation or of the
    future and the date lies before the document's day even read as ahead ("The minister told
    reporters yesterday morning the rules should be changed": "yesterday" on "changed" dates
    "told"), or is told before the said clause's subject ("said on Monday the rules must be
    changed"). Else ``word``, the word the expression was hung on (:func:`.scene.governor`)."""
    if word is None or day is None or word.dep_ != "ccomp" or word.pos_ not in ("VERB", "AUX"):
        return word
    report = word.head
    speech = load_cues().speech_verbs
    if report.i == word.i or report.pos_ not in ("VERB", "AUX") or report.lemma_.lower() not in speech:
        return word
    modals = {c.lower_ for c in word.children if c.dep_ == "aux"}
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = subject is not None and expr.end <= subject.left_edge.i
    if not (modals & BOUND_AHEAD or (before and modals & PAST_OF_WILL)):
        return word
    if before:
        return report  # "said on Monday the rules must be changed": told between the two clauses
    resolved = resolve_date(expr.text, day, tense="future")
    if resolved is None or resolved.value >= day.isoformat()[:len(resolved.value)]:
        return word
    return report


def named_before(noun: Token) -> Token | None:
    """The word of an earlier sentence that told the happening a noun names again ("the
    shooting" of "arrested him 20 minutes after the shooting": "shot" or "a shooting" told
    before), the last one; None when the noun does not refer back ("the", "this", "that") or
    nothing before tells it. A noun in "-ing" is its verb too ("shooting": "shot")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in REFERRING for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    stems = {lemma}
    if lemma.endswith("ing") and len(lemma) > 5:
        stem = lemma[:-3]
        stems.update({stem, stem[:-1]} if stem[-1] == stem[-2] else {stem})
    earlier = reversed(noun.doc[:noun.sent.start])
    return next((t for t in earlier if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in stems), None)


def toll_since(resolved: ResolvedDate, clause: Token, day: dt.date | None) -> ResolvedDate:
    """The date of a toll that grew since ``resolved`` (a count of a verb of ``date_words.yaml``
    ``toll_verbs`` in the perfect: "strikes have killed 300 civilians since January", "over 300
    children have been killed since the year started"): the finest unit
    that holds the whole stretch up to the document's day (GUIDE.md section 4: a month or a
    year when only that is known), the count being of many acts over it; ``resolved`` itself
    when the stretch is longer than a year, or the clause is no count in the perfect (a state
    that began then keeps its start: "has been detained since November")."""
    bounds = resolved.bounds()
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    counted = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
               and (c.like_num or any(n.dep_ == "nummod" for n in c.children))]
    if (day is None or bounds is None or not auxes & PERFECT or not counted or bounds[0] > day
            or clause.lemma_.lower() not in toll_verbs()):
        return resolved
    return ResolvedDate.spanning(bounds[0], day) or resolved


def progressive(verb: Token) -> bool:
    """Whether the clause of ``verb`` is in the past progressive ("was arriving", "was being
    met"): what went on at the time the text is at, not a new happening after it."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (any(a.lower_ in ("was", "were") for a in auxes)
            and (verb.tag_ == "VBG" or any(a.lower_ == "being" for a in auxes)))


def past_perfect(verb: Token) -> bool:
    """Whether the clause of ``verb`` is in the past perfect ("had entered", "had been
    arrested", "had entered ... and bought": a verb joined to one)."""
    node = verb
    for _ in range(4):
        auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ == "had" for a in auxes) and node.tag_ == "VBN":
            return True
        if auxes or node.dep_ != "conj" or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            return False
        node = node.head
    return False
