"""Discard lists in TABARI/PETRARCH format: phrases that mark text as out of scope.

A user lists discard files in the ``discard_dictionaries`` setting (or with
``--discards``). One phrase a line, ``#`` starts a comment::

    +TYPHOON                 a story discard: a document that holds it gives no event
    AFRICAN NATIONS CUP      a sentence discard: a sentence that holds it gives no event

A phrase matches whole words, in any case, with any space or ``_`` between its
words. Such lists keep sport, weather and entertainment stories, whose words look
like politics ("restore the World Cup to Gondor"), from being coded; nothing is
discarded unless a user names a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import KnowledgeBaseError

STORY = "+"  # the marker of a story discard


@dataclass(frozen=True)
class Discards:
    story: re.Pattern | None  # None: no phrase of that kind
    sentence: re.Pattern | None

    def story_discarded(self, text: str) -> bool:
        return self.story is not None and self.story.search(text) is not None

    def sentence_discarded(self, text: str) -> bool:
        return self.sentence is not None and self.sentence.search(text) is not None


def _pattern(phrases: list[tuple[str, ...]]) -> re.Pattern | None:
    """One case-blind, whole-word pattern for the phrases, longest first."""
    if not phrases:
        return None
    alternatives = sorted({r"[\s_]+".join(re.escape(w) for w in words) for words in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def read_discards(paths: Iterable[str]) -> Discards:
    """The story and sentence discards of the given files."""
    story: list[tuple[str, ...]] = []
    sentence: list[tuple[str, ...]] = []
    for name in paths:
        try:
            lines = Path(name).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise KnowledgeBaseError(name, None, f"cannot read discard list (setting 'discard_dictionaries'): {exc}"
                                     ) from exc
        for raw in lines:
            text = raw.split("#", 1)[0].strip()
            if not text:
                continue
            kind = story if text.startswith(STORY) else sentence
            words = tuple(w for w in text.lstrip(STORY).replace("_", " ").split() if w)
            if words:
                kind.append(words)
    return Discards(_pattern(story), _pattern(sentence))
