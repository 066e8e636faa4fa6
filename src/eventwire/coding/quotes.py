"""Direct quotations and who said them.

A quotation is text between double quotes (straight or curly) within one
paragraph, of at least ``min_words`` words (shorter ones are scare quotes:
"growing and dangerous"). Its speaker is the actor subject of a verb of
saying outside the quotation in the sentences the quotation touches ("...,"
Blinken said); a quotation with no such verb continues the previous
quotation of the paragraph and keeps its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from ..actors.component import actor_index
from ..records import Actor
from .mends import lower_lemma

QUOTE_RE = re.compile(r"[\"“”]([^\"“”\n]+)[\"“”]")


@dataclass(frozen=True, slots=True)
class FoundQuote:
    start: int  # character offsets of the quoted text, marks excluded
    end: int
    speaker: Span | None
    # the actor an unnamed or unknown speaker stands for ("a Home Office spokesperson said:",
    # "Prosecutor Kama Melly said"; ``implicit.implied_speaker``): ``speaker`` is then its word
    implied: Actor | None = None


def _paragraph_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


def find_quotes(doc: Doc, speech_verbs: frozenset[str], min_words: int,
                text: str | None = None,
                implied: Callable[[Token], Actor | None] | None = None,
                sentences: list[tuple[int, int, Span]] | None = None) -> Iterator[FoundQuote]:
    """The quotations of ``doc``; ``text``: ``doc.text`` when read already (spaCy joins it
    from the tokens at every use); ``implied``: the actor a speaker no actor mention names
    stands for (``implicit.implied_speaker``), read when no named actor says the quotation;
    ``sentences``: each sentence with its first and end characters, when read already."""
    text = text if text is not None else doc.text
    previous: FoundQuote | None = None
    previous_par = -1
    for m in QUOTE_RE.finditer(text):
        start, end = m.start(1), m.end(1)
        inner = m.group(1)
        while end > start and text[end - 1] in " ,":
            end -= 1
        if len(inner.split()) < min_words:
            continue
        par = _paragraph_of(text, start)
        if sentences is None:
            sentences = [(s.start_char, s.end_char, s) for s in doc.sents]
        # the verbs of saying around the quote, walked once for the three readers below
        verbs = list(_saying_verbs(m.start(), m.end(), speech_verbs, sentences))
        speaker = _subject_actor(doc, m.start(), m.end(), verbs) or _introducer(doc, text, m.start())
        actor = None
        if speaker is None and implied is not None:
            found = _implied_sayer(m.start(), m.end(), verbs, implied) \
                or _implied_introducer(doc, text, m.start(), implied)
            if found is not None:
                speaker, actor = found
        if speaker is None and previous is not None and previous_par == par \
                and not _named_sayer(m.start(), m.end(), verbs):
            speaker, actor = previous.speaker, previous.implied
        quote = FoundQuote(start, end, speaker, actor)
        previous, previous_par = quote, par
        yield quote


def _subject_actor(doc: Doc, qstart: int, qend: int, verbs: Iterable[Token]) -> Span | None:
    """The actor mention of the first subject outside the quote of one of ``verbs``."""
    actor_at = actor_index(doc).get  # what ``doc._.actor_at`` reads
    for tok in verbs:
        for c in tok.children:
            if c.dep_ == "nsubj" and not (qstart <= c.idx < qend):
                span = actor_at(c.i)
                if span is not None:
                    return span
    return None


def _saying_verbs(qstart: int, qend: int, speech_verbs: frozenset[str],
                  sentences: list[tuple[int, int, Span]]) -> Iterator[Token]:
    """The verbs of saying outside the quote (``qstart``-``qend``) in the sentences it touches."""
    for start, end, sent in sentences:
        if not (start < qend and end > qstart):
            continue
        for tok in sent:  # (the part of speech first: a number, and most words are no verb)
            if tok.pos == VERB and lower_lemma(tok) in speech_verbs and not (qstart <= tok.idx < qend):
                yield tok


def _implied_sayer(qstart: int, qend: int, verbs: list[Token],
                   implied: Callable[[Token], Actor | None]) -> tuple[Span, Actor] | None:
    """The subject of a verb of saying outside the quote (``verbs``: :func:`_saying_verbs`)
    that names no actor but implies one ("the ministry said", "Prosecutor Kama Melly QC said
    the victims were '...'"), as its word and that actor, or None."""
    for tok in verbs:
        for c in tok.children:
            if c.dep_ == "nsubj" and not (qstart <= c.idx < qend):
                actor = implied(c)
                if actor is not None:
                    return c.doc[c.i:c.i + 1], actor
    return None


def _named_sayer(qstart: int, qend: int, verbs: list[Token]) -> bool:
    """True when a verb of saying outside the quote (``verbs``: :func:`_saying_verbs`) has a
    subject of its own that is a name or a noun, not a pronoun ("MP Penny Sharpe, who
    co-sponsored the bill, said, ...", "said selection committee member Ulf Danielsson"):
    the quotation is that person's, known to the actor tables or not, and does not continue
    the previous speaker's ("..., he said" does)."""
    return any(c.dep_ == "nsubj" and not (qstart <= c.idx < qend) and c.pos_ in ("NOUN", "PROPN")
               for tok in verbs for c in tok.children)


def _introducing_subjects(doc: Doc, text: str, qstart: int) -> Iterator[Token]:
    """The subjects of the clause that a colon right before the quote ends, last first: those
    before the colon whose verb is before it too (the parser often hangs the introducing
    clause under the quoted one); none without such a colon."""
    colon = qstart - 1
    while colon >= 0 and text[colon].isspace():
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return
    mark = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if mark is None:
        return
    at = mark[0].i
    for tok in reversed(doc[mark[0].sent.start:at]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i < at:
            yield tok


def _introducer(doc: Doc, text: str, qstart: int) -> Span | None:
    """The actor of the last introducing subject that names one (:func:`_introducing_subjects`)."""
    return next((span for tok in _introducing_subjects(doc, text, qstart)
                 if (span := doc._.actor_at(tok.i)) is not None), None)


def _implied_introducer(doc: Doc, text: str, qstart: int,
                        implied: Callable[[Token], Actor | None]) -> tuple[Span, Actor] | None:
    """The last introducing subject that names no actor but implies one ("A Home Office
    spokesperson said: ..."), as its word and that actor (:func:`_introducing_subjects`)."""
    for tok in _introducing_subjects(doc, text, qstart):
        if doc._.actor_at(tok.i) is None and (actor := implied(tok)) is not None:
            return doc[tok.i:tok.i + 1], actor
    return None
