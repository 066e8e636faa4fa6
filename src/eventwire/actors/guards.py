"""Guards of the composition (rule 3 of :mod:`.resolve`): a state's name, adjective or capital,
or an organisation's name, that is part of a longer name is not that actor ("Latin American",
"New Mexico", "Washington Post", "pro-Russian", "the Left Democratic Alliance"); a name before a
capitalised street noun is a street, no actor ("Cuba Street"). Moved out of :mod:`.resolve`
(agent43, no change of behaviour). A title or agent word read as an adjective ("the general
election") and, in a caseless text, a state's name inside a longer place's ("NEW MEXICO") are no
actors either (actors51)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc

from ..datafiles import word_set
from .caseless import caseless_text
from .gazetteer import ADJ, AGENT, GROUP, ORG, POSSESSIVE, SEAT, STATE, TITLE, Piece, piece_states
from .places import Gazetteer as Places, fold_name
from .references import CALENDAR, DocIndex, given_names

PLACES = {ADJ, STATE, SEAT}
NOT_OF = {"anti", "pro", "non", "post", "pre", "neo", "ex"}  # "pro-Russian separatists" are not Russia

DIRECTIONS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
              "Upper", "Lower", "Greater"}

# Capitalised first words of place names, which start a sentence like any other word.
NAME_PREFIXES = {"New", "Latin", "Saint", "St.", "San", "Santa", "Los", "Las", "Fort", "Port", "Mount"}

ONLY_NAME_PREFIXES = {"Latin", "Saint", "St.", "San", "Santa", "Los", "Las"}  # whatever the tagger says

# A monarchy's style before its adjective and a body's word: "the Royal Thai Navy" is the state's.
STATE_STYLE_PREFIXES = {"Royal"}

# (actors51) A longer place's name around a state's in a caseless text (_in_caseless_place): the
# words looked at on either side, and the least population of the place ("Usa River" is too small).
PLACE_WORDS_AROUND = 2
PLACE_LEAST = 50_000

ADMINISTRATIVE_UNITS = {"province", "governorate", "oblast", "prefecture", "county", "district", "municipality"}

# The nouns of a street or square a name before them names ("Cuba Street", "Lebanon Road"):
# such a name is a place in a town, not the state, even when the noun is also a known surname.
THOROUGHFARES = {"street", "avenue", "road", "boulevard", "lane", "square", "highway", "drive", "st.", "ave."}


def inside_longer_name(doc: Doc, p: Piece, starts: set[int], index: DocIndex) -> bool:
    """ "Latin American", "New Mexico", "Washington Post", "pro-Russian": not the state; "Cuba
    Street", "Queen Street": no actor at all."""
    if p.end < len(doc) and doc[p.end].lower_ in THOROUGHFARES and doc[p.end].text[:1].isupper():
        return True
    if _shouted_verb(doc, p) or _wh_pronoun(doc, p) or _object_pronoun(doc, p):
        return True
    if p.type in (TITLE, AGENT) and _word_as_adjective(doc, p, starts):
        return True
    if p.type in (ORG, GROUP) and _part_of_other_name(doc, p, starts):
        return True
    if p.start > 1 and doc[p.start - 1].text == "-" and doc[p.start - 2].lower_ in NOT_OF \
            and (p.type in PLACES | {ORG} or p.type == GROUP and doc[p.start - 2].lower_ != "pro"):
        # "pro-EU protests", "anti-NATO rallies", "anti-Taliban forces": the cause (agent43); but a
        # party's supporters are its people ("pro-Awami League lawyers")
        return True
    if p.type not in PLACES:
        return False
    if p.type == STATE and p.end < len(doc) and doc[p.end].lower_ in ADMINISTRATIVE_UNITS | {"state"}:
        # "East Azerbaijan province" (Iran), "Luxembourg province" (Belgium); but a federal
        # unit stays its country ("Kano State", "Helmand province").
        return not all(f.form_kind == "alias" for f in p.forms)
    if p.start > 1 and p.type != ADJ and doc[p.start - 1].text == "-" and not doc[p.start - 2].whitespace_ \
            and not doc[p.start - 1].whitespace_ and doc[p.start - 2].text.istitle() and p.start - 2 not in starts:
        return True  # "Crans-Montana", "Saint-Denis": one place, not Montana or Denis
    if caseless_text(doc):
        # "RUSSIA ATTACKS UKRAINE": capitals make no longer name (the gazetteer's do), but a
        # longer place the gazetteer of places knows does ("NEW MEXICO", "BENIN CITY")
        return p.type != ADJ and _in_caseless_place(doc, p, index)
    if p.start > 0:
        before = doc[p.start - 1]
        if before.text in ONLY_NAME_PREFIXES:
            return True
        if before.text in STATE_STYLE_PREFIXES and p.type == ADJ and p.end in starts:
            return False
        if before.pos_ == "PROPN" and before.text[:1].isupper() and before.text not in POSSESSIVE \
                and before.i not in starts and before.lower_ not in CALENDAR:
            # ("This Wednesday Greek Foreign Minister ...": a day is no part of a name)
            if before.text in DIRECTIONS:
                return p.type == SEAT  # "South Lebanon" is Lebanon; "East Jerusalem" is no seat
            if index.sentence(before.i)[0] != before.i or before.text in NAME_PREFIXES:
                return True
    if p.type == ADJ or p.end >= len(doc):
        return False  # "Russian Orthodox Church" is left to the agent/body words
    after = doc[p.end]
    return (after.pos_ == "PROPN" and after.text.istitle() and p.end not in starts
            and after.lower_ not in CALENDAR)


