"""States named like a region of another country (acled25).

"Georgia" is the Caucasus state and a state of the United States. Among places of that
other country it names the region: "protests in Georgia, Texas and Ohio" (a list whose
other members are regions of the USA) and "in Atlanta, Georgia" (after a city of the USA
and a comma). There the mention's actor is that country as a whole (GUIDE.md section 2:
subnational places are their country). Which names are regions of which country is the
gazetteer's (``actors/data/places.tsv``); the state's own cities and regions keep it
("Tbilisi, Georgia"), and so does a list of states ("Russia, Georgia and Armenia").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .places import Gazetteer
from ..records import Actor
from .references import Found

STATE_RULE = "state"  # the resolver's rule for a state named as a whole
SEAT_RULES = {"seat", "place"}  # the resolver's rules for a capital (or a state) named as a place
JOINS = {",", "and", "or"}  # the words between the members of a list
SUBNATIONAL = {"region", "city"}  # the kinds of place a neighbour must be (not a country)


def regional_twins(doc: Doc, found: list[Found], gazetteer: Gazetteer | None = None) -> list[Found]:
    """``found`` with each state named as a whole that its neighbours show to be a region of
    another country read as that country (see the module's doc)."""
    if not any(_whole_state(f) for f in found):
        return found
    gazetteer = gazetteer or Gazetteer.load()
    out = []
    for f in found:
        country = _twin_country(doc, f, found, gazetteer) if _whole_state(f) else None
        out.append(f if country is None else replace(f, actor=Actor(name=None, country=country, org=None, sector=None)))
    return out


def _whole_state(f: Found) -> bool:
    actor = f.actor
    return (f.rule == STATE_RULE or f.rule in SEAT_RULES) and actor.sector is None and actor.org is None \
        and actor.country is not None


def _twin_country(doc: Doc, f: Found, found: list[Found], gazetteer: Gazetteer) -> str | None:
    """The other country whose region the state's name names here, or None."""
    text = doc[f.start:f.end].text
    if f.rule in SEAT_RULES:
        return _seat_twin(doc, f, found, gazetteer)
    for country in _neighbour_countries(doc, f, found, gazetteer):
        if country != f.actor.country and gazetteer.region(text, country) is not None:
            return country
    return None


def _seat_twin(doc: Doc, f: Found, found: list[Found], gazetteer: Gazetteer) -> str | None:
    """The country of the region after a capital's (or a place's) name and a comma, where that
    country has a place of that name ("Paris, Texas": the USA, not France; names42), or of the
    country named so ("a pool hall in Santo Domingo, Ecuador": Ecuador's town, not the Dominican
    capital; actors51) where the two are no list ("Havana, Mexico and Peru"), or None."""
    after = next((g for g in found if g.start == f.end + 1), None)
    if after is None or doc[f.end].text != ",":
        return None
    sized = gazetteer.sized(doc[after.start:after.end].text)
    if sized is None or sized[0].country in (None, f.actor.country):
        return None
    if sized[1] == "country":
        listed = f.start > 0 and doc[f.start - 1].lower_ in JOINS \
            or after.end < len(doc) and doc[after.end].lower_ in JOINS - {","}
        if listed or after.rule != STATE_RULE:
            return None
    elif sized[1] != "region":
        return None
    town = gazetteer.lookup(doc[f.start:f.end].text, country_hint=sized[0].country)
    return sized[0].country if town is not None and town.country == sized[0].country else None


def _neighbour_countries(doc: Doc, f: Found, found: list[Found], gazetteer: Gazetteer) -> list[str]:
    """The countries of the subnational places listed right before or after the mention
    ("Georgia, Texas and Ohio"), or of the place it follows after a comma ("Atlanta, Georgia")."""
    out = []
    by_end = {g.end: g for g in found}
    by_start = {g.start: g for g in found}
    # the list member before: joins, then a mention or a capitalised name
    i = f.start
    while i > 0 and doc[i - 1].lower_ in JOINS:
        i -= 1
    if i < f.start:
        before = by_end.get(i)
        words = doc[before.start:before.end].text if before is not None else _name_before(doc, i)
        country = _subnational(words, gazetteer)
        if country is not None:
            out.append(country)
    # the list member after
    j = f.end
    while j < len(doc) and doc[j].lower_ in JOINS:
        j += 1
    if j > f.end and j < len(doc):
        after = by_start.get(j)
        if after is not None:
            country = _subnational(doc[after.start:after.end].text, gazetteer)
            if country is not None:
                out.append(country)
    return out


def _name_before(doc: Doc, end: int) -> str | None:
    """The run of capitalised proper nouns that ends at token ``end`` (exclusive), or None."""
    start = end
    while start > 0 and _proper(doc[start - 1]):
        start -= 1
    return doc[start:end].text if start < end and start > doc[start].sent.start else None


def _proper(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


def _subnational(name: str | None, gazetteer: Gazetteer) -> str | None:
    """The country of the region or city ``name`` names, or None (a country, or unknown)."""
    if not name:
        return None
    found = gazetteer.sized(name)
    return found[0].country if found is not None and found[1] in SUBNATIONAL else None
