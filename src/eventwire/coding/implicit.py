"""Actors the text implies but does not name.

"Police arrest a singer in Los Angeles", "gunmen kill 29 people in Adamawa
State, Nigeria": the police, the gunmen and the people belong to the country
where the event happens (GUIDE.md section 2: subnational places are their
country). A noun of ``data/agents.tsv`` that the actor resolver left without
an actor gets the country of the place named in its sentence (the object of
"in", "at", "near", ...), else the document's own country (where its lead
places the story, else the country it mentions most, the lead's mentions
counting twice), and the sector that the file gives.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.symbols import AUX, VERB
from spacy.symbols import pobj as POBJ_LABEL
from spacy.tokens import Doc, Span, Token

from ..actors.component import actor_mentions, span_value
from ..actors.places import Gazetteer
from ..actors.resolve import FORMER
from ..errors import KnowledgeBaseError
from ..datafiles import tsv_body
from ..records import SECTORS, Actor
from .lexicon import data_path, load_objects
from .modality import load_cues

# Pronouns that, as the subject of what someone says, stand for the speaker:
# "Israel says that it has killed ...", "Hamas says they will disarm".
SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
# Those of them that an unnamed body may be ("the army said it had killed ...").
BODY_PRONOUNS = {"it", "they"}
SPEECH_VERBS = {"say", "claim", "announce", "state", "confirm", "declare", "tell", "report",
                "insist", "warn", "add", "deny", "admit", "acknowledge", "vow", "threaten", "pledge", "indicate"}

PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "into", "throughout", "around", "from"}
PLACE_RULES = {"place", "state", "seat"}
# Prepositions that name where an act comes from, not where it happens ("fired rockets
# from Lebanon"): :meth:`Places.placed` passes over them when asked.
ORIGIN_PREPOSITIONS = frozenset({"from"})
# Prepositions of a place that the state it is in is not the target by: "attacked off
# the coast of Greece" is at sea.
OFFSHORE_PREPOSITIONS = frozenset({"off"})
LEAD_SENTENCES = 3
# A dateline: names before a dash within the first words of the text ("KYIV (Reuters) - ").
DATELINE_WORDS = 10
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
DATELINE_POPULATION = 100_000
# The sector of private people, whose nationality does not place a story (``Places.home``).
PRIVATE_SECTOR = "CVL"
# Verbs and nouns of travel: the place of their sentence is where the traveller goes, not
# whose the traveller is ("The foreign minister arrived in Beijing").
TRAVEL_WORDS = {"arrive", "visit", "travel", "fly", "land", "tour", "trip"}
# Nouns of a number of people, whose "of" names who they are: "dozens of demonstrators",
# "a group of students" (the people are the agent, not the number).
# Nouns for some of a body's people, who act for it: "leaders of the opposition".
MEMBER_NOUNS = {"leader", "member", "head", "chief", "representative", "delegate", "delegation", "unit",
                "element", "faction", "wing"}
# Nouns of the office of an agent, which act for whoever holds it: "the mayor's office".
OFFICE_NOUNS = {"office", "spokesman", "spokeswoman", "spokesperson"}
# Modifiers that say an agent is not of the place's state ("foreign troops", "foreign
# security forces", "foreign journalists"); a foreign minister or ministry is the state's own.
FOREIGN_WORDS = frozenset({"foreign", "overseas"})
# The first person: "our government", "my country", "we" stand for whoever speaks (the
# speaker of the quotation, the subject of the verb of saying), not the state of the sentence.
FIRST_PERSON_POSSESSIVES = frozenset({"our", "my"})
FIRST_PERSON_PRONOUNS = frozenset({"we", "us"})
QUANTITY_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                  "score", "scores", "group", "number", "handful", "crowd", "couple"}


@functools.lru_cache(maxsize=1)
def load_agents() -> dict[str, str | None]:
    """``data/agents.tsv``: lemma -> sector (None: the state as a whole)."""
    path = data_path("agents.tsv")
    out: dict[str, str | None] = {}
    for lineno, cells in tsv_body(path):
        if len(cells) not in (1, 2) or not cells[0]:
            raise KnowledgeBaseError(str(path), lineno, "expected lemma<TAB>sector")
        sector = cells[1] if len(cells) == 2 and cells[1] else None
        if sector is not None and sector not in SECTORS:
            raise KnowledgeBaseError(str(path), lineno, f"unknown sector {sector!r}")
        out[cells[0].lower()] = sector
    return out


@functools.lru_cache(maxsize=1)
def agent_forms() -> frozenset[str]:
    """The words of ``data/agents.tsv`` as they stand in text, lower case: each lemma and its
    regular plurals ("suspects", "families", "gunmen"), for the sentence selection that runs
    before any lemma is known (``eventwire.nlp.select``)."""
    forms: set[str] = set()
    for lemma in load_agents():
        lemma = lemma.rsplit(" ", 1)[-1]  # "suicide bomber": its noun
        forms.update((lemma, lemma + "s", lemma + "es"))
        if lemma.endswith("y"):
            forms.add(lemma[:-1] + "ies")
        if lemma.endswith("man"):
            forms.add(lemma[:-3] + "men")
        if lemma.endswith("child"):
            forms.add(lemma + "ren")
    return frozenset(forms)


@dataclass
class Places:
    """Where the events of a document happen: per sentence, and the document's main country.

    Also reads the document's actor mentions for the coder's helpers, each once
    (:meth:`at`, :meth:`actor`, :meth:`rule`): spaCy makes ``doc._`` and ``span._``
    anew at every use, at some microseconds each. For one state of the document.
    """

    doc: Doc
    _home: str | None = None
    _home_done: bool = False
    _sentences: dict[tuple[int, int], Span | None] = field(default_factory=dict)  # (start, end) -> in_sentence
    _actors: dict[tuple[int, int], Actor | None] = field(default_factory=dict)  # (start, end) -> span._.actor
    _rules: dict[tuple[int, int], str | None] = field(default_factory=dict)  # (start, end) -> span._.actor_rule
    _actor_at: Callable[[int], Span | None] | None = None
    # The country of a place the gazetteer knows in a sentence, where no actor names it
    # ("a market in Druzhkivka"): set by the events component (``Venues.sentence_country``).
    locate: Callable[[Span], str | None] | None = None
    # The words of that place and its country (``Venues.sentence_place``), set with ``locate``.
    find_place: Callable[[Span, frozenset[str]], tuple[Span, str] | None] | None = None
    # The agents of the user's agent dictionaries are the only agents (setting
    # 'dictionary_agents_only'): an agent noun of ``data/agents.tsv`` implies no actor.
    agents_only: bool = False
    # The document's quotations (``quotes.FoundQuote``: character offsets and speaker), set by
    # the events component: whose "our government" or "we" a quotation holds.
    quotes: list = field(default_factory=list)
    # Where the lead ends, read when the Places is made: before the coder mends any
    # headline's tags (a root noun mended to a verb would make a heading count as lead).
    _lead_end: int = field(init=False)
    # The document's sentences, when the caller read them (spaCy makes the Spans anew at
    # every walk of ``doc.sents``): only where the lead ends is read from them.
    sentences: list[Span] | None = None

    def __post_init__(self) -> None:
        self._lead_end = _lead_end(self.doc, self.sentences)

    def at(self, i: int) -> Span | None:
        """``doc._.actor_at(i)``: the actor mention at token ``i``, or None."""
        if self._actor_at is None:
            self._actor_at = self.doc._.actor_at
        return self._actor_at(i)

    def actor(self, span: Span) -> Actor | None:
        """``span._.actor``."""
        key = (span.start, span.end)
        if key not in self._actors:
            self._actors[key] = span_value(span, "actor")
        return self._actors[key]

    def rule(self, span: Span) -> str | None:
        """``span._.actor_rule``."""
        key = (span.start, span.end)
        if key not in self._rules:
            self._rules[key] = span_value(span, "actor_rule")
        return self._rules[key]

    def home(self) -> str | None:
        """The country the story is about: where its lead places it ("stolen from a palace
        in Oxfordshire, England"), whatever the background mentions; else the country it
        mentions clearly most, the lead's mentions counting twice; else the country of a
        place only the gazetteer knows in its lead ("in Bauchi"). The nationality of private
        people ("arrested a British man", "two Australian tourists") counts only when
        nothing else places the story: it says who they are, not where they are."""
        if not self._home_done:
            lead_end = self._lead_end
            self._home = (self._placed_by_lead(lead_end) or self._dateline()
                          or self._most_mentioned(lead_end, nationals=False)
                          or self._located_by_lead(lead_end) or self._most_mentioned(lead_end))
            self._home_done = True
        return self._home

    def _placed_by_lead(self, lead_end: int) -> str | None:
        def country(sent: Span) -> str | None:
            span = self.in_sentence(sent)
            return self.actor(span).country if span is not None else None
        return self._first_in_lead(lead_end, country)

    def _dateline(self) -> str | None:
        """The country of the place a dateline names ("KYIV (Reuters) - Four fishermen ...",
        "Odesa, Ukraine — ..."): names alone before a spaced dash at the start of the text,
        read as an actor mention, else through the gazetteer (a country, or a city of
        DATELINE_POPULATION people or more: not a village that shares a word's name)."""
        doc = self.doc
        dash = next((t.i for t in doc[:DATELINE_WORDS] if t.text in DATELINE_DASHES), None)
        if not dash or not doc[dash - 1].whitespace_ or not doc[dash].whitespace_ \
                or any(t.pos_ not in ("PROPN", "PUNCT") for t in doc[:dash]):
            return None
        for t in doc[:dash]:
            span = self.at(t.i)
            actor = self.actor(span) if span is not None else None
            if actor is not None and actor.country and not actor.org \
                    and (actor.sector is None or self.rule(span) in PLACE_RULES):
                return actor.country
        words = doc[:dash].text.split("(")[0]
        for piece in reversed(words.split(",")):
            found = Gazetteer.load().sized(piece.strip().title()) if piece.strip() else None
            if found is not None and (found[1] == "country" or found[2] >= DATELINE_POPULATION):
                return found[0].country
        return None

    def _located_by_lead(self, lead_end: int) -> str | None:
        """The country of the first place only the gazetteer knows in the lead ("clashed
        with police in Bauchi": NGA); read after the actor mentions, which know their
        countries better than a city's name does ("in Valdivia, Antioquia", in Colombia,
        not in Chile's Valdivia)."""
        return self._first_in_lead(lead_end, self.locate) if self.locate is not None else None

    def _first_in_lead(self, lead_end: int, read: Callable[[Span], str | None]) -> str | None:
        """The first country ``read`` gives for a sentence of the lead, or None."""
        for sent in self.doc.sents:
            if sent.start >= lead_end:
                return None
            found = read(sent)
            if found is not None:
                return found
        return None

    def _most_mentioned(self, lead_end: int, nationals: bool = True) -> str | None:
        """The country the actor mentions clearly centre on; without ``nationals``, not
        counting a demonym on a noun of private people (:func:`.sectors.placed_sector`)."""
        from .sectors import placed_sector  # (sectors reads this module's agents)
        counts: Counter[str] = Counter()
        for span in actor_mentions(self.doc):
            actor = self.actor(span)
            if actor is not None and actor.country and not actor.org and (
                    nationals or not self._acted_on_national(span, placed_sector)):
                counts[actor.country] += 2 if span.start < lead_end else 1
        top = counts.most_common(2)
        # Only a country the document clearly centres on: more mentions than any other.
        return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def _acted_on_national(self, span: Span, placed_sector: Callable[[Span], str | None]) -> bool:
        """Whether ``span`` is a demonym on a noun of private people whom the sentence acts on
        ("arrested a British man", "a French tourist was killed"), not who acts ("Palestinian
        youths threw stones": where the story is)."""
        if self.rule(span) != "adjective" or span.root.dep_ not in ("amod", "compound"):
            return False
        return span.root.head.dep_ not in ("nsubj", "ROOT") and placed_sector(span) == PRIVATE_SECTOR

    def in_sentence(self, sent: Span) -> Span | None:
        """The first place actor in the sentence: a country or place after "in", "at", ...
        (looked for once per sentence)."""
        key = (sent.start, sent.end)
        if key not in self._sentences:
            self._sentences[key] = self._find_in(sent)
        return self._sentences[key]

    def _find_in(self, sent: Span, skip: frozenset[str] = frozenset()) -> Span | None:
        for tok in sent:
            # the label's number (spaCy's symbol): its text would be made anew for each word
            if tok.dep != POBJ_LABEL or tok.head.lower_ not in PLACE_PREPOSITIONS or in_attribution(tok) \
                    or tok.head.lower_ in skip:
                continue
            if tok.head.lower_ == "from" and tok.head.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.pos_ in (
                    "NOUN", "PROPN"):
                continue  # "a missionary from Calgary was arrested in Lebanon": where the subject comes from
            # "killed in a United States airstrike": the attack's doer is no place ("in a Russian
            # airstrike on Sloviansk, Donetsk Oblast, Ukraine": the place after it is)
            doer = {d.i for c in tok.children if c.dep_ in DOER_DEPS for d in c.subtree} \
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in strike_nouns() else ()
            # "in Adamawa State, Nigeria", "in Fastiv, Kyiv Oblast, Ukraine": the place
            # or a place in its appositions names the country.
            for node in [tok, *tok.subtree]:
                if node.i != tok.i and node.dep_ not in ("appos", "conj", "compound", "npadvmod") or node.i in doer:
                    continue
                span = self.at(node.i)
                if span is None:
                    continue
                actor = self.actor(span)
                if actor.country and not actor.org and (actor.sector is None or self.rule(span) in PLACE_RULES):
                    return span
        return None

    def placed(self, sent: Span, *, origins: bool = True) -> tuple[Span, Actor] | None:
        """Where the sentence's act happens, as its words and the state it stands for: the
        place actor of :meth:`in_sentence`, else a place only the gazetteer knows ("struck
        targets in Mashhad": IRN), or None. ``origins=False``: not a place the act comes
        from ("fired rockets from Lebanon into Israel": ISR)."""
        span = self.in_sentence(sent)
        if span is not None and not origins and _preposition(span) in ORIGIN_PREPOSITIONS:
            span = self._find_in(sent, ORIGIN_PREPOSITIONS)
        if span is not None:
            return span, self.actor(span)
        found = self.find_place(sent, OFFSHORE_PREPOSITIONS) if self.find_place is not None else None
        return (found[0], Actor(country=found[1])) if found is not None else None

    def country(self, sent: Span) -> str | None:
        span = self.in_sentence(sent)
        if span is not None:
            return self.actor(span).country
        located = self.located(sent)
        return located or self.home()

    def located(self, sent: Span) -> str | None:
        """The country of a place only the gazetteer knows in the sentence (``locate``), not
        one that names whose an armed act is ("killed in a United States airstrike on a boat
        in the Caribbean Sea": no country is named where they were); a place after it counts
        ("in a Russian strike on a trawler near Odesa")."""
        if self.find_place is None:
            return self.locate(sent) if self.locate is not None else None
        found = self.find_place(sent, frozenset())
        while found is not None and strike_doer(found[0].root):
            found = self.find_place(sent.doc[found[0].end:sent.end], frozenset())
        return found[1] if found is not None else None


def _preposition(span: Span) -> str | None:
    """The preposition whose object holds ``span`` ("from" in "from northern Lebanon"),
    lower case, or None."""
    tok = span.root
    while tok.dep != POBJ_LABEL and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.lower_ if tok.dep == POBJ_LABEL else None


def in_attribution(tok: Token) -> bool:
    """True for a word in the subject of a verb of saying ("relief officials in Nairobi
    said"): it places the speakers, not what they tell."""
    speech = load_cues().speech_verbs
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "nsubj" and node.head.lemma_.lower() in speech:
            return True
        node = node.head
    return False


def _lead_end(doc: Doc, sentences: list[Span] | None = None) -> int:
    """The token index where the document's lead (its first LEAD_SENTENCES sentences with a
    verb: a dateline or a heading is not one) ends; ``sentences``: ``doc.sents``, read already."""
    end, n = 0, 0
    for sent in doc.sents if sentences is None else sentences:
        if n == LEAD_SENTENCES:
            break
        end = sent.end
        for t in sent:  # (a loop, not a generator: run for every document)
            if t.pos in (VERB, AUX):  # as numbers (spaCy's symbols), not made as text
                n += 1
                break
    return end


def _of_objects(tok: Token) -> list[Token]:
    """What ``tok`` is "of": "dozens of demonstrators", "leaders of the opposition"."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def counted(tok: Token) -> Token:
    """What a quantity noun counts ("thousands of troops": troops); else ``tok``."""
    if tok.lower_ in QUANTITY_NOUNS or tok.lemma_.lower() in QUANTITY_NOUNS:
        return next(iter(_of_objects(tok)), tok)
    return tok


def agent_sector(tok: Token) -> tuple[bool, str | None]:
    """Whether ``tok`` is an unnamed agent, and its sector: the noun itself ("police"),
    or the title before a name no one knows ("former minister Alejandro Gil"). A former
    holder has no sector (GUIDE.md: a former official is the country alone)."""
    agents = load_agents()
    tok = counted(tok)
    if tok.lemma_.lower() in MEMBER_NOUNS and tok.lemma_.lower() not in agents:
        # "leaders of the opposition coalition", "members of the security forces": of the body
        # (not "heads of government of 30 countries": a body the text places elsewhere)
        tok = next((p for p in _of_objects(tok)
                    if not any(g.dep_ == "prep" and g.lower_ in ("of", "from") for g in p.children)), tok)
    if counted_people(tok):
        return True, agents.get("people")  # "killing two and arresting 40": 40 people
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "PRON" and tok.lower_ in agents):
        return False, None  # (but "banned anyone wearing a veil": people, as "banned women")
    lemma = phrase_lemma(tok, agents)
    if lemma not in agents:
        # "Hamas Commander Ali X" (a title before an unknown name), "several opposition
        # leaders", "rebel positions": the agent noun before the word names its sector
        lemma = next((c.lemma_.lower() for c in tok.subtree if c.i < tok.i
                      and c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in agents), lemma)
    if lemma not in agents and tok.pos_ == "PROPN":
        # "Mayor Muriel Bowser": the capitalised title the parser tags as a name
        lemma = next((c.lemma_.lower() for c in tok.children if c.i < tok.i and c.dep_ == "compound"
                      and c.pos_ == "PROPN" and c.lower_ in agents), lemma)
    if lemma not in agents and lemma in OFFICE_NOUNS:
        # "the district attorney's office", "the mayor's office": the holder's
        lemma = next((phrase_lemma(c, agents) for c in tok.children if c.dep_ == "poss"
                      and phrase_lemma(c, agents) in agents), lemma)
    if lemma not in agents:
        return False, None
    former = any(w.lower_ in FORMER for w in tok.subtree if w.i < tok.i)
    return True, None if former else agents[lemma]


def phrase_lemma(tok: Token, agents: dict[str, str | None]) -> str:
    """The lemma of an agent noun, or of the two-word agent its modifier makes with it
    ("security forces": COP, not the armed forces of "force"; "a suicide bomber")."""
    lemma = tok.lemma_.lower()
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is not None and before.head.i == tok.i and before.dep_ in ("compound", "amod"):
        phrase = f"{before.lemma_.lower()} {lemma}"
        if phrase in agents:
            return phrase
    return lemma


def counted_people(tok: Token) -> bool:
    """A bare number that a verb acts on stands for people ("killing two and arresting 40",
    "12 were detained"); not a number that counts a noun or has an "of" ("40 of them")."""
    return (tok.pos_ == "NUM" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB"
            and not any(c.dep_ == "prep" for c in tok.children))


def speaker_subject(pronoun: Token) -> Token | None:
    """The subject of the verb of saying whose clause ``pronoun`` is the subject of ("the army
    said it had killed ...": "army"), or None; only the clause said itself (not "bombers
    killed 23 people when they blew themselves up, police said")."""
    verb = pronoun.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def foreign(tok: Token) -> bool:
    """Whether an agent noun is called foreign ("foreign fighters"), also where the parser
    hangs the word on the noun before it ("foreign security forces": on "security"), or on
    the people a number counts ("hundreds of foreign workers")."""
    tok = counted(tok)
    words = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)]
    return any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for w in words for c in w.children)


