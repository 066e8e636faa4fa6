"""Agent nouns and states conjoined to a resolved actor share its state or sector.

Runs after the resolver's pass over a sentence (:class:`.resolve.Resolver`):

- an agent noun conjoined right after a state's agent noun, or right before an agent noun
  "of"/"in" a state, is of that state too, keeping its own sector ("Danish media and
  government", "lawmakers and officials in Gondor"), unless one is of the state and the
  other against it (``STATE_SIDE``, ``AGAINST_STATE``);
- the states conjoined to the state of an agent noun "of" a state take the noun's sector
  ("the ambassadors of France, Germany and Italy"); a place of the same state conjoined to
  it after a singular noun is part of the body's name ("the High Court of England and Wales").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Actor
from .gazetteer import AGENT, BODY, TITLE, Piece
from .references import Found

WORDS = {TITLE, AGENT, BODY}  # the pieces an agent noun is read from, as in the resolver

# Tokens that join the members of a list ("France, Germany and Italy").
JOINS = {",", "and", "or"}
SINGULAR = {"NN", "NNP"}  # an agent noun that names one body ("the High Court", not "the ambassadors")


def _only_joins(tokens) -> bool:
    """Whether ``tokens`` are one or more joining words and nothing else."""
    return len(tokens) > 0 and all(t.lower_ in JOINS for t in tokens)


# The state's own agents, and those often against them: an agent noun conjoined to a state's
# agent takes its state unless one is of the state and the other against it ("Israeli troops
# and protesters clashed", "Syrian rebels and soldiers": often the other party); "Israeli
# police and soldiers", "Palestinian journalists and activists", "Danish media and
# government" share it.
STATE_SIDE = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
AGAINST_STATE = {"REB", "OPP", "CVL", "CRM", "REF"}


def share_of_agent(doc: Doc, pieces: list[Piece], found: list[Found]) -> list[Found]:
    """ "Danish media and government", "Israeli police and soldiers": an agent noun
    conjoined right after a state's agent noun is of that state too; and so is one
    conjoined right before an agent noun "of"/"in" a state ("lawmakers and officials in
    Gondor"). Each keeps its own sector."""
    covered = {t for f in found for t in range(f.start, f.end)}
    words = {p.end - 1: p for p in pieces if p.type in WORDS and p.sector_word is not None
             and p.sector_word.sector is not None and p.start not in covered and p.end - 1 not in covered}
    if not words:
        return found
    out = list(found)
    kinds = {p.end - 1: p.type for p in pieces}
    for f in found:
        if f.rule not in ("modifier+agent", "agent+of+state", "context") or f.actor.org or not f.actor.country \
                or f.actor.sector is None or f.rule == "context" and kinds.get(f.head) not in (AGENT, BODY):
            continue  # (a body read from the context, not a person: "the foreign minister and ...")
        agent = doc[f.head]
        if f.rule in ("modifier+agent", "context"):
            # after: "Danish media and government"; also a body read as the state before it
            # ("the Danish Islamist media and government": the adjective not next to the noun)
            starts = {p.start: p for p in words.values()}
            i = f.end
            while i < len(doc) and doc[i].lower_ in JOINS:
                p = starts.get(i + 1)
                i += 1
                if p is None:
                    continue
                tok = doc[p.end - 1]
                if tok.dep_ != "conj" or tok.head.i != agent.i \
                        or not _same_side(p.sector_word.sector, f.actor.sector):
                    break
                out.append(Found(p.start, p.end, Actor(name=None, country=f.actor.country,
                                                       sector=p.sector_word.sector), f.rule, p.end - 1))
                del words[tok.i]
                i = p.end
        else:  # before: "lawmakers and officials in Gondor"
            first = f.start
            heads = {agent.i}
            while agent.dep_ == "conj" and agent.head.i != agent.i:
                agent = agent.head
                heads.add(agent.i)
            for i in sorted((i for i in words if i < first), reverse=True):
                p = words[i]
                if not _only_joins(doc[p.end:first]) or not (i in heads or doc[i].head.i in heads
                                                             and doc[i].dep_ == "conj") \
                        or not _same_side(p.sector_word.sector, f.actor.sector):
                    break
                out.append(Found(p.start, p.end, Actor(name=None, country=f.actor.country,
                                                       sector=p.sector_word.sector), f.rule, p.end - 1))
                del words[i]
                first = p.start
    out.sort(key=lambda f: f.start)
    return out

# "in X" after a list of agent nouns, hung on the list's first noun: the nouns a state's "in"
# does not make its own alone, as in the resolver ("soldiers in X" are often foreign ones).
LIST_PREPOSITIONS = {"of": set(), "in": {"MIL"}}


def share_over_list(doc: Doc, pieces: list[Piece], found: list[Found]) -> list[Found]:
    """ "Police and soldiers in Kenya" (agent44): the parser hangs "in Kenya" on the list's
    first agent noun, so the resolver, which reads an agent noun right before "of"/"in" and a
    state, reads neither noun. Each noun of the list, up to the "of"/"in" the state follows,
    is of that state, with its own sector (the last one's mention running to the state's end,
    as "police in Kenya" does); the first noun must be one that "in" makes the state's alone
    (not soldiers), and no two may be one of the state and one against it."""
    covered = {t for f in found for t in range(f.start, f.end)}
    words = {p.end - 1: p for p in pieces if p.type in WORDS and p.sector_word is not None
             and p.sector_word.sector is not None and p.start not in covered and p.end - 1 not in covered}
    out = list(found)
    for k, f in enumerate(found):
        if f.rule != "state" or f.actor.org or not f.actor.country or f.actor.sector is not None:
            continue
        state = doc[f.head]
        prep = state.head
        if state.dep_ != "pobj" or prep.lower_ not in LIST_PREPOSITIONS \
                or prep.i not in (f.start - 1, f.start - 2) or prep.i + 1 < f.start and doc[prep.i + 1].lower_ != "the":
            continue
        first = words.get(prep.head.i)
        if first is None or first.end >= prep.i or first.sector_word.sector in LIST_PREPOSITIONS[prep.lower_]:
            continue
        listed = [first]
        i = first.end
        while i < prep.i:
            if doc[i].lower_ not in JOINS:
                nxt = next((p for p in words.values() if p.start == i), None)
                tok = doc[nxt.end - 1] if nxt is not None else None
                if tok is None or tok.dep_ != "conj" or not _conjoined(doc[first.end - 1], tok):
                    break
                listed.append(nxt)
                i = nxt.end
            else:
                i += 1
        sectors = [p.sector_word.sector for p in listed]
        if i != prep.i or len(listed) < 2 or not all(_same_side(a, b) for a in sectors for b in sectors):
            continue
        out[k] = None
        for p in listed:
            end = f.end if p is listed[-1] else p.end
            out.append(Found(p.start, end, Actor(name=None, country=f.actor.country, sector=p.sector_word.sector),
                             "agent+of+state", p.end - 1))
    kept = [f for f in out if f is not None]
    kept.sort(key=lambda f: f.start)
    return kept


def share_of_state(doc: Doc, found: list[Found]) -> list[Found]:
    """ "the ambassadors of France, Germany and Italy": the states conjoined to the
    first one take the agent noun's sector too; so do states conjoined right after it
    to the agent noun itself, as the parser often reads "lawmakers in Fornost and
    Gondor". Under conjoined agent nouns ("lawmakers and officials in France and
    Germany") the second state takes the first noun's sector, as the first state does
    (the coder keeps one event per state and act)."""
    out = list(found)
    for k, f in enumerate(found):
        if f.rule != "agent+of+state":
            continue
        state = doc[f.end - 1]
        # the agent nouns conjoined before this one, resolved as of the same state
        agents = [g for g in found[:k] if g.rule == "agent+of+state" and g.end <= f.start
                  and g.actor.country == f.actor.country]
        group = [g for g in agents if _conjoined(doc[g.head], doc[f.head])] + [f]
        heads = {g.head for g in group}
        sector = group[0].actor.sector  # of the first agent named, as the state before
        last = f.end
        for j in range(k + 1, len(found)):
            g = found[j]
            tok = doc[g.head]
            if g.actor.sector is not None or g.actor.org or g.rule not in ("state", "group") \
                    or tok.dep_ != "conj":
                continue
            of_state = any(a.i == state.i for a in tok.ancestors)
            if not of_state and not (tok.head.i in heads and _only_joins(doc[last:g.start])):
                continue
            last = g.end
            if g.actor.country == f.actor.country and out[k] is not None and doc[f.head].tag_ in SINGULAR:
                # "the High Court of England and Wales": one body named by two places of one state
                out[k] = Found(out[k].start, g.end, out[k].actor, out[k].rule, out[k].head)
                out[j] = None
                continue
            actor = Actor(name=None, country=g.actor.country, sector=sector)
            # the state under each agent noun: "lawmakers and officials in France and Germany"
            # names Germany's lawmakers and its officials (one mention, each a member)
            sectors = list(dict.fromkeys(a.actor.sector for a in group))
            members = tuple(Actor(name=None, country=g.actor.country, sector=s) for s in sectors) \
                if len(sectors) > 1 else ()
            out[j] = Found(g.start, g.end, actor, "agent+of+state", g.head, members)
    return [f for f in out if f is not None]


def _conjoined(a, b) -> bool:
    """Whether token ``b`` is conjoined to ``a`` (directly or down a chain of conjuncts)."""
    while b.dep_ == "conj" and b.head.i != b.i:
        b = b.head
        if b.i == a.i:
            return True
    return False


def _same_side(a: str | None, b: str | None) -> bool:
    """Whether two sectors are not one of the state (``STATE_SIDE``) and one against it
    (``AGAINST_STATE``)."""
    return not (a in STATE_SIDE and b in AGAINST_STATE or b in STATE_SIDE and a in AGAINST_STATE)
