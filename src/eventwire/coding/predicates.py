"""What a clause says of its words, for the coder: a negated word or predicate, the
adjective a copular that-clause puts on its subject ("ruled the ban was unconstitutional"),
who a that-clause puts behind an act (:func:`involvement`), and whether a noun is an
organised actor (:func:`force`). Moved out of :mod:`.reading` (which still exports them)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..actors.component import actor_index
from .implicit import load_agents
from .mends import lower_lemma

PEOPLE_SECTORS = {"CVL", "REF"}  # sectors of people, not of organised actors


def force(tok: Token) -> bool:
    """A noun for an organised actor: a named one with a sector other than civilians or
    refugees ("Israeli troops"), or an agent noun of such a sector ("police")."""
    span = actor_index(tok.doc).get(tok.i)  # (doc._.actor_at)
    sector = span._.actor.sector if span is not None else load_agents().get(lower_lemma(tok))
    return sector is not None and sector not in PEOPLE_SECTORS


def negated(word: Token) -> bool:
    """True for a word with a negation on it ("not guilty", "was not unlawful")."""
    return "neg" in [c.dep_ for c in word.children]  # (a list: one call, not a generator step for each child)


def negated_predicates(verb: Token) -> list[Token]:
    """The adjectives a verb says something is not ("found the three men not guilty"), which
    :func:`clause_predicates` leaves out: what an object condition reads as "not guilty"."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ" and negated(c)]


def clause_predicates(verb: Token, classes_of: Callable[[str], frozenset[str]]) -> list[tuple[Token, Token]]:
    """(subject, adjective) of a copular clause on a verb that says what something is:
    "ruled [that] the ban was unconstitutional", "found the suspension to be unlawful"; and
    who a that-clause puts behind an act (:func:`involvement`). ``classes_of``: a lemma's
    object classes (``Lexicon.classes_of``)."""
    out = []
    for c in verb.children:
        if c.dep_ != "ccomp":
            continue
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if negated(c):
            continue  # "found the three men not guilty", "ruled the ban was not unlawful": said not to be
        if c.lemma_ == "be" and subj is not None:
            out += [(subj, g) for g in c.children if g.dep_ == "acomp" and not negated(g)]
        elif c.pos_ == "ADJ":
            # "declared Lula's decree unconstitutional": the parser may hang the thing's
            # words on the adjective itself
            words = [subj] if subj is not None else [g for g in c.children if g.dep_ in ("poss", "compound")]
            out += [(w, c) for w in words]
        out += involvement(c, classes_of)
    return out


# A that-clause that puts someone behind an act ("said Iran was behind the attack", "claimed
# the rioters were sent by the government", "said foreign forces were involved in the
# protests"): the words that say so. A row of a saying verb (triggers.tsv, 112) names the
# acts it accuses of (object class @violence); the one put behind the act is its target.
INVOLVEMENT_PREPOSITIONS = {"behind"}  # "X was behind Y"
INVOLVEMENT_ADJECTIVES = {"responsible": "for", "involved": "in", "complicit": "in", "implicated": "in"}
INVOLVEMENT_PASSIVES = {"involve": "in", "implicate": "in"}  # "X were involved in Y"
# The means of a deed ("won through fraud", "due to fraud"; "due" takes its "to"), and the
# class of objects.tsv of the wrongdoings that, as its means, accuse its doer.
MEANS_PREPOSITIONS = {"through", "by", "via", "due"}
FRAUD_CLASS = "fraud"
# Verbs of setting others on: "Y were sent by X", "Y was orchestrated by X".
INSTIGATION_VERBS = {"send", "pay", "hire", "organize", "organise", "orchestrate", "instigate", "incite",
                     "fund", "finance", "mastermind", "sponsor", "plan", "arm", "direct", "stage"}


def involvement(clause: Token, classes_of: Callable[[str], frozenset[str]]) -> list[tuple[Token, Token]]:
    """(the one put behind, the act) of a that-clause that says who is behind, involved in,
    responsible for or the sender of an act ("said Iran was behind the attack": Iran, attack;
    "claimed the protesters were sent by the government": government, protesters); nothing
    for a clause said not to be so, nor where the one put behind is no state or organised
    actor (:func:`_organised`)."""
    if negated(clause):
        return []
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    lemma = lower_lemma(clause)
    out: list[tuple[Token, Token]] = []

    def objects_of(word: Token, prep: str) -> list[Token]:
        return [g for c in word.children if c.dep_ == "prep" and c.lower_ == prep
                for g in c.children if g.dep_ == "pobj"]

    if lemma == "be":
        for c in clause.children:
            if c.dep_ == "prep" and c.lower_ in INVOLVEMENT_PREPOSITIONS:
                out += [(subj, g) for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("acomp", "attr") and c.lower_ in INVOLVEMENT_ADJECTIVES and not negated(c):
                out += [(subj, g) for g in objects_of(c, INVOLVEMENT_ADJECTIVES[c.lower_])]
    elif any(c.dep_ == "auxpass" for c in clause.children):
        if lemma in INVOLVEMENT_PASSIVES:
            out += [(subj, g) for g in objects_of(clause, INVOLVEMENT_PASSIVES[lemma])]
        elif lemma in INSTIGATION_VERBS:
            out += [(g, subj) for c in clause.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]
    for c in clause.children:
        # "claimed Biden won the election through fraud", "due to voter fraud": a deed done
        # by a wrongdoing (objects.tsv @fraud), of which the clause's subject is accused
        if c.dep_ == "prep" and c.lower_ in MEANS_PREPOSITIONS:
            pobjs = [g for g in c.children if g.dep_ == "pobj"] + [
                p for g in c.children if g.dep_ == "pcomp" and g.lower_ == "to"
                for p in g.children if p.dep_ == "pobj"]
            out += [(subj, g) for g in pobjs if FRAUD_CLASS in classes_of(lower_lemma(g))]
    # an organised actor: "police said two men were involved in the shooting" tells of suspects
    return [(who, act) for who, act in out if _organised(who)]


def _organised(tok: Token) -> bool:
    """A state or an organised actor (:func:`force`), not people ("two men")."""
    span = tok.doc._.actor_at(tok.i)
    return span is not None and span._.actor.sector is None or force(tok)
