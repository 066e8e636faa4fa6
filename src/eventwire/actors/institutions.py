"""Institutions and facilities named after a place (names37).

A court or office named by its own capitalised name with a place in it is of that place's
country: "the Higher Regional Court of Dresden" (DEUJUD), "the Supreme Iraqi Criminal
Tribunal" (IRQJUD), "the Kyiv District Court". A facility so named is a place of that
country: "drones struck Kuwait International Airport" (Kuwait); a military base is of its
state's military, MIL, and one the text places in a state is that state's whatever it is
named after ("Ali Al Salem Air Base in Kuwait": KWTMIL; names38). The words are in
``actors/data/institutions.tsv`` (kind ``body`` with a sector, kind ``facility``); the place
is a state's piece inside the name, else a city or region of the gazetteer that the
name's closing "of" phrase names whole. A name that the
resolver has already read (wholly or in part) is left alone, and so is a name with no place;
a facility the text places itself ("Aden Adde International Airport in Mogadishu", named
after a man) is left to that place.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from ..datafiles import tsv_records
from ..errors import KnowledgeBaseError
from ..records import Actor
from .buildings import building_name
from .gazetteer import ADJ, SEAT, STATE, Piece, piece_states
from .places import Gazetteer
from .references import Found

KINDS = {"body", "facility", "company", "firm", "chamber"}
OWN = {"body", "facility"}  # the kinds read here
LONGEST = 5  # capitalised words before the institution's word
JOINERS = {"of", "for", "the"}  # "Court of Appeal of Paris", "Office of the Prosecutor"
TOWN = 50_000  # the least population of a city or region a name is read after ("Dresden")
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}


@cache
def institution_words() -> dict[str, tuple[str, str | None]]:
    """``data/institutions.tsv``: word -> (kind, sector or None), the companies' and chambers'
    words (:mod:`.companies`) too."""
    path = resources.files("eventwire.actors").joinpath("data/institutions.tsv")
    out: dict[str, tuple[str, str | None]] = {}
    for lineno, row in tsv_records(path, ["word", "sector", "kind"]):
        if row["kind"] not in KINDS:
            raise KnowledgeBaseError(str(path), lineno, f"unknown kind {row['kind']!r}; known: {sorted(KINDS)}")
        out[row["word"]] = (row["kind"], None if row["sector"] in ("-", "") else row["sector"])
    return out


def named_institutions(doc: Doc, pieces: list[Piece], found: list[Found],
                       gazetteer: Gazetteer | None = None) -> list[Found]:
    """``found`` with the institutions and facilities named after a place that no mention
    covers added (see the module's doc)."""
    words = institution_words()
    covered = {t for f in found for t in range(f.start, f.end)}
    out = list(found)
    for tok in doc:
        entry = words.get(tok.lower_)
        if entry is None or entry[0] not in OWN or not tok.text[:1].isupper() or tok.i in covered:
            continue
        start, end = name_span(doc, tok)
        if end - start < 2 or any(t in covered for t in range(start, end)):
            continue
        kind, sector = entry
        if kind == "body" and building_name(doc, start, tok.i):
            continue  # "the Kyiv Mint Court": a building's name, no court (data/building_words.tsv)
        country = _country(doc, pieces, start, end, gazetteer)
        if kind == "facility" and _placed_after(doc, end):
            # "Aden Adde International Airport in Mogadishu": named after a man, placed by the
            # text; a military base placed in a state is that state's ("Ali Al Salem Air Base
            # in Kuwait": KWTMIL), its own name's place or not
            country = _state_after(pieces, end + 1) if sector is not None else None
        if country is None:
            continue
        first = start + 1 if doc[start].lower_ == "the" else start
        if kind == "facility":
            rule = "place" if first > 0 and doc[first - 1].lower_ in PLACE_PREPOSITIONS else "state"
            actor = Actor(name=None, country=country, org=None, sector=sector)
        else:
            rule, actor = "named institution", Actor(name=None, country=country, org=None, sector=sector)
        out.append(Found(start, end, actor, rule, tok.i))
        covered.update(range(start, end))
    out.sort(key=lambda f: f.start)
    return out


def _placed_after(doc: Doc, end: int) -> bool:
    """Whether the text places the facility itself: "in" or a comma and a capitalised name."""
    return end + 1 < len(doc) and doc[end].lower_ in ("in", ",") and doc[end + 1].text[:1].isupper()


def _state_after(pieces: list[Piece], start: int) -> str | None:
    """The one state a state's name at ``start`` names, or None."""
    for p in pieces:
        if p.start == start and p.type == STATE:
            keys = piece_states(p)
            return keys.pop() if len(keys) == 1 else None
    return None


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.is_alpha


def name_span(doc: Doc, word: Token) -> tuple[int, int]:
    """The capitalised name around ``word``: the words before it and an "of" phrase after."""
    sent = word.sent
    start = word.i
    while start > sent.start and word.i - start < LONGEST and _capital(doc[start - 1]):
        start -= 1
    end = word.i + 1
    k = end
    while k < sent.end and (doc[k].lower_ in JOINERS or _capital(doc[k])):
        k += 1
        if _capital(doc[k - 1]):
            end = k
    if start > sent.start and doc[start - 1].lower_ == "the":
        start -= 1
    return start, end


def _country(doc: Doc, pieces: list[Piece], start: int, end: int, gazetteer: Gazetteer | None) -> str | None:
    """The one country the places inside ``start:end`` name, or None."""
    countries = set()
    for p in pieces:
        if start <= p.start and p.end <= end and p.type in (STATE, ADJ, SEAT):
            keys = piece_states(p)
            if len(keys) == 1:
                countries |= keys
    if not countries:
        # a city or region only as the whole "of" phrase that ends the name ("... Court of
        # Dresden"): single words inside a name are too often a far town's ("Salem")
        k = next((t.i + 1 for t in doc[start:end] if t.lower_ == "of"), None)
        if k is not None and k < end and doc[k].lower_ != "the" \
                and all(_capital(t) and t.pos_ == "PROPN" for t in doc[k:end]):
            sized = (gazetteer or Gazetteer.load()).sized(doc[k:end].text)
            if sized is not None and sized[1] in ("city", "region") and sized[2] >= TOWN:
                countries.add(sized[0].country)
    return countries.pop() if len(countries) == 1 else None
