"""(rulesB47) One attribute of a span's words read in one call, as plain numbers: for a pass that
looks at few words of a sentence (an ``npadvmod``, a preposition's object, the first verb), which
finds them without making a Token for each word (spaCy makes one at every ``doc[i]``, at every
step of a walk over a Span)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def column(words: Span | Doc, attr: int) -> list[int]:
    """The values of ``attr`` (spaCy's attribute id: ``spacy.attrs.DEP``, ``POS`` ...) for the words
    of ``words`` in order, as spaCy's numbers (``tok.dep``, ``tok.pos`` ...): the document as it is now."""
    return words.to_array([attr]).ravel().tolist()  # (a Doc gives one column flat, a Span as a column)