def local_agent(tok: Token) -> tuple[bool, str | None]:
    """``agent_sector`` for an agent noun that may stand for the state where the event
    happens: not one called foreign ("foreign journalists", "foreign troops"), though a
    foreign minister or ministry is the state's own (GOV)."""
    found, sector = agent_sector(tok)
    return found and not _foreign_agent(tok, sector), sector


def foreign_agent(tok: Token) -> bool:
    """Whether ``tok`` is an agent noun called foreign, not of the state where the event
    happens ("arrested foreign journalists in Tehran": unnamed foreigners, not Iran's)."""
    found, sector = agent_sector(tok)
    return found and _foreign_agent(tok, sector)


def _foreign_agent(tok: Token, sector: str | None) -> bool:
    return sector != "GOV" and foreign(tok)  # a foreign minister is the state's own


def implicit_actor(tok: Token, places: Places) -> Actor | None:
    """The actor an unnamed agent noun stands for, or None; a pronoun that stands for an
    unnamed speaker stands for its actor ("Police said they had arrested ..."); none where
    the user's agent dictionaries are the only agents (``Places.agents_only``)."""
    if places.agents_only:
        return None
    if tok.lower_ in FIRST_PERSON_PRONOUNS:
        return first_person_speaker(tok, places)
    if tok.lower_ in BODY_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
        speaker = speaker_subject(tok)
        if speaker is None or speaker.lower_ in SPEAKER_PRONOUNS:
            return None
        tok = speaker
    found, sector = local_agent(tok)
    if not found:
        return None
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_POSSESSIVES for c in tok.children):
        # "our government" is the speaker's (or the writer's, whom no words name: none)
        speaker = first_person_speaker(tok, places)
        country = speaker.country if speaker is not None else None
        return Actor(country=country, sector=sector) if country else None
    country = places.country(tok.sent)
    if country is not None and tok.dep_ in ("nsubj", "poss") and tok.head.lemma_.lower() in TRAVEL_WORDS:
        # a visitor is not of the place visited: of the story's own country, if another one
        home = places.home()
        country = home if home != country else None
    if country is None:
        return None
    if tok.dep_ not in ("nsubj", "poss") and places.in_sentence(tok.sent) is None \
            and places.located(tok.sent) is None and _struck_by(tok.sent, country, places):
        # "Three fishermen were killed in a US airstrike on a boat", "a Russian drone strike
        # killed four sailors": people an attack of the story's state acts on, where no place
        # of the sentence names their country, are not of that state
        return None
    return Actor(country=country, sector=sector)


