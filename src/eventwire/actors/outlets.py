"""News outlets as actors, and "the broadcaster", "the agency" that refer back to them.

The knowledge base names news outlets (``data/outlets.tsv``: "the BBC", "Al Jazeera",
"KCNA", "Haaretz"), each a group of sector MED of the state it is based in, with a kind:
agency, broadcaster, newspaper, magazine or website. This pass, run on what the resolver
found, does two things:

- An outlet's name followed by another capitalised proper noun is part of a longer name,
  no outlet: "the Guardian Council" is Iran's, not the newspaper's.
- An outlet's name followed by a state's adjective is the outlet's edition in that tongue,
  the outlet's own: "RT Spanish" is Russia's, not Spain's.
- A definite noun of an outlet's kind (``data/outlet_nouns.tsv``: "the broadcaster", "the
  state news agency", "the paper") refers back to the outlet of that kind the document
  named last, within ``REACH`` sentences, where the resolver read it as the state last
  mentioned or not at all ("Russia expelled a CNN correspondent. The Kremlin accused the
  broadcaster of lies": CNN, USA MED, not Russia's media). An organisation or another
  group named in between may be what the noun means ("the agency" after the IAEA): then
  the resolver's reading stays.

The outlet that a dateline or a credit line names ("MOSCOW (Reuters) -", "Reporting by ...")
is dropped first: it is the story's credit, no actor (``credits.py``).

"Told Reuters", "according to the BBC", "KCNA reported" name the outlet as an actor too; the
event coder keeps the press out of the events there (``coding/press.py``), and the outlet
becomes the ``attributed_to`` of the report.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ..datafiles import tsv_records
from .credits import drop_credits
from .kb import KnowledgeBase, data_dir
from .references import CALENDAR, Found

# Sentences back that "the broadcaster" looks for the outlet it means.
REACH = 8
# The resolver's readings a noun of an outlet may replace: the state last mentioned.
REPLACEABLE_RULES = {"context"}
# Edges by which a noun is a modifier of another, not a phrase of its own ("the agency chief").
MODIFIER_EDGES = {"compound", "amod", "nmod"}
ANY = "*"


@functools.cache
def outlet_nouns() -> dict[str, str]:
    """``data/outlet_nouns.tsv``: noun -> the kind of outlet it stands for (``ANY``: any)."""
    return {row["word"].strip().lower(): row["kind"].strip()
            for _, row in tsv_records(data_dir() / "outlet_nouns.tsv", ["word", "kind"])}


def outlet_references(doc: Doc, found: list[Found], kb: KnowledgeBase) -> list[Found]:
    """``found`` without outlet names inside longer names, and with each definite outlet noun
    resolved to the outlet it refers back to."""
    if not kb.outlets or not any(f.actor.name in kb.outlets for f in found):
        return found
    out = [f for f in _language_editions(drop_credits(doc, found, kb), kb) if not _inside_longer_name(doc, f, kb)]
    nouns = outlet_nouns()
    for noun in doc:
        kind = nouns.get(noun.lower_)
        if kind is None or not _definite_phrase(noun):
            continue
        own = next((f for f in out if f.start <= noun.i < f.end), None)
        if own is not None and own.rule not in REPLACEABLE_RULES:
            continue  # "the Iranian news agency", "the BBC": the text says whose
        outlet = _last_outlet(doc, out, noun, kind, kb)
        if outlet is None:
            continue
        start = min([c.i for c in noun.children if c.dep_ == "det"] + [noun.i])
        if own is not None:
            out.remove(own)
            start = min(start, own.start)
        out.append(Found(start, noun.i + 1, outlet.actor, "outlet", noun.i))
    out.sort(key=lambda f: f.start)
    return out


def _language_editions(found: list[Found], kb: KnowledgeBase) -> list[Found]:
    """An outlet's name right before a state's adjective is the outlet's edition in that
    tongue ("RT Spanish", "BBC Persian", "Sputnik Arabic"): one mention of the outlet, of its
    own state, not the adjective's state."""
    out: list[Found] = []
    for f in found:
        before = out[-1] if out else None
        if before is not None and f.rule == "adjective" and f.start == before.end and f.end - f.start == 1 \
                and before.rule == "group" and before.actor.name in kb.outlets:
            out[-1] = Found(before.start, f.end, before.actor, before.rule, before.head)
            continue
        out.append(f)
    return out


def _inside_longer_name(doc: Doc, f: Found, kb: KnowledgeBase) -> bool:
    if f.rule != "group" or f.actor.name not in kb.outlets or f.end >= len(doc):
        return False
    after = doc[f.end]
    return after.pos_ == "PROPN" and after.text[:1].isupper() and after.lower_ not in CALENDAR


def _definite_phrase(noun: Token) -> bool:
    """ "the broadcaster", "the state news agency", "the paper's": a singular noun heading its
    own phrase after "the"; not "the agency chief" nor "the news agency Interfax"."""
    if noun.tag_ != "NN" or noun.dep_ in MODIFIER_EDGES:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(c.dep_ == "appos" or c.pos_ == "PROPN" and c.i > noun.i for c in noun.children):
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is None or not (after.pos_ == "PROPN" and after.text[:1].isupper())


def _last_outlet(doc: Doc, found: list[Found], noun: Token, kind: str, kb: KnowledgeBase) -> Found | None:
    """The outlet of ``kind`` named last before ``noun`` within ``REACH`` sentences, unless an
    organisation or another group was named after it (outlets of other kinds are passed)."""
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    here = next((k for k, s in enumerate(sentences) if s.start <= noun.i < s.end), 0)
    first = sentences[max(0, here - REACH)].start
    for f in sorted((f for f in found if first <= f.start and f.end <= noun.i), key=lambda f: -f.start):
        name = f.actor.name
        if name in kb.outlets and f.rule == "group":
            if kind in (ANY, kb.outlets[name]):
                return f
            continue
        if f.actor.org or f.rule == "group":
            return None  # "the agency" after "the IAEA" is the IAEA
    return None
