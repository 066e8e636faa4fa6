"""The national section of a non-governmental organisation (agent43): an NGO's name right
before a state's name ("MSF Belgium", "Save the Children UK", "Oxfam America", PETRARCH's
"MSF Arnor") names the organisation's section of that state, an NGO of that state (GUIDE.md
section 2: ``country`` is the state an actor belongs to, ``org`` is for the international
organisations of its table only; CAMEO codes "Save the Children Sweden" NGOSWE), not the state
itself and not the international organisation."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Actor
from .gazetteer import ORG, STATE, Piece, piece_states
from .references import Found


def _ngo(piece: Piece) -> bool:
    return piece.type == ORG and any(f.entity.kind == "org" and f.entity.sector == "NGO" for f in piece.forms)


def _section_sector(piece: Piece) -> str | None:
    """The sector of the body a piece before a state's name names: an NGO's name (agent43), or
    an imported agent whose code goes before the state's (petract45: "MSF {} [NGO~]", PETRARCH
    codes "MSF Arnor" NGOARN); None for any other piece."""
    if _ngo(piece):
        return "NGO"
    word = piece.sector_word
    return word.sector if word is not None and word.imported and word.prefix else None


def national_sections(doc: Doc, pieces: list[Piece], out: list[Found]) -> list[Found]:
    """``out`` with each NGO's name (or prefix agent, ``_section_sector``) followed, in the same
    sentence and with nothing between, by one state's name (not its adjective: "Oxfam's Yemeni
    partners" keep their own reading) read as one mention: the state's NGO, named by the two
    names. A mention of that state that begins at its name and goes on ("An MSF Arnor
    diplomat": "Arnor diplomat") is the section's member, and the mention takes its words and head
    (petract45; PETRARCH codes the agent before first, NGOARNGOV)."""
    sections: list[Found] = []
    for p, q in zip(pieces, pieces[1:]):
        sector = _section_sector(p)
        if sector is None or q.type != STATE or q.start != p.end or doc[q.start].sent.start != doc[p.start].sent.start:
            continue
        states = piece_states(q)
        if len(states) != 1 or not doc[q.start].text[:1].isupper():
            continue
        country = next(iter(states))
        end, head = q.end, doc[p.start:q.end].root.i
        member = next((f for f in out if f.start == q.start and f.end > q.end and f.actor.country == country), None)
        if member is not None:
            end, head = member.end, member.head
        sections.append(Found(p.start, end, Actor(name=doc[p.start:end].text, country=country, sector=sector),
                              "national section", head))
    if not sections:
        return out
    taken = {t for f in sections for t in range(f.start, f.end)}
    return [f for f in out if not taken.intersection(range(f.start, f.end))] + sections
