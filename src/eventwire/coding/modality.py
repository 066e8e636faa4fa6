"""Modality and attribution of an event, from the syntax around its trigger.

GUIDE.md section 4: asserted, reported (someone said it), uncertain (hedged),
future (planned, not yet done), conditional (if-clause), negated. When
several apply, the strongest wins: negated > conditional > future >
uncertain > reported > asserted. The vocabulary lives in ``data/cues.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
from spacy.symbols import amod as AMOD_LABEL
from spacy.tokens import Token

from ..errors import KnowledgeBaseError
from .lexicon import data_path

T = TypeVar("T")

ORDER = ("negated", "conditional", "future", "uncertain", "reported", "asserted")
# Edges we climb from a trigger to the clauses that govern it.
CLIMB = {"xcomp", "ccomp", "advcl", "acomp", "pcomp", "pobj", "prep", "dobj", "acl",
         "relcl", "attr", "nsubj", "nsubjpass", "appos", "compound", "amod", "npadvmod", "dep",
         "oprd", "advmod", "agent"}
SAYING_EDGES = {"ccomp", "parataxis", "dep", "xcomp"}
# Verbs of a claim coming to light ("it emerged that ..."), beside the uncertain verbs of cues.yaml.
SURFACING_VERBS = frozenset({"emerge", "surface"})
# Verbs of a seeming: their infinitive is hedged ("appear to show", "seem to have struck").
SEEMING_VERBS = frozenset({"appear", "seem"})
# Verbs of seeing, which tell a saying only with a finite clause ("Washington sees that Moscow
# will strike"), not with a participle ("the sixth day saw 12 truckers being arrested").
PERCEPTION_VERBS = frozenset({"see"})
# Prepositions of an act before the one told ("following talks", "after the visit").
PRIOR_PREPOSITIONS = frozenset({"following", "after"})
# Verbs of hearsay whose reduced passive hedges ("reported to be", "believed to be").
HEARSAY_VERBS = frozenset({"report", "say", "believe", "think", "rumour", "rumor", "allege", "suspect"})
# Adverbs of habit: a "would" with them tells the past's habit ("would often meet").
HABIT_ADVERBS = frozenset({"often", "usually", "always", "regularly", "frequently", "sometimes", "routinely"})


@dataclass(frozen=True)
class Cues:
    speech_verbs: frozenset[str]
    report_nouns: frozenset[str]
    uncertain_modals: frozenset[str]
    uncertain_adverbs: frozenset[str]
    uncertain_verbs: frozenset[str]
    uncertain_adjectives: frozenset[str]
    future_adjectives: frozenset[str]
    confirmation_verbs: frozenset[str]
    future_modals: frozenset[str]
    intent_modals: frozenset[str]
    future_verbs: frozenset[str]
    future_nouns: frozenset[str]
    deliberation_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    preventing_verbs: frozenset[str]  # "prevented them from entering": the gerund not done
    obligation_modals: frozenset[str]
    message_nouns: frozenset[str]
    entitlement_nouns: frozenset[str]
    entitlement_uses: frozenset[str]
    proposition_nouns: frozenset[str]
    prohibition_nouns: frozenset[str]
    conditional_marks: frozenset[str]
    threat_conditions: frozenset[str]
    accusation_verbs: frozenset[str]
    according_to: frozenset[str]
    reversal_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    remembrance_nouns: frozenset[str]
    remembrance_verbs: frozenset[str]
    onlooker_verbs: frozenset[str]
    countering_verbs: frozenset[str]
    permission_verbs: frozenset[str]
    instrument_nouns: frozenset[str]
    imminence_words: frozenset[str]
    scheduling_verbs: frozenset[str]
    scheduling_needs_time: frozenset[str]
    grievance_verbs: frozenset[str]
    sympathy_nouns: frozenset[str]
    dating_prepositions: frozenset[str]
    warning_verbs: frozenset[str]
    penalty_verbs: frozenset[str]
    ultimatum_nouns: frozenset[str]
    fate_verbs: frozenset[str]
    penalty_nouns: frozenset[str]
    deadline_words: frozenset[str]
    own_act_verbs: frozenset[str]
    doer_hedges: frozenset[str]
    benefit_verbs: frozenset[str]  # whom a purpose infinitive is for (slots.py ``_purpose_targets``)
    statement_act_verbs: frozenset[str]
    manner_adverbs: frozenset[str]
    citing_verbs: frozenset[str]
    cause_heads: frozenset[str]
    possessed_cause_prepositions: frozenset[str]
    partner_adverbs: frozenset[str]  # "together with X": X a partner (parties.py ``partner_with``)
    ally_verbs: frozenset[str]  # "fighting for Russia": an ally (parties.py ``ally_preposition``)
    side_nouns: frozenset[str]  # "on the side of Ukraine": an ally (parties.py ``ally_preposition``)
    charge_prepositions: frozenset[str]  # "sentenced for fighting with X": an ally (parties.py)
    sentencing_verbs: frozenset[str]  # "sentenced X for killing": the court's finding (reported)
    carrying_verbs: frozenset[str]  # "carried out strikes": an act of force done (violence.py ``force_done``)
    force_harm_verbs: frozenset[str]  # "strikes killed ten", "injured in an attack" (violence.py ``force_done``)
    victim_nouns: frozenset[str]  # "killed five people": harm on people (violence.py ``force_done``)
    force_state_nouns: frozenset[str]  # "killed in the civil war": a state of force (violence.py ``force_done``)


@functools.lru_cache(maxsize=1)
def load_cues() -> Cues:
    return word_lists(data_path("cues.yaml"), Cues, "cue words")


def word_lists(path: Path, kind: type[T], what: str) -> T:
    """The YAML file of word lists at ``path`` as a dataclass ``kind`` of one lower-case
    frozenset per field (every field a list of the file); ``what`` names them in an error."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(str(path), getattr(getattr(exc, "problem_mark", None), "line", None),
                                 f"cannot read {what} ({exc})") from exc
    fields = kind.__dataclass_fields__
    missing = [f for f in fields if not isinstance(data, dict) or f not in data]
    if missing:
        raise KnowledgeBaseError(str(path), None, f"missing list(s): {missing}")
    return kind(**{f: frozenset(str(w).lower() for w in data[f]) for f in fields})


