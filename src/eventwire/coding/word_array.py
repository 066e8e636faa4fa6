"""A document's words as spaCy's numbers, in one array read in one call.

spaCy makes a new Token at every ``doc[i]`` and a walk over a sentence makes one for each
word, to read a label or a lemma. The passes of the events component that only look for
a few words in a sentence (an agent noun, a place preposition, a length of time) read
their columns here and make the Tokens of the words found only. The coder's mends change
words of the sentence it codes (a part of speech, a lemma, a label): :meth:`WordArray.stale`
after each sentence coded, and the array is read again at the next question, so that each
answer reads the words as they are at that moment, as a walk over the Tokens would.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.tokens import Doc

__all__ = ["WordArray"]

COLUMNS = (POS, LEMMA, DEP, LOWER)
POS_COLUMN, LEMMA_COLUMN, DEP_COLUMN, LOWER_COLUMN = range(len(COLUMNS))


class WordArray:
    """Each token's part of speech, lemma, dependency label and lower-case form (spaCy's
    numbers), read at the first question after :meth:`stale`."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._rows: np.ndarray | None = None

    def stale(self) -> None:
        """The words may have changed (a sentence was coded): read them again when next asked."""
        self._rows = None

    def rows(self, start: int, end: int) -> np.ndarray:
        """The rows of the tokens ``start`` to ``end`` (excluded), as they are now."""
        if self._rows is None:
            self._rows = self.doc.to_array(list(COLUMNS))
        return self._rows[start:end]

    def having(self, start: int, end: int, column: int, value: int) -> list[tuple[int, int, int, int, int]]:
        """Each token of ``start`` to ``end`` (excluded) whose ``column`` is ``value`` (one of
        spaCy's numbers), in order, as its index and its row (POS, LEMMA, DEP, LOWER)."""
        rows = self.rows(start, end)
        hits = np.flatnonzero(rows[:, column] == value)
        return [(start + k, *row) for k, row in zip(hits.tolist(), rows[hits].tolist())]
