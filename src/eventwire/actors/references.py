"""What a document says about itself: its sentences, the actors it has named so far,
and the references that point back to them (learned names, pronouns).

:class:`DocIndex` indexes the sentences once per Doc (``doc.sents`` is not
cheap to recompute per mention); :class:`DocMemory` is what the resolver has
learned while reading the document from the start.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from ..datafiles import tsv_records, word_set
from ..records import Actor
from .kb import KnowledgeBase, SectorWord
from .text import doc_text

CONTEXT_SENTENCES = 3
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person"}
PERSON_RULES = {"person", "title+person", "surname"}
ARMED_SECTORS = {"MIL", "COP"}  # the forces "the army", "the police" refer back to (armed_before)
STATE_RULES = {"state", "seat", "place", "adjective", "modifier+agent", "agent+of+state"}
# Edges of a clause's arguments, one of which "its" may stand for.
ARGUMENT_EDGES = {"nsubj", "nsubjpass", "dobj"}
# Words before a name that are no part of it ("Mr Kim"): the name still stands alone.
HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Madam", "Sir", "Dame"}


@dataclass(frozen=True, slots=True)
class Found:
    """A resolved mention, on tokens (the component turns it into a Span)."""

    start: int
    end: int
    actor: Actor
    rule: str
    head: int  # token index of the mention's head, for the coder
    # the actors a mention names at once (``span._.actor_members``): a state under conjoined
    # agent nouns, "lawmakers and officials in France and Germany": Germany's of each noun
    members: tuple[Actor, ...] = ()


class DocIndex:
    """Sentence of every token, computed once."""

    def __init__(self, doc: Doc) -> None:
        self.sent_of: list[int] = [0] * len(doc)
        self.bounds: list[tuple[int, int]] = []
        for i, sent in enumerate(doc.sents):
            self.bounds.append((sent.start, sent.end))
            for t in range(sent.start, sent.end):
                self.sent_of[t] = i

    def sentence(self, token: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``token``."""
        return self.bounds[self.sent_of[token]] if self.bounds else (0, len(self.sent_of))

    def sent_index(self, token: int) -> int:
        return self.sent_of[token] if token < len(self.sent_of) else 0


