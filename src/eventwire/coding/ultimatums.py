"""Ultimatums: a demand backed by a penalty is a threat (CAMEO 13) made by whoever demands, to
whoever must comply. "The US told Iran to abandon its programme or face consequences", "Israel
gave Hamas 48 hours to release the hostages or face a new offensive", "Turkey demanded that Syria
withdraw or face sanctions", "the army ordered the deserters to return within 12 hours or face
criminal action", "the US said that Iran must stop or face consequences"; and a demand with a
threat beside it, "Turkey demanded that Syria withdraw, threatening sanctions".

The code (codebook, 139 "Give ultimatum": "look for the word 'ultimatum', otherwise it is simply
a threat"): 139 where the demand is called an ultimatum or sets a time limit (a final demand:
"within 12 hours", "gave Hamas 48 hours"; ``cues.yaml`` ``ultimatum_nouns``, ``deadline_words``),
else the threat of the penalty named (the lexicon's code of its noun, recoded as a threat by
``frame_codes.tsv``: "a new offensive" 138, "sanctions" 1312), else 130. A demand its verb codes
stays beside the threat ("demanded that Syria withdraw or face sanctions": 100 and 1312; the PLOVER
records code such a sentence a demand, the CAMEO codebook a threat). The act demanded is not done
("to release the hostages": no release). A penalty with no actor to issue it or none to suffer it
is no threat between actors ("foreign agents must register or face fines" under a law).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from .coder import Coding
from .implicit import Places
from .lexicon import Lexicon, Trigger
from .mends import lower_lemma
from .modality import Cues
from .predicates import negated
from .threatened import threatened_acts, threatened_code
from .threats import THREAT_CODE, THREAT_VERBS, hostile_row

ULTIMATUM_CODE = "139"
ULTIMATUM_TABLE = "cues.yaml"  # the table named by the codings made here (its penalty_verbs)
ASKED_ROOTS = {"02", "10"}  # a request or a demand a threatening participle backs ("urged ..., warning of")
ADDRESSEE_DEPS = ("dobj", "dative")  # "told Iran to", "gave Hamas 48 hours to"
SUBJECT_DEPS = ("nsubj",)
LIMIT_PREPOSITIONS = {"within", "by"}  # "within 12 hours", "by the deadline"


def ultimatums(sent: Span, codings: list[Coding], places: Places, cues: Cues, lexicon: Lexicon,
               recode: Callable[[str, str], str | None], lemmas: frozenset[str] | None = None) -> list[Coding]:
    """``codings`` with the ultimatums of ``sent`` (see the module's doc) added, and the acts they
    demand taken out; then the threats :func:`.threatened.threatened_acts` reads. ``lemmas``: the
    sentence's lower-case lemmas (:func:`.wordscan.sentence_lemmas`), when the caller read them:
    without a penalty or threat verb among them, the words are not walked here."""
    out = list(codings)
    if lemmas is not None and lemmas.isdisjoint(cues.penalty_verbs) and lemmas.isdisjoint(THREAT_VERBS):
        return threatened_acts(sent, out, places, lexicon, recode, lemmas)
    for word in sent:
        lemma = lower_lemma(word)
        if lemma in cues.penalty_verbs and _after_or(word):
            found = _ultimatum(word, places, cues, lexicon, recode)
            if found is None:
                continue
            verb, act, made = found
            demanded = {t.i for t in act.subtree}
            out = [c for c in out if c.trigger.i not in demanded]
            out += made
        elif lemma in THREAT_VERBS and word.tag_ == "VBG" and word.dep_ == "advcl" \
                and not any(c.dep_ in SUBJECT_DEPS for c in word.children):
            out += _threatening(word, out, lexicon, recode)
    return threatened_acts(sent, out, places, lexicon, recode, lemmas)


def _after_or(word: Token) -> bool:
    """True for a verb conjoined by "or" to the act before it ("... or face consequences"); also
    where the parser makes it a noun conjoined to the act's object, which it still governs ("must
    halt enrichment or face/NN consequences/dobj")."""
    if word.dep_ != "conj" or word.i == 0 or word.pos_ not in ("VERB", "AUX") and not (
            word.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in word.children)):
        return False
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in word.children) or word.doc[word.i - 1].lower_ == "or"


