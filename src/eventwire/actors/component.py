"""The ``eventwire_actors`` spaCy component.

Finds and resolves every political actor in a Doc. Results:

- ``doc.spans["eventwire_actors"]``: the mention spans, each with
  ``span._.actor`` (an :class:`~eventwire.records.Actor`) and
  ``span._.actor_rule`` (how it was resolved);
- ``span._.actor_members``: for a mention that names several actors at once (an
  imported entry coded ``[FRO/BIL/SAM]``), those actors, else None;
- ``doc._.actor_at``: a function token index -> Span or None.

The document date (``doc._.date``, set before the pipeline runs) decides
which office a person holds. A transnational group (Islamic State, al-Qaeda)
takes the country where the text places it (GUIDE.md: an armed group is coded
by the country it is based in). "The broadcaster", "the agency" take the news outlet
named last (:mod:`.outlets`).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..datafiles import tsv_records
from .gazetteer import Gazetteer
from .places import Gazetteer as Places
from .kb import KnowledgeBase, shipped_kb
from .outlets import outlet_references
from .resolve import Resolver
from .shouted import mend_names_read_as_auxiliaries

SPAN_KEY = "eventwire_actors"
# Prepositions whose object is where something is ("near Palmyra", "in Somalia").
LOCATIVE_PREPOSITIONS = {"in", "near", "across", "inside", "throughout", "around", "at"}
# Nouns of a transnational group's regional part: "Islamic State's Somalia branch" is placed there.
BRANCH_NOUNS = {"branch", "branches", "affiliate", "affiliates", "wing", "province", "chapter", "offshoot",
                "franchise", "faction", "cell", "cells"}
# What a hyphen joins to a group that only describes another: "Islamic State-affiliated ADF".
AFFILIATION_WORDS = {"affiliated", "linked", "aligned", "allied", "inspired", "backed", "loyal"}
# Entity labels of the parser that name a place.
PLACE_LABELS = {"GPE", "LOC", "FAC"}


def register_extensions() -> None:
    if not Doc.has_extension("date"):
        Doc.set_extension("date", default=None)
    if not Doc.has_extension("doc_id"):
        Doc.set_extension("doc_id", default=None)
    if not Span.has_extension("actor"):
        Span.set_extension("actor", default=None)
    if not Span.has_extension("actor_rule"):
        Span.set_extension("actor_rule", default=None)
    if not Span.has_extension("actor_members"):
        # the actors of a mention that names several at once (an imported "[FRO/BIL/SAM]")
        Span.set_extension("actor_members", default=None)
    if not Doc.has_extension("actor_at"):
        Doc.set_extension("actor_at", method=_actor_at)


def span_value(span: Span, name: str):
    """``span._.<name>`` for one of the Span extensions above (``actor``, ``actor_rule``,
    ``actor_members``: default None), read where spaCy keeps it, ``doc.user_data`` under
    ("._.", name, start_char, end_char), without the Underscore object spaCy makes (in
    Python) at every ``span._``."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


# The caches of the mentions above in ``doc.user_data``, dropped when the resolver sets them.
_MENTIONS_KEY = ("eventwire", "actor_mentions")
_INDEX_KEY = ("eventwire", "actor_index")


def _actor_at(doc: Doc, i: int) -> Span | None:
    return actor_index(doc).get(i)


def actor_mentions(doc: Doc) -> list[Span]:
    """The document's actor mentions, read once: spaCy makes each Span anew at every read of
    ``doc.spans``."""
    spans = doc.user_data.get(_MENTIONS_KEY)
    if spans is None:
        spans = doc.user_data[_MENTIONS_KEY] = list(doc.spans.get(SPAN_KEY, []))
    return spans


def actor_index(doc: Doc) -> dict[int, Span]:
    """Token index -> the actor mention it is in (what ``doc._.actor_at`` reads), made once
    per document."""
    index = doc.user_data.get(_INDEX_KEY)
    if index is None:
        index = {}
        for span in actor_mentions(doc):
            for t in range(span.start, span.end):
                index[t] = span
        doc.user_data[_INDEX_KEY] = index
    return index


class ActorResolver:
    def __init__(self, nlp: Language, name: str, kb: KnowledgeBase) -> None:
        register_extensions()
        self.name = name
        self.kb = kb
        self.gazetteer = Gazetteer(nlp, kb)
        self.resolver = Resolver(kb)

    def __call__(self, doc: Doc) -> Doc:
        day: dt.date | None = doc._.date
        pieces = self.gazetteer.pieces(doc)
        spans = []
        for found in outlet_references(doc, self.resolver.resolve(doc, pieces, day), self.kb):
            span = doc[found.start:found.end]
            span._.actor = found.actor
            span._.actor_rule = found.rule
            if self.kb.members and found.actor.name in self.kb.members:
                sector = found.actor.sector  # "the Shire's envoys": each actor's
                span._.actor_members = tuple(m if m.sector or not sector else replace(m, sector=sector)
                                             for m in self.kb.members[found.actor.name])
            elif found.members:
                span._.actor_members = found.members
            spans.append(span)
        spans = _drop_affiliations(spans, self.kb)
        _localise(spans, self.kb.transnational, self.kb.peoples)
        mend_names_read_as_auxiliaries(spans)  # "IS kidnapped 20 Christians": not "is kidnapped"
        doc.spans[SPAN_KEY] = spans
        doc.user_data.pop(_MENTIONS_KEY, None)
        doc.user_data.pop(_INDEX_KEY, None)
        return doc


