"""Reading a parsed sentence for the coder: per-sentence memos of what spaCy gives
anew at every walk (a token's children, its prepositions, the words whose
prepositions can hold a slot), the tests of a clause's shape the coder asks (a bare
participle, a mandative clause ...; a negated predicate and what a that-clause says of its
words are in :mod:`.predicates`), and the reading of a saying
verb whose clause says what someone must do (:class:`Obligation`). The mends of parses
the small model gets wrong in news headlines are in :mod:`.mends`; a threat's condition in :mod:`.threats`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.symbols import NOUN, PROPN, pobj as POBJ
from spacy.tokens import Doc, Span, Token

from ..actors.component import actor_index
from .implicit import load_agents
from .lexicon import Trigger
from .mends import lower_lemma
from .parties import ally_preposition, partner_with, side_allies
from .modality import infinitive
from .predicates import force
from .scene import DATE_LABELS
from .scene_clauses import aside, sentence_of
from .threats import vowed_beside_said

DEMAND_CODE = "100"  # CAMEO: make a demand
DESTINATION_PREPOSITIONS = {"to", "into"}  # where someone is sent
PASSIVE_LABELS = frozenset({"auxpass", "nsubjpass"})  # the labels of a passive verb's children
# Tags of a relative pronoun ("which", "who", "that" opening a relative clause).
RELATIVE_TAGS = {"WDT", "WP"}
INHERIT_EDGES = {"xcomp", "conj", "acomp", "advcl", "relcl", "pcomp", "acl"}
# Prepositions whose gerund the verb's object does: "accused Israel of carrying out",
# "thanked Japan for sending", "prevented them from entering" (not "joined X in doing").
OBJECT_AGENT_PREPOSITIONS = {"of", "for", "from"}
# Verbs of punishment: what someone is punished "for" is not done by the one who punishes
# ("a court sentences the former president to prison for illegally entering the country").
PENAL_LEMMAS = {"sentence", "convict", "jail", "imprison", "charge", "indict", "arrest", "detain", "fine",
                "prosecute", "punish", "execute"}
# Prepositions of where a passive's act happened, on whose object the parser may hang the
# passive's "by" ("was shot dead in his home by soldiers"; acled26)
SCENE_PREPOSITIONS = {"in", "at", "inside", "outside", "near"}
CHARGE_PREPOSITIONS = {"of", "with", "for", "under"}  # "accused of X", "charged with X", "sentenced for X",
# "placed under investigation by prosecutors"
# Nouns of carrying an act out, whose "of" names the act and its parties ("suspends the
# implementation of a peace agreement with Cambodia"; not "captured part of a stronghold").
CARRIED_NOUNS = {"implementation", "renewal", "extension", "issuance", "issuing", "continuation", "execution"}
POSSESSIVE_PRONOUNS = {"its", "their"}  # a possessor that stands for an actor named before ("its navy")
# What a headline participle has none of: an auxiliary, an object or a clause of its own.
HEADLINE_OBJECT_DEPS = {"aux", "auxpass", "dobj", "nsubjpass", "ccomp", "xcomp", "dative"}
# Verbs that need an object: a headline's past tense of one with none is a passive.
OBJECT_VERBS = {"arrest", "detain", "kill", "wound", "injure", "abduct", "kidnap", "jail", "imprison",
                "execute", "behead", "sentence", "expel", "deport", "extradite", "free", "rescue"}
# Verbs whose headline participle with no object is a passive; not those that also stand
# alone ("Thousands of Serbians protested in Belgrade": the tagger's participle is a past).
PASSIVE_HEADLINE_VERBS = OBJECT_VERBS | {
    "attack", "strike", "hit", "target", "bomb", "shell", "shoot", "stab", "raid", "capture", "seize",
    "ban", "sanction", "fine", "summon", "charge", "convict", "torture", "beat", "displace", "hang",
    "hold", "release", "sack", "fire", "punish", "block", "close", "suspend", "evacuate", "massacre"}

# Nouns of a part of something, whose act is on the whole it is "of": "suspended part of the aid
# program", "withdrew most of its troops" (``_parts_of``).
PARTITIVE_NOUNS = frozenset({"part", "portion", "some", "most", "much", "half", "bulk", "rest", "remainder", "all"})
NOMINAL_POS = frozenset({NOUN, PROPN})  # spaCy's numbers for nouns and names


class SentenceReader:
    """What was read of the sentence being coded, kept until the next sentence (or
    document): ``_start`` forgets it, after the sentence's tags are mended. ``_chosen``
    is the memo of the subclass's lexicon choices, forgotten with the rest."""

    def __init__(self) -> None:
        self._chosen: dict[tuple[int, str], Any] = {}
        self._kids: dict[int, list[tuple[Token, str, str]]] = {}
        self._preps: dict[int, dict[str, list[Token]]] = {}  # what _prep_map read
        self._heads: dict[int, list[Token]] = {}  # what _prep_heads found
        self._slot_preps: dict[int, dict[str, list[Token]]] = {}  # what _head_preps merged
        self._governors: dict[int, Token | None] = {}  # what the subclass's _governor found
        self._joined: dict[int, list[Token]] = {}  # what _conjuncts found
        self._mentioned: dict[int, list[Span]] = {}  # what the subclass's actors_at found
        self._slotted: dict[tuple[int, str, bool], list[Token]] = {}  # what the subclass's _slot_tokens found
        self._subjects: dict[int, tuple[Token | None, bool]] = {}  # what the subclass's _subject found
        self._chosen_doc: Doc | None = None
        self._actor_at: Callable[[int], Span | None] | None = None  # the document's ``doc._.actor_at``
        # the sentence being coded: its start, end, Tokens and span (``_start``); what ``_sentence_holds`` told of it
        self._sentence: tuple[int, int, list[Token], Span] | None = None
        self._holds: dict[str, bool] = {}

    def _start(self, doc: Doc, sent: Span | None = None, words: list[Token] | None = None) -> None:
        """Forget what was read of the tokens (for a new sentence, or another document); ``sent``
        and ``words``: the sentence about to be coded (one of ``doc.sents``) and its Tokens, when
        the coder has them."""
        self._chosen, self._kids, self._preps, self._heads, self._governors = {}, {}, {}, {}, {}
        self._slot_preps, self._holds = {}, {}
        self._joined, self._mentioned, self._slotted, self._subjects = {}, {}, {}, {}
        self._chosen_doc = doc
        self._actor_at = actor_index(doc).get  # what ``doc._.actor_at`` reads, without spaCy's wrappers
        self._sentence = (sent.start, sent.end, words, sent) if sent is not None and words is not None else None

    def _sent_of(self, tok: Token) -> Span:
        """``tok.sent``: the sentence being coded when ``tok`` is in it (spaCy finds a token's
        sentence anew at every ask, walking to its bounds and making two spans)."""
        sentence = self._sentence
        return sentence_of(tok, sentence[3] if sentence is not None and tok.doc is self._chosen_doc else None)

    def _sentence_holds(self, tok: Token, what: str, test: Callable[[list[Token]], bool]) -> bool:
        """Whether the words of ``tok``'s sentence pass ``test`` (a necessary condition of a
        reading: a word it needs somewhere in the sentence), told once per sentence coded under the
        name ``what``; True for a token outside the sentence being coded (no test made)."""
        sentence = self._sentence
        if sentence is None or tok.doc is not self._chosen_doc or not sentence[0] <= tok.i < sentence[1]:
            return True
        found = self._holds.get(what)
        if found is None:
            found = self._holds[what] = test(sentence[2])
        return found

    def _actors_of(self, doc: Doc) -> Callable[[int], Span | None]:
        """``doc._.actor_at``, looked up once per sentence (``doc._`` is made anew at every use):
        the document's index of actor mentions (``actors.component.actor_index``)."""
        if doc is not self._chosen_doc:
            self._start(doc)
        return self._actor_at

    def _children(self, tok: Token) -> list[tuple[Token, str, str]]:
        """The children of a token with their dependency labels and lower-case forms, read
        from spaCy once per sentence coded (it makes the Tokens and strings anew at every walk)."""
        if tok.doc is not self._chosen_doc:
            self._start(tok.doc)
        found = self._kids.get(tok.i)
        if found is None:
            # (a word with no children, spaCy's counts say, is not walked: some 30% of those read)
            found = self._kids[tok.i] = [(c, c.dep_, c.lower_) for c in tok.children] \
                if tok.n_lefts or tok.n_rights else []
            # (_stray_placing's first test, read here: a call saved for the words not a pobj)
            if tok.dep == POBJ and (placing := _stray_placing(tok)) is not None:  # "to X (ACR) in Iran"
                found.append((placing, "prep", placing.lower_))
        return found

    def _temporal(self, prep: Token) -> bool:
        """True for a preposition whose object is a date or time ("on Saturday", "at noon")
        or a noun of a stretch of time, objects class ``period`` ("at any time", "at the moment")."""
        return any(p.ent_type_ in DATE_LABELS or "period" in self.lexicon.classes_of(lower_lemma(p))
                   for p in self._pobjs(prep))

    def _courts(self, tok: Token, words: Iterable[str]) -> list[Token]:
        """The objects of the prepositions ``words`` on ``tok`` that name a court ("took Chile
        to the ICJ", "filed a case at the ICJ"): objects class ``court``; or a list someone is
        put on ("added the Houthis to its list of terrorist organisations"): class ``register``."""
        preps = self._prep_map(tok)
        return [p for w in words for p in preps.get(w, ())
                if self.lexicon.classes_of(lower_lemma(p)) & {"court", "register"}]

    def _particle_objects(self, verb: Token) -> list[Token]:
        """The object the parser hung under a particle ("breaks off relations with X":
        "relations" as the object of "off")."""
        return [p for c, dep, _ in self._children(verb) if dep == "prt" for p in self._pobjs(c)]

    def _pobjs(self, prep: Token) -> list[Token]:
        """The objects of a preposition (or of a passive's "by", an ``agent``)."""
        found = [p for p, dep, _ in self._children(prep) if dep == "pobj"]
        if found or self._children(prep):
            return found
        return self._stranded_object(prep)

    def _stranded_object(self, prep: Token) -> list[Token]:
        """The object of a bare preposition that the parser made the subject of a participle
        after it ("granted asylum to five officers holed up in a residence": "officers" the
        subject of "holed", an adverbial clause or conjunct of "granted", "to" left with no object)."""
        for clause, dep, _ in self._children(prep.head):
            if dep not in ("advcl", "conj") or clause.i <= prep.i or clause.tag_ not in ("VBN", "VBD"):
                continue
            if any(d in ("aux", "auxpass", "mark") for _, d, _ in self._children(clause)):
                return []  # a clause of its own ("to Spain, as the talks failed")
            return [s for s, d, _ in self._children(clause)
                    if d == "nsubj" and s.left_edge.i == prep.i + 1][:1]
        return []

    def _agents(self, verb: Token) -> list[Token]:
        """Who a passive verb is "by": "attacked by Russia", "a tanker operated by Iran"."""
        return [p for a, dep, _ in self._children(verb) if dep == "agent" for p in self._pobjs(a)]

    def _misplaced_agent(self, prep: Token) -> Token | None:
        """The object of a "by" on the object of ``prep``, when the verb has no agent of its own."""
        if any(dep == "agent" for _, dep, _ in self._children(prep.head)):
            return None
        for p in self._pobjs(prep):
            for by, dep, low in self._children(p):
                if dep == "prep" and low == "by" and self._pobjs(by):
                    return self._pobjs(by)[0]
        return None

    def _conjoined_passive(self, verb: Token, children: Children) -> bool:
        """(lead51) A past participle joined to a passive verb, with no subject, auxiliary or
        object of its own, is passive too: "the suspects were captured and detained by police"
        ("detained"); not "Russia has attacked and occupied Crimea" (the first is active)."""
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(
                dep in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for _, dep, _ in children):
            return False
        return not PASSIVE_LABELS.isdisjoint([dep for _, dep, _ in self._children(verb.head)])

    def _subject(self, verb: Token) -> tuple[Token | None, bool]:
        """The subject token of a verb (climbing to the governing verb when it has
        none) and whether the verb is passive."""
        children = self._children(verb)
        acted_on = headline_participle(verb, children)  # (read once, with the children read once)
        passive = not PASSIVE_LABELS.isdisjoint([dep for _, dep, _ in children]) \
            or bare_participle(verb, children, acted_on) or self._conjoined_passive(verb, children)
        if passive and verb.tag_ == "VBN" and "agent" not in [dep for _, dep, _ in children]:
            # (lead51) "were beaten and detained by soldiers": the agent of the last participle
            # did what each participle before it tells
            for c, dep, _ in children:
                if dep == "conj" and c.tag_ == "VBN" and self._agents(c):
                    return self._agents(c)[0], True
        if acted_on is not None:  # "Eight villagers killed by gunmen": the agent, if any
            agents = self._agents(verb)
            return (agents[0] if agents else acted_on if verb.dep_ == "ROOT" else None), True
        node, steps = verb, 0
        while steps < 6:
            for c, dep, _ in self._children(node):
                if dep in ("nsubj", "csubj"):
                    if c.tag_ in RELATIVE_TAGS and _named_aside(node):
                        return node.head, passive  # "Egypt, which condemned the strikes": Egypt
                    return _described_subject(c), passive
                if dep == "nmod" and c.i < node.i and node.i == verb.i and verb.dep_ == "ROOT" \
                        and verb.tag_ == "VBZ" and not passive:
                    # A headline the parser read as one noun phrase ("The Supreme Court of
                    # Cuba sentences ...": "Court" as a modifier of the verb): its subject.
                    return c, passive
                if dep == "nsubjpass" and node.i != verb.i:
                    return c, passive
                if dep == "agent" and node.i == verb.i and self._pobjs(c):
                    return self._pobjs(c)[0], passive
                if dep == "agent" and node.dep_ == "acl" and node.tag_ == "VBN" and self._pobjs(c):
                    # "the demonstration staged by students to protest the decision": the
                    # purpose is the agent's, not the governing clause subject's
                    return self._pobjs(c)[0], passive
                if dep == "prep" and passive and node.i == verb.i and c.lower_ in CHARGE_PREPOSITIONS:
                    # "was accused of corruption by prosecutors": the parser hangs the
                    # passive's "by" on what it is accused of; it is still the agent.
                    agent = self._misplaced_agent(c)
                    if agent is not None:
                        return agent, passive
                if dep == "prep" and passive and node.i == verb.i and c.lower_ in SCENE_PREPOSITIONS:
                    # "was shot dead in his home by soldiers": the parser hangs the passive's
                    # "by" on the place; an actor or an agent noun there is still the agent
                    # (not "killed in a village by the river"; nor an act's own "by", "killed in
                    # a drone strike by X": whoever did that act, read as such, coder.py)
                    agent = self._misplaced_agent(c)
                    if agent is not None and not any(self.lexicon.for_token(lower_lemma(p), "NOUN")
                                                     for p in self._pobjs(c)) \
                            and (agent.doc._.actor_at(agent.i) is not None or lower_lemma(agent) in load_agents()):
                        return agent, passive
            if node.i == verb.i and passive:
                for conj, conj_dep, _ in self._children(verb):
                    if conj_dep == "conj" and self._agents(conj):
                        return self._agents(conj)[0], passive
            if node.i == verb.i and node.dep_ == "advcl":
                acted_on = next((c for c, dep, _ in self._children(verb) if dep == "nsubjpass"), None)
                if acted_on is not None:
                    # "will defend Saudi Arabia if it is attacked": a passive clause of its own
                    # names no agent; the governing clause's subject is not it.
                    return acted_on, passive
            if node.dep_ not in INHERIT_EDGES or node.head.i == node.i:
                break
            if node.i == verb.i and vowed_beside_said(verb):
                # "Russia said the UK's decision is hostile and vows a response": the vow is the
                # speaker's, conjoined to the said clause by the parser
                node, steps = verb.head.head, steps + 1
                continue
            owner = next((c for c in node.head.children if c.dep_ == "poss"), None) if node.dep_ == "acl" else None
            if owner is not None and owner.pos_ != "PRON":
                # "rejected Ukraine's offer to hold talks": Ukraine would hold them.
                return owner, passive
            if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX"):
                obj = next((c for c in node.head.head.children if c.dep_ == "dobj"), None)
                if obj is not None and node.tag_ == "VBG" and node.head.lower_ in OBJECT_AGENT_PREPOSITIONS:
                    # "accuses Israel of carrying out attacks", "thanked Japan for sending aid":
                    # the one accused or thanked did it.
                    return obj, passive
                if node.tag_ == "VBG" and node.head.lower_ in CHARGE_PREPOSITIONS \
                        and lower_lemma(node.head.head) in PENAL_LEMMAS:
                    # "two soldiers are sentenced for destroying a statue": the one punished;
                    # "sentences former president X to prison for illegally entering the country",
                    # the one sentenced misread (not the object): not the court
                    punished = next((c for c in node.head.head.children if c.dep_ == "nsubjpass"), None)
                    return punished, passive
                if node.tag_ == "VBG" and node.head.lower_ == "against":
                    # "warned Iran against attacking American forces": what is warned against is
                    # not done, by either.
                    return None, passive
                charged = node.head.head
                if node.tag_ == "VBG" and node.head.lower_ in CHARGE_PREPOSITIONS and charged.tag_ == "VBN" \
                        and charged.dep_ == "acl" and charged.head.pos_ in ("NOUN", "PROPN"):
                    # "executed a man convicted of killing a police officer": not the executioners;
                    # what someone is charged with is no act the sentence tells.
                    return None, passive
                # "is released after having been detained": through the preposition to its verb.
                node, steps = node.head.head, steps + 1
                continue
            means = _means_of_object(node)
            if means is not None:
                # "expands the travel ban by banning citizens of Mali": the parser hangs the
                # "by" of the means on the verb's object; the verb's subject does it.
                node, steps = means, steps + 1
                continue
            if node.dep_ == "acl" and node.tag_ == "VBG" and force(node.head):
                # "resulting in police making 27 arrests": the force the participle describes acts
                # (not "refugees fleeing the war": people are described, not acting).
                return node.head, passive
            if node.dep_ == "acl" and node.head.dep_ in ("dobj", "attr") and node.head.head.pos_ in ("VERB", "AUX"):
                # "signs an order imposing sanctions": the signer imposes.
                node, steps = node.head.head, steps + 1
                continue
            node, steps = node.head, steps + 1
        return None, passive

    @staticmethod
    def _carrier(noun: Token) -> tuple[Token | None, bool]:
        """The verb an event noun is the doer of, and whether it is passive: its subject
        ("Israeli airstrikes kill 12") or its agent ("Iran was hit by Israeli airstrikes")."""
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
            return noun.head, False
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.pos_ == "VERB":
            return noun.head.head, True
        return None, False

    def _conjuncts(self, tok: Token) -> list[Token]:
        """The nouns conjoined to a token; also a list the parser began as an apposition
        ("Egypt, Jordan, Qatar and Oman": "Jordan" an apposition of "Egypt", the rest its
        conjuncts), for an apposition is one name, not the start of a list. Read once per
        sentence coded (a new list each time: callers add to it)."""
        found = self._joined.get(tok.i) if tok.doc is self._chosen_doc else None
        if found is None:
            found = []
            children = self._children(tok)  # (starts the memos afresh for another document)
            last = self._stray_member(tok, children)
            if last is not None:  # read as the list's last conjunct
                children = [*children, (last, "conj", last.lower_)]
            for c, dep, _ in children:
                if dep == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") or dep == "appos" and self._listed(c, children):
                    found.append(c)
                    found.extend(self._conjuncts(c))
            self._joined[tok.i] = found
        return list(found)

    def _listed(self, appos: Token, beside: list[tuple[Token, str, str]]) -> bool:
        """True for a name in apposition inside a list: with names conjoined to it ("Egypt,
        Jordan, Qatar and Oman"), or beside names conjoined to its head ("Kenya, the Gambia,
        Ghana and Togo": "Ghana" conjoined to "Kenya"). A name the tagger read as a common
        noun counts where the actors layer reads it as a state or body by its name, with no
        sector ("Evil Mordor, the awful Fornost, and good Gondor"; not "the French president")."""
        def names(children: list[tuple[Token, str, str]]) -> bool:
            return any(dep == "conj" and c.pos_ == "PROPN" for c, dep, _ in children)
        if appos.pos_ != "PROPN":
            span = self._actors_of(appos.doc)(appos.i) if appos.pos_ == "NOUN" else None
            if span is None or span.root.i != appos.i or span._.actor.sector is not None:
                return False
        return names(self._children(appos)) or names(beside)

    def _stray_member(self, subject: Token, children: list[tuple[Token, str, str]]) -> Token | None:
        """The last name of a list the parser hung on the verb as a second subject, with the
        list's "and" left on the first name and the middle one an apposition ("Nigeria, the
        Niger, and Chad condemned ...": "Chad" a subject of "condemned"); else None."""
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i == subject.i:
            return None
        deps = [dep for _, dep, _ in children]  # (a list read once: no generator step for each child)
        if "conj" in deps or "appos" not in deps or not [c for c, dep, _ in children if dep == "appos" and c.i > subject.i]:
            return None
        joins = [c.i for c, dep, _ in children if dep == "cc" and c.i > subject.i]
        if not joins:
            return None
        verb = subject.head
        return next((c for c, dep, _ in self._children(verb)
                     if dep == subject.dep_ and c.pos_ == "PROPN" and joins[-1] < c.i < verb.i), None)

    def _prep_objects(self, heads: list[Token], word: str) -> list[Token]:
        """The objects of the preposition ``word`` (or a dative) on each of ``heads``, in order."""
        out: list[Token] = []
        for h in heads:
            found = self._preps.get(h.i) if h.doc is self._chosen_doc else None  # (_prep_map's memo)
            out += (found if found is not None else self._prep_map(h)).get(word, ())
        return out

    def _prep_map(self, tok: Token) -> dict[str, list[Token]]:
        """The objects of a token's prepositions and datives by their word, in order; read
        once per sentence coded."""
        if tok.doc is not self._chosen_doc:
            self._start(tok.doc)
        found = self._preps.get(tok.i)
        if found is None:
            found = self._preps[tok.i] = {}
            for c, dep, lower in self._children(tok):
                if dep in ("prep", "dative"):
                    objects = self._pobjs(c)
                    if lower == "with":
                        # (coder48) "fought together with the Kurds against IS", "a joint offensive
                        # with Kurdish forces against IS": the parser hangs the act's "against" on
                        # the partner; "together with X": X a partner, not whom the act is on
                        for noun in objects:
                            for inner, inner_dep, inner_lower in self._children(noun):
                                if inner_dep == "prep" and inner_lower == "against":
                                    found.setdefault(inner_lower, []).extend(self._pobjs(inner))
                        if partner_with(c):
                            lower = "alongside"
                    if lower in ("with", "for", "on") and ally_preposition(c):
                        # (coder50) "fighting for Russia", "on the side of Ukraine", "sentenced for
                        # fighting with Ukraine's forces": an ally, not whom the fight is on; the
                        # act's "against" may hang on the side ("on Russia's side against Ukraine")
                        for noun in objects:
                            for inner, inner_dep, inner_lower in self._children(noun):
                                if inner_dep == "prep" and inner_lower == "against":
                                    found.setdefault(inner_lower, []).extend(self._pobjs(inner))
                        objects, lower = (side_allies(c) if lower == "on" else objects), "alongside"
                    found.setdefault(lower, []).extend(objects)
                    if lower == "in":  # "in defiance of X": against X
                        for noun in objects:
                            for word in (w for n, w in AGAINST_PHRASES if lower_lemma(noun) == n):
                                found.setdefault("against", []).extend(self._prep_map(noun).get(word, ()))
                    if not objects and dep == "prep" and lower in COMPOUND_PREPOSITIONS:
                        # "pulled out of Bunia": the parser hangs "of" on the particle "out"
                        for inner, inner_dep, inner_lower in self._children(c):
                            if inner_dep == "prep":
                                found.setdefault(inner_lower, []).extend(self._pobjs(inner))
                elif dep in ("advmod", "prt") and lower in TARGET_PARTICLES:
                    # "would strike back against the US": the parser hangs the target's
                    # preposition on the particle "back"
                    for inner, inner_dep, inner_lower in self._children(c):
                        if inner_dep == "prep" and inner_lower in TARGET_PARTICLES[lower]:
                            found.setdefault(inner_lower, []).extend(self._pobjs(inner))
        return found

    def _head_preps(self, tok: Token) -> dict[str, list[Token]]:
        """The objects of the prepositions on the words of :meth:`_prep_heads` by their word, in
        the order of ``_prep_objects(self._prep_heads(tok), word)``: merged once per sentence coded,
        for the slots of a trigger (its own and the generic ones) ask it for each preposition."""
        merged = self._slot_preps.get(tok.i) if tok.doc is self._chosen_doc else None
        if merged is None:
            merged = {}
            for h in self._prep_heads(tok):  # (starts the memos afresh for another document)
                for word, objects in self._prep_map(h).items():
                    merged.setdefault(word, []).extend(objects)
            self._slot_preps[tok.i] = merged
        return merged

    def _parts_of(self, tokens: list[Token]) -> list[Token]:
        """What a partitive noun among ``tokens`` is a part "of" ("part of a military aid
        program", "most of its troops"): the whole, which the act is on."""
        return self._prep_objects([t for t in tokens if lower_lemma(t) in PARTITIVE_NOUNS], "of")

    def _prep_heads(self, tok: Token) -> list[Token]:
        """The words whose prepositions can hold a slot of a trigger: itself, its objects and
        conjoined verbs, and their conjuncts; found once per sentence coded."""
        if tok.doc is not self._chosen_doc:
            self._start(tok.doc)
        heads = self._heads.get(tok.i)
        if heads is None:
            heads = [tok]
            # (a conjoined verb with an object of its own is a clause of its own: "opened its
            # borders to X but was refusing admittance to Y": not its "to Y")
            heads += [c for c, dep, _ in self._children(tok) if dep in ("dobj", "nsubjpass")
                      or (dep == "conj" and not (c.pos_ == "VERB" and tok.pos_ == "VERB"
                                                 and any(d == "dobj" for _, d, _ in self._children(c))))]
            heads += self._particle_objects(tok)
            if tok.pos_ == "NOUN":
                # "the closure of its embassy in Caracas": on what the noun is "of".
                heads += self._prep_objects([tok], "of")
            else:  # "suspends the implementation of a peace agreement with Cambodia": on the object's "of"
                heads += self._prep_objects([c for c in heads[1:] if c.dep_ == "dobj" and c.lemma_ in CARRIED_NOUNS], "of")
            # "filed a case at the ICJ against Russia": on the court where it is brought
            heads += self._courts(tok, ("at", "in", "before", "with"))
            heads += [cc for c in list(heads[1:]) for cc in self._conjuncts(c)]
            self._heads[tok.i] = heads
        return heads


