"""Threats whose act the threat verb names but whose target the lexicon's rows of the verb do not
find (the twenty-sixth round, threat41):

- a hostile act named by the object noun of "threaten", aimed where the noun's own row says
  ("Iran threatened an invasion of Azerbaijan": the object of "of" after "invasion", 1382;
  "threatened a blockade of Cyprus", 1381); where the verb's rows coded the threat already
  toward that target, the act named gives it its sub-code ("threatened sanctions against
  Azerbaijan": 1312, not 130);
- a threatening participle after an act that is no demand ("Russia massed troops near the
  border with Ukraine, threatening to invade the country"): the main clause's subject threatens
  the act named (its infinitive, or its object noun: "threatening an invasion"), toward the
  object of the threatened act or, where that names no actor, the target of the main act.
  Only a hostile act (roots 14-20 the lexicon codes): "clashes erupted, threatening to derail
  the talks" says what the clashes may bring about, no threat by anyone;
- a hostile act that a negated "rule out" governs ("refused to rule out using force to seize
  Guyana"): the threat of it, not the act; ruled out ("ruled out using force to seize"): none.

"Threatened" as a state ("threatened species", "feel threatened") governs no act: nothing here.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from ..records import Actor
from .coder import Coding
from .implicit import Places
from .lexicon import NEGATED_FLAG, Lexicon, Trigger
from .mends import lower_lemma
from .predicates import negated
from .threats import HOSTILE_FROM, THREAT_CODE, hostile_row
from .violence import FIGHT_ROOT, UNARMED_DOER_SECTORS

THREATENED_TABLE = "threatened.py"  # the provenance of the codings made here
NAMING_VERBS = frozenset({"threaten"})  # verbs whose object noun is the act threatened
PARTICIPLE_VERBS = frozenset({"threaten"})  # ", threatening to invade"
GENERIC_THREATS = frozenset({THREAT_CODE, "138"})  # codes a named act makes more precise
ASKED_ROOTS = frozenset({"02", "10"})  # a demand a participle backs: ultimatums._threatening
PREP_SLOT = "prep:"
RULE_OUT = ("rule", "out")  # "did not rule out using force to seize X" (lemma, particle)
REFUSING_VERBS = frozenset({"refuse", "decline"})  # "refused to rule out": not ruled out
CHAIN_DEPS = frozenset({"xcomp", "advcl"})  # "rule out using force to seize X"
FORCE_CLASS = "force"  # objects.tsv: the class of words of force ("military action", "force")


def threatened_acts(sent: Span, codings: list[Coding], places: Places, lexicon: Lexicon,
                    recode: Callable[[str, str], str | None],
                    lemmas: frozenset[str] | None = None) -> list[Coding]:
    """``codings`` with the threats of ``sent`` described in the module's doc added (or their
    codes made precise). ``lemmas``: the sentence's lower-case lemmas
    (:func:`.wordscan.sentence_lemmas`), when the caller read them: without a verb of
    ``NAMING_VERBS`` or ``PARTICIPLE_VERBS`` among them, the words are not walked."""
    out = _not_ruled_out(codings, lexicon, recode)
    if lemmas is not None and lemmas.isdisjoint(NAMING_VERBS) and lemmas.isdisjoint(PARTICIPLE_VERBS):
        return out
    for word in sent:
        if word.pos_ != "VERB" or negated(word):
            continue
        lemma = lower_lemma(word)
        if lemma in NAMING_VERBS and (word.tag_ != "VBN" or _active_perfect(word)):
            out = _named_act(word, out, places, lexicon, recode)
        if lemma in PARTICIPLE_VERBS and word.tag_ == "VBG" and word.dep_ == "advcl" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            out += _participle(word, out, places, lexicon, recode)
    return out


def _active_perfect(word: Token) -> bool:
    """True for a past participle of an active perfect ("has threatened"), not a passive or an
    adjective ("was threatened", "feel threatened")."""
    return not any(c.dep_ == "auxpass" for c in word.children) and any(
        c.dep_ == "aux" and lower_lemma(c) == "have" for c in word.children)


def _subject_span(verb: Token, places: Places) -> Span | None:
    """The actor who does what ``verb`` says: its subject, or that of the verb it is conjoined to
    or the complement of ("met the envoy and threatened ...", "decided to threaten ...")."""
    node = verb
    for _ in range(3):
        for s in (c for c in node.children if c.dep_ == "nsubj"):
            span = places.at(s.i)
            if span is not None:
                return span
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _noun_target(noun: Token, row: Trigger, places: Places) -> Span | None:
    """The actor at one of the noun's own target slots ("invasion of Azerbaijan"), or None."""
    for slot in row.slots:
        if not slot.startswith(PREP_SLOT):
            continue
        word = slot[len(PREP_SLOT):]
        for p in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == word):
            for g in (c for c in p.children if c.dep_ == "pobj"):
                span = places.at(g.i)
                if span is not None:
                    return span
    return None