def _is_place(span: Span) -> bool:
    actor = span._.actor
    if actor is None or actor.country is None or actor.org is not None \
            or (actor.sector is not None and span._.actor_rule != "place"):
        return False  # (a place is a state named as a whole: not "Islamic State's" own country)
    root = span.root
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head  # "in the Cal Miskaad mountains, Somalia"
    for _ in range(4):
        if root.dep_ in ("poss", "compound", "appos") and root.head.i != root.i \
                and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head  # "in Mozambique's Cabo Delgado province", "in the Somalia region"
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
            root = root.head.head  # "in the north of Syria", "in Dharin area of Bari Region, Puntland"
        else:
            break
    return span._.actor_rule == "place" or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS) \
        or root.lower_ in BRANCH_NOUNS and root.i != span.root.i


def _named_places(doc: Doc, spans: list[Span]) -> list[tuple[int, str]]:
    """(token index, country) of the regions and towns the parser's entities name ("in Dharin
    area of Bari Region, Puntland", "Puntland forces"): a country's own name says whose an actor
    is, not where, and a seat standing for its government ("Washington said") is no place. Only
    places in a country some mention names count ("Bari Region, Puntland" is not Bari in Italy)."""
    seats = {t for s in spans if s._.actor.sector == "GOV" or s._.actor.org for t in range(s.start, s.end)}
    named = {s._.actor.country for s in spans}  # "Bari Region" of Puntland is not Bari in Italy
    found = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or any(t in seats for t in range(ent.start, ent.end)):
            continue
        sized = Places.load().sized(ent.text)
        if sized is not None and sized[1] != "country" and sized[0].country in named:
            found.append((ent.start, sized[0].country))
    return found


def _drop_affiliations(spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Drop a group named only as what another group is tied to: "Islamic State-affiliated
    Allied Democratic Forces insurgents" are the ADF, "al-Qaeda-linked JNIM" is JNIM."""
    if not kb.transnational:
        return spans
    doc = spans[0].doc if spans else None
    starts = {s.start for s in spans}
    return [s for s in spans
            if not (s._.actor.name in kb.transnational and s.end + 2 < len(doc) and doc[s.end].text == "-"
                    and doc[s.end + 1].lower_ in AFFILIATION_WORDS
                    and any(k in starts for k in range(s.end + 2, min(s.end + 5, len(doc)))))]


def _localise(spans: list[Span], transnational: set[str], peoples: frozenset[str] | set[str] = frozenset()) -> None:
    """Give each mention of a transnational group the country of the place its
    sentence names ("IS near Palmyra in central Syria": SYR; a region or town the
    gazetteer of places knows: "Puntland forces fight ISIS in the mountains": SOM),
    else of the first place the document names; with no place, its groups.tsv country
    stays. A people's armed men (``peoples``: "Kurdish forces") with no place in their sentence
    take the state whose agents or adjective are named nearest to them there ("air cover for Kurdish forces in
    any offensive against the Iranian government": IRN; not "Turkey" acting as a whole on them;
    names42) before the document's first place."""
    if not transnational or not any(s._.actor.name in transnational for s in spans):
        return
    doc = spans[0].doc
    places = [(s.start, s._.actor.country) for s in spans if _is_place(s)]
    named = _named_places(doc, spans) if doc.has_annotation("ENT_IOB") else []
    sentences = doc.has_annotation("SENT_START")
    for span in spans:
        actor = span._.actor
        if actor.name not in transnational:
            continue
        sent = span.sent if sentences else None
        chosen = None
        for found in (places, named):
            here = [c for i, c in found if sent is not None and sent.start <= i < sent.end]
            if here:
                chosen = here[0]
                break
        if chosen is None and actor.name in peoples and sent is not None:
            near = [s for s in spans if sent.start <= s.start < sent.end and s._.actor.country
                    and s._.actor_rule != "state" and s._.actor.name not in transnational]
            # the fewest words between the two mentions
            chosen = min(near, key=lambda s: s.start - span.end if s.start >= span.end
                          else span.start - s.end)._.actor.country if near else None
        if chosen is None:
            chosen = places[0][1] if places else named[0][1] if named else None
        if chosen is not None:
            sector = _people_forces().get((actor.name, chosen), actor.sector)
            span._.actor = replace(actor, country=chosen, sector=sector)


@functools.cache
def _people_forces() -> dict[tuple[str, str], str]:
    """(people's group name, state) -> sector where the people's armed men are the forces of a
    recognised regional government there (``people_forces.tsv``: "Kurdish forces" in Iraq are
    the Peshmerga, IRQ MIL; agent43)."""
    path = resources.files("eventwire.actors") / "data" / "people_forces.tsv"
    return {(row["people"], row["country"]): row["sector"]
            for _, row in tsv_records(path, ("people", "country", "sector"))}


@Language.factory("eventwire_actors", default_config={"dictionaries": [], "agents_only": False})
def make_actor_resolver(nlp: Language, name: str, *, dictionaries: list[str],
                        agents_only: bool) -> ActorResolver:
    """Actor resolver over the shipped knowledge base plus optional user dictionaries
    (``agents_only``: their agents replace the shipped agent nouns, ``imported``)."""
    if dictionaries or agents_only:
        from .imported import with_dictionaries

        kb = with_dictionaries(tuple(dictionaries), agents_only)
    else:
        kb = shipped_kb()
    return ActorResolver(nlp, name, kb)
