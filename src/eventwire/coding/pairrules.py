"""Constructions of classify mode: how the rules' answer for a given pair is read in some frames.

``eventwire classify`` is told the source and the target; :mod:`.classify` first asks the
rules for the event between them (the coder's event, else the lexicon's trigger nearest to
both). In some frames that answer names the wrong act between the two, and this module
reads it again (the words are data, ``data/pair_constructions.yaml``); a reading made here
stands over the pair model's type:

- a violated ceasefire ("the militia violated the truce"): the ceasefire noun is a truce
  (0871), the act is fighting (196);
- a call for a hostile measure against the target ("called for sanctions against Moscow"):
  no request is made to the target; between the two it is a criticism (111);
- a means verb with a purpose clause ("called Erdogan to apologise", "sent experts to Iraq
  to investigate"): the act is the purpose, when the lexicon codes its verb.
- an attack in words ("a scathing attack on the minister", "an attack on the spy chiefs,
  calling them nutters"): a criticism (111);
- an act in a temporal adjunct ("called off the strike after the agreement with the
  government"): the main clause's act;
- a restrictive act ordered on the target ("ordered the newspaper to suspend
  publication"): the act, imposed, not a request;
- the nearest trigger under a commitment frame ("is willing to withdraw"): the statement of
  intent, threat or refusal, as the coder reads it for its events;
- a release or an easing done to the target ("has freed the prisoners", "ordered the release
  of the journalist"): the release stands, said as done;
- a restriction undone ("revoked the decision on the detention of X", "failed to renew the
  embargo on Iran"): an easing, not the restriction.

Extract mode does not use these readings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import yaml
from spacy.tokens import Span, Token

from ..errors import KnowledgeBaseError
from .lexicon import data_path

FIELDS = ("violation_verbs", "ceasefire_words", "hostile_types", "hostile_nouns", "hostile_preps",
          "means_verbs", "means_roots", "attack_nouns", "speech_adjectives", "naming_verbs", "armed_words",
          "temporal_preps", "directive_verbs", "imposed_types", "release_codes", "release_modalities",
          "reversal_verbs", "decision_nouns", "renewal_verbs", "restrictive_types")
CODES = ("violation_code", "hostile_demand_code", "verbal_attack_code", "undone_code")


@dataclass(frozen=True, slots=True)
class Reading:
    """A new answer of the rules: the CAMEO code and the token that tells it (and its modality,
    where the frame tells it: a sanction not renewed is an easing done, not a negated one)."""

    cameo: str
    token: Token
    modality: str | None = None


@dataclass(frozen=True, slots=True)
class PairConstructions:
    violation_verbs: frozenset[str]
    ceasefire_words: frozenset[str]
    violation_code: str
    hostile_types: frozenset[str]
    hostile_nouns: frozenset[str]
    hostile_preps: frozenset[str]
    hostile_demand_code: str
    means_verbs: frozenset[str]
    means_roots: frozenset[str]
    attack_nouns: frozenset[str]
    speech_adjectives: frozenset[str]
    naming_verbs: frozenset[str]
    armed_words: frozenset[str]
    temporal_preps: frozenset[str]
    directive_verbs: frozenset[str]
    imposed_types: frozenset[str]
    release_codes: frozenset[str]
    release_modalities: frozenset[str]
    reversal_verbs: frozenset[str]
    decision_nouns: frozenset[str]
    renewal_verbs: frozenset[str]
    restrictive_types: frozenset[str]
    verbal_attack_code: str
    undone_code: str

    @classmethod
    def load(cls) -> PairConstructions:
        path = data_path("pair_constructions.yaml")
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise KnowledgeBaseError(str(path), None, f"cannot read the classify constructions ({exc})") from exc
        missing = [f for f in (*FIELDS, *CODES) if f not in (data or {})]
        if missing:
            raise KnowledgeBaseError(str(path), None, f"missing key(s): {missing}")
        words = {f: frozenset(str(w).lower() for w in data[f]) for f in FIELDS}
        for f in ("hostile_types", "imposed_types", "restrictive_types"):  # PLOVER names
            words[f] = frozenset(str(w).upper() for w in data[f])
        return cls(**words, **{c: str(data[c]) for c in CODES})

    def violated_ceasefire(self, sents: list[Span], answer: Token | None) -> Reading | None:
        """A violation verb whose object names a ceasefire, when the rules' answer is nothing, the
        verb itself or a word of that object ("violated the truce", "breaching the ceasefire
        agreement"; not "accused X of violating the truce": the accusation is the answer)."""
        for sent in sents:
            for verb in sent:
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.violation_verbs:
                    continue
                if any(c.dep_ == "neg" for c in verb.children):
                    continue
                for obj in verb.children:
                    if obj.dep_ not in ("dobj", "nsubjpass"):
                        continue
                    named = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"}
                    if not named & self.ceasefire_words:
                        continue
                    if answer is None or answer.i == verb.i or obj.left_edge.i <= answer.i <= obj.right_edge.i:
                        return Reading(self.violation_code, verb)
        return None

    def hostile_demand(self, answer: Token, target: Span | None,
                       types_of: Callable[[Token], frozenset[str]]) -> Reading | None:
        """A request whose demanded measure is against the target ("called for sanctions against
        Moscow", "demanded action against the officials"): a criticism of the target."""
        if target is None:
            return None
        prep = target.root.head
        if target.root.dep_ != "pobj" or prep.lower_ not in self.hostile_preps:
            return None
        noun = prep.head
        if noun.pos_ != "NOUN" or not (types_of(noun) & self.hostile_types or noun.lemma_.lower() in self.hostile_nouns):
            return None
        node = noun
        for _ in range(4):  # the measure is what the request asks for: below its trigger
            if node.head.i == node.i:
                return None
            node = node.head
            if node.i == answer.i:
                return Reading(self.hostile_demand_code, answer)
        return None

    def purpose(self, answer: Token, cameo: str, rows: Mapping[int, str]) -> Reading | None:
        """A means verb (a call, a dispatch) with a purpose clause the lexicon codes: the purpose
        ("called Erdogan to apologise": 055; "sent experts to investigate": 090)."""
        if answer.lemma_.lower() not in self.means_verbs or cameo[:2] not in self.means_roots:
            return None
        for clause in answer.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB" or clause.i not in rows:
                continue
            marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            if marked and not any(c.dep_ == "neg" for c in clause.children) and rows[clause.i][:2] != cameo[:2]:
                return Reading(rows[clause.i], clause)
        return None

    def verbal_attack(self, answer: Token, types_of: Callable[[Token], frozenset[str]]) -> Reading | None:
        """An attack noun told as speech: an adjective of speech on it ("a scathing attack on the
        minister") or a naming clause on it or on its verb ("launched an attack on the spy chiefs,
        calling them nutters"); not an armed one ("a missile attack, calling it revenge")."""
        if answer.pos_ != "NOUN" or answer.lemma_.lower() not in self.attack_nouns:
            return None
        mods = [c for c in answer.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(m.lemma_.lower() in self.armed_words or types_of(m) & {"ASSAULT", "COERCE"} for m in mods):
            return None
        if any(m.dep_ == "amod" and m.lower_ in self.speech_adjectives for m in mods):
            return Reading(self.verbal_attack_code, answer)
        holders = [answer] + ([answer.head] if answer.dep_ in ("dobj", "nsubjpass") else [])
        for holder in holders:
            for clause in holder.children:
                if (clause.dep_ in ("advcl", "acl", "xcomp") and clause.tag_ == "VBG"
                        and clause.lemma_.lower() in self.naming_verbs
                        and any(c.dep_ in ("dobj", "oprd", "prep") for c in clause.children)):
                    return Reading(self.verbal_attack_code, answer)
        return None

    def main_act(self, answer: Token, source: Span | None, rows: Mapping[int, str]) -> Reading | None:
        """An answer in a temporal adjunct ("after the agreement with the government", "after
        reaching agreement with it") of a verb the lexicon codes, whose subject is the source:
        that verb's act ("called off the strike": 082)."""
        if source is None:
            return None
        node = answer
        for _ in range(3):
            if node.head.i == node.i:
                return None
            if node.dep_ == "prep" and node.lower_ in self.temporal_preps:
                break
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.temporal_preps
                                            for c in node.children):
                break
            node = node.head
        else:
            return None
        verb = node.head
        if verb.pos_ != "VERB" or verb.i not in rows or rows[verb.i] == "---":
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not any(s.left_edge.i <= source.root.i <= s.right_edge.i for s in subjects):
            return None
        return Reading(rows[verb.i], verb)

    def imposed(self, answer: Token, cameo: str, plover: str | None, target: Span | None) -> Reading | None:
        """A restrictive act in a "to" clause of a directive verb whose object is the target
        ("ordered the newspaper to suspend publication"): the act itself, not a request."""
        if target is None or plover not in self.imposed_types or answer.dep_ != "xcomp":
            return None
        verb = answer.head
        if verb.lemma_.lower() not in self.directive_verbs or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in answer.children):
            return None
        if any(c.dep_ == "neg" for c in (*verb.children, *answer.children)):
            return None
        if any(c.dep_ in ("dobj", "nsubjpass") and c.left_edge.i <= target.root.i <= c.right_edge.i
               for c in verb.children):
            return Reading(cameo, answer)
        return None

    @staticmethod
    def framed(answer: Token, cameo: str, frames) -> Reading | None:
        """The nearest trigger under a commitment frame ("is willing to withdraw its troops",
        "threatened to cut aid"): the statement of intent, threat or refusal, as the coder
        reads the frame of an event it codes (frames.Frames)."""
        if frames is None:
            return None
        frame = frames.frame_of(answer)
        code = frames.recode(frame[1], cameo) if frame is not None else None
        return Reading(code, frame[0]) if code is not None and code != cameo else None

    def released(self, answer: Token, cameo: str, modality: str | None, target: Span | None) -> Reading | None:
        """A release or an easing said as done whose patient holds the target ("has freed 40
        prisoners", "ordered the release of the journalist", "lifted the ban on the app"): the
        release itself; not a promised one ("will release the hostages")."""
        if target is None or modality not in self.release_modalities or not any(
                cameo.startswith(c) for c in self.release_codes):
            return None
        if any(c.dep_ == "neg" for c in answer.children):
            return None
        deps = ("dobj", "nsubjpass") if answer.pos_ == "VERB" else ("poss",)
        patients = [c for c in answer.children if c.dep_ in deps]
        if answer.pos_ == "NOUN":
            patients += [p for c in answer.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
        if any(p.left_edge.i <= target.root.i <= p.right_edge.i for p in patients):
            return Reading(cameo, answer)
        return None

    def undone(self, answer: Token | None, plover: str | None, modality: str | None, target: Span | None,
               types_of: Callable[[Token], frozenset[str]]) -> Reading | None:
        """A restriction undone: a coercive act in a decision that is revoked or reversed ("revoked
        the decision on the detention of X": the rules' answer, or a word on the way from the
        target up to the decision), or a sanction not renewed ("failed to renew the embargo on
        Iran"): an easing (YIELD), not the restriction."""
        starts = [t for t in (answer if plover in self.restrictive_types else None,
                              target.root if target is not None else None) if t is not None]
        for start in starts:
            node, restrictive = start, start is answer
            for _ in range(5):  # up to the decision noun: "decision on (the) detention of X"
                if node.head.i == node.i:
                    break
                node = node.head
                if node.pos_ == "NOUN" and node.lemma_.lower() in self.decision_nouns:
                    verb = node.head
                    if (restrictive and node.dep_ == "dobj" and verb.lemma_.lower() in self.reversal_verbs
                            and not any(c.dep_ == "neg" for c in verb.children)):
                        return Reading(self.undone_code, verb, "asserted")
                    break
                restrictive = restrictive or bool(types_of(node) & self.restrictive_types)
        if answer is None or plover != "SANCTION" or modality != "negated" or answer.dep_ != "dobj":
            return None
        if answer.head.lemma_.lower() in self.renewal_verbs:
            return Reading(self.undone_code, answer.head, "asserted")
        return None
