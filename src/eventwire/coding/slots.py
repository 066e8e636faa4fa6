"""Where a trigger's lexicon slots point (``target`` in ``triggers.tsv``): its object,
its dative, the object of a preposition on it, on its object or on the verb that
carries a noun trigger. The coder (:class:`~eventwire.coding.coder.Coder`) reads its
targets through these, then through its own fallbacks."""

from __future__ import annotations

from spacy.tokens import Token

from .implicit import agent_sector
from .lexicon import Trigger
from .mentions import MentionReader
from .reading import (PEOPLE_SECTORS, bare_participle, clause_predicates, headline_participle, infinitive,
                      negated_predicates)

COERCE_ROOT = "17"
IMPOSED_PREPOSITIONS = {"on", "against"}  # "sanctions imposed on", "measures taken against"


class SlotReader(MentionReader):
    """The tokens a lexicon slot names, and the verb a noun trigger depends on."""

    def _slot_tokens(self, tok: Token, slot: str, passive: bool) -> list[Token]:
        if slot == "dobj":
            deps = ("nsubjpass",) if passive else ("dobj",)
            found = [c for c, dep, _ in self._children(tok) if dep in deps]
            if not found and not passive:
                # "called the annexation plan illegal": the parser makes the object the
                # subject of the predicate
                found = [g for c, dep, _ in self._children(tok) if dep == "oprd"
                         for g, g_dep, _ in self._children(c) if g_dep == "nsubj"]
                # "allowed Ouattara to run": the subject the parser gives the infinitive
                found = found or [g for c, dep, _ in self._children(tok) if dep == "ccomp" and infinitive(c)
                                  for g, g_dep, _ in self._children(c) if g_dep == "nsubj"]
                # "found the suspension to be unlawful", "ruled that the ban was unconstitutional":
                # the subject of the clause that says what it is
                found = found or [subj for subj, _ in clause_predicates(tok)]
                # "found the three men not guilty": whom it says what they are not
                found = found or [g for p in negated_predicates(tok) for g in p.children if g.dep_ == "nsubj"]
            if passive and not found:
                # "a soldier is released after having been detained there": the one detained.
                subj, _ = self._subject(tok)
                found = [subj] if subj is not None and (subj.dep_ == "nsubjpass" or bare_participle(tok)) else []
                acted_on = headline_participle(tok)  # "Two journalists arrested in Istanbul"
                found = [acted_on] if acted_on is not None else found
            return found
        if slot == "dative":
            datives = [c for c, dep, _ in self._children(tok) if dep == "dative" and c.pos_ != "ADP"]
            if datives:
                return datives
            objs = [c for c, dep, _ in self._children(tok) if dep == "dobj"]
            return objs[:1] if len(objs) > 1 else []
        if slot.startswith("prep:"):
            word = slot[5:]
            found = self._prep_objects(self._prep_heads(tok), word)
            if not found and word in IMPOSED_PREPOSITIONS:
                # "lifted the sanctions imposed on Syria": on the participle of the object.
                found = self._prep_objects([p for o in self._prep_heads(tok)[1:] for p in o.children
                                            if p.dep_ == "acl" and p.tag_ == "VBN"], word)
            if not found and tok.pos_ == "NOUN":
                gov = self._governor(tok)
                if gov is not None:
                    found = self._prep_objects([gov], word)
                    if not found and word == "to":  # "gave Kenya a loan": to Kenya
                        found = [c for c, dep, _ in self._children(gov) if dep == "dative" and c.pos_ != "ADP"]
                if not found and word == "between" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
                    # "heavy fighting broke out between Thai and Cambodian troops": the parties
                    # the noun's verb names
                    found = self._prep_objects([tok.head], word)
                if not found and tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "NUM"):
                    # "$16 billion in military sales to the UAE": on the amount.
                    found = self._prep_objects([tok.head.head], word)
            return found
        return []

    def _acted_on(self, tok: Token, row: Trigger, passive: bool) -> list[Token]:
        """Who a verb of force or coercion acts on, for the people it names: its object, else
        the objects of its row's prepositions ("police fired on protesters", "opened fire at
        villagers"), which may be unnamed people of the place where it happens. An object that
        meets the row's object condition is the means, not who is acted on ("opened fire",
        "fired tear gas at protesters"), unless it is an agent noun of a body, not of people
        ("shut down the newspaper").
        A noun of coercion acts on the unnamed agents of its row's prepositions ("the shutdown of
        three newspapers", "the arrest of five journalists")."""
        found = [t for t in self._slot_tokens(tok, "dobj", passive)
                 if not row.names_object(t.lemma_.lower(), self.lexicon) or self._body_noun(t)]
        if found:
            return found
        found = [t for slot in row.slots if slot.startswith("prep:") for t in self._slot_tokens(tok, slot, passive)]
        if tok.pos_ == "VERB":
            return found
        return [t for t in found if agent_sector(t)[0]] if row.cameo[:2] == COERCE_ROOT else []

    @staticmethod
    def _body_noun(tok: Token) -> bool:
        """An unnamed agent noun of a body (a newspaper, a broadcaster), not of people."""
        found, sector = agent_sector(tok)
        return found and sector not in PEOPLE_SECTORS

    def _governor(self, noun: Token) -> Token | None:
        """The verb a noun trigger depends on ("held talks", "reciprocating with aid"); found
        once per sentence coded."""
        if noun.doc is not self._chosen_doc:
            self._start(noun.doc)
        if noun.i not in self._governors:
            self._governors[noun.i] = self._find_governor(noun)
        return self._governors[noun.i]

    def _find_governor(self, noun: Token) -> Token | None:
        node, steps = noun, 0
        while steps < 3 and node.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass", "conj"):
            node = node.head
            steps += 1
            if node.pos_ in ("VERB", "AUX"):
                return node
            if node.pos_ == "NOUN" and self._is_trigger_noun(node):
                # "start talks about the war": the topic of another event, not the verb's.
                return None
        return None
