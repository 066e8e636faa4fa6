"""Senses of trigger words that code no act, told before a word is taken as a trigger (``WordScan``).

A word a row of the lexicon holds for can name something that is no interaction: a party's
anniversary rally (:func:`commemoration`), an act only feared (:func:`feared`), a permission a law
or a decision gives (:func:`permitted_by_rule`), a person who comes back home (:func:`homecoming`),
a single talk that is a lecture (:func:`lecture`), a war protested against (:func:`grievance`). The words are in ``data/senses.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import data_path
from .mends import lower_lemma
from .modality import load_cues, word_lists

# what a rally is held against or for, which makes it a protest ("a rally against the war")
CAUSE_PREPOSITIONS = {"against", "over", "for", "in support of"}
PRENOMINAL = ("compound", "nmod", "amod", "nummod", "poss")
PARTNER_PREPOSITIONS = {"with", "between", "among", "on"}  # "talk with Iran", "talk on trade"


@dataclass(frozen=True)
class Senses:
    commemorated_nouns: frozenset[str]
    commemoration_words: frozenset[str]
    fear_words: frozenset[str]
    permitting_nouns: frozenset[str]
    returned_verbs: frozenset[str]
    lecture_nouns: frozenset[str]
    envoy_words: frozenset[str]
    grievance_nouns: frozenset[str]
    protest_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_senses() -> Senses:
    return word_lists(data_path("senses.yaml"), Senses, "senses")


def commemoration(noun: Token, senses: Senses) -> bool:
    """True for a rally named by a date or an anniversary with no cause ("the January 8 rally",
    "an anniversary rally", "a rally to mark the party's founding"): a commemoration, not dissent."""
    if lower_lemma(noun) not in senses.commemorated_nouns:
        return False
    kids = list(noun.children)
    if any(c.dep_ == "prep" and c.lower_ in CAUSE_PREPOSITIONS or c.lower_.startswith(("anti", "pro-")) for c in kids):
        return False
    before = [w for c in kids if c.i < noun.i and c.dep_ in PRENOMINAL for w in c.subtree]
    dated = any(w.ent_type_ == "DATE" and w.dep_ != "poss" and w.like_num for w in before) \
        and any(w.ent_type_ == "DATE" and not w.like_num for w in before)  # "January 8", not "Sunday's"
    named = any(lower_lemma(w) in senses.commemoration_words for w in before)
    marking = any(c.dep_ in ("acl", "relcl") and lower_lemma(c) in senses.commemoration_words for c in kids)
    return dated or named or marking


def feared(noun: Token, senses: Senses) -> bool:
    """True for an act noun that is what someone fears ("fear attack by Turkey", "amid fears of
    an invasion", "concern over a possible strike"): no act was done."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return lower_lemma(head) in senses.fear_words
    if noun.dep_ == "pobj" and head.lower_ in ("of", "about", "over") and head.head.pos_ == "NOUN":
        return lower_lemma(head.head) in senses.fear_words
    return False


def permitted_by_rule(verb: Token, senses: Senses) -> bool:
    """True for a verb of permission whose giver is a law or a decision ("Pakistani law allowed
    the perpetrators to go unpunished", "the decision to allow the convention"): no one yields."""
    if lower_lemma(verb) not in load_cues().permission_verbs:
        return False
    rules = load_cues().instrument_nouns | senses.permitting_nouns
    if verb.dep_ == "acl" and lower_lemma(verb.head) in rules:
        return True  # "the decision to allow"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head  # "a law that allows"
    return subj is not None and lower_lemma(subj) in rules


def homecoming(verb: Token, senses: Senses) -> bool:
    """True for a return with no person returned ("she returned to the United States"): a person
    coming back, not one party returning persons to another (CAMEO 084)."""
    if lower_lemma(verb) not in senses.returned_verbs or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "advcl"):
        return False  # (not "with 200 soldiers returned to each side": persons returned)
    kids = list(verb.children)
    if any(c.dep_ == "nsubj" and lower_lemma(c) in senses.envoy_words for c in kids):
        return False  # "its ambassador will return to Mali": a diplomatic act
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "dative") for c in kids)


def lecture(noun: Token, senses: Senses) -> bool:
    """True for one talk with no partner named ("a live-streamed talk at the Atlantic Council"):
    a lecture or a speech, not talks."""
    if lower_lemma(noun) not in senses.lecture_nouns or noun.tag_ != "NN" or noun.lower_ != noun.lemma_.lower():
        return False
    return not any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPOSITIONS for c in noun.children)


def grievance(noun: Token, senses: Senses) -> bool:
    """True for a war or an occupation protested against ("protests against the Iran war",
    "protests are held against the war"): the protesters' grievance, whose warring parties the
    protest does not name."""
    if lower_lemma(noun) not in senses.grievance_nouns:
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "against the Iran war and the Gaza war"
        noun = noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("against", "over"):
        return False
    act = prep.head  # the protest, or the verb that holds it ("protests are held against")
    while act.dep_ == "prep" and act.head.i != act.i:  # (prec43) "held across Spain, including in
        act = act.head  # Madrid, ..., against the Iran war": the parser hangs "against" on "including"
    return lower_lemma(act) in senses.protest_words or act.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and lower_lemma(c) in senses.protest_words for c in act.children)


def no_act(tok: Token, senses: Senses, noun: bool) -> bool:
    """True for a trigger word in a sense that codes no act (the checks above)."""
    if noun:
        return feared(tok, senses) or commemoration(tok, senses) or lecture(tok, senses) or grievance(tok, senses)
    return permitted_by_rule(tok, senses) or homecoming(tok, senses)