@dataclass(frozen=True, slots=True)
class Modality:
    value: str
    claimant: Token | None = None  # the token whose actor claims it (reported/uncertain)
    # for an act that follows from a condition ("Iran will attack Israel if ..."; not the
    # condition itself), the subordinator of that condition ("if", "unless", ...)
    condition: str | None = None
    # "Iran will not enter negotiations", "does not plan to": a negated future, which for a
    # cooperative act is a refusal; then the modality the statement itself has
    refusal: str | None = None
    # for an act under a condition of its own: the modality the conditional statement itself
    # has ("Iran will attack Israel if struck": stated, asserted; "officials said Iran would
    # attack if ...": reported), which a threat made of it takes (GUIDE.md section 4)
    stated: str | None = None


def _lemmas(children: list[tuple[Token, str]], deps: set[str]) -> set[str]:
    """The lower-case forms and lemmas of those of ``children`` (with their labels) whose
    label is in ``deps``."""
    chosen = [c for c, dep in children if dep in deps]
    return {c.lower_ for c in chosen} | {c.lemma_.lower() for c in chosen}


def _aux_and_adverbs(children: list[tuple[Token, str]]) -> tuple[set[str], set[str]]:
    """``_lemmas`` of the auxiliaries ("aux", "auxpass") and of the adverbs ("advmod"), in one
    pass (most words have neither: their forms are not read)."""
    aux: set[str] = set()
    adv: set[str] = set()
    for c, dep in children:
        found = aux if dep == "aux" or dep == "auxpass" else adv if dep == "advmod" else None
        if found is not None:
            found.add(c.lower_)
            found.add(c.lemma_.lower())
    return aux, adv


