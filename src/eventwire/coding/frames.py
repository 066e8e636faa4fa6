"""Commitment frames: "agreed to provide", "threatened to cut off", "refused to allow".

CAMEO codes a stated intention, threat or refusal as its own event (root 03
"express intent to cooperate", 13 "threaten", 12 "reject"), with the
embedded act deciding the sub-code: "Russia agreed to provide gas to
Hungary" is RUS -> HUN 033, not a future 07. The frame words are in ``data/frames.tsv`` and the recoding table
in ``data/frame_codes.tsv``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.symbols import VERB
from spacy.tokens import Token

from ..datafiles import tsv_records
from ..errors import KnowledgeBaseError
from .lexicon import Trigger, data_path, load_objects, load_triggers
from .mends import lower_lemma
from .modality import infinitive, load_cues
from .ontology import Ontology

# posture: a verb of getting ready ("the army prepared to resume shelling") is a show of
# force (CAMEO 15), the force not yet used; a peaceful act so framed keeps its code.
KINDS = {"intent", "threat", "both", "refusal", "posture"}
HOSTILE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
# Verbs of aspect a gerund act hangs on ("vowed to continue fighting", "prepared to resume shelling").
ASPECT_VERBS = {"resume", "continue", "begin", "start", "keep"}
# "ready to talk", "willing to negotiate": the adjective is an acomp of "be".
FRAME_ADJECTIVE_DEPS = {"acomp", "amod", "oprd"}
# "warned that it would suspend the agreement", "vowed that they will retaliate": a
# that-clause of the speaker's own future act frames it as an infinitive would.
FUTURE_AUXILIARIES = {"will", "would", "shall", "'ll"}
# (threat40) what a threat word says its speaker could do is threatened as what it would do:
# "warned that it could invade Bulgaria", "threatened that it might cut off gas" (CAMEO 13: the
# threat is asserted, its act the content); under a saying verb the act stays uncertain.
THREAT_AUXILIARIES = FUTURE_AUXILIARIES | {"could", "might", "may"}
# Prepositions of what a promised act makes its object into ("convert the museum into a
# mosque"), which a row of promised_acts.tsv may name as its object.
RESULT_PREPOSITIONS = {"into", "to"}


@dataclass(frozen=True)
class Frames:
    words: dict[str, str]  # lemma -> intent | threat | both
    codes: dict[tuple[str, str], str]  # (kind, embedded prefix) -> code
    # frame words that promise any act ("agreed to set up an office in Tokyo": 030), and the
    # rows of promised_acts.tsv that code such an act the lexicon does not code
    open_words: frozenset[str] = frozenset()
    acts: dict[tuple[str, str], tuple[Trigger, ...]] | None = None

    @classmethod
    @functools.lru_cache(maxsize=2)
    def load(cls, directory: str | None = None) -> Frames:
        """The shipped tables, or ``frames.tsv`` and ``frame_codes.tsv`` in ``directory``."""
        ontology = Ontology.load()
        base = Path(directory) if directory else data_path("")
        words_path, codes_path = base / "frames.tsv", base / "frame_codes.tsv"
        words: dict[str, str] = {}
        open_words: set[str] = set()
        for line, row in tsv_records(words_path, ("lemma", "kind")):
            if row["kind"] not in KINDS:
                raise KnowledgeBaseError(str(words_path), line, f"kind {row['kind']!r} is not one of {sorted(KINDS)}")
            words[row["lemma"]] = row["kind"]
            if row.get("any", "") not in ("", "yes"):
                raise KnowledgeBaseError(str(words_path), line, f"any {row['any']!r} is not 'yes' or empty")
            if row.get("any") == "yes":
                open_words.add(row["lemma"])
        codes: dict[tuple[str, str], str] = {}
        for line, row in tsv_records(codes_path, ("kind", "embedded", "code")):
            if row["kind"] not in KINDS - {"both"}:
                raise KnowledgeBaseError(str(codes_path), line,
                                         f"kind {row['kind']!r} is not one of {sorted(KINDS - {'both'})}")
            for name in ("embedded", "code"):
                if row[name] not in ontology:
                    raise KnowledgeBaseError(str(codes_path), line, f"{name} {row[name]!r} is not a CAMEO code")
            codes[(row["kind"], row["embedded"])] = row["code"]
        acts_path = base / "promised_acts.tsv"
        acts = None
        if acts_path.exists():
            classes = load_objects(data_path("objects.tsv"))
            acts = load_triggers(acts_path, ontology, {c for v in classes.values() for c in v})
        return cls(words, codes, frozenset(open_words), acts)

    def frame_of(self, trigger: Token) -> tuple[Token, str] | None:
        """The frame word governing a trigger (or the verb of a noun trigger) through its
        infinitive, and its kind. A frame of intent that is itself the infinitive of a
        refusal is refused: "refused to commit to any assistance to Iraq", "declined to
        agree to talks" reject the act (12), they promise nothing."""
        framing = self._frame_of(trigger)
        if framing is None or framing[1] != "intent":
            return framing
        word = framing[0]
        if word.dep_ == "xcomp" and word.pos_ == "VERB" and infinitive(word):
            outer = self._framing(word.head)
            if outer is not None and outer[1] == "refusal":
                return word, "refusal"  # the inner word stays the frame: its subject is the refuser's
        return framing

    def _frame_of(self, trigger: Token) -> tuple[Token, str] | None:
        """The nearest frame word governing a trigger and its kind (:meth:`frame_of`)."""
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("for", "to"):
            # "ready for direct talks with Putin", "committed to a ceasefire": a frame word
            # governs the noun through its preposition as it would an infinitive
            return self._framing(trigger.head.head)
        verb = trigger
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
            framing = self._framing(trigger.head)
            if framing is not None and framing[1] == "posture":
                return framing  # "the army prepared an offensive": readied, not launched
            verb = trigger.head  # "pledged to send aid": the noun codes, its verb is framed
        while verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and verb.head.i != verb.i \
                and verb.head.dep_ in ("xcomp", "ccomp") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # (threat40) "threatened to invade and annex Bulgaria", "warned that it could invade
            # and annex": an act conjoined to the framed one, with no subject of its own, is framed
            verb = verb.head
        head = verb.head
        if verb.dep_ == "pcomp" and verb.tag_ in ("VBG", "VBN") and head.lower_ == "with" and head.dep_ == "prep" \
                and head.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.head.children):
            # (threat40) "the party is threatened with being banned": the act a passive threat
            # word names is threatened, not done (its noun: "threatened with a ban", the lexicon's)
            framing = self._framing(head.head)
            return framing if framing is not None and framing[1] == "threat" else None
        if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_ in ASPECT_VERBS \
                and verb.head.dep_ == "xcomp" and infinitive(verb.head):
            verb = verb.head  # "prepared to resume shelling": the gerund's verb of aspect is framed
        head = verb.head
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "to" and head.dep_ == "prep":
            return self._framing(head.head)  # "committed to sending troops": as "to send"
        if verb.dep_ == "acl" and verb.pos_ == "VERB" and head.pos_ == "NOUN" and infinitive(verb):
            # "announced their intention to seek a ceasefire", "Iran's threat to close the strait"
            return self._framing(head)
        if verb.dep_ == "ccomp" and verb.pos_ == "VERB":
            framing = self._framing(head)
            if framing is None or head.pos_ != "VERB":
                return None
            return framing if _own_future_act(verb, THREAT_AUXILIARIES if framing[1] == "threat"
                                              else FUTURE_AUXILIARIES) else None
        if verb.dep_ == "advcl" and verb.pos_ == "VERB" and head.pos_ == "VERB" and infinitive(verb) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) \
                and not any(c.dep_ == "dobj" for c in head.children):
            # "threatened on Monday to resume attacks": a date between them makes the parser
            # read the frame's infinitive as a clause of purpose; it is still its complement.
            # A verb with its own object has a true clause of purpose ("opened the crossing to
            # allow aid into Gaza": the opening is done, no intent).
            return self._framing(head)
        if verb.dep_ != "xcomp" or verb.pos_ != "VERB":
            return None
        return self._framing(head)

    def may_promise(self, lemma: str, pos: int) -> bool:
        """True for a word of ``lemma`` and part of speech ``pos`` (spaCy's number) that
        :meth:`promised_act` reads further: a frame word, or a saying verb for ``said_change``."""
        return lemma in self.words or pos == VERB and lemma in load_cues().speech_verbs

    def promised_act(self, word: Token) -> Token | None:
        """The act a frame word that promises any act (``open_words``) governs: its
        infinitive ("agreed to set up an office"), or the gerund or noun of its "to"
        ("committed to opening up the economy", "agreed to an extension of the mandate")."""
        if not self.may_promise(lower_lemma(word), word.pos):
            return None  # (most words: no frame word, and no saying verb for said_change)
        said = said_change(word)
        if said is not None:
            return said if (said.lemma_.lower(), "VERB") in (self.acts or {}) else None
        framing = self._framing(word)
        if framing is None:
            return None
        if word.lemma_.lower() not in self.open_words:
            # "vowed to rewrite the constitution": a vow of an act of its own row (a vow's other
            # acts are mostly hostile: not the row of any act, ``act_row``)
            if framing[1] not in ("intent", "both"):
                return None
            act = self._promised(word)
            return act if act is not None and act.pos_ == "VERB" \
                and (act.lemma_.lower(), "VERB") in (self.acts or {}) else None
        return self._promised(word)

    def _promised(self, word: Token) -> Token | None:
        """The infinitive, gerund or noun a frame word governs (:meth:`promised_act`)."""
        if word.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
            return None  # "recognise Palestine, conditional on the PA committing to reforms": whose?
        for c in word.children:
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and (infinitive(c) or c.tag_ == "VBG" and word.pos_ == "VERB") \
                    or c.dep_ == "acl" and word.pos_ == "NOUN" and c.pos_ == "VERB" and infinitive(c):
                # (also a gerund the verb takes as its object: "pledged converting the museum")
                return c
            if c.dep_ == "prep" and c.lower_ == "to":
                return next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                             or g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        return None

    def act_row(self, act: Token, fits: Callable[[Trigger, str], bool]) -> Trigger | None:
        """The row of ``promised_acts.tsv`` that codes the promise of ``act``: the row of
        its lemma (and particle) whose object condition ``fits`` its object, else the row
        for any act ("*")."""
        pos = "NOUN" if act.pos_ == "NOUN" else "VERB"
        said = act.dep_ == "ccomp"  # "said the gun laws should be changed" (said_change)
        objects = [c.lemma_.lower() for c in act.children if c.dep_ == ("nsubjpass" if said else "dobj")]
        # only the rows of the act itself for what is said should be done and what is vowed
        word = act.head.head if act.dep_ in ("pcomp", "pobj") else act.head  # its frame word
        said = said or word.lemma_.lower() not in self.open_words
        # what the act makes its object into ("convert the museum into a mosque")
        objects += [g.lemma_.lower() for c in act.children if c.dep_ == "prep" and c.lower_ in RESULT_PREPOSITIONS
                    for g in c.children if g.dep_ == "pobj"]
        particles = {c.lower_ for c in act.children if c.dep_ == "prt"}
        anything = () if said else (self.acts or {}).get(("*", pos), ())  # said: only the rows of the act
        for row in (self.acts or {}).get((act.lemma_.lower(), pos), ()) + anything:
            if row.particle is not None and row.particle not in particles:
                continue
            if row.has_condition and not any(fits(row, o) for o in objects):
                continue
            return row
        return None

    def _framing(self, head: Token) -> tuple[Token, str] | None:
        """``head`` and its kind when it is a frame word; an adjective only as a complement
        or modifier ("is ready to", "a ready force"), not as, say, a clause's own word."""
        kind = self.words.get(lower_lemma(head))
        if kind is None or head.pos_ == "ADJ" and head.dep_ not in FRAME_ADJECTIVE_DEPS:
            return None
        return head, kind

    def recode(self, kind: str, cameo: str) -> str | None:
        """The code of the statement of intent or threat around an act coded ``cameo``."""
        if kind == "both":
            kind = "threat" if cameo[:2] in HOSTILE_ROOTS else "intent"
        for end in range(len(cameo), 1, -1):
            code = self.codes.get((kind, cameo[:end]))
            if code is not None:
                return code
        return None


