"""The rulesB47 reads of the trigger side: the step skipped where the sentence lacks the word it
needs ("as" for ``mend_shifted_object``), a word's object rows told from the sentence's lemmas before
its objects are read (``TriggerChooser._may_name_object``), a sentence's lemmas read with no call
for each (``wordscan.sentence_lemmas``). Each must say what the plain reading says. Real model,
real pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding.mends import lower_lemma, mend_shifted_object
from eventwire.coding.wordscan import sentence_lemmas

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


def test_sentence_lemmas_as_the_words_say(docs):
    for doc in docs:
        for sent in doc.sents:
            ids, lemmas = sentence_lemmas(sent)
            assert ids == [t.lemma for t in sent]
            assert lemmas == frozenset(t.lemma_.lower() for t in sent)


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

