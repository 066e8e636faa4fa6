"""Who the parties of an act are, read from how the sentence names them: the pairs of a
list of pairs ("clashes between Iran and Israel, and Turkey and the Kurds"), allies that
act "alongside" another (no pair), the unnamed agents among the parties "between" names
("clashes between the army and X": the army of where it happens), and a city named before a noun of violence, which is
where it happened, not its doer ("the Barcelona attack")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..records import Actor
from .implicit import Places, implicit_actor
from .lexicon import Trigger
from .modality import load_cues
from ..actors.places import Gazetteer
from .violence import VIOLENCE_ROOTS, Arg

AIMED_PREPOSITIONS = ("on", "against", "with", "to", "at")  # what an act is aimed at
ALLY_PREPOSITIONS = {"alongside"}  # "fought alongside the SDF": the subjects are allies


def site_of_violence(span: Span, noun: Token, row: Trigger) -> bool:
    """True for a city named before a noun of violence: "the Manchester bombing", "the Paris
    nightclub massacres" tell where it happened, not who did it (not a country: "Israel strikes")."""
    if row.cameo[:2] not in VIOLENCE_ROOTS or span.root.dep_ != "compound" or span.root.pos_ != "PROPN" \
            or noun not in span.root.ancestors \
            or any(c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS for c in noun.children):
        return False  # (a "Gaza rocket attack on Israel" is sent from where it is named: the launch site)
    sized = Gazetteer.load().sized(span.text)
    return sized is not None and sized[1] == "city"

def allied(tok: Token) -> bool:
    """True for an act done "alongside" another: "US and French troops fought alongside the
    SDF", "together with the SDF" (its conjoined subjects are on one side, not parties to each
    other)."""
    return tok.pos_ == "VERB" and any(c.dep_ == "prep" and (c.lower_ in ALLY_PREPOSITIONS or partner_with(c))
                                      for c in tok.children)

def partner_with(prep: Token) -> bool:
    """(coder48) True for a "with" of a partner, whose object does the act beside the doer and
    is not whom it is on: "fought together with Kurdish fighters against Islamic State",
    "battled Boko Haram jointly with Nigerian soldiers", "met Wang Yi along with Sullivan".
    The adverb (cues.yaml ``partner_adverbs``) hangs on the "with" or just before it on the
    same head."""
    if prep.lower_ != "with":
        return False
    adverbs = load_cues().partner_adverbs
    if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in prep.children):
        return True
    before = prep.nbor(-1) if prep.i > prep.sent.start else None
    return before is not None and before.lower_ in adverbs and before.head.i == prep.head.i \
        and before.dep_ == "advmod"


def ally_preposition(prep: Token) -> bool:
    """(coder50) True for a preposition on a verb of fighting (cues.yaml ``ally_verbs``) whose
    object is the fighter's ally, not whom the fight is on: "for" ("North Korean soldiers are
    fighting for Russia"), "on the side of" ("on the side of Ukraine against Russia"; the side's
    "of" or possessor is read for it: :func:`side_allies`), and "with" where the fighting is what
    someone is charged with ("sentenced for fighting with Ukraine's armed forces", "accused of
    fighting with the Taliban": a gerund after "for", "of" or "over")."""
    verb, cues = prep.head, load_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.ally_verbs:
        return False
    if prep.lower_ == "for":
        return True
    if prep.lower_ == "on":
        return bool(side_allies(prep))
    return prep.lower_ == "with" and verb.dep_ == "pcomp" and verb.head.lower_ in cues.charge_prepositions


def side_allies(prep: Token) -> list[Token]:
    """The allies an "on" names by a side: the object of the "of" of "on the side of X", or the
    possessor of "on X's side" (cues.yaml ``side_nouns``); none for another "on"."""
    sides = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in load_cues().side_nouns]
    return [o for side in sides for c in side.children
            for o in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep"
                      and c.lower_ == "of" else [])]


def pair_groups(doc: Doc, targets: list[Arg]) -> list[list[Arg]]:
    """The parties of a symmetric noun in groups: "clashes between Iran and Israel, Syria and
    Israel, and Turkey and the Kurds" are pairs (a comma parts them, "and" joins); one group
    of all when the commas part a plain list ("talks between Iran, Russia and Turkey")."""
    ordered = sorted(targets, key=lambda arg: arg[0].start)
    groups = [[ordered[0]]]
    for prev, arg in zip(ordered, ordered[1:]):
        between = doc[prev[0].end:arg[0].start]
        if any(t.lower_ == "," or t.lower_ == ";" for t in between):
            groups.append([arg])
        else:
            groups[-1].append(arg)
    # a list of pairs has two pairs at least (a party whose partner is no actor stays alone:
    # "and Turkey and the Kurds"); a plain list has at most its last two joined by "and"
    return groups if sum(len(g) > 1 for g in groups) > 1 else [targets]  # (in the order read)

def between_agents(doc: Doc, tok: Token, places: Places | None,
                   conjuncts: Callable[[Token], list[Token]]) -> list[tuple[Span, Actor]]:
    """The unnamed agent nouns among the parties "between" names, each as the actor it
    implies where the event happens ("clashes between the army and Boko Haram": the army of
    the story's country), as an agent noun is read in the other slots. ``tok`` is the first
    object of "between"; ``conjuncts`` gives the other parties (the reader's own). A named
    actor is not one."""
    if places is None or tok.dep_ != "pobj" or tok.head.lower_ != "between":
        return []
    out = []
    for t in [tok, *conjuncts(tok)]:
        if t.pos_ != "NOUN" or doc._.actor_at(t.i) is not None:
            continue
        actor = implicit_actor(t, places)
        if actor is not None:
            out.append((doc[t.i:t.i + 1], actor))
    return out
