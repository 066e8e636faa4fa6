"""The words a trigger row holds for but that code no event of their own there.

:class:`TriggerFilter` is the part of the coder (:class:`~eventwire.coding.coder.Coder`)
that tells a trigger noun which is not an act: a rally of an election campaign
(:meth:`_campaign_event`) or of a government with no cause (:meth:`_partisan_meeting`),
the manner of another act ("in protest": :meth:`_manner_of_act`), an act undone by its
verb ("lifted the sanctions": :meth:`_reversed`), a truce watched over
(:meth:`_overseen`); and a verb whose object is a trigger noun (:meth:`_light_object`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon, Trigger
from .mends import lower_lemma
from .reading import undoes
from .slots import ANSWERED_ROOTS, PROTEST_ROOT, TargetReader
from .violence import Arg

# what a rally is held against, which makes a government's rally a protest ("a rally against terrorism")
CAUSE_PREPOSITIONS = {"against", "over"}
GOVERNMENT_SECTOR = "GOV"
# Nouns that, after "in" on a verb of an act, tell that act's manner: "in protest".
MANNER_NOUNS = {"protest", "retaliation", "response", "solidarity", "defiance"}
# Roots of a truce or accord that stands while others watch over it ("to oversee a ceasefire").
STANDING_ROOTS = {"05", "08"}
# Prepositions of a circumstance of an act, not of what the act undoes: "removed the border
# fence under a treaty", "withdrew its troops after talks", "the visit ended with a meeting".
CIRCUMSTANCE_PREPOSITIONS = {"under", "after", "following", "despite", "amid", "before", "during", "as", "with"}


class TriggerFilter(TargetReader):
    """Trigger nouns that code no act of their own, read with the coder's rows (``_choose``)."""

    lexicon: Lexicon
    reversal_verbs: frozenset[str]
    refusal_verbs: frozenset[str]

    def _choose(self, tok: Token, pos: str) -> Trigger | None:
        raise NotImplementedError

    def _object_words(self, tokens: list[Token]) -> tuple[set[str], set[str]]:
        raise NotImplementedError

    def _campaign_event(self, noun: Token, row: Trigger) -> bool:
        """True for a protest noun of an election campaign ("an election rally", "a
        get-out-the-vote rally", "a welcome rally"): not a protest."""
        if row.cameo[:2] != PROTEST_ROOT:
            return False
        before = [w for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod") for w in c.subtree]
        return "campaign" in self._object_words([noun])[1] or any(
            "campaign" in self.lexicon.classes_of(lower_lemma(w)) for w in before)

    def _partisan_meeting(self, noun: Token, sources: list[Arg]) -> bool:
        """True for a rally a government or its party holds with no cause named ("the ruling
        party held a rally in Leeds"): a political meeting, not dissent (CAMEO 141: to protest)."""
        if noun.pos_ != "NOUN" or "partisan" not in self.lexicon.classes_of(lower_lemma(noun)) or not sources:
            return False
        heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # "staged rallies ... against X"
        cause = any(c.dep_ == "prep" and c.lower_ in CAUSE_PREPOSITIONS or c.lower_.startswith("anti")
                    for h in heads for c in h.children)
        return not cause and all((sa or s._.actor).sector == GOVERNMENT_SECTOR for s, sa in sources)

    def _manner_of_act(self, noun: Token) -> bool:
        """True for "in protest" or "in retaliation" on a verb that codes an act of its own
        ("summoned the Saudi ambassador in protest"): the manner of that act, not another."""
        prep = noun.head
        if lower_lemma(noun) not in MANNER_NOUNS or noun.dep_ != "pobj" or prep.lower_ != "in":
            return False
        if prep.head.pos_ == "NOUN" and self._is_trigger_noun(prep.head):
            return True  # "delaying their release in protest"
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # or on the verb's object
        return verb.pos_ == "VERB" and self._choose(verb, "VERB") is not None

    def _reversed(self, noun: Token) -> bool:
        """True for a noun trigger undone by its verb: "lifts the ban", "cancels the tariffs"
        (not "denied the request": a refusal answers a request, it does not unmake it)."""
        gov = self._governor(noun)
        if gov is None or not undoes(gov, self.reversal_verbs):
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPOSITIONS:
            return False  # "removed the fence under a treaty": the treaty stands
        row = self._choose(noun, "NOUN")
        return not (row is not None and row.cameo[:2] in ANSWERED_ROOTS and lower_lemma(gov) in self.refusal_verbs)

    def _overseen(self, noun: Token, row: Trigger) -> bool:
        """True for a truce or accord between parties that a verb of oversight has for its object
        ("deployed to oversee a ceasefire between A and B"): one that stands, not made now."""
        return row.symmetric and row.cameo[:2] in STANDING_ROOTS and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
            and "oversight" in self.lexicon.classes_of(lower_lemma(noun.head))

    def _light_object(self, verb: Token) -> bool:
        """True when the verb's object is itself a trigger noun: the noun codes."""
        return any(dep == "dobj" and self._is_trigger_noun(c) for c, dep, _ in self._children(verb))
