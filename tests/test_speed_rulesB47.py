"""The rulesB47 reads of the trigger side: the steps skipped where the sentence lacks the word they
need ("as" for ``mend_shifted_object``; "than", a need, a fear or a permission for the checks of
``senses.no_act``), and a word's object rows told from the sentence's lemmas before its objects are
read (``TriggerChooser._may_name_object``). Each must say what the plain reading says. Real model,
real pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding import senses
from eventwire.coding.mends import lower_lemma, mend_shifted_object

pytestmark = pytest.mark.model

TEXTS = [
    "Israel struck Gaza on Sunday, a day after Hamas fired rockets at Tel Aviv.",
    "The talks ended a week before the election, two officials in Nairobi said.",
    "The UN denounced as a crime Serbia's crackdown on the protests in Belgrade.",
    "Hamas threatened to halt the talks unless Israel releases the prisoners.",
    "Russia warned it would respond if Finland joins NATO.",
    "A drone strike on Kharkiv killed five soldiers and injured seven civilians.",
    "Police arrested 40 protesters in Tehran, and the court sentenced two of them.",
    "He would no more welcome an occupation than he would accept a trade war.",
    "The curfew ended on Monday. The cabinet voted to lift it.",
    "Dock workers went on strike in Rotterdam after talks with the port broke down.",
    "The court found the three activists not guilty of treason.",
    "The president declared a state of emergency and deployed troops to the border.",
    "The ministry designated the group a terrorist organisation and froze its assets.",
    "Iran held talks with Iraq in Baghdad as the two sides signed a trade agreement.",
    "Fears of an invasion grew as the need to restore the ceasefire was stressed.",
    "Iran denied the United States permission to use its airbases for strikes against Iraq.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


@pytest.fixture(scope="module")
def coder(nlp):
    return nlp.get_pipe("eventwire_events").coder


def test_shifted_object_mend_needs_an_as(nlp):
    for text in TEXTS:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "eventwire_events":
                break
            doc = proc(doc)
        before = [(t.head.i, t.dep_) for t in doc]
        for tok in doc:
            if tok.dep_ in ("pobj", "appos"):
                mend_shifted_object(tok)
        after = [(t.head.i, t.dep_) for t in doc]
        if not any(t.lower_ == "as" for t in doc):
            assert after == before  # (the step skipped would have changed nothing)
        elif text.startswith("The UN denounced"):
            assert after != before  # ("crackdown" is the verb's object again)


def test_compared_needs_a_than(docs):
    for doc in docs:
        for sent in doc.sents:
            than = any(t.lower_ == "than" for t in sent)
            for tok in sent:
                if senses.compared(tok):
                    assert than
    assert any(senses.compared(t) for t in docs[7])  # "than he would accept a trade war"


def test_object_rows_told_from_the_sentence_as_from_the_objects(coder, docs):
    skipped = 0
    for doc in docs:
        for sent in doc.sents:
            words = list(sent)
            coder._start(doc)
            coder._scan(words)
            for tok in words:
                pos = tok.pos_
                if pos not in ("VERB", "NOUN"):
                    continue
                rows = coder.lexicon.for_token(lower_lemma(tok), pos)
                objects = coder._object_words(coder._objects(tok, rows) if pos == "VERB" else [tok])
                for row in rows:
                    if (row.object_classes or row.object_lemmas) and not coder._may_name_object(tok, row):
                        skipped += 1
                        assert not (row.object_classes & objects[1] or row.object_lemmas & objects[0])
                # the row chosen is the one chosen with every object read
                chosen = coder._first_row(tok, pos)
                may = coder._may_name_object
                coder._may_name_object = lambda tok, row: True
                try:
                    assert coder._first_row(tok, pos) is chosen
                finally:
                    del coder._may_name_object
                    assert coder._may_name_object == may
    assert skipped > 0
    # "voted to lift it": the object "it" may stand for a word of the sentence before: read
    it_doc = docs[8]
    last = list(it_doc.sents)[-1]
    coder._start(it_doc)
    coder._scan(list(last))
    assert coder._scan.present(next(t for t in last if t.lower_ == "lift")) is None


def test_no_act_with_the_sentence_scanned_as_every_check(coder, docs):
    """``WordScan._no_act`` passes a check by where the scanned sentence lacks the word it needs ("than",
    a need, a fear, a permission): it says what all the checks say; some words are no act."""
    scan, held = coder._scan, 0
    for doc in docs:
        for sent in doc.sents:
            words = list(sent)
            coder._start(doc)
            scan(words)
            for tok in words:
                if tok.pos_ in ("NOUN", "VERB"):
                    noun = tok.pos_ == "NOUN"
                    plain = senses.no_act(tok, scan.senses, noun)
                    assert scan._no_act(tok, noun) == plain, tok.text
                    held += plain
    assert held >= 3
