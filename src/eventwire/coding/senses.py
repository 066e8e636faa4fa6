"""Senses of trigger words that code no act, told before a word is taken as a trigger (``WordScan``).

A word a row of the lexicon holds for can name something that is no interaction: a party's
anniversary rally (:func:`commemoration`), an act only feared (:func:`feared`), a permission a law
or a decision gives (:func:`permitted_by_rule`), a person who comes back home (:func:`homecoming`),
a single talk that is a lecture (:func:`lecture`), a war protested against (:func:`grievance`), an act
only needed (:func:`needed`), an act in a comparison (:func:`compared`), a war of trade or words
(:func:`figurative_war`), a death by an accident or a disaster (:func:`accidental`), a rally of one's own side
(:func:`mobilised`), the purpose of a use permitted (:func:`permitted_use`), a protest banned
(:func:`banned`). The words are in ``data/senses.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Token

from .lexicon import data_path
from .mends import lower_lemma
from .modality import load_cues, word_lists

# what a rally is held against or for, which makes it a protest ("a rally against the war")
CAUSE_PREPOSITIONS = {"against", "over", "for", "in support of"}
PRENOMINAL = ("compound", "nmod", "amod", "nummod", "poss")
PARTNER_PREPOSITIONS = {"with", "between", "among", "on"}  # "talk with Iran", "talk on trade"
# (rulesB46) the labels and words the checks of every trigger word read, as spaCy's numbers (its
# strings are made anew at every read)
_ID = {w: get_string_id(w) for w in ("dobj", "nsubjpass", "pobj", "pcomp", "acl", "ccomp", "advcl", "xcomp",
                                     "mark", "aux", "than", "to", "for")}


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
    need_nouns: frozenset[str]
    war_nouns: frozenset[str]
    figurative_modifiers: frozenset[str]
    figurative_objects: frozenset[str]
    harm_verbs: frozenset[str]
    accident_nouns: frozenset[str]
    accident_verbs: frozenset[str]
    projectile_nouns: frozenset[str]
    rallied_verbs: frozenset[str]
    rallied_objects: frozenset[str]
    permission_nouns: frozenset[str]
    ban_words: frozenset[str]


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
    dep = noun.dep  # (read first: most nouns are none of these)
    if dep != _ID["dobj"] and dep != _ID["nsubjpass"] and dep != _ID["pobj"]:
        return False
    head = noun.head
    if dep != _ID["pobj"] and head.pos == VERB:
        return lower_lemma(head) in senses.fear_words
    if dep == _ID["pobj"] and head.lower_ in ("of", "about", "over") and head.head.pos_ == "NOUN":
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


# (prec44) the links a needed act climbs to its need: "the need to restore the ceasefire"
NEED_PATH = ("dobj", "pobj", "prep", "conj", "xcomp", "compound", "amod")
_NEED_PATH_IDS = frozenset(get_string_id(d) for d in (*NEED_PATH, "acl", "pcomp"))  # (rulesB46) and the links to it


def needed(tok: Token, senses: Senses) -> bool:
    """True for an act that is only said to be needed ("stressing the need to restore the
    ceasefire", "the need for a ceasefire between Israel and Hamas"): a need is no act."""
    for _ in range(4):
        if tok.dep not in _NEED_PATH_IDS:
            return False  # (rulesB46: told first, as the number; as below, on no link that climbs)
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "acl" and lower_lemma(head) in senses.need_nouns:
            return True  # "the need to restore"
        if tok.dep_ in ("pobj", "pcomp") and head.lower_ in ("for", "of") and lower_lemma(head.head) in senses.need_nouns:
            return True  # "the need for a ceasefire", "the necessity of Israel withdrawing"
        if tok.dep_ not in NEED_PATH:
            return False
        tok = head
    return False


def compared(verb: Token) -> bool:
    """True for a verb in the clause a comparison holds up ("any more than he would welcome
    Turkey's occupation", "rather than negotiate"): a yardstick, not an act."""
    return (verb.pos == VERB or verb.pos == AUX) and any(
        c.dep == _ID["mark"] and c.lower == _ID["than"] for c in verb.children)  # (as numbers: rulesB46)


def figurative_war(noun: Token, senses: Senses) -> bool:
    """True for a war of trade, prices or words ("a trade war against the United States", "an
    economic war on Iran", "a war of words", "the war on drugs"): no armed fight (190)."""
    if lower_lemma(noun) not in senses.war_nouns:
        return False
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and lower_lemma(c) in senses.figurative_modifiers:
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "on"):
            if any(o.dep_ == "pobj" and lower_lemma(o) in senses.figurative_objects for o in c.children):
                return True  # "a war of words", "the war on drugs"
    return False


def mobilised(verb: Token, senses: Senses) -> bool:
    """True for a rally of one's own side ("Isis rallied followers to join a utopia", "rallied
    support for the bill"): a mobilisation, not a protest (141)."""
    if lower_lemma(verb) not in senses.rallied_verbs:
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and lower_lemma(c) in senses.rallied_objects:
            return True
        if c.dep_ in ("ccomp", "xcomp") and any(
                s.dep_ == "nsubj" and lower_lemma(s) in senses.rallied_objects for s in c.children):
            return True  # "rallied followers to join": the parser makes them the subject of "join"
    return False