def _hostile_objects(verb: Token, lexicon: Lexicon, *, with_: bool = False) -> list[tuple[Token, Trigger | None]]:
    """The object nouns of ``verb`` (and their conjuncts) that name a hostile act, with its row
    (None for force the lexicon's rows do not code: "military action", "force"); with ``with_``
    also the objects of its "with" ("threatened Afghanistan with military action")."""
    out: list[tuple[Token, Trigger | None]] = []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    means = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"] if with_ else []
    for obj in objects + means:
        for noun in (obj, *(c for c in obj.children if c.dep_ == "conj")):
            row = hostile_row(noun, lexicon)
            # force named as the means ("with military action"; not the object: "threatened troops")
            if row is not None or obj in means and any(FORCE_CLASS in lexicon.classes_of(lower_lemma(w)) for w in (
                    noun, *(c for c in noun.children if c.dep_ in ("amod", "compound")))):
                out.append((noun, row))
    return out


def _act_code(row: Trigger | None, source: Actor | None, recode: Callable[[str, str], str | None]) -> str:
    """The threat's code of the act a row codes (the unarmed doer's code for an unarmed doer's:
    "workers threatened a strike", 133), or of force (138)."""
    if row is None:
        return recode("threat", FIGHT_ROOT) or THREAT_CODE
    code = row.cameo
    if row.unarmed_code is not None and source is not None and not source.org \
            and source.sector in UNARMED_DOER_SECTORS:
        code = row.unarmed_code
    return recode("threat", code) or THREAT_CODE


def _named_act(verb: Token, codings: list[Coding], places: Places, lexicon: Lexicon,
               recode: Callable[[str, str], str | None]) -> list[Coding]:
    """``codings`` with the threat of the hostile act ``verb``'s object names, toward its
    target, added; or the verb's coded threat toward that target given the act's code."""
    objects = _hostile_objects(verb, lexicon, with_=True)
    if not objects:
        return codings
    out = list(codings)
    for noun, row in objects:
        target = _noun_target(noun, row, places) if row is not None else None
        own = [n for n, c in enumerate(out) if c.trigger.i == verb.i and c.rule.cameo[:2] == THREAT_CODE[:2]]
        same = [n for n in own if target is not None and out[n].target is not None
                and places.actor(out[n].target) == places.actor(target)] if target is not None else own
        if same:
            for n in same:
                c = out[n]
                code = _act_code(row, c.source_key, recode)
                if c.rule.cameo in GENERIC_THREATS and code != c.rule.cameo:
                    rule = Trigger.made(lower_lemma(verb), verb.pos_, code, table=THREATENED_TABLE)
                    out[n] = Coding(c.trigger, rule, c.source, c.target, c.source_actor, c.target_actor)
            continue
        if target is None or own:
            continue
        source = _subject_span(verb, places)
        if source is None or source.start == target.start or places.actor(source) == places.actor(target):
            continue
        rule = Trigger.made(lower_lemma(verb), verb.pos_, _act_code(row, places.actor(source), recode),
                            table=THREATENED_TABLE)
        out.append(Coding(verb, rule, source, target))
    return out


