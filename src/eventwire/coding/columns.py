"""A span's words picked by a number of theirs, without making their Tokens.

spaCy makes a new ``Token`` object for each word at each walk of a sentence or subtree
(``for tok in sent``, ``tok.subtree``); a walk that keeps few of the words pays for all of
them. :func:`marked` reads one attribute of every word of a span as numbers in one call
(``Span.to_array``: a part of speech, a dependency label, as spaCy's ids) and gives the
indices of the words whose value is one asked for, in text order: the caller makes the
Tokens of those alone. The values are read as they are at the call (after the mends), as a
walk would read them.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span

__all__ = ["marked", "marked_pairs"]


def marked(span: Span, attr: int, values: Container[int]) -> list[int]:
    """The document indices of the words of ``span`` whose attribute ``attr`` (an id of
    ``spacy.attrs``: ``DEP``, ``POS``) is in ``values`` (spaCy's ids), in text order."""
    start = span.start
    return [start + k for k, value in enumerate(span.to_array([attr])[:, 0].tolist()) if value in values]


def marked_pairs(span: Span, first: int, firsts: Container[int], second: int, seconds: Container[int]) -> list[int]:
    """:func:`marked` for two attributes at once: the words whose ``first`` is in ``firsts``
    and whose ``second`` is in ``seconds``."""
    start = span.start
    return [start + k for k, (a, b) in enumerate(span.to_array([first, second]).tolist())
            if a in firsts and b in seconds]
