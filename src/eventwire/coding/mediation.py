"""Mediation accepted or refused: "Sudan agreed to Egyptian mediation" is Sudan accepting
Egypt's mediation (CAMEO 038, toward the mediator), not Egypt's intent to mediate (039);
"Sudan refused Egyptian mediation" is 126. The frame (``frames.py``) around a mediation
noun whose own actor is not the frame's subject makes the subject the source and the
mediator the target."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from .lexicon import Trigger

MEDIATION_CODE = "045"
# The code of the statement by the kind of frame around someone else's mediation.
ACCEPTANCE_CODES = {"intent": "038", "both": "038", "refusal": "126"}


def accepted_mediation(noun: Token, cameo: str, head: Token, kind: str, mediator: Span | None,
                       parties_of: Callable[[Token], list[Span]]) -> tuple[str, list[Span]] | None:
    """For a mediation ``noun`` (coded ``cameo``) framed by ``head`` of ``kind``, with its own
    actor ``mediator``: the code of the frame's statement and the sides that accept or refuse
    it (the actors of the frame's subject, found by ``parties_of``, other than the mediator);
    None when this is not someone else's mediation."""
    code = ACCEPTANCE_CODES.get(kind)
    if noun.pos_ != "NOUN" or cameo != MEDIATION_CODE or code is None or mediator is None:
        return None
    verb = head.head if head.pos_ == "ADJ" else head  # "is ready for Egyptian mediation"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    key = mediator._.actor.key if mediator._.actor is not None else None
    parties = [p for p in parties_of(subject) if p._.actor is not None and p._.actor.key != key]
    return (code, parties) if parties else None


def mediated_talks(noun: Token, cameo: str, noun_row: Callable[[Token], Trigger | None]) -> bool:
    """True for talks (a consultation noun, ``cameo`` 04) that a mediation noun governs: "agreed
    to US mediation in the final talks with Syria", "opposed French mediation of negotiations
    with Chad". They are what is mediated, told by the mediation event, not a meeting of their
    own the sentence reports. ``noun_row``: the lexicon row a noun has as a trigger, or None."""
    if cameo[:2] != "04" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False  # (most triggers: their head not made)
    prep = noun.head
    if prep.lower_ not in ("in", "of", "for") or prep.i == 0:
        return False
    # the parser often hangs the "in" on the verb: then the mediation noun is the word before it
    governor = prep.head if prep.head.pos_ == "NOUN" else noun.doc[prep.i - 1]
    if governor.pos_ != "NOUN":
        return False
    row = noun_row(governor)
    return row is not None and row.cameo == MEDIATION_CODE
