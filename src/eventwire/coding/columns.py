"""(rulesB47) One attribute of a span's words read in one call, as plain numbers: for a pass that
looks at few words of a sentence (an ``npadvmod``, a preposition's object, the first verb), which
finds them without making a Token for each word (spaCy makes one at every ``doc[i]``, at every
step of a walk over a Span)."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span


def column(words: Span | Doc, attr: int) -> list[int]:
    """The values of ``attr`` (spaCy's attribute id: ``spacy.attrs.DEP``, ``POS`` ...) for the words
    of ``words`` in order, as spaCy's numbers (``tok.dep``, ``tok.pos`` ...): the document as it is now."""
    return words.to_array([attr]).ravel().tolist()  # (a Doc gives one column flat, a Span as a column)


_FORMS: list = [None, frozenset()]  # the last document :func:`forms_of` read, and its forms


def forms_of(doc: Doc) -> frozenset[int]:
    """The forms of a document's words in lower case, as ids (``tok.lower``), read once per document (a
    word's form never changes, whatever a mend does to its tags): whether a word of a few is there at all."""
    if _FORMS[0] is not doc:
        _FORMS[:] = [doc, frozenset(column(doc, LOWER))]
    return _FORMS[1]