def _means_of_object(node: Token) -> Token | None:
    """The verb whose object a "by" + gerund hangs on ("expands the ban by banning X",
    "marked the anniversary by releasing prisoners"), or None: the means of that verb's act.
    Not "a ban by the court" (no gerund) nor "the killing of X by soldiers"."""
    if node.dep_ != "pcomp" or node.tag_ != "VBG":
        return None
    prep = node.head
    if prep.lower_ != "by" or prep.dep_ != "prep":
        return None
    obj = prep.head
    if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN") or obj.head.pos_ != "VERB":
        return None
    return obj.head


def undoes(verb: Token, reversal_verbs: frozenset[str]) -> bool:
    """True for a reversal verb, also one with its particle ("called off the strike")."""
    lemma = lower_lemma(verb)
    return lemma in reversal_verbs or lemma in _particle_verbs(reversal_verbs) and any(
        f"{lemma} {c.lower_}" in reversal_verbs for c in verb.children if c.dep_ == "prt")


@functools.cache
def _particle_verbs(phrases: frozenset[str]) -> frozenset[str]:
    """The verbs of the two-word phrases ("call off") among ``phrases``, made once for each set:
    only their particles are looked for (:func:`undoes`, asked of every trigger verb)."""
    return frozenset(p.rsplit(" ", 1)[0] for p in phrases if " " in p)


