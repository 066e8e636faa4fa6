"""What kind of clause a date the text states is told in, for :class:`.scene.Scene`: an aside
("Russia, which invaded Ukraine in 2022, ..."), a condition or a modal ("if he lost in 2020"),
the subject person who goes on at the day told, and where a paragraph starts."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from ..actors.references import PERSON_RULES

from .modality import load_cues

__all__ = ["FUTURE_AUX", "aside", "holding", "sentence_of", "subject_person"]


def holding(sent: Span | None, tok: Token) -> Span | None:
    """``sent`` when it holds ``tok``, else None: the sentence a caller knows for a word, checked
    (``tok.sent`` reads the whole document's sentence starts anew for each word)."""
    return sent if sent is not None and sent.start <= tok.i < sent.end else None


def sentence_of(tok: Token, sent: Span | None = None) -> Span:
    """The sentence of ``tok``: ``sent`` when it holds it (:func:`holding`), else ``tok.sent``."""
    found = holding(sent, tok)
    return found if found is not None else tok.sent

FUTURE_AUX = frozenset({"will", "wo", "'ll", "shall", "would", "'d"})


def subject_person(verb: Token, recognised: bool = True) -> str:
    """The person the subject of ``verb`` names, by the last word of the name ("Nancy
    Pelosi", "Pelosi": "pelosi"); "" for no named person (a pronoun, a body, a country).
    ``recognised``: only a name the actor layer resolved as a person's (where a name is
    first told; not the entity recogniser's label, which reads the sentences around and so
    would differ when only the sentences that name an actor are parsed); else any proper
    noun (the same name told again)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return ""
    if recognised:
        span = verb.doc._.actor_at(subject.i)
        if span is None or span._.actor_rule not in PERSON_RULES:
            return ""
    return subject.lower_


def with_aside(word: Token) -> bool:
    """Whether ``word`` is the participle of an aside "with" its own subject ("with the death
    toll rising to 22 on Monday", "with 25 others injured")."""
    return (word.dep_ == "pcomp" and word.head.lower_ == "with" and word.tag_ in ("VBG", "VBN")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children))


def aside(word: Token) -> bool:
    """Whether ``word`` is the verb of a relative clause set off by a comma ("Russia, which
    invaded Ukraine in 2022, criticised ..."): it tells the background of its noun, and its
    date is not the time of the story (as a restrictive one may be: "arrested a man who
    attacked a mosque on Friday")."""
    if word.dep_ != "relcl":
        return False
    start = word.left_edge.i
    return start > 0 and word.doc[start - 1].text == ","


@functools.cache
def _one_word_conditions() -> frozenset[str]:
    """The subordinators of condition that are one word ("if", "unless"), as a clause's mark."""
    return frozenset(m for m in load_cues().conditional_marks if " " not in m)


def condition_clause(word: Token) -> Token | None:
    """(coder48) The clause of condition ``word`` is in ("if Israel withdraws from Gaza": the
    verb of the clause a one-word condition marks), climbing through its phrase; None outside one."""
    marks = _one_word_conditions()
    node = word
    while True:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return node
        if node.head.i == node.i or node.dep_ in ("ccomp", "relcl", "acl", "xcomp", "parataxis"):
            return None  # (a clause of its own below the condition tells no place of it)
        node = node.head


def told_as_fact(word: Token) -> bool:
    """Whether the verb a date dates tells a happening of the text's own course, whose date
    the sentences after it may be at: not a condition ("if he lost in 2020") nor a modal
    ("could have begun in May")."""
    marks = _one_word_conditions()
    node = word
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return False
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in FUTURE_AUX for c in node.children):
            return False
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return True


def blank_line_before(text: str, tok: Token) -> bool:
    """Whether an empty line separates ``tok`` from the text before it; ``text``: the
    document's (read once: spaCy joins every word's text anew at each ``doc.text``)."""
    start = end = tok.idx
    while start > 0 and text[start - 1].isspace():  # (the gap ``rstrip`` leaves, not the prefix)
        start -= 1
    return text.count("\n", start, end) >= 2