def first_person_speaker(tok: Token, places: Places) -> Actor | None:
    """The actor of whoever speaks ``tok`` (a first person: "we", "our government"):
    the speaker of the quotation that holds it ("'Our government will not negotiate,' the
    French foreign ministry said"), else the actor subject of a verb of saying above it
    ("the Kremlin said our country would respond"); None where no named actor says it (a
    quotation without a known speaker, a letter in the writer's own voice).
    """
    quote = next((q for q in places.quotes if q.start <= tok.idx < q.end), None)
    if quote is not None:
        return quote.implied or (places.actor(quote.speaker) if quote.speaker is not None else None)
    head = tok
    while head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in SPEECH_VERBS and head.pos in (VERB, AUX):
            for c in head.children:
                if c.dep_ == "nsubj" and c.i != tok.i:
                    span = places.at(c.i) or next(
                        (places.at(a.i) for a in c.children if a.dep_ == "appos" and places.at(a.i)), None)
                    return places.actor(span) if span is not None else None
            return None
    return None


def implied_speaker(tok: Token, places: Places) -> Actor | None:
    """The actor a speaker that no actor mention names stands for: an agent noun ("the
    ministry said", "a Home Office spokesperson said") or a title before an unknown name
    ("Prosecutor Kama Melly QC said", "Police director Vladimir Rebic said"); None for
    anything else (a pronoun, a name alone)."""
    if places.at(tok.i) is not None:
        return None
    if tok.pos_ == "NOUN":
        return implicit_actor(tok, places)
    if tok.pos_ != "PROPN":
        return None
    for c in tok.subtree:  # (the title may hang on a word of the name: "Prosecutor Kama Melly QC")
        if c.dep_ == "compound" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN") and places.at(c.i) is None:
            actor = implicit_actor(c, places)
            if actor is not None:
                return actor
    return None


