"""A body's word that alone names one state's body: "Congress certified the results".

``data/bare_bodies.tsv`` lists, for a capitalised body word ("Congress"), the states whose
body it names alone, and the state it names where the text is about none of them (the USA).
The state is, in this order: the one the word was named with before ("Peru's Congress ...
Castillo's attempt to dissolve Congress"); the state of a row that lists the noun after the word
("Congress workers", "Congress MLAs": India's party); the listed state that the mentions before
the word name most (as "the government" alone is the state the text is about, but over the whole
text before it, people and groups included: "Modi", "the BJP"; a tie goes to the state named
later); the listed state the whole text names most (the names it holds, "Congress members
protested against Modi", and the regions and towns the gazetteer of places knows, "Congress
won 15 seats in Kerala", "Congress members protested in Patna": actors48); else the default
row's. In India "Congress" alone is the Indian National Congress party (a row
with a group). A word that is part of a longer name keeps that name's reading: "Indian
National Congress" and "African National Congress" are groups of their own, and a body word
after capitalised words ("World Uyghur Congress", "Youth Congress", at the start of a sentence
too) or before one ("Congress Party") is left to the other rules.
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
from .places import Gazetteer as Places, fold_name
from .references import DocMemory

FILE = "data/bare_bodies.tsv"


@dataclass(frozen=True, slots=True)
class BareBody:
    """What one capitalised body word names alone: state -> (sector, group key), the nouns
    after it that name a state's reading, and the default state."""

    states: dict[str, tuple[str | None, str | None]]
    nouns: dict[str, str]  # noun after the word -> state ("workers" -> IND)
    default: str | None


@cache
def bare_bodies() -> dict[str, BareBody]:
    """``data/bare_bodies.tsv``: form -> :class:`BareBody`."""
    path = resources.files("eventwire.actors").joinpath(FILE)
    states: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    nouns: dict[str, dict[str, str]] = {}
    defaults: dict[str, str] = {}
    for lineno, row in tsv_records(path, ["form", "country", "sector", "group", "nouns", "default"]):
        form, country = row["form"], row["country"]
        sector, group = row["sector"] or None, row["group"] or None
        if not form or len(country) != 3 or (sector is None) == (group is None) \
                or sector is not None and sector not in SECTORS:
            raise KnowledgeBaseError(str(path), lineno, "a row needs a form, an ISO3 country and either "
                                     "a sector of GUIDE.md or a group key")
        states.setdefault(form, {})[country] = (sector, group)
        for noun in filter(None, row["nouns"].split("|")):
            nouns.setdefault(form, {})[noun.strip().lower()] = country
        if row["default"]:
            if form in defaults or group is not None:
                raise KnowledgeBaseError(str(path), lineno, f"{form!r}: one default row, with a sector")
            defaults[form] = country
    return {form: BareBody(by_state, nouns.get(form, {}), defaults.get(form)) for form, by_state in states.items()}


def bare_body_word(doc: Doc, p: Piece) -> BareBody | None:
    """The :class:`BareBody` of the one body word at ``p`` ("Congress"), or None when ``p`` is
    no such word (or an imported agent's word)."""
    if p.type != BODY or p.end - p.start != 1 or p.sector_word is None or p.sector_word.imported:
        return None
    return bare_bodies().get(doc[p.start].text)


def bare_body(doc: Doc, pieces: list[Piece], i: int, start: int, memory: DocMemory, kb: KnowledgeBase,
              day: dt.date | None) -> Actor | None:
    """The actor a body word alone names ("Congress", "the Congress") at ``pieces[i]``, or None
    when it is no such word, is part of a longer name, or its word is an imported agent's.
    ``start`` is where the mention starts ("the" included)."""
    p = pieces[i]
    body = bare_body_word(doc, p)
    if body is None:
        return None
    if start == p.start and p.start > 0 and doc[p.start - 1].text[:1].isupper():
        return None  # "World Uyghur Congress", "Youth Congress"
    if p.end < len(doc) and doc[p.end].text[:1].isupper() and doc[p.end].pos_ == "PROPN":
        return None  # "Congress Party"
    country = _context_state(doc, pieces, p, memory, body)
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


def _context_state(doc: Doc, pieces: list[Piece], p: Piece, memory: DocMemory, body: BareBody) -> str | None:
    """The listed state whose body the word at ``p`` names (see the module), or None."""
    word = doc[p.start].text
    for k in range(p.start - 1, -1, -1):
        if doc[k].text == word and k in memory.states_at:
            return memory.states_at[k].country  # "Peru's Congress ... dissolve Congress"
    if p.end < len(doc) and doc[p.end].lower_ in body.nouns:
        return body.nouns[doc[p.end].lower_]  # "Congress workers"
    before = [c for c in memory.countries if c in body.states]
    if before:
        counts = Counter(before)
        return max(reversed(before), key=lambda c: counts[c])  # (max keeps the first: the latest of a tie)
    named = Counter(c for q in pieces if (c := _piece_country(q)) in body.states)
    named.update(c for c in _place_countries(doc, pieces) if c in body.states)
    top = named.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def _piece_country(q: Piece) -> str | None:
    """The one state a gazetteer piece names (a state's name or adjective, or a person or group
    of one state), or None. A form that needs its state named elsewhere in the text ("Democratic"
    of the US party) says nothing of which state the text is about."""
    forms = [f for f in q.forms if not f.requires]
    found = {f.entity.key for f in forms if f.entity.kind == "state"}
    found |= {period.actor for f in forms if f.entity.kind in ("person", "group")
              for period in f.entity.periods if len(period.actor) == 3 and period.actor.isupper()}
    return next(iter(found)) if len(found) == 1 else None


def _place_countries(doc: Doc, pieces: list[Piece]) -> list[str]:
    """The countries of the regions and towns the text names outside the actors' names, by the
    gazetteer of places ("Kerala", "Patna", "Uttar Pradesh": India): each run of capitalised
    words no piece covers, without the function words that open a sentence ("In Bihar"), that
    is a region's name or a town's own name (not one of its other names)."""
    places = Places.load()
    covered = {t for q in pieces for t in range(q.start, q.end)}
    found: list[str] = []
    k = 0
    while k < len(doc):
        if k in covered or not _capitalised(doc[k]):
            k += 1
            continue
        end = k
        while end < len(doc) and end not in covered and _capitalised(doc[end]) and end - k < PLACE_WORDS:
            end += 1
        start = k
        while start < end and doc[start].is_stop:
            start += 1  # "In Bihar", "The Punjab"
        if start < end:
            text = doc[start:end].text
            sized = places.sized(text)
            if sized is not None and sized[1] != "country" \
                    and (sized[1] == "region" or fold_name(sized[0].name) == fold_name(text)):
                found.append(sized[0].country)
        k = end
    return [c for c in found if c]


PLACE_WORDS = 3  # the longest run of capitalised words looked up as one place ("Andhra Pradesh")


def _capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
