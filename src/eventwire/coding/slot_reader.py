"""Where a trigger's lexicon slots point (``target`` in ``triggers.tsv``): its object, its
dative, the object of a preposition on it, on its object or on the verb that carries a noun
trigger (:class:`SlotReader`). Split out of ``slots.py`` (slots43), whose
:class:`~eventwire.coding.slots.TargetReader` adds the fallbacks for a target these slots do
not find."""

from __future__ import annotations

from spacy.tokens import Token

from .frames import Frames, forbidding, said_change
from .implicit import agent_sector
from .lexicon import Trigger
from .mentions import MentionReader
from .mends import lower_lemma
from .modality import infinitive, load_cues
from .predicates import PEOPLE_SECTORS, clause_predicates, negated_predicates
from .reading import bare_participle, headline_participle

# Prepositions of a concession, whose noun is no argument of the verb they hang on: "returns
# the bodies to the Red Cross despite the plan's deadline" (the deadline is not "to" anyone).
# (Not those of time: "confronts him at the White House during a state visit" is a visit there.)
CONCESSIVE_PREPOSITIONS = {"despite", "notwithstanding"}
# Sectors of those who make the laws a speaker says should be changed (``_subject``): a
# state named as such (no sector), its government or its legislature.
RULING_SECTORS = frozenset({None, "GOV", "LEG"})
COERCE_ROOT = "17"
IMPOSED_PREPOSITIONS = {"on", "against"}  # "sanctions imposed on", "measures taken against"
# Verbs by whose subject an act is made, in a clause on it ("the decision the government
# announced", "the law that parliament passed"; ``slots.py``), or in the list of their object
# (``LISTING_WORDS``).
MAKING_VERBS = {"announce", "unveil", "make", "take", "issue", "sign", "pass", "adopt", "approve", "impose",
                "introduce", "propose", "declare", "enact", "implement", "order", "launch", "decree", "put"}
# (slots43) Words that list members of the object of a making verb they hang on ("announced
# new measures, including a ban on imports"): a noun trigger there is governed by that verb
# (not by another verb the parser hangs them on: "suspending operations during protests,
# including an attack on the consulate" lists the protests).
LISTING_WORDS = frozenset({"including"})
# (slots43) Verbs of a broker of a deal between others (of the ``third_party`` class of
# ``objects.tsv``, less a host, sponsor or convener, who may take part in what they host):
# what the deal does, or is for, is its parties' act, not the broker's (``_brokered``).
BROKER_VERBS = frozenset({"broker", "mediate", "arbitrate"})
# (slots43) Verbs of rejecting or denying what another said, whose participle beside a said
# clause is the speaker's ("says ..., rejecting Japan's claims").
DENIAL_VERBS = frozenset({"reject", "deny", "dismiss", "refute", "rebuff", "rebut", "dispute"})
# (slots45) Verbs of blaming or reproaching, whose participle beside a said clause is the
# speaker's too: "Israel's military said Hezbollah fired rockets, accusing Iran of arming the
# group" (the military accuses, not Hezbollah). Not a demand, which the clause's doers may make
# ("said protesters marched, demanding ...").
BLAME_VERBS = frozenset({"accuse", "blame", "condemn", "criticise", "criticize", "denounce", "fault"})
SPEAKERS_PARTICIPLES = DENIAL_VERBS | BLAME_VERBS