# The classes of objects.tsv whose nouns name an armed act ("a US airstrike", "a Russian drone
# strike", "shelling by Russian forces").
STRIKE_CLASSES = frozenset({"hostilities", "violence", "force"})
STATE_FORCES = frozenset({None, "MIL", "GOV"})  # a state's own strike: not rebels of the place
# The words of a strike that name its doer ("a United States airstrike", "Russia's shelling"),
# and, where its place is read, the parser's nominal modifier too.
STRIKE_DOER_DEPS = frozenset({"amod", "compound", "poss"})
DOER_DEPS = STRIKE_DOER_DEPS | {"nmod"}


@functools.lru_cache(maxsize=1)
def strike_nouns() -> frozenset[str]:
    return frozenset(w for w, classes in load_objects(data_path("objects.tsv")).items() if classes & STRIKE_CLASSES)


def strike_doer(tok: Token) -> bool:
    """Whether ``tok`` is in the words of a noun of an armed act that name its doer ("United"
    in "a United States airstrike", "Russia" in "Russia's shelling")."""
    nouns = strike_nouns()
    node = tok
    while node.head.i != node.i and node.dep_ in DOER_DEPS | {"case"}:
        if node.dep_ in DOER_DEPS and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in nouns:
            return True
        node = node.head
    return False