def analyse(trigger: Token, cues: Cues) -> Modality:
    """Modality of the event whose trigger is ``trigger``."""
    found: set[str] = set()
    claimant: Token | None = None
    node = trigger
    own_clause = True  # still in the trigger's own clause (no saying verb crossed)
    would = False  # "said the government would pressure ...": the reported future
    # "the deal would have let Iran enrich": a "would have" of the trigger's own clause tells
    # what did not come to be
    counterfactual = False
    condition: str | None = None
    came_from = -1  # the token the walk climbed from: a condition clause there is the trigger's own
    adjunct = False  # the walk has left a prepositional phrase ("after talks")
    # the walk has left a clause of its own that tells a past fact ("a dispute that began after
    # Algeria shot down a drone", "will retaliate against the group that attacked"): what the
    # clauses above hedge, negate, plan or make conditional is not this event (_settles)
    settled = False
    # the walk has left the object of a preposition that dates the act above by one already
    # under way or done ("agreed to resume flights following talks in New Delhi": the talks
    # were held, what was agreed is to come)
    dated = False
    # the past fact was an adverbial clause ("a day after Israel launched strikes"): it dates or
    # explains what the clause above tells, in the writer's words, not in the speaker's above
    background = False
    # the walk has left a relative or finite adverbial clause: a "not" above denies another act
    # ("does not recognise the comments where he accused Starmer": the accusation was made)
    unnegated = False
    prior = False  # the walk has left the object of "following", "after": an act before (below)
    # (prec45) "if China does not revoke its tariff": the "not" is the condition's, not a denial
    negated_condition = False
    steps = 0
    while True:
        steps += 1
        # read once, with their labels: spaCy makes the Tokens and the strings anew at every walk
        children = [(c, c.dep_) for c in node.children]
        aux, adv = _aux_and_adverbs(children)
        if own_clause and not settled:
            if not unnegated and any(dep == "neg" for _, dep in children) and node.pos_ in ("VERB", "AUX", "ADJ") \
                    and not _manner_denied(children, cues):
                found.add("negated")
            if aux & cues.future_modals:
                found.add("future")
            if "would" in aux and not _habitual(children):
                would = True
                counterfactual = counterfactual or "have" in aux and node.tag_ == "VBN"
            # ("go" in ``aux`` first: an auxiliary "go" is there, lowered)
            if "go" in aux and "go" in {c.lemma_ for c, dep in children if dep == "aux"} and node.tag_ == "VB":
                found.add("future")
        if not settled and (aux & cues.uncertain_modals or adv & cues.uncertain_adverbs):
            found.add("uncertain")
        if steps == 1 and (_hedged_noun(node, children, cues) or _hedged_doer(node, children, cues)):
            found.add("uncertain")  # "ahead of potential talks", "an alleged attack", "suspected gunmen attack"
        if steps == 1 and _presupposed(node, children, cues):
            # "if Trump fulfills his threat to order deportations": the threat was made, the
            # condition is its fulfilling; told as known, the writer's word
            settled = background = True
        if steps == 1 and node.pos_ == "NOUN" and _planned_noun(node, children, cues):
            found.add("future")  # "ahead of planned protests", "the upcoming summit"
        # "threatened bombing if Iran does not agree": the condition is the threatened act's, the
        # threat itself was made
        warning = steps == 1 and node.lemma_.lower() in cues.warning_verbs
        for c, dep in children if not settled and not warning else ():
            clauses = [c] if dep == "advcl" else [g for g in c.children if g.dep_ == "advcl"] \
                if dep == "advmod" else []  # "as long as ...": its clause hangs on "long"
            for clause in clauses:
                mark = _conditional(clause, cues.conditional_marks)
                if mark is not None:
                    found.add("conditional")
                    if own_clause and clause.i != came_from and condition is None:
                        condition = mark
            if dep == "prep" and c.lower_ in cues.according_to and claimant is None:
                pobj = _according_pobj(c)
                if pobj is not None:
                    claimant = pobj
                    found.add("reported")
        # (coder48) and a conjunct with a mark of its own: "if Israel withdraws and if the US
        # honours the agreement" (the parser conjoins the second clause to the first)
        if not settled and node.dep_ in ("advcl", "conj") and _conditional(node, cues.conditional_marks) is not None:
            found.add("conditional")
            negated_condition = negated_condition or own_clause and "negated" in found
        if own_clause and not adjunct and not settled and node.pos_ in ("NOUN", "PROPN") \
                and _scheduled(node, children, cues):
            found.add("future")  # "a summit to be held on Friday", "talks scheduled for next week"
        edge = node.dep_
        head = node.head
        if edge == "conj" and not any(dep in ("nsubj", "nsubjpass") for _, dep in children):
            # "Belgium will recognise Palestine and impose sanctions": a conjunct without a
            # subject of its own shares the first one's auxiliaries and clause.
            came_from = node.i
            node = head
            continue
        if head.i == node.i or edge not in CLIMB or steps > 12:
            break
        head_lemma = head.lemma_.lower()  # read once: spaCy makes the string anew at each read
        if own_clause and node.i == trigger.i and _sayers_act(node, edge, children, head, cues):
            # "China says its ships crossed the strait legally, rejecting Japan's claims": the
            # rejection is the sayer's, done by the saying; the walk goes on from the saying verb
            came_from = node.i
            node = head.head
            continue
        if not settled and _given_cause(node, edge, children, head, head_lemma, cues):
            # (prec45) "will raise its budget, citing Russia's invasion", "will retaliate for
            # Iran's attack": the cause of what is told is a known fact; under a saying, the
            # sayer's ("Peru announces it severed ties, citing Mexico's decision": reported)
            settled = True
        if not settled and _settles(node, edge, children):
            # a relative clause in the simple past too: "sanctions, which Rubio threatened"
            settled, background = True, edge == "advcl" or edge == "relcl" and node.tag_ in ("VBD", "VBG")
        if edge in ("relcl", "acl", "advcl") and _own_clause(node, edge, children, cues):
            unnegated = True
        if edge == "xcomp" and head_lemma in HEARSAY_VERBS and _raised(head):
            # "gunmen reported to be aligned with the government engage in clashes": the parser
            # makes the reduced passive a verb with an infinitive; hearsay, as "is said to" is
            found.add("uncertain")
            own_clause = False
        elif edge in SAYING_EDGES and head_lemma in cues.speech_verbs and not semicolon_between(node, head) \
                and not _absolute(head) and not (head_lemma in PERCEPTION_VERBS and not _finite(node)) \
                and not (edge != "xcomp" and _raised(head)):
            # (a reduced passive, "the members of the group alleged to have been involved are
            # Emwazi and Davis, jailed by a court": the clause the parser hangs on it is no saying)
            subj = _subject(head) or _hung_sayer(head)
            if background or prior:
                pass  # "says it will return its ambassador, easing a dispute that began after
                # Algeria shot down a drone": the past fact that dates or explains is the writer's
            elif subj is not None and subj.lemma_.lower() in cues.report_nouns:
                found.add("uncertain")
            elif head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children):
                if head_lemma not in cues.confirmation_verbs:  # "are confirmed killed": vouched for
                    found.add("uncertain")  # "is said to", "is believed to"
            elif own_clause and node.i == trigger.i and _own_act(trigger, cues):
                pass  # "Peru announces it has severed relations": the speaker's own act, done by the saying
            elif claimant is None and subj is not None:
                claimant = subj
                found.add("reported")
            if own_clause and would:
                found.add("future")
            own_clause = False
        elif edge == "acl" and head_lemma in cues.speech_verbs and _headline_saying(node, head):
            # "Saudi Arabia's defense ministry reports intercepting drones": the parser reads the
            # verb of a headline with a gerund object as a plural noun, its speaker a compound
            speaker = max((c for c in head.children if c.dep_ == "compound"), key=lambda c: c.i)
            if claimant is None and not (background or prior):
                claimant = speaker
                found.add("reported")
            own_clause = False
        elif edge in SAYING_EDGES and (head_lemma in cues.uncertain_verbs or head_lemma in SURFACING_VERBS):
            subj = _subject(head)
            if subj is not None and subj.lemma_.lower() in cues.report_nouns \
                    or edge == "xcomp" and head_lemma in SEEMING_VERBS and infinitive(node):
                found.add("uncertain")  # "videos appear to show troops deploying", "seems to have struck"
        elif edge == "prep" and node.lower_ in ("of", "for") and head_lemma in cues.accusation_verbs:
            # "Hamas accuses Israel of carrying out attacks": the accuser's claim. In the passive
            # ("Rittenhouse is accused of killing two people") the subject is the accused: the
            # claim is the "by" agent's, or with none a hedge, as "allegedly" (carry43)
            subj = _passive_agent(head) if any(c.dep_ == "auxpass" for c in head.children) else _subject(head)
            if background or prior:
                pass  # "accused of killing two people who were taking part in protests": the
                # protests, a past fact of a clause of its own, are the writer's, not the accusation's
            elif claimant is None and subj is not None:
                claimant = subj
                found.add("reported")
            elif subj is None:
                found.add("uncertain")
            own_clause = False
        elif edge == "prep" and node.lower_ in cues.charge_prepositions and head_lemma in cues.sentencing_verbs \
                and came_from == trigger.i and not (background or prior):
            # (coder50) "a court sentenced two soldiers for killing civilians", "convicted of
            # attacking police": the act charged is the court's finding, attributed to it
            # (GUIDE.md section 4: reported); not an act named inside the charge ("for their
            # involvement in the attack": the attack is the writer's), nor with no court named
            subj = _passive_agent(head) if any(c.dep_ == "auxpass" for c in head.children) else _subject(head)
            if claimant is None and subj is not None:
                claimant = subj
                found.add("reported")
            own_clause = False
        elif settled:
            pass  # (a past fact: no verb of plan, deliberation or imminence above makes it one)
        elif edge == "xcomp" and head_lemma in cues.future_verbs and own_clause and not dated:
            found.add("future")
        elif own_clause and _imminent(node, edge, head, head_lemma, cues):
            found.add("future")  # "are poised to storm", "on the verge of striking"
        elif edge == "dobj" and head_lemma in cues.deliberation_verbs and own_clause and not dated \
                and not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in head.children):
            found.add("future")  # "is considering sanctions"; not "considered the attack an act of war"
        elif edge in ("xcomp", "ccomp") and head_lemma in cues.negating_verbs and own_clause:
            found.add("negated")  # "failed to reach an agreement", "denied supplying drones"
        elif edge == "pcomp" and node.tag_ == "VBG" and head.lower_ == "from" and own_clause \
                and head.head.lemma_.lower() in cues.preventing_verbs:
            found.add("negated")  # (prec51) "to prevent traffickers from entering Peru"
        elif edge == "acl" and own_clause and _denied_claim(head, cues):
            found.add("negated")  # "denied reports that Putin would meet Zelensky"
        if edge == "acl" and head_lemma in cues.report_nouns:
            would = False  # "reports that Putin would meet Zelensky": the report's "would", not a plan's
            if own_clause and not background and any(dep == "mark" and c.lower_ == "that" for c, dep in children):
                # "amid reports that police had killed a teenager": hearsay, unless the noun names
                # whose ("Reuters' report that", "claims by Hamas that"): then that source's word
                source = _noun_source(head)
                if source is None:
                    found.add("uncertain")
                elif claimant is None:
                    claimant = source
                    found.add("reported")
                own_clause = False
        elif edge == "xcomp" and head_lemma in cues.uncertain_verbs and head.tag_ == "VBN":
            found.add("uncertain")
        if not settled and head_lemma in cues.future_nouns and (
                edge in ("pobj", "prep", "dobj") or edge == "acl" and not adjunct
                or edge == "relcl" and infinitive(node)):  # "the way for prosecutors to charge him"
            # "a plan for talks", "plans to attack"; not "an intention to seek a ceasefire
            # after talks" (the talks are the time of the plan, not planned)
            found.add("future")
        adjunct = adjunct or edge in ("pobj", "pcomp")
        # (the parser may make "following" a participle with the act its object)
        dated = dated or (edge == "pobj" or edge == "dobj" and head.tag_ == "VBG") \
            and head.lower_ in cues.dating_prepositions
        # "says they agreed ... following talks between Xi and Trump": an act before the one
        # told, which the writer's phrase of time brings in, the writer's word
        prior = prior or (edge == "pobj" or edge == "dobj" and head.tag_ == "VBG") \
            and head.lower_ in PRIOR_PREPOSITIONS and node.pos_ == "NOUN"
        came_from = node.i
        node = head
    if own_clause and would:
        # "the draft would see Iran limit enrichment", "under the plan the EU would send
        # troops": a "would" of a main clause (no verb of saying above it, which the walk reads
        # as the reported future) is what a plan, a draft or a deal would bring, not done.
        found.add("conditional" if counterfactual else "future")
    if negated_condition:
        # (prec45) "... if China does not revoke its tariff": what is not done is the condition, a
        # refusal only supposed (conditional), not one made ("does not revoke": asserted)
        found.discard("negated")
    value = next(m for m in ORDER if m in found or m == "asserted")
    # how the statement itself is put, for a refusal (a negated future) or a conditional
    statement = next(m for m in ("uncertain", "reported", "asserted") if m in found or m == "asserted")
    refusal = statement if value == "negated" and "future" in found else "conditional" if negated_condition else None
    stated = statement if value == "conditional" and condition is not None else None
    return Modality(value, claimant if value in ("reported", "uncertain") or (refusal or stated) in ("reported", "uncertain")
                    else None, condition if value == "conditional" else None, refusal, stated)


