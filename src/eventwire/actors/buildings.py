"""Names of buildings and sites that end in an institution's word (actors50).

"Royal Mint Court" is a place in London (the Royal Mint's old site), not a court: a capitalised
name read as an institution by its last word ("Court": JUD) is a building or site where the
capitalised word right before that word is a building's or site's noun of
``data/building_words.tsv`` ("Mint", "Tower", "Abbey", "Garden"). A court named by its place or
kind ("the Kyiv District Court", "the Meshchansky Court") is left as it is.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc

from ..datafiles import tsv_records
from ..errors import KnowledgeBaseError

KINDS = {"building", "site"}


@cache
def building_words() -> frozenset[str]:
    """The lower-case nouns of ``data/building_words.tsv``."""
    path = resources.files("eventwire.actors").joinpath("data/building_words.tsv")
    words = set()
    for lineno, row in tsv_records(path, ["word", "kind"]):
        if row["kind"] not in KINDS:
            raise KnowledgeBaseError(str(path), lineno, f"unknown kind {row['kind']!r}; known: {sorted(KINDS)}")
        words.add(row["word"].lower())
    return frozenset(words)


def building_name(doc: Doc, start: int, word_start: int) -> bool:
    """Whether the capitalised name ``doc[start:word_start]`` before an institution's word at
    ``word_start`` makes it a building or site: its last word is a building's noun."""
    if word_start <= start:
        return False
    before = doc[word_start - 1]
    return before.text[:1].isupper() and before.lower_ in building_words()