def _word_as_adjective(doc: Doc, p: Piece, starts: set[int]) -> bool:
    """(actors51) A one-word title or agent noun of ``data/adjective_words.txt`` that the parser
    reads as an adjective of a common noun after it, which no actor's word is: "the country's
    general election", "the criminal investigation continues" (no general, nor a criminal); not
    "a rebel attack", whose rebels are the doers."""
    if p.end - p.start != 1:
        return False
    tok = doc[p.start]
    head = tok.head
    return tok.pos_ == "ADJ" and tok.lower_ in adjective_words() and tok.dep_ == "amod" and head.i > tok.i \
        and head.pos_ == "NOUN" and head.i not in starts


@cache
def adjective_words() -> frozenset[str]:
    """``data/adjective_words.txt``: title and agent words that are also adjectives, lower case."""
    path = resources.files("eventwire.actors").joinpath("data/adjective_words.txt")
    return word_set(path, lower=True)


def _in_caseless_place(doc: Doc, p: Piece, index: DocIndex) -> bool:
    """(actors51) Whether, in a text with no case distinction, a state's name or seat is part of
    a longer region's or town's own name in another country, as the gazetteer of places knows it
    ("NEW MEXICO": the US state, not Mexico; "BENIN CITY", "NIGER DELTA" of Nigeria; "EAST
    LONDON" of South Africa): up to ``PLACE_WORDS_AROUND`` words before or after the name, all letters,
    in its sentence, of a place of at least ``PLACE_LEAST`` people. In mixed case the capitals
    of the words around say it ("New Mexico"); "MEXICO CITY" is Mexico's own."""
    first, last = index.sentence(p.start)
    states = piece_states(p)
    places = Places.load()
    for before in range(PLACE_WORDS_AROUND + 1):
        for after in range(PLACE_WORDS_AROUND + 1 - before):
            start, end = p.start - before, p.end + after
            if start == p.start and end == p.end or start < first or end > last \
                    or not all(t.is_alpha for t in doc[start:p.start]) or not all(t.is_alpha for t in doc[p.end:end]):
                continue
            text = doc[start:end].text
            sized = places.sized(text)
            if sized is not None and sized[1] != "country" and sized[2] >= PLACE_LEAST \
                    and sized[0].country not in states and fold_name(sized[0].name) == fold_name(text):
                return True
    return False


def _shouted_verb(doc: Doc, p: Piece) -> bool:
    """A one-word name the tagger reads as a verb in capitals beside other capitals ("WHAT IS
    NEXT": the verb "is", not "IS" for the Islamic State)."""
    return p.end - p.start == 1 and doc[p.start].pos_ in ("AUX", "VERB") and _among_capitals(doc, p)