class SlotReader(MentionReader):
    """The tokens a lexicon slot names, and the verb a noun trigger depends on."""

    frames: Frames | None = None  # the commitment frames, set by the coder (``Coder.__init__``)

    def _subject(self, verb: Token) -> tuple[Token | None, bool]:
        """:meth:`_read_subject`, read once per sentence coded (a trigger's subject is asked by
        its sources, targets and tests: some 10% of the asks are repeats)."""
        if verb.doc is not self._chosen_doc:
            self._start(verb.doc)
        found = self._subjects.get(verb.i)
        if found is None:
            found = self._subjects[verb.i] = self._read_subject(verb)
        return found

    def _read_subject(self, verb: Token) -> tuple[Token | None, bool]:
        """As :meth:`SentenceReader._subject`; the act of a change a speaker says should be
        made, which promises it (``frames.said_change``: "the prime minister said the gun
        laws should be changed"), is the speaker's, done by no one yet: its subject is the
        speaker's, active. Only a state, its government or legislature says so of its own
        acts (an opposition that says so asks it of them); not a clause verb the lexicon
        codes ("said the sanctions should be lifted": no one lifted them)."""
        said = said_change(verb.head) if verb.dep_ == "ccomp" and self.frames is not None else None
        promised = self.frames.promised_act(verb.head) if said is not None and said.i == verb.i else None
        if promised is not None and promised.i == verb.i and self._choose(verb, "VERB") is None:
            subj, _ = super()._subject(verb.head)
            speakers = self.actors_at(verb.doc, subj) if subj is not None else []
            if speakers and all(s._.actor.sector in RULING_SECTORS for s in speakers):
                return subj, False
        if self._brokered(verb):
            # (slots43) "Qatar brokered a deal restoring ties between Iran and Saudi Arabia",
            # "brokered a deal ... to release hostages": the deal's parties act, not its broker
            return None, False
        if _speakers_participle(verb):
            # (slots43) "China says its ships crossed the strait legally, rejecting Japan's
            # claims": the speaker rejects, not the subject of the clause said
            return super()._subject(verb.head.head)
        if _passive_infinitive(verb) and not self._agents(verb):
            # (slots41) "Yoon is to be arrested", "is due to be questioned": the subject the
            # passive infinitive takes from its clause is the one acted on, not the doer
            return None, True
        if verb.pos_ == "AUX" and any(c.dep_ == "xcomp" and _passive_infinitive(c) for c in verb.children):
            # (prec51) "In the deal, Austrian and British production sites are to be kept": the
            # subject of a "be to" clause whose infinitive is passive is the one acted on, not the
            # doer of the act the clause's adjunct names
            return None, True
        return super()._subject(verb)

    def _brokered(self, verb: Token) -> bool:
        """(slots43) A verb with no subject of its own that tells what a deal a broker
        (``BROKER_VERBS``) made does, or what it was made for: a participle on the broker's
        object ("brokered a deal establishing relations between Israel and the UAE") or its
        purpose infinitive ("brokered a deal to release hostages")."""
        # (the clause's shape and the broker verb first: the subject's walk only for the few left)
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
            third = verb.head.head
        elif verb.dep_ in ("advcl", "xcomp") and infinitive(verb):
            third = verb.head
        else:
            return False
        return third.pos_ == "VERB" and lower_lemma(third) in BROKER_VERBS and not any(
            dep in ("nsubj", "nsubjpass", "csubj") for _, dep, _ in self._children(verb))

    def _slot_tokens(self, tok: Token, slot: str, passive: bool) -> list[Token]:
        """The tokens a slot of a trigger (``dobj``, ``dative``, ``prep:<word>``) names, read once
        per sentence coded (its targets, tests and fallbacks ask again: some 30% of the asks are
        repeats); the list is shared: not to be changed."""
        if tok.doc is not self._chosen_doc:
            self._start(tok.doc)
        key = (tok.i, slot, passive)
        found = self._slotted.get(key)
        if found is None:
            found = self._slotted[key] = self._read_slot_tokens(tok, slot, passive)
        return found

    def _read_slot_tokens(self, tok: Token, slot: str, passive: bool) -> list[Token]:
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
                # the subject of the clause that says what it is; "found the three men not guilty":
                # whom it says what they are not (both read a clause: none, no walk)
                if not found and "ccomp" in [dep for _, dep, _ in self._children(tok)]:
                    found = [subj for subj, _ in clause_predicates(tok, self.lexicon.classes_of)] \
                        or [g for p in negated_predicates(tok) for g in p.children if g.dep_ == "nsubj"]
            if passive and not found:
                # "a soldier is released after having been detained there": the one detained.
                subj, _ = self._subject(tok)
                children = self._children(tok)
                found = [subj] if subj is not None and (subj.dep_ == "nsubjpass" or bare_participle(tok, children)) \
                    and not (subj.head.dep_ == "agent" and subj.head.head.i == tok.i) else []
                if not found and tok.dep_ == "conj":
                    # (lead51) "the suspects have been captured and detained by police": the second
                    # participle shares the first's subject, not its own agent ("by police")
                    found = [c for c, dep, _ in self._children(tok.head) if dep == "nsubjpass"]
                acted_on = headline_participle(tok, children)  # "Two journalists arrested in Istanbul"
                found = [acted_on] if acted_on is not None else found
                if not found and _passive_infinitive(tok):  # (slots41) "X is (due) to be arrested": X
                    clause = tok.head.head if tok.head.dep_ == "acomp" else tok.head
                    found = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
            if passive and not found and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" \
                    and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children):
                # "a Turkish drone crashes after being hit by Syrian fire": the passive gerund
                # has no subject of its own; the clause it hangs on names who suffered it
                found = [c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
            return found
        if slot == "dative":
            datives = [c for c, dep, _ in self._children(tok) if dep == "dative" and c.pos_ != "ADP"]
            if datives:
                return datives
            objs = [c for c, dep, _ in self._children(tok) if dep == "dobj"]
            return objs[:1] if len(objs) > 1 else []
        if slot.startswith("prep:"):
            word = slot[5:]
            found = self._head_preps(tok).get(word, [])  # (shared: as the slot's tokens are)
            if not found and (word in IMPOSED_PREPOSITIONS or word == "between"):
                # "lifted the sanctions imposed on Syria": on the participle of the object;
                # (slots44) "brokered an agreement signed between Israel and Hamas", and of a
                # noun trigger itself ("a truce reached between Israel and Hamas"): its parties
                heads = self._prep_heads(tok)[0 if word == "between" and tok.pos_ == "NOUN" else 1:]
                found = self._prep_objects([p for o in heads for p, dep, _ in self._children(o)
                                            if dep == "acl" and p.tag_ == "VBN"], word)
            if not found and tok.pos_ == "NOUN":
                gov = self._governor(tok)
                if gov is not None and not (tok.dep_ == "pobj" and tok.head.lower_ in CONCESSIVE_PREPOSITIONS) \
                        and not (word != "between" and self._prep_objects([tok], "between")):
                    # (not for a noun that names its own parties: "fighting between A and B")
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
        ("shut down the newspaper"), or any agent noun where the row's target is its object
        (lead51: "captured five soldiers", "protesters were beaten by police").
        A noun of coercion acts on the unnamed agents of its row's prepositions ("the shutdown of
        three newspapers", "the arrest of five journalists")."""
        victims = row.slots[:1] == ("dobj",)
        found = [t for t in self._slot_tokens(tok, "dobj", passive)
                 if (not row.names_object(lower_lemma(t), self.lexicon) or self._body_noun(t)
                     or victims and agent_sector(t)[0])
                 and not reflexive(t)]  # "surrendered himself to police": the doer, not whom it is on
        if found:
            return found
        if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and row.has_condition and infinitive(tok):
            # "ordered the television channel to suspend broadcasting", "forced the newspaper to
            # close": an outlet made to stop its own work is whom the restriction is on (the one
            # ordered, when it is what the row's object condition names)
            ordered = [c for c in tok.head.children if c.dep_ == "dobj" and row.names_object(lower_lemma(c), self.lexicon)]
            if ordered:
                return ordered
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
        ban = forbidding(noun)
        if ban is not None:
            return ban  # "the ban on protests was lifted": the ban undoes the act it forbids
        node, steps = noun, 0
        while steps < 3 and node.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass", "conj"):
            node = node.head
            steps += 1
            if node.dep_ == "prep" and node.lower_ in LISTING_WORDS and node.head.pos_ == "VERB" \
                    and lower_lemma(node.head) in MAKING_VERBS:
                # (slots43) "announced revised tariff rates, including a new tariff on Canada": an
                # act listed among the verb's object is the verb's, as the object is
                return node.head
            if node.pos_ in ("VERB", "AUX"):
                return node
            if node.pos_ == "NOUN" and self._is_trigger_noun(node):
                # "start talks about the war": the topic of another event, not the verb's.
                return None
        return None


def _passive_infinitive(verb: Token) -> bool:
    """A passive infinitive with no subject of its own ("is to be arrested", "expected to be
    freed"), whose clause's subject is the one it acts on."""
    return (verb.dep_ == "xcomp" and infinitive(verb) and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _speakers_participle(verb: Token) -> bool:
    """(slots43) A participle of rejecting or denying (``DENIAL_VERBS``), or (slots45) of
    blaming (``BLAME_VERBS``), with no subject of its own, on a clause that a saying verb
    governs ("says its ships crossed the strait legally, rejecting Japan's claims"; "said
    Hezbollah fired rockets, accusing Iran of arming the group"): its doer is the speaker."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or lower_lemma(verb) not in SPEAKERS_PARTICIPLES:
        return False  # (most verbs: their head not made)
    head = verb.head
    return (not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and head.dep_ == "ccomp" and head.head.i != head.i and head.head.pos_ == "VERB"
            and lower_lemma(head.head) in load_cues().speech_verbs)


def reflexive(tok: Token) -> bool:
    """A reflexive pronoun ("himself", "themselves"): the doer named again."""
    return tok.tag_ == "PRP" and tok.lower_.endswith(("self", "selves"))
