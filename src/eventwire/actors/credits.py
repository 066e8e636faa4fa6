"""A wire story's own credits: the outlet of a dateline or of a credit line is no actor.

A dateline names the outlet that filed the story in brackets before the text begins
("MOSCOW (Reuters) - Russia condemned ...", "KYIV, May 3 (Reuters) -", "BEIRUT, Lebanon
(AFP) --", a bare "(AFP)" closing the text), and a credit line names reporters and editors
("(Reporting by Reuters staff; Editing by ...)", ``data/credit_lines.tsv``). Neither is
something the outlet does: read as a mention, "(Reuters)" became a conjunct or apposition
of the lead's subject and the source of an event of its own (GBRMED 111 EU beside RUS 111
EU). This pass drops such outlet mentions from what the resolver found, before the event
coder sees them. An outlet that acts in the text ("Reuters reported", "The Associated
Press sued the White House", "told AFP") keeps its mention.

An outlet's mention is a dateline's when it is alone in brackets and either a dash follows
the brackets, or the brackets close their sentence, or nothing but capitalised words,
numbers and punctuation (the place and day of the dateline) stands before them in their
sentence, at most ``DATELINE_WORDS`` tokens.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ..datafiles import tsv_records
from .kb import KnowledgeBase, data_dir
from .references import Found

# Tokens a dateline's place and day may take before the outlet's brackets ("RIO DE JANEIRO,
# Brazil, May 3").
DATELINE_WORDS = 12
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
# Where a credit line's reach ends.
CREDIT_ENDS = frozenset({")", ".", "]"})


@functools.cache
def credit_leads() -> tuple[tuple[str, ...], ...]:
    """``data/credit_lines.tsv``: the words that open a credit line, lower-cased, each a tuple."""
    return tuple(tuple(row["words"].lower().split())
                 for _, row in tsv_records(data_dir() / "credit_lines.tsv", ["words"]) if row["words"].strip())


def drop_credits(doc: Doc, found: list[Found], kb: KnowledgeBase) -> list[Found]:
    """``found`` without the outlets that a dateline or a credit line names."""
    if not kb.outlets or not any(f.actor.name in kb.outlets for f in found):
        return found
    credited = _credit_tokens(doc)
    return [f for f in found if f.actor.name not in kb.outlets
            or not (_in_dateline(doc, f) or any(i in credited for i in range(f.start, f.end)))]


def _in_dateline(doc: Doc, f: Found) -> bool:
    if f.start == 0 or f.end >= len(doc) or doc[f.start - 1].text != "(" or doc[f.end].text != ")":
        return False
    after = _next_word(doc, f.end + 1)
    if after is None or after.text in DASHES or after.is_sent_start:
        return True
    opening = doc[f.start - 1]
    start = opening.sent.start if doc.has_annotation("SENT_START") else 0
    before = [t for t in doc[start:opening.i] if not t.is_space]
    return len(before) <= DATELINE_WORDS and all(
        t.is_punct or t.like_num or t.text[:1].isupper() for t in before)


def _next_word(doc: Doc, i: int) -> Token | None:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _credit_tokens(doc: Doc) -> set[int]:
    """The tokens of the credit lines: from the words that open one ("Reporting by") to the
    end of its line, sentence or brackets."""
    leads = credit_leads()
    out: set[int] = set()
    for t in doc:
        if not t.text[:1].isupper():
            continue
        for lead in leads:
            end = t.i + len(lead)
            if end <= len(doc) and tuple(w.lower_ for w in doc[t.i:end]) == lead:
                while end < len(doc) and doc[end].text not in CREDIT_ENDS and "\n" not in doc[end].text:
                    out.add(end)
                    end += 1
                break
    return out
