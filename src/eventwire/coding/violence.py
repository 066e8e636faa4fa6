"""Who uses force on whom: an assault (CAMEO 18) or a fight (19).

Armed force used by criminals or irregulars on people and bodies that do not
fight back is unconventional violence, an assault; force between armed
forces, on a state named as a whole, or with military weapons is a fight
(GUIDE.md section 3: "18 assault (attack, abduct, kill or execute
civilians)", "19 fight (armed clashes, shelling, air, drone and missile
strikes, military occupation)").
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors.component import span_value
from ..records import Actor
from .implicit import PLACE_PREPOSITIONS
from .lexicon import ARMED_ALONE_FLAG, UNARMED
from .mends import lower_lemma
from .modality import load_cues
from .predicates import PEOPLE_SECTORS
from .sectors import placed_sector

if TYPE_CHECKING:
    from .coder import Coding

Arg = tuple[Span, Actor | None]  # a mention, and the actor it stands for when the resolver gave none

# Unconventional violence (CAMEO 18): armed force used by criminals or irregulars on people
# and bodies that do not fight back is an assault, not a military engagement (19).
FIGHT_ROOT = "19"
ASSAULT_CODE = "180"
FORCE_CODE = "190"  # use conventional military force, not specified below
IRREGULAR_SECTORS = {"CRM", "REB"}
ARMED_SECTORS = {"MIL", "REB"}
VIOLENCE_LEMMAS = {"kill", "shoot", "open", "attack", "ambush", "massacre", "murder", "wound", "injure",
                   "stab", "behead", "execute", "shooting", "killing"}
VIOLENCE_ROOTS = {"18", "19", "20"}
UNTARGETED_ROOTS = {"18", "19"}  # acts of force that may be done with no target named
DONE_PREPOSITIONS = {"in", "by"}  # "injured in a drone attack", "killed by strikes"
# Doers that neither bear arms nor stand for a state (a row flagged ``unarmed:CODE``):
# workers, teachers, doctors, unions, traders, the opposition. Their "strike" is a stoppage
# of work (143); a state's, its government's or an armed force's is an attack (19).
UNARMED_DOER_SECTORS = {"LAB", "EDU", "HLH", "CVL", "BUS", "MED", "NGO", "OPP", "REF", "JUD", "LEG"}
OWN_STATE_SECTOR = "GOV"  # whom a stoppage at home is against when the text names no one
# Ground taken, whose "of" names the place: "the town of Kurmuk", "all of Bahri".
GROUND_NOUNS = {"town", "city", "village", "territory", "area", "region", "district", "capital", "settlement",
                "all", "most", "part", "parts", "much", "outskirts", "control", "center", "centre"}


def assault(sources: list[Arg], targets: list[Arg], violence: bool) -> bool:
    """Killing, shooting or attacking (``violence``) by civilians, whoever the target, or
    violence by criminals or irregulars on those who do not fight: people, police,
    officials (a state named as a whole, or armed forces, are fought). Killing or shooting
    (``violence``) with no target named, or where only its place is, is an assault too
    ("gunmen opened fire at a party"; not "rebels advanced into the city")."""
    kinds = {_sector(s, sa) for s, sa in sources}
    if violence and kinds and kinds <= PEOPLE_SECTORS:
        # People (civilians, settlers, a mob, refugees) who use force are individuals or small
        # groups, not organised armed forces: whatever they attack, it is an assault (CAMEO 18):
        # "Israeli settlers attacked a school", "a mob attacked the police station" (not
        # "fighting" that civilians flee: a clash of forces has no civilian side)
        return True
    if not kinds or not kinds <= IRREGULAR_SECTORS:
        return False
    if not targets:
        return violence and kinds == {"CRM"}
    return all(unarmed((ta or t._.actor).sector, t, violence) for t, ta in targets)


def force_done(tok: Token, root: str) -> bool:
    """(coder50) True for a noun of force (an assault or a fight, ``root``) that the sentence
    reports as done, which codes with its doer and no target when none is named (GUIDE.md
    section 1: "a target may be absent"): the object of a verb of carrying it out ("Israel
    carried out strikes overnight", "Russia launched a missile attack"), the subject of a verb
    of its harm ("Russian missile strikes killed ten") or the object of "in" or "by" after one
    ("fifteen civilians were injured in a nighttime Russian drone attack"); cues.yaml
    ``carrying_verbs``, ``force_harm_verbs``. Not a noun only named ("Israel justified the strike")."""
    cues = load_cues()
    if root not in UNTARGETED_ROOTS or tok.pos_ != "NOUN" or lower_lemma(tok) in cues.force_state_nouns:
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "drone and missile attacks"
    head = tok.head
    if tok.dep_ == "dobj":
        return head.pos_ == "VERB" and lower_lemma(head) in cues.carrying_verbs
    if tok.dep_ == "pobj" and head.lower_ in DONE_PREPOSITIONS:
        verb, harmed = head.head, "nsubjpass"  # "fifteen civilians were injured in an attack"
    elif tok.dep_ == "nsubj":
        verb, harmed = head, "dobj"  # "strikes killed five people"
    else:
        return False
    return verb.pos_ == "VERB" and lower_lemma(verb) in cues.force_harm_verbs \
        and all(_victims(c, cues.victim_nouns) for c in verb.children if c.dep_ == harmed)


def _victims(tok: Token, nouns: frozenset[str]) -> bool:
    """True for people harmed as a count: a number, a noun with one ("five people"), a noun of
    people ("civilians"), not a thing (whose owner is the one the act is toward)."""
    return tok.pos_ == "NUM" or lower_lemma(tok) in nouns or any(c.dep_ == "nummod" for c in tok.children)


def _sector(span: Span, actor: Actor | None) -> str | None:
    """The sector of a source, or of the noun its country's adjective or name modifies ("an
    Algerian man": CVL, "Mexican gunmen": CRM), which the coder gives the event's side only later."""
    sector = (actor or span_value(span, "actor")).sector
    return sector if sector is not None or actor is not None else placed_sector(span)


def unarmed(sector: str | None, span: Span, violence: bool) -> bool:
    """A target that does not fight: people or a body of a sector other than the armed ones,
    or, for killing or shooting, the place where it happens ("killed twelve guards in Kwara
    State, Nigeria")."""
    if sector is not None:
        return sector not in ARMED_SECTORS
    if not violence:
        return False
    node = span.root
    while node.dep_ in ("appos", "conj", "compound") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in PLACE_PREPOSITIONS


def unarmed_acts(codings: list[Coding]) -> list[Coding]:
    """``codings`` with the code a row gives the act of an unarmed doer (``unarmed:CODE``):
    "workers staged a strike in Paris", "a strike by Kenyan doctors" are stoppages of work
    (143), against the doer's own state when only a place in it or the doer's own kind is
    named (as a row flagged ``own``), with no target needed ("nurses in Kenya staged a
    strike": the row is flagged ``notarget`` for them); "Israel launched a strike on Gaza",
    "the army's strike" stay attacks, which need a target ("justified the strike": none).
    Only an act still of the row's fighting root: a threat of it ("unions threatened a
    strike") is framed already. A row flagged ``armedalone`` codes with no target only an
    armed force's act ("rebels surrendered"; not "the suspect surrendered")."""
    out = []
    for c in codings:
        code, source = c.rule.unarmed_code, c.source_key
        if ARMED_ALONE_FLAG in c.rule.flags and c.target is None and c.target_actor is None \
                and (source is None or source.sector not in ARMED_SECTORS):
            continue  # "the suspect surrendered": no armed force's retreat (flag armedalone)
        if code is None or c.rule.cameo[:2] != FIGHT_ROOT:
            out.append(c)
        elif source is None or source.org or source.sector not in UNARMED_DOER_SECTORS:
            if c.target is not None or c.target_actor is not None or force_done(c.trigger, c.rule.cameo[:2]):
                out.append(c)
        else:
            out.append(_stoppage(c, code, source))
    return out


def _stoppage(coding: Coding, code: str, source: Actor) -> Coding:
    """An unarmed doer's act coded ``code``, toward its own state unless another is named."""
    rule = dataclasses.replace(coding.rule, cameo=code, flags=coding.rule.flags - {UNARMED + code})
    target = coding.target_key
    if target is not None and not (target.country == source.country and target.sector in (None, source.sector)
                                   and not target.org):
        return dataclasses.replace(coding, rule=rule)  # "doctors went on a strike against the ministry"
    if not source.country:
        return dataclasses.replace(coding, rule=rule, target=None, target_actor=None)
    return dataclasses.replace(coding, rule=rule, target=coding.source,
                               target_actor=Actor(country=source.country, sector=OWN_STATE_SECTOR))
