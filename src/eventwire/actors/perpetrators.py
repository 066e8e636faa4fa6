"""Who "the accused", "the suspect", "the gunman" are.

A crime story names its perpetrator once ("Brenton Tarrant, a 28-year-old Australian,
opened fire at two mosques") and then calls him by his role: "Police arrested the accused",
"the suspect appeared in court". Such a definite role noun (``data/perpetrators.tsv``,
kind ``role``) refers back to the person the document named last as doing a violent act
(the subject of an ``act`` verb), as the one a crime is charged to (the object or passive
subject of a ``charge`` verb: "Tarrant was charged with murder", "appeared in court,
charged with murder"), or with that role ("the suspect, Patrick Crusius", "identified the
suspect as Patrick Crusius", "gunman John Doe"). It takes that person's actor: a known
person's, else the country of the nationality the text gives them ("an Australian, X",
"X, a 28-year-old Australian", "Australian man X"), with sector CRM unless the person has
another (a rebel leader stays REB).

Guards: a person who acts for the law (police, soldiers, judges: the sectors of
``LAW_SECTORS``) is never the suspect; a victim (the object of an act) or a bystander does
not qualify; a role noun in the clause of the qualifying person ("X shot the attacker") is
someone else; "the accused men" (a modifier, not a noun phrase's head) and plurals are left
alone. With no such person, or one with no country, nothing changes: the resolver's own
reading (the state last mentioned for "the gunman") or the coder's unnamed agent stays.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..datafiles import tsv_records
from ..records import Actor
from .kb import data_dir
from .references import HONORIFICS, PERSON_RULES, Found

# Sectors of those who act for the law: an officer who shot a man, a judge who sentenced
# him, is no suspect.
LAW_SECTORS = {"COP", "MIL", "JUD", "SPY"}
# Rules of the mentions that give a person a nationality ("Australian", "Australia").
NATIONALITY_RULES = {"adjective", "state", "seat", "modifier+agent"}
# Sectors of such a mention that say only where a person is from ("a Lebanese citizen").
NATIONAL_SECTORS = {None, "CVL"}
# Rules of the mentions of a named person.
NAMED_RULES = PERSON_RULES | {"title+person", "learned"}
# Edges by which a name and a description of its bearer stand together.
DESCRIPTION_EDGES = {"appos", "amod", "compound", "nmod"}
# Prepositions of a person's origin ("a man from Lyon", "Maria Lopez of Spain").
ORIGIN_PREPOSITIONS = {"of", "from"}
# Resolver rules a role noun's own reading may be replaced from: the state last mentioned.
REPLACEABLE_RULES = {"context"}
KINDS = ("role", "act", "charge", "person")


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """``data/perpetrators.tsv``: kind -> its words."""
    out: dict[str, set[str]] = {k: set() for k in KINDS}
    for _, row in tsv_records(data_dir() / "perpetrators.tsv", ["word", "kind"]):
        kind = row["kind"].strip()
        if kind in out:
            out[kind].add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class Named:
    """A mention of a named person: its head token, the name, and the actor (None when the
    text gives them no country); or (``role``) of an unnamed one by a role noun and a
    nationality ("a Saudi gunman")."""

    head: int
    name: str | None
    actor: Actor | None
    role: bool = False


def perpetrator_references(doc: Doc, found: list[Found]) -> list[Found]:
    """``found`` with each definite role noun ("the accused") resolved to the perpetrator
    it refers back to, where the document named one with a country."""
    vocabulary = words()
    roles = [t for t in doc if _is_role_noun(t, vocabulary["role"])]
    if not roles:
        return found
    at = {t: f for f in found for t in range(f.start, f.end)}
    people = _named_people(doc, found, at, vocabulary)
    if not people:
        return found
    out = list(found)
    for noun in roles:
        own = at.get(noun.i)
        if own is not None and own.rule not in REPLACEABLE_RULES:
            continue  # "the Australian gunman": the text says whose
        person = _linked_person(noun, people) or _last_doer(noun, people, vocabulary)
        if person is None or person.actor is None or person.actor.sector in LAW_SECTORS:
            continue
        actor = Actor(name=person.name, country=person.actor.country, org=person.actor.org,
                      sector=person.actor.sector or "CRM")
        start = min([c.i for c in noun.children if c.dep_ == "det"] + [noun.i])
        if own is not None:
            out.remove(own)
            start = min(start, own.start)
        out.append(Found(start, noun.i + 1, actor, "perpetrator", noun.i))
    out.sort(key=lambda f: f.start)
    return out


def _is_role_noun(tok: Token, roles: frozenset[str]) -> bool:
    """ "the accused", "the suspected gunman": a singular role word heading its own phrase
    after "the"; not "the accused men" (a modifier) nor "the suspects"."""
    return tok.lower_ in roles and tok.dep_ not in DESCRIPTION_EDGES and tok.tag_ not in ("NNS", "NNPS") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _named_people(doc: Doc, found: list[Found], at: dict[int, Found],
                  vocabulary: dict[str, frozenset[str]]) -> list[Named]:
    """The mentions of named people, in the document's order: the resolver's persons, and
    the names the knowledge base does not know (runs of proper nouns; the entity recogniser
    runs after the actors) that the text describes as a person of a nationality ("an
    Australian, X", "X, a Pakistani man") or by a role ("the suspect, X"), with the later
    mentions of such a name or of a word of it ("Tarrant")."""
    people = [Named(f.head, f.actor.name or doc[f.start:f.end].text, f.actor) for f in found if f.rule in NAMED_RULES]
    known: dict[str, Actor | None] = {}
    for start, end in _name_runs(doc, at):
        root = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), doc[end - 1])
        parts = [t.text for t in doc[start:end]]
        if any(w in known for w in parts):
            actor = next(known[w] for w in parts if w in known)
        else:
            actor = _nationality(root, at, vocabulary["person"])
            if actor is None and _qualifying_verb(root, vocabulary) is None:
                continue
            known.update((w, actor) for w in parts if len(w) > 1)
        people.append(Named(root.i, doc[start:end].text, actor))
    people.extend(_role_holders(doc, at, vocabulary["role"]))
    people.sort(key=lambda p: p.head)
    return people


def _role_holders(doc: Doc, at: dict[int, Found], roles: frozenset[str]) -> list[Named]:
    """The unnamed perpetrators the text gives a nationality: "a Saudi gunman", "an Afghan
    attacker" (a role noun of one person with a state's adjective or name on it)."""
    out = []
    for tok in doc:
        if tok.lower_ not in roles or tok.tag_ in ("NNS", "NNPS") or tok.dep_ in DESCRIPTION_EDGES:
            continue
        own = at.get(tok.i)
        marks = [own] if own is not None and own.head == tok.i and own.rule == "modifier+agent" else \
            [at.get(c.i) for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        for f in marks:
            if f is not None and f.actor.country and not f.actor.org \
                    and (f.rule == "modifier+agent" or f.rule in NATIONALITY_RULES and f.actor.sector is None):
                out.append(Named(tok.i, None, Actor(name=None, country=f.actor.country), role=True))
                break
    return out


def _name_runs(doc: Doc, at: dict[int, Found]) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised proper nouns no actor mention covers."""
    runs, start = [], None
    for tok in [*doc, None]:
        name = tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i not in at \
            and tok.text not in HONORIFICS
        if name and start is None:
            start = tok.i
        elif not name and start is not None:
            runs.append((start, tok.i if tok is not None else len(doc)))
            start = None
    return runs


def _nationality(root: Token, at: dict[int, Found], person_nouns: frozenset[str]) -> Actor | None:
    """The country the text describes a person by: "an Australian, X", "X, a 28-year-old
    Australian", "X, a Pakistani man", "Australian man X"."""
    described = [c for c in root.children if c.dep_ in DESCRIPTION_EDGES]
    if root.dep_ == "appos":
        described.append(root.head)
    for tok in described:
        marks = [tok]
        if tok.lemma_.lower() in person_nouns:
            marks += [g for g in tok.children if g.dep_ in DESCRIPTION_EDGES]
        for word in marks:
            f = at.get(word.i)
            if f is not None and f.rule in NATIONALITY_RULES and f.actor.country and not f.actor.org \
                    and f.actor.sector in NATIONAL_SECTORS:
                return Actor(name=None, country=f.actor.country)
    return None


def _linked_person(noun: Token, people: list[Named]) -> Named | None:
    """The person the role noun itself names: "the suspect, Patrick Crusius", "identified the
    suspect as Patrick Crusius"."""
    heads = {c.i for c in noun.children if c.dep_ == "appos"}
    if noun.dep_ == "appos":
        heads.add(noun.head.i)
    if noun.dep_ == "dobj":
        heads.update(g.i for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ == "pobj")
    return next((p for p in people if p.head in heads), None)


def _role_of(name: Token, roles: frozenset[str]) -> Token | None:
    """The role noun that names the person at ``name`` ("the suspect, X", "X, the gunman",
    "identified the suspect as X"), or None."""
    for c in name.children:
        if c.dep_ in ("appos", "compound") and c.lower_ in roles:
            return c
    if name.dep_ == "appos" and name.head.lower_ in roles:
        return name.head
    if name.dep_ == "pobj" and name.head.lower_ == "as":
        return next((c for c in name.head.head.children if c.dep_ == "dobj" and c.lower_ in roles), None)
    return None


def _last_doer(noun: Token, people: list[Named], vocabulary: dict[str, frozenset[str]]) -> Named | None:
    """The person named last before ``noun`` as a doer or suspect of a crime; None when that
    person's own clause holds the noun ("X shot the attacker": the attacker is another)."""
    doc = noun.doc
    for person in reversed([p for p in people if p.head < noun.i]):
        if person.actor is not None and person.actor.sector in LAW_SECTORS:
            continue
        verb = doc[person.head] if person.role else _qualifying_verb(doc[person.head], vocabulary)
        if verb is None:
            continue
        if verb.i == noun.i or any(a.i == verb.i for a in noun.ancestors):
            return None
        return person
    return None


def _qualifying_verb(head: Token, vocabulary: dict[str, frozenset[str]]) -> Token | None:
    """The word that makes the person at ``head`` a doer or suspect of a crime, or None: a
    role noun describing them, the act they are the subject of, the charge they are the
    object of."""
    acts, charges = vocabulary["act"], vocabulary["charge"]
    role = _role_of(head, vocabulary["role"])
    if role is not None:
        return role  # "gunman John Doe", "John Doe, the suspect"
    if head.dep_ == "appos":
        head = head.head  # "an Australian, X, appeared in court": as the phrase it describes
    verb = head.head
    if head.dep_ == "nsubj":
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for v in verbs:
            if _act(v, acts):
                return v
        for c in verb.children:
            # "appeared in court, charged with murder": the participle's subject is hers
            if c.dep_ in ("advcl", "conj") and c.tag_ == "VBN" and c.lemma_.lower() in charges \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                return c
    if head.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in charges:
        return verb  # "X was charged with murder", "police arrested X"
    for c in head.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in charges:
            return c  # "X, accused of the murder, ..."
    return None


def _act(verb: Token, acts: frozenset[str]) -> bool:
    """Whether ``verb`` tells a violent act: its lemma, or its lemma and object ("open fire")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in acts or any(
        c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in acts for c in verb.children))
