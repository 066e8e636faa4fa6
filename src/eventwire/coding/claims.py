"""Attacks an armed group claims, or that others put on someone: "Ten people are killed in a
suicide bombing at a mosque in Peshawar, Pakistan. The Pakistani Taliban claims
responsibility."; "... Witnesses attribute the shooting to Israeli forces."; "blaming the
attack on the ELN". The claimant (the one blamed) is the attacker of the act the claim names
("for the bombing", "the attack") or, where it names none, of the act the sentence before it
tells; the target is the state where that act happened (GUIDE.md section 2: a place stands
for its country). Nothing where the sentence already codes an act of force by that actor,
where the claim is denied ("did not claim"), or where no act of ``data/claimed_acts.tsv`` is
told.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from ..datafiles import tsv_body
from ..errors import KnowledgeBaseError
from ..records import Actor
from .coder import Coding
from .implicit import Places
from .lexicon import Trigger, data_path
from .mends import lower_lemma
from .predicates import negated
from .violence import VIOLENCE_ROOTS

CLAIM_VERBS = {"claim", "accept", "admit"}
CLAIM_NOUN = "responsibility"
# Verbs that put an act on someone, and the preposition that names whom.
BLAME_VERBS = {"attribute": "to", "blame": "on", "ascribe": "to"}
BOMB_CODE = "183"
CLAIMED_TABLE = "claimed_acts.tsv"  # the table named by the codings made here
ANAPHORIC = {"the", "this", "that", "these", "those"}  # "for the attack": the one told before


@functools.lru_cache(maxsize=1)
def load_claimed_acts() -> dict[str, str]:
    """``data/claimed_acts.tsv``: lemma -> CAMEO code."""
    path = data_path(CLAIMED_TABLE)
    out: dict[str, str] = {}
    for lineno, cells in tsv_body(path):
        if len(cells) != 2 or not cells[0] or not cells[1].isdigit():
            raise KnowledgeBaseError(str(path), lineno, "expected lemma<TAB>cameo")
        out[cells[0].lower()] = cells[1]
    return out


def claimed_attacks(sent: Span, codings: list[Coding], places: Places,
                    lemmas: frozenset[str] | None = None) -> list[Coding]:
    """``codings`` with the attack each claim of responsibility (or blame) in ``sent`` makes
    its claimant's (see the module's doc). ``lemmas``: the sentence's lower-case lemmas
    (:func:`.wordscan.sentence_lemmas`), when the caller read them: without a claim or blame
    verb among them, the words are not walked."""
    out = list(codings)
    if lemmas is not None and lemmas.isdisjoint(CLAIM_VERBS) and lemmas.isdisjoint(BLAME_VERBS):
        return out
    for verb in sent:
        lemma = lower_lemma(verb)
        if lemma not in CLAIM_VERBS and lemma not in BLAME_VERBS or negated(verb):
            continue
        found = _claim(verb, sent, places) if lemma in CLAIM_VERBS else _blame(verb, lemma, places)
        if found is None or _codes_force(codings, found[0]):
            continue
        doer, act = found
        told = _claimed_act(act, sent)
        if told is None:
            continue
        code, told_in = told
        placed = next((p for p in map(places.placed, told_in) if p is not None), None)
        if placed is None:
            # no place told: the country the story is in, named by the act's word
            home = places.home()
            if home is None:
                continue
            placed = sent.doc[act.i:act.i + 1], Actor(country=home)
        span, actor = placed
        rule = Trigger.made(lemma, verb.pos_, code, table=CLAIMED_TABLE)
        out.append(Coding(verb, rule, doer, span, target_actor=actor.with_sector(None)))
    return out


def _claim(verb: Token, sent: Span, places: Places) -> tuple[Span, Token] | None:
    """The claimant and the "responsibility" it claims, or None."""
    noun = _responsibility(verb)
    if noun is None or verb.i == sent.start:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # a headline's verb the parser makes a noun ("Al-Shabaab claims responsibility"): the
    # name right before it
    claimant = places.at(subj.i if subj is not None else verb.i - 1)
    return (claimant, noun) if claimant is not None else None


def _blame(verb: Token, lemma: str, places: Places) -> tuple[Span, Token] | None:
    """The one an act is put on ("attribute the attack to the army", "blaming the bombing on
    the rebels") and a word that governs the act (its "for" is the act itself: see
    :func:`_claimed_act`), or None where either is missing or the one blamed is no actor."""
    acts = load_claimed_acts()
    act = next((c for c in verb.children if c.dep_ == "dobj" and lower_lemma(c) in acts), None)
    if act is None:
        return None
    # the preposition on the verb or, as the parser often hangs it, on the act
    doers = [g for c in (*verb.children, *act.children) if c.dep_ == "prep" and c.lower_ == BLAME_VERBS[lemma]
             for g in c.children if g.dep_ == "pobj"]
    if not doers:
        return None
    # the noun blamed or a word of its name ("the Sudanese army"), not a place it is in
    words = [doers[0], *(c for c in doers[0].children if c.dep_ in ("compound", "amod"))]
    doer = next(filter(None, (places.at(t.i) for t in words)), None)
    return (doer, act) if doer is not None else None


def _responsibility(verb: Token) -> Token | None:
    """The "responsibility" ``verb`` claims: its object, or the noun a headline's verb the
    parser makes a modifier of ("claims/NNS responsibility") hangs on."""
    found = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == CLAIM_NOUN), None)
    if found is not None:
        return found
    if verb.dep_ == "compound" and verb.head.lower_ == CLAIM_NOUN and verb.head.i == verb.i + 1:
        return verb.head
    return None


def _codes_force(codings: list[Coding], claimant: Span) -> bool:
    """Whether an act of force by the claimant is coded already ("claims responsibility for
    the bombing of the embassy")."""
    return any(c.rule.cameo[:2] in VIOLENCE_ROOTS and c.source is not None
               and c.source.start <= claimant.root.i < c.source.end for c in codings)


def _claimed_act(noun: Token, sent: Span) -> tuple[str, list[Span]] | None:
    """The code of the act claimed and the sentences that may tell where it happened: the act
    the claim is "for" (told here, or named again from the sentence before: "for the
    attack"), else the one the sentence before tells; None where neither tells one."""
    acts = load_claimed_acts()
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    claimed = [noun] if noun.lower_ != CLAIM_NOUN else [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    if claimed:
        words = list(claimed[0].subtree)
        if before is not None and any(c.dep_ == "det" and c.lower_ in ANAPHORIC for c in claimed[0].children):
            words += list(before)  # "for the attack": the car bomb the sentence before tells
        code = _code_of(words, acts)
        if code is None:
            return None  # "claimed responsibility for the hack"
        return code, [sent] if before is None else [sent, before]
    if before is None:
        return None
    code = _code_of(list(before), acts)
    return (code, [before]) if code is not None else None


def _code_of(words: list[Token], acts: dict[str, str]) -> str | None:
    """The code of the first act word of ``words``, a bomb's before any other."""
    codes = [acts[lower_lemma(w)] for w in words if lower_lemma(w) in acts]
    return BOMB_CODE if BOMB_CODE in codes else (codes[0] if codes else None)

