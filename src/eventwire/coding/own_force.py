"""An armed force's own unnamed act: "The Israel Defense Forces claim that a drone strike in
Lebanon killed a Hezbollah commander", "the military says the Egoz Unit has killed a
militant", "the military confirms that 18 separatists were killed in a military operation".

When a state's armed force (sector MIL) says or confirms that a strike, an operation or a unit
of its own (a noun of an armed body that names no actor) fought an armed foe, the force that
says so is the doer. Only toward an armed foe (sector REB or MIL) not itself: "the army said
30 civilians were killed in an airstrike" names no doer, and the speaker is never taken for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor
from .implicit import SPEECH_VERBS
from .lexicon import ARMED_CLASSES
from .mends import lower_lemma
from .violence import Arg

OWN_ROOTS = {"18", "19"}  # assault, fight
ARMED_SECTOR = "MIL"
FOE_SECTORS = {"REB", "MIL"}
# Nouns of an operation or a strike whose doer a text may leave to the one who reports it.
OPERATION_WORDS = {"operation", "raid", "strike", "airstrike", "offensive", "assault", "mission", "ambush"}
# Prepositions of the operation a passive act happened in ("killed in a military operation").
DURING_PREPOSITIONS = {"in", "during"}
FORMATION_CLASSES = {"formation"}  # objects.tsv: unit, brigade, battalion
WEAPON_CLASS = "weapon"


def _speech_clause(tok: Token) -> Token | None:
    """The verb of saying whose clause ``tok`` is in (up to three steps), or None."""
    node = tok
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "ccomp" and lower_lemma(head) in SPEECH_VERBS:
            return head
        node = head
    return None


def _unnamed_own(coder, doc, tok: Token) -> bool:
    """True when the act's doer is left unnamed in a way a force tells of its own acts: a
    strike or operation noun, a unit of an armed body, or a passive act "in an operation"."""
    def plain(word: Token) -> bool:
        return not coder.actors_at(doc, word)
    if tok.pos_ == "NOUN":
        return lower_lemma(tok) in OPERATION_WORDS
    subj, passive = coder._subject(tok)
    if subj is None or passive:  # "was killed in an airstrike", "says that killed two in strikes"
        if coder._agents(tok):
            return False
        return any(c.dep_ == "prep" and c.lower_ in DURING_PREPOSITIONS and any(
            p.dep_ == "pobj" and lower_lemma(p) in OPERATION_WORDS and plain(p) for p in c.children)
            for c in tok.children)
    if not plain(subj):
        return False
    if lower_lemma(subj) in OPERATION_WORDS:
        return True
    words = [subj, *(c for c in subj.children if c.dep_ == "compound")]  # "the Egoz Unit commando group"
    return any(_armed_body(coder.lexicon.classes_of(lower_lemma(w))) for w in words)


def _armed_body(classes: frozenset[str]) -> bool:
    """Word classes of a body of armed men ("troops", "a brigade"), not of a weapon ("a rocket")."""
    return bool(classes & FORMATION_CLASSES) or bool(classes & ARMED_CLASSES) and WEAPON_CLASS not in classes


def claiming_force(coder, doc, tok: Token, root: str, context) -> list[Arg]:
    """The armed force that says its own unnamed strike, operation or unit did ``tok``; or []."""
    if root not in OWN_ROOTS:
        return []
    verb = _speech_clause(tok)
    if verb is None or not _unnamed_own(coder, doc, tok):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    spans = coder.actors_at(doc, subj, context) if subj is not None else []
    if not spans or not all(s._.actor.sector == ARMED_SECTOR and s._.actor.country for s in spans):
        return []
    return [(s, None) for s in spans[:1]]


def foe_targets(speaker: Actor, targets: list[Arg]) -> list[Arg]:
    """The targets a force's own act is told against: armed foes, not the force itself."""
    return [(t, ta) for t, ta in targets if (ta or t._.actor).sector in FOE_SECTORS
            and (ta or t._.actor).code != speaker.code]
