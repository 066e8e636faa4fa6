"""Rule-based event coder over the dependency parse.

For each trigger word of the lexicon (``data/triggers.tsv``) in a sentence,
the coder finds the source and target actors in the syntactic slots the
lexicon names, handles passives ("was attacked by"), coordination (two
targets give two events; conjoined subjects of a symmetric trigger give a
pair), nominal events ("Israeli strikes on Gaza", "talks between X and Y")
and light verbs ("held talks", "launched an attack"). The result is a list
of :class:`Coding` (tokens and codes); the component turns them into
:class:`~eventwire.records.Event` records with modality, date and place.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.symbols import mark as MARK
from spacy.tokens import Doc, Span, Token

from ..actors.component import span_value
from ..records import Actor
from .asking import APPEAL_ROOTS, AskReader
from .choosing import AIMED_ACT_ROOTS, DISAPPROVE_ROOT, TriggerChooser
from .frames import Frames
from .implicit import foreign_agent, released_people
from .parties import AIMED_PREPOSITIONS, allied, pair_groups, site_of_violence
from .interception import intercepts, interception, launch_of_intercepted
from .lexicon import ARMED_CLASSES, Lexicon, Trigger
from .mediation import accepted_mediation, mediated_talks
from .merge import specificity
from .mentions import BODY_FLAGS, PLURAL_PRONOUNS, DocContext, acting_body, judicial, official_actor, same_actor
from .narrative import sequel_of
from .own_force import claiming_force, foe_targets
from .patterns import first_actor_after, names_modal, source_after, target_before, target_past, with_members
from .mends import lower_lemma, mend_headline_verb
from .modality import load_cues, semicolon_between
from .predicates import PEOPLE_SECTORS, negated
from .reading import Obligation, bare_participle, clause_subjects, mandative, place_chain, reciprocal
from .sectors import people
from .slots import AIM_VERBS, ANSWERED_ROOTS, PLACE_SLOTS, PROTEST_ROOT, Targets
from .threats import fated_clause, offer_subjects, ultimatum_subjects
from .violence import (ASSAULT_CODE, FIGHT_ROOT, FORCE_CODE, GROUND_NOUNS, VIOLENCE_LEMMAS, VIOLENCE_ROOTS, Arg, force_done,
                       assault)
from .wordscan import WordScan

SUBJECT = {"nsubj", "nsubjpass", "csubj"}
PLACE_SLOT_SET = frozenset(PLACE_SLOTS)
# Roots whose unnamed agent in a passive is the state where it happens ("is arrested").
STATE_SOURCE_ROOTS = {"09", "17"}
STATE_SOURCE_CODES = {"084"}  # (recall40) and the release of people held ("were freed")
COOPERATIVE_END = "08"  # the last root of cooperative acts (CAMEO 01-08)
OFFICIAL_PROTEST_CODE = "114"  # a state's protest: complain officially
OFFICIAL_PROTEST_LEMMAS = {"protest"}  # (a rally, march or strike is never a diplomatic complaint)
RELEASE_CODE = "084"  # releasing persons or property: whom it is from may be named
EASE_CODE = "081"  # easing restrictions: toward the population
DESTROY_PROPERTY_CODE = "1712"  # arson, demolition: by a military weapon it is an attack (190)
POSTURE_ROOT = "15"  # a show of force is aimed at whom the force it readies is "for"
# A visit by troops is a deployment: peacekeepers' (074), or no visit at all.
VISIT_CODE, PEACEKEEPING_CODE = "042", "074"
PEACEKEEPING_WORDS = {"peacekeeper", "peacekeeping"}
# Roots whose target may be the subject of a that-clause ("demanded that North Korea abandon ...").
CLAUSE_TARGET_ROOTS = {"02", "10", "11", "12", "13"}
THREAT_ROOT = "13"  # a threat's target in the clause it says is whom that clause says will suffer
ACT_PRONOUNS = {"it", "this"}  # what a disapproval calls "it" is mostly an act just told
STATEMENT_ROOT = "01"  # a denial's target may be in the clause on what it denies
# Prepositions that place a joint act before or around the clause's act: "pledged aid after
# talks with X", "seized cocaine in coordination with the DEA" (the subject took part).
JOINT_PREPOSITIONS = {"after", "following", "before", "during", "in"}
# (coder48) Roots whose act on the source's own state, with no other target named, is toward its
# people: a mobilisation calls them up (15), an arrest or an assault is on them (17, 18). A state
# as a whole (no sector) yielding toward its own government is no dyad ("Israel stopped its bombing").
PEOPLE_TARGET_ROOTS = {"15", "17", "18"}
ARMED_FORCE_SECTOR = "MIL"  # (senses51) a state's own army, to which it yields nothing (_own_force)
YIELD_ROOT = "08"  # stopping, halting, resigning: a state's own act, toward none but itself
# Roots of an own act whose target may be the source's own sector: an election or appointment
# within the government (05), a protest against it (14: "the administration's protest" is a
# misread source, whose target is still the government).
WITHIN_ROOTS = {"05", "14"}
# (coder48) A visit or a meeting of a body with itself ("the chief of staff visited Israeli troops":
# ISRMIL -> ISRMIL) is its own affair, no consultation between two actors.
CONSULT_ROOT = "04"
# Prepositions of an act's occasion: a noun after them is not the subject's act ("ordered
# patrols after the riots").
SEQUEL_PREPOSITIONS = {"after", "following", "before", "amid", "despite", "since"}


@dataclass(frozen=True, slots=True)
class Coding:
    trigger: Token
    rule: Trigger
    source: Span | None
    target: Span | None
    source_actor: Actor | None = None  # set for implied actors (``implicit.py``)
    target_actor: Actor | None = None

    @property
    def source_key(self) -> Actor | None:
        return self.source_actor or (span_value(self.source, "actor") if self.source is not None else None)

    @property
    def target_key(self) -> Actor | None:
        return self.target_actor or (span_value(self.target, "actor") if self.target is not None else None)


# The acts coded with no source named (``_sourceless``), with the sector of the implied actor.
PAIR_CASE = "pair"
# (recall38) Nouns of an armed act a relative clause may tell the result of ("launched an
# offensive that killed 20 rebels"), beside the trigger nouns.
OPERATION_NOUNS = {"operation", "raid", "offensive", "campaign", "assault", "mission"}
SOURCELESS_SECTORS: dict[str, str | None] = {"state": None, "people": "CVL"}
# (targets51) Edges of a passive's clause that tells a circumstance of another act ("allowing them
# to take part in the Olympics in Los Angeles after previously being banned"): a place named
# outside it is where that other act happens, not where its state acted. (Not a bare participle,
# advcl: "appeared in a court in Christchurch, New Zealand, charged with murder" is NZL's.)
CIRCUMSTANCE_CLAUSE_EDGES = frozenset({"pcomp"})


def _own_force(tok: Token, source: Actor, target: Actor) -> bool:
    """(senses51) True for a permission toward the source's own armed forces ("Turkey and Libya
    ... allowed Turkish army deployments in Libya": no TUR -> TURMIL 080): a state does not yield
    to its own army; the permission is toward the state where they go, if any."""
    return target.sector == ARMED_FORCE_SECTOR and source.sector != ARMED_FORCE_SECTOR and not source.org \
        and not target.org and source.country is not None and source.country == target.country \
        and lower_lemma(tok) in load_cues().permission_verbs


def _sourceless(row: Trigger, tok: Token, passive: bool) -> str | None:
    """Which act with no source named ``row`` at ``tok`` codes, or None: "pair" (a symmetric
    noun between its targets), "state" (a passive act of the state where it happens; a
    release, of people named as an actor),
    "people" (a protest by the people of the place)."""
    if row.symmetric and tok.pos_ == "NOUN":
        return PAIR_CASE
    if passive and (row.cameo[:2] in STATE_SOURCE_ROOTS or row.cameo in STATE_SOURCE_CODES and released_people(tok)):
        return "state"
    return "people" if row.cameo[:2] == PROTEST_ROOT else None


def _one_act(out: list[Coding]) -> list[Coding]:
    """The codings of a sentence less a verb's act stated again by the event noun it happened
    "in" ("he was killed in a US drone strike in Somalia": one strike), kept with the finer code."""
    drop = set()
    for i, verb in enumerate(out):
        if verb.trigger.pos_ != "VERB":
            continue
        for j, act in enumerate(out):
            noun = act.trigger
            if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
                    and noun.head.head.i == verb.trigger.i and act.rule.cameo[:2] == verb.rule.cameo[:2] \
                    and act.source_key == verb.source_key and act.target_key == verb.target_key:
                drop.add(i if specificity(act.rule.cameo) >= specificity(verb.rule.cameo) else j)
    return [c for k, c in enumerate(out) if k not in drop] if drop else out


class Coder(TriggerChooser, AskReader):
    def __init__(self, lexicon: Lexicon, reversal_verbs: frozenset[str] = frozenset(),
                 frames: Frames | None = None, obligation: Obligation | None = None,
                 refusal_verbs: frozenset[str] = frozenset(), bystander_verbs: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        # whether imported verb patterns name words (``patterns.named_by_pattern``): never for the shipped lexicon
        self._patterned = any(row.patterned for rows in lexicon.triggers.values() for row in rows)
        self.reversal_verbs = reversal_verbs  # "cancel the tariffs": the noun is not coded
        self.refusal_verbs = refusal_verbs  # "denied a request": the request stands
        self.bystander_verbs = bystander_verbs  # "mentioned the airstrike", "suppressed protests": not its doer
        super().__init__()  # the per-sentence memos (reading.py); ``code_sentence`` starts them afresh
        self.frames = frames  # "agreed to provide": a statement of intent (frames.py)
        self.obligation = obligation  # "said that China must drop barriers": a demand
        self._scan = WordScan(lexicon, obligation, frames)  # the words that may trigger or promise (wordscan.py)

    # -- events ------------------------------------------------------------------------
    def code_sentence(self, doc: Doc, sent: Span, context: DocContext | None = None,
                      words: list[Token] | None = None) -> list[Coding]:
        """The codings of a sentence; ``words``: its Tokens, when the caller made them (spaCy makes
        a sentence's Tokens anew at every walk: made once for the coder, its mends and the passes
        after it, which read them after the mends: a Token reads the document as it is now)."""
        context = context if context is not None else DocContext()
        words = words if words is not None else list(sent)
        mend_headline_verb(sent, words)
        self._start(doc, sent, words)
        found, framing = self._scan(words)
        out: list[Coding] = []
        for tok, row in self.triggers(sent, found):
            out.extend(self._code(doc, tok, row, context))
        if framing:
            out.extend(self._open_promises(doc, framing, context, out))
        out = _one_act(out)
        named = [c.source for c in out if c.source is not None and c.source_actor is None]
        if named:
            context.last_source = named[-1]
        for c in out:  # (coder50) the people last acted on: what "them" acted on later is
            if c.rule.cameo[:2] in ACTED_ON_ROOTS and c.target is not None and _people_named(c):
                context.acted_on = (c.target, c.target_actor)
        for c in out:  # "a gunman shot ... investigating the shooting" (slots.py)
            if c.source is not None:
                context.acts[c.rule.cameo[:2]] = c.source
                if c.source_actor is not None:
                    context.implied[(c.source.start, c.source.end)] = c.source_actor
        for c, dep, lower in self._children(sent.root):  # (read once per sentence: mostly already read)
            if dep in ("nsubj", "nsubjpass") and lower not in PLURAL_PRONOUNS:
                actors = self.actors_at(doc, c)
                if actors:
                    context.groups.append((sent.start, actors))
        return out

    def _state(self, doc: Doc, tok: Token, context: DocContext, sector: str | None) -> list[Arg]:
        """The state where the event happens, as an implied actor."""
        if context.places is None:
            return []
        country = context.places.country(self._sent_of(tok))
        if country is None:
            return []
        return [(doc[tok.i:tok.i + 1], Actor(country=country, sector=sector))]

    def _placed_elsewhere(self, tok: Token, context: DocContext) -> bool:
        """(targets51) True for an agentless passive in a clause of circumstance after a
        preposition (``CIRCUMSTANCE_CLAUSE_EDGES``) whose sentence names its place outside that clause ("to
        take part in the Olympics in Los Angeles, after previously being banned from competing"):
        the place is another act's, and no state of it is the passive's doer."""
        if tok.dep_ not in CIRCUMSTANCE_CLAUSE_EDGES or context.places is None:
            return False
        span = context.places.in_sentence(self._sent_of(tok))
        if span is None or tok.left_edge.i <= span.root.i <= tok.right_edge.i:
            return False
        # (a place on the noun of another act, "the Olympics in Los Angeles"; not one on the verb
        # the clause hangs on: "Protests erupted in Tehran after two students were arrested")
        word = span.root
        while word.dep_ != "pobj" and word.head.i != word.i:
            word = word.head
        return word.dep_ == "pobj" and word.head.head.pos_ in ("NOUN", "PROPN")

    def _foreign_doer(self, tok: Token, passive: bool) -> bool:
        """True when the act's doer is told and called foreign ("foreign journalists protested in
        Tehran", "a protest by foreign workers"): unnamed foreigners, not the place's people or state."""
        verb = self._governor(tok) if tok.pos_ == "NOUN" else tok
        doers = self._by_objects(tok) if tok.pos_ == "NOUN" else []
        if verb is not None and (verb.i == tok.i or self._carries_noun(verb)):
            subj, by = self._subject(verb) if verb.i != tok.i or not passive else (None, True)
            doers += self._agents(verb) if by else [subj] if subj is not None else []
        return any(foreign_agent(d) for d in doers)

    def _sources(self, doc: Doc, tok: Token, row: Trigger, context: DocContext) -> tuple[list[Arg], bool]:
        if tok.pos_ == "NOUN":
            spans = [s for s in self._noun_sources(doc, tok) if not site_of_violence(s, tok, row)]
            if not spans and row.cameo[:2] in ANSWERED_ROOTS:
                # "a request from the United States"
                actor_at = self._actors_of(doc)
                spans = [s for p in self._prep_objects([tok], "from") if (s := actor_at(p.i)) is not None][:1]
            if spans:
                return [(s, None) for s in spans], False
            if row.symmetric and tok.dep_ == "pobj" and tok.head.lower_ in JOINT_PREPOSITIONS \
                    and tok.head.head.pos_ in ("VERB", "AUX") and self._prep_objects([tok], "with"):
                # "Germany pledged aid to Syria after talks with its new government": the
                # clause's subject held the talks.
                subj, passive = self._subject(tok.head.head)
                found = [] if subj is None or passive else [(s, None) for s in self.actors_at(doc, subj, context)]
                if found:
                    return found, False
            earlier = sequel_of(tok) if row.symmetric and self._prep_objects([tok], "with") else None
            visitors = self._noun_sources(doc, earlier) if earlier is not None and self._is_trigger_noun(earlier) else []
            if visitors:
                # "Merkel's visit was followed by (ended with) a meeting with Abe": the visitor met him
                return [(s, None) for s in visitors], False
            holder = self._holder(doc, tok) if row.cameo.startswith(RELEASE_CODE) else None
            if holder is not None:
                # "Rubio announces the release of X from a prison in Belarus": Belarus releases.
                return [(holder, None)], False
            found = self._by_agent(doc, tok, context)
            if found or self._by_objects(tok):
                # "ordered patrols after protests by Muslim groups": an act by someone the text
                # does not resolve is not the clause subject's.
                return found, False
            if tok.dep_ == "pobj" and tok.head.lower_ in SEQUEL_PREPOSITIONS and not row.symmetric:
                # "ordered patrols after the riots": what came before or around the act is not its
                # doer's (but "claimed victory after heavy fighting": a party to the fighting)
                return [], False
            if row.symmetric and self._prep_objects([tok], "between"):
                return [], False  # "closed its border because of fighting between A and B": A and B
            gov = self._governor(tok)
            frame = self.frames.frame_of(tok) if self.frames is not None else None
            if frame is not None and gov is None and frame[0].dep_ == "acomp":
                # "he is ready for talks with Putin": the frame adjective's subject talks
                gov = frame[0].head
            # "Ethiopia agreed to peace talks with Eritrea": a frame verb's subject is the
            # noun's actor, as in "agreed to hold talks"
            framed = frame is not None and gov is not None and gov.i == frame[0].i
            if gov is None or not (framed or self._carries_noun(gov)):
                # "the UN condemned the bombing": the condemner did not bomb.
                return [], False
            subj, passive = self._subject(gov)
            if gov.dep_ == "acl" and gov.tag_ == "VBN" and gov.head.pos_ in ("NOUN", "PROPN"):
                # "a guard involved in a shooting": the guard's, when named; not the sentence's subject
                return [(s, None) for s in self.actors_at(doc, gov.head, context)], False
            if subj is None or passive:
                return [], False
            found = [(s, None) for s in self.actors_at(doc, subj, context)]
            return found or self._implicit(doc, subj, context), False
        subj, passive = self._subject(tok)
        if subj is None and tok.dep_ in ("relcl", "acl") and tok.head.dep_ == "attr" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # (recall38) "Colombia becomes the second country to recognize the Golan Heights":
            # the subject the infinitive's noun is said of
            subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ == "WDT" and tok.dep_ == "relcl" and tok.head.dep_ == "dobj" \
                and row.cameo[:2] in VIOLENCE_ROOTS and (
                lower_lemma(tok.head) in OPERATION_NOUNS or self._is_trigger_noun(tok.head)):
            # (recall38) "the army launched an offensive that killed 20 rebels": who made the
            # armed act (not "organized a general strike that shut down Kathmandu": no coercion)
            subj = self._subject(tok.head.head)[0]
        if subj is None or passive and (subj.dep_ == "nsubjpass" or bare_participle(tok)):
            # No agent, or the one acted on ("is released after having been detained"); a
            # release may name whom it is from ("a US Marine was released from Russia").
            holder = self._holder(doc, tok) if passive and row.cameo.startswith(RELEASE_CODE) else None
            if holder is not None:
                return [(holder, None)], passive
            if passive:
                # "rockets were fired from Gaza", "a rocket fired from Lebanon": the weapon acted on
                acted_on = next((c for c in tok.children if c.dep_ == "nsubjpass"),
                                tok.head if tok.dep_ == "acl" else subj)
                site = self._launch_site(doc, acted_on, tok)
                if site is not None:
                    return [(site, None)], passive
                # "ten villagers were killed in an attack by gunmen": whoever the attack is by.
                for noun in self._acts_suffered(tok):
                    if self._is_trigger_noun(noun):
                        found = [(s, None) for s in self._noun_sources(doc, noun)] or self._by_agent(doc, noun, context)
                        if found:
                            return found, passive
            return [], passive
        found = [(s, None) for s in self.actors_at(doc, subj, context)]
        label, verb = subj.dep_, subj.head
        for other, dep, _ in self._children(verb):  # (read once per sentence: mostly read by _subject)
            # (not the "in" _children adds for a stray place: no child of the verb)
            if dep == label and other.i != subj.i and (dep != "prep" or other.head.i == verb.i):
                found += [(s, None) for s in self.actors_at(doc, other, context)
                          if all(s != f for f, _ in found)]
        site = None if found else self._launch_site(doc, subj, tok)
        return found or ([(site, None)] if site is not None else self._implicit(doc, subj, context)), passive

    def _targets(self, doc: Doc, tok: Token, row: Trigger, passive: bool, context: DocContext,
                 sources: list[Arg]) -> list[Arg]:
        targets = Targets(row, sources, context.implied)
        add = targets.add
        people = not PLACE_SLOT_SET.isdisjoint(row.slots) and self._people_object(doc, tok, passive, context)
        for slot in [s for s in row.slots if not (people and s in PLACE_SLOTS)]:
            for t in self._slot_tokens(tok, slot, passive):
                if t.lower_ in ACT_PRONOUNS and row.cameo[:2] == DISAPPROVE_ROOT and row.has_condition:
                    # "calling it an aggression on Iraq": "it" is an act told before, whose
                    # actor the sentence does not name (nor is it the place the words are about)
                    return []
                add(self._slot_actors(doc, t, context) or self._sources_state(doc, t, sources, context))
                if not targets and row.cameo[:2] == FIGHT_ROOT and lower_lemma(t) in GROUND_NOUNS:
                    # "captured the town of Kurmuk", "took all of Bahri, Khartoum State, Sudan"
                    for p in self._prep_objects([t], "of"):
                        add(self.actors_at(doc, p, context) or [
                            s for node in place_chain(p) if (s := doc._.actor_at(node.i)) is not None][:1])
            if targets:
                return targets.args()
        for whole in self._parts_of(self._slot_tokens(tok, "dobj", passive)):
            # "suspended part of a military aid program for Bosnia": the whole's prepositions
            for slot in (s for s in row.slots if s.startswith("prep:")):
                add([a for t in self._prep_objects([whole], slot[5:]) for a in self._slot_actors(doc, t, context)])
        if targets:
            return targets.args()
        self._generic_targets(doc, tok, row, passive, context, targets, len(sources) > 1)
        if targets:
            return targets.args()
        if row.imported and tok.pos_ == "VERB" and not (row.symmetric and len(sources) > 1):
            # An imported verb (verbdict.py): the first other actor after it in its phrase,
            # as PETRARCH finds the target ("acted on a resolution with Libya"); not for a
            # symmetric act of conjoined subjects ("X and Y agree that ..."), their pair.
            add(first_actor_after(self, doc, tok, sources, context))
            if targets:
                return targets.args()
        if row.cameo[:2] in CLAUSE_TARGET_ROOTS:
            # "demanded that North Korea abandon its programme", "its demand that Israel
            # ease ...": the clause's subject.
            # (prec51) not a clause the parser hangs on the verb across a semicolon ("Hungary
            # spent 1.15% of its GDP on defence; NATO calls for 2%": Hungary is not asked)
            clauses = [c for c in tok.children if (c.dep_ == "ccomp" or tok.pos_ == "NOUN" and c.dep_ == "acl"
                       and mandative(c)) and not semicolon_between(c, tok)]
            if row.cameo[:2] == THREAT_ROOT:  # "warned that Hamas would pay": not "that Ukraine could attack"
                clauses = [c for c in clauses if fated_clause(c, self.lexicon)]
            for c in clause_subjects(clauses):
                add(self.actors_at(doc, c, context))
            for c in [] if targets else clause_subjects(clauses, own=True):
                add(self._sources_state(doc, c, sources, context))  # "demanded that their government resign"
        if row.cameo[:2] in CLAUSE_TARGET_ROOTS | {STATEMENT_ROOT} and tok.pos_ == "VERB":
            # "denied claims that Afghan forces downed the jet", "rejected reports that Iran
            # supplied drones": the subject of the clause on the object (not a pronoun, which
            # is mostly the source itself: "denied claims that it struck the convoy").
            clauses = (c for obj in self._slot_tokens(tok, "dobj", passive) for c in obj.children
                       if c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB")
            for c in clause_subjects(clauses):
                if c.pos_ != "PRON":
                    add(self.actors_at(doc, c, context))
            if targets:
                return targets.args()
        # (an ultimatum needs a word of its condition, told once per sentence: most have none)
        for t in ultimatum_subjects(tok) if not row.aimed_code and self._sentence_holds(tok, "condition", _condition_marked) else ():
            # "threatened to hold a strike unless Israel rescinds the annexation": an act put
            # as an ultimatum is aimed at whoever must meet its condition.
            add(self.actors_at(doc, t, context))
        if targets:
            return targets.args()
        if row.cameo[:2] in AIMED_ACT_ROOTS and (tok.pos_ == "VERB" or row.cameo[:2] in APPEAL_ROOTS):
            # "threatened military strikes on Iran", "rejects negotiations with the US": whom
            # the act it names is aimed at; also of what an appeal is "for" ("called for sanctions
            # against Iran"), and whose conduct it looks "into" ("an inquiry into Israel's conduct").
            asked = self._prep_objects([tok], "for") if row.cameo[:2] in APPEAL_ROOTS else []
            for obj in [*self._slot_tokens(tok, "dobj", passive), *asked]:
                if self._is_trigger_noun(obj):
                    for word in (*AIMED_PREPOSITIONS, "into"):
                        for t in self._prep_objects([obj], word):
                            add(self.actors_at(doc, t, context) or [
                                a for p in t.children if p.dep_ == "poss" for a in self.actors_at(doc, p, context)])
            if targets:
                return targets.args()
        if row.cameo[:2] == POSTURE_ROOT and tok.pos_ == "VERB":
            # "mobilized reservists for a possible war against Iraq": whom the force readied is for
            for noun in self._prep_objects([tok, *self._slot_tokens(tok, "dobj", passive)], "for"):
                force = self._choose(noun, "NOUN") if noun.pos_ == "NOUN" else None
                if force is not None and force.cameo[:2] in VIOLENCE_ROOTS:
                    for word in AIMED_PREPOSITIONS:
                        for t in self._prep_objects([noun], word):
                            add(self.actors_at(doc, t, context))
            if targets:
                return targets.args()
        if tok.pos_ == "NOUN":
            self._noun_targets(doc, tok, row, context, targets)
            if targets:
                return targets.args()
        for act in self._acts_responded(tok, row):
            if _sourceless(self._choose(act, "NOUN"), act, False) == "people":
                # "accused the demonstrations of violence": a protest no one is named for is by
                # the people of the place, as the noun codes it
                return self._state(doc, act, context, SOURCELESS_SECTORS["people"])
        if row.cameo[:2] in ACTED_ON_ROOTS and context.acted_on is not None \
                and context.acted_on[0].sent.start != tok.sent.start and self._acted_on_pronoun(tok, passive):
            # (coder50) "Police arrested five protesters. Officers beat them": the people named
            # last as acted on, not the group of the subjects before nor the place's state
            return [context.acted_on]
        return (self._purpose_targets(doc, tok, row, context, sources)
                or self._place_targets(doc, tok, row, passive, context, sources))

    def _acted_on_pronoun(self, tok: Token, passive: bool) -> bool:
        """(coder50) True for a verb whose object ("beat them") or, in the passive, subject
        ("they were detained") is a plural pronoun: people acted on who were named before."""
        return tok.pos_ == "VERB" and any(c.lower_ in PLURAL_PRONOUNS and c.dep_ == ("nsubjpass" if passive else "dobj")
                                          for c in tok.children)

    def _open_promises(self, doc: Doc, words: list[Token], context: DocContext, out: list[Coding]) -> list[Coding]:
        """The promise (03x, ``promised_acts.tsv``) of an act the lexicon does not code ("agreed
        to set up a research center in Tokyo", "promised to democratize"), by the frame word's
        actors toward the act's (``Frames.promised_act``); an act that codes is framed by ``_code``."""
        done = {c.trigger.i for c in out}
        found: list[Coding] = []
        for word in words:
            act = self.frames.promised_act(word)
            if act is None or word.i in done or any(t.i in done for t in act.subtree) or self.asked_for(word) \
                    or self._choose(act, "NOUN" if act.pos_ == "NOUN" else "VERB") is not None:
                continue
            row = self.frames.act_row(act, lambda r, lemma: r.names_object(lemma, self.lexicon))
            threat = row is not None and self.frames.words.get(lower_lemma(word)) == "threat"
            if threat:  # "threatened to deliver blows to the US": a threat (130) to whom it names
                row = dataclasses.replace(row, cameo=self.frames.recode("threat", row.cameo) or "130")
            for c in self._code_act(doc, act, row, context) if row is not None else ():
                if threat and (c.target is None or "notarget" in row.flags):
                    continue  # "threatened to resign", "to hold elections": a threat to no one
                if not threat and c.target_key is not None and c.source_key is not None and not c.source_key.org \
                        and c.target_key.country == c.source_key.country:
                    # "promised to democratize Serbia", "to hold elections in Pakistan": an act
                    # at home is promised to no one; only a reform (notarget) codes so
                    if "notarget" not in row.flags:
                        continue
                    c = dataclasses.replace(c, target=None, target_actor=None)
                found.append(dataclasses.replace(c, trigger=word))
        return found

    def _code(self, doc: Doc, tok: Token, row: Trigger, context: DocContext) -> list[Coding]:
        if self._aim_of_act(tok) or mediated_talks(tok, row.cameo, lambda n: self._choose(n, "NOUN")):
            return []  # "sanctions targeting Russian entities", "mediation in talks with Syria": what they are about
        if intercepts(tok) or launch_of_intercepted(tok):  # the attack an interception tells
            return [Coding(tok, row, s, t) for s, t in interception(self, doc, tok, context) if intercepts(tok)]
        if self.asked_for(tok) and not names_modal(row, tok):
            # "pressured Washington to provide better protection", "demanded that the US cancel
            # plans to sell weapons", "said China must drop barriers": not done (but an imported
            # pattern that names the modal codes it: "- INDICATED SHOULD * [1011]", petr50).
            return []
        out = with_members(self._code_act(doc, tok, row, context))
        if self.obligation is not None and row in (self.obligation.row, self.obligation.noun_row):
            out = [c for c in out if not _own_state_obliged(c)]
        answered = tok.pos_ == "NOUN" and row.cameo[:2] in ANSWERED_ROOTS  # "agreed to a US request"
        frame = self.frames.frame_of(tok) if self.frames is not None and out and not answered else None
        if frame is None:
            return out
        head, kind = frame
        mediator = self._noun_source(doc, tok)
        accepted = accepted_mediation(tok, row.cameo, head, kind, mediator,
                                      lambda subj: self.actors_at(doc, subj, context))
        if accepted is not None:  # "Sudan agreed to Egyptian mediation": Sudan accepts it
            rule = dataclasses.replace(row, cameo=accepted[0])
            return [Coding(head, rule, party, mediator) for party in accepted[1]]
        if kind in ("intent", "both") and negated(tok if tok.pos_ != "NOUN" else tok.head):
            # "vowed not to return the Golan Heights to Syria": a refusal of a cooperative act;
            # "promised not to attack": no act of force, nor a threat of one
            if row.cameo[:2] > COOPERATIVE_END:
                return []
            kind = "refusal"
        code = self.frames.recode(kind, row.cameo)
        if code is None:
            return out
        # "agreed to provide gas to Hungary": the statement of intent, by the same actors.
        rule = dataclasses.replace(row, cameo=code)
        return [dataclasses.replace(c, trigger=head, rule=rule) for c in out]

    def _aim_of_act(self, tok: Token) -> bool:
        """True for a verb of aiming ("targeting", "aimed at") that describes an act of
        another kind than violence: "new sanctions targeting Russian entities"."""
        if lower_lemma(tok) not in AIM_VERBS or tok.dep_ not in ("acl", "relcl") or tok.head.pos_ != "NOUN":
            return False
        row = self._choose(tok.head, "NOUN")
        return row is not None and row.cameo[:2] not in VIOLENCE_ROOTS

    def _armed_means(self, tok: Token) -> bool:
        """True when a military weapon does the act ("drones hit", "a missile strike")."""
        subj, passive = self._subject(tok)
        words = [tok] if subj is None or passive else [tok, subj]
        return "weapon" in self._object_words(words)[1]

    def _armed_arrival(self, verb: Token) -> bool | None:
        """For a verb of visiting whose subject is troops (or "a deployment of troops"):
        True when they are peacekeepers, False for other troops; None for other subjects."""
        subj, passive = self._subject(verb)
        if subj is None or passive:
            return None
        heads = [subj, *self._prep_objects([subj], "of")]
        if not any(lower_lemma(h) in PEACEKEEPING_WORDS or lower_lemma(h) != "military"
                   and self.lexicon.classes_of(lower_lemma(h)) & ARMED_CLASSES for h in heads):
            return None
        lemmas, _ = self._object_words(heads)
        return bool(lemmas & PEACEKEEPING_WORDS)

    def _code_act(self, doc: Doc, tok: Token, row: Trigger, context: DocContext) -> list[Coding]:
        roles = source_after(self, doc, tok, row, context) if row.source_after else \
            target_before(self, doc, tok, context) if row.target_before else \
            target_past(self, doc, tok, row, context) if row.target_past else None
        if roles is not None:  # an imported pattern's markers: "+ * FROM $", "NOTED + *"
            (sources, targets), passive = roles, False
        else:
            sources, passive = self._sources(doc, tok, row, context)
            own = [] if sources else claiming_force(self, doc, tok, row.cameo[:2], context)  # "the IDF says a strike killed"
            if not sources and not own and _sourceless(row, tok, passive) is None:
                return []  # no act without a source: its targets need not be read
            sources = sources or own
            targets = self._targets(doc, tok, row, passive, context, sources)
            if own:  # only toward an armed foe
                targets = foe_targets(own[0][0]._.actor, targets)
                if not targets:
                    return []
        out: list[Coding] = []
        if (row.symmetric and all(ta for _, ta in targets) and not allied(tok) or "source" in row.compound) \
                and len(sources) > 1:
            # conjoined subjects of a symmetric act ("X and Y agree"; "exchanged prisoners": not
            # the people implied by the object), or of an imported pattern
            # whose compound "%" comes before the verb: the compound is both source and target,
            # as PETRARCH codes it ("X and Y have postponed their meeting" under "- % HAVE *")
            for group in pair_groups(doc, sources):  # "clashes between X and Y, and Z and W": two pairs
                for i, (a, _) in enumerate(group):
                    for b, _ in group[i + 1:]:
                        if not same_actor(a, b):
                            out.append(Coding(tok, row, a, b))
            return out
        if len(sources) > 1 and not targets and tok.pos_ == "VERB" and reciprocal(tok):
            # "Ethiopia and Eritrea accused each other": each accuses the other
            return [Coding(tok, row, a, b, sa, sb) for a, sa in sources for b, sb in sources if not same_actor(a, b)]
        case = None if sources else _sourceless(row, tok, passive)
        if case == PAIR_CASE and len(targets) > 1:
            # "talks between X and Y"; two members of one delegation are not parties to each other
            return [Coding(tok, row, a, b, sa, sb) for group in pair_groups(doc, targets)
                    for i, (a, sa) in enumerate(group)
                    for b, sb in group[i + 1:] if (sa or a._.actor).code != (sb or b._.actor).code]
        if case == "state" and self._placed_elsewhere(tok, context):
            return []
        if case in SOURCELESS_SECTORS and not self._foreign_doer(tok, passive):
            # "Four protesters are arrested in London": the state arrests; "an anti-war protest
            # in Des Moines": the people of the place protest (not "foreign journalists protested").
            sources = self._state(doc, tok, context, SOURCELESS_SECTORS[case])
        if not sources:
            # "X was attacked" with no attacker named: not coded (no invented source).
            return []
        if row.cameo == VISIT_CODE and tok.pos_ == "VERB":
            armed = self._armed_arrival(tok)
            if armed is not None:
                # "NATO peacekeeping troops arrived in Bosnia": peacekeepers deployed (074);
                # other troops or warships arriving are no visit.
                if not armed:
                    return []
                row = dataclasses.replace(row, cameo=PEACEKEEPING_CODE)
        if row.cameo[:2] == FIGHT_ROOT and assault(sources, targets, lower_lemma(tok) in VIOLENCE_LEMMAS) \
                and not self._armed_means(tok):
            # "Unidentified gunmen kill twelve forest guards", "rebels killed 20 villagers"
            # (not "RSF drones hit a hospital": military means make it a military attack)
            row = dataclasses.replace(row, cameo=ASSAULT_CODE)
        if row.cameo == DESTROY_PROPERTY_CODE and self._armed_means(tok):
            row = dataclasses.replace(row, cameo=FORCE_CODE)  # "a drone set fire to an oil depot"
        if row.court_code and sources and all(judicial(sa or s._.actor, s, self.lexicon) for s, sa in sources):
            row = dataclasses.replace(row, cameo=row.court_code)  # "a court ruled the ban unlawful": 116
        if targets and row.aimed_code:
            # "Russia launches 273 drones at Ukraine": a launch at someone is an attack.
            row = dataclasses.replace(row, cameo=row.aimed_code)
        if row.flags & BODY_FLAGS:  # an institution's act, or one not done by people
            sources = [(s, sa) for s, sa in sources
                       if acting_body(row.flags, sa or s._.actor, span_value(s, "actor_rule"))]
        if "org" in row.flags:
            # "Britain will leave the EU": leaving an organisation, not a place.
            targets = [(t, ta) for t, ta in targets if (ta or t._.actor).org]
        if targets and row.org_code and all((ta or t._.actor).org for t, ta in targets):
            # "Hungary withdraws from the ICC": leaving an organisation cuts relations.
            row = dataclasses.replace(row, cameo=row.org_code)
        if row.cameo[:2] == PROTEST_ROOT:
            if self._partisan_meeting(tok, sources):
                return []
            if targets and lower_lemma(tok) in OFFICIAL_PROTEST_LEMMAS \
                    and all(official_actor(sa or s._.actor, s) for s, sa in sources):
                # "Azerbaijan protests Eritrea's detention", "Taiwan lodges a protest with
                # Somalia": a state's protest is an official complaint, not a demonstration.
                row = dataclasses.replace(row, cameo=OFFICIAL_PROTEST_CODE, flags=row.flags - {"own"})
            else:
                # "Serbians protested": a people (a demonym used as a noun) is its civilians.
                sources = [(s, sa or people(s)) for s, sa in sources]
        if not targets and "notarget" in row.flags and tok.pos_ == "VERB" \
                and self._sentence_holds(tok, "condition", _condition_marked):
            # (coder48) "Hamas will disarm if Israel withdraws": an act offered on a condition is
            # toward whoever must meet it (not its own place, nor the state it is in)
            targets = [(t, None) for c in offer_subjects(tok) for t in self.actors_at(doc, c, context)
                       if not any(same_actor(s, t) for s, _ in sources)]
        if "own" in row.flags and targets and all(sa is None and ta is None and same_actor(s, t)
                                                  for s, sa in sources[:1] for t, ta in targets):
            targets = []  # "Belarus imposed a curfew in Minsk": the state at home, on its own people
        if not targets and row.cameo[:2] == PROTEST_ROOT:
            targets = self._grievance_targets(doc, tok, row, context, sources)  # "to show anger at X"
        if not targets and "own" in row.flags and not _object_on_conjoined_verb(tok):
            # "Serbians protested": against their own state (its government; easing a curfew,
            # burning villages is toward its population) when the text names no other.
            sector = "CVL" if row.cameo.startswith(EASE_CODE) or row.cameo[:2] in PEOPLE_TARGET_ROOTS else "GOV"
            targets = [(s, Actor(country=(sa or s._.actor).country, sector=_own_sector(row, sa or s._.actor, sector)))
                       for s, sa in sources[:1] if (sa or s._.actor).country and not (sa or s._.actor).org
                       and not (sector == "GOV" and row.cameo[:2] == YIELD_ROOT and (sa or s._.actor).sector is None)]
        # (coder50) an act of force told as done codes with no target where none is named
        force = "own" not in row.flags and row.cameo[:2] in VIOLENCE_ROOTS
        if not targets:
            # "Spain condemned the attack on the embassy": a response to an act whose doer is
            # unnamed has no target (not whom the act was done to)
            # An imported verb's act codes with no target too (its dictionary has no "notarget"
            # flag; PETRARCH codes it so, and its require_dyad option, setting 'require_dyad',
            # drops it): "Calenardhon crowds burned down its embassy" under "- * DOWN [222]";
            # not a pattern whose markers place its actors and found none there ("+ * IN $":
            # "Dale broke in a rally" is no match, as in PETRARCH).
            untargeted = "notarget" in row.flags or self._acts_responded(tok, row) \
                or row.imported and tok.pos_ == "VERB" and not _places_actors(row) \
                or force and force_done(tok, row.cameo[:2])
            return [Coding(tok, row, s, None, sa) for s, sa in sources] if untargeted else []
        out = [Coding(tok, row, s, t, sa, ta) for s, sa in sources for t, ta in targets
               if (sa is not None or ta is not None or not same_actor(s, t))
               and not (row.cameo[:2] == CONSULT_ROOT and (sa or s._.actor).code == (ta or t._.actor).code)
               and not (force and t.start < s.end and s.start < t.end)
               and not (row.cameo[:2] == YIELD_ROOT and _own_force(tok, sa or s._.actor, ta or t._.actor))]
        if not out and force and force_done(tok, row.cameo[:2]):
            # "Five people were killed in a United States airstrike": the attacker's name (or a
            # part of it) is not also the people it struck; the act codes with its doer and no target
            return [Coding(tok, row, s, None, sa) for s, sa in sources]
        if not out and "notarget" in row.flags and row.cameo[:2] != PROTEST_ROOT and row.cameo != OFFICIAL_PROTEST_CODE:
            # (recall44) "Pakistan tightens security in Islamabad": an act that needs no target,
            # whose only target read is the source itself (its own place), codes with none (not
            # "a Pakistan protest in Lahore": a state's protest is a complaint only toward another)
            return [Coding(tok, row, s, None, sa) for s, sa in sources]
        return out


ACTED_ON_ROOTS = frozenset({"17", "18", "19"})  # coercion and force: whose "them" are the people acted on


# (prec51) Sectors of a speaker who speaks for the state ("Putin said Russia must ..."; not a
# person of no office now, sector None, nor the opposition)
STATE_SPEAKER_SECTORS = frozenset({"GOV"})
STATE_ENTITY = "GPE"  # spaCy's label of a country, city or state


def _own_state_obliged(coding: Coding) -> bool:
    """(prec51) True for an obligation a state or its government says its own state has
    ("Johnson has repeatedly stated that Britain must leave by that date"): its own policy,
    no demand of another (not "Corbyn said Britain must hold a referendum": the opposition's)."""
    source, target = coding.source_key, coding.target_key
    return (source is not None and target is not None and target.sector is None and target.org is None
            and source.sector in STATE_SPEAKER_SECTORS and source.org is None and source.country == target.country
            # the state named as a place, not a person of no office ("Fatah said Abbas must resign")
            and coding.target is not None and coding.target.root.ent_type_ == STATE_ENTITY)


def _people_named(coding: Coding) -> bool:
    """(coder50) True for a target that is people: of a sector of people, or named by the
    adjective of their country on a noun ("three British tourists"), not a state or a body."""
    actor = coding.target_actor or coding.target._.actor
    if actor.org:
        return False
    return actor.sector in PEOPLE_SECTORS or actor.sector is None and coding.target.root.dep_ in ("amod", "compound") \
        and coding.target.root.head.pos_ == "NOUN"


def _own_sector(row: Trigger, source: Actor, sector: str) -> str | None:
    """(coder48) The sector of the source's own state that an act with no other target is
    toward: the state as a whole, not the source's own code read twice, when the source is of
    that sector ("the prime minister resigns": GOV -> the state; not ``WITHIN_ROOTS``)."""
    return None if source.sector == sector and row.cameo[:2] not in WITHIN_ROOTS else sector


@functools.cache
def _condition_marks() -> frozenset[int]:
    """The ids of the words that may mark an ultimatum's condition (``threats.ultimatum_subjects``:
    cues.yaml ``threat_conditions``, and "if" after a threat verb)."""
    return frozenset(get_string_id(w) for w in load_cues().threat_conditions | {"if"})


def _condition_marked(words: list[Token]) -> bool:
    """True when one of ``words`` marks a clause as such a condition (read as numbers): without
    one, ``ultimatum_subjects`` finds no subject in the sentence."""
    return not _condition_marks().isdisjoint([w.lower for w in words if w.dep == MARK])  # (one call, no generator)


def _object_on_conjoined_verb(tok: Token) -> bool:
    """True for a verb with no object of its own conjoined to one with an object ("detains and
    imprisons two French nationals": the object is the verbs' shared target), or whose object is
    called foreign ("detained three foreign reporters"): not the source's own state."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return any(c.dep_ == "dobj" and foreign_agent(c) for c in tok.children)  # "foreign reporters"
    verbs = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(v.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in v.children) for v in verbs)


def _places_actors(row: Trigger) -> bool:
    """True for an imported pattern whose markers say where its actors stand ("+ * FROM $",
    "- NOTED + *", "* AT ^ +"): without them there the pattern does not hold."""
    return bool(row.source_after or row.target_before or row.target_past)