def _ultimatum(penalty: Token, places: Places, cues: Cues, lexicon: Lexicon,
               recode: Callable[[str, str], str | None]) -> tuple[Token, Token, list[Coding]] | None:
    """The verb that issues the ultimatum whose penalty ``penalty`` names, the act demanded,
    and the codings of the ultimatum (one per addressee); None where it is none."""
    act = penalty.head
    while act.dep_ == "conj" and act.head.i != act.i:
        act = act.head
    while act.pos_ in ("NOUN", "PROPN", "ADP") and act.dep_ in ("dobj", "pobj", "prep") and act.head.i != act.i:
        act = act.head  # the object the parser conjoined the penalty to: its verb ("halt enrichment or face")
    noun = None
    if act.dep_ == "ccomp":  # "demanded that Syria withdraw or face", "said Iran must stop or face"
        verb = act.head
        addressees = _with_conjuncts([c for c in act.children if c.dep_ in SUBJECT_DEPS])
    elif act.dep_ in ("xcomp", "advcl"):  # "told Iran to abandon", "gave Hamas 48 hours to release"
        verb = act.head
        addressees = _with_conjuncts([c for c in verb.children if c.dep_ in ADDRESSEE_DEPS]
                                     or [c for c in verb.children if c.dep_ == "nsubjpass"])  # "was told by"
        noun = next((c for c in verb.children if c.dep_ == "dobj" and lower_lemma(c) in cues.ultimatum_nouns), None)
    elif act.dep_ == "acl" and act.head.dep_ == "dobj":  # "issued an ultimatum to Iran to withdraw or face"
        noun, verb = act.head, act.head.head
        addressees = _with_conjuncts([c for c in verb.children if c.dep_ == "dative"] + [
            g for h in (noun, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children if g.dep_ == "pobj"])
    else:
        return None
    if verb.pos_ != "VERB" or negated(verb) or negated(penalty):
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or [
        g for p in verb.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"]
    if not subjects and verb.dep_ in ("conj", "xcomp", "advcl"):  # "met the envoy and told him to"
        subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    source = next(filter(None, (places.at(s.i) for s in subjects)), None)
    if source is None:
        return None
    if noun is not None and lower_lemma(noun) in cues.ultimatum_nouns or _time_limit(verb, penalty, cues):
        code = ULTIMATUM_CODE
    else:
        code = _penalty_code([c for c in penalty.children if c.dep_ == "dobj"], lexicon, recode)
    rule = Trigger.made(lower_lemma(verb), verb.pos_, code, table=ULTIMATUM_TABLE)
    made = []
    for t in addressees:
        target = places.at(t.i)
        if target is None or target.start == source.start or places.actor(target) == places.actor(source):
            continue
        made.append(Coding(verb, rule, source, target))
    return (verb, act, made) if made else None


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """``tokens`` and the words conjoined to them ("told Iran and Syria to")."""
    out = list(tokens)
    for t in out:  # (grows as it goes: the conjuncts of a conjunct)
        out += [c for c in t.children if c.dep_ == "conj"]
    return out


def _time_limit(verb: Token, penalty: Token, cues: Cues) -> bool:
    """True where the demand sets a time limit: "within 12 hours", "gave Hamas 48 hours to", "a
    deadline" (not in the penalty: "or face a week of strikes")."""
    inside = {t.i for t in penalty.subtree}
    for t in verb.subtree:
        if t.i in inside or lower_lemma(t) not in cues.deadline_words:
            continue
        if lower_lemma(t) == "deadline" or t.head.lower_ in LIMIT_PREPOSITIONS \
                or t.dep_ == "dobj" and t.head.i == verb.i and any(c.dep_ == "nummod" for c in t.children):
            return True
    return False


def _penalty_code(nouns: list[Token], lexicon: Lexicon, recode: Callable[[str, str], str | None]) -> str:
    """The threat of the penalty named: a hostile act the lexicon codes its noun as, with no
    condition, recoded as a threat ("a new offensive": 138; "sanctions": 1312); else 130
    ("consequences", "criminal action")."""
    for noun in (n for obj in nouns for n in (obj, *(c for c in obj.children if c.dep_ == "conj"))):
        row = hostile_row(noun, lexicon)
        if row is not None:
            return recode("threat", row.cameo) or THREAT_CODE
    return THREAT_CODE


def _threatening(word: Token, codings: list[Coding], lexicon: Lexicon,
                 recode: Callable[[str, str], str | None]) -> list[Coding]:
    """A threat told beside a demand by a participle without a subject ("Turkey demanded that Syria
    withdraw, threatening sanctions"; "urged Iran to stop, warning of consequences"): the demand's
    source threatens its target. Only where the participle hangs on the demand's verb or on the
    clause it demands, and names a penalty (its object or a "with"/"of" object) or an act it
    threatens (its infinitive: the act's threat, :func:`.threatened.threatened_code`, else 130)."""
    heads = {word.head.i}
    if word.head.dep_ in ("ccomp", "xcomp") and word.head.head.i != word.head.i:
        heads.add(word.head.head.i)
    penalties = [c for c in word.children if c.dep_ == "dobj"] + [
        g for p in word.children if p.dep_ == "prep" and p.lower_ in ("of", "with") for g in p.children
        if g.dep_ == "pobj"]
    # (threat41) or the act it threatens ("pressed Belgium to settle, threatening to quit the
    # summit"), unless that act was coded as a threat of its own (a frame: "threatening to impose
    # sanctions on Belgium")
    inside = {t.i for t in word.subtree}
    acts = [] if any(c.trigger.i in inside and not _own(c) for c in codings) else [
        c for c in word.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and not negated(c)]
    if not penalties and not acts or negated(word):
        return []
    made = []
    for c in codings:
        if c.trigger.i in heads and c.rule.cameo[:2] in ASKED_ROOTS and c.source is not None \
                and (c.target is not None or c.target_actor is not None):
            code = _penalty_code(penalties, lexicon, recode) if penalties else \
                threatened_code(word, lexicon, recode) or THREAT_CODE
            rule = Trigger.made(lower_lemma(word), word.pos_, code, table=ULTIMATUM_TABLE)
            made.append(Coding(c.trigger, rule, c.source, c.target, c.source_actor, c.target_actor))
    if made and acts:
        # the act threatened, coded toward its doer's own ("threatening to boycott the summit"
        # with no one named): the threat is the demand's, toward its target
        own = {id(c) for c in codings if c.trigger.i in inside and _own(c)}
        codings[:] = [c for c in codings if id(c) not in own]
    return made


def _own(coding: Coding) -> bool:
    """True for a coding whose target is its source's own state (or none)."""
    source, target = coding.source_key, coding.target_key
    return target is None or source is not None and source.key == target.key
