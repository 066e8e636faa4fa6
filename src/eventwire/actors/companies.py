"""Companies named by a company word, and a party's legislators named by their chamber (names39).

A capitalised name that ends in (or holds) a company word of ``data/institutions.tsv`` is a
company, BUS of the state the text ties it to:

- kind ``company`` ("Airlines", "Airways", "Holdings", "Corp", "Inc", "Ltd", "PLC"): a state's
  name or adjective inside the name ("Qatar Airways": QATBUS; "Greek Maritime Holdings Inc":
  GRCBUS) or a state just before it;
- kind ``firm`` ("Group", "Bank"): only a state just before it, since such names are also
  groups of states ("the Lima Group") and central banks ("the Bank of England").

"Just before" is a state's adjective or possessive, then at most three lower-case nouns or
adjectives (or "-owned", "-based"): "China's Evergrande Group", "the Chinese firm Kestrel
Technology Ltd", "Chinese-owned Nexperia Holdings". The state's own mention is folded into the
company's. A name with a public bank's word ("Central", "Reserve", "National", "Development")
is left alone. A company the text ties to no state is not an actor: GUIDE.md gives an actor
without an organisation key a state (section 2), and an actor with neither is not scored.

A party's people named after a chamber of the legislature (kind ``chamber``: "Senate
Democrats", "House Republicans", "congressional Democrats") are legislators: the party's state,
sector LEG (GUIDE.md section 2: LEG is the legislature), not the party's GOV or OPP.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Actor
from .gazetteer import ADJ, GROUP, POSSESSIVE, STATE, Piece, piece_states
from .institutions import institution_words, name_span
from .references import Found

GAP = 3  # lower-case words between the state and the company's name ("oil company")
PUBLIC = {"central", "reserve", "national", "development", "world", "investment", "people's"}
GAP_TAGS = {"NOUN", "ADJ"}  # "oil company", "state", "firm"
OWNED = {"owned", "based", "registered", "-"}  # "Chinese-owned", "state-owned"


def named_companies(doc: Doc, pieces: list[Piece], found: list[Found]) -> list[Found]:
    """``found`` with the companies of the module's doc added (and the state mentions folded
    into them removed)."""
    words = institution_words()
    out = list(found)
    done: set[int] = set()
    for tok in doc:
        entry = words.get(tok.lower_)
        if entry is None or entry[0] not in ("company", "firm") or not tok.text[:1].isupper() or tok.i in done:
            continue
        start, end = name_span(doc, tok)
        if doc[start].lower_ == "the":
            start += 1
        if end - start < 2 or any(t.lower_ in PUBLIC for t in doc[start:end]):
            continue
        inside = [f for f in out if f.start < end and start < f.end]
        if any(not _bare(f) or f.start < start or f.end > end for f in inside):
            continue  # the resolver read it (or a part of it) as something else
        country = _inside(pieces, start, end) if entry[0] == "company" else None
        tie = _tie(doc, pieces, start)
        if tie is not None and country is None:
            country = tie[1]
        elif tie is not None and tie[1] != country:
            tie = None
        if country is None:
            continue
        first = tie[0] if tie is not None else start
        drop = inside + [f for f in out if first <= f.start < start and f.actor.country == country]
        out = [f for f in out if f not in drop]
        head = doc[start:end].root.i if doc.has_annotation("DEP") else tok.i
        out.append(Found(first, end, Actor(name=None, country=country, org=None, sector="BUS"), "company", head))
        done.update(range(first, end))
    out.sort(key=lambda f: f.start)
    return out


def chamber_parties(doc: Doc, pieces: list[Piece], found: list[Found]) -> list[Found]:
    """``found`` with a party's mention after a chamber's word made LEG ("Senate Democrats")."""
    words = institution_words()
    parties = {p.start for p in pieces if p.type == GROUP and _party(p)}
    out = []
    for f in found:
        k = f.start - 1
        if (f.start in parties and k >= 0 and words.get(doc[k].lower_, ("",))[0] == "chamber"
                and f.actor.country is not None and f.actor.sector in ("GOV", "OPP")):
            f = Found(k, f.end, Actor(name=f.actor.name, country=f.actor.country, org=None, sector="LEG"),
                      "chamber party", f.head)
        out.append(f)
    return out


def _party(p: Piece) -> bool:
    return any(f.entity.kind == "group" and any(q.role == "party" for q in f.entity.periods) for f in p.forms)


def _bare(f: Found) -> bool:
    """A mention of a state as a whole ("Greek" in "Greek Maritime Holdings")."""
    return f.actor.org is None and f.actor.sector is None and f.actor.country is not None


def _states(p: Piece) -> set[str]:
    return piece_states(p) if p.type in (STATE, ADJ) else set()


def _inside(pieces: list[Piece], start: int, end: int) -> str | None:
    """The one state the names and adjectives inside ``start:end`` name, or None."""
    keys: set[str] = set()
    for p in pieces:
        if start <= p.start and p.end <= end:
            keys |= _states(p)
    return keys.pop() if len(keys) == 1 else None


def _tie(doc: Doc, pieces: list[Piece], start: int) -> tuple[int, str] | None:
    """(start, state) of a state's adjective or possessive just before the name at ``start``."""
    k = start
    while k > 0 and start - k < GAP and _gap_word(doc, k - 1):
        k -= 1
    gap = k < start
    if k > 0 and doc[k - 1].text in POSSESSIVE:
        k -= 1
        gap = True
    for p in pieces:
        keys = _states(p)
        if p.end == k and len(keys) == 1 and (gap or p.type == ADJ):
            return p.start, keys.pop()
    return None


def _gap_word(doc: Doc, i: int) -> bool:
    t = doc[i]
    if t.lower_ in OWNED:
        return True
    return t.is_lower and t.is_alpha and t.pos_ in GAP_TAGS