@dataclass
class DocMemory:
    """What the document has taught so far: names and recent actors."""

    names: dict[str, Actor] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    recent_states: list[tuple[int, Actor]] = field(default_factory=list)  # (sentence index, actor)
    recent_people: list[tuple[int, Actor]] = field(default_factory=list)
    # The words of each mention of a person named with a title ("mexican foreign minister
    # marcelo ebrard"), for "the foreign minister" later (:meth:`titled_person`).
    titled: list[tuple[tuple[str, ...], Actor]] = field(default_factory=list)
    last: Found | None = None  # the mention found last
    states_at: dict[int, Actor] = field(default_factory=dict)  # token -> the state mention holding it
    countries: list[str] = field(default_factory=list)  # the state of every mention so far, in order
    # (sentence index, words, actor) of each mention with a sector, for "the security forces"
    # after "Syrian security forces" (:meth:`same_noun`; actors48)
    with_nouns: list[tuple[int, tuple[str, ...], Actor]] = field(default_factory=list)
    # (sentence index, end token, actor) of each mention of a state's armed forces or police,
    # for "the army" after "Israeli forces raided Jenin" (:meth:`armed_before`; actors48)
    armed: list[tuple[int, int, Actor]] = field(default_factory=list)
    # (targets51) (sentence index, head token, words) of each agent or body noun the resolver
    # left without an actor ("The intermediate people's court in Wenzhou, China, sentences ..."),
    # for "the court" after it (:meth:`unnamed_noun`)
    unnamed: list[tuple[int, int, tuple[str, ...]]] = field(default_factory=list)

    def remember(self, sent_i: int, found: Found, name: str | None, kb: KnowledgeBase,
                 words: tuple[str, ...] = ()) -> None:
        actor = found.actor
        self.last = found
        if found.rule == "title+person" and words and actor.sector is not None:
            self.titled.append((words, actor))
        if len(words) > 1 and actor.sector is not None and actor.key and found.rule not in PERSON_RULES \
                and found.rule != "context":  # (named in its words: not itself read from the context)
            self.with_nouns.append((sent_i, words, actor))
        if actor.sector in ARMED_SECTORS and actor.country and not actor.org and found.rule != "context":
            self.armed.append((sent_i, found.end, actor))
        if actor.key:
            self.keys.add(actor.key)
        if actor.country and not actor.org:
            self.countries.append(actor.country)
        if actor.country and not actor.org and found.rule in STATE_RULES:
            self.recent_states.append((sent_i, actor.with_sector(None)))
            for t in range(found.start, found.end):
                self.states_at[t] = actor.with_sector(None)
        if name and found.rule in PERSON_RULES:
            self.recent_people.append((sent_i, actor))
            self.names[name] = actor
            short = family_name(name, actor, kb)
            if short:
                self.names.setdefault(short, actor)

    def titled_person(self, title: tuple[str, ...]) -> Actor | None:
        """The person "the <title>" refers back to ("Mexican Foreign Minister Marcelo Ebrard"
        ... "the foreign minister"): the one person named before with those words in a row
        in their title; None when no one or more than one person was."""
        n = len(title)
        people = {(a.name, a.key): a for words, a in self.titled
                  if n and any(words[k:k + n] == title for k in range(len(words) - n + 1))}
        return next(iter(people.values())) if len(people) == 1 else None

    def same_noun(self, noun: tuple[str, ...], sent_i: int) -> Actor | None:
        """The actor of the last mention, at most a few sentences back, whose words end with
        ``noun`` after words of its own ("Syrian security forces" ... "the security forces",
        "the Hamas leadership's office" ... "the entire leadership"): "the <noun>" repeats it."""
        n = len(noun)
        for at, words, actor in reversed(self.with_nouns):
            if sent_i - at > CONTEXT_SENTENCES:
                return None
            if len(words) > n and words[-n:] == noun:
                return actor
        return None

    def unnamed_noun(self, noun: tuple[str, ...], sent_i: int, doc: Doc) -> Actor | None:
        """(targets51) The state of the last unnamed mention of ``noun``, in an earlier sentence
        at most a few back, that its own phrase places ("The intermediate people's court in
        Wenzhou, China, sentences 11 people, including three from Kokang, Myanmar. The court
        also sentences ...": China's court, not the state named last); None when the phrase
        names no state (left to the state named last)."""
        for at, head, words in reversed(self.unnamed):
            if sent_i - at > CONTEXT_SENTENCES:
                return None
            if at == sent_i or words != noun:
                continue
            return next((self.states_at[t.i] for t in doc[head].subtree if t.i > head and t.i in self.states_at),
                        None)
        return None

    def armed_before(self, sector: str, sent_i: int, doc: Doc, at: int) -> Actor | None:
        """The state's forces "the army", "the military", "the police" (``sector``) at token
        ``at`` refer back to: the last mention of forces of that sector at most a few sentences
        back ("Israeli forces raided Jenin in the West Bank. The army said ...": Israel's, not the
        state of the place named last), unless a state named after it is a clause's subject
        ("Russian troops shelled Kherson, Ukraine said. The military said ...": left to the
        last state)."""
        for back, end, actor in reversed(self.armed):
            if sent_i - back > CONTEXT_SENTENCES:
                return None
            if actor.sector != sector or end > at:
                continue
            if any(t < at and doc[t].dep_ in ("nsubj", "nsubjpass") for t in self.states_at if t >= end):
                return None
            return actor
        return None

    def recent_state(self, sent_i: int) -> Actor | None:
        """The state mentioned last, when it is at most a few sentences back."""
        if not self.recent_states:
            return None
        at, actor = self.recent_states[-1]
        return actor if sent_i - at <= CONTEXT_SENTENCES else None


