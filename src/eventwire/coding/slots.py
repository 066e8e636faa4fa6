"""Where a trigger's lexicon slots point (``target`` in ``triggers.tsv``): its object,
its dative, the object of a preposition on it, on its object or on the verb that
carries a noun trigger (:class:`~eventwire.coding.slot_reader.SlotReader`); and the
fallbacks for a target those slots do not find (:class:`TargetReader`): the object or a
preposition that points at someone, a noun trigger's modifiers, the people acted on or the
place where it happens. The coder (:class:`~eventwire.coding.coder.Coder`) reads its targets
through these."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actors.component import span_value
from ..records import Actor
from .implicit import counted, foreign_agent, implicit_actor, load_agents, local_agent
from .lexicon import Trigger
from .mentions import DocContext, same_actor
from .mends import lower_lemma
from .modality import infinitive, load_cues
from .parties import between_agents
from .reading import POSSESSIVE_PRONOUNS, SCENE_PREPOSITIONS
from .scene_clauses import condition_clause
from .sectors import HARM_LEMMAS, placed_sector
from .slot_reader import CONCESSIVE_PREPOSITIONS, MAKING_VERBS, SlotReader, reflexive
from .violence import Arg

# Adjectives of a party, which the tagger takes for a people's name ("the Democratic mayor"):
# they do not place an agent elsewhere (``_slot_agents``).
PARTY_ADJECTIVES = frozenset({"democratic", "republican", "conservative", "liberal", "socialist", "communist",
                              "labour", "labor", "green"})
# The last root of cooperation (CAMEO 01-08).
COOPERATIVE_END = "08"
# Roots of an objection, which "despite" sets against the act its clause tells: disapproval
# and rejection ("went ahead despite criticism by Greece", "despite opposition from Russia").
OBJECTION_ROOTS = frozenset({"11", "12"})
PROTEST_ROOT = "14"
COERCE_ROOT = "17"
PARTICIPATION_VERBS = {"involve", "include", "bring"}  # "talks involving X and Y"
# Slots of prepositions whose object is a target when the lexicon's slots found none.
GENERIC_SLOTS = tuple(f"prep:{w}" for w in ("against", "on", "at", "toward", "towards", "into", "upon", "over"))
TOPIC_SLOTS = ("prep:on", "prep:upon", "prep:over")
PLACE_SLOTS = ("prep:at", "prep:on", "prep:upon", "prep:into")  # where an act on people happens
# Prepositions of a grievance's object: "anger at", "disapproval of", "opposition to", "protest against".
GRIEVANCE_SLOTS = tuple(f"prep:{w}" for w in ("against", "at", "of", "for", "over", "to", "toward", "towards"))
# Roots whose target may be the place where it happens ("strikes in Gaza", "arrests in Sydney"),
# or people the text does not place, who are then the source's own ("releases prisoners").
PLACE_TARGET_ROOTS = {"08", "14", "15", "17", "18", "19", "20"}
# Roots whose unnamed people acted on are, when the sentence names no place, the source
# state's own ("Bahrain sentences three people ..."), before the country the story is about.
OWN_PEOPLE_ROOTS = {"08", "17"}
EXPEL_CODE = "174"  # expelling, deporting: from the doer's own state
# Roots whose act comes from one place and lands in another: assault, fighting, mass violence.
ASSAULT_ROOTS = frozenset({"18", "19", "20"})
# Roots whose act on a place of the doer's own state is on its people ("own" rows: burning
# villages, 1712; assaults at home), as the coder's target of an "own" row with none named.
OWN_POPULATION_ROOTS = frozenset({"17", "18"})
# Verbs by which an act names whom it is aimed at: "sanctions targeting Russian entities".
AIM_VERBS = {"target"}
# The prepositions whose object is the act an agentless passive took place in, whose doer
# is the passive's: "ten villagers were killed in an attack by gunmen", "two soldiers were
# wounded following an ambush by rebels", "died during clashes with the army".
ACT_PREPOSITIONS = ("in", "during", "following", "after", "amid")
# (doers42) Prepositions whose object is a circumstance of the act: a place inside it is that
# circumstance's ("resigns amid an investigation in Bangladesh"), not the act's.
CIRCUMSTANCE_PREPOSITIONS = ("amid", "despite", "over")
# Verbs of where a body works: "scam rings operating in Cambodia", "firms based in Dubai".
LOCATED_VERBS = {"operate", "base", "locate", "headquarter"}
# Verbs by whose agent a thing is held: "a tanker operated by Russia", "a base used by the IRGC".
HOLDING_VERBS = {"operate", "own", "use", "run", "control", "hold", "man", "charter"}
# (recall38) Words by which a thing is tied to whom it stands for: "companies linked to the
# IRGC", "a headquarters belonging to Hezbollah", "firms with ties to China's security ministry".
TIED_VERBS = {"link", "tie", "connect", "affiliate", "belong", "associate"}
TIE_NOUNS = {"tie", "link", "connection"}
# The relative words a clause of a making verb (``MAKING_VERBS``) may take as its object.
RELATIVES = {"that", "which"}
BORDER_NOUNS = {"border", "frontier", "boundary"}  # "along the border with Pakistan"
# Nouns of an occasion, after a preposition that could point at someone: "on the sidelines of".
OCCASION_NOUNS = {"sideline", "sidelines", "margin", "margins", "eve"}
# Determiners of a noun that refers back to an act told before ("the move", "this decision").
REFERRING_DETERMINERS = {"the", "this", "that", "these", "those"}
# Roots of words said about an act, which "the move" does not refer back to (``_slot_actors``);
# the others are deeds.
WORD_ROOTS = frozenset({"01", "02", "10", "11"})
DEED_ROOTS = frozenset(f"{n:02d}" for n in range(1, 21)) - WORD_ROOTS
# Roots of a noun put to someone (a request, an offer, a demand): it is "from" its source,
# and when another act answers it ("Mexico denied a request from the US") the answerer is
# its target.
ANSWERED_ROOTS = {"02", "03", "10"}
# Codes of a response to an act told by its noun ("condemned the bombing", "welcomed the
# ceasefire"): aimed at whoever did the act, never at whom the act was done to; when the noun
# names no doer, the response has no target (GUIDE.md section 1).
RESPONSE_CODES = ("051", "11")  # praise or endorse, disapprove
# Sectors of the bodies of a state, which "its" or "their" people and groups may address
# (``_sources_state``: "protesters demanded that their government resign").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# (slots42) Cooperative acts whose purpose infinitive may name whom they are for (pledges, aid, yielding)
PURPOSE_ROOTS = frozenset({"03", "05", "06", "07", "08"})
# (slots43) Nouns of people who suffered a disaster, whom a cooperative act's purpose may help
# ("to help flood victims"): civilians of the place (``_sufferers``).
SUFFERER_NOUNS = frozenset({"victim", "survivor", "evacuee"})
SUFFERER_SECTOR = "CVL"
# (targets51) Words of more people of a group just named: "kill 13 gunmen and arrest four others",
# "killing one soldier and wounding two more".
MORE_OF_GROUP_WORDS = frozenset({"other", "others", "more"})
# (slots45) Prepositions on a verb that may tell the body an office holder it acts on serves
# ("expelled an official at the Russian embassy", "two diplomats from the Iranian embassy": the
# parser hangs them on the verb); "at" only before a body (a mention with a sector), not a place.
POST_PREPOSITIONS = ("at", "from")
OFFICE_CLASS = "diplomat"
# (slots45) Nouns by which a protest or rally is for someone ("rallied in support of Iran",
# "marched in solidarity with Palestinians"): whom it backs is its target, before the place.
BACKING_NOUNS = {"support": "of", "solidarity": "with"}
# (slots45) Words of spying, whose "for" (or "on behalf of") names the state spied for: a
# coercive act on people held for spying ("arrests two people on suspicion of spying for
# Hungary", "a man suspected of spying for Russia") is aimed at that state's services.
SPYING_WORDS = frozenset({"spy", "spying", "espionage"})
SPY_SECTOR = "SPY"  # objects.tsv: the people of a state's foreign service


def _people_adjective(tok: Token) -> bool:
    """Whether ``tok`` is a people's or a state's adjective before an agent noun ("Kurdish
    forces", "the Dutch king"): a capitalised adjective inside the sentence, not a party's. Read
    from the word and its tag, not from the entity recogniser, whose labels change with the
    sentences around (the selective run parses fewer of them)."""
    return (tok.dep_ == "amod" and tok.tag_ in ("JJ", "NNP", "NNPS") and tok.text[:1].isupper()
            and tok.i != tok.sent.start and lower_lemma(tok) not in PARTY_ADJECTIVES)


def _unknown_name(tok: Token) -> bool:
    """An object that names a group or a person the actor dictionary does not know ("fighting
    Isis"): acted on, so not a place's state."""
    return (tok.dep_ == "dobj" and tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper()
            and tok.ent_type_ in ("ORG", "PERSON", "NORP") and tok.doc._.actor_at(tok.i) is None)


def _scene_of(tok: Token, noun: Token) -> bool:
    """True for a token that says where ``noun`` is ("Isis in Iraq": Iraq)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PREPOSITIONS and tok.head.head.i == noun.i


def _circumstance_place(span: Span, tok: Token) -> bool:
    """(doers42) True for a place inside the object of a circumstance preposition on the act
    ("amid an investigation in Bangladesh"), not its own object ("protested over Gaza")."""
    node = span.root
    nested = False
    while node.head.i != node.i and node.i != tok.i:
        head = node.head
        if node.dep_ == "pobj" and head.lower_ in CIRCUMSTANCE_PREPOSITIONS and head.head.i == tok.i:
            return nested
        nested = nested or node.dep_ == "pobj"
        node = head
    return False


def _conditional_place(span: Span, tok: Token) -> bool:
    """(coder48) True for a place inside a clause of condition that the act is not in ("Hamas
    will disarm if Israel withdraws from Gaza": not where the disarming is)."""
    clause = condition_clause(span.root)
    return clause is not None and clause.i != tok.i and clause not in tok.ancestors


def _noun_phrase(tok: Token) -> list[Token]:
    """The nouns of ``tok``'s phrase below it through "of" and "as" (no clause, no other
    preposition): "the proclamation of the Golan Heights as Israeli territory" (the parser may
    hang the "as" on the verb whose object the noun is)."""
    out, todo = [], [tok]
    if tok.dep_ == "dobj":
        todo += [o for p in tok.head.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
        out += todo[1:]
    while todo:
        node = todo.pop()
        for p in node.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "as"):
                for o in p.children:
                    if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                        out.append(o)
                        todo.append(o)
    return out


def _preposition_head(tok: Token) -> Token:
    """The word whose preposition ``tok`` is the object of (through conjuncts: "on the
    embassy and the consulate"), or ``tok`` itself."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.head if tok.dep_ == "pobj" else tok


class Targets:
    """The targets found for a trigger, in the order found: each span once, never one of the
    trigger's sources; for an imported verb (``verbdict.py``) never its source's own actor
    ("arrived in Gondor on his visit": not "his"), as PETRARCH never codes an actor acting on itself."""

    def __init__(self, row: Trigger, sources: list[Arg], implied: dict[tuple[int, int], Actor] | None = None) -> None:
        self.row, self.sources = row, sources
        self.spans: list[Span] = []
        self.implied = implied if implied is not None else {}  # the implied actors of doers told before ("the shooting": "a gunman")

    def add(self, spans: list[Span]) -> None:
        row, sources, targets = self.row, self.sources, self.spans
        targets.extend(s for s in spans if all(s != x for x in targets) and all(s != src for src, _ in sources)
                       and not (row.imported and sources
                                and all(sa is None and same_actor(s, src) for src, sa in sources))
                       and not self._a_party(s))

    def _a_party(self, span: Span) -> bool:
        """A state of one of the conjoined subjects of a symmetric act, named again in its
        object ("Kenya's and Tanzania's presidents sign the Kenya–Tanzania Border Treaty"):
        one of the parties, not a target; the parties then make the pair."""
        if not self.row.symmetric or len(self.sources) < 2:
            return False
        key = span._.actor.key
        return key is not None and any((sa or src._.actor).key == key for src, sa in self.sources)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def args(self) -> list[Arg]:
        return [(t, self.implied.get((t.start, t.end))) for t in self.spans]


class TargetReader(SlotReader):
    """The coder's fallbacks for a target its lexicon slots did not find (:meth:`_generic_targets`,
    :meth:`_noun_targets`, :meth:`_place_targets`), and the actors a slot's word stands for
    (:meth:`_slot_actors`: the actor of an event noun there)."""

    def _implicit(self, doc: Doc, tok: Token | None, context: DocContext) -> list[Arg]:
        """An unnamed agent noun as the actor of the country where the event happens."""
        if tok is None or context.places is None or self._actors_of(doc)(tok.i) is not None:
            return []
        if self._is_trigger_noun(tok):
            return []
        actor = implicit_actor(tok, context.places)
        return [(doc[tok.i:tok.i + 1], actor)] if actor is not None else []

    def _sources_state(self, doc: Doc, tok: Token, sources: list[Arg], context: DocContext) -> list[Span]:
        """An agent noun of a state body (``STATE_SECTORS``) after "its" or "their" that names no
        actor ("Protesters in Iraq demanded that their government resign") as that body of the
        state of sources who are not of the state ("China warned that its navy ...": its own),
        when the sentence names no other state before it; its implied actor noted in
        ``context.implied`` (where ``Targets`` reads it)."""
        if self._actors_of(doc)(tok.i) is not None \
                or not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in tok.children):
            return []
        found, sector = local_agent(tok)
        actors = [sa or s._.actor for s, sa in sources]
        countries = {a.country for a in actors}
        # (whose sector a mention of a place alone takes from its noun: "protesters in Baghdad")
        sectors = {a.sector or (placed_sector(s) if sa is None else None) for (s, sa), a in zip(sources, actors)}
        if not found or sector not in STATE_SECTORS or len(countries) != 1 or None in countries \
                or any(a.org for a in actors) or None in sectors or sectors & STATE_SECTORS:
            return []
        actor = Actor(country=countries.pop(), sector=sector)
        if any(
                (span := self._actors_of(doc)(t.i)) is not None and span._.actor.country != actor.country
                for t in doc[self._sent_of(tok).start:tok.i]):
            return []  # "the US urged Iran to rein in its army": "its" may be Iran's
        span = doc[tok.i:tok.i + 1]
        context.implied[(span.start, span.end)] = actor
        return [span]

    def _by_agent(self, doc: Doc, noun: Token, context: DocContext) -> list[Arg]:
        """Who a noun trigger is "by": an actor there ("an attack by an Algerian man") or an
        unnamed agent noun ("by unidentified gunmen in Benue State": gunmen of that state)."""
        agents = self._by_objects(noun)
        if not agents and self._fought_in(noun):
            agents = self._prep_objects([noun], "with")
        for agent in agents:
            found = [(s, None) for s in self.actors_at(doc, agent, context)] or self._implicit(doc, agent, context)
            if found:
                return found
        return []

    def _acts_suffered(self, verb: Token) -> list[Token]:
        """The nouns of acts an agentless passive took place in (``ACT_PREPOSITIONS``),
        whose doer did it: any act "in" ("killed in an attack by gunmen"), an act of force
        (roots 18-20) "during", "following", "after" or "amid" ("wounded following an ambush
        by rebels"; not "injured during a protest by students": the protest hurt no one)."""
        out = []
        # (recall48) "three were killed and five others wounded in an Iranian strike": the act
        # hangs on the last of the harms conjoined; it is the first's too
        heads = [verb, *[c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                         and lower_lemma(verb) in HARM_LEMMAS and lower_lemma(c) in HARM_LEMMAS]]
        for word in ACT_PREPOSITIONS:
            for noun in self._prep_objects(heads, word):
                row = self._choose(noun, "NOUN") if word != "in" and noun.pos_ == "NOUN" else None
                if word == "in" or row is not None and row.cameo[:2] in ASSAULT_ROOTS:
                    out.append(noun)
        return out

    def _fought_in(self, noun: Token) -> bool:
        """True for a fight told as a noun that an agentless passive took place in ("two
        soldiers were killed during clashes with rebels"): whom it was "with" did it to
        them. Not a fight the clause's subject is in ("troops killed two men in clashes
        with rebels")."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ACT_PREPOSITIONS:
            return False
        verb = prep.head
        if verb.pos_ != "VERB" or not any(c.dep_ == "nsubjpass" for c in verb.children):
            return False
        row = self._choose(noun, "NOUN")
        return row is not None and row.symmetric and row.cameo[:2] in ASSAULT_ROOTS

    def _people_object(self, doc: Doc, tok: Token, passive: bool, context: DocContext) -> bool:
        """(slots42) True when the act's object is people no actor names ("shot shoppers at a
        store in the U.S. border city"): they are its target (of the place, read later), not
        a place phrase beside them (``PLACE_SLOTS``)."""
        return any(lower_lemma(t) in load_agents() and doc._.actor_at(t.i) is None and not self._slot_actors(doc, t, context)
                   for t in self._slot_tokens(tok, "dobj", passive))

    def _generic_targets(self, doc: Doc, tok: Token, row: Trigger, passive: bool, context: DocContext,
                         targets: Targets, paired: bool = False) -> None:
        """Not in the lexicon's slots: the object, or a preposition that points at someone;
        those of the first slot that names one. For a symmetric act of ``paired`` (conjoined)
        sources, "on" and "over" name its topic, not a party ("X and Y failed to reach agreement
        on the fate of offices in Jerusalem": X and Y)."""
        generic = ["dobj"] if "dobj" not in row.slots else []
        generic += [slot for slot in GENERIC_SLOTS if slot not in row.slots
                    and not (paired and row.symmetric and slot in TOPIC_SLOTS)]
        if row.symmetric:
            generic.append("prep:with")
        acts = {a.i for a in self._acts_responded(tok, row)}
        if self._people_object(doc, tok, passive, context):
            generic = [slot for slot in generic if slot not in PLACE_SLOTS]
        for slot in generic:
            for t in self._slot_tokens(tok, slot, passive):
                if lower_lemma(t) in OCCASION_NOUNS:
                    continue  # "met on the sidelines of the UN General Assembly": an occasion
                if acts and slot != "dobj" and _preposition_head(t).i in acts:
                    continue  # "condemned the attack on the embassy": whom the act was done to
                if slot == "dobj" and row.moves(lower_lemma(counted(t)), self.lexicon):
                    continue  # "withdrew its troops from ...": the forces the act moves, not its target
                responds = slot in ("dobj", "prep:against", "prep:over")  # "protested against Israeli strikes"
                targets.add(self._slot_actors(doc, t, context) if responds else self.actors_at(doc, t, context))
            if targets.spans:  # (bool(targets), without its call for each slot)
                return

    def _grievance_targets(self, doc: Doc, tok: Token, row: Trigger, context: DocContext,
                           sources: list[Arg]) -> list[Arg]:
        """For a protest with no target named, whom its purpose infinitive voices a grievance
        against (cues.yaml ``grievance_verbs``): "blocked a road to show their disapproval of
        the US policies", "marched to denounce the government" (the object, or a preposition's)."""
        targets = Targets(row, sources, context.implied)
        cues = load_cues()
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp") and infinitive(c) and lower_lemma(c) in cues.grievance_verbs \
                    and not any(o.dep_ == "dobj" and lower_lemma(o) in cues.sympathy_nouns for o in c.children):
                for slot in ("dobj", *GRIEVANCE_SLOTS):
                    for t in self._slot_tokens(c, slot, False):
                        targets.add(self._slot_actors(doc, t, context))
        return targets.args()

    def _purpose_targets(self, doc: Doc, tok: Token, row: Trigger, context: DocContext,
                         sources: list[Arg]) -> list[Arg]:
        """(slots42) For a cooperative act with no target named, whom its purpose infinitive
        (on the act or on its object) is for: "eased restrictions to permit oil exports to Cuba"
        (CUB), "sent aid to help refugees in Chad" (the refugees, of Chad)."""
        if row.cameo[:2] not in PURPOSE_ROOTS or row.symmetric:
            return []  # not "extended their ceasefire to facilitate a transfer to Iraq": its parties
        targets = Targets(row, sources, context.implied)
        # on the act, its object, or the verb whose object the act noun is ("sent aid to help")
        heads = [tok, *(o for o in tok.children if o.dep_ == "dobj")] + ([tok.head] if tok.dep_ == "dobj" else [])
        purposes = [c for h in heads for c in h.children if c.dep_ in ("advcl", "xcomp", "acl") and infinitive(c)
                    and lower_lemma(c) in load_cues().benefit_verbs]
        for c in purposes:
            for slot in ("dobj", "dative", "prep:to", "prep:for"):
                for t in self._slot_tokens(c, slot, False):
                    targets.add(self.actors_at(doc, t, context))
                    if not targets and slot == "dobj":
                        found = self._implicit(doc, t, context) or self._sufferers(doc, t, context)
                        if found:  # "to help refugees in Chad", "to help flood victims in Malawi"
                            return found
            if targets:
                break
        return targets.args()

    def _sufferers(self, doc: Doc, tok: Token, context: DocContext) -> list[Arg]:
        """(slots43) Unnamed victims or survivors (``SUFFERER_NOUNS``) whom a purpose helps
        ("released funds to help flood victims in Malawi"): the civilians of the place where
        the sentence's act happens (the victims of violence are read elsewhere)."""
        places = context.places
        if places is None or places.agents_only or lower_lemma(tok) not in SUFFERER_NOUNS \
                or self._actors_of(doc)(tok.i) is not None:
            return []
        country = places.country(self._sent_of(tok))
        if country is None:
            return []
        return [(doc[tok.i:tok.i + 1], Actor(country=country, sector=SUFFERER_SECTOR))]

    def _acts_responded(self, tok: Token, row: Trigger) -> list[Token]:
        """The acts a verb of response (``RESPONSE_CODES``) answers: its objects that are
        event nouns ("condemned the attack", "welcomed the release of the hostages")."""
        if not row.cameo.startswith(RESPONSE_CODES) or tok.pos_ != "VERB":
            return []
        return [c for c, dep, _ in self._children(tok) if dep == "dobj" and self._is_trigger_noun(c)]

    def _responded(self, noun: Token) -> bool:
        """True for an event noun that a verb of response has for its object."""
        if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
            return False
        row = self._choose(noun.head, "VERB")
        return row is not None and noun in self._acts_responded(noun.head, row)

    def _noun_targets(self, doc: Doc, tok: Token, row: Trigger, context: DocContext, targets: Targets) -> None:
        """For a noun trigger: its modifiers, whom it is aimed at or whose request it answers,
        the participants it names, or the object of the verb it is the subject of."""
        # (the children read once per sentence, _children: the labels below are none of a stray "prep")
        children, actor_at = self._children(tok), self._actors_of(doc)
        # "Gaza strikes", "US-Ukraine talks": a modifier other than the source.
        for c, dep, _ in children:
            if dep in ("compound", "nmod", "amod"):
                for m in [c, *[g for g, g_dep, _ in self._children(c) if g_dep == "compound"]]:
                    span = actor_at(m.i)
                    if span is not None:
                        targets.add([span])
        for c, dep, _ in children:
            if dep == "acl" and lower_lemma(c) in AIM_VERBS:
                # "new sanctions targeting Russian entities": whom they are aimed at
                for t in self._slot_tokens(c, "dobj", False):
                    targets.add(self._slot_actors(doc, t, context))
        if row.symmetric:
            # "talks in Jeddah involving Rubio and Yermak": the participants.
            for c, dep, _ in children:
                if dep == "acl" and lower_lemma(c) in PARTICIPATION_VERBS:
                    for t in self._slot_tokens(c, "dobj", False):
                        targets.add(self.actors_at(doc, t, context))
            for c, dep, _ in [] if targets else children:
                # (recall38) "approved a deal to export gas to Egypt", "an agreement to sell
                # jets to India": whom the infinitive the accord is for is toward
                if dep in ("acl", "relcl") and c.pos_ == "VERB" and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    for t in self._prep_objects([c], "to") + self._prep_objects([c], "with"):
                        targets.add(self.actors_at(doc, t, context))
        gov = self._governor(tok) if row.cameo[:2] in ANSWERED_ROOTS and not targets else None
        if gov is not None:
            # "Mexico denied a request from the US", "the UK agreed to a US request": the
            # one who answers it (when the verb only states the request, its subject is
            # the source, already left out: "Ukraine made a request").
            subj, passive = self._subject(gov)
            if subj is not None and not passive:
                targets.add(self.actors_at(doc, subj, context))
        if targets:
            return
        if (row.cameo[:2] in OBJECTION_ROOTS and tok.dep_ == "pobj" and tok.head.lower_ in CONCESSIVE_PREPOSITIONS
                and tok.head.head.pos_ in ("VERB", "AUX")):
            # "closed the university despite criticism by Germany": the criticism is of who
            # went ahead with the act
            subj, passive = self._subject(tok.head.head)
            if subj is not None and not passive:
                targets.add(self.actors_at(doc, subj, context))
            if targets:
                return
        carrier, by = self._carrier(tok)
        if carrier is not None:
            # "Israeli airstrikes kill 12 in southern Lebanon": the verb's object; "Iran
            # was hit by Israeli airstrikes": its passive subject.
            for t in self._slot_tokens(carrier, "dobj", by):
                targets.add(self.actors_at(doc, t, context))
            if targets:
                return

    def _place_targets(self, doc: Doc, tok: Token, row: Trigger, passive: bool, context: DocContext,
                       sources: list[Arg]) -> list[Arg]:
        """For roots 08 and 14-20: the people acted on, or the place where it happens, as its state;
        for the others, an unnamed agent noun in one of the row's slots (:meth:`_slot_agents`)."""
        if row.cameo[:2] not in PLACE_TARGET_ROOTS:
            return self._slot_agents(doc, tok, row, passive, context, sources)
        backed = self._backed(doc, tok, context) if row.cameo[:2] == PROTEST_ROOT else []
        if backed:
            return [(s, None) for s in backed if all(s != src for src, _ in sources)]
        spied = self._spied_for(doc, tok, context) if row.cameo[:2] == COERCE_ROOT else []
        if spied:
            return spied
        if row.cameo[:2] in ASSAULT_ROOTS and any(c.dep_ == "dobj" and reflexive(c) for c in tok.children):
            return []  # (coder50) "a soldier killed himself in Gaza": self-harm, on no one (not the place's state)
        # The people acted on, or the place where it happens, stand for its state.
        objects = self._acted_on(tok, row, passive)  # "fired on protesters" too
        if not objects and passive:
            subj, _ = self._subject(tok)
            objects = [subj] if subj is not None else []
        carrier, by = self._carrier(tok) if tok.pos_ == "NOUN" else (None, False)
        if carrier is not None:
            objects += self._slot_tokens(carrier, "dobj", by)
        home = next(((a or s._.actor).country for s, a in sources if (a or s._.actor).country), None)
        # police act at home: "Kenyan police opened fire on protesters" (KENCVL)
        own_people = row.cameo[:2] in OWN_PEOPLE_ROOTS or any((a or s._.actor).sector == "COP" for s, a in sources)
        own_first = (own_people and home is not None
                     and (context.places is None or context.places.in_sentence(self._sent_of(tok)) is None))
        # not "its troops", "thousands of troops"
        objects = [t for t in objects if not row.moves(lower_lemma(counted(t)), self.lexicon)]
        for t in objects:
            more = self._more_of_group(doc, t, context)
            if more:
                return more
        for t in [] if own_first else objects:
            found = self._implicit(doc, t, context)
            if found:
                return found
        for t in objects if own_people else []:
            # "Belarus releases 52 political prisoners", with no place named: its own people
            # (not those it kills: "Russia attacked Kyiv, killing five people"); not people
            # called foreign ("Iran freed two foreign journalists": implicit.local_agent).
            found, sector = local_agent(t)
            if home is not None and doc._.actor_at(t.i) is None and found:
                return [(doc[t.i:t.i + 1], Actor(country=home, sector=sector))]
        if row.cameo[:2] in ASSAULT_ROOTS and any(_unknown_name(t) for t in objects):
            return []  # (slots41) "fighting Isis in Iraq": a named group acted on, not the place's state
        if any(foreign_agent(t) for t in objects):
            return []  # "arrested foreign journalists in Tehran": unnamed foreigners, not the place's state
        # not where an attack comes from ("fired rockets from Lebanon")
        # nor where someone is deported or expelled from, the expelling state's (coder48: "citizens
        # deported from the United States": not toward the United States)
        origins = row.cameo[:2] not in ASSAULT_ROOTS and row.cameo != EXPEL_CODE
        placed = context.places.placed(self._sent_of(tok), origins=origins) if context.places is not None else None
        if placed is not None and _circumstance_place(placed[0], tok):
            placed = None  # (doers42) "resigns amid an investigation in Bangladesh": where the investigation is
        if placed is not None and _conditional_place(placed[0], tok):
            placed = None  # (coder48) "will disarm if Israel withdraws from Gaza": where the condition is
        if placed is not None and row.cameo[:2] in ASSAULT_ROOTS and placed[1].country in {
                a.country for t in self._prep_objects([tok], "alongside") for a in self._ally_actors(doc, t, context)}:
            placed = None  # (coder50) "North Korean soldiers fight for Russia in Kursk": the ally's own ground
        if placed is not None:
            span, actor = placed
            if all(span != src for src, _ in sources):
                # The place stands for its state, which may be the source's own
                # ("Serbians protested in Belgrade": SRB -> SRB, its government); a place
                # only the gazetteer knows stands for its country ("in Mashhad": IRN).
                if row.cameo[:2] == PROTEST_ROOT and actor.country == home and actor.sector is None:
                    actor = Actor(country=home, sector="GOV")
                elif ("own" in row.flags and row.cameo[:2] in OWN_POPULATION_ROOTS and actor.country == home
                      and actor.sector is None):
                    # "Myanmar soldiers torched villages in Sagaing": the state's own people, as
                    # with no place named (the coder's "own" target)
                    actor = Actor(country=home, sector="CVL")
                return [(span, actor)]
        return []

    def _more_of_group(self, doc: Doc, tok: Token, context: DocContext) -> list[Arg]:
        """(targets51) "four others" that a verb acts on, conjoined to a verb that acted on a
        group ("kill 13 suspected gunmen and arrest four others in Guasave"): more of that
        group, the actor its object stands for, not the state of the place named."""
        if tok.lower_ not in MORE_OF_GROUP_WORDS or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
            return []
        verb = tok.head
        earlier = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else None
        if earlier is None:
            return []
        for obj in (c for c in earlier.children if c.dep_ == "dobj"):
            spans = self.actors_at(doc, obj, context)
            if spans:
                return [(s, None) for s in spans]
            found = self._implicit(doc, obj, context)
            if found:
                return found
        return []

    def _ally_actors(self, doc: Doc, tok: Token, context: DocContext) -> list[Actor]:
        """(coder50) The actors an ally's noun stands for."""
        return [span_value(span, "actor") for span in self.actors_at(doc, tok, context)]

    def _slot_agents(self, doc: Doc, tok: Token, row: Trigger, passive: bool, context: DocContext,
                     sources: list[Arg]) -> list[Arg]:
        """An unnamed agent noun (``agents.tsv``) where the row reads its target, as the agent of
        the country where the event happens ("Trump lashed out at the mayor", "the minister
        criticised the police": of the story's country), as for a source. Not a body's name
        ("the Drug Enforcement Administration"), nor a number ("joining 75"), nor agents a people's name places ("Kurdish
        forces"); a cooperative act (roots 01-08) not toward the source's own people ("will
        receive aid to help its citizens")."""
        homes = {(a or s._.actor).country for s, a in sources}
        for slot in row.slots:
            for t in self._slot_tokens(tok, slot, passive):
                if t.pos_ not in ("NOUN", "PROPN") or t.pos_ == "PROPN" and lower_lemma(t) in load_agents() or any(
                        _people_adjective(c) for c in t.children):
                    continue
                found = self._implicit(doc, t, context)
                if found and row.cameo[:2] <= COOPERATIVE_END and found[0][1].country in homes:
                    continue
                if found:
                    return found
        return []

    def _officer_of(self, noun: Token) -> list[Token]:
        """The words of an office noun that may name the body it is of: itself, its modifiers
        ("the UN special rapporteur") and its "of" ("the commander of Unit 840 of the Quds
        Force"), two deep."""
        out = [noun, *(m for m, dep, _ in self._children(noun) if dep in ("nmod", "compound", "poss"))]
        for p in self._prep_objects([noun], "of"):
            out += [p, *(m for m, dep, _ in self._children(p) if dep in ("nmod", "compound"))]
            out += self._prep_objects([p], "of")
        return out

    def _tied_actors(self, doc: Doc, tok: Token, context: DocContext) -> list[Span]:
        """(recall38) Whom a thing acted on is tied to: "sanctioned companies linked to the
        IRGC", "destroyed a headquarters belonging to Hezbollah", "sanctioned two firms with ties
        to Russia" (the parser may hang the "with" on the verb whose object the thing is)."""
        found: list[Span] = []
        for c, dep, _ in self._children(tok):
            if dep == "acl" and lower_lemma(c) in TIED_VERBS:
                found += [s for w in ("to", "with") for p in self._prep_objects([c], w)
                          for s in self.actors_at(doc, p, context)]
        for c, dep, _ in [] if found else self._children(tok):
            # "sanctioned Francesca Albanese, the UN special rapporteur": the body the person
            # named is an officer of, in the apposition (read from its modifiers, "the United
            # Nations special rapporteur", when the resolver left the phrase whole)
            if dep == "appos" and c.pos_ == "NOUN":
                found += [s for m in self._officer_of(c) if (s := self._actors_of(doc)(m.i)) is not None][:1]
        heads = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
        for tie in self._prep_objects(heads, "with"):
            if found:
                break
            if lower_lemma(tie) in TIE_NOUNS:
                found += [s for w in ("to", "with") for p in self._prep_objects([tie], w)
                          for s in self.actors_at(doc, p, context)]
        return found

    def _backed(self, doc: Doc, tok: Token, context: DocContext) -> list[Span]:
        """(slots45) Whom a protest backs ("hundreds rallied in Beirut in support of Iran",
        "marched in solidarity with Palestinians": ``BACKING_NOUNS``), told by "in" on the act
        or on a noun of its own phrases (the parser may hang it on the place), no other verb
        between."""
        for noun in tok.subtree:
            word = BACKING_NOUNS.get(lower_lemma(noun))
            if word is None or noun.dep_ != "pobj" or noun.head.lower_ != "in":
                continue
            node = noun.head.head
            while node.i != tok.i and node.pos_ != "VERB" and node.head.i != node.i:
                node = node.head
            if node.i == tok.i:  # (the parser may hang its "with" on the word "in" is on)
                backed = self._prep_objects([noun], word) or self._prep_objects([noun.head.head], word)
                return [s for p in backed for s in self.actors_at(doc, p, context)]
        return []

    def _spied_for(self, doc: Doc, tok: Token, context: DocContext) -> list[Arg]:
        """(slots45) The state whom the people a coercive act holds spied for (``SPYING_WORDS``
        in the act's phrases: "arrests two people on suspicion of spying for Hungary", "a man
        suspected of spying for Russia", "convicted a man of spying for China"): its intelligence
        services (SPY), as the act's target."""
        for word in tok.subtree:
            if lower_lemma(word) not in SPYING_WORDS and word.lower_ not in SPYING_WORDS or word.i == tok.i:
                continue
            spied = self._prep_objects([word], "for") + [
                o for b in self._prep_objects([word], "on") if b.lower_ == "behalf" for o in self._prep_objects([b], "of")]
            # "convicted a man of spying for China": the parser may hang the "for" on the act
            spied = spied or self._prep_objects([tok], "for")
            found = [s for p in spied for s in self.actors_at(doc, p, context)]
            actors = [(s, s._.actor) for s in found if s._.actor.country and not s._.actor.org]
            if actors:
                return [(s, Actor(country=a.country, sector=a.sector or SPY_SECTOR)) for s, a in actors]
        return []

    def _post_of(self, doc: Doc, tok: Token) -> list[Span]:
        """(slots45) The body where an office holder acted on works, told by a preposition the
        parser hangs on the verb (``POST_PREPOSITIONS``): "Germany expelled an official at the
        Russian embassy" (RUSGOV, not the expelling state's own official), "expelled two
        diplomats from the Iranian embassy". Only a state's office holder (an agent noun of a
        state body, or a diplomat) whom nothing else places; "at" only before a body, not a
        place ("arrested an official at Moscow airport")."""
        if tok.dep_ != "dobj" or doc._.actor_at(tok.i) is not None:
            return []
        lemma = lower_lemma(counted(tok))
        if load_agents().get(lemma) not in STATE_SECTORS and OFFICE_CLASS not in self.lexicon.classes_of(lemma):
            return []
        for word in POST_PREPOSITIONS:
            for p in self._prep_objects([tok.head], word):
                span = doc._.actor_at(p.i)
                if span is not None and (word == "from" or span._.actor.sector is not None):
                    return [span]
        return []

    def _slot_actors(self, doc: Doc, tok: Token, context: DocContext) -> list[Span]:
        """The actors of a slot; for an event noun there ("condemned the Russian strikes",
        "rejected Hamas's request") the actor of that event."""
        found = self.actors_at(doc, tok, context) or self._post_of(doc, tok)
        if _unknown_name(tok):
            # (slots41) "fighting Isis in Iraq": a name the dictionary does not know is not the
            # place where it is
            found = [s for s in found if not _scene_of(s.root, tok)]
        agents = between_agents(doc, tok, context.places, self._conjuncts)
        for span, actor in agents:
            # "clashes between the army and Boko Haram": the army of where it happens
            context.implied[(span.start, span.end)] = actor
        if agents:  # the parties in the order named
            found = sorted(found + [span for span, _ in agents], key=lambda span: span.start)
        if not found and self._is_trigger_noun(tok):
            span = self._noun_source(doc, tok)
            noun_row = self._choose(tok, "NOUN") if span is None else None
            if span is not None:
                found = [span]
            elif noun_row.cameo[:2] in ANSWERED_ROOTS:
                # "rejected calls by Algeria's rulers", "dismissed an appeal from the president"
                found = [s for p in self._prep_objects([tok], "from") for s in self.actors_at(doc, p, context)]
                found = found or [s for s, implied in self._by_agent(doc, tok, context) if implied is None]
            elif noun_row.symmetric:
                # "withdrew from peace talks with the government": the other party; "welcomed
                # the truce between Israel and Hezbollah": the parties; "demanded a truce with
                # Croatia": the parser may hang the "with" on the verb (there, only an actor
                # named: not "demanded a truce with the help of Croatia").
                for t in self._prep_objects([tok], "with") + self._prep_objects([tok], "between"):
                    found += self.actors_at(doc, t, context)
                if not found and tok.dep_ == "dobj":
                    found = [s for t in self._prep_objects([tok.head], "with") if doc._.actor_at(t.i) is not None
                             for s in self.actors_at(doc, t, context)]
            else:  # "prevented a rally staged by the opposition": whoever it is by
                found = [s for s, implied in self._by_agent(doc, tok, context) if implied is None]
        if not found and lower_lemma(tok) in BORDER_NOUNS:
            # "deployed troops to the border with India": the state across it
            found = [s for p in self._prep_objects([tok], "with") for s in self.actors_at(doc, p, context)]
        if not found and tok.pos_ == "NOUN" and ("act" in self.lexicon.classes_of(lower_lemma(tok))
                                                 or self._responded(tok)):
            # "attacked the proclamation by Donald Trump", "condemned the attack on Israel by
            # Hamas": whoever the act is by (the parser may hang the "by" on the verb).
            for t in self._prep_objects([tok, tok.head] if tok.dep_ == "dobj" else [tok], "by"):
                found += self.actors_at(doc, t, context)
            if not found:
                # "the proclamation of the Golan Heights as Israeli territory by Donald Trump":
                # the parser hangs the "by" on a noun of the act's own phrase
                for t in self._prep_objects(_noun_phrase(tok), "by"):
                    found += self.actors_at(doc, t, context)
            if not found:
                # (own34) "criticised the decision the government announced": the subject of a
                # clause on the act that has it as its object (none of its own, active)
                for c, dep, _ in self._children(tok):
                    if dep in ("relcl", "acl") and lower_lemma(c) in MAKING_VERBS and not any(
                            g.dep_ in ("auxpass", "nsubjpass", "ccomp") or g.dep_ == "dobj" and g.lower_ not in RELATIVES
                            for g in c.children):
                        found += [s for g in c.children if g.dep_ == "nsubj" for s in self.actors_at(doc, g, context)]
        if not found and tok.pos_ == "NOUN":
            # "sanctions on eight entities, including Kyrgyz firms"; "rings operating in Cambodia"
            for c, dep, lower in self._children(tok):
                if dep == "prep" and lower == "including":
                    found += [s for p in self._pobjs(c) for s in self.actors_at(doc, p, context)]
                elif dep == "acl" and lower_lemma(c) in LOCATED_VERBS:
                    found += [s for p in self._prep_objects([c], "in") for s in self.actors_at(doc, p, context)]
        if not found and tok.pos_ == "NOUN":
            # "struck a tanker operated by Russia": the one who holds the thing acted on.
            for c, dep, _ in self._children(tok):
                if dep in ("acl", "relcl") and lower_lemma(c) in HOLDING_VERBS:
                    found += [s for p in self._agents(c) for s in self.actors_at(doc, p, context)]
        if not found and tok.pos_ in ("NOUN", "PROPN"):
            found = self._tied_actors(doc, tok, context)
        if (not found and context.last_source is not None and tok.pos_ == "NOUN"
                and "act" in self.lexicon.classes_of(lower_lemma(tok))
                and any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in tok.children)):
            # "Greece criticised the move": the act told before, by its actor; not a word said
            # about it ("Erdogan pledged to convert it; Greece objected; UNESCO criticised the
            # move": Erdogan's), when an act of another kind was told.
            deed = context.last_doer(DEED_ROOTS)
            found = [deed if deed is not None and context.last_source == context.last_doer(WORD_ROOTS)
                     else context.last_source]
        if not found and tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS
                                                    for c in tok.children):
            # "police are investigating the shooting": the last act of its kind the document
            # told, by whoever did it (none told: no target, "condemned the attack").
            noun_row = self._choose(tok, "NOUN")
            if noun_row is not None and not noun_row.symmetric:
                root = noun_row.cameo[:2]
                doer = context.last_doer(ASSAULT_ROOTS if root in ASSAULT_ROOTS else frozenset({root}))
                found = [doer] if doer is not None else []
            elif noun_row is None and "claim" in self.lexicon.classes_of(lower_lemma(tok)):  # (doers42) "rejected
                found = [d for d in [context.last_doer(WORD_ROOTS)] if d is not None]  # the claim": its maker
        return found
