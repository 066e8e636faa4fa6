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
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer
from .kb import KnowledgeBase, shipped_kb
from .outlets import outlet_references
from .resolve import Resolver

SPAN_KEY = "eventwire_actors"
# Prepositions whose object is where something is ("near Palmyra", "in Somalia").
LOCATIVE_PREPOSITIONS = {"in", "near", "across", "inside", "throughout", "around", "at"}


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
            spans.append(span)
        _localise(spans, self.kb.transnational)
        doc.spans[SPAN_KEY] = spans
        doc.user_data.pop(_MENTIONS_KEY, None)
        doc.user_data.pop(_INDEX_KEY, None)
        return doc


def _is_place(span: Span) -> bool:
    actor = span._.actor
    if actor is None or actor.country is None or actor.org is not None:
        return False
    root = span.root
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head  # "in the Cal Miskaad mountains, Somalia"
    return span._.actor_rule == "place" or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS)


def _localise(spans: list[Span], transnational: set[str]) -> None:
    """Give each mention of a transnational group the country of the place its
    sentence names ("IS near Palmyra in central Syria": SYR), else of the first
    place the document names; with no place, its groups.tsv country stays."""
    if not transnational or not any(s._.actor.name in transnational for s in spans):
        return
    places = [s for s in spans if _is_place(s)]
    sentences = spans[0].doc.has_annotation("SENT_START")
    for span in spans:
        actor = span._.actor
        if actor.name not in transnational:
            continue
        here = [p for p in places if p.sent.start == span.sent.start] if sentences else []
        chosen = here[0] if here else places[0] if places else None
        if chosen is not None:
            span._.actor = replace(actor, country=chosen._.actor.country)


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