def threatened_code(word: Token, lexicon: Lexicon, recode: Callable[[str, str], str | None]) -> str | None:
    """The threat's code of the hostile act a participle names: its infinitive ("threatening to
    invade") or its object noun ("threatening an invasion"); None where it names none."""
    for x in (c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        if negated(x):
            return None
        row = next((r for r in lexicon.for_token(lower_lemma(x), "VERB")
                    if not r.has_condition and not r.null and r.cameo[:2] > HOSTILE_FROM), None)
        if row is not None:
            return recode("threat", row.cameo) or THREAT_CODE
    for _, row in _hostile_objects(word, lexicon):
        return _act_code(row, None, recode)
    return None


def _participle(word: Token, codings: list[Coding], places: Places, lexicon: Lexicon,
                recode: Callable[[str, str], str | None]) -> list[Coding]:
    """The threat a subjectless participle on a coded act makes (see the module's doc): by the
    act's source, toward its target, unless the participle's own act was coded."""
    inside = {t.i for t in word.subtree}
    if any(c.trigger.i in inside for c in codings):
        return []  # "threatening to destroy Pakistani positions": the frame coded it
    code = threatened_code(word, lexicon, recode)
    if code is None:
        return []
    made = []
    for c in codings:
        if c.trigger.i != word.head.i or c.rule.cameo[:2] in ASKED_ROOTS or c.rule.cameo[:2] == THREAT_CODE[:2]:
            continue
        if c.source is None and c.source_actor is None or c.target is None and c.target_actor is None:
            continue
        rule = Trigger.made(lower_lemma(word), word.pos_, code, table=THREATENED_TABLE)
        made.append(Coding(word, rule, c.source, c.target, c.source_actor, c.target_actor))
    return made


def _not_ruled_out(codings: list[Coding], lexicon: Lexicon, recode: Callable[[str, str], str | None]) -> list[Coding]:
    """``codings`` with a hostile act that a negated "rule out" governs through "using force to"
    ("did not rule out using military force to take control of Guyana", "refused to rule out
    using force to seize X") made the threat of it (CAMEO 13, as ``triggers.tsv``'s rows of
    "rule out" code the force ruled in): the act is not done. Its trigger is "rule out" (stated
    as its row's are, flag ``negated``)."""
    out = []
    for c in codings:
        ruler, ruled_in = _ruling_out(c.trigger) if c.rule.cameo[:2] > HOSTILE_FROM else (None, False)
        if ruler is None:
            out.append(c)
            continue
        if not ruled_in:
            continue  # "ruled out using force to seize Guyana": no seizure, no threat
        code = recode("threat", c.rule.cameo) or THREAT_CODE
        rule = Trigger(lower_lemma(ruler), RULE_OUT[1], ruler.pos_, code, (), frozenset(), frozenset(),
                       frozenset({NEGATED_FLAG}), 0, table=THREATENED_TABLE)
        out.append(Coding(ruler, rule, c.source, c.target, c.source_actor, c.target_actor))
    return out


def _ruling_out(trigger: Token) -> tuple[Token | None, bool]:
    """The "rule out" verb that governs ``trigger`` through the infinitives and gerunds between
    them ("rule out using force to seize"), or None; and whether it is negated (the act ruled in:
    "did not rule out", "refused to rule out")."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in CHAIN_DEPS or node.head.i == node.i:
            return None, False
        node = node.head
        if lower_lemma(node) == RULE_OUT[0] and any(c.dep_ == "prt" and c.lower_ == RULE_OUT[1] for c in node.children):
            refused = node.dep_ == "xcomp" and lower_lemma(node.head) in REFUSING_VERBS
            return node, negated(node) or refused
    return None, False