def _struck_by(sent: Span, country: str, places: Places) -> bool:
    """Whether the sentence names an armed act of the state ``country`` (the state, its military
    or government; not rebels of that country): a noun of an armed act
    whose adjective, compound or possessor names that state ("a United States airstrike",
    "a Russian drone strike"), or whose "by" object does ("shelling by Russian forces"), or the
    subject of the verb it is the object of ("the US military conducted an airstrike", also
    through "it" said by the military)."""
    nouns = strike_nouns()
    for word in sent:
        if word.pos_ != "NOUN" or word.lemma_.lower() not in nouns:
            continue
        doers = [c for c in word.children if c.dep_ in STRIKE_DOER_DEPS]
        doers += [g for c in word.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"]
        if word.dep_ == "dobj":
            # "the US military says it has conducted an airstrike on a boat, killing three people"
            subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in BODY_PRONOUNS:
                subject = speaker_subject(subject)
            doers += [subject] if subject is not None else []
        for doer in doers:
            for node in (doer, *doer.children):
                span = places.at(node.i)
                actor = places.actor(span) if span is not None else None
                if actor is not None and actor.country == country and actor.sector in STATE_FORCES:
                    return True
    return False


# (recall40) Nouns for people held that an actor's name may modify ("British nationals"),
# beside the agent nouns (agents.tsv: "journalist", "hostage", "fisherman").
HELD_PEOPLE_NOUNS = frozenset({"national", "citizen", "crew", "sailor", "tourist", "student"})


def released_people(verb: Token) -> bool:
    """True for a passive release whose subject is people an actor names ("two Americans held in
    Afghanistan are freed", "three British nationals were released"): the state where they
    were held releases them (``coder._sourceless``). Not "the new Chinese phone was released",
    nor people joined with others ("a citizen held in X and one held in Y are released in a
    swap": which state released whom is not said)."""
    doc = verb.doc

    def named(i: int) -> bool:  # (by a name, not a pronoun: not "demanded that its diplomats be released")
        span = doc._.actor_at(i)
        return span is not None and span[0].pos_ != "PRON"

    for c in verb.children:
        if c.dep_ != "nsubjpass" or any(g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN") for g in c.subtree):
            continue
        lemma = c.lemma_.lower()
        if named(c.i) or (lemma in HELD_PEOPLE_NOUNS or lemma in load_agents()) \
                and any(named(i) for i in range(c.left_edge.i, c.i)):
            return True
    return False
