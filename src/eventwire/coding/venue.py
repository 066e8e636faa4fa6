"""Where an event happened (GUIDE.md section 4): a place and its country.

In order, the first that gives a place:

1. a place the event's word or clause names ("clashed in Belgrade", "met at
   the White House in Washington", "At the Washington meeting, ... agree");
2. a place named elsewhere in the sentence after "in", "at", "near", ...,
   the nearest to the event's word first ("Police open fire on protesters
   demonstrating against a ban in Kathmandu, Nepal");
3. the country of an actor: for attacks, fighting and visits the target's
   (where the strike lands, where the visitor goes), for everything else the
   source's (who arrests, sentences, protests, declares at home); the other
   side when that one has no country (an international organisation);
4. the country the document centres on (:meth:`.implicit.Places.home`).

A place is read with the gazetteer from a GPE or LOC entity, or from an actor
mention that names a place ("Gaza", "the Kremlin"); facilities ("the White
House") only through the actor they name, since their names collide with
cities' alternate names.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.symbols import prep as PREP_LABEL
from spacy.tokens import Doc, Span, Token

from ..datafiles import tsv_body
from ..records import Actor, Location
from .coder import Coding
from .dates import calendar_words
from .implicit import Places, in_attribution
from ..actors.places import Gazetteer, fold_name
from .narrative import clause_head
from .scene_clauses import holding, sentence_of

__all__ = ["Venues", "event_location"]

PLACE_LABELS = frozenset({"GPE", "LOC"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "off"})
# Roots whose place is the target's country: visits and meetings (04), assault (18),
# fighting (19), mass violence (20).
TARGET_PLACED_ROOTS = frozenset({"04", "18", "19", "20"})
PLACE_ACTOR_RULES = frozenset({"place", "state", "seat"})
# Words inside a place phrase that can still name the place: "the U.S. border city of
# El Paso, Texas", "Kyiv, Ukraine", "the Washington meeting".
PHRASE_DEPS = frozenset({"compound", "appos", "prep", "pobj", "conj", "npadvmod", "nmod"})
# The words before a noun that make it a place's ("the city of", "a village of"), not
# a preposition's ("in support of").
MODIFIER_DEPS = frozenset({"det", "poss", "amod", "nummod", "compound"})
# Where a proper noun in a place phrase names the place itself, not what is there ("in
# Mashhad", "in the city of Homs", "in Kyiv and Kharkiv"; not "at a Toyota plant").
NAME_DEPS = frozenset({"pobj", "appos", "conj", "npadvmod"})
# How a word names the place noun of ``place_units.tsv`` it comes before ("Rajshahi city",
# "Kunar province"; the parser may take the name for an adjective: "Sirajganj city").
UNIT_NAME_DEPS = frozenset({"compound", "amod", "nmod"})
# How a place name modifies a noun whose owner, not whose place, it names ("a US drone strike").
MODIFIER_NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# A city named by a proper noun that no entity or actor names: only a big one, since the
# gazetteer's small towns share their names with people and words.
NAMED_CITY_POPULATION = 100_000
PLACE_WORDS_FILE = "place_words.tsv"
PLACE_UNITS_FILE = "place_units.tsv"
CITY_UNIT = "city"  # the kind of ``place_units.tsv`` whose names are cities' at any size
# The label sets above as spaCy's numbers, for the walks over every word of a place phrase
# (the text of a label or part of speech is made anew at each read)
_UNIT_NAME_IDS = frozenset(get_string_id(label) for label in UNIT_NAME_DEPS)
_PHRASE_IDS = frozenset(get_string_id(label) for label in PHRASE_DEPS)
_NAME_IDS = frozenset(get_string_id(label) for label in NAME_DEPS)
_POBJ_ID = get_string_id("pobj")
_IN_ENTITY = (1, 3)  # ``Token.ent_iob`` of "I" and "B" (its text would be made anew at each read)


def event_location(doc: Doc, coding: Coding, gazetteer: Gazetteer, sent: Span | None = None) -> Location | None:
    """Where the event of ``coding`` happened, or None when nothing says. ``sent``: the
    sentence of its trigger when known."""
    return Venues(doc, gazetteer).location(coding, sent)


class Venues:
    """Where the events of one document happened (:func:`event_location`), with what they
    share read once: the place each preposition's phrase names, each sentence's place
    prepositions, the entity of each token and the document's main country. For one state
    of the document: make another after its entities change."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, places: Places | None = None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.places = places if places is not None else Places(doc)
        self._phrases: dict[int, tuple[Token, Location] | None] = {}  # preposition index -> the place it names
        self._preps: dict[tuple[int, int], list[Token]] = {}  # (sentence start, end) -> its place prepositions
        self._entities: dict[int, Span] | None = None  # token index -> the entity it is in
        self._titled: dict[int, bool] = {}  # sentence start -> whether its words are capitalised
        # (trigger index, sentence start, end) -> the place its words state (:meth:`_stated_place`)
        self._stated: dict[tuple[int, int, int], Location | None] = {}

    def location(self, coding: Coding, sent: Span | None = None) -> Location | None:
        """Where the event of ``coding`` happened (see the module's doc), or None.
        ``sent``: the sentence of its trigger when known."""
        trigger = coding.trigger
        sent = sentence_of(trigger, sent)
        key = (trigger.i, sent.start, sent.end)
        if key not in self._stated:
            self._stated[key] = self._stated_place(trigger, sent)
        stated = self._stated[key]
        if stated is not None:
            return stated
        # ``coding.source_key`` and ``target_key``, with the mentions' actors read once
        places = self.places
        first = coding.source_actor or (places.actor(coding.source) if coding.source is not None else None)
        second = coding.target_actor or (places.actor(coding.target) if coding.target is not None else None)
        if coding.rule.cameo[:2] in TARGET_PLACED_ROOTS:
            first, second = second, first
        country = _country(first) or _country(second) or places.home()
        return self.gazetteer.country(country)

    def _stated_place(self, trigger: Token, sent: Span) -> Location | None:
        """The place a preposition of the trigger's clause, else of its sentence ``sent``
        (the nearest first), names for its event, or None: what :meth:`location` reads
        before the sides' countries, the same for every coding of a trigger (a pair and its
        reverse), read once for them (``_stated``)."""
        head = clause_head(trigger)
        modifier = None  # a place only a modifier names ("in a US drone strike"), if no other
        for node in (trigger, head):
            for prep in node.children:
                if prep.dep == PREP_LABEL and prep.lower_ in PLACE_PREPS:
                    placed = self._placed_in(prep, sent)
                    if placed is None:
                        continue
                    if not _modifies_thing(placed[0]):
                        return placed[1]
                    modifier = modifier or placed[1]
        for prep in sorted(self._sentence_preps(sent), key=lambda t: abs(t.i - trigger.i)):
            placed = self._placed_in(prep, sent)
            if placed is not None and (modifier is None or not _modifies_thing(placed[0])):
                return placed[1]
        return modifier

    def sentence_country(self, sent: Span) -> str | None:
        """The country of the first place a preposition of the sentence names ("in
        Druzhkivka, Donetsk Oblast": UKR), or None."""
        found = self.sentence_place(sent)
        return found[1] if found is not None else None

    def sentence_place(self, sent: Span, skip: frozenset[str] = frozenset()) -> tuple[Span, str] | None:
        """The first place a preposition of the sentence names, as the words that name it
        and its country ("in Druzhkivka, Donetsk Oblast": "Druzhkivka", UKR), or None.
        ``skip``: prepositions passed over ("off": at sea, not in the state)."""
        for prep in self._sentence_preps(sent):
            if prep.lower_ in skip:
                continue
            found = self._placed_in(prep, sent)
            if found is not None and found[1].country and not in_attribution(prep):
                # (not "officials in Nairobi said": where the speakers are)
                return self._words(found[0]), found[1].country
        return None

    def _words(self, tok: Token) -> Span:
        """The words that name the place ``tok`` is in: its entity, its actor mention, or itself."""
        if self._entities is None:
            self._entities = {i: e for e in self.doc.ents for i in range(e.start, e.end)}
        found = self._entities.get(tok.i)
        if found is not None and found.label_ in PLACE_LABELS:
            return found
        found = self.places.at(tok.i)
        return found if found is not None else _name(tok)

    def _sentence_preps(self, sent: Span) -> list[Token]:
        """The prepositions of a sentence that can name a place, in text order."""
        key = (sent.start, sent.end)
        found = self._preps.get(key)
        if found is None:
            # the label as spaCy's number: its text would be made anew for each word
            found = self._preps[key] = [t for t in sent if t.dep == PREP_LABEL and t.lower_ in PLACE_PREPS]
        return found

    def _place_in(self, prep: Token) -> Location | None:
        """The place named in the phrase a preposition governs.

        The phrase's head first ("Donetsk" before "Russian-occupied"), but a
        country named later in it decides ("Jolfa, East Azerbaijan province,
        Iran" is in Iran): the first place in that country, else the country.
        """
        found = self._placed_in(prep)
        return found[1] if found is not None else None

    def _placed_in(self, prep: Token, sent: Span | None = None) -> tuple[Token, Location] | None:
        """:meth:`_place_in` with the word whose place it is; ``sent``: the sentence of ``prep``
        when known (``tok.sent`` reads the whole document's sentence starts)."""
        if prep.i in self._phrases:
            return self._phrases[prep.i]
        sent = holding(sent, prep)
        found = self._phrases[prep.i] = self._read_place_in(prep, sent)
        return found

    def _read_place_in(self, prep: Token, sent: Span | None = None) -> tuple[Token, Location] | None:
        gazetteer = self.gazetteer
        for obj in prep.children:
            if obj.dep != _POBJ_ID:
                continue
            phrase = _phrase(obj)
            placed = [(tok, loc) for tok in phrase if (loc := self._place_at(tok, sent=sent)) is not None]
            # "at Kalia upazila (Narail, Khulna)": the larger places in brackets after it
            # "at Kalia village, Pirganj upazila, Rangpur": the larger units after commas,
            # that the parser hangs elsewhere
            trailing = _trailing(phrase, sent)
            placed += [(tok, loc) for tok in [*_bracketed([*phrase, *trailing]), *trailing]
                       if (loc := self._place_at(tok, bracketed=True, sent=sent)) is not None]
            if not placed:
                continue
            # a place a modifier names ("at Dhaka-Barisal highway, Barisal city") after one
            # the phrase is in, in text order otherwise
            ranked = sorted(placed, key=lambda found: _modifies_thing(found[0]))
            # What decides the country: a country, or a place the actor resolver puts in
            # that country ("Bari Region, Puntland" is in Somalia, not in Italy).
            countries = [loc for tok, loc in placed
                         if loc == gazetteer.country(loc.country) or self._actor_country(tok) == loc.country
                         or _qualifies(tok, placed) and gazetteer.is_region(loc)]
            if countries and ranked[0][1].country != countries[-1].country:
                country = countries[-1].country  # (that place itself at the latest)
                return next((tok, loc) for tok, loc in ranked if loc.country == country)
            return ranked[0]
        return None

    def _actor_country(self, tok: Token) -> str | None:
        """The country of the actor mention ``tok`` is in, if any."""
        span = self.places.at(tok.i)
        return _country(self.places.actor(span)) if span is not None else None

    def _place_at(self, tok: Token, bracketed: bool = False, sent: Span | None = None) -> Location | None:
        """The place ``tok`` names, by its entity, its actor mention or its name
        (:meth:`_named_place`; ``bracketed``: a word in brackets after a place phrase,
        whatever the parser made of it; ``sent``: the sentence of the phrase, when known)."""
        ent = None
        if tok.ent_iob in _IN_ENTITY:  # only then in an entity: others need not make the entities' Spans
            if self._entities is None:
                self._entities = {i: e for e in self.doc.ents for i in range(e.start, e.end)}
            ent = self._entities.get(tok.i)
        if ent is not None and ent.label_ in PLACE_LABELS:
            found = _sized(self.gazetteer, ent.text)
            if found is not None and found[1] == "country" and self._actor_country(tok) not in (None, found[0].country):
                found = None  # a state's name the actor resolver read as a region of another ("Atlanta, Georgia")
            if found is not None and not (found[1] == "city" and found[2] < NAMED_CITY_POPULATION
                                          and _place_units().get(ent[-1].lower_, CITY_UNIT) != CITY_UNIT):
                # (not "Argo district" as the Greek town of Argos)
                return found[0]
        places = self.places
        span = places.at(tok.i)
        if span is None:
            return self._named_place(tok, bracketed, sent)
        actor = places.actor(span)
        if not (actor.country and not actor.org and (actor.sector is None or places.rule(span) in PLACE_ACTOR_RULES)):
            return None
        found = self.gazetteer.lookup(span.text, country_hint=actor.country)
        return found if found is not None and found.country == actor.country else self.gazetteer.country(actor.country)

    def _named_place(self, tok: Token, bracketed: bool = False, sent: Span | None = None) -> Location | None:
        """The place a proper noun names that no actor names ("struck targets in Mashhad",
        "in Bandar Abbas" that the entity recogniser takes for a person, or no entities
        read yet): its capitalised words, not the sentence's first, looked up in the
        gazetteer; a country, a region or a big city, not a name of ``place_words.tsv``
        nor a weekday or month, in a sentence not written in capitals throughout (a
        headline's). Read without the entities, so that it is the same whether they
        have been read or not."""
        unit = _unit_of(tok)
        if unit is None and not bracketed and (tok.pos != PROPN or tok.dep not in _NAME_IDS):
            return None
        words = _name(tok)
        # (a bracketed word may lie past the end of the phrase's sentence ``sent``)
        sent = sentence_of(tok, sent)
        if words.start == sent.start or any(not w.text[:1].isupper() or (w.is_upper and len(w) > 1)
                                      or self.places.at(w.i) is not None for w in words):
            return None
        name = fold_name(words.text)
        if name in _not_places() or self._titled_sentence(sent):
            return None
        longer = _joined_name(words)
        found = _sized(self.gazetteer, longer.text) if longer is not None else None
        if found is not None:  # a longer gazetteer name wins over its last words
            return found[0]  # ("Heroica Puebla de Zaragoza": Puebla, MEX; not Zaragoza, ESP)
        found = _sized(self.gazetteer, words.text)
        if found is None or (found[1] == "city" and found[2] < NAMED_CITY_POPULATION and unit != CITY_UNIT):
            # ("in Sylhet city": a city at any size; "in Argo district": not the Greek Argos)
            return None
        return found[0]

    def _titled_sentence(self, sent: Span) -> bool:
        """True for a sentence whose words mostly start with a capital ("Police Fire On
        Protesters In Nice"): there a capital does not make a name. A weekday or a month,
        capitalised in any sentence, tells nothing ("Police in Wellington arrested two men
        on Friday")."""
        if sent.start not in self._titled:
            calendar = calendar_words()
            words = [t for t in sent[1:] if t.is_alpha and len(t) > 3 and t.lower_ not in calendar]
            self._titled[sent.start] = sum(t.is_title for t in words) * 2 > len(words) > 2
        return self._titled[sent.start]