def _raised(verb: Token) -> bool:
    """True for a verb of hearsay with a "to be" infinitive and no auxiliary of its own ("gunmen
    reported to be aligned with ...", "a man believed to be a commander"): a reduced passive."""
    kids = list(verb.children)
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids) \
        and any(c.dep_ == "xcomp" and infinitive(c) and any(g.lemma_ == "be" for g in c.children
                                                              if g.dep_ in ("aux", "auxpass"))
                for c in kids)


def _headline_saying(gerund: Token, noun: Token) -> bool:
    """True for a verb of saying that the parser reads as the plural noun at the root of a
    headline, the gerund right after it its object and a compound before it its speaker
    ("the defense ministry reports intercepting drones", "police claims arresting ...")."""
    return noun.dep_ == "ROOT" and noun.tag_ == "NNS" and gerund.tag_ == "VBG" and gerund.i == noun.i + 1 \
        and any(c.dep_ == "compound" and c.i < noun.i for c in noun.children)


def _finite(verb: Token) -> bool:
    """True for a verb of a finite clause: a tensed form, or a modal or tensed auxiliary."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _absolute(verb: Token) -> bool:
    """True for the participle of an absolute phrase ("launches airstrikes, with explosions
    reported", "with no casualties reported"): its noun is the object of "with" right before
    it, not the subject of a saying."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.tag_ in ("VBN", "VBD") and before is not None and before.dep_ == "pobj" \
        and before.head.lower_ in ("with", "without") and not any(c.dep_ == "aux" for c in verb.children)


PAST_AUX = frozenset({"had", "was", "were"})  # "after it had struck", "after it was signed"
PERFECT_AUX = frozenset({"has", "have", "'ve"})


SELF_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def _own_act(verb: Token, cues: Cues) -> bool:
    """True for an act of office that its doer tells of itself ("Peru announces it has severed
    relations with Mexico", "Trump says he is stopping funding"): the act is done by the
    telling, stated, not a claim to weigh (the train gold codes these asserted, but "the IDF
    says it killed two militants" reported: acts of force are not among ``own_act_verbs``).
    Not an act to come ("says it will sever": future) or one denied."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in SELF_PRONOUNS and own_act_verb(verb, cues)


def own_act_verb(verb: Token, cues: Cues) -> bool:
    """True for a verb of an act of office (``own_act_verbs``: "suspend", "recognise", "sign")
    done, not to come ("will sever", "to sever") nor denied."""
    if verb.lemma_.lower() not in cues.own_act_verbs or verb.pos_ != "VERB":
        return False
    return not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in ("to", "going")) or c.dep_ == "neg"
                   for c in verb.children)


def told_own_act(trigger: Token, cues: Cues) -> bool:
    """True for the act of office of ``trigger``, or of the verb whose object it is ("has signed
    an economic deal"), told by a saying verb right above it: "Meloni announces that Italy is
    suspending the agreement", "Healey announces that Massachusetts has signed a deal". When
    the speaker speaks for the act's doer (component.py decides, from the actors), the act is
    done by the telling: stated, as ``_own_act`` has it for "it", "they" (GUIDE.md section 4)."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    return own_act_verb(verb, cues) and speaker_of(verb, cues.speech_verbs) is not None


def _given_cause(node: Token, edge: str, children: list[tuple[Token, str]], head: Token, head_lemma: str,
                 cues: Cues) -> bool:
    """(prec45) True for what a cause or a reason of the act above names: the object of a verb
    of citing ("citing Russia's invasion", "citing threats such as Russia's war on Ukraine"), of
    a phrase of cause ("in response to the Russian invasion", "because of China's seizure",
    "retaliate for Iran's attack"), or an actor's act after a preposition of time or cause
    ("after Hamas's attack", "over Russia's attack"): a known fact, not what is planned, denied
    or supposed above it. Not "any" act ("in response to any attack")."""
    if edge == "dobj":
        return head_lemma in cues.citing_verbs
    if edge != "pobj" or node.pos_ != "NOUN" or any(dep == "det" and c.lower_ in ("any", "every", "no")
                                                    for c, dep in children):
        return False
    prep = head.lower_
    if prep in ("to", "of", "for", "at") and head.head.lemma_.lower() in cues.cause_heads:
        return True
    return prep in cues.possessed_cause_prepositions and any(dep == "poss" for _, dep in children)


def _settles(node: Token, edge: str, children: list[tuple[Token, str]]) -> bool:
    """True for a clause that tells a past fact of its own, apart from the clause it hangs on:
    a relative or adverbial clause in the past tense ("the dispute that began after Algeria
    shot down a drone", "the group that has attacked the base"), or a bare past participle
    that qualifies a noun ("the comments made by Netanyahu", "drones fired by militias").
    A present perfect of an adverbial clause may tell what is still to come ("will withdraw
    once the deal has been signed"): it settles a relative clause only."""
    aux = {c.lower_ for c, dep in children if dep in ("aux", "auxpass")}
    if edge == "acl":
        return node.tag_ == "VBN" and not aux
    if edge not in ("relcl", "advcl"):
        return False
    if any(c.tag_ == "MD" or c.lower_ == "to" for c, dep in children if dep == "aux"):
        return False  # "who would attack", "to attack"
    if node.tag_ == "VBD" and not aux:
        return True
    if edge == "relcl" and node.tag_ == "VBG" and aux & {"was", "were"}:
        return True  # "people who were participating in demonstrations": the past progressive
    return node.tag_ == "VBN" and bool(aux & PAST_AUX or edge == "relcl" and aux & PERFECT_AUX)


def _sayers_act(node: Token, edge: str, children: list[tuple[Token, str]], head: Token, cues: Cues) -> bool:
    """True for a participle of an act a statement makes (``statement_act_verbs``), with no
    subject, set off by a comma after the clause that a verb of saying tells, which it hangs on
    ("China says its ships crossed the strait legally, rejecting Japan's claims", "Russia said
    its jets flew over international waters, dismissing Norway's protest"): the sayer's own act."""
    if edge != "advcl" or node.tag_ != "VBG" or node.lemma_.lower() not in cues.statement_act_verbs:
        return False
    if any(dep in ("nsubj", "nsubjpass", "mark", "aux") for _, dep in children):
        return False
    if node.i == 0 or node.doc[node.i - 1].text != "," or node.i < head.i:
        return False
    return head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in cues.speech_verbs


def _manner_denied(children: list[tuple[Token, str]], cues: Cues) -> bool:
    """True for a "not" that denies the manner of the act, an adverb of manner beside it ("talks
    were not going well", "the vote did not go smoothly") or an "as" clause ("did not go as
    planned"): the act took place."""
    return any(dep == "advmod" and c.lower_ in cues.manner_adverbs
               or dep == "advcl" and c.tag_ == "VBN" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
               for c, dep in children)


def _own_clause(node: Token, edge: str, children: list[tuple[Token, str]], cues: Cues) -> bool:
    """True for a clause whose act a "not" of the clause it hangs on does not deny: a relative
    clause ("does not recognise the comments where he accused Starmer"), a bare participle
    ("did not attend the talks held in Geneva"), a finite or participial adverbial clause ("did
    not retaliate after Hamas fired rockets", "did not attend, citing threats"); not an
    infinitive ("did not send troops to attack")."""
    if edge == "relcl":
        return True
    if edge == "acl":
        return node.tag_ == "VBN" and not any(dep in ("aux", "auxpass") for _, dep in children)
    if any(dep == "aux" and c.lower_ == "to" for c, dep in children):
        return False
    return node.tag_ in ("VBD", "VBZ", "VBP", "VBG") or any(dep in ("nsubj", "nsubjpass") for _, dep in children)


def _hedged_noun(noun: Token, children: list[tuple[Token, str]], cues: Cues) -> bool:
    """True for an event noun that an adjective hedges, itself ("a possible strike") or the
    noun it is counted by ("a potential second round of talks")."""
    if noun.pos_ != "NOUN":
        return False
    if _lemmas(children, {"amod"}) & cues.uncertain_adjectives:
        return True
    if any(g.dep == AMOD_LABEL and g.lower_ in cues.uncertain_adjectives
           for c, dep in children if dep in ("compound", "nmod") and c.i < noun.i for g in c.children):
        return True  # "potential Iran-US talks": the parser hangs the adjective on the first name
    head = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and head.pos_ == "NOUN" \
        and any(c.dep_ == "amod" and c.lower_ in cues.uncertain_adjectives for c in head.children)


def _hedged_doer(trigger: Token, children: list[tuple[Token, str]], cues: Cues) -> bool:
    """True when an adjective hedges who did it: the subject of the trigger ("suspected Houthi
    gunmen ambush a convoy"), the agent of its passive ("was attacked by alleged militants"), the
    subject of the verb whose object the event noun is ("suspected gunmen carry out an
    ambush"), or the event noun itself ("a suspected Israeli strike"). Not the target's ("81
    suspected gang members are arrested": the passive subject)."""
    doers = [c for c, dep in children if dep == "nsubj"]
    doers += [g for c, dep in children if dep == "agent" for g in c.children if g.dep_ == "pobj"]
    if trigger.pos_ == "NOUN":
        doers.append(trigger)
        if trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
            doers += [c for c in trigger.head.children if c.dep_ == "nsubj"]
    # (the label as spaCy's number: a word's ``dep_`` text is made anew at each read)
    return any(g.dep == AMOD_LABEL and g.lower_ in cues.doer_hedges for d in doers for g in d.children)


def _presupposed(noun: Token, children: list[tuple[Token, str]], cues: Cues) -> bool:
    """True for an event noun with a possessive, the object of the verb of a condition ("if
    Trump fulfills his threat", "unless Iran honours its pledge"): what the condition is about
    is the act done with it, the threat or pledge itself is made."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and any(dep == "poss" for _, dep in children) \
        and noun.head.dep_ == "advcl" and _conditional(noun.head, cues.conditional_marks) is not None


def _planned_noun(noun: Token, children: list[tuple[Token, str]], cues: Cues) -> bool:
    """True for an event noun that an adjective puts ahead ("ahead of planned protests", "the
    upcoming summit"); a participle not when the noun is a verb's object ("carried out the
    planned strikes": done)."""
    return any(dep == "amod" and c.lower_ in cues.future_adjectives
               and not (c.tag_ == "VBN" and noun.dep_ == "dobj") for c, dep in children)


def _habitual(children: list[tuple[Token, str]]) -> bool:
    """True for a clause of habit ("every year Germany would send aid", "they would often
    meet"): its "would" tells what used to be done, not what is to be."""
    return any(dep == "advmod" and c.lower_ in HABIT_ADVERBS
               or dep == "npadvmod" and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children)
               for c, dep in children)


def infinitive(verb: Token) -> bool:
    """True for a verb with the infinitive marker "to" ("to resume attacks", "to run")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _imminent(node: Token, edge: str, head: Token, head_lemma: str, cues: Cues) -> bool:
    """True when ``node`` is the act a word of imminence governs: the infinitive of "poised",
    "about", "gearing up" ("are poised to storm", "is about to invade"), or the "of" of
    "verge", "brink" after "on" ("on the verge of striking")."""
    if head_lemma not in cues.imminence_words:
        return False
    if edge in ("xcomp", "advcl"):
        return infinitive(node)
    return edge == "prep" and node.lower_ == "of" and head.dep_ == "pobj" and head.head.lower_ == "on"


def _scheduled(noun: Token, children: list[tuple[Token, str]], cues: Cues) -> bool:
    """True for an event noun put on a calendar: qualified by a passive infinitive ("a summit
    to be held on Friday") or a participle of scheduling ("talks scheduled for next week",
    "the vote planned for June"), or the passive subject of one ("talks are scheduled for
    Monday", "elections are slated for May"). Not when the participle has an agent ("the
    attack planned by Hamas")."""
    for c, dep in children:
        if dep not in ("acl", "relcl") or c.tag_ != "VBN":
            continue
        aux = {g.lower_ for g in c.children if g.dep_ in ("aux", "auxpass")}
        if {"to", "be"} <= aux:
            return True
        if _on_calendar(c, cues):
            return True
    # (the parser may make the noun the passive subject of its "to be held")
    return noun.dep_ == "nsubjpass" and noun.head.tag_ == "VBN" and (
        infinitive(noun.head) or _on_calendar(noun.head, cues))


def _on_calendar(verb: Token, cues: Cues) -> bool:
    """True for a participle of scheduling ("scheduled", "slated", "planned for", "set to"),
    with no agent."""
    lemma = verb.lemma_.lower()
    if lemma not in cues.scheduling_verbs and verb.lower_ not in cues.scheduling_verbs:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "agent" for c in kids):
        return False
    if lemma in cues.scheduling_needs_time or verb.lower_ in cues.scheduling_needs_time:
        return any(c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "xcomp" and infinitive(c) for c in kids)
    return True


def _denied_claim(noun: Token, cues: Cues) -> bool:
    """True for a claim noun that the verb it is the object of denies ("denied reports that
    ...", "denies claims that ..."): what the claim tells did not happen."""
    return noun.lemma_.lower() in cues.report_nouns and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in cues.negating_verbs


def speaker_of(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The subject of the saying verb whose clause ``verb`` is ("NATO confirmed it would
    tighten ...": NATO), through conjuncts without a subject of their own; else None."""
    node = verb
    while node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    if node.dep_ not in SAYING_EDGES or node.head.lemma_.lower() not in speech_verbs:
        return None
    return _subject(node.head)


def _conditional(clause: Token, marks: frozenset[str]) -> str | None:
    """For an adverbial clause of condition, its subordinator: its mark, with the words
    before it, is one of ``marks`` ("if", "unless", "as long as", "provided that")."""
    for m in clause.children:
        if m.dep_ != "mark":
            continue
        for phrase in marks:
            words = phrase.split()
            start = m.i - len(words) + 1
            if start >= 0 and [t.lower_ for t in m.doc[start:m.i + 1]] == words:
                return phrase
    return None


def semicolon_between(a: Token, b: Token) -> bool:
    """ "The strike follows attacks; Reuters reported that ...": a semicolon closes the
    clause, whatever the parser attached across it."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1:hi])


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    if verb.dep_ == "conj":
        return _subject(verb.head)
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The object of the "by" agent of a passive verb ("is accused by prosecutors of"), or None."""
    for c in verb.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _hung_sayer(verb: Token) -> Token | None:
    """The speaker of a tensed verb of saying that the parser left with no subject, hanging the
    noun right before it on it as a modifier ("The DR Congolese military reports that ...":
    "military" an ``amod`` of "reports"), or None."""
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.head.i == verb.i and before.dep_ in ("amod", "compound", "nmod") \
            and before.pos_ in ("NOUN", "PROPN"):
        return before
    return None


def _noun_source(noun: Token) -> Token | None:
    """Whose a claim noun is: its possessor ("Reuters' report"), or the object of its "by" or
    "from" ("claims by Hamas", "a report from the UN")."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _according_pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None
