"""The sector the words around an actor imply, for an actor without a sector of its own.

The resolver gives a mention the sector of its own words ("Israeli troops": MIL);
some actors are named by a word that says only their country, and the words
around it say who they are:

- a demonym standing as a noun for the people acted on ("killed 14 Palestinians",
  "deported 1,000 Ethiopians") is those people, CVL: GUIDE.md section 2 makes a
  country's name or adjective *alone* the state, and a plural noun of people is
  people, not the state;
- a demonym or place that modifies or places a noun for people, or for property
  or premises of one sector ("a Syrian man", "Nigerian fishermen", "police in
  Berlin", "a strike on an oil refinery near Perm, Russia"), takes that noun's
  sector (``data/agents.tsv``, and the "noun" rows of ``data/sector_cues.tsv``);
- a place struck in an act of violence (root 18-20) that the sentence says killed or
  injured people of one sector ("a drone strike on Kharkiv kills five people": CVL,
  "an attack on a camp in Fafi kills six police officers": COP) stands for those
  people, not for the state as a whole (:func:`victims_sector`);
- the unnamed agent of an act told without one, which the coder makes the state
  where it happens ("a suspect was arrested in Lyon"), is the body that does such
  acts: police arrest, a court sentences (the "act" rows of ``data/sector_cues.tsv``).

Applied to each side of an event once it is coded (``component.py``): it never
changes which events are coded, only gives a sector to an actor that had none.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from ..actors.component import actor_index, span_value
from ..datafiles import tsv_body
from ..errors import KnowledgeBaseError
from ..records import SECTORS, Actor
from .implicit import load_agents
from .lexicon import data_path

# Mention rules that name a country and nothing more (the resolver's).
COUNTRY_RULES = {"adjective", "state", "place"}
# Edges by which a word modifies the noun it names the country of: "a Syrian man".
MODIFIER_EDGES = {"amod", "compound", "nmod", "poss"}
# Edges of the words that may stand between a modifier and its noun: "India's external
# affairs ministry", "Syrian and Iraqi men" (not "Libya almost crowds", a misparse).
PHRASE_EDGES = MODIFIER_EDGES | {"nummod", "quantmod", "punct", "case", "cc", "conj"}
# Prepositions by which a place is the country of the noun before it: "police in Berlin".
OF_PLACE_PREPOSITIONS = {"in", "from", "of", "near", "at", "outside"}
# Verbs by which a sentence tells who an act of violence killed or hurt, and the edges of
# their victims: "kills five people", "five people are killed".
HARM_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "maim"})
VICTIM_EDGES = frozenset({"dobj", "nsubjpass"})


@dataclass(frozen=True, slots=True)
class SectorCues:
    """``data/sector_cues.tsv`` with ``data/agents.tsv``: the sectors words imply."""

    acts: dict[tuple[str, str], str]  # (act lemma, CAMEO root) -> sector of its unnamed agent
    nouns: dict[str, str]  # noun lemma -> sector of the people, body or property it names
    words: dict[str, str]  # the "noun" rows alone: also a modifier's ("an apartment building")
    # (means lemma, CAMEO root or "") -> sector of the body a demonym on it names ("Israeli airstrikes")
    means: dict[tuple[str, str], str]


@functools.lru_cache(maxsize=1)
def load_cues() -> SectorCues:
    path = data_path("sector_cues.tsv")
    acts: dict[tuple[str, str], str] = {}
    words: dict[str, str] = {}
    means: dict[tuple[str, str], str] = {}
    for lineno, cells in tsv_body(path):
        if len(cells) != 4 or not cells[1]:
            raise KnowledgeBaseError(str(path), lineno, "expected kind<TAB>word<TAB>root<TAB>sector")
        kind, word, root, sector = cells
        if sector not in SECTORS:
            raise KnowledgeBaseError(str(path), lineno, f"unknown sector {sector!r}")
        if kind == "act" and len(root) == 2 and root.isdigit():
            acts[(word.lower(), root)] = sector
        elif kind == "noun" and not root:
            words[word.lower()] = sector
        elif kind == "means" and (not root or len(root) == 2 and root.isdigit()):
            means[(word.lower(), root)] = sector
        else:
            raise KnowledgeBaseError(str(path), lineno, f"kind {kind!r} with root {root!r}")
    nouns = {lemma: sector for lemma, sector in load_agents().items() if sector is not None}
    return SectorCues(acts, {**nouns, **words}, words, means)


def people(span: Span) -> Actor | None:
    """ "Serbians", "Hongkongers": a demonym standing as a noun names the people, sector CVL."""
    actor = span_value(span, "actor")
    if actor is None or span_value(span, "actor_rule") != "adjective" or actor.sector is not None or actor.org \
            or span.root.dep_ in ("amod", "compound", "poss") or span.root.pos_ == "ADJ":
        return None
    return Actor(country=actor.country, sector="CVL")


def implied_sector(span: Span, actor: Actor, trigger: Token, root: str, *,
                   target: bool, implied: bool, other: Span | None = None,
                   rule_of: Callable[[Span], str | None] | None = None) -> tuple[str, str] | None:
    """(sector, which cue gave it) for one side of an event coded at ``trigger`` with CAMEO
    root ``root``, or None: the actor has a sector, or nothing around it implies one.
    ``implied``: the coder made the actor (no mention names it, or one names a place that
    stands for its state); ``other``: the event's other side; ``rule_of``: how a mention's
    actor was read (``span._.actor_rule`` by default: a caller with it cached saves
    spaCy's extension lookup)."""
    if not _sectorless(actor):
        return None
    cues = load_cues()
    if implied and span.start <= trigger.i < span.end:
        # "A suspect was arrested in Lyon": the coder's stand-in for the state is the trigger.
        sector = cues.acts.get((trigger.lemma_.lower(), root)) if not target else None
        return (sector, "act") if sector else None
    if (rule_of(span) if rule_of is not None else span._.actor_rule) not in COUNTRY_RULES:
        # a mention of a country or place alone, or a place the coder makes stand for its
        # state ("a strike on a refinery near Perm, Russia"); not an unnamed agent ("ex-minister Gil")
        return None
    sector = _noun_sector(span, cues, other)
    if sector is not None:
        return sector, "noun"
    sector = _means_sector(span, cues, root, other)
    if sector is not None:
        return sector, "means"
    if target and not implied and people(span) is not None:
        return "CVL", "people"
    return None


def victims_sector(trigger: Token, sent: Span | None = None) -> str | None:
    """The one sector of the people that the trigger's sentence says were killed or hurt
    ("a drone strike on Kharkiv kills five people", "seven people are injured"), or None:
    no victim noun with a sector, or victims of several sectors. ``sent``: the trigger's
    sentence, when known (``tok.sent`` reads the whole document's sentence starts)."""
    nouns = load_cues().nouns
    found: set[str] = set()
    for tok in sent if sent is not None else trigger.sent:
        if tok.pos != VERB or tok.lemma_.lower() not in HARM_LEMMAS:  # (the number first: no text made)
            continue
        for child in tok.children:
            if child.dep_ in VICTIM_EDGES and child.lemma_.lower() in nouns:
                found.add(nouns[child.lemma_.lower()])  # ("injures 35 others": no sector, no say)
    return found.pop() if len(found) == 1 else None


def placed_sector(span: Span) -> str | None:
    """The sector of the noun a mention of a country or place alone places or modifies ("a
    court in Moscow": JUD), or None."""
    actor = span_value(span, "actor")
    if actor is None or not _sectorless(actor) or span_value(span, "actor_rule") not in COUNTRY_RULES:
        return None
    return _noun_sector(span, load_cues(), None)


def _sectorless(actor: Actor) -> bool:
    """A country's actor with no sector of its own, which the words around it may give one."""
    return actor.sector is None and not actor.org and bool(actor.country)


def _noun_sector(span: Span, cues: SectorCues, other: Span | None) -> str | None:
    """The sector of the noun (for people, a body or property) that the mention modifies or places."""
    node = span.root
    for c in node.children:
        if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not span.start <= c.i < span.end \
                and c.lemma_.lower() in cues.nouns:
            return cues.nouns[c.lemma_.lower()]  # "Police Scotland"
    while node.dep_ in ("appos", "conj") and node.head.i != node.i:
        node = node.head  # "police in Lyon, France", "Syrian and Iraqi men"
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in OF_PLACE_PREPOSITIONS:
        noun = node.head.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head  # "the Court of Appeal in London": the court's place
    elif node.dep_ in MODIFIER_EDGES and all(t.dep_ in PHRASE_EDGES for t in node.doc[span.end:node.head.i]):
        noun = node.head
    else:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or span.start <= noun.i < span.end or noun.i in actor_index(noun.doc):
        return None  # (a noun of another mention has that mention's sector)
    if other is not None and other.start <= noun.i < other.end:
        return None  # "an attack by gunmen in Guma, Nigeria": the place of the other side
    sector = cues.nouns.get(noun.lemma_.lower())
    if sector is None:
        # "an apartment building in Dnipro", "residential units in Gilan", "an oil terminal in
        # Novorossiysk": the word that says whose the premises are
        sector = next((cues.words[c.lemma_.lower()] for c in noun.children
                       if c.dep_ in ("compound", "amod") and c.lemma_.lower() in cues.words), None)
    return sector


def _means_sector(span: Span, cues: SectorCues, root: str, other: Span | None) -> str | None:
    """The sector of the body whose means of force a demonym or a country's name modifies, in an
    event of CAMEO root ``root`` ("Israeli airstrikes kill five", "a U.S. missile strike", "an
    Iranian drone", "shoot down a U.S. fighter jet": MIL), or None. Only a modifier of the noun:
    a place after "in" ("a strike in Kharkiv") is where the force lands, not whose it is
    (``data/sector_cues.tsv``, "means" rows)."""
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "Saudi and U.S. strikes"
    if node.dep_ not in MODIFIER_EDGES or not all(t.dep_ in PHRASE_EDGES for t in node.doc[span.end:node.head.i]):
        return None
    noun = node.head
    if noun.pos_ not in ("NOUN", "PROPN") or span.start <= noun.i < span.end \
            or (other is not None and other.start <= noun.i < other.end):
        return None
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "conj") and c.i > node.i)]
    while noun.dep_ in ("compound", "nmod") and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a Russian Geran kamikaze drone": the name's noun
        words.append(noun)
    for word in words:
        lemma = word.lemma_.lower()
        sector = cues.means.get((lemma, root)) or cues.means.get((lemma, ""))
        if sector is not None:
            return sector
    return None
