"""The press as the channel of a report, not a party to the event.

A news outlet or a journalist (an actor of sector MED: "Reuters", "the BBC", "reporters")
named as the one spoken to or as the source of a report is no side of an event (GUIDE.md
section 1: a plain "X said" is no event; section 4: the source of a report is
``attributed_to``): "told Reuters", "speaking to CNN", "in an interview with Al Jazeera",
"according to the BBC", "quoted by Xinhua", "KCNA reported that ...". The event coder leaves out a
coding, by the rules or by the learned detector, one of whose sides is such a mention
(:func:`press_channel`). An outlet as the object of an act ("Iran banned the BBC", "told Al
Jazeera to close its office") or as the doer of one ("Al Jazeera accused Israel") stays.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.component import span_value
from ..records import Actor, Event, Mention
from .coder import Coding
from .implicit import load_agents

MED = "MED"
# Words of talking to someone, whose "to"/"with" object is the listener: "speaking to CNN",
# "in an interview with the BBC", "told Reuters".
TALK_LEMMAS = frozenset({"speak", "talk", "tell", "chat", "interview", "brief", "comment", "remark", "say"})
LISTENER_PREPOSITIONS = frozenset({"to", "with"})
# The prepositions of where a listener is ("reporters in Kyiv"): the listener is the noun before.
PLACE_PREPOSITIONS = frozenset({"in", "at", "from"})
# Edges of a listener named with no preposition: "told Reuters", "briefed reporters".
LISTENER_EDGES = frozenset({"dobj", "dative"})
# Edges of the doer of a report: "KCNA reported", "was quoted by Xinhua".
REPORTER_EDGES = frozenset({"nsubj", "nsubjpass"})


def press_channel(span: Span | None, actor: Actor | None, trigger: Token, speech_verbs: frozenset[str]) -> bool:
    """True when ``span``, of ``actor`` (its mention's, or an unnamed agent's: "reporters"),
    is a MED actor named as the listener or the source of a report, not a party to the act
    of ``trigger``."""
    if span is None or actor is None or actor.sector != MED:
        return False
    head = span.root
    while head.head.i != head.i and (head.dep_ in ("conj", "appos", "compound", "poss") or head.dep_ == "pobj"
                                     and head.head.lower_ in PLACE_PREPOSITIONS
                                     and head.head.head.pos_ in ("NOUN", "PROPN")):
        # "told Reuters and the BBC", "speaking to reporters in Kyiv", "an AFP war correspondent
        # reports", "CNN's reporter said"
        head = head.head if head.dep_ != "pobj" else head.head.head
    gov = head.head
    if head.dep_ == "pobj":
        verb = gov.head
        if gov.lower_ == "to" and verb.lower_ == "according":
            return True  # "according to the BBC"
        if gov.lower_ in LISTENER_PREPOSITIONS and verb.lemma_.lower() in TALK_LEMMAS:
            return True  # "speaking to CNN", "in an interview with Al Jazeera"
        if gov.lower_ == "by" and verb.lemma_.lower() in speech_verbs:
            return True  # "quoted by Xinhua", "reported by the BBC"
    if head.dep_ in LISTENER_EDGES and gov.lemma_.lower() in TALK_LEMMAS:
        return not any(c.dep_ == "xcomp" for c in gov.children)  # not "told Al Jazeera to close"
    if head.dep_ in REPORTER_EDGES and gov.lemma_.lower() in speech_verbs \
            and (gov.i == trigger.i or gov.is_ancestor(trigger)) and not _joint_sayer(head, span):
        # "KCNA said the US was behind the attack": the report, not an accusation; "Politico
        # reports that Hungary will ...", "an AFP correspondent reports witnessing armed men
        # looting": the teller of what the clause says, no side of it
        return True
    return False


def press_side(coding: Coding, event: Event, speech_verbs: frozenset[str]) -> bool:
    """Whether either side of ``coding`` is the press as the channel of a report (the actors
    as ``event`` has them, with the sectors their surroundings imply: "reporters in Kyiv")."""
    return press_sides(coding, event.source, event.target, speech_verbs)


def press_sides(coding: Coding, source: Mention | None, target: Mention | None, speech_verbs: frozenset[str]) -> bool:
    """:func:`press_side` of the event's sides ``source`` and ``target``, before the event is made."""
    return any(press_channel(span, mention.actor if mention is not None else None, coding.trigger, speech_verbs)
               for span, mention in ((coding.source, source), (coding.target, target)))


def _joint_sayer(head: Token, span: Span) -> bool:
    """Whether the subject ``head`` has a conjunct outside ``span`` that is no press ("Danish media
    and the government warned ...": the outlets say it with the government, both sayers, not the
    channel of its report)."""
    doc = head.doc
    for tok in (head, *head.conjuncts):
        if span.start <= tok.i < span.end:
            continue
        mention = doc._.actor_at(tok.i)
        actor = span_value(mention, "actor") if mention is not None else None
        sector = actor.sector if actor is not None else load_agents().get(tok.lemma_.lower(), MED)
        if (actor is not None and actor.sector is None) or sector != MED:
            return True
    return False