def _stray_placing(noun: Token) -> Token | None:
    """The "in" placing a destination that the parser hung on the verb ("sent inspectors to the
    Esfahan Facilities (UCF) in central Iran": on "sent"), right after the destination's phrase
    and naming a place (not "in March", "in the UN"); or None."""
    if noun.dep != POBJ or noun.pos not in NOMINAL_POS:  # (as numbers: read for each word whose children are read)
        return None
    prep = noun.head
    if prep.lower_ not in DESTINATION_PREPOSITIONS or prep.head.pos_ != "VERB" or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.right_edge.i + 1]
    if after.lower_ != "in" or after.dep_ != "prep" or after.head.i != prep.head.i:
        return None
    actor_at = noun.doc._.actor_at
    return after if any(c.dep_ == "pobj" and c.pos_ == "PROPN" and (span := actor_at(c.i)) is not None
                        and not span._.actor.org for c in after.children) else None


def reciprocal(verb: Token) -> bool:
    """True for a verb whose object, or object of a preposition, is "each other" or "one
    another" ("accused each other of violating the truce", "fired at one another"), or is theirs
    ("expelled each other's ambassadors")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # (recall48) whose they are: "expel each other's ambassadors"
    objects += [p for o in objects for p in o.children if p.dep_ == "poss"]
    pairs = {("each", "other"), ("one", "another")}
    return any((d.lower_, o.lower_) in pairs or (o.lower_, d.lower_) in pairs  # the parser heads either word
               for o in objects for d in o.children)


def recalled(trigger: Token, remembrance_nouns: frozenset[str],
             remembrance_verbs: frozenset[str] = frozenset()) -> bool:
    """True for an event noun that a noun of remembering or telling is "of" or "about",
    through at most one more "of" ("marked the 85th anniversary of the invasion", "the story
    of the start of the war", "a film about the invasion"), that such a noun tells as the
    subject of the verb it is the object of ("the exhibition documents the occupation"),
    or that a verb of remembering takes ("commemorated the uprising"); or an event verb that
    years are counted since ("marked 50 years since the Khmer Rouge seized Phnom Penh"): a
    past event recalled, not one reported now."""
    if trigger.pos_ == "VERB":
        return _since_period(trigger)
    if trigger.pos_ != "NOUN":
        return False
    if trigger.dep_ == "dobj" and (lower_lemma(trigger.head) in remembrance_verbs or any(
            c.dep_ == "nsubj" and lower_lemma(c) in remembrance_nouns for c in trigger.head.children)):
        return True
    node = trigger
    for _ in range(2):
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ not in ("of", "about") or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        node = prep.head
        if lower_lemma(node) in remembrance_nouns:
            return True
    return False


# Spans of time counted since a past event: "marked 50 years since the Khmer Rouge seized
# Phnom Penh", "it has been two decades since the army took power".
PERIOD_NOUNS = frozenset({"year", "decade", "century"})


def _since_period(verb: Token) -> bool:
    """True for a clause introduced by "since" that counts years from it."""
    if verb.dep_ not in ("advcl", "acl", "relcl") or not any(
            c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    head = verb.head
    return lower_lemma(head) in PERIOD_NOUNS or any(
        lower_lemma(c) in PERIOD_NOUNS for c in head.children if c.dep_ in ("dobj", "attr", "npadvmod"))


def purpose_of(trigger: Token, acts: set[int]) -> bool:
    """True for a trigger in the purpose infinitive of one of ``acts`` (token indices), on
    it or on the verb whose object it is ("staged demonstrations to demand reforms",
    "marched to demand the release of ...")."""
    if trigger.dep_ not in ("advcl", "xcomp") or not infinitive(trigger):
        return False
    head = trigger.head
    return head.i in acts or any(c.i in acts for c in head.children if c.dep_ == "dobj")


# Verbs whose infinitive is what someone may do, not what anyone did or asked for.
PERMISSION_VERBS = {"allow", "permit", "let", "enable"}


def permitted(trigger: Token) -> bool:
    """True for a verb that is what someone is allowed to do: "agreed to allow the former
    minister to seek asylum in Mexico" is no request for asylum."""
    return (trigger.pos_ == "VERB" and trigger.dep_ in ("xcomp", "ccomp") and trigger.head.lemma_ in PERMISSION_VERBS
            and (infinitive(trigger) or trigger.head.lemma_ == "let"))


def prepared_for(trigger: Token, acts: set[int]) -> bool:
    """True for an event noun that one of ``acts`` (token indices: shows of force) is "for":
    "mobilized reservists for a possible war against Iraq", "deployed troops for an offensive"
    tell what the force is readied for, not a war or an offensive that happens."""
    return (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for"
            and trigger.head.head.i in acts)


Children = list[tuple[Token, str, str]]  # a word's children with their labels (``SentenceReader._children``)
_UNREAD = object()  # (no headline participle read yet: :func:`bare_participle` reads it)


def bare_participle(verb: Token, children: Children | None = None, headline: Any = _UNREAD) -> bool:
    """ "Tarrant appeared in court, charged with murder": a past participle adjunct with no
    subject or auxiliary of its own is passive, and the subject it shares was acted on; so
    is a headline's participle that names no agent (:func:`headline_participle`). ``children``:
    the verb's, as the coder read them (any stray place it adds has a label tested by neither);
    ``headline``: what ``headline_participle`` gave for the verb, when read already."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False  # (neither case below: read before the children)
    deps = [dep for _, dep, _ in children] if children is not None else [c.dep_ for c in verb.children]
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
            dep in ("aux", "auxpass", "nsubj", "nsubjpass") for dep in deps):
        return True
    headline = headline_participle(verb, children) if headline is _UNREAD else headline
    return headline is not None and "agent" not in deps


def headline_participle(verb: Token, children: Children | None = None) -> Token | None:
    """The one acted on when ``verb`` is a headline's participle with no auxiliary or object:
    its subject ("Five people killed in a bombing in Kabul"; also where the tagger reads a
    verb that needs an object as a past tense: "Opposition leader detained in Kampala"), or
    the noun it hangs on in a sentence with no verb ("Two journalists arrested in
    Istanbul"); else None. ``children``: as for :func:`bare_participle`."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None  # (neither case below: read before the children, for every verb whose subject is read)
    children = children if children is not None else [(c, c.dep_, "") for c in verb.children]
    deps = [dep for _, dep, _ in children]
    if set(deps) & HEADLINE_OBJECT_DEPS:
        return None
    lemma = lower_lemma(verb)
    if verb.dep_ == "ROOT" and deps.count("nsubj") == 1 and (
            verb.tag_ == "VBN" and lemma in PASSIVE_HEADLINE_VERBS or verb.tag_ == "VBD" and lemma in OBJECT_VERBS):
        return next(c for c, dep, _ in children if dep == "nsubj")
    if verb.tag_ == "VBN" and lemma in PASSIVE_HEADLINE_VERBS and verb.dep_ == "acl" and "nsubj" not in deps \
            and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def mandative(verb: Token) -> bool:
    """A that-clause that asks rather than tells: "that the US cancel" (a bare verb),
    "that Iran should stop"; not "said that Israel attacked"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    bare = verb.tag_ == "VB" and not auxes
    # "its demand that Israel lift": a subjunctive the tagger reads as a present, which a
    # singular noun subject cannot take (the indicative is "lifts").
    subjunctive = verb.tag_ == "VBP" and not auxes and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)
    return bare or subjunctive or any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in verb.children)


def asked_clause(verb: Token) -> bool:
    """The clause of a verb of appeal or demand that asks for its act: a mandative one
    (:func:`mandative`), one in the present, which a plural subject makes look the same
    ("demanded that its partners refuse to recognize"), or an infinitive with its own
    subject ("demanded the militias to release")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return mandative(verb) or verb.tag_ in ("VBP", "VBZ") and not auxes or verb.tag_ == "VB" and any(
        c.lower_ == "to" for c in auxes)


@dataclass(frozen=True)
class Obligation:
    """ "The Bush administration declared that China must drop barriers": a saying verb
    whose clause says what another actor must do is a demand of that actor (CAMEO 100,
    the target being the clause's subject), and the act demanded is not coded as done."""

    speech_verbs: frozenset[str]
    modals: frozenset[str]
    # nouns of a message whose "that"-clause says it ("issued a reminder to Iraq that it must
    # cooperate"): message_nouns in cues.yaml
    message_nouns: frozenset[str] = frozenset()
    row: Trigger = Trigger.made("say", "VERB", DEMAND_CODE, table="cues.yaml")  # (its modals: obligation_modals)
    # a message noun's demand is of whom it is sent to, else of the clause's subject
    noun_row: Trigger = Trigger.made("message", "NOUN", DEMAND_CODE, ("prep:to",), table="cues.yaml")

    def demanded(self, verb: Token) -> bool:
        """True for a clause verb with an obligation modal ("must drop") under a saying verb
        or in the "that"-clause of a message noun, or an infinitive under one ("must stop
        attacking")."""
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
        said = verb.dep_ == "ccomp" and lower_lemma(verb.head) in self.speech_verbs or (
            verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and lower_lemma(verb.head) in self.message_nouns
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children))
        return (said and any(c.dep_ == "aux" and c.lower_ in self.modals for c in verb.children)
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))

    def demands(self, word: Token) -> bool:
        """True for a saying verb or a message noun that governs such a clause."""
        said = self.message_nouns if word.pos == NOUN else self.speech_verbs
        return lower_lemma(word) in said and any(self.demanded(c) for c in word.children)


