"""The rulesA46 reads: the rule coder reads a trigger's slot tokens (``_slot_tokens``) and its
subject (``SlotReader._subject``) once per sentence, shares them between its sources, targets
and tests, and tests cheap conditions first (a clause before the clause predicates, the shape of
a brokered clause before its subject, a participle's tag before its head). Each gives what the
plain reading gives. Real model, real pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding.implicit import Places
from eventwire.coding.mends import lower_lemma
from eventwire.coding.mentions import DocContext
from eventwire.coding.modality import infinitive
from eventwire.coding.predicates import clause_predicates, negated_predicates
from eventwire.coding.slot_reader import BROKER_VERBS, _speakers_participle

pytestmark = pytest.mark.model

EVENTS_PIPE = "eventwire_events"

TEXTS = [
    "Qatar brokered a deal to release hostages held by Hamas in Gaza.",
    "The court ruled that the ban was unconstitutional and found the three men not guilty.",
    "China says its ships crossed the strait legally, rejecting Japan's claims.",
    "Russia was accused of shelling Kharkiv by Ukrainian officials, who demanded sanctions against Moscow.",
    "Israeli airstrikes killed 12 people in southern Lebanon after Hezbollah fired rockets at Haifa.",
    "Five journalists arrested in Istanbul were released on Tuesday.",
    "The government expanded the ban by banning imports from Iran and called the annexation plan illegal.",
    "Kenya and Tanzania signed a border treaty, while police fired tear gas at protesters in Nairobi.",
]
SLOTS = ("dobj", "dative", "prep:to", "prep:on", "prep:against", "prep:with", "prep:between", "prep:from")


def _parsed(nlp, text):
    return next(nlp.pipe([nlp.make_doc(text)], disable=[EVENTS_PIPE]))


def _coded(nlp, text):
    """The coder after coding each sentence of ``text`` (its memos hold the last sentence's reads)."""
    coder = nlp.get_pipe(EVENTS_PIPE).coder
    doc = _parsed(nlp, text)
    context = DocContext(places=Places(doc))
    for sent in doc.sents:
        coder.code_sentence(doc, sent, context)
        yield coder, doc, sent


@pytest.mark.parametrize("text", TEXTS)
def test_slot_tokens_read_once_are_those_read_afresh(nlp, text):
    """What the coding of a sentence left in the memo of slot tokens (shared lists its callers
    must not change) is what a fresh reading of each word and slot finds."""
    for coder, doc, sent in _coded(nlp, text):
        memo = dict(coder._slotted)
        for (i, slot, passive), found in memo.items():
            coder._start(doc)
            assert coder._read_slot_tokens(doc[i], slot, passive) == found, (doc[i].text, slot, passive)


def test_the_coding_reads_slots_and_subjects(nlp):
    """(so that the two tests above check something)"""
    coder, _, _ = next(_coded(nlp, TEXTS[4]))
    assert coder._slotted and coder._subjects


@pytest.mark.parametrize("text", TEXTS)
def test_every_slot_of_every_word_reads_as_afresh(nlp, text):
    """Asked twice in one sentence, each slot of each word gives what a fresh reading gives."""
    coder = nlp.get_pipe(EVENTS_PIPE).coder
    doc = _parsed(nlp, text)
    coder._start(doc)
    for tok in doc:
        for slot in SLOTS:
            for passive in (False, True):
                first = list(coder._slot_tokens(tok, slot, passive))
                assert coder._slot_tokens(tok, slot, passive) == first
                coder._start(doc)
                assert coder._read_slot_tokens(tok, slot, passive) == first


@pytest.mark.parametrize("text", TEXTS)
def test_subjects_read_once_are_those_read_afresh(nlp, text):
    for coder, doc, sent in _coded(nlp, text):
        memo = dict(coder._subjects)
        for i, found in memo.items():
            coder._start(doc)
            assert coder._read_subject(doc[i]) == found, doc[i].text
        for tok in sent:
            coder._start(doc)
            assert coder._subject(tok) == coder._subject(tok) == coder._read_subject(tok)


def test_the_memos_are_forgotten_for_another_document(nlp):
    coder = nlp.get_pipe(EVENTS_PIPE).coder
    first, second = _parsed(nlp, TEXTS[0]), _parsed(nlp, TEXTS[1])
    coder._start(first)
    coder._slot_tokens(first[1], "dobj", False)  # "brokered" -> "deal"
    assert [t.text for t in coder._slot_tokens(first[1], "dobj", False)] == ["deal"]
    # the same index in another document is another word: read there, not taken from the memo
    assert coder._slot_tokens(second[1], "dobj", False) == coder._read_slot_tokens(second[1], "dobj", False)
    assert coder._subject(second[1]) == coder._read_subject(second[1])


def test_the_clause_predicates_need_a_clause(nlp):
    """The object slot reads the clause predicates only of a word with a clause (ccomp): of any
    other word they find nothing; "ruled that the ban was unconstitutional" still finds the ban."""
    coder = nlp.get_pipe(EVENTS_PIPE).coder
    for text in TEXTS:
        doc = _parsed(nlp, text)
        for tok in doc:
            if not any(c.dep_ == "ccomp" for c in tok.children):
                assert clause_predicates(tok, coder.lexicon.classes_of) == [] and negated_predicates(tok) == []
    doc = _parsed(nlp, TEXTS[1])
    coder._start(doc)
    ruled = next(t for t in doc if t.lower_ == "ruled")
    assert [t.text for t in coder._slot_tokens(ruled, "dobj", False)] == ["ban"]


def _brokered_walk_first(verb) -> bool:
    """The old order of ``SlotReader._brokered``: the subject's walk first."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        third = verb.head.head
    elif verb.dep_ in ("advcl", "xcomp") and infinitive(verb):
        third = verb.head
    else:
        return False
    return third.pos_ == "VERB" and lower_lemma(third) in BROKER_VERBS


def test_brokered_with_its_shape_first_is_as_before(nlp):
    coder = nlp.get_pipe(EVENTS_PIPE).coder
    seen = []
    for text in TEXTS:
        doc = _parsed(nlp, text)
        coder._start(doc)
        for tok in doc:
            assert coder._brokered(tok) == _brokered_walk_first(tok), tok.text
            seen += [tok.text] if coder._brokered(tok) else []
    assert seen == ["release"]  # "Qatar brokered a deal to release hostages": the deal's parties release


def test_the_speakers_participle_is_still_read(nlp):
    doc = _parsed(nlp, TEXTS[2])
    assert [t.text for t in doc if _speakers_participle(t)] == ["rejecting"]
    coder = nlp.get_pipe(EVENTS_PIPE).coder
    coder._start(doc)
    rejecting = next(t for t in doc if t.text == "rejecting")
    assert coder._subject(rejecting)[0].text == "China"  # the speaker rejects
