"""The rulesB46 reads of the trigger side: ``WordScan._no_act`` (the checks of ``senses.no_act``
chosen once per lemma, ``senses.sense_checks``; the walks of ``feared``, ``needed``, ``compared`` and
``permitted_use`` read labels as numbers and tell first the label that ends them). Each must say
what the plain reading says. Real model, real pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding import senses
from eventwire.coding.mends import lower_lemma

pytestmark = pytest.mark.model

TEXTS = [
    "The court found the three activists not guilty of treason.",
    "Dock workers went on strike in Rotterdam after talks with the port broke down.",
    "Russia imposed sanctions on Ukraine, and the cabinet voted to lift them a week later.",
    "The president declared a state of emergency and deployed troops to the border.",
    "Soldiers fired shots into the air to disperse the protest against the war.",
    "The curfew ended on Monday. The cabinet voted to lift it.",
    "Iran denied the United States permission to use its airbases for strikes against Iraq.",
    "The ministry designated the group a terrorist organisation and froze its assets.",
    "Fighting between Armenian and Azerbaijani troops left 20 dead.",
    "Protesters set ablaze the offices of the ruling party.",
    "The attack drew condemnation from the United Nations.",
    "Romania summons Russia's ambassador over the drone strike.",
    "The rebels stopped fighting and released the hostages they held.",
    "Fears of an invasion grew as the need to restore the ceasefire was stressed.",
    "He would no more welcome an occupation than he would accept a trade war.",
]


@pytest.fixture(scope="module")
def coder(nlp):
    return nlp.get_pipe("eventwire_events").coder


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


ALL_CHECKS = {
    True: (senses.feared, senses.commemoration, senses.lecture, senses.grievance, senses.needed,
           senses.figurative_war, senses.permitted_use),
    False: (senses.permitted_by_rule, senses.homecoming, senses.needed, lambda tok, _: senses.compared(tok),
            senses.accidental, senses.mobilised, senses.permitted_use),
}


def _old_feared(noun, s):
    """``senses.feared`` as it read the labels as strings."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return lower_lemma(head) in s.fear_words
    if noun.dep_ == "pobj" and head.lower_ in ("of", "about", "over") and head.head.pos_ == "NOUN":
        return lower_lemma(head.head) in s.fear_words
    return False


def _old_needed(tok, s):
    """``senses.needed`` as it read the labels as strings."""
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "acl" and lower_lemma(head) in s.need_nouns:
            return True
        if tok.dep_ in ("pobj", "pcomp") and head.lower_ in ("for", "of") and lower_lemma(head.head) in s.need_nouns:
            return True
        if tok.dep_ not in senses.NEED_PATH:
            return False
        tok = head
    return False


def _old_compared(verb):
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)


def _old_permitted_use(tok, s):
    """``senses.permitted_use`` as it read the labels as strings."""
    purpose = False
    for _ in range(6):
        head, dep = tok.head, tok.dep_
        if head.i == tok.i or dep not in senses.PURPOSE_PATH and dep not in ("ccomp", "acl"):
            return False
        if purpose and dep in ("xcomp", "ccomp") and lower_lemma(head) in senses.load_cues().permission_verbs:
            return True
        if purpose and dep == "acl" and lower_lemma(head) in s.permission_nouns:
            return True
        if dep in ("advcl", "xcomp") and head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                or dep == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
            purpose = True
        elif dep in ("acl", "ccomp"):
            return False
        tok = head
    return False


def test_checks_read_as_numbers_agree_with_the_strings(docs):
    """``feared``, ``needed``, ``compared`` and ``permitted_use`` say on every word what they said
    reading the labels as strings; each holds somewhere here."""
    s = senses.load_senses()
    held = set()
    for doc in docs:
        for tok in doc:
            for name, old in (("feared", _old_feared), ("needed", _old_needed), ("permitted_use", _old_permitted_use),
                              ("compared", lambda t, _: _old_compared(t))):
                new = senses.compared(tok) if name == "compared" else getattr(senses, name)(tok, s)
                assert new == old(tok, s), (name, tok.text)
                if new:
                    held.add(name)
    assert held == {"feared", "needed", "permitted_use", "compared"}


def test_no_act_checks_chosen_per_lemma_agree_with_all_checks(coder, docs):
    """``WordScan._no_act`` (the checks that may hold for the lemma) says what every check says, on every
    noun and verb; some words are no act."""
    scan, found = coder._scan, 0
    for doc in docs:
        for tok in doc:
            if tok.pos_ not in ("NOUN", "VERB"):
                continue
            noun = tok.pos_ == "NOUN"
            plain = any(check(tok, scan.senses) for check in ALL_CHECKS[noun])
            assert scan._no_act(tok, noun) == plain == senses.no_act(tok, scan.senses, noun), tok.text
            found += plain
    assert found >= 3
