"""Token-level gazetteer: every knowledge-base form found in a Doc.

Two PhraseMatchers, built once per pipeline: one on ORTH for names (case
matters: "US" is not "us"), one on LOWER for sector words (titles and agent
nouns, with their plurals). The result is a list of :class:`Piece` — typed,
non-overlapping matches that the resolver composes into actor mentions.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .caseless import caseless_name, caseless_text
from .kb import Form, KnowledgeBase, SectorWord
from .text import fold, folded_doc

# Piece types, from the form kinds of the knowledge base.
STATE = "STATE"  # a state named as a whole
ADJ = "ADJ"  # an adjective or demonym: combines with a following title or agent noun
SEAT = "SEAT"  # a capital or seat of government: the state's government
ORG = "ORG"
GROUP = "GROUP"
PERSON = "PERSON"
SURNAME = "SURNAME"
TITLE = "TITLE"
AGENT = "AGENT"
BODY = "BODY"

_STATE_KIND = {
    "name": STATE, "short": STATE, "historical": STATE, "alias": STATE,
    "adjective": ADJ, "demonym": ADJ, "capital": SEAT, "seat": SEAT, "host": SEAT,
}
_SECTOR_KIND = {"title": TITLE, "agent": AGENT, "body": BODY}


@dataclass(frozen=True, slots=True)
class Piece:
    start: int  # token offsets
    end: int
    type: str
    forms: tuple[Form, ...] = ()
    sector_word: SectorWord | None = None


# The possessive endings as the tokenizer splits them off: "China's", "the Kurds'".
POSSESSIVE = frozenset({"'s", "'", "’s", "’"})


def piece_states(piece: Piece) -> set[str]:
    """The keys of the states that ``piece``'s forms name (several where a name is shared)."""
    return {f.entity.key for f in piece.forms if f.entity.kind == "state"}


def piece_type(form: Form) -> str:
    ent = form.entity
    if ent.kind == "state":
        return _STATE_KIND[form.form_kind]
    if ent.kind == "org":
        return ORG
    if ent.kind == "person":
        return SURNAME if form.form_kind == "surname" else PERSON
    return GROUP


def plural(word: str) -> str:
    """English plural of the last word of a phrase, for agent nouns."""
    head, _, last = word.rpartition(" ")
    if last.endswith("man"):
        p = last[:-3] + "men"
    elif last.endswith(("s", "x", "ch", "sh")):
        p = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        p = last[:-1] + "ies"
    else:
        p = last + "s"
    return f"{head} {p}" if head else p


def _spellings(tokenizer, text: str, doc: Doc) -> list[Doc]:
    """The token sequences of a form matched ignoring case (an imported dictionary's, kept
    lower-cased): the tokenizer splits some words by their case, "k.u." into "k.u" and "."
    where "K.U." is one token, so the upper-case and title-case spellings are matched too
    (only for forms with a sign other than letters, digits and spaces: the others split alike)."""
    out, seen = [doc], {tuple(t.lower_ for t in doc)}
    if all(c.isalnum() or c.isspace() for c in text):
        return out
    for variant in (text.upper(), text.title()):
        other = tokenizer(variant)
        key = tuple(t.lower_ for t in other)
        if key not in seen:
            seen.add(key)
            out.append(other)
    return out


