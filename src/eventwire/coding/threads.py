"""Which undated sentences go on at a date an earlier sentence stated (GUIDE.md section 4).

A date far in the past ("In 1990, Milken pleaded guilty to securities fraud.") tells the
background of the news, and an undated sentence after it returns to the news ("Trump granted
Milken a pardon.", text of 2020): only one that goes on with the same subject ("He served 22
months") stays at that date (:func:`far_back`, :func:`same_thread`). A clause that takes up an
act told before by a noun that refers back ("ruled on the appeal of that decision") is a new
act, after it: the date of the act taken up is not its own (:func:`takes_up_told`).
"""

from __future__ import annotations

import datetime as dt

from spacy.strings import get_string_id
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from .dates import ResolvedDate, taken_up_acts

__all__ = ["far_back", "FAR_BACK_DAYS", "pronoun_person", "same_thread", "takes_up_told"]

# A stated date whose stretch ends more than this many days before the document's date is
# the background of the news, not the time of the story.
FAR_BACK_DAYS = 365
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i"})
# The pronouns of one person: the name told last as a subject before one is whom it stands for.
PERSONAL = frozenset({"he", "she"})
# How far back (in words) the name a "he" or "she" stands for is looked for.
NAME_BACK_WORDS = 400
_SUBJECTS = ("nsubj", "nsubjpass")
# Entity labels of a proper noun that is no person ("Samoa said ...": no name for "he").
_NOT_PERSON = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
# The words a clause acts on a noun through: its object, or a preposition's object below it
# or below the noun of an act it names ("ruled on the appeal of that decision").
_ACTED_ON = frozenset({"dobj", "pobj"})
_ACTED_ON_IDS = frozenset(get_string_id(label) for label in _ACTED_ON)  # (labels as spaCy's numbers)


def far_back(date: ResolvedDate, day: dt.date | None) -> bool:
    """Whether a stated ``date`` ("1990", "March 2014", "2014-03-18") ends more than
    :data:`FAR_BACK_DAYS` before the document's ``day``."""
    if day is None or date.precision not in ("year", "month", "day"):
        return False
    try:
        year = int(date.value[:4])
        if date.precision == "year":
            end = dt.date(year, 12, 31)
        elif date.precision == "month":
            month = int(date.value[5:7])
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        else:
            end = dt.date.fromisoformat(date.value[:10])
    except ValueError:
        return False
    return (day - end).days > FAR_BACK_DAYS


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(4):  # "Milken pleaded guilty and paid a fine": the subject of the first verb
        found = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if found is not None or node.dep_ != "conj" or node.head.i == node.i:
            return found
        node = node.head
    return None


def same_thread(clause: Token, earlier: Token) -> bool:
    """Whether the clause at verb ``clause`` goes on with the happening of the verb ``earlier``
    (an earlier sentence's): its subject is a personal pronoun ("He served 22 months") or
    names what the subject of ``earlier`` names ("Milken was sentenced"), or the same
    actor ("Russian troops seized Crimea. Russian forces also arrested ..."); a clause in the
    past perfect steps back to that time as well."""
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children):
        return True
    subject = _subject(clause)
    if subject is None:
        return False
    if subject.lower_ in PRONOUN_SUBJECTS:
        return True
    before = _subject(earlier)
    if before is None:
        return False
    if before.lemma_.lower() == subject.lemma_.lower():
        return True
    # "He was imprisoned in 2018 ... Amman sent ...": the name the pronoun stood for goes on
    if subject.pos_ == "PROPN" and _named_before(before) == subject.lower_:
        return True
    # "Russian troops seized Crimea. Russian forces also arrested ...": the same actor goes on
    actors = [span._.actor if span is not None else None for span in map(_actor_span, (subject, before))]
    return actors[0] is not None and actors[0] == actors[1]


def _actor_span(word: Token):
    doc = word.doc
    return doc._.actor_at(word.i) if Doc.has_extension("actor_at") else None


def takes_up_told(trigger: Token, clause: Token) -> bool:
    """Whether the trigger's clause (verb ``clause``) acts on an act told before, named by a
    noun of :func:`taken_up_acts` with "that" or "this" ("ruled on the appeal of that
    decision", "challenged this ruling"): the trigger's act comes after that act. Not where
    the trigger is that noun itself."""
    acts = taken_up_acts()
    # the words between the subtree's edges, its own asked for only of a noun it acts on (the
    # recursive walk of ``clause.subtree`` cost more than the run of words); the numbers
    # first: the texts of the part of speech, label and lemma are made anew at each read
    for tok in clause.doc[clause.left_edge.i:clause.right_edge.i + 1]:
        if (tok.pos != NOUN or tok.dep not in _ACTED_ON_IDS or tok.i == trigger.i
                or tok.lemma_.lower() not in acts or not (tok.i == clause.i or clause.is_ancestor(tok))
                or not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children)):
            continue
        node = tok.head
        while node.i != clause.i and (node.pos_ in ("ADP", "NOUN") or node.dep_ == "prep"):
            node = node.head  # up through "of", "appeal", "on" to the verb
        if node.i == clause.i:
            return True
    return False


def _named_before(pronoun: Token) -> str:
    """The last word of the name a "he" or "she" subject stands for: the proper noun told last
    as a subject before it, a "he" or "she" between going on with it ("Smith arrived on
    Monday. ... He met the mayor": "smith"); "" for another word or no name found."""
    if pronoun.lower_ not in PERSONAL:
        return ""
    doc = pronoun.doc
    for i in range(pronoun.i - 1, max(-1, pronoun.i - NAME_BACK_WORDS), -1):
        word = doc[i]
        if word.dep_ in _SUBJECTS and word.pos_ == "PROPN" and word.ent_type_ not in _NOT_PERSON:
            return word.lower_
    return ""


def pronoun_person(verb: Token) -> str:
    """The person a "he" or "she" subject of ``verb`` stands for, by the last word of the
    name (:func:`_named_before`); "" for any other subject."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return _named_before(subject) if subject is not None else ""