@functools.lru_cache(maxsize=8192)
def _sized(gazetteer: Gazetteer, name: str) -> tuple[Location, str, int] | None:
    """:meth:`.Gazetteer.sized`, once per name: the gazetteer is read-only, and each word of a
    place ("New York City") and each story of a place asks again (half of the place reads)."""
    return gazetteer.sized(name)


@functools.cache
def _not_places() -> frozenset[str]:
    """The names a proper noun alone is not read as a place by: ``place_words.tsv``, the
    weekdays and the months."""
    path = resources.files("eventwire.coding") / "data" / PLACE_WORDS_FILE
    return frozenset(row[0].lower() for _, row in tsv_body(path)) | calendar_words()


@functools.cache
def _place_units() -> dict[str, str]:
    """The nouns of places of ``place_units.tsv`` and their kinds ("city": "city",
    "district": "division")."""
    path = resources.files("eventwire.coding") / "data" / PLACE_UNITS_FILE
    return {row[0].lower(): row[1] for _, row in tsv_body(path)}


def _unit_of(tok: Token) -> str | None:
    """The kind of the place noun ``tok`` names, when ``tok`` is a capitalised word before
    one that it names ("Rajshahi" in "Rajshahi city": "city"), else None."""
    if tok.dep not in _UNIT_NAME_IDS:
        return None
    head = tok.head
    if head.i <= tok.i or not tok.is_title or not tok.is_alpha:
        return None
    return _place_units().get(head.lower_)


