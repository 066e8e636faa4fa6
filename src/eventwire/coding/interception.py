"""Interceptions: "an Iranian missile was intercepted over Tel Aviv", "Saudi air defences
intercepted drones launched from Yemen". What is told is the attack: the weapon's sender
(its owner, "an Iranian missile", or the state it was launched from) attacks the state that
intercepts it (the interceptor's; with no interceptor named, the place of the interception).
The interceptor is not the source, and the weapon's own participle ("launched from Yemen")
codes nothing of its own. With no sender named, nothing is coded (no invented attacker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from .coder import Coder, DocContext

INTERCEPT_VERBS = {"intercept"}
# Prepositions of where an interception happens ("over Tel Aviv", "near Dubai airport").
PLACE_PREPOSITIONS = ("over", "above", "near", "off", "in")
# Prepositions by which a weapon's participle names whom it was aimed at ("fired at Israel").
AIM_PREPOSITIONS = ("at", "toward", "towards", "on", "against")


def intercepts(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in INTERCEPT_VERBS


def intercepted_weapon(verb: Token) -> Token | None:
    """The thing an interception verb stops: its object, or the subject of its passive."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    deps = ("nsubjpass",) if passive else ("dobj",)
    if not passive and verb.dep_ == "acl":  # "a missile intercepted over Haifa"
        return verb.head
    return next((c for c in verb.children if c.dep_ in deps), None)


def launch_of_intercepted(tok: Token) -> bool:
    """True for the participle of a weapon that is intercepted ("drones launched from Yemen"
    in "air defences intercepted drones launched from Yemen"): the interception codes it."""
    return (tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "nsubjpass")
            and intercepts(tok.head.head) and intercepted_weapon(tok.head.head) == tok.head)


def interception(coder: Coder, doc: Doc, verb: Token,
                 context: DocContext) -> list[tuple[Span, Span | None]]:
    """(sender, attacked) pairs of an interception verb; none when no sender is named."""
    weapon = intercepted_weapon(verb)
    if weapon is None:
        return []
    launches = [c for c in weapon.children if c.dep_ == "acl" and c.i != verb.i]
    senders = coder.actors_at(doc, weapon, context)
    if not senders:
        site = next((s for v in launches if (s := coder._launch_site(doc, weapon, v)) is not None), None)
        senders = [site] if site is not None else []
    if not senders:
        return []
    subj, passive = coder._subject(verb)
    attacked: list[Span] = []
    if subj is not None and not passive:
        attacked = coder.actors_at(doc, subj, context)
    interceptors = bool(attacked)
    if not attacked:
        for word in AIM_PREPOSITIONS:  # "a missile fired at Israel was intercepted"
            attacked += [s for p in coder._prep_objects(launches, word) for s in coder.actors_at(doc, p, context)]
    if not attacked:
        for word in PLACE_PREPOSITIONS:
            attacked += [s for p in coder._prep_objects([verb], word) for s in _place(coder, doc, p, context)]
    if not attacked and context.places is not None:
        span = context.places.in_sentence(verb.sent)
        attacked = [span] if span is not None else []
    sender_codes = {s._.actor.code for s in senders}
    attacked = [a for a in attacked if a._.actor.code not in sender_codes]
    # the interceptors the subject names, each ("Bahrain and Kuwait intercepted ..."); else the
    # first place or aim found
    attacked = attacked if interceptors else attacked[:1]
    return [(s, a) for s in senders for a in attacked or [None]]


def _place(coder: Coder, doc: Doc, tok: Token, context: DocContext) -> list[Span]:
    found = coder.actors_at(doc, tok, context)
    if found:
        return found
    span = doc._.actor_at(tok.i)
    return [span] if span is not None else []
