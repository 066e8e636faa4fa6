"""Which sentences of a document can hold an event: the ones that name an actor.

Events are coded only in sentences with an actor mention, so only those
sentences need the statistical model (tagger, parser, lemmas, entities). The
cheap pass here needs tokens only: a rule-based sentence splitter that keeps
line breaks as boundaries, then the actor gazetteer (two phrase matchers on
token text). A sentence is *kept* when

- it holds a gazetteer piece (a name, a title, an agent noun...);
- it holds "he", "she", "him", "her" or "his" and it or the sentence before
  holds a piece (the resolver links pronouns within one sentence);
- it contains a name the document may introduce after a title ("Foreign
  Minister Kim Sung-han" ... "Kim said"): the capitalised words after a
  title piece and the words of person pieces, each word and the run.

Over-selection costs time only; a sentence wrongly dropped could lose an
event, so the rules lean towards keeping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..actors.gazetteer import PERSON, SURNAME, TITLE, Piece
from ..actors.resolve import PRONOUNS

NAME_RUN = 6  # longest name after a title, in tokens


@dataclass(frozen=True, slots=True)
class Selection:
    """The token ranges of one document that go through the model, and the rest."""

    blocks: tuple[tuple[int, int], ...]  # kept: maximal runs of kept sentences, [start, end)
    dropped: tuple[tuple[int, int], ...]  # sentences not kept, [start, end)

    @property
    def kept_tokens(self) -> int:
        return sum(e - s for s, e in self.blocks)


def _name_candidates(doc: Doc, sents: Sequence[Span], sent_of: list[int], pieces: Sequence[Piece]) -> set[str]:
    names: set[str] = set()
    for p in pieces:
        if p.type == TITLE:
            limit = min(sents[sent_of[p.start]].end, p.end + NAME_RUN)
            end = p.end
            while end < limit and (doc[end].is_title or doc[end].is_upper or doc[end].text == "-"):
                end += 1
            if end == p.end:
                continue
            run = doc[p.end:end].text
        elif p.type in (PERSON, SURNAME):
            run = doc[p.start:p.end].text
        else:
            continue
        names.add(run)
        names.update(run.split())
    return {n for n in names if len(n) > 1}


def select(doc: Doc, pieces: Sequence[Piece]) -> Selection:
    """Kept blocks and dropped sentences of ``doc`` (sentence starts set by the cheap splitter)."""
    sents = list(doc.sents)
    sent_of = [0] * len(doc)
    for k, sent in enumerate(sents):
        sent_of[sent.start:sent.end] = [k] * (sent.end - sent.start)
    by_piece = [False] * len(sents)
    for p in pieces:
        by_piece[sent_of[p.start]] = True
    kept = list(by_piece)
    names = _name_candidates(doc, sents, sent_of, pieces) if pieces else set()
    for k, sent in enumerate(sents):
        if kept[k]:
            continue
        if any(t.lower_ in PRONOUNS for t in sent) and (by_piece[k - 1] if k else False):
            kept[k] = True
        elif names and any(n in sent.text for n in names):
            kept[k] = True
    blocks: list[tuple[int, int]] = []
    dropped: list[tuple[int, int]] = []
    for k, sent in enumerate(sents):
        if not kept[k]:
            dropped.append((sent.start, sent.end))
        elif blocks and blocks[-1][1] == sent.start:
            blocks[-1] = (blocks[-1][0], sent.end)
        else:
            blocks.append((sent.start, sent.end))
    return Selection(tuple(blocks), tuple(dropped))
