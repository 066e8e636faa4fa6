"""The speed39 reads: a document's entities are read once (``narrative.DocEntities``), not
remade from every word for each sentence's ``ents``, by the dates of its events
(``scene.DocDates``) and its :class:`~eventwire.coding.scene.Scene`; the Scene reads the
document's text once for its paragraphs (``blank_line_before``), not ``doc.text`` (every
word's text joined anew) and its whole prefix stripped for each sentence. Each gives what
the old reading gave."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from eventwire.coding.narrative import DocEntities
from eventwire.coding.date_exprs import date_expressions
from eventwire.coding.scene import DocDates, Scene
from eventwire.coding.scene_clauses import blank_line_before

TEXT = ("On Saturday, a gunman shot three people in Paris, police said on Sunday. "
        "The attacker was arrested in Lyon two days later.\n\n"
        "President Emmanuel Macron visited the victims on Monday morning. "
        "France will hold a memorial in March 2024 for the victims of the attack in Paris.")


def _as_tuples(spans) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


def test_within_gives_each_sentences_ents(nlp):
    doc = nlp(TEXT)
    ents = DocEntities(doc)
    assert len(ents.ents) > 4
    for sent in doc.sents:
        found = ents.within(sent)
        assert _as_tuples(found) == _as_tuples(sent.ents)
        assert all(any(e is kept for kept in ents.ents) for e in found)  # the ones read once
    for start in range(len(doc)):  # any span, cutting entities at either edge
        for end in range(start + 1, min(len(doc), start + 9) + 1):
            assert _as_tuples(ents.within(doc[start:end])) == _as_tuples(doc[start:end].ents), (start, end)


def test_within_stops_at_an_entity_that_runs_past_the_span(nlp):
    words = "a b c d e f g h".split()
    doc = Doc(nlp.vocab, words=words, ents=["O", "B-GPE", "I-GPE", "I-GPE", "O", "B-DATE", "O", "B-ORG"])
    ents = DocEntities(doc)
    # "b c d" starts inside but ends after: spaCy stops there, leaving out the later "f" too
    assert _as_tuples(ents.within(doc[1:3])) == _as_tuples(doc[1:3].ents) == []
    assert _as_tuples(ents.within(doc[0:7])) == _as_tuples(doc[0:7].ents) == [(1, 4, "GPE"), (5, 6, "DATE")]
    # an entity that starts before the span is passed over, not a stop
    assert _as_tuples(ents.within(doc[2:8])) == _as_tuples(doc[2:8].ents) == [(5, 6, "DATE"), (7, 8, "ORG")]
    assert ents.within(Doc(nlp.vocab, words=["x"])[0:1]) == []


def test_dates_read_with_the_documents_entities_are_the_same(nlp):
    doc = nlp(TEXT)
    day = dt.date(2024, 5, 2)
    dates = DocDates(doc, day)
    for sent in doc.sents:
        given = date_expressions(sent, ents=DocEntities(doc).within(sent))
        assert _as_tuples(given) == _as_tuples(date_expressions(sent))
        read = dates.expressions(sent)
        assert [(e.start, e.end) for e, _ in read] == [(e.start, e.end) for e in date_expressions(sent)] or \
            any(e.root.dep_ == "npadvmod" for e, _ in read)  # (with the lengths between two events)
    assert any(dates.expressions(sent) for sent in doc.sents)
    scene = Scene(doc, day)
    assert scene.date_before(doc[-2]) is not None
    assert scene.last_day(len(doc)).value == "2024-04-29"  # Monday, told last with a day


def _blank_line_read_before(doc: Doc, tok) -> bool:
    """What ``blank_line_before`` read before speed39."""
    before = doc.text[:tok.idx]
    return before[len(before.rstrip()):].count("\n") >= 2


def test_blank_lines_are_read_as_before(nlp):
    text = ("Police fired on protesters.\n\nThe army withdrew. It left.\n \n\tTalks began.\r\n\r\n"
            "Rebels attacked.\n Troops fired.\u00a0\n\u2003\nA truce held.\n\n\n  Aid arrived.")
    doc = nlp(text)
    seen = [blank_line_before(doc.text, tok) for tok in doc]
    assert seen == [_blank_line_read_before(doc, tok) for tok in doc]
    assert sum(seen) >= 4
    starts = [tok.text for tok, blank in zip(doc, seen) if blank and not tok.is_space]
    assert starts[:2] == ["The", "Talks"]
