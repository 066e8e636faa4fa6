"""What an appeal or a demand asks for: the acts it names are asked, not done.

:class:`AskReader` is the part of the coder (:class:`~eventwire.coding.coder.Coder`) that
tells an act inside what an appeal or demand asks for ("called for talks between X and Y",
"urged Israel to allow aid") or inside what a saying verb says someone must do
(:class:`~eventwire.coding.reading.Obligation`), and a word of appeal itself (:meth:`_appeals`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.symbols import aux as AUX
from spacy.tokens import Token

from .lexicon import Lexicon, Trigger
from .mends import lower_lemma
from .reading import Obligation, asked_clause, mandative

# Roots of appeals and demands: the act asked for in their infinitive is not coded.
APPEAL_ROOTS = {"02", "10"}


class AskReader:
    """Acts asked for, read with the coder's rows (``_choose``) and its memo of children."""

    obligation: Obligation | None
    lexicon: Lexicon
    # the lexicon ``_may_ask`` read last, its (lemma, part of speech) of appeal rows and their lemmas
    _appeal_rows: tuple[Lexicon, frozenset[tuple[str, str]], frozenset[str]] | None = None

    def _choose(self, tok: Token, pos: str) -> Trigger | None:
        raise NotImplementedError

    def _children(self, tok: Token) -> list[tuple[Token, str, str]]:
        raise NotImplementedError

    def _sentence_holds(self, tok: Token, what: str, test: Callable[[list[Token]], bool]) -> bool:
        raise NotImplementedError

    def asked_for(self, tok: Token) -> bool:
        """True for an act inside what an appeal or demand asks for: its infinitive, its
        that-clause, its object or what it is "for" ("called for talks between X and Y"), and
        the infinitives and objects below them; or what a saying verb says someone must do
        (:class:`Obligation`)."""
        if not self._sentence_holds(tok, "asking", self._may_ask):
            return False  # (no word of appeal nor modal in the sentence: most sentences; no walk)
        node = tok
        for _ in range(4):
            dep, head = node.dep_, node.head  # (read once a step: spaCy makes them anew at every read)
            if self.obligation is not None and node.pos_ in ("VERB", "AUX") and self.obligation.demanded(node):
                return True  # also "said the two sides must reach an agreement", "must be ready to"
            infinitive = any(d == "aux" and lower == "to" for _, d, lower in self._children(node))
            if dep == "ccomp" and mandative(node) and any(
                    d == "dobj" and self._appeals(c) for c, d, _ in self._children(head)):
                return True  # "reiterated its demand that Israel ease": the clause hung on the verb
            if self._appeals(head) and (
                    # (a clause before its verb is what was reported: "X is about to restore
                    # ties, an official said", under a "say" that a verb dictionary makes an appeal)
                    dep == "xcomp" or dep == "ccomp" and node.i > head.i and asked_clause(node)
                    # "demanded the parties to allow", "demanded a meeting to discuss"
                    or dep == "advcl" and infinitive and head.pos_ == "VERB"
                    # "a request from the US to allow", "its demand that Israel ease"
                    or dep == "acl" and head.pos_ == "NOUN" and (infinitive or mandative(node))):
                return True
            if dep == "pobj" and head.lower_ == "for" and self._appeals(head.head) \
                    or dep == "dobj" and head.pos_ == "VERB" and self._appeals(head):
                return True  # "called for (demanded) talks between Israel and Hamas": asked for, not held
            if dep == "conj" and head.pos_ in ("VERB", "AUX") and head.i != node.i and not any(
                    d in ("nsubj", "nsubjpass") for _, d, _ in self._children(node)):
                node = head  # (prec45) "called for them to relinquish their role and to hand their
                continue  # seats over": a conjunct with no subject of its own is asked as the first
            if dep not in ("xcomp", "dobj", "acl", "acomp") and not (dep == "advcl" and infinitive) or head.i == node.i:
                return False
            node = head
        return False

    def _may_ask(self, words: list[Token]) -> bool:
        """Whether a sentence's ``words`` hold what :meth:`asked_for` needs: an auxiliary that
        may be an obligation's modal (``Obligation.demanded``) or a word that may be of appeal
        (``_appeals``: a row of its lemma and part of speech of roots 02 or 10)."""
        obligation = self.obligation
        if obligation is not None and {w.lower_ for w in words if w.dep == AUX} & obligation.modals:
            return True
        rows = self._appeal_rows
        if rows is None or rows[0] is not self.lexicon:
            keys = frozenset(key for key, found in self.lexicon.triggers.items()
                             if any(row.cameo[:2] in APPEAL_ROOTS for row in found))
            rows = self._appeal_rows = (self.lexicon, keys, frozenset(lemma for lemma, _ in keys))
        _, keys, lemmas = rows
        return any((lemma, w.pos_) in keys for w in words if (lemma := lower_lemma(w)) in lemmas)

    def _appeals(self, verb: Token) -> bool:
        """True for a verb or noun of appeal or demand ("urge", "call on", "a request"): the
        row that holds there, with its particle and object conditions ("called X illegal",
        "called elections" are no appeal)."""
        row = self._choose(verb, verb.pos_) if verb.pos_ in ("VERB", "NOUN") else None
        return row is not None and row.cameo[:2] in APPEAL_ROOTS