def said_change(word: Token) -> Token | None:
    """The act of a saying verb's clause that says, with an obligation modal and no agent,
    what should be done to a thing ("the prime minister said the gun laws should be changed"):
    the speaker's intent, promised as a frame word's act is (``Frames.promised_act``, only by
    the rows of that act); not a clause that names whom it asks ("said Iran must change its
    laws": a demand, :class:`~.reading.Obligation`), nor a question or a condition."""
    if word.pos != VERB:  # (the part of speech as spaCy's number: read for every word by promised_act)
        return None
    cues = load_cues()
    if lower_lemma(word) not in cues.speech_verbs:
        return None
    for c in word.children:
        if c.dep_ == "ccomp" and c.tag_ == "VBN" and not any(g.dep_ in ("agent", "nsubj", "mark", "neg")
                                                               for g in c.children) \
                and any(g.dep_ == "auxpass" for g in c.children) \
                and any(g.dep_ == "aux" and g.lower_ in cues.obligation_modals for g in c.children) \
                and any(g.dep_ == "nsubjpass" and g.pos_ == "NOUN" for g in c.children):
            return c
    return None


def _own_future_act(verb: Token, auxiliaries: set[str] = FUTURE_AUXILIARIES) -> bool:
    """True for a that-clause verb that tells what the speaker itself will do: a future
    auxiliary and a personal pronoun subject ("warned that it would suspend the deal"),
    not a forecast about someone else ("warned that Iran would strike"). An act under a
    condition ("would attack if provoked") is left to the conditional statements."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in verb.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ not in ("there", "this", "that", "what", "which", "who")
        for c in verb.children)


def entitled(verb: Token) -> bool:
    """True for the infinitive of a noun of a right, power or chance to act (cues.yaml
    ``entitlement_nouns``): "the right of Russian troops to fire on militants", "permission to
    strike targets in Russia" tell what may be done, not an act; not one put to use
    (``entitlement_uses``: "used its power to expel two diplomats"). Also what a statement
    says should be done (:func:`proposed`)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "the right to protest and strike"
        verb = verb.head
    noun, cues = verb.head, load_cues()
    if proposed(verb):
        return True
    return verb.dep_ == "acl" and noun.pos_ == "NOUN" and noun.lemma_.lower() in cues.entitlement_nouns \
        and infinitive(verb) \
        and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.entitlement_uses)  # "used its power to"


