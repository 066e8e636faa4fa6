"""A party's name after another state's adjective or name: "Austrian People's Party", "Saint
Lucia Labour Party", "the Irish Labour Party".

Party names are shared: the knowledge base knows Spain's People's Party and Britain's Labour
Party, and would read "the Austrian People's Party" as Spain's party beside an Austrian
adjective. Where a state's adjective or name stands right before a party's name (no possessive,
no comma between) and no party of that name belongs to that state, the mention is that state's
party, whose standing (government or opposition) the knowledge base does not know: the state,
sector null (GUIDE.md: the key is the state). A party of the state named ("the Spanish People's
Party"), a party's adjective alone ("Democratic"), a one-word name ("a Pakistani Fatah-II
missile") and a longer name ("Saint Lucia Labour Party Youth") keep the other rules' readings
(actors48).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import GROUP, Piece


def party_of_state(doc: Doc, p: Piece, nxt: Piece | None, country: str) -> int | None:
    """The end of the party's name at ``nxt`` when the adjective or name at ``p`` says it is
    ``country``'s party and the knowledge base's parties of that name are other states', else
    None."""
    if nxt is None or nxt.type != GROUP or nxt.start != p.end or not nxt.forms or nxt.end - nxt.start < 2:
        return None  # (a one-word name is too often something else's: "a Pakistani Fatah-II missile")
    if any(f.form_kind == "adjective" or f.requires or f.entity.kind != "group" for f in nxt.forms):
        return None  # "Kenyan Democratic ...": a party's adjective, not its name
    periods = [period for f in nxt.forms for period in f.entity.periods]
    if not periods or any(period.role != "party" for period in periods):
        return None
    if any(period.actor == country for period in periods):
        return None  # "the Spanish People's Party": the state's own party of that name
    if nxt.end < len(doc) and (doc[nxt.end].text[:1].isupper() and doc[nxt.end].pos_ == "PROPN"
                               or not doc[nxt.end - 1].whitespace_ and doc[nxt.end].text == "-"):
        return None  # a longer name ("... Party Youth", "... Party-led")
    return nxt.end
