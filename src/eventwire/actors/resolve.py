"""Compose gazetteer pieces into actor mentions, and resolve references.

Rules, in the order they apply to a sentence:

1. *Composition*: a country or organisation modifier, an optional possessive,
   a title or agent noun and an optional name form one mention:
   "South Korean Foreign Minister Park Jin", "Russia's foreign ministry",
   "NATO troops", "Houthi rebels". A known person is coded by the role held
   on the document date; an unknown person by the modifier and the title.
2. *Names*: full names of known people and groups; surnames only when the
   document introduced the person, or when one known person with that
   surname holds office on the date.
3. *Context*: forms that need context ("the North") only when the context
   actor is mentioned; definite descriptions ("the isolated regime", "the
   government") take the state most recently mentioned; "he"/"she" the
   person most recently mentioned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..records import Actor
from .gazetteer import ADJ, AGENT, BODY, GROUP, ORG, PERSON, SEAT, STATE, SURNAME, TITLE, Piece
from .kb import Form, KnowledgeBase

MODIFIERS = {ADJ, STATE, SEAT, ORG, GROUP}
POSSESSIVE = {"'s", "'", "’s", "’"}
# A capital after one of these is where something happened, not the government acting.
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person"}
CONTEXT_SENTENCES = 3


@dataclass(slots=True)
class Found:
    """A resolved mention, on tokens (the component turns it into a Span)."""

    start: int
    end: int
    actor: Actor
    rule: str
    head: int  # token index of the mention's head, for the coder


@dataclass
class DocMemory:
    """What the document has taught so far: names and recent actors."""

    names: dict[str, Actor] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    recent_states: list[tuple[int, Actor]] = field(default_factory=list)  # (sentence index, actor)
    recent_people: list[tuple[int, Actor]] = field(default_factory=list)


def family_name(name: str, actor: Actor, kb: KnowledgeBase) -> str | None:
    parts = name.split()
    if len(parts) < 2:
        return None
    return parts[0] if (actor.country in kb.family_name_first) else parts[-1]


class Resolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # -- helpers -------------------------------------------------------------
    def _form_actor(self, forms: tuple[Form, ...], day: dt.date | None, memory: DocMemory) -> Actor | None:
        usable = [f for f in forms if not f.requires or memory.keys.intersection(f.requires)]
        if not usable:
            return None
        people = [f for f in usable if f.entity.kind == "person"]
        if people and len(people) < len(usable):
            usable = [f for f in usable if f.entity.kind != "person"]
        if len(usable) > 1 and people:
            # Same name, several people: the one in office on the date.
            day_ = day or dt.date.today()
            holding = [f for f in usable if any(p.holds_on(day_) for p in f.entity.periods)]
            if len(holding) != 1:
                return None
            usable = holding
        return self.kb.actor(usable[0], day)

    def _surname_actor(self, text: str, forms: tuple[Form, ...], day: dt.date | None,
                       memory: DocMemory) -> Actor | None:
        if text in memory.names:
            return memory.names[text]
        day_ = day or dt.date.today()
        holding = {f.entity.key: f for f in forms if any(p.holds_on(day_) for p in f.entity.periods)}
        if len(holding) == 1:
            return self.kb.actor(next(iter(holding.values())), day)
        return None

    def _name_run(self, doc: Doc, start: int, limit: int) -> int:
        """End of a run of capitalised name tokens starting at ``start``."""
        end = start
        while end < limit:
            tok = doc[end]
            if tok.pos_ == "PROPN" or (tok.text == "-" and end > start and end + 1 < limit
                                       and doc[end + 1].pos_ == "PROPN"):
                end += 1
            else:
                break
        return end

    def _remember(self, memory: DocMemory, sent_i: int, found: Found, name: str | None) -> None:
        actor = found.actor
        if actor.key:
            memory.keys.add(actor.key)
        if actor.country and not actor.org and found.rule in {"state", "seat", "place", "adjective", "modifier+agent"}:
            memory.recent_states.append((sent_i, actor.with_sector(None)))
        if name and found.rule in {"person", "title+person", "surname"}:
            memory.recent_people.append((sent_i, actor))
            memory.names[name] = actor
            short = family_name(name, actor, self.kb)
            if short:
                memory.names.setdefault(short, actor)

    # -- the rules -----------------------------------------------------------
    def resolve(self, doc: Doc, pieces: list[Piece], day: dt.date | None) -> list[Found]:
        memory = DocMemory()
        # Context keys known from the whole document, for "requires" forms.
        for p in pieces:
            for f in p.forms:
                if not f.requires and f.entity.kind in ("state", "org"):
                    memory.keys.add(f.entity.key)
        sent_of = {}
        for i, sent in enumerate(doc.sents):
            for t in range(sent.start, sent.end):
                sent_of[t] = i
        out: list[Found] = []
        covered: set[int] = set()
        i = 0
        while i < len(pieces):
            p = pieces[i]
            sent_i = sent_of.get(p.start, 0)
            found, used, name = self._compose(doc, pieces, i, day, memory)
            if found is not None:
                out.append(found)
                covered.update(range(found.start, found.end))
                self._remember(memory, sent_i, found, name)
            i += max(used, 1)
        learned = list(self._learned_names(doc, covered, memory))
        covered.update(t for f in learned for t in range(f.start, f.end))
        out.extend(learned)
        out.extend(self._pronouns(doc, out, covered, sent_of, memory))
        out.sort(key=lambda f: f.start)
        return out

    def _compose(self, doc: Doc, pieces: list[Piece], i: int, day: dt.date | None,
                 memory: DocMemory) -> tuple[Found | None, int, str | None]:
        p = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        gap_end = p.end
        if gap_end < len(doc) and doc[gap_end].text in POSSESSIVE:
            gap_end += 1
        sent = doc[p.start].sent
        if p.type in MODIFIERS:
            mod_actor = self._form_actor(p.forms, day, memory)
            if mod_actor is None:
                return None, 1, None
            if nxt is not None and nxt.start == gap_end and nxt.type in (TITLE, AGENT, BODY):
                return self._with_sector_word(doc, pieces, i, mod_actor, day, memory)
            if p.type == ADJ:
                listed = self._adjective_list(doc, pieces, i, day, memory)
                if listed:
                    return listed[0], 1, None
            if nxt is not None and nxt.start == gap_end and gap_end > p.end and nxt.type in (PERSON, SURNAME):
                # "South Korea's Park": the person, confirmed by the country.
                person = self._person(doc, nxt, day, memory)
                if person is not None:
                    return Found(p.start, nxt.end, person, "surname", nxt.end - 1), 2, doc[nxt.start:nxt.end].text
            rule = {SEAT: "seat", ORG: "org", GROUP: "group", ADJ: "adjective"}.get(p.type, "state")
            if p.type == SEAT and p.start > 0 and doc[p.start - 1].lower_ in PLACE_PREPOSITIONS:
                mod_actor, rule = mod_actor.with_sector(None), "place"
            return Found(p.start, p.end, mod_actor, rule, p.end - 1), 1, None
        if p.type == TITLE:
            end = self._name_run(doc, p.end, sent.end)
            if end > p.end:
                name = doc[p.end:end].text
                person = self._known_person(pieces, i + 1, end, doc, day, memory, name)
                if person is not None:
                    return Found(p.start, end, person, "title+person", end - 1), self._skip(pieces, i, end), name
            return None, 1, None
        if p.type in (PERSON, SURNAME):
            person = self._person(doc, p, day, memory)
            if person is None:
                return None, 1, None
            return Found(p.start, p.end, person, "person" if p.type == PERSON else "surname", p.end - 1), 1, doc[p.start:p.end].text
        start = self._definite_start(doc, p)
        if start is not None and p.sector_word is not None:
            # "the regime", "the isolated regime": the state last mentioned.
            recent = self._recent(memory.recent_states, doc, p.start)
            if recent is not None:
                return Found(start, p.end, recent.with_sector(p.sector_word.sector), "context", p.end - 1), 1, None
        return None, 1, None

    @staticmethod
    def _definite_start(doc: Doc, p: Piece) -> int | None:
        """Start of "the [adjective] <agent/body>", or None when not definite."""
        if p.type not in (AGENT, BODY):
            return None
        k = p.start - 1
        while k >= 0 and doc[k].pos_ == "ADJ" and k > p.start - 3:
            k -= 1
        if k >= 0 and doc[k].lower_ == "the":
            return k
        return None

    def _adjective_list(self, doc: Doc, pieces: list[Piece], i: int, day: dt.date | None,
                        memory: DocMemory) -> list[Found]:
        """ "Greek, Cypriot and French counterparts": each adjective is an actor with the
        sector of the noun they share. Returns the Found for piece ``i`` (first) or []."""
        run = [i]
        k = i
        while k + 1 < len(pieces) and pieces[k + 1].type == ADJ:
            between = doc[pieces[k].end:pieces[k + 1].start]
            if not len(between) or any(t.lower_ not in (",", "and", "or") for t in between):
                break
            k += 1
            run.append(k)
        if len(run) < 2 or k + 1 >= len(pieces):
            return []
        word = pieces[k + 1]
        if word.start != pieces[k].end or word.type not in (AGENT, TITLE, BODY) or word.sector_word is None:
            return []
        actor = self._form_actor(pieces[i].forms, day, memory)
        if actor is None:
            return []
        p = pieces[i]
        return [Found(p.start, p.end, actor.with_sector(word.sector_word.sector), "adjective+agent", p.end - 1)]

    def _skip(self, pieces: list[Piece], i: int, end: int) -> int:
        used = 1
        while i + used < len(pieces) and pieces[i + used].start < end:
            used += 1
        return used

    def _recent(self, entries: list[tuple[int, Actor]], doc: Doc, token: int) -> Actor | None:
        if not entries:
            return None
        sents = list(doc.sents)
        here = next((k for k, s in enumerate(sents) if s.start <= token < s.end), 0)
        sent_i, actor = entries[-1]
        return actor if here - sent_i <= CONTEXT_SENTENCES else None

    def _person(self, doc: Doc, p: Piece, day: dt.date | None, memory: DocMemory) -> Actor | None:
        text = doc[p.start:p.end].text
        if p.type == SURNAME:
            # A surname inside a longer name ("John Park", "Park Avenue") is not this person.
            if p.start > 0 and doc[p.start - 1].pos_ == "PROPN" and doc[p.start - 1].text not in POSSESSIVE:
                return None
            if p.end < len(doc) and doc[p.end].pos_ == "PROPN":
                return None
            return self._surname_actor(text, p.forms, day, memory)
        if text in memory.names:
            return memory.names[text]
        return self._form_actor(p.forms, day, memory)

    def _known_person(self, pieces: list[Piece], j: int, end: int, doc: Doc, day: dt.date | None,
                      memory: DocMemory, name: str) -> Actor | None:
        if name in memory.names:
            return memory.names[name]
        for k in range(j, len(pieces)):
            q = pieces[k]
            if q.start >= end:
                break
            if q.type in (PERSON, SURNAME) and q.end == end:
                return self._person(doc, q, day, memory)
        return None

    def _with_sector_word(self, doc: Doc, pieces: list[Piece], i: int, mod_actor: Actor,
                          day: dt.date | None, memory: DocMemory) -> tuple[Found | None, int, str | None]:
        p, word_piece = pieces[i], pieces[i + 1]
        assert word_piece.sector_word is not None
        sector = word_piece.sector_word.sector
        if word_piece.type == TITLE:
            end = self._name_run(doc, word_piece.end, doc[p.start].sent.end)
            if end > word_piece.end:
                name = doc[word_piece.end:end].text
                known = self._known_person(pieces, i + 2, end, doc, day, memory, name)
                actor = known or Actor(name=name, country=mod_actor.country, org=mod_actor.org, sector=sector)
                return Found(p.start, end, actor, "title+person", end - 1), self._skip(pieces, i, end), name
            # A title with no name: "the Russian foreign minister" is still the office.
        if p.type == GROUP:
            return Found(p.start, word_piece.end, mod_actor, "group", word_piece.end - 1), 2, None
        actor = Actor(name=None, country=mod_actor.country, org=mod_actor.org, sector=sector)
        return Found(p.start, word_piece.end, actor, "modifier+agent", word_piece.end - 1), 2, None

    def _learned_names(self, doc: Doc, covered: set[int], memory: DocMemory) -> list[Found]:
        """Names the document introduced ("Foreign Minister Kim Sung-han" ... "Kim")."""
        out: list[Found] = []
        taken = set(covered)
        text = doc.text
        for name, actor in sorted(memory.names.items(), key=lambda kv: -len(kv[0])):
            pos = text.find(name)
            while pos >= 0:
                span = doc.char_span(pos, pos + len(name))
                pos = text.find(name, pos + len(name))
                if span is None or taken.intersection(range(span.start, span.end)):
                    continue
                before = doc[span.start - 1] if span.start > 0 else None
                after = doc[span.end] if span.end < len(doc) else None
                if (before is not None and before.pos_ == "PROPN") or (after is not None and after.pos_ == "PROPN"):
                    continue  # part of a longer name
                out.append(Found(span.start, span.end, actor, "learned", span.end - 1))
                taken.update(range(span.start, span.end))
        return out

    def _pronouns(self, doc: Doc, found: list[Found], covered: set[int], sent_of: dict[int, int],
                  memory: DocMemory) -> list[Found]:
        """he/she/his/her: the person most recently mentioned before, within a few sentences."""
        people = [(f.start, sent_of.get(f.start, 0), f.actor) for f in found
                  if f.rule in {"person", "title+person", "surname"}]
        out = []
        for tok in doc:
            if tok.lower_ not in PRONOUNS or tok.i in covered or tok.pos_ != "PRON":
                continue
            before = [(s, a) for start, s, a in people if start < tok.i]
            if not before:
                continue
            s, actor = before[-1]
            if sent_of.get(tok.i, 0) - s <= 1:
                out.append(Found(tok.i, tok.i + 1, actor, "pronoun", tok.i))
        return out