class Gazetteer:
    """Finds knowledge-base forms in a Doc."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.words = PhraseMatcher(nlp.vocab, attr="LOWER")
        tokenizer = nlp.tokenizer
        # Names are matched with their dashes and apostrophes folded, in the lists and the text
        # alike (``text.fold``): forms that fold to one text share its key.
        self._forms: dict[str, list[Form]] = {}
        for text, forms in kb.forms.items():
            shared = self._forms.setdefault(fold(text), [])
            shared.extend(f for f in forms if f not in shared)
        texts = list(self._forms)
        for text, doc in zip(texts, tokenizer.pipe(texts, batch_size=1000)):
            if any(f.casefold for f in self._forms[text]):
                self.folded.add(text, _spellings(tokenizer, text, doc))
            else:
                self.names.add(text, [doc])
        self._tokenizer, self._vocab = tokenizer, nlp.vocab
        self._caseless: PhraseMatcher | None = None  # built at the first caseless text (caseless.py)
        self._sector_of: dict[str, SectorWord] = {}
        for text, word in kb.sector_words.items():
            # A title's plural names no one person: "the ambassadors of France" is an agent noun.
            many = SectorWord(word.sector, "agent") if word.kind == "title" else word
            for v, meaning in ((text, word), (plural(text), many))[:1 if word.imported else 2]:
                v = fold(v)
                self._sector_of.setdefault(v, meaning)
                # "sen." is two tokens alone but one in "Sen. Bernie Sanders": both spellings.
                self.words.add(v, [tokenizer(v), tokenizer(v.title())])

    @property
    def caseless(self) -> PhraseMatcher:
        """The names matched ignoring case in a text with no case distinction
        (:mod:`.caseless`), made at its first use."""
        if self._caseless is None:
            self._caseless = PhraseMatcher(self._vocab, attr="LOWER")
            texts = [t for t, forms in self._forms.items()
                     if not any(f.casefold for f in forms) and caseless_name(t, forms)]
            for text, doc in zip(texts, self._tokenizer.pipe([t.lower() for t in texts], batch_size=1000)):
                self._caseless.add(text, [doc])
        return self._caseless

    def pieces(self, doc: Doc) -> list[Piece]:
        vocab = doc.vocab.strings
        found = []
        plain = folded_doc(doc)  # the same tokens, dashes and apostrophes folded
        matches = [*self.names(plain), *self.folded(plain)]
        if caseless_text(doc):  # "RUSSIA ATTACKS UKRAINE", "russia attacks ukraine"
            matches += self.caseless(plain)
        for match_id, start, end in matches:
            forms = tuple(self._forms[vocab[match_id]])
            found.append((start, end, "name", forms))
        for match_id, start, end in self.words(plain):
            found.append((start, end, "word", self._sector_of[vocab[match_id]]))
        spans = []
        payload = {}
        for start, end, what, data in found:
            span = doc[start:end]
            spans.append(span)
            payload.setdefault((start, end), []).append((what, data))
        pieces = []
        for span in _longest(spans):
            entries = payload[(span.start, span.end)]
            names = [d for w, d in entries if w == "name"]
            words = [d for w, d in entries if w == "word"]
            own_word = next((w for w in words if w.imported), None)
            own_names = next((f for f in names if any(x.casefold for x in f)), None)
            if names and (own_names is not None or own_word is None):
                # An imported dictionary's reading of the text (matched ignoring case) wins.
                forms = own_names or names[0]
                # a host city's organisation first ("Brussels": the EU, or Belgium as a place)
                forms = tuple(sorted(forms, key=lambda f: f.form_kind == "host"))
                pieces.append(Piece(span.start, span.end, piece_type(forms[0]), forms))
            else:
                word = own_word or words[0]
                pieces.append(Piece(span.start, span.end, _SECTOR_KIND[word.kind], sector_word=word))
        return pieces


def _longest(spans: list[Span]) -> list[Span]:
    """The matches that do not overlap, longest first and, among equals, the earliest (as
    spaCy's ``filter_spans``), but a leading article does not count in a match's length:
    "the South" (a context form of South Korea) yields to "South Korean" in "the South
    Korean president", while "the Netherlands" still wins over "Netherlands"."""
    def words(span: Span) -> int:
        return len(span) - (span[0].lower_ == "the")
    taken: set[int] = set()
    out = []
    for span in sorted(spans, key=lambda s: (-words(s), -len(s), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            out.append(span)
            taken.update(range(span.start, span.end))
    return sorted(out, key=lambda s: s.start)
