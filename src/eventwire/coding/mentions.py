"""Which actors a word of the parse stands for.

The coder asks, for each syntactic argument of a trigger (a subject, an
object, a preposition's object), which actor mentions it names: the mention
on the word, its conjuncts, an apposition ("Ahmed al-Assadi, a spokesman for
the PMF"), the actor in a plain noun's modifiers or complements ("the Hamas
militant group", "an assembly of ministers in Cairo"), the speaker for a
pronoun subject of what someone says, and the actors of the last sentence
for "they". :class:`MentionReader` holds these readings; :class:`DocContext`
what the coder remembers across a document's sentences.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.component import span_value
from ..actors.references import PERSON_RULES
from ..datafiles import tsv_records
from ..errors import KnowledgeBaseError
from ..records import Actor
from .implicit import PLACE_RULES, SPEAKER_PRONOUNS, SPEECH_VERBS, Places
from .lexicon import ARMED_CLASSES, Lexicon, data_path
from .modality import load_cues
from .parties import site_of_violence
from .mends import lower_lemma
from .predicates import PEOPLE_SECTORS
from .reading import POSSESSIVE_PRONOUNS, SentenceReader
from .sectors import placed_sector

# A noun that stands for the actor named in its modifiers: "the Hamas militant
# group", "Russian officials", "his counterpart, <name>".
MODIFIER_EDGES = {"compound", "nmod", "amod", "poss"}
# Prepositions through which a plain noun phrase names its actor.
NP_PREPOSITIONS = {"of", "from", "between", "by", "in", "at"}
# Prepositions by which an apposition names the body a person speaks or works for.
AFFILIATION_PREPOSITIONS = ("for", "of", "to")
# Prepositions of where a mishap (objects.tsv) happens: its place is not its actor.
MISHAP_PLACE_PREPOSITIONS = {"in", "at"}
# Classes of nouns whose "in" or "at" names a place, not an actor: a mishap, a weapon.
PLACELESS_CLASSES = frozenset({"mishap", "weapon"})
# Places where people live, whose "for" names them: "a camp for Sudanese refugees".
DWELLING_NOUNS = {"camp", "shelter", "centre", "center", "hostel", "settlement"}
# Participles that only tell who did an act a noun names ("crimes committed by", "abuses
# perpetrated by", "attacks carried out by").
DOER_PARTICIPLES = {"commit", "perpetrate", "carry"}
# Participles of goods coming from somewhere, whose "from" names where ("tariffs on goods
# imported from Mexico": Mexico's; recall48).
ORIGIN_PARTICIPLES = {"import", "ship", "export", "source", "originate"}
PLURAL_PRONOUNS = {"they", "them"}
# (targets51) Nouns of the place a body holds: "their position", "its base" are the possessor's.
HELD_SITE_NOUNS = frozenset({"position", "base", "camp", "post", "outpost", "checkpoint", "headquarters",
                             "barracks", "compound"})
# (targets51) "those countries", "these states", "both nations": the states just listed.
STATE_GROUP_NOUNS = frozenset({"country", "state", "nation"})
GROUP_DETERMINERS = frozenset({"those", "these", "both"})
# Nouns by which a state speaking refers to itself: "India says the country will reopen its
# embassy", as "it" would (bare, with "the" alone, as the subject of what is said).
SELF_NOUNS = frozenset({"country", "nation"})
# A state's own space, and the verbs of intruding into it: "Finland reports that Russia violated
# its airspace" is the speaker's airspace, since no state intrudes into its own.
OWN_SPACE_NOUNS = frozenset({"airspace", "territory", "waters"})
INTRUSION_VERBS = frozenset({"violate", "enter", "breach", "penetrate", "intrude", "invade"})
# Where people are held: a release "from prison in Venezuela" is from the state named next.
CUSTODY_NOUNS = {"prison", "jail", "custody", "detention", "captivity"}
# Verbs that send a weapon on its way: "drones launched from Iraq", "a rocket fired from Lebanon".
LAUNCH_VERBS = {"fire", "launch", "shoot", "send"}
# Roots of the acts of force whose noun two dash-joined modifiers did together ("an Israeli–U.S.
# airstrike"), the dashes that join them, and the tag of a demonym one of them is.
FORCE_ROOTS = frozenset({"18", "19", "20"})
DASHES = frozenset({"-", "–", "—"})
ADJ_POS = "ADJ"
# Words of a number of the people an "of" names ("detained several of its army personnel",
# "arrested two of its officers"): the actor is whom they are "of".
SOME_OF_WORDS = frozenset({"several", "many", "some", "few", "most", "all", "none"})


# The adjective through which a speaker noun names its body: "a source close to the presidency".
CLOSE_ADJECTIVES = frozenset({"close"})


@functools.lru_cache(maxsize=1)
def load_spokespeople() -> dict[str, tuple[str, ...]]:
    """(spokes44) ``data/spokespeople.tsv``: lemma of a noun of one who speaks or acts for a
    body -> the prepositions by which it names the body ("for", "to", "close to")."""
    path = data_path("spokespeople.tsv")
    out: dict[str, tuple[str, ...]] = {}
    for lineno, row in tsv_records(path, ("lemma", "prepositions")):
        words = tuple(w.strip().lower() for w in row["prepositions"].split(","))
        if not row["lemma"] or not all(words):
            raise KnowledgeBaseError(str(path), lineno, "expected a lemma and its prepositions, comma separated")
        out[row["lemma"].lower()] = words
    return out


@dataclass
class DocContext:
    """What the coder remembers across the sentences of one document: the actors
    of each sentence's subject, for "they", and the source of the last act coded,
    for "criticised the move", and of the last act of each CAMEO root, for "the shooting"."""

    groups: list[tuple[int, list[Span]]] = field(default_factory=list)  # (sentence start, actors)
    places: Places | None = None
    last_source: Span | None = None  # who did the last act coded: what "the move" refers back to
    acts: dict[str, Span] = field(default_factory=dict)  # CAMEO root -> who did the last act of it
    implied: dict[tuple[int, int], Actor] = field(default_factory=dict)  # those of them implied ("a gunman")
    # (coder50) the last people an act of coercion or force was on, with the actor they stand for:
    # whom "them" acted on later refers back to ("arrested five protesters ... beat them")
    acted_on: tuple[Span, Actor | None] | None = None

    def last_doer(self, roots: frozenset[str]) -> Span | None:
        """Who did the last act of one of ``roots`` the document told with a named source:
        what "the shooting" refers back to."""
        doers = [self.acts[r] for r in roots if r in self.acts]
        return max(doers, key=lambda s: s.start) if doers else None

    def group_before(self, tok: Token) -> list[Span]:
        start = tok.sent.start
        for sent_start, actors in reversed(self.groups):
            if sent_start <= start and len(actors) > 1:
                return actors
        return []


class MentionReader(SentenceReader):
    """The actor readings of the coder (:class:`~eventwire.coding.coder.Coder`), which
    says which nouns code an event (:meth:`_is_trigger_noun`)."""

    lexicon: Lexicon

    def _is_trigger_noun(self, tok: Token) -> bool:
        raise NotImplementedError

    def _reversed(self, noun: Token) -> bool:
        raise NotImplementedError

    def actors_at(self, doc: Doc, tok: Token, context: DocContext | None = None) -> list[Span]:
        """Actor mentions a syntactic argument stands for, with its conjuncts: read once per
        sentence coded (a new list each time: callers add to it), but for a plural pronoun,
        whose actors are the group the document named before (``context``)."""
        self._actors_of(doc)  # (the memos start afresh for another document)
        if tok.lower_ in PLURAL_PRONOUNS:
            return self._read_actors_at(doc, tok, context)
        found = self._mentioned.get(tok.i)
        if found is None:
            found = self._mentioned[tok.i] = self._read_actors_at(doc, tok, context)
        return list(found)

    def _read_actors_at(self, doc: Doc, tok: Token, context: DocContext | None) -> list[Span]:
        """What :meth:`actors_at` reads."""
        out: list[Span] = []

        def add(span: Span | None) -> None:
            if span is not None and all(span != o for o in out):
                out.append(span)

        actor_at = self._actors_of(doc)
        lower = tok.lower_
        if (lower in SPEAKER_PRONOUNS or self._speakers_arms(tok)) and actor_at(tok.i) is None:
            speakers = self._speakers_of(doc, tok)
            if speakers:
                # (lead51) "Bahrain and Kuwait said they had intercepted ...": both, for a plural
                return speakers if lower in PLURAL_PRONOUNS else speakers[:1]
        if (owner := self._intruded_owner(doc, tok)) is not None:
            return [owner]
        if self._speakers_country(tok) and actor_at(tok.i) is None:
            speaker = self._speaker_of(doc, tok)
            if speaker is not None and span_value(speaker, "actor").org is None:
                return [speaker]  # (not "the IAEA says the country enriched uranium")
        if context is not None and lower in PLURAL_PRONOUNS and actor_at(tok.i) is None:
            for span in context.group_before(tok):
                add(span)
            return out
        if tok.tag_ == "NNS" and lower_lemma(tok) in STATE_GROUP_NOUNS and actor_at(tok.i) is None and any(
                c.dep_ in ("det", "predet") and c.lower_ in GROUP_DETERMINERS for c in tok.children):
            listed = self._states_listed_before(doc, tok)
            if listed:
                return listed
        for t in [tok, *self._conjuncts(tok)]:
            span = self._actor_of(doc, t)
            add(span)
            if span is not None and not (span.start <= t.i < span.end):
                # Found inside the phrase ("the deal between Turkey and Libya"): its conjuncts too.
                for c in self._conjuncts(span.root):
                    add(actor_at(c.i))
                # A list of adjectives on the noun found ("the status of Afghan and Cameroonian
                # nationals", "dozens of Russian and Ukrainian citizens"): each of them (recall48).
                owner = span.root.head if span.root.dep_ in ("amod", "nmod") else span.root
                for member in self._listed_modifiers(owner):
                    add(actor_at(member.i))
            elif span is not None:
                # "The ambassadors of France, Germany and Italy", "lawmakers in France and
                # Germany": a mention that takes in the first name only; the names conjoined
                # to it are mentions of their own.
                for x in span:
                    if x.i != t.i:
                        for c in self._conjuncts(x):
                            if not (span.start <= c.i < span.end):
                                add(actor_at(c.i))
            # "Greek, Cypriot and French counterparts": each adjective is an actor (also one
            # the parser tags a proper noun: "Thai and Cambodian troops").
            # A list the parser hangs on its last name ("Fornost and the evil awful Gondor",
            # the first name a modifier of the last, with the "and" on it): each name of it.
            named = actor_at(t.i) is not None
            for c, dep, _ in self._children(t):
                if dep in ("amod", "nmod"):
                    members = [c, *self._conjuncts(c)]
                    listed = named and any(x_dep == "cc" for m in members for _, x_dep, _ in self._children(m))
                    for a in (members if listed else [c, *[x for x, x_dep, _ in self._children(c) if x_dep == "conj"]]):
                        span = actor_at(a.i)
                        if span is not None and (span_value(span, "actor").sector is not None or listed):
                            add(span)
        return out

    def _listed_modifiers(self, noun: Token) -> list[Token]:
        """The adjectives of a list that modifies ``noun`` ("Afghan and Cameroonian nationals":
        both): a modifier with an "and" on it and the words conjoined to it; else none."""
        out: list[Token] = []
        for c, dep, _ in self._children(noun):
            if dep in ("amod", "nmod"):
                children = self._children(c)
                if any(x_dep == "cc" for _, x_dep, _ in children):
                    out += [c, *[x for x, x_dep, _ in children if x_dep == "conj"]]
        return out

    def _speakers_arms(self, tok: Token) -> bool:
        """A subject that is arms, forces or force of "its" or "their" ("Israel said its jets
        struck ...", "the Houthis said their missiles hit ...", "the IRGC says that their naval
        forces attacked ...", "the IDF says its strikes killed ..."): the speaker's, as "it"
        would be."""
        return tok.dep_ == "nsubj" and tok.pos_ == "NOUN" \
            and any(dep == "poss" and low in POSSESSIVE_PRONOUNS for _, dep, low in self._children(tok)) \
            and not ARMED_CLASSES.isdisjoint(self.lexicon.classes_of(lower_lemma(tok)))

    def _speakers_country(self, tok: Token) -> bool:
        """A subject "the country" or "the nation", with no other word ("Ghana announces
        that the country will open an embassy"): the speaking state's."""
        return tok.dep_ in ("nsubj", "nsubjpass") and lower_lemma(tok) in SELF_NOUNS \
            and [low for _, _, low in self._children(tok)] == ["the"]

    def _intruded_owner(self, doc: Doc, tok: Token) -> Span | None:
        """The state whose space "its airspace" is, as the object of a verb of intruding in
        what a state says ("Finland reports that Russia has violated its airspace"): the
        speaker, when another than the intruder; else None."""
        if lower_lemma(tok) not in OWN_SPACE_NOUNS or tok.dep_ != "dobj" \
                or lower_lemma(tok.head) not in INTRUSION_VERBS \
                or not any(dep == "poss" and low in POSSESSIVE_PRONOUNS for _, dep, low in self._children(tok)):
            return None
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        speaker = self._speaker_of(doc, subjects[0]) if subjects else None
        if speaker is None or span_value(speaker, "actor").org is not None:
            return None
        intruders = self.actors_at(doc, subjects[0])
        if any(span_value(a, "actor").country == span_value(speaker, "actor").country for a in intruders):
            return None
        return speaker

    def _speaker_of(self, doc: Doc, pronoun: Token) -> Span | None:
        """The actor who says the clause whose subject is ``pronoun``."""
        speakers = self._speakers_of(doc, pronoun)
        return speakers[0] if speakers else None

    def _speakers_of(self, doc: Doc, pronoun: Token) -> list[Span]:
        """The actors who say the clause whose subject is ``pronoun``, with their conjuncts."""
        node, steps = pronoun.head, 0
        while steps < 4 and node.head.i != node.i:
            if node.dep_ in ("ccomp", "xcomp", "conj", "advcl") and lower_lemma(node.head) in SPEECH_VERBS:
                for c in node.head.children:
                    if c.dep_ == "nsubj":
                        return self.actors_at(doc, c)
                return []
            node, steps = node.head, steps + 1
        return []

    def _site_holder(self, doc: Doc, tok: Token) -> Span | None:
        """(targets51) Whose "their position" (``HELD_SITE_NOUNS``) is: the last people named
        before it in its sentence, not the subject of the verb its phrase hangs on ("peacekeepers
        are killed after M23 forces launch a mortar attack on their position at Goma Airport":
        the peacekeepers', not the airport's state)."""
        if lower_lemma(tok) not in HELD_SITE_NOUNS or not any(
                dep == "poss" and low == "their" for _, dep, low in self._children(tok)):
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head.i != verb.i:
            verb = verb.head
        doers = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        actor_at = self._actors_of(doc)
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            span = actor_at(i)
            if span is not None and span.root.i == i and i not in doers and span.root.tag_ in ("NNS", "NNPS"):
                return span
        return None

    def _states_listed_before(self, doc: Doc, tok: Token) -> list[Span]:
        """(targets51) The states of the last list of two or more states before ``tok``, in its
        sentence or the one before ("Iran accuses Kuwait and the UAE of the attacks and launches
        attacks against those countries": Kuwait and the UAE)."""
        actor_at = self._actors_of(doc)
        sent = tok.sent
        first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(tok.i - 1, first - 1, -1):
            span = actor_at(i)
            if span is None or span.root.i != i:
                continue
            head = span.root
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head
            listed: list[Span] = []
            for t in [head, *self._conjuncts(head)]:
                member = actor_at(t.i)
                if member is None:
                    break
                actor = span_value(member, "actor")
                if actor is None or actor.country is None or actor.org or actor.sector is not None:
                    break
                if all(member != m for m in listed):
                    listed.append(member)
            else:
                if len(listed) > 1:
                    return listed
        return []

    def _actor_of(self, doc: Doc, tok: Token) -> Span | None:
        """The actor a token names: itself, its apposition, or (for a plain noun) the
        first actor among its modifiers and prepositional complements
        ("the Hamas militant group", "an assembly of ministers in Cairo")."""
        actor_at = self._actors_of(doc)
        span = actor_at(tok.i)
        if span is not None:
            return span
        for c, dep, _ in self._children(tok):
            if dep == "appos":
                if (span := actor_at(c.i)) is not None:
                    return span
                # "Ahmed al-Assadi, a spokesman for the PMF": the body the description names.
                for word in AFFILIATION_PREPOSITIONS:
                    for p in self._prep_objects([c], word):
                        if (span := actor_at(p.i)) is not None:
                            return span
                        # (targets51) "the leader of the crime syndicate Los Choneros": the body
                        # the noun's own apposition names
                        for a, a_dep, _ in self._children(p):
                            if a_dep == "appos" and (span := actor_at(a.i)) is not None:
                                return span
        if (span := self._spoken_for(doc, tok)) is not None:
            return span
        if (span := self._site_holder(doc, tok)) is not None:
            return span
        if (described := self._split_description(tok)) is not None \
                and (span := self._actor_of(doc, described)) is not None:
            return span
        if tok.lower_ in SOME_OF_WORDS or tok.pos_ == "NUM":
            for p in self._prep_objects([tok], "of"):
                if (span := self._actor_of(doc, p)) is not None:
                    return span
        if (counted := self._counted_after(doc, tok)) is not None:
            return counted
        # (senses51) an act its verb undoes codes no event of its own, and its phrase is the verb's
        # ("suspended aid deliveries in Baghdad": 160 toward Iraq): read as any noun
        if tok.pos_ not in ("NOUN", "PROPN") or self._is_trigger_noun(tok) and not self._reversed(tok) \
                or "sport" in self.lexicon.classes_of(lower_lemma(tok)):
            return None  # (not "the Argentine goal", "Brazil's striker": a game's, no state's)
        # (nor a weapon's: "killed by an IED in Syria" names where, not who)
        mishap = not PLACELESS_CLASSES.isdisjoint(self.lexicon.classes_of(lower_lemma(tok)))
        frontier, hops = [tok], 0
        while frontier and hops <= 2:
            nxt = []
            for node in frontier:
                for c, dep, lower in self._children(node):
                    if dep in MODIFIER_EDGES or dep == "appos":
                        if (span := actor_at(c.i)) is not None:
                            return span
                        if dep == "compound":
                            nxt.append(c)  # "New Zealand MPs Ingrid Leary": through the name
                        elif dep == "amod" and "affiliation" in self.lexicon.classes_of(lower_lemma(c)):
                            # "Azerbaijani-flagged vessels": the actor before the participle.
                            for a, a_dep, _ in self._children(c):
                                if a_dep in ("npadvmod", "compound", "nmod", "amod") \
                                        and (span := actor_at(a.i)) is not None:
                                    return span
                    elif dep == "acl" and node.i == tok.i and c.tag_ == "VBN" \
                            and lower_lemma(c) in DOER_PARTICIPLES:
                        # "the atrocities committed by Serbian forces": whoever did them.
                        for a in self._agents(c):
                            if (span := actor_at(a.i)) is not None:
                                return span
                    elif dep == "acl" and node.i == tok.i and c.tag_ in ("VBN", "VBG") \
                            and lower_lemma(c) in ORIGIN_PARTICIPLES:
                        for p in self._prep_objects([c], "from"):
                            if (span := actor_at(p.i)) is not None:
                                return span
                    elif dep == "prep" and not (mishap and node.i == tok.i and lower in MISHAP_PLACE_PREPOSITIONS) and (
                            lower in NP_PREPOSITIONS or lower == "with" and self._relation(node)
                            or lower == "for" and lower_lemma(node) in DWELLING_NOUNS):
                        for p, p_dep, _ in self._children(c):
                            if p_dep == "pobj":
                                if (span := actor_at(p.i)) is not None:
                                    return span
                                if not self._is_trigger_noun(p):
                                    nxt.append(p)
            frontier, hops = nxt, hops + 1
        return None

    def _spoken_for(self, doc: Doc, tok: Token) -> Span | None:
        """(spokes44) The body a spokesperson, adviser or source named by ``tok`` speaks or acts
        for ("a spokesman for the Home Office", "an adviser to the president", "a source close
        to the presidency": ``data/spokespeople.tsv``): its act is the body's; else None."""
        words = load_spokespeople().get(lower_lemma(tok), ())
        for word in words:
            heads = [tok]
            if word.startswith("close "):
                heads = [c for c, dep, low in self._children(tok) if dep == "amod" and low in CLOSE_ADJECTIVES]
                word = word.split(" ", 1)[1]
            for p in self._prep_objects(heads, word):
                if (span := self._actor_of(doc, p)) is not None:
                    return span
        return None

    def _counted_after(self, doc: Doc, number: Token) -> Span | None:
        """(slots44) The actor right after a bare number object that the parser cut from the
        people it counts ("detain 20 IS members": "IS" read as a verb, "20" the object alone,
        "members" hung on "IS"): the mention, where a noun ends it or follows it; else None."""
        if number.pos_ != "NUM" or number.dep_ != "dobj" or any(True for _ in number.children) \
                or number.i + 1 >= len(doc):
            return None
        span = self._actors_of(doc)(number.i + 1)
        if span is None or span.start != number.i + 1:
            return None
        last = doc[span.end - 1]
        after = doc[span.end] if span.end < len(doc) else None
        return span if last.pos_ == "NOUN" or after is not None and after.pos_ == "NOUN" else None

    def _split_description(self, name: Token) -> Token | None:
        """The common noun that describes a named subject right before it, where the parser
        hangs it on the verb ("British couple Peter and Barbie Reynolds are freed": "couple" an
        npadvmod of "freed"); else None."""
        if name.pos_ != "PROPN" or name.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for c, dep, _ in self._children(name.head):
            if dep == "npadvmod" and c.pos_ == "NOUN" and c.right_edge.i == name.left_edge.i - 1 \
                    and c.ent_type_ not in ("DATE", "TIME"):  # (not "Last week Peter Reynolds was ...")
                return c
        return None

    def _relation(self, noun: Token) -> bool:
        """A noun of the ties between two actors ("ties", "relations"): its "with" names the
        other one ("the resumption of ties with Iran"), which a plain "with" does not ("a man
        with a gun")."""
        return "relation" in self.lexicon.classes_of(lower_lemma(noun))

    def _noun_source(self, doc: Doc, tok: Token) -> Span | None:
        """The actor of a noun trigger: a possessor or adjective ("Israeli strikes", "a
        Russian Iskander missile strike"), or the object of "by" ("a drone strike by the
        RSF", "an attack on a hospital by the ADF")."""
        actor_at = self._actors_of(doc)
        frontier, row = [tok], self._choose(tok, "NOUN")
        for _ in range(3):
            nxt = []
            for node in frontier:
                for c, dep, _ in self._children(node):
                    if dep in ("poss", "amod", "compound", "nmod") or (
                            dep == "nsubj" and node.dep_ == "compound" and node.pos_ == "VERB"):
                        # (a headline verb the parser made a modifier keeps its subject:
                        # "FARC dissidents launch drone strikes on ...")
                        span = actor_at(c.i)
                        if span is not None and row is not None and site_of_violence(span, tok, row):
                            continue  # (doers42) "condemned the Idlib attack": where it was, not who did it
                        if span is not None:
                            return span
                        nxt.append(c)
            frontier = nxt
        for p in self._by_objects(tok):
            if actor_at(p.i) is not None:
                return actor_at(p.i)
        row = self._choose(tok, "NOUN")
        if row is not None and not row.symmetric and row.cameo[:2] in FORCE_ROOTS:
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
            if owner is not None and tok.dep_ in ("nsubj", "nsubjpass"):
                # "the IDF announces that its strikes in Lebanon are part of an operation": the
                # attacks of "its" or "their", the subject of what an actor says, are the
                # speaker's (not in "Iran says Israel has stepped up its strikes": Israel's)
                return self._speaker_of(doc, owner)
            # "damaged by rocket strikes from Pakistan", "shelling from Russia": where an attack
            # comes from, when no one is named as its doer (the launch site, as for a weapon)
            return next((a for p in self._prep_objects([tok], "from") if (a := actor_at(p.i)) is not None), None)
        return None

    def _noun_sources(self, doc: Doc, tok: Token) -> list[Span]:
        """The actor of a noun trigger (``_noun_source``) with the actors conjoined to it:
        "the Israeli and American air campaign", "an airstrike by Israel and the US"."""
        span = self._noun_source(doc, tok)
        if span is None:
            return []
        actor_at = self._actors_of(doc)
        root = span.root
        joined = self._conjuncts(root)
        if root.pos_ == "ADJ":  # demonyms are conjoined as adjectives
            joined += [c for c in root.subtree if c.dep_ == "conj" and c.pos_ == "ADJ"]
        out = [span, *[s for c in joined if (s := actor_at(c.i)) is not None and s != span]]
        return out + [s for s in self._dashed_partners(doc, tok, span) if s not in out]

    def _dashed_partners(self, doc: Doc, tok: Token, span: Span) -> list[Span]:
        """The other side of an attack noun's modifier joined to it by a dash: "an Israeli–U.S.
        airstrike", "the Saudi–U.S. strikes", "US-Israeli strikes" were made by both (a demonym
        on one side). Not a symmetric noun ("Russia-Ukraine talks": a pair already), nor another
        act ("US-Chinese tariffs": the second names whom the act is aimed at)."""
        row = self._choose(tok, "NOUN")
        if row is None or row.symmetric or row.cameo[:2] not in FORCE_ROOTS:
            return []
        actor_at = self._actors_of(doc)
        root, out = span.root, []
        # (the other modifier of the noun, or hung on this one: "US-Israeli", "US" its npadvmod)
        near = [c for c in tok.children if c.dep_ in ("amod", "compound")]
        near += [c for c in root.children if c.dep_ in ("npadvmod", "compound", "amod") and c.i < root.i]
        for c in near:
            if abs(c.i - root.i) != 2 or doc[min(c.i, root.i) + 1].text not in DASHES:
                continue
            if not any(w.pos_ == ADJ_POS or w.dep_ == "amod" for w in (c, root)):
                continue  # ("Israel-Iran strikes": two names, whose sides the text leaves open)
            other = actor_at(c.i)
            if other is not None and other != span and other.root.i == c.i:
                out.append(other)
        return out

    def _by_objects(self, noun: Token) -> list[Token]:
        """The objects of "by" on a noun or on the object of its "on"/"against", or the agent
        of a participle on the noun ("a demonstration organised by the Communist Party")."""
        # ("a protest against violations by the army": not the protest's agent, but that of
        # the act it is against)
        # ("the arrest of a journalist by Greek police": the parser hangs the "by" on the one
        # the act is "of")
        aimed = [t for w in ("on", "against", "of") for t in self._prep_objects([noun], w)
                 if not self._is_trigger_noun(t) and "act" not in self.lexicon.classes_of(lower_lemma(t))]
        agents = [p for c, dep, _ in self._children(noun) if dep == "acl" and c.tag_ == "VBN"
                  and "third_party" not in self.lexicon.classes_of(lower_lemma(c))  # "talks mediated by Qatar"
                  for p in self._agents(c)]
        if noun.dep_ == "nsubjpass" and noun.head.pos_ == "VERB" and self._doer(noun.head) \
                and any(c.dep_ == "prep" for c in noun.children):
            # "the attack on the convoy was carried out by Hezbollah": the agent of the verb
            # that only tells the act was done (not "was condemned by", "was reported by"),
            # where the noun tells the act (not "the strikes were carried out by ...", which
            # refers back to strikes whose aim the sentence does not tell)
            agents += self._agents(noun.head)
        return self._prep_objects([noun, *aimed], "by") + agents

    def _doer(self, verb: Token) -> bool:
        """True for a verb by whose agent an act noun, its passive subject, was done: one with
        no event of its own in the lexicon and no verb of saying ("carried out", "staged")."""
        return lower_lemma(verb) not in load_cues().speech_verbs and not self.lexicon.for_token(
            lower_lemma(verb), "VERB")

    def _launch_site(self, doc: Doc, weapon: Token | None, verb: Token) -> Span | None:
        """Who a weapon (the subject, or what a passive acts on) is of: the agent of a
        participle on it ("a bomb planted by the Taliban killed ..."), else the state it was
        sent from, when no one is named as its sender: "rockets were fired from Gaza at
        Israel", "drones launched from Iraq struck ..." (the launch location, the CAMEO
        convention)."""
        if weapon is None:
            return None
        # (a headline's capitalised "Drones" may be read as a name, lemma and all)
        words = {lower_lemma(weapon)}
        if weapon.i == weapon.sent.start:
            words.add(weapon.lower_.removesuffix("s"))
        if not any("weapon" in self.lexicon.classes_of(w) for w in words):
            return None
        # "a bomb planted by the Taliban killed two policemen", "a Taliban-planted bomb": who
        # it is the weapon of
        for c in weapon.children:
            if c.tag_ != "VBN" or c.dep_ not in ("acl", "amod"):
                continue
            doers = self._agents(c) if c.dep_ == "acl" else [m for m in c.children if m.dep_ in ("npadvmod", "compound")]
            for agent in doers:
                span = doc._.actor_at(agent.i)
                if span is not None:
                    return span
        heads = [weapon, *[c for c in weapon.children if c.dep_ == "acl" and lower_lemma(c) in LAUNCH_VERBS]]
        for v in (verb, verb.head if verb.dep_ == "conj" else verb):  # "were fired from Iran and struck"
            if lower_lemma(v) in LAUNCH_VERBS:
                heads.append(v)
        return next((span for place in self._prep_objects(heads, "from")
                     if _state_or_place(span := doc._.actor_at(place.i))), None)

    def _holder(self, doc: Doc, tok: Token) -> Span | None:
        """The state a release is from: "released from Russia", "the release of Anastasia
        Nufer from a prison in Belarus" (the state named in the "from" phrase)."""
        heads = [tok, *[c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]]
        heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        places = self._prep_objects(heads, "from")
        if any(lower_lemma(p) in CUSTODY_NOUNS for p in places):
            places += self._prep_objects(heads, "in")  # "freed from prison in Venezuela"
        for place in places:
            for node in place.subtree:
                span = doc._.actor_at(node.i)
                if _state_or_place(span):
                    return span
        return None


def official_actor(actor: Actor, span: Span) -> bool:
    """A state named as such, or its government: whose protest is diplomatic."""
    return not actor.org and (actor.sector == "GOV" or (actor.sector is None and span._.actor_rule in ("state", "seat")))


# Row flags that restrict who may be the source (triggers.tsv): see acting_body.
BODY_FLAGS = frozenset({"body", "nopeople", "armed"})
PERSON_MENTIONS = PERSON_RULES | {"pronoun"}  # a person's mention, for rows flagged ``nopeople``
ARMED_BODY_SECTORS = {"MIL", "REB"}  # who may do the act of a row flagged ``armed``


def acting_body(flags: frozenset[str], actor: Actor, rule: str | None = None) -> bool:
    """Whether ``actor`` may do the act of a row flagged ``body`` (only an institution, a
    state body or an organisation: "the Seimas elected her prime minister", not "Maltese
    citizens vote to elect the House") or ``nopeople`` (not people, nor one person: "Russian
    troops entered Ukraine", not "Argentine citizens can enter China" nor "Zelensky entered
    the hall") or ``armed`` (only an armed force: "the Israeli military issued an evacuation
    order", not a government before a storm). ``rule`` is how the actor's mention was read
    (``actor_rule``): a person named, titled or referred to by a pronoun."""
    if "armed" in flags:
        return actor.sector in ARMED_BODY_SECTORS
    if "nopeople" in flags and rule in PERSON_MENTIONS:
        return False
    if "body" in flags and actor.org:
        return True
    return actor.sector not in PEOPLE_SECTORS and ("body" not in flags or actor.sector is not None)


def judicial(actor: Actor, span: Span, lexicon: Lexicon) -> bool:
    """A court or the judiciary: a state's (sector JUD; "a court in Moscow", the place of a
    court) or an international court named by a word of the objects class ``court`` ("the
    ICJ", "the tribunal")."""
    return actor.sector == "JUD" or "court" in lexicon.classes_of(span.root.lemma_.lower()) \
        or actor.sector is None and placed_sector(span) == "JUD"


def same_actor(a: Span, b: Span) -> bool:
    """One actor on both sides: the same mention, the same named person or body, or one
    organisation ("UN peacekeepers ... UN troops": an organisation does not act on itself)."""
    x, y = span_value(a, "actor"), span_value(b, "actor")
    return a == b or (x == y and x.name is not None) or (x.org is not None and x.org == y.org)


def _state_or_place(span: Span | None) -> bool:
    """True for a mention of a state as such or of a place in it (not an organisation, nor a
    body or people of the state): where a release is from, where a weapon was sent from."""
    return span is not None and not span._.actor.org and bool(span._.actor.country) and (
        span._.actor.sector is None or span._.actor_rule in PLACE_RULES)