def _modifies_thing(tok: Token) -> bool:
    """True for a place name (with the names it is part of) that modifies a common noun
    other than a place noun of ``place_units.tsv``: "US" in "killed in a US drone strike in
    Somalia" says whose the strike was, not where it was; not "Kabul" in "in Kabul city"."""
    word = tok
    while word.dep_ == "compound" and word.head.pos_ == "PROPN" and word.head.i > word.i:
        word = word.head
    head = word.head
    return word.dep_ in MODIFIER_NAME_DEPS and head.i > word.i and head.pos_ == "NOUN" \
        and head.lemma_.lower() not in _place_units() and head.lower_ not in _place_units()


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None and actor.country and not actor.org else None


def _qualifies(tok: Token, placed: list[tuple[Token, Location]]) -> bool:
    """True when ``tok`` follows another place of ``placed`` after a comma ("Algeciras, Huila"):
    a region written there says the country of the town before it (names42)."""
    i = tok.i - 1
    return i > 0 and tok.doc[i].text == "," and any(t.i == i - 1 for t, _ in placed)


def _name(tok: Token) -> Span:
    """``tok`` with the proper nouns before it that it is named with ("Bandar Abbas")."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
            and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return doc[start:tok.i + 1]


# The particles that join the words of a Romance place name ("Puebla de Zaragoza").
_NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "des", "du"})
_ARTICLES = frozenset({"la", "las", "los", "le", "les"})


def _joined_name(words: Span) -> Span | None:
    """``words`` with the capitalised words joined to it by a particle before it ("Heroica
    Puebla de" before "Zaragoza"), however the parser attached them; None when none are."""
    doc = words.doc
    start = words.start
    while True:
        gap = 2 if start > 2 and doc[start - 1].lower_ in _ARTICLES else 1  # "de los Garza"
        if not (start > gap and doc[start - gap].lower_ in _NAME_PARTICLES
                and doc[start - gap - 1].is_title and doc[start - gap - 1].pos_ == "PROPN"):
            break
        start -= gap + 1
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].sent.start != start:
            start -= 1
    return doc[start:words.end] if start < words.start else None