def possessor_state(doc: Doc, possessive: int, memory: DocMemory, index: DocIndex) -> Actor | None:
    """The state that "its" at ``possessive`` stands for in a subject ("Pakistan denied that its
    troops had fired", "Russia said its forces ..."): the mention found last, in the same
    sentence, when it names a state (not a person or an organisation) and is the subject or
    object of the nearest clause around "its" that has one. Else None ("Nigeria said Acme
    had moved its workers": Acme's)."""
    last = memory.last
    if doc[possessive].head.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "withdrew its ambassador to Israel": the subject's own, seldom a side
    if last is None or last.start >= possessive or index.sent_index(last.start) != index.sent_index(possessive) \
            or not last.actor.country or last.actor.org or last.rule in PERSON_RULES:
        return None
    came, node = doc[possessive], doc[possessive].head
    for _ in range(6):
        # the arguments before "its" of the nearest clause that has one, beside the one
        # holding it; a clause whose subject holds "its" is about another ("Russia said its
        # forces destroyed drones")
        arguments = [c for c in node.children if c.dep_ in ARGUMENT_EDGES and c.i < possessive]
        if arguments and came.dep_ not in ("nsubj", "nsubjpass"):
            return last.actor.with_sector(None) if any(last.start <= c.i < last.end for c in arguments) else None
        if node.head.i == node.i:
            break
        came, node = node, node.head
    return None


@cache
def others_possessions() -> frozenset[str]:
    """``data/others_possessions.tsv``: the verbs of :func:`speaker_possessor`."""
    path = resources.files("eventwire.actors").joinpath("data/others_possessions.tsv")
    return frozenset(row["lemma"] for _, row in tsv_records(path, ["lemma"]))