def proposed(verb: Token) -> bool:
    """True for the that-clause of a noun of a statement or view (cues.yaml
    ``proposition_nouns``) with an obligation modal: "opposed the minister's statement that the
    dispute should be discussed at the summit" tells what should be done, no meeting; not a
    clause of fact ("the statement that troops had shelled the town")."""
    noun, cues = verb.head, load_cues()
    return verb.dep_ in ("acl", "ccomp") and noun.pos_ == "NOUN" and noun.lemma_.lower() in cues.proposition_nouns \
        and any(c.dep_ == "aux" and c.lower_ in cues.obligation_modals for c in verb.children)


def forbidding(noun: Token) -> Token | None:
    """The noun of a ban (cues.yaml ``prohibition_nouns``) that forbids the act ``noun`` names:
    its object of "on" or "against" ("the ban on protests was lifted", "a ban on rallies and
    strikes"), or a compound before it ("imposed a protest ban"); or None."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    nouns = load_cues().prohibition_nouns
    if noun.dep_ == "compound":
        return noun.head if noun.head.lemma_.lower() in nouns else None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "against") or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in nouns else None


def permitted_by_instrument(verb: Token) -> bool:
    """True for an act that a law, bill or treaty permits ("the bill would let Israel deport
    migrants", "a bill that would allow China to extradite suspects"): what may be done, no act."""
    cues = load_cues()
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "to arrest and deport"
        verb = verb.head
    allow = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or allow.lemma_.lower() not in cues.permission_verbs:
        return False
    subj = next((c for c in allow.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and allow.dep_ == "relcl":
        subj = allow.head  # "a bill that would allow"
    return subj is not None and subj.lemma_.lower() in cues.instrument_nouns
