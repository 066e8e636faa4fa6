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


def national_sections(doc: Doc, pieces: list[Piece], out: list[Found]) -> list[Found]:
    """``out`` with each NGO's name followed, in the same sentence and with nothing between, by
    one state's name (not its adjective: "Oxfam's Yemeni partners" keep their own reading) read
    as one mention: the state's NGO, named by the two names."""
    sections: list[Found] = []
    for p, q in zip(pieces, pieces[1:]):
        if not _ngo(p) or q.type != STATE or q.start != p.end or doc[q.start].sent.start != doc[p.start].sent.start:
            continue
        states = piece_states(q)
        if len(states) != 1 or not doc[q.start].text[:1].isupper():
            continue
        span = doc[p.start:q.end]
        sections.append(Found(p.start, q.end, Actor(name=span.text, country=next(iter(states)), sector="NGO"),
                              "national section", span.root.i))
    if not sections:
        return out
    taken = {t for f in sections for t in range(f.start, f.end)}
    return [f for f in out if not taken.intersection(range(f.start, f.end))] + sections