def _possessing_verb(doc: Doc, possessive: int):
    """The verb (up to six heads up) whose object holds "its" at ``possessive``; None when
    "its" is in a subject on the way ("its troops moved": not what a verb acts on)."""
    node = doc[possessive]
    for _ in range(6):
        if node.dep_ in ("nsubj", "nsubjpass", "csubj") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def speaker_possessor(doc: Doc, possessive: int, memory: DocMemory) -> Actor | None:
    """The state that "its" at ``possessive`` stands for in what one state says another did to
    it ("Sierra Leone says that Guinea has detained several of its army personnel": Sierra
    Leone's): "its" is in what a verb of ``others_possessions`` acts on (not its subject), the
    verb's clause is the complement of a clause whose subject is a state, and the verb's own
    subject is another state. Else None ("Russia says Ukraine moved its troops": Ukraine's)."""
    node = _possessing_verb(doc, possessive)
    if node is None:
        return None
    if node.lemma_.lower() not in others_possessions() or node.dep_ != "ccomp":
        return None
    doer = next((c for c in node.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    if doer is None or speaker is None:
        return None
    doer_state, speaker_state = memory.states_at.get(doer.i), memory.states_at.get(speaker.i)
    if doer_state is None or speaker_state is None or doer_state.country == speaker_state.country:
        return None
    return speaker_state


def doer_possessor(doc: Doc, possessive: int, memory: DocMemory) -> Actor | None:
    """The state that "its" at ``possessive`` stands for in what a state does to its own people
    ("The Ethiopian government detained several of its army personnel": Ethiopia's): "its" is
    in the object of a verb of ``others_possessions`` (not its subject), and that verb's own
    subject is a state mention. Else None. Tried after :func:`speaker_possessor`, so a state
    that says another did it to it keeps "its"."""
    node = _possessing_verb(doc, possessive)
    if node is None:
        return None
    if node.lemma_.lower() not in others_possessions():
        return None
    doer = next((c for c in node.children if c.dep_ == "nsubj"), None)
    return memory.states_at.get(doer.i) if doer is not None else None


# The readings of a named group or organisation that own the people "of" them ("the leader of
# Los Choneros"), and the sectors of those people (a leader, commander, fighters; not "the
# victims of Hamas").
OWNING_GROUP_RULES = frozenset({"group", "org"})
GROUP_PEOPLE_SECTORS = frozenset({"GOV", "MIL", "REB", "CRM", "OPP"})


def owned_by_what_follows(doc: Doc, found: list[Found]) -> list[Found]:
    """A body read as the state the text was about ("the General Staff", rule "context") that
    is "of" an actor named right after it is that actor's state: "the Chief of the General
    Staff of the Armed Forces of Iran" is Iran's, whatever state the sentence before named; a
    leader or fighters "of" a named group or organisation are that group's ("the leader of Los
    Choneros": ECUCRM, not ECUGOV)."""
    starts = {f.start: f for f in found}
    out = []
    for f in found:
        k = f.end
        if f.rule == "context" and k + 1 < len(doc) and doc[k].lower_ == "of":
            k += 1 + (doc[k + 1].lower_ == "the")
            owner = starts.get(k)
            if owner is not None and owner.rule in OWNING_GROUP_RULES and f.actor.sector in GROUP_PEOPLE_SECTORS \
                    and (owner.actor.org or owner.actor.sector is not None):
                # "the leader of Los Choneros", "the leaders of Hamas": the group's or organisation's
                # own (actors50), not the government of the state the text was about
                f = Found(f.start, f.end, replace(owner.actor, name=None), f.rule, f.head)
            elif owner is not None and owner.actor.country and not owner.actor.org \
                    and owner.actor.country != f.actor.country:
                f = Found(f.start, f.end, replace(f.actor, country=owner.actor.country, name=None), f.rule, f.head)
        out.append(f)
    return out


def family_name(name: str, actor: Actor, kb: KnowledgeBase) -> str | None:
    parts = name.split()
    if len(parts) < 2:
        return None
    return parts[0] if (actor.country in kb.family_name_first) else parts[-1]


def part_of_longer_name(doc: Doc, start: int, end: int) -> bool:
    """True when a capitalised proper noun touches the span ("John Park", "Park Avenue"), or
    follows a name's particle right before it ("Dias da Costa")."""
    if start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and before.text not in HONORIFICS and before.text[:1].isupper():
            return True
        if before.text == "-" and start > 1 and doc[start - 2].text[:1].isupper():
            return True  # "Jean-Bertrand", "Abdul-Mahdi"
        if before.text in name_particles() and start > 1 and doc[start - 2].pos_ == "PROPN" \
                and doc[start - 2].text[:1].isupper():
            return True  # "Fernando Dias da Costa" (actors51: not António Costa)
    if end < len(doc):
        after = doc[end]
        if after.pos_ == "PROPN" and after.text[:1].isupper():
            return True
        if after.text == "-" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            return True
    return False


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})
# The words of the calendar, which are no name next to one ("Tuesday", "Oct."; resolve.py)
CALENDAR = MONTHS | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                     "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}
# Words before a month's name that make it a time ("in May", "since June", "early March")
MONTH_LEADS = frozenset({"in", "since", "until", "till", "early", "late", "mid", "last", "next", "this", "during"})


def people_of_place(doc: Doc, end: int, place_start: int) -> bool:
    """ "the Albanians of southern Serbia", "Serbs of Croatia": a people's plural name (ending at
    ``end``) right before "of" and, after an article or adjectives, a place: they live there."""
    return end < place_start and doc[end].lower_ == "of" and all(
        t.lower_ == "the" or t.pos_ == "ADJ" for t in doc[end + 1:place_start])


