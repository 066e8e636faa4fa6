"""Imported verb patterns read against a sentence (``verbdict.py``), as PETRARCH reads them.

:func:`context_words` gives the words a pattern's slots are matched against
(:meth:`Trigger.fits_context <eventwire.coding.lexicon.Trigger.fits_context>`): before
the verb in its clause, back to a comma, read backwards from it; after it, in its
phrase. :func:`first_actor_after` is PETRARCH's target when an imported verb's slots
name none: the first other actor after the verb in its phrase.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .lexicon import Word
from .mentions import DocContext, MentionReader
from .violence import Arg

# Dependents of a verb after it that are not of its phrase: a clause of its own ("after X
# was reported"), a verb or clause conjoined to it.
OWN_CLAUSE_DEPS = frozenset({"advcl", "conj", "cc", "parataxis", "punct"})


def context_words(tok: Token) -> tuple[list[Word], list[Word]]:
    """The words before a trigger in its clause (back to a comma), read backwards from it,
    and those after it in its phrase, for the word conditions of imported verb patterns
    (``Trigger.before`` / ``after``)."""
    before: list[Word] = []
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        if t.text == ",":
            break
        before.append(Word.of(t.lemma_.lower(), t.lower_))
    after = [Word.of(t.lemma_.lower(), t.lower_) for t in tok.subtree if t.i > tok.i and not t.is_space]
    return before, after


def phrase_after(verb: Token) -> Iterator[Token]:
    """The dependents after a verb that belong to its phrase (not ``OWN_CLAUSE_DEPS``)."""
    return (c for c in verb.children if c.i > verb.i and c.dep_ not in OWN_CLAUSE_DEPS)


def first_actor_after(reader: MentionReader, doc: Doc, verb: Token, sources: list[Arg],
                      context: DocContext) -> list[Span]:
    """The first actor after a verb in its phrase (with those conjoined to it) whose actor
    is not a source's: PETRARCH's target ("acted on a resolution with Libya")."""
    actor_at = doc._.actor_at
    own = {(sa or s._.actor).code for s, sa in sources}
    for child in phrase_after(verb):
        for t in child.subtree:
            span = actor_at(t.i)
            if span is not None and span._.actor.code not in own:
                return [s for s in reader.actors_at(doc, t, context) if s._.actor.code not in own] or [span]
    return []
