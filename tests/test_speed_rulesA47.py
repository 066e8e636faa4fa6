"""The rulesA47 reads: the rule coder reads a trigger's prepositional slots from one merged map
of its prepositions' heads (``_head_preps``), a headline participle with the children it read
once, the sentence being coded for ``tok.sent`` (``_sent_of``), and skips the readings of an
ultimatum and of an appeal in a sentence with no word they need (``_sentence_holds``). Each
gives what the plain reading gives; a skipped reading would have found nothing. Real model,
real pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding.coder import _condition_marked
from eventwire.coding.implicit import Places
from eventwire.coding.mentions import DocContext
from eventwire.coding.reading import bare_participle, headline_participle
from eventwire.coding.threats import ultimatum_subjects

pytestmark = pytest.mark.model

EVENTS_PIPE = "eventwire_events"

TEXTS = [
    "Iran threatened to close the Strait of Hormuz unless the United States lifts its sanctions.",
    "North Korea warned it would respond if South Korea joins the drills.",
    "The UN called for talks between Israel and Hamas and urged Egypt to open the border.",
    "The Bush administration declared that China must drop barriers to US exports.",
    "Five people killed in a bombing in Kabul. Opposition leader detained in Kampala.",
    "Tarrant appeared in court, charged with murder, and was convicted by a jury in Christchurch.",
    "Germany pledged aid to Syria after talks with its new government in Damascus.",
    "Russia pulled out of Bunia and imposed sanctions on Ukraine, the closure of its embassy in Kyiv.",
    "Israeli airstrikes killed 12 people in southern Lebanon after Hezbollah fired rockets at Haifa.",
    "Kenya and Tanzania signed a border treaty, while police fired tear gas at protesters in Nairobi.",
]
WORDS = ("to", "on", "against", "with", "between", "from", "of", "in", "at", "for", "into", "over")


def _parsed(nlp, text):
    return next(nlp.pipe([nlp.make_doc(text)], disable=[EVENTS_PIPE]))


def _sentences(nlp):
    """Each sentence of the texts, coded (the coder's memos hold its reads), with its words."""
    coder = nlp.get_pipe(EVENTS_PIPE).coder
    for text in TEXTS:
        doc = _parsed(nlp, text)
        context = DocContext(places=Places(doc))
        for sent in doc.sents:
            words = list(sent)
            coder.code_sentence(doc, sent, context, words)
            yield coder, doc, sent, words


def test_merged_prepositions_are_those_of_each_head(nlp):
    """``_head_preps(tok)[word]`` is ``_prep_objects(_prep_heads(tok), word)``, in order."""
    found = 0
    for coder, doc, sent, words in _sentences(nlp):
        for tok in words:
            merged = coder._head_preps(tok)
            for word in WORDS:
                plain = coder._prep_objects(coder._prep_heads(tok), word)
                assert merged.get(word, []) == plain, (tok.text, word)
                found += bool(plain)
    assert found > 10  # (so that the test compares something)


def test_headline_participle_with_read_children_is_the_plain_one(nlp):
    """With the children the coder read (a stray place added), a headline participle and a
    bare participle are what the plain readings give."""
    headlines = bare = 0
    for coder, doc, sent, words in _sentences(nlp):
        for tok in words:
            children = coder._children(tok)
            plain = headline_participle(tok)
            assert headline_participle(tok, children) == plain, tok.text
            assert bare_participle(tok, children) == bare_participle(tok), tok.text
            assert bare_participle(tok, children, plain) == bare_participle(tok), tok.text
            headlines += plain is not None
            bare += bare_participle(tok)
    assert headlines >= 2 and bare >= 3


def test_sentence_of_a_token_is_its_sentence(nlp):
    """``_sent_of`` gives the sentence being coded for its tokens, and spaCy's for another's."""
    for coder, doc, sent, words in _sentences(nlp):
        for tok in doc:
            assert coder._sent_of(tok) == tok.sent
        assert coder._sent_of(words[0]) is sent


def test_no_ultimatum_without_a_condition_word(nlp):
    """A sentence the test says has no word of a condition has no ultimatum's subject; the
    sentences of ultimatums have one, and it is found."""
    marked = 0
    for coder, doc, sent, words in _sentences(nlp):
        subjects = [s for tok in words for s in ultimatum_subjects(tok)]
        if not _condition_marked(words):
            assert not subjects, sent.text
        else:
            marked += 1
    assert marked >= 2
    coder, doc, sent, words = next(_sentences(nlp))
    assert "States" in {s.text for tok in words for s in ultimatum_subjects(tok)}  # "to close ... unless the US"


def test_no_asking_without_an_appeal_or_modal(nlp):
    """Where the test says a sentence has no word of appeal nor an obligation's modal, the full
    reading (the memos started with no sentence: no test made) finds no act asked for; the
    appeals and demands are found."""
    asked = []
    for coder, doc, sent, words in _sentences(nlp):
        may = coder._may_ask(words)
        coder._start(doc)  # (no sentence given: asked_for reads on)
        found = [tok.text for tok in words if coder.asked_for(tok)]
        if not may:
            assert not found, sent.text
        asked += found
    assert {"talks", "open", "drop"} <= set(asked)