def _among_capitals(doc: Doc, p: Piece) -> bool:
    """Whether a word next to the piece is a word in capitals (of two letters or more)."""
    near = [doc[k] for k in (p.start - 1, p.end) if 0 <= k < len(doc)]
    return any(t.is_alpha and len(t) > 1 and t.text.isupper() for t in near)


def _wh_pronoun(doc: Doc, p: Piece) -> bool:
    """A one-word name the tagger reads as a wh-pronoun where it is the pronoun "who", not the
    World Health Organization: opening a relative clause after a noun or pronoun ("the oligarchs
    WHO have reached power", "THOSE WHO ATTACKED"); or, among words in capitals, the subject of
    a clause inside the sentence after any word but a determiner ("INTERESTED IN WHO WINS", "BUT
    WHO GAVE HIM ORDERS"), after a plural noun and before a word ("THE MILITIAS WHO ATTACK
    CIVILIANS", "MEN WHO HIDE", however parsed: actors48) or opening a question ("WHO WAS
    OSCAR?"). A name after "the" or a preposition in mixed case ("a report by WHO said",
    "withdrew from WHO"), or opening a statement ("WHO WARNS OF AN OUTBREAK", "WHO said on
    Friday ..."), stays the name."""
    tok = doc[p.start]
    if p.end - p.start != 1 or tok.tag_ not in ("WP", "WDT"):
        return False
    sent = tok.sent
    before = doc[tok.i - 1] if tok.i > sent.start else None
    if before is not None and before.pos_ in ("NOUN", "PROPN", "PRON") and tok.head.dep_ == "relcl":
        return True
    if not _among_capitals(doc, p):
        return False
    if before is None:
        return sent[-1].text == "?"
    after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if before.pos_ in ("NOUN", "PROPN") and _plural_noun(before) and after is not None and after.is_alpha \
            and after.pos_ != "CCONJ":
        return True  # "THE MILITIAS WHO ATTACK", "MEN WHO HIDE" (not "UN AGENCIES WHO AND UNICEF")
    return before.pos_ != "DET" and tok.dep_ in ("nsubj", "nsubjpass")


# Names that in capitals are also an object pronoun: "JOIN US", "TELL US", "FOR US".
OBJECT_PRONOUNS = {"US"}
# Tags of the word before such a name that make it an object: a verb, a preposition, "to".
_GOVERNING_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "IN", "TO", "RP")
# Dependencies of a name on the noun after it that it modifies ("US TROOPS", "THE US EMBASSY").
_MODIFIER_DEPS = ("compound", "nmod", "amod", "poss")


def _object_pronoun(doc: Doc, p: Piece) -> bool:
    """ "US" among words in capitals where it is the pronoun "us", not the United States: the
    object of a verb or a preposition ("JOIN US IN THE STREETS", "TELL US THE TRUTH", "PRAY FOR
    US", "LET US", "THEY WANT US TO LEAVE"), the parser's tag of the word before saying so, or
    the object of a sentence's first word that the parser joined to it as one name ("JOIN US").
    A name before a noun it modifies ("US TROOPS", "THE US EMBASSY"), a sentence's subject ("US
    WARNS IRAN") and a list's member ("UK, US CONDEMN ATTACK", "CHINA AND US") stay the state;
    so does "US" in mixed case. (A headline's "RUSSIA ACCUSES US" in capitals reads as the
    pronoun too: no verb's form tells the two apart.)"""
    tok = doc[p.start]
    if p.end - p.start != 1 or tok.text not in OBJECT_PRONOUNS or not _among_capitals(doc, p):
        return False
    if tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i:
        return False  # "US TROOPS", "TALIBAN ATTACK US BASE"
    sent_start = tok.sent.start
    if tok.i == sent_start:
        return False
    before = doc[tok.i - 1]
    if before.tag_ in _GOVERNING_TAGS or tok.dep_ in ("dobj", "dative", "pobj"):
        return True
    # "JOIN US IN THE STREETS": the parser makes one name of a headline's first two words
    return before.i == sent_start and before.head.i == tok.i and before.is_alpha and before.text.isupper() \
        and not before.is_stop


IRREGULAR_PLURALS = {"people", "children", "police"}  # and every "-MEN" ("MEN", "GUNMEN")


