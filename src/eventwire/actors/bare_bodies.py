"""A body's word that alone names one state's body: "Congress certified the results".

``data/bare_bodies.tsv`` lists, for a capitalised body word ("Congress"), the states whose
body it names alone, and the state it names where the text is about none of them (the USA).
The state is the one the word was named with before ("Peru's Congress ... Castillo's attempt
to dissolve Congress"), else the listed state the text named most before the word (as "the
government" alone is the state the text is about, but looking back over the whole text: an
article about Peru names Peru once and "Congress" many times; a tie goes to the state named
later), else the default row's. In India "Congress" alone is the Indian National Congress party (a row
with a group). A word that is part of a longer name keeps that name's reading: "Indian
National Congress" and "African National Congress" are groups of their own, and a body word
after capitalised words ("World Uyghur Congress", "Youth Congress") or before one ("Congress
Party") is left to the other rules.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from ..datafiles import tsv_records
from ..errors import KnowledgeBaseError
from ..records import SECTORS, Actor
from .gazetteer import BODY, Piece
from .kb import KnowledgeBase
from .references import DocMemory

FILE = "data/bare_bodies.tsv"


@dataclass(frozen=True, slots=True)
class BareBody:
    """What one capitalised body word names alone: state -> (sector, group key), and the
    default state."""

    states: dict[str, tuple[str | None, str | None]]
    default: str | None


@cache
def bare_bodies() -> dict[str, BareBody]:
    """``data/bare_bodies.tsv``: form -> :class:`BareBody`."""
    path = resources.files("eventwire.actors").joinpath(FILE)
    states: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    defaults: dict[str, str] = {}
    for lineno, row in tsv_records(path, ["form", "country", "sector", "group", "default"]):
        form, country = row["form"], row["country"]
        sector, group = row["sector"] or None, row["group"] or None
        if not form or len(country) != 3 or (sector is None) == (group is None) \
                or sector is not None and sector not in SECTORS:
            raise KnowledgeBaseError(str(path), lineno, "a row needs a form, an ISO3 country and either "
                                     "a sector of GUIDE.md or a group key")
        states.setdefault(form, {})[country] = (sector, group)
        if row["default"]:
            if form in defaults or group is not None:
                raise KnowledgeBaseError(str(path), lineno, f"{form!r}: one default row, with a sector")
            defaults[form] = country
    return {form: BareBody(by_state, defaults.get(form)) for form, by_state in states.items()}


def bare_body(doc: Doc, p: Piece, start: int, memory: DocMemory, kb: KnowledgeBase,
              day: dt.date | None) -> Actor | None:
    """The actor a body word alone names ("Congress", "the Congress"), or None when ``p`` is
    no such word, is part of a longer name, or its word is an imported agent's. ``start`` is
    where the mention starts ("the" included)."""
    if p.type != BODY or p.end - p.start != 1 or p.sector_word is None or p.sector_word.imported:
        return None
    body = bare_bodies().get(doc[p.start].text)
    if body is None:
        return None
    if start == p.start and p.start > 0 and doc[p.start - 1].text[:1].isupper() \
            and not doc[p.start - 1].is_sent_start:
        return None  # "World Uyghur Congress", "Youth Congress"
    if p.end < len(doc) and doc[p.end].text[:1].isupper() and doc[p.end].pos_ == "PROPN":
        return None  # "Congress Party"
    country = _context_state(doc, p, memory, body)
    if country is None:
        if start > 0 and doc[start - 1].like_num or p.start > 0 and doc[p.start - 1].like_num:
            return None  # "the 20th Congress" of a party, unless the text is about a listed state
        country = body.default
    if country is None:
        return None
    sector, group = body.states[country]
    if group is not None:
        entity = kb.entities.get(("group", group))
        return kb.actor_of_entity(entity, day) if entity is not None else None
    return Actor(name=kb.states.get(country), country=country, sector=sector)


def _context_state(doc: Doc, p: Piece, memory: DocMemory, body: BareBody) -> str | None:
    """The state whose body the word names at ``p``: the state it was named with before
    ("Peru's Congress ... dissolve Congress"), else the listed state the text named most
    before it (a tie: the one named later), else None."""
    word = doc[p.start].text
    for k in range(p.start - 1, -1, -1):
        if doc[k].text == word and k in memory.states_at:
            return memory.states_at[k].country
    named = [a.country for _, a in memory.recent_states if a.country in body.states]
    if not named:
        return None
    counts = Counter(named)
    return max(reversed(named), key=lambda c: counts[c])  # (max keeps the first: the latest of a tie)