def month_named(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word name is a month's name used as a date, not a person's surname: next
    to a number ("4 May 2019", "May 4") or after a word of time ("in May", "since June")."""
    if end - start != 1 or doc[start].lower_ not in MONTHS:
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return any(t is not None and t.like_num for t in (before, after)) \
        or (before is not None and before.lower_ in MONTH_LEADS)


def learned_names(doc: Doc, covered: set[int], memory: DocMemory) -> list[Found]:
    """Names the document introduced ("Foreign Minister Kim Sung-han" ... "Kim")."""
    out: list[Found] = []
    taken = set(covered)
    text = doc_text(doc)
    for name, actor in sorted(memory.names.items(), key=lambda kv: -len(kv[0])):
        pos = text.find(name)
        while pos >= 0:
            span = doc.char_span(pos, pos + len(name))
            pos = text.find(name, pos + len(name))
            if span is None or taken.intersection(range(span.start, span.end)):
                continue
            if part_of_longer_name(doc, span.start, span.end) or doc[span.end - 1].pos_ not in ("PROPN", "NOUN") \
                    or month_named(doc, span.start, span.end):
                continue
            out.append(Found(span.start, span.end, actor, "learned", span.end - 1))
            taken.update(range(span.start, span.end))
    return out


def pronouns(doc: Doc, found: list[Found], covered: set[int], index: DocIndex,
             roles: Mapping[str, SectorWord]) -> list[Found]:
    """he/she/his/her: the person most recently mentioned, in this or the previous sentence.

    Only when that person is the one person named since the previous sentence
    began: with two people in view the pronoun is ambiguous and left alone. A person named
    whom no actor stands for (:func:`unknown_people`: "the arrest of former legislator Zaldy
    Co. He ...") is in view too: the pronoun may be theirs. ``roles``: the knowledge base's
    title and role words (``KnowledgeBase.sector_words``).
    """
    words = [tok for tok in doc if tok.lower_ in PRONOUNS and tok.i not in covered and tok.pos_ == "PRON"]
    if not words:
        return []
    people = [(f.start, index.sent_index(f.start), f.actor) for f in found if f.rule in PERSON_RULES]
    people.extend((start, index.sent_index(start), Actor(name=name))
                  for start, name in unknown_people(doc, covered, roles))
    people.sort(key=lambda p: p[0])
    out = []
    for tok in words:
        here = index.sent_index(tok.i)
        before = [(s, a) for start, s, a in people if start < tok.i and here - s <= 1]
        if not before:
            continue
        candidates = {(a.name, a.key) for _, a in before}
        if len(candidates) == 1 and before[-1][1].key:
            out.append(Found(tok.i, tok.i + 1, before[-1][1], "pronoun", tok.i))
    return out


def unknown_people(doc: Doc, covered: set[int], roles: Mapping[str, SectorWord]) -> list[tuple[int, str]]:
    """The first token and the text of each person named whom no actor stands for: a run of
    proper nouns outside every mention after an honorific ("Mr") or a role (a form of
    ``sectors.tsv`` of kind "agent": "former legislator Zaldy Co", "activist Ana Ruiz"), or
    opening with a given name ("John Smithers"). Not right after a mention, whose person it names
    ("British Minister of State ... Luke Pollard"), nor after an office's title ("deputy prime
    minister Belinda Balluku"): an official of the story, whose state a pronoun for another
    official of it still gives."""
    given = given_names()
    out = []
    i, n = 0, len(doc)
    while i < n:
        if doc[i].pos_ != "PROPN" or i in covered:
            i += 1
            continue
        end = i + 1
        while end < n and doc[end].pos_ == "PROPN" and end not in covered:
            end += 1
        before = doc[i - 1] if i else None
        role = roles.get(before.lower_) if before is not None else None
        named_for = before is not None and (before.i in covered or role is not None and role.kind == "title")
        if not named_for and (doc[i].text in given or doc[i].text in HONORIFICS or before is not None and (
                before.text in HONORIFICS or role is not None)):
            out.append((i, doc[i:end].text))
        i = end
    return out


@cache
def name_particles() -> frozenset[str]:
    """``data/name_particles.txt``: the small words inside people's names ("da", "von", "bin")."""
    path = resources.files("eventwire.actors") / "data" / "name_particles.txt"
    return word_set(path)


@cache
def given_names() -> frozenset[str]:
    """``data/given_names.txt``: first names of people."""
    path = resources.files("eventwire.actors") / "data" / "given_names.txt"
    return word_set(path)