def _bracketed(phrase: list[Token]) -> list[Token]:
    """The capitalised words in brackets right after a place phrase, past the place nouns
    of ``place_units.tsv`` ("Kalia upazila (Narail, Khulna)": "Narail", "Khulna"), where
    notes name a place's larger units; none when the brackets hold anything else."""
    doc = phrase[0].doc
    i = max(t.i for t in phrase) + 1
    while i < len(doc) and doc[i].lower_ in _place_units():
        i += 1
    if i >= len(doc) or doc[i].text != "(":
        return []
    out = []
    for tok in doc[i + 1:min(len(doc), i + 12)]:
        if tok.text == ")":
            return out
        if tok.is_title and tok.is_alpha:
            out.append(tok)
        elif not (tok.is_punct or tok.lower_ in _place_units()):
            return []
    return []


def _trailing(phrase: list[Token], sent: Span | None = None) -> list[Token]:
    """The capitalised names after commas right after a place phrase that holds a place noun
    of ``place_units.tsv``, each with its own place nouns ("at Kalia village, Pirganj upazila,
    Rangpur, over ...": "Pirganj", "Rangpur"), where notes name a place's larger units; a
    run is one only when a comma, a bracket or the sentence's end follows it (not "in Kalia
    village, Karim told ...")."""
    units = _place_units()
    if not any(t.lower_ in units for t in phrase):
        return []
    doc = phrase[0].doc
    head = phrase[0]  # (``sent``: the phrase's sentence, when known: ``tok.sent`` reads the whole document)
    end = sentence_of(head, sent).end
    i = max(t.i for t in phrase) + 1
    while i < end and doc[i].lower_ in units:
        i += 1
    out: list[Token] = []
    while i + 1 < end and doc[i].text == ",":
        j = i + 1
        while j < end and doc[j].is_title and doc[j].is_alpha and doc[j].lower_ not in units:
            j += 1
        run = list(doc[i + 1:j])
        while j < end and doc[j].lower_ in units:
            j += 1
        if not run or j < end and doc[j].text not in (",", "(", ".") and not doc[j].is_punct:
            break
        out += run
        i = j
    return out


def _bare(tok: Token) -> bool:
    """True for a singular common noun alone ("support" in "in support of Iran", "front" in
    "in front of"): with "of" it makes a preposition, not a place ("in the city of Homs")."""
    return tok.tag_ == "NN" and not any(c.dep_ in MODIFIER_DEPS for c in tok.children)


def _phrase(tok: Token) -> list[Token]:
    """``tok``, then the words of its phrase that can name its place, in text order."""
    out = []
    todo = [tok]
    while todo:
        node = todo.pop()
        for child in node.children:
            if child.dep in _PHRASE_IDS and (child.dep != PREP_LABEL or (child.lower_ == "of" and not _bare(node))) \
                    or _unit_of(child) is not None:
                out.append(child)
                todo.append(child)
    return [tok, *sorted(out, key=lambda t: t.i)]