def _plural_noun(tok) -> bool:
    """Whether a noun in capitals is plural: tagged so, or ending in a plural's "S" ("MILITIAS",
    read as a proper noun), or one of the common irregular plurals ("MEN", "PEOPLE")."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    word = tok.lower_
    return word in IRREGULAR_PLURALS or word.endswith("men") \
        or word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _part_of_other_name(doc: Doc, p: Piece, starts: set[int]) -> bool:
    """An organisation's or a group's name inside a longer name (names42): after a capitalised
    proper noun the parser joins to it ("the Left Democratic Alliance" is not South Africa's
    Democratic Alliance), or a group's name that is also a given name (``given_names.txt``)
    joined to the capitalised name after it ("Isis Garcia, a nurse": a woman, not the Islamic
    State)."""
    first = doc[p.start]
    if p.start > first.sent.start + 1:
        before = doc[p.start - 1]
        if before.tag_ == "NNP" and before.dep_ == "compound" and p.start <= before.head.i < p.end \
                and before.text.istitle() and before.i not in starts and before.lower_ not in CALENDAR:
            return True
    if p.end - p.start != 1 or first.text not in given_names() or first.head.i != p.end:
        return False
    after = doc[p.end]
    return first.dep_ == "compound" and after.is_alpha and after.text.istitle() and after.pos_ == "PROPN"


# How far back, in words, the opening bracket of a place's parenthesis may be: "in Narsingdi town
# (Narsingdi Sadar, Dhaka)", "in El Paisnal (San Salvador)".
_BRACKET_REACH = 6


def in_place_parenthesis(doc: Doc, p: Piece) -> bool:
    """A capital inside the brackets that follow a place's name or noun and say where it is ("in
    Savar city (Dhaka)", "in El Paisnal (San Salvador)", "(Narsingdi Sadar, Dhaka)"): the capital's
    city or region as a place, not its government acting (agent43)."""
    sent_start = doc[p.start].sent.start
    for k in range(p.start - 1, max(sent_start, p.start - 1 - _BRACKET_REACH) - 1, -1):
        if doc[k].text in (")", "]"):
            return False
        if doc[k].text in ("(", "["):
            return k > sent_start and doc[k - 1].pos_ in ("PROPN", "NOUN") \
                and p.end < len(doc) and doc[p.end].text in (")", "]", ",", "-")
    return False


def in_place_district(doc: Doc, p: Piece) -> bool:
    """A capital after a place's comma and before a spaced dash and a capitalised name: the
    district of a "District - Subdistrict" location ("in front of Dhaka university, Dhaka -
    Shahbagh (Shahbagh)", ACLED's way of naming where), a place, not the government acting
    (agent44). "Moscow - the Kremlin's seat -" and a capital between commas alone keep their
    reading."""
    if p.start < 2 or p.end + 1 >= len(doc) or doc[p.start - 1].text != ",":
        return False
    dash, after = doc[p.end], doc[p.end + 1]
    return dash.text in ("-", "–") and bool(doc[p.end - 1].whitespace_) and bool(dash.whitespace_) \
        and after.text[:1].isupper() and after.pos_ == "PROPN" and doc[p.start - 2].pos_ in ("PROPN", "NOUN")


# Bearings before "of" and a capital that make it a place ("40 kilometres southwest of Mogadishu",
# "north of Kyiv"): the capital is where, not its government (actors51).
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def after_bearing(doc: Doc, p: Piece) -> bool:
    """Whether the words before the piece are a bearing and "of" ("southwest of Mogadishu")."""
    return p.start > 1 and doc[p.start - 1].lower_ == "of" and doc[p.start - 2].lower_ in BEARINGS


def given_name_after_title(doc: Doc, title: Piece, p: Piece, nxt: Piece | None) -> bool:
    """A state's adjective right after a title or agent noun and right before a capitalised
    proper noun that starts no piece of its own is a person's given name ("justice minister
    German Galushchenko", "banker German Gref"), not the state (agent44). ("officials German
    Chancellor Scholz": "Chancellor" is a title's piece.)"""
    return title.type in (TITLE, AGENT) and title.end == p.start and p.end - p.start == 1 and p.end < len(doc) \
        and doc[p.end].tag_ == "NNP" and doc[p.end].text[:1].isupper() and doc[p.start].text[:1].isupper() \
        and (nxt is None or nxt.start != p.end)
