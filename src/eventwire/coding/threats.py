"""Reading a threat's target from its condition: the subject of an "unless" (or, for a threat
verb, "if") clause on the trigger, on the verbs it is the infinitive or object of, or in what a
threat verb says (:func:`ultimatum_subjects`); and the words of such a condition, which the
threat asks for and are no act (:func:`ultimatum_condition`). Split from :mod:`.reading`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .mends import lower_lemma
from .modality import load_cues

if TYPE_CHECKING:
    from .lexicon import Lexicon, Trigger

THREAT_CODE = "130"  # threaten, not specified
HOSTILE_FROM = "13"  # roots above it are acts of force or coercion a penalty may name (14-20)
THREAT_VERBS = {"threaten", "warn"}
# Verbs of a vow or threat that the parser may conjoin to the clause a saying verb says rather
# than to the saying verb ("Russia said the UK's decision is hostile and vows a response").
VOW_VERBS = frozenset(THREAT_VERBS | {"vow", "pledge", "promise", "swear"})


def ultimatum_subjects(tok: Token) -> list[Token]:
    """The subjects of an ultimatum's condition (an "unless" clause: ``threat_conditions`` in
    cues.yaml) on the trigger or on the verbs it is the infinitive or object of ("threatened
    to strike unless the government raises pay"): the act is aimed at them."""
    marks = load_cues().threat_conditions
    chain, node = [tok], tok
    while len(chain) < 4 and node.dep_ in ("xcomp", "dobj", "pobj", "prep") and node.head.i != node.i:
        node = node.head
        chain.append(node)
    if any(lower_lemma(n) in THREAT_VERBS for n in chain):
        # "threatened to halt the talks if the US deploys missiles": a threat's "if" names
        # whom it is aimed at, as "unless" does
        marks = marks | {"if"}
    node = tok
    for _ in range(4):
        # also the condition of what a threat verb says ("warned it would respond if Finland joins
        # NATO", "warns that ... will die and will never be brought back if Iran does not agree")
        said = [c for c in node.children if c.dep_ == "ccomp"] if lower_lemma(node) in THREAT_VERBS else []
        for c in (c for n in [node, *said, *(g for w in said for g in w.children if g.dep_ == "conj")]
                  for c in n.children):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                return [x for x in c.children if x.dep_ == "nsubj"]
        if node.dep_ not in ("xcomp", "dobj", "pobj", "prep") or node.head.i == node.i:
            return []
        node = node.head
    return []


def offer_subjects(verb: Token) -> list[Token]:
    """(coder48) The subjects of a condition ("if", "unless": cues.yaml ``conditional_marks`` of
    one word) on a verb of an act that needs no target, or on the verb it is the infinitive of:
    "Hamas will disarm if Israel withdraws", "agreed to withdraw its troops if Ukraine cedes
    the region": the act offered is toward whoever must meet the condition."""
    marks = {m for m in load_cues().conditional_marks if " " not in m}
    for node in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        for c in node.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                return [x for x in c.children if x.dep_ == "nsubj"]
    return []


def ultimatum_condition(tok: Token) -> bool:
    """True for a word of an ultimatum's condition ("will withdraw its force unless Chad arranges
    a ceasefire with the rebels"): what the threat asks for, not an act, nor one to come."""
    node = tok
    for _ in range(5):
        if node.dep_ == "advcl":
            return any(m.dep_ == "mark" and m.lower_ in load_cues().threat_conditions for m in node.children)
        if node.dep_ not in ("xcomp", "dobj", "pobj", "prep", "conj", "compound") or node.head.i == node.i:
            return False
        node = node.head
    return False


def vowed_beside_said(verb: Token) -> bool:
    """True for a vow or threat (:data:`VOW_VERBS`) the parser conjoined to a said clause whose
    subject is no actor ("Russia said the UK's decision is hostile and vows a response against
    the UK": "vows" conjoined to "is"): the speaker vows, not the decision. Not where the said
    clause's subject is an actor ("said Iran is ready and vows ...": Iran's)."""
    head = verb.head
    if verb.dep_ != "conj" or lower_lemma(verb) not in VOW_VERBS or head.dep_ != "ccomp" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ != "PRON" and subject.doc._.actor_at(subject.i) is None


def fated_clause(clause: Token, lexicon: Lexicon) -> bool:
    """Whether a clause a threat verb says tells what its subject will suffer, so that the
    subject is the threat's target: passive ("warned that Hezbollah would be crushed"), a verb of
    a fate borne (``cues.yaml`` ``fate_verbs``: "would pay a heavy price", "would regret it"), or
    a penalty verb (``penalty_verbs``: "face", "risk") whose object is a penalty (``penalty_nouns``:
    "consequences") or a hostile act the lexicon codes ("face sanctions", "face a strike"). Not a
    forecast of the subject's own act ("warned that Ukraine could attack Crimea") nor a calamity
    foretold ("warned that Gaza could face a humanitarian disaster")."""
    cues = load_cues()
    lemma = lower_lemma(clause)
    if lemma in cues.fate_verbs or any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return True
    if lemma not in cues.penalty_verbs:
        return False
    for obj in (c for c in clause.children if c.dep_ == "dobj"):
        for noun in (obj, *(c for c in obj.children if c.dep_ == "conj")):
            word = lower_lemma(noun)
            if word in cues.penalty_nouns or hostile_row(noun, lexicon) is not None:
                return True
    return False


def hostile_row(noun: Token, lexicon: Lexicon) -> Trigger | None:
    """The lexicon's row of a hostile act (an act of force or coercion, roots 14-20) that a noun
    names with no condition ("sanctions", "a new offensive"), or None."""
    return next((r for r in lexicon.for_token(lower_lemma(noun), "NOUN")
                 if not r.has_condition and not r.null and r.cameo[:2] > HOSTILE_FROM), None)