def _described_subject(subject: Token) -> Token:
    """The subject a participle describes where the parser made the participle the subject
    ("The Red Cross operating in Iraq said ...": "operating" the subject of "said", with
    "Cross" its own subject): the noun, not the participle."""
    if subject.tag_ == "VBG" and subject.pos_ == "VERB":
        own = next((c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i
                    and c.pos_ in ("NOUN", "PROPN")), None)
        if own is not None:
            return own
    return subject


# The first word of a two-word preposition the parser may split ("out of", "away from";
# not "according to", whose "to" names the claimant).
COMPOUND_PREPOSITIONS = {"out", "away"}
# Particles whose target the parser may hang under them ("strike back against X", "hit back at X"),
# and the prepositions of a target there.
TARGET_PARTICLES = {"back": frozenset({"against", "at", "on"})}
# Phrases that say "against" in three words: "marched in defiance of the junta",
# "rallied in opposition to the reform" (noun after "in" -> the preposition on it).
AGAINST_PHRASES = {("defiance", "of"), ("opposition", "to")}


def place_chain(tok: Token) -> list[Token]:
    """A place name and the names that place it: "Bahri, Khartoum State, Sudan" (appositions,
    conjuncts, compounds), not what else its phrase mentions ("on the Thai border")."""
    out, frontier = [], [tok]
    while frontier:
        node = frontier.pop()
        out.append(node)
        frontier += [c for c in node.children if c.dep_ in ("appos", "conj", "compound")]
    return out


