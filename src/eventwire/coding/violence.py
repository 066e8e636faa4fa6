"""Who uses force on whom: an assault (CAMEO 18) or a fight (19).

Armed force used by criminals or irregulars on people and bodies that do not
fight back is unconventional violence, an assault; force between armed
forces, on a state named as a whole, or with military weapons is a fight
(GUIDE.md section 3: "18 assault (attack, abduct, kill or execute
civilians)", "19 fight (armed clashes, shelling, air, drone and missile
strikes, military occupation)").
"""

from __future__ import annotations

from spacy.tokens import Span

from ..records import Actor
from .implicit import PLACE_PREPOSITIONS

Arg = tuple[Span, Actor | None]  # a mention, and the actor it stands for when the resolver gave none

# Unconventional violence (CAMEO 18): armed force used by criminals or irregulars on people
# and bodies that do not fight back is an assault, not a military engagement (19).
FIGHT_ROOT = "19"
ASSAULT_CODE = "180"
IRREGULAR_SECTORS = {"CRM", "REB"}
ARMED_SECTORS = {"MIL", "REB"}
VIOLENCE_LEMMAS = {"kill", "shoot", "open", "attack", "ambush", "massacre", "murder", "wound", "injure",
                   "stab", "behead", "execute", "shooting", "killing"}


def assault(sources: list[Arg], targets: list[Arg], violence: bool) -> bool:
    """Violence by criminals or irregulars on those who do not fight: people, police,
    officials (a state named as a whole, or armed forces, are fought). Killing or shooting
    (``violence``) with no target named, or where only its place is, is an assault too
    ("gunmen opened fire at a party"; not "rebels advanced into the city")."""
    kinds = {(sa or s._.actor).sector for s, sa in sources}
    if not kinds or not kinds <= IRREGULAR_SECTORS:
        return False
    if not targets:
        return violence and kinds == {"CRM"}
    return all(unarmed((ta or t._.actor).sector, t, violence) for t, ta in targets)


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


# Violence with no attacker named (GUIDE.md section 3: "When the text does not name who
# attacked, do not invent the attacker"): a target-only event, source null. Not for a war,
# a campaign or a fight, whose sides the story tells elsewhere, nor for a death by mishap.
UNNAMED_ROOTS = {"18", "19", "20"}
CAMPAIGN_LEMMAS = {"war", "operation", "offensive", "invasion", "occupation", "incursion", "siege",
                   "blockade", "campaign", "advance", "capture", "enter", "occupy", "invade", "seize",
                   "take", "raid", "fight", "clash", "battle", "fighting", "destroy"}
MISHAP_NOUNS = {"accident", "crash", "collision", "earthquake", "quake", "flood", "flooding", "landslide",
                "mudslide", "storm", "hurricane", "cyclone", "typhoon", "tornado", "avalanche", "stampede",
                "collapse", "fire", "blaze", "wildfire", "heatwave", "outbreak", "disease", "derailment"}
# Events a killing may be told as part of ("killed during a prison riot"), besides trigger nouns.
CONTEXT_EVENT_NOUNS = MISHAP_NOUNS | {"operation", "riot", "fight", "brawl", "unrest", "violence", "incident",
                                      "protest", "raid", "clash", "exchange", "confrontation", "encounter"}
# Words on an agent noun that still leave the attackers unnamed: "unidentified gunmen".
UNIDENTIFIED_WORDS = {"unidentified", "unknown", "armed", "masked", "suspected", "several", "two", "three",
                      "four", "five", "hooded", "some", "other"}
# "armed men", "masked individuals": people the text names only by their arms.
ARMED_PEOPLE = {"man", "individual", "person", "people", "group"}
ARMED_WORDS = {"armed", "masked", "hooded"}
# Ground taken, whose "of" names the place: "the town of Kurmuk", "all of Bahri".
GROUND_NOUNS = {"town", "city", "village", "territory", "area", "region", "district", "capital", "settlement",
                "all", "most", "part", "parts", "much", "outskirts", "control", "center", "centre"}
GENERIC_CODES = {"190", "180"}  # attacking or killing, of whatever kind: decided by who is hit


def unnamed_code(code: str, targets: list[Arg], armed_means: bool) -> str:
    """The code of violence by an unnamed attacker: the trigger's own when it says how
    ("shelling", "a stabbing"); else a fight when military weapons do it or armed forces are
    hit ("a drone hit", "killed five soldiers"), an assault on anyone else ("killed three
    civilians", "an attack on a village")."""
    if code not in GENERIC_CODES:
        return code
    if armed_means or any((ta or t._.actor).sector in ARMED_SECTORS for t, ta in targets):
        return "190"
    return ASSAULT_CODE
# Things that do violence as a verb's subject or agent when no one is named ("a projectile
# struck a vessel", "killed by a bomb"): besides the military weapons of objects.tsv.
ATTACK_MEANS = {"bomb", "explosive", "explosion", "blast", "grenade", "gunfire", "gunshot", "bullet", "shell",
                "mortar", "ied", "landmine", "mine", "sniper", "fragment", "shrapnel"}