def accidental(verb: Token, senses: Senses) -> bool:
    """True for a death or an injury a disaster or an accident causes ("a crowd crush kills at
    least 18 people", "were killed by a landslide", "a helicopter crashes, killing eight
    people"): no one assaulted anyone."""
    if lower_lemma(verb) not in senses.harm_verbs:
        return False
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and _accident_told(verb.head, senses):
        return True
    for c in verb.children:
        if c.dep_ == "nsubj" and lower_lemma(c) in senses.accident_nouns:
            return True
        if c.dep_ == "agent" and any(o.dep_ == "pobj" and lower_lemma(o) in senses.accident_nouns for o in c.children):
            return True
    return False


def _accident_told(verb: Token, senses: Senses) -> bool:
    """Whether ``verb``, or the verb it is conjoined to, tells an accident ("crashes", "overturned
    and fell into a ravine"), not a weapon that strikes ("a drone crashed into a building")."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        if lower_lemma(v) in senses.accident_verbs and not any(
                c.dep_ in ("nsubj", "nsubjpass") and lower_lemma(c) in senses.projectile_nouns for c in v.children):
            return True
    return False


# (prec45) the links from an act to the use it is the purpose of: "to use the base to strike",
# "permission to use airbases for military operations against Iran"
PURPOSE_PATH = ("dobj", "pobj", "prep", "conj", "compound", "amod", "advcl", "xcomp")
_PURPOSE_PATH_IDS = frozenset(get_string_id(d) for d in (*PURPOSE_PATH, "ccomp", "acl"))  # (rulesB46) and the ends


def permitted_use(tok: Token, senses: Senses) -> bool:
    """(prec45) True for an act that is the purpose of a use someone permits or is denied ("permits
    the United States to use its air base to strike Venezuela", "denied the US permission to use its
    airbases for military operations against Iran"): the permission is told, the act is not done
    (and not by the one who permits). Not the permitted act itself ("allowed aid trucks to enter
    Gaza", "a deal that would let Japan invest": the coder reads that)."""
    purpose = False
    for _ in range(6):
        if tok.dep not in _PURPOSE_PATH_IDS:
            return False  # (rulesB46: told first, as the number; most words are on no such link)
        head, dep = tok.head, tok.dep_
        if head.i == tok.i:
            return False
        if purpose and dep in ("xcomp", "ccomp") and lower_lemma(head) in load_cues().permission_verbs:
            return True  # "permits the US to use ... to strike"
        if purpose and dep == "acl" and lower_lemma(head) in senses.permission_nouns:
            return True  # "permission to use ... for operations"
        if dep in ("advcl", "xcomp") and head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                or dep == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
            purpose = True  # "to use the base to strike", "to use bases for operations"
        elif dep in ("acl", "ccomp"):
            return False
        tok = head
    return False


# (senses51) the links a protest climbs to the ban that holds it ("bans the broadcasting of protests"),
# and the last link into the ban: its object, or "from" / "on" / "of" / "as" ("a ban on protests"), or
# a clause the parser makes of its object ("bans the broadcasting of protests and ... content deemed
# inciting": "broadcasting" the subject of "deemed")
BAN_PATH = frozenset(get_string_id(d) for d in ("dobj", "pobj", "prep", "conj", "pcomp", "nsubjpass", "nsubj", "ccomp"))
BAN_PREPOSITIONS = {"of", "on", "from", "as", "against", "for"}


def banned(noun: Token, senses: Senses) -> bool:
    """(senses51) True for a protest named inside what a ban or a prohibition holds ("Uganda bans
    the live broadcasting and streaming of protests", "a ban on protests", "banning unions from
    suspending operations as a method of protest"): the protest is what may not be done or shown,
    not one that took place (the ban itself is the act: 1721, 172). Not a protest on which the ban
    is only an adjunct ("banned the party after protests")."""
    tok = noun
    for _ in range(6):
        if tok.dep not in BAN_PATH:
            return False
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ not in BAN_PREPOSITIONS:
            return False
        if head.i != noun.i and lower_lemma(head) in senses.ban_words:
            return tok.dep_ in ("dobj", "nsubjpass", "prep", "ccomp")
        tok = head
    return False


def no_act(tok: Token, senses: Senses, noun: bool) -> bool:
    """True for a trigger word in a sense that codes no act (the checks above)."""
    return any(check(tok, senses) for check in sense_checks(lower_lemma(tok), senses, noun))


def sense_checks(lemma: str, senses: Senses, noun: bool) -> tuple[Callable[[Token, Senses], bool], ...]:
    """(rulesB46) The checks of :func:`no_act` that may hold for a noun (or a verb) of ``lemma``: all but
    those whose first test, that the word's lemma is one of a list, fails (read once per lemma: ``WordScan``)."""
    if noun:
        always = (feared, needed, permitted_use)
        listed = ((commemoration, senses.commemorated_nouns), (lecture, senses.lecture_nouns),
                  (grievance, senses.grievance_nouns), (figurative_war, senses.war_nouns),
                  (banned, senses.protest_words))
    else:
        always = (needed, _compared, permitted_use)
        listed = ((permitted_by_rule, load_cues().permission_verbs), (homecoming, senses.returned_verbs),
                  (accidental, senses.harm_verbs), (mobilised, senses.rallied_verbs))
    return (*always, *(check for check, words in listed if lemma in words))


def _compared(verb: Token, senses: Senses) -> bool:
    return compared(verb)