def clause_subjects(clauses: Iterable[Token], *, own: bool = False) -> list[Token]:
    """The subjects (active or passive) of the given clauses' verbs, as targets of what the
    clause is said, asked or warned about: not the speaker's own, "its" or "their" body or
    people ("China warned that its navy would stop the ships", "demanded that their diplomats
    be freed"; but "its European partners" are others, named); with ``own``, only those."""
    return [c for clause in clauses for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
            and own == (any(g.dep_ == "poss" and g.lower_ in POSSESSIVE_PRONOUNS for g in c.children)
                        and _own_body(c))]


def _named_aside(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma after an actor mention ("Egypt, which
    condemned ...", "Kenyan police, who fired ..."), not one that places a noun before it
    ("the bombing in Islamabad, which killed 12": the parser may hang the clause on the place)."""
    if not aside(clause):
        return False
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return False  # "the bombing in Quetta, which killed 12": the clause may tell of the noun before
    span = clause.doc._.actor_at(noun.i)
    return span is not None and span._.actor_rule != "place"


def _own_body(noun: Token) -> bool:
    """True for the resolver's "its <body>" (the state it stands for), or a noun that neither
    it nor a modifier of it names ("its diplomats"; not "its European partners")."""
    actor_at = noun.doc._.actor_at
    span = actor_at(noun.i)
    if span is not None:
        return span._.actor_rule == "context"
    return not any(actor_at(c.i) is not None for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))


def antecedents(pronoun: Token) -> list[Token]:
    """What an object "it" may stand for, for the conditions of its verb's rows: the objects
    of the verbs before it in its sentence ("imposed a curfew and lifted it"), else the noun
    subject of the sentence before ("The state of emergency ended. The cabinet voted to lift
    it"), the topic a lead's next sentence goes on with."""
    sent = pronoun.sent
    found = [t for t in sent if t.i < pronoun.i and t.dep_ == "dobj" and t.pos_ == "NOUN"]
    if found or sent.start == 0:
        return found
    before = pronoun.doc[sent.start - 1].sent
    return [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
