"""Violence with no attacker named (GUIDE.md section 3: "When the text does not name who
attacked, do not invent the attacker"): when the text tells that violence was done by no one
it names, the coder makes a target-only event (``Coder._unnamed``); these are the readings
that decide it. A mixin of :class:`~eventwire.coding.coder.Coder`, whose sentence reader
(``reading.py``) and lexicon it uses.
"""

from __future__ import annotations

from spacy.tokens import Token

from .implicit import load_agents
from .violence import (ARMED_PEOPLE, ARMED_WORDS, ATTACK_MEANS, CONTEXT_EVENT_NOUNS, MISHAP_NOUNS,
                       UNIDENTIFIED_WORDS, UNNAMED_ROOTS)

# Determiners of a noun that refers back to an act told before ("the move", "this decision").
REFERRING_DETERMINERS = {"the", "this", "that", "these", "those"}


class UnnamedViolence:
    """Whether violence is told with no doer named (mixed into the coder)."""

    def _unnamed_violence(self, tok: Token) -> bool:
        """True when the text tells that violence was done with no doer: an event noun not
        the object of another act ("condemned the bombing"), a passive verb with no agent,
        or a verb whose subject is a weapon; not a death by mishap."""
        if any(a.dep_ == "prep" and a.lower_ == "for" for a in tok.ancestors):
            return False  # "bases for strikes on Iran", "sentenced for killing seven people"
        if tok.pos_ == "NOUN":
            gov = tok.head
            if tok.dep_ == "compound" or self._attacker_told(tok):
                return False  # "attack threats"
            if any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in tok.children) and not (
                    tok.dep_ == "nsubj" and self._prep_objects([tok], "on") + self._prep_objects([tok], "against")
                    or tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during")):
                # "the attack also injured 33 people", "was critical of the strikes on Gaza": an act
                # told before, or what someone thinks of it; not "killed in the attack on ..."
                return False
            return not (tok.dep_ == "dobj" and gov.pos_ == "VERB" and self._choose(gov, "VERB") is not None)
        verbs = [tok, *[c for c in tok.children if c.dep_ == "conj"]]  # "are killed and 22 injured during ..."
        if any(mishap(v) or self._within_event(v) for v in verbs) or any(c.dep_ == "advcl" for c in tok.children):
            return False  # "killed after a rocket landed", "killed during a prison riot"
        subj, passive = self._subject(tok)
        if any(self._attacker_told(n) for n in self._prep_objects([tok], "in")):
            return False  # "killed in an attack by JNIM", whom the resolver does not know
        if passive:
            return all(self._means(a) or unnamed_agent(a) for a in self._agents(tok))  # "killed by a bomb"
        # "a projectile struck the ship"; "unidentified gunmen killed twelve guards"
        return subj is not None and (self._means(subj) or unnamed_agent(subj))

    def _attacker_told(self, noun: Token) -> bool:
        """True when an event noun says whose it is, though the resolver may not know them:
        "its strikes", "an ambush by PLA militants", "killed by the clan in an ambush"."""
        if any(c.dep_ == "poss" for c in noun.children):
            return True
        if not all(unnamed_agent(p) for p in self._by_objects(noun)):
            return True
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
        return verb is not None and verb.pos_ == "VERB" and not all(
            self._means(a) or unnamed_agent(a) for a in self._agents(verb))

    def _within_event(self, verb: Token) -> bool:
        """True for a verb told as part of another event: "killed during a protest", "killed
        in a raid", "killed in yesterday's military operation"."""
        return any(p.pos_ == "NOUN" and (p.lemma_.lower() in CONTEXT_EVENT_NOUNS or any(
                       row.cameo[:2] not in UNNAMED_ROOTS for row in self.lexicon.for_token(p.lemma_.lower(), "NOUN")))
                   for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "amid", "after")
                   for p in c.children if p.dep_ == "pobj")

    def _means(self, tok: Token) -> bool:
        """A thing that does violence: a weapon, a bomb, gunfire."""
        return tok.lemma_.lower() in ATTACK_MEANS or "weapon" in self._object_words([tok])[1]


def unnamed_agent(tok: Token) -> bool:
    """ "gunmen", "unidentified attackers", "armed men": criminals the text does not name."""
    lemma = tok.lemma_.lower()
    if lemma in ARMED_PEOPLE and any(c.dep_ == "amod" and c.lower_ in ARMED_WORDS for c in tok.children):
        return unidentified(tok)
    return load_agents().get(lemma) == "CRM" and unidentified(tok)


def unidentified(agent: Token) -> bool:
    """An agent noun that says nothing of who they are: "gunmen", "unidentified attackers"
    (not "Agwelek gunmen", "gunmen aligned with the government")."""
    return all(c.dep_ not in ("compound", "nmod", "poss", "amod", "acl", "relcl") or c.lower_ in UNIDENTIFIED_WORDS
               for c in agent.children)


def mishap(verb: Token) -> bool:
    """True for a death told with its cause a mishap: "killed in a car crash"."""
    return any(p.lemma_.lower() in MISHAP_NOUNS for c in verb.children if c.dep_ in ("prep", "agent")
               for p in c.children if p.dep_ == "pobj")
