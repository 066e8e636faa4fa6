"""Compose gazetteer pieces into actor mentions, and resolve references.

Rules, in the order they apply to a sentence:

1. *Composition*: a country or organisation modifier, an optional possessive,
   up to two role words ("new", "Vice", "interim", "-led"), a title or agent
   noun and an optional name form one mention: "South Korean Foreign
   Minister Park Jin", "Russia's new foreign minister", "NATO troops",
   "Vietnamese-led forces". A known person is coded by the role held on the
   document date; an unknown person by the modifier and the title; after
   "former" a person is the country with no sector. A title or agent noun
   followed by "of"/"in" and a state takes that state: "the president of
   Armenia", "King Hassan of Morocco", "rebels in the Ivory Coast".
2. *Names*: full names of known people and groups; surnames only when the
   document introduced the person, or when one known person with that
   surname holds office on the date. A name right after a title gives the
   role even when the knowledge base has the person out of office on the
   date ("President Bush" in an undated 1990 text); "the Bush administration"
   is the person's government.
3. *Guards* (:mod:`.guards`): a state name, adjective or capital that is part of a longer
   proper name is not the state ("Latin American", "New Mexico", "Washington
   Post"); a name before a capitalised street noun is a street, no actor
   ("Cuba Street", "Queen Street"); "ethnic Albanians" are not Albania but the
   other state of the sentence.
4. *Context*: forms that need context ("the North") only when the context
   actor is mentioned; definite descriptions ("the isolated regime", "the
   government", "the country's foreign ministry") take the state most recently
   mentioned, and so do offices held only at home (judges, legislators, police:
   "Judge Maria Lopez", "the presiding judge") named with no state; "he"/"she" the one
   person recently mentioned (:mod:`.references`); "the accused", "the suspect" the person
   named as the doer of a crime (:mod:`.perpetrators`).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from ..records import Actor
from .gazetteer import ADJ, AGENT, BODY, GROUP, ORG, PERSON, POSSESSIVE, SEAT, STATE, SURNAME, TITLE, Piece
from .bare_bodies import bare_body, bare_body_word
from .buildings import building_name
from .caseless import caseless_text
from .kb import Form, KnowledgeBase
from .perpetrators import perpetrator_references
from .twins import regional_twins
from .companies import chamber_parties, named_companies
from .institutions import named_institutions
from .conjoined import share_of_agent, share_of_state, share_over_list
from .foreign_parties import party_of_state
from .guards import after_bearing, given_name_after_title, in_place_district, in_place_parenthesis, inside_longer_name
from .sections import national_sections
from .state_sectors import state_sector
from .references import (
    ARMED_SECTORS,
    DocIndex,
    DocMemory,
    Found,
    learned_names,
    month_named,
    owned_by_what_follows,
    part_of_longer_name,
    people_of_place,
    doer_possessor,
    possessor_state,
    speaker_possessor,
    pronouns,
)

MODIFIERS = {ADJ, STATE, SEAT, ORG, GROUP}
PLACES = {ADJ, STATE, SEAT}
WORDS = {TITLE, AGENT, BODY}
# The rule of PETRARCH's anonymous agent (``Resolver._anonymous``: "a senior official" ---GOV).
ANONYMOUS = "anonymous agent"
SUBJECTS = {"nsubj", "nsubjpass"}
# A capital after one of these is where something happened, not the government acting.
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}
# Words allowed between a modifier and its title or agent noun ("Russia's new foreign minister").
ROLE_WORDS = {"new", "interim", "acting", "deputy", "vice", "junior", "senior", "outgoing", "incoming",
              "caretaker", "top", "chief", "former", "ex", "then", "current", "transitional", "provisional",
              "military", "civilian", "national", "federal", "regional", "local", "state", "ruling",
              # a leaning or standing between a state's adjective and its body (agent44): "Iranian
              # hardline media", "Iran's conservative clerics", "state-run media"
              "hardline", "conservative", "reformist", "moderate", "independent", "private"}
# Sectors of the people who staff an organisation: they are the organisation ("ICC judges"),
# where its soldiers or doctors keep their own ("NATO troops").
ORG_STAFF_SECTORS = {"GOV", "JUD", "LAB"}
FORMER = {"former", "ex", "ousted", "deposed", "late", "exiled", "ex-"}
# "rebels in X": the agents are of X, except soldiers, who are often foreign; soldiers and
# officials "from X" are of X only as a phrase of the noun ("troops from Chad attacked"), not
# where they are moved from ("withdrew troops from Syria", "evacuated officials from Lebanon").
OF_IN = {"of": None, "in": {"MIL"}, "from": {"MIL", "GOV"}}
MOVED = {"dobj", "nsubjpass"}
ETHNIC = {"ethnic"}
# Nouns a state adjective names a tongue or a style of, not the state: "the Russian language",
# "Russian-language media", "Arabic script".
TONGUE_NOUNS = {"language", "languages", "dialect", "alphabet", "script", "cuisine", "literature"}
# Words after a hyphen that make a state's adjective the agent's state: "Vietnamese-led forces",
# "a Panamanian-flagged tanker", "Russian-owned firms", "UAE-based companies" (names38); not
# "-backed", whose proxies are of their own state.
HYPHEN_ROLES = {"led", "flagged", "owned", "registered", "based", "run", "controlled"}
SUBJECTS = {"nsubj", "nsubjpass"}
VERB_FORMS = {"VBD", "VBN", "VBZ"}  # (verb_read_as_modifier)
MODIFIER_DEPS = {"amod", "acl", "compound"}
ADMINISTRATION = {"administration", "government", "regime", "cabinet", "junta"}
# "the country's foreign ministry", "the nation's president": the state last mentioned.
SELF_REFERENCE = {"country", "nation"}
# Offices held only at home: a judge, senator or police chief named with no state ("Judge Maria
# Lopez", "the presiding judge") is of the state the text is about; a president may be foreign.
DOMESTIC_SECTORS = {"JUD", "LEG", "COP"}
# The most capitalised words of a name before such a body's word ("the Second Circuit Court").
NAMED_BODY_WORDS = 3
# Agent nouns that name the other party: "the counterpart" is not the state last mentioned.
OTHER_PARTY = {"counterpart", "counterparts"}
# Bodies that are a state's only when named with it ("the United States Commission on
# International Religious Freedom"): "the commission" alone is as often an organisation's.
# So are ships ("a Russian cargo ship"; "the tankers" after "near the Senegalese border" are not
# Senegal's; names38).
NAMED_ONLY = {"commission", "tanker", "tankers", "ship", "ships", "vessel", "vessels", "freighter", "freighters",
              "carrier", "carriers"}
# The nouns of a party's people, which a party's adjective names the party before ("Democratic
# leaders", "Conservative MPs"; data/party_adjectives.tsv).
PARTY_PEOPLE = {"leader", "leaders", "leadership", "official", "officials", "senator", "senators", "lawmaker",
                "lawmakers", "legislator", "legislators", "congressman", "congressmen", "mp", "mps"}


def verb_read_as_modifier(noun: Token) -> Token | None:
    """The verb right after a root noun that the parser hung as a modifier on the noun's
    object ("Trump accused Democrats of ...": the name read as a common noun, the root, and
    "accused" a modifier of "Democrats"), or None. The coder mends the parse
    (``coding.mends.mend_name_root``)."""
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= noun.sent.end:
        return None
    verb = noun.nbor(1)
    if verb.tag_ == "NNS" and verb.dep_ == "dobj" and verb.head.i == noun.i and verb.is_lower \
            and any(c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                    for c in verb.children):
        # "Trump refuses to rule out ...": the verb read as a plural noun, the name's object,
        # with a to-infinitive of its own (no common noun has one as its object)
        return verb
    if verb.tag_ not in VERB_FORMS or verb.dep_ not in MODIFIER_DEPS:
        return None
    obj = verb.head
    return verb if obj.head.i == noun.i and obj.dep_ == "dobj" and obj.i > verb.i else None


def _head_noun_end(doc: Doc, p: Piece) -> int:
    """End of "its army and police personnel" from the piece "army": the noun the piece
    modifies, with its conjuncts between, when it is at most three tokens on."""
    word = doc[p.end - 1]
    head = word.head
    if word.dep_ in ("nmod", "compound") and head.pos_ == "NOUN" and 0 < head.i - word.i <= 3 \
            and all(doc[k].dep_ in ("cc", "conj", "compound", "nmod") for k in range(p.end, head.i)):
        return head.i + 1
    return p.end


class Resolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # -- the pass over a document -------------------------------------------
    def resolve(self, doc: Doc, pieces: list[Piece], day: dt.date | None) -> list[Found]:
        memory = DocMemory()
        index = DocIndex(doc)
        # Context keys known from the whole document, for "requires" forms.
        for p in pieces:
            for f in p.forms:
                if not f.requires and f.entity.kind in ("state", "org"):
                    memory.keys.add(f.entity.key)
        starts = {t for p in pieces for t in range(p.start, p.end)}
        every, pieces = pieces, [p for p in pieces if not inside_longer_name(doc, p, starts, index)]
        out: list[Found] = []
        anonymous: list[Found] = []
        covered: set[int] = set()
        i = 0
        while i < len(pieces):
            p = pieces[i]
            found, used, name = self._compose(doc, pieces, i, day, memory, index)
            if found is not None and found.rule == ANONYMOUS:
                anonymous.append(found)  # added last, where no other reading covers its words
            elif found is not None:
                found = self._exiled(doc, found)
                out.append(found)
                covered.update(range(found.start, found.end))
                memory.remember(index.sent_index(p.start), found, name, self.kb,
                                tuple(t.lower_ for t in doc[found.start:found.end]))
            elif found is None and p.sector_word is not None and p.sector_word.sector is not None:
                memory.unnamed.append((index.sent_index(p.start), p.end - 1,
                                       tuple(t.lower_ for t in doc[p.start:p.end])))
            i += max(used, 1)
        out = national_sections(doc, pieces, out)  # "MSF Belgium": Belgium's NGO
        out = share_over_list(doc, pieces, out)  # "Police and soldiers in Kenya"
        out = share_of_agent(doc, pieces, out)
        out = share_of_state(doc, out)
        out = named_institutions(doc, every, regional_twins(doc, out))  # "Georgia, Texas"; "Kyiv District Court"
        out = chamber_parties(doc, every, named_companies(doc, every, out))  # "Qatar Airways"; "Senate Democrats"
        learned = learned_names(doc, covered, memory)
        covered.update(t for f in learned for t in range(f.start, f.end))
        out.extend(learned)
        out = perpetrator_references(doc, out)  # "the accused": the person named as the doer
        out = owned_by_what_follows(doc, out)  # "the General Staff of the Armed Forces of Iran"
        taken = {t for f in out for t in range(f.start, f.end)}
        out.extend(f for f in anonymous if taken.isdisjoint(range(f.start, f.end)))  # "lawmakers" alone
        out.extend(pronouns(doc, out, covered, index, self.kb.sector_words))
        out.sort(key=lambda f: f.start)
        return out

    # -- helpers -------------------------------------------------------------
    def _form_actor(self, forms: tuple[Form, ...], day: dt.date | None, memory: DocMemory) -> Actor | None:
        usable = [f for f in forms if not f.requires or memory.keys.intersection(f.requires)]
        if not usable:
            return None
        people = [f for f in usable if f.entity.kind == "person"]
        if people and len(people) < len(usable):
            usable = [f for f in usable if f.entity.kind != "person"]
        if len(usable) > 1 and people:
            # Same name, several people: the one in office on the date.
            day_ = day or dt.date.today()
            holding = [f for f in usable if any(p.holds_on(day_) for p in f.entity.periods)]
            if len(holding) != 1:
                return self._one_country(usable, day)
            usable = holding
        return self.kb.actor(usable[0], day)

    def _one_country(self, forms: list[Form] | tuple[Form, ...], day: dt.date | None) -> Actor | None:
        """The country (no sector) when every person a name may mean belongs to it."""
        actors = {self.kb.actor(f, day) for f in forms}
        keys = {(a.country, a.org) for a in actors if a is not None}
        if len(keys) != 1:
            return None
        country, org = next(iter(keys))
        return Actor(name=None, country=country, org=org, sector=None)

    def _surname_actor(self, text: str, forms: tuple[Form, ...], day: dt.date | None,
                       memory: DocMemory) -> Actor | None:
        if text in memory.names:
            return memory.names[text]
        day_ = day or dt.date.today()
        holding = {f.entity.key: f for f in forms if any(p.holds_on(day_) for p in f.entity.periods)}
        if len(holding) == 1:
            return self.kb.actor(next(iter(holding.values())), day)
        return None

    @staticmethod
    def _name_run(doc: Doc, start: int, limit: int) -> int:
        """End of a run of capitalised name tokens starting at ``start`` (none in a text with no
        case distinction, where every word may be tagged a name: "NEW MEXICO GOVERNOR MEETS")."""
        end = start
        if caseless_text(doc):
            return end
        while end < limit:
            tok = doc[end]
            if tok.pos_ == "PROPN" and tok.text not in POSSESSIVE or (
                    tok.text == "-" and end > start and end + 1 < limit and doc[end + 1].pos_ == "PROPN"):
                end += 1
            else:
                break
        return end

    @staticmethod
    def _skip(pieces: list[Piece], i: int, end: int) -> int:
        used = 1
        while i + used < len(pieces) and pieces[i + used].start < end:
            used += 1
        return used

    @staticmethod
    def _former(doc: Doc, start: int) -> bool:
        """ "former President X", "ex-minister": the office is not held now."""
        k = start - 1
        while k >= 0 and k >= start - 3:
            low = doc[k].lower_
            if low in FORMER or low.rstrip("-") in FORMER:
                return True
            if low in ("the", "a", "an") or doc[k].pos_ not in ("ADJ", "PUNCT", "PROPN", "NOUN", "ADV"):
                return False
            k -= 1
        return False

    def _exiled(self, doc: Doc, found: Found) -> Found:
        """ "exiled opposition leader X", "the exiled crown prince": out of office, but a
        person of the opposition in exile (OPP), not a country with no sector."""
        actor = found.actor
        if actor.sector is None and not actor.org and actor.country and self._former(doc, found.start) \
                and any(t.lower_ == "exiled" for t in doc[max(found.start - 3, 0):found.start]):
            return Found(found.start, found.end, actor.with_sector("OPP"), found.rule, found.head)
        return found

    def _party_people(self, doc: Doc, p: Piece, nxt: Piece | None, index: DocIndex) -> bool:
        """Whether a party's adjective at ``p`` names the party ("Democratic leaders"): before
        a noun of ``PARTY_PEOPLE``, inside its sentence and not part of a longer name."""
        return nxt is not None and doc[nxt.end - 1].lower_ in PARTY_PEOPLE and self._role_gap(doc, p.end, nxt)[0] \
            and p.start > index.sentence(p.start)[0] and not part_of_longer_name(doc, p.start, p.end)

    def _role_gap(self, doc: Doc, start: int, word: Piece) -> tuple[bool, bool]:
        """Whether tokens ``start:word.start`` may stand between a modifier and its
        title or agent noun, and whether they say "former"."""
        gap = doc[start:word.start]
        if _portfolio_list(gap, word):
            return True, False
        if sum(t.text != "-" for t in gap) > 2:  # ("state-run": two words)
            return False, False
        former = False
        for k, tok in enumerate(gap):
            low = tok.lower_
            if low in FORMER:
                former = True
            elif low == "-" and k + 1 < len(gap) and gap[k + 1].lower_ in HYPHEN_ROLES:
                continue
            elif low in HYPHEN_ROLES and k > 0 and gap[k - 1].text == "-":
                continue
            elif low in ROLE_WORDS:
                continue
            elif tok.text.islower() and (tok.pos_ == "ADJ" and tok.dep_ == "amod" or tok.dep_ == "compound" and word.type == TITLE):
                continue
            else:
                return False, False
        return True, former

    # -- composition ----------------------------------------------------------
    def _compose(self, doc: Doc, pieces: list[Piece], i: int, day: dt.date | None,
                 memory: DocMemory, index: DocIndex) -> tuple[Found | None, int, str | None]:
        p = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        gap_end = p.end
        if gap_end < len(doc) and doc[gap_end].text in POSSESSIVE:
            gap_end += 1
        if p.type == GROUP and all(f.form_kind == "adjective" for f in p.forms) \
                and not self._party_people(doc, p, nxt, index):
            return None, 1, None  # "democratic reforms", "Social Democratic leaders": no party
        if p.type in MODIFIERS:
            host = next((f for f in p.forms if f.form_kind == "host"), None)
            if host is not None and p.start > 0 and doc[p.start - 1].lower_ in PLACE_PREPOSITIONS:
                # "a summit in Brussels": the host state as a place, not the EU it seats
                return Found(p.start, p.end, self.kb.actor(host, day), "place", p.end - 1), 1, None
            mod_actor = self._form_actor(p.forms, day, memory)  # (a host state's form comes last: Gazetteer)
            if mod_actor is None:
                return None, 1, None
            if p.type == ADJ and i > 0 and given_name_after_title(doc, pieces[i - 1], p, nxt):
                return None, 1, None  # "justice minister German Galushchenko": a given name
            if p.type == ADJ and _tongue(doc, p.end):
                return None, 1, None  # "restrictions on the use of the Russian language": no actor
            if p.type == ADJ and p.start > 0 and doc[p.start - 1].lower_ in ETHNIC:
                return self._ethnic(doc, pieces, i, mod_actor, day, memory, index)
            if p.type == ADJ and nxt is not None and nxt.type in (STATE, SEAT) and people_of_place(doc, p.end, nxt.start) \
                    and any(f.form_kind == "demonym" for f in p.forms):  # "the Albanians of southern Serbia"
                home = self._form_actor(nxt.forms, day, memory)
                if home is not None and home.country and home.country != mod_actor.country:
                    return Found(p.start, p.end, Actor(country=home.country, sector="CVL"), "ethnic", p.end - 1), 1, None
            party_end = party_of_state(doc, p, nxt, mod_actor.country) \
                if p.type in (ADJ, STATE) and mod_actor.country and not mod_actor.org else None
            if party_end is not None:  # "Austrian People's Party": Austria's, not Spain's
                party = Actor(country=mod_actor.country)
                return Found(p.start, party_end, party, "state+party", party_end - 1), 2, None
            if nxt is not None and nxt.type in WORDS:
                fits, former = self._role_gap(doc, gap_end, nxt)
                if fits:
                    return self._with_sector_word(doc, pieces, i, mod_actor, day, memory, index, former)
            if p.type in (ADJ, STATE):
                listed = self._adjective_list(doc, pieces, i, day, memory)
                if listed:
                    return listed[0], 1, None
            if nxt is not None and nxt.start == p.end and p.type == ADJ and nxt.type == PERSON:
                # "Chinese President Xi Jinping" with "President Xi" a known form: one mention.
                person = self._person(doc, nxt, day, memory)
                if person is not None and person.country == mod_actor.country:
                    end = self._name_run(doc, nxt.end, index.sentence(p.start)[1])
                    return Found(p.start, end, person, "title+person", end - 1), self._skip(pieces, i, end), None
            if nxt is not None and nxt.start == gap_end and gap_end > p.end and nxt.type in (PERSON, SURNAME):
                # "South Korea's Park": the person, confirmed by the country.
                person = self._person(doc, nxt, day, memory)
                if person is not None:
                    return Found(p.start, nxt.end, person, "surname", nxt.end - 1), 2, doc[nxt.start:nxt.end].text
            rule = {SEAT: "seat", ORG: "org", GROUP: "group", ADJ: "adjective"}.get(p.type, "state")
            if p.type == SEAT and p.start > 0 and (doc[p.start - 1].lower_ in PLACE_PREPOSITIONS
                                                   or after_bearing(doc, p)  # "40 km southwest of Mogadishu"
                                                   or in_place_parenthesis(doc, p)  # "Savar city (Dhaka)"
                                                   or in_place_district(doc, p)):  # ", Dhaka - Shahbagh"
                mod_actor, rule = mod_actor.with_sector(None), "place"
            return Found(p.start, p.end, mod_actor, rule, p.end - 1), 1, None
        start = self._self_reference_start(doc, p)
        if start is not None:
            recent = memory.recent_state(index.sent_index(p.start)) if doc[start].lower_ == "the" \
                else possessor_state(doc, start, memory, index) or speaker_possessor(doc, start, memory) \
                or doer_possessor(doc, start, memory)
            if recent is not None:
                end = _head_noun_end(doc, p) if doc[start].lower_ == "its" else p.end
                return Found(start, end, recent.with_sector(p.sector_word.sector), "context", end - 1), 1, None
        if p.type == TITLE:
            return self._title(doc, pieces, i, day, memory, index)
        if p.type in (PERSON, SURNAME):
            return self._name(doc, pieces, i, day, memory)
        found = self._of_state(doc, pieces, i, None, day, memory)
        if found is not None:
            return found, self._skip(pieces, i, found.end), None
        if bare_body_word(doc, p) is not None:  # (the start is looked for only for such a word)
            start = self._definite_start(doc, p)
            start = p.start if start is None else start
            actor = bare_body(doc, pieces, i, start, memory, self.kb, day)
            if actor is not None:  # "Congress certified the results": the state's (data/bare_bodies.tsv)
                return Found(start, p.end, actor, "context", p.end - 1), 1, None
        start = self._named_body_start(doc, p)
        if start is not None:
            # "the Second Circuit Court of Appeals", "the Christchurch District Court": a court,
            # police or assembly named by its own name is of the state the text is about.
            recent = memory.recent_state(index.sent_index(p.start))
            if recent is not None:
                return Found(start, p.end, recent.with_sector(p.sector_word.sector), "context", p.end - 1), 1, None
        start = self._definite_start(doc, p)
        anonymous = None if start is not None and any(
            q.type in MODIFIERS and start <= q.start < p.start for q in pieces) else self._anonymous(doc, pieces, p, p.end)
        if anonymous is not None:  # (not "the Danish Islamist media": its state is in the phrase)
            return anonymous, 1, None
        if start is not None and p.sector_word is not None and p.sector_word.sector is not None:
            # "the regime", "the isolated regime": the state last mentioned; but "the security
            # forces" after "Syrian security forces": the actor named with that noun.
            sent_i = index.sent_index(p.start)
            named = None
            if p.end >= len(doc) or not (doc[p.end].pos_ == "PROPN" and doc[p.end].text[:1].isupper()):
                # (not a noun before a name it describes: "the paramilitary Rapid Support Forces")
                noun = tuple(t.lower_ for t in doc[p.start:p.end])
                named = memory.same_noun(noun, sent_i)
                if named is None:
                    unnamed = memory.unnamed_noun(noun, sent_i, doc)  # (targets51) "the court"
                    named = unnamed.with_sector(p.sector_word.sector) if unnamed is not None else None
                if named is None and p.sector_word.sector in ARMED_SECTORS:
                    named = memory.armed_before(p.sector_word.sector, sent_i, doc, p.start)  # "the army"
            if named is not None:
                return Found(start, p.end, named, "context", p.end - 1), 1, None
            recent = memory.recent_state(sent_i)
            if recent is not None:
                return Found(start, p.end, recent.with_sector(p.sector_word.sector), "context", p.end - 1), 1, None
        return None, 1, None

    def _title(self, doc: Doc, pieces: list[Piece], i: int, day: dt.date | None, memory: DocMemory,
               index: DocIndex) -> tuple[Found | None, int, str | None]:
        """ "President Bush", "King Hassan of Morocco", "the president of Armenia"."""
        p = pieces[i]
        assert p.sector_word is not None
        end = self._name_run(doc, p.end, index.sentence(p.start)[1])
        former = self._former(doc, p.start)
        if end > p.end:
            name = doc[p.end:end].text
            person = self._known_person(pieces, i + 1, end, doc, day, memory, name, p.sector_word.sector, former)
            if person is not None:
                return Found(p.start, end, person, "title+person", end - 1), self._skip(pieces, i, end), name
        found = self._of_state(doc, pieces, i, end if end > p.end else None, day, memory)
        if found is not None:
            if former:
                found = Found(found.start, found.end, found.actor.with_sector(None), found.rule, found.head)
            name = doc[p.end:end].text if end > p.end else None
            return found, self._skip(pieces, i, found.end), name
        sector = p.sector_word.sector
        definite = self._definite_start(doc, p) if end == p.end and not former else None
        if definite is not None:
            # "the foreign minister" (or "the Mexican foreign minister"): the one person the
            # document named before with that title, whatever sentence it was in
            person = memory.titled_person(tuple(t.lower_ for t in doc[definite + 1:p.end]))
            if person is not None:
                return Found(definite, p.end, person, "context", p.end - 1), 1, None
        anonymous = None if former else self._anonymous(doc, pieces, p, end)
        if anonymous is not None:
            return anonymous, self._skip(pieces, i, end), None
        if sector in DOMESTIC_SECTORS and not former and (end > p.end or self._definite_start(doc, p) is not None):
            # "Judge Maria Lopez", "the presiding judge": of the state the text is about.
            recent = memory.recent_state(index.sent_index(p.start))
            if recent is not None:
                start = p.start if end > p.end else self._definite_start(doc, p)
                assert start is not None
                name = doc[p.end:end].text if end > p.end else None
                actor = Actor(name=name, country=recent.country, sector=sector)
                return Found(start, end, actor, "context", end - 1), self._skip(pieces, i, end), None
        return None, 1, None

    def _of_state(self, doc: Doc, pieces: list[Piece], i: int, name_end: int | None, day: dt.date | None,
                  memory: DocMemory) -> Found | None:
        """A title or agent noun (and a name) followed by "of"/"in" and a state."""
        p = pieces[i]
        if p.type not in WORDS or p.sector_word is None:
            return None
        k = name_end or p.end
        if k >= len(doc) or doc[k].lower_ not in OF_IN:
            return None
        excluded = OF_IN[doc[k].lower_] or set()
        if p.sector_word.sector in excluded and not self._from_phrase(doc, p, k):
            return None
        k += 1
        starts = {k}  # the state's piece may hold its article ("the United States") or not
        if k < len(doc) and doc[k].lower_ == "the":
            starts.add(k + 1)
        state = next((q for q in pieces[i + 1:i + 4] if q.start in starts), None)
        if state is None or state.type not in (STATE, GROUP):
            return None
        actor = self._form_actor(state.forms, day, memory)
        if actor is None or actor.org or not actor.country or actor.sector is not None:
            return None  # a group with its own sector is no state ("leaders of Hamas" stay Hamas)
        name = doc[p.end:name_end].text if name_end else None
        sector = state_sector(actor.country, doc[p.start:p.end].text, p.sector_word.sector)
        return Found(p.start, state.end, Actor(name=name, country=actor.country, sector=sector),
                     "agent+of+state", p.end - 1)

    @staticmethod
    def _from_phrase(doc: Doc, p: Piece, k: int) -> bool:
        """ "soldiers from Chad": the "from" at ``k`` is a phrase of the agent noun, which
        is not what a verb moves (its object, a passive subject)."""
        noun = doc[p.end - 1]
        return doc[k].lower_ == "from" and doc[k].head.i == noun.i and noun.dep_ not in MOVED

    def _name(self, doc: Doc, pieces: list[Piece], i: int, day: dt.date | None,
              memory: DocMemory) -> tuple[Found | None, int, str | None]:
        p = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        possessive = p.end < len(doc) and doc[p.end].text in POSSESSIVE
        if nxt is not None and nxt.sector_word is not None and (
                (nxt.start == p.end and nxt.type == BODY and doc[nxt.start:nxt.end].text.lower() in ADMINISTRATION)
                or (possessive and nxt.type in (BODY, AGENT) and self._role_gap(doc, p.end + 1, nxt)[0])):
            # "the Bush administration", "the Assad regime", "Putin's forces": that person's state.
            person = self._person(doc, p, day, memory) or self._one_country(p.forms, day)
            if person is not None and person.key:
                actor = Actor(name=None, country=person.country, org=person.org, sector=nxt.sector_word.sector)
                return Found(p.start, nxt.end, actor, "person+body", nxt.end - 1), 2, None
        if p.type == SURNAME and month_named(doc, p.start, p.end):
            return None, 1, None  # "On 4 May 2019", "in May": the month, not Theresa May
        person = self._person(doc, p, day, memory)
        if person is None:
            return None, 1, None
        if self._former(doc, p.start):
            person = person.with_sector(None)
        rule = "person" if p.type == PERSON else "surname"
        return Found(p.start, p.end, person, rule, p.end - 1), 1, doc[p.start:p.end].text

    @staticmethod
    def _self_reference_start(doc: Doc, p: Piece) -> int | None:
        """Start of "the country's [new] <title/agent/body>" or "its <...>", or None."""
        if p.type not in WORDS or p.sector_word is None or p.sector_word.sector is None:
            return None
        k = p.start
        while k > 0 and p.start - k < 2 and doc[k - 1].lower_ in ROLE_WORDS:
            k -= 1
        if k >= 3 and doc[k - 1].text in POSSESSIVE and doc[k - 2].lower_ in SELF_REFERENCE \
                and doc[k - 3].lower_ == "the":
            return k - 3
        if k >= 1 and doc[k - 1].lower_ == "its" and doc[k - 1].dep_ == "poss":
            return k - 1  # "its troops": the state the clause is about (references.possessor_state)
        return None

    def _anonymous(self, doc: Doc, pieces: list[Piece], p: Piece, end: int) -> Found | None:
        """PETRARCH's anonymous agent: an agent noun of the user's agent dictionaries that no
        state or known person goes with ("a senior official said", "the primary official news
        agency", "clerics") is an actor of no country with the agent's sector (``---GOV``,
        ``---REL``), as PETRARCH codes it from the noun phrase alone, not the state the text
        spoke of last; only where those agents are the only ones (setting
        'dictionary_agents_only', ``KnowledgeBase.anonymous_agents``): None for a shipped agent
        word (read as before), an imported one among the shipped ones, or one of no sector."""
        word = p.sector_word
        if not self.kb.anonymous_agents or p.type not in WORDS or word is None or not word.imported \
                or word.sector is None:
            return None
        last = doc[p.end - 1]
        if last.pos_ == "ADJ" and last.head.dep_ not in SUBJECTS:
            return None  # "on his first official foreign visit": no one; "the official news agency said"
        if any(q.type in MODIFIERS and [t.lower_ for t in doc[end:q.start]] in (["of"], ["of", "the"])
               for q in pieces):
            return None  # "the activists of Amnesty International": the actor of the phrase, as before
        start = self._definite_start(doc, p)
        start = p.start if start is None else start
        return Found(start, end, Actor(sector=word.sector), ANONYMOUS, end - 1)

    @staticmethod
    def _named_body_start(doc: Doc, p: Piece) -> int | None:
        """Start of a body of ``DOMESTIC_SECTORS`` named by its own name, capitalised words
        right before a capitalised body word ("the Second Circuit Court of Appeals",
        "Christchurch District Court", "the Metropolitan Police") or a court's ("the Manhattan
        district attorney's office"), or None."""
        if p.type != BODY or p.sector_word is None or p.sector_word.sector not in DOMESTIC_SECTORS \
                or not (doc[p.start].text[:1].isupper() or p.sector_word.sector == "JUD"):
            return None  # (a court's office is named by its seat: "the Manhattan district attorney's office")
        k = p.start
        while k > 0 and p.start - k < NAMED_BODY_WORDS and doc[k - 1].text[:1].isupper() \
                and doc[k - 1].pos_ in ("PROPN", "ADJ"):
            k -= 1
        if k == p.start or building_name(doc, k, p.start):
            return None  # (not "Royal Mint Court", a building's name: data/building_words.tsv)
        return k - 1 if k > 0 and doc[k - 1].lower_ == "the" else k

    @staticmethod
    def _definite_start(doc: Doc, p: Piece) -> int | None:
        """Start of "the [adjective] <agent/body/title>", or None when not definite."""
        if p.type not in WORDS or doc[p.end - 1].lower_ in OTHER_PARTY | NAMED_ONLY:
            return None
        k = p.start - 1
        while k >= 0 and (doc[k].pos_ == "ADJ" or doc[k].tag_ == "VBG" and doc[k].dep_ == "amod") \
                and k > p.start - 3:  # "the isolated regime", "the presiding judge"
            k -= 1
        if k >= 0 and doc[k].lower_ == "the":
            return k
        return None

    def _ethnic(self, doc: Doc, pieces: list[Piece], i: int, mod_actor: Actor, day: dt.date | None,
                memory: DocMemory, index: DocIndex) -> tuple[Found | None, int, str | None]:
        """ "ethnic Albanians in Serbia": the state they live in, named in the sentence."""
        p = pieces[i]
        start, end = index.sentence(p.start)
        used, sector = 1, "CVL"
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if nxt is not None and nxt.type in (AGENT, BODY) and nxt.start == p.end and nxt.sector_word is not None:
            used, sector = 2, nxt.sector_word.sector
        home = None
        for q in pieces:
            if q.start < start or q.start >= end or q is p or q.type not in PLACES:
                continue
            if q.start > 0 and doc[q.start - 1].lower_ in ETHNIC:
                continue
            actor = self._form_actor(q.forms, day, memory)
            if actor is not None and actor.country and actor.country != mod_actor.country:
                home = actor
                break
        if home is None:
            return None, used, None
        last = pieces[i + used - 1]
        return Found(p.start - 1, last.end, Actor(country=home.country, sector=sector), "ethnic", last.end - 1), used, None

    def _adjective_list(self, doc: Doc, pieces: list[Piece], i: int, day: dt.date | None,
                        memory: DocMemory) -> list[Found]:
        """ "Greek, Cypriot and French counterparts": each adjective is an actor with the
        sector of the noun they share. So is a state's name in such a list when the parser
        hangs it on that noun ("U.S. and Iraqi officials", "France and Germany leaders": the
        name a modifier of "officials", the next member conjoined to it), and the list may
        end in an organisation ("US and EU officials"). Returns the Found for piece ``i``
        (first) or []."""
        run = [i]
        k = i
        while k + 1 < len(pieces) and pieces[k + 1].type in LISTED:
            between = doc[pieces[k].end:pieces[k + 1].start]
            if not len(between) or any(t.lower_ not in (",", "and", "or") for t in between):
                break
            k += 1
            run.append(k)
        if len(run) < 2 or k + 1 >= len(pieces):
            return []
        word = pieces[k + 1]
        if word.type not in WORDS or word.sector_word is None or not self._role_gap(doc, pieces[k].end, word)[0]:
            return []
        if (pieces[i].type != ADJ or any(pieces[j].type != ADJ for j in run)) \
                and not _modifies(doc[pieces[i].end - 1], doc[word.end - 1]):
            return []
        p = pieces[i]
        actor = self._form_actor(p.forms, day, memory)
        if actor is None or actor.org and p.type != ADJ:
            return []
        return [Found(p.start, p.end, actor.with_sector(word.sector_word.sector), "adjective+agent", p.end - 1)]

    def _person(self, doc: Doc, p: Piece, day: dt.date | None, memory: DocMemory) -> Actor | None:
        text = doc[p.start:p.end].text
        if p.type == SURNAME:
            # A surname inside a longer name ("John Park", "Park Avenue") is not this person,
            # nor is a capitalised common word ("Young people").
            last = doc[p.end - 1]
            if part_of_longer_name(doc, p.start, p.end):
                return None
            if last.pos_ != "PROPN" and not (last.pos_ == "NOUN" and last.is_title and (
                    last.dep_ in SUBJECTS or verb_read_as_modifier(last) is not None)):
                # "Trump says ...", tagged a common noun at the start of a sentence, is still
                # the subject (also where the parser made it the root: "Trump accused
                # Democrats of ..."); "Young people marched" is no one.
                return None
            return self._surname_actor(text, p.forms, day, memory)
        if text in memory.names:
            return memory.names[text]
        return self._form_actor(p.forms, day, memory)

    def _known_person(self, pieces: list[Piece], j: int, end: int, doc: Doc, day: dt.date | None,
                      memory: DocMemory, name: str, sector: str, former: bool) -> Actor | None:
        """The person a title introduces, when the knowledge base knows the name.

        Out of office on the date, the title still says what they are now
        ("President Bush" in a text of 1990) unless it is a former office.
        """
        if name in memory.names:
            return memory.names[name]
        for k in range(j, len(pieces)):
            q = pieces[k]
            if q.start >= end:
                break
            if q.type in (PERSON, SURNAME) and q.end == end:
                person = self._person(doc, q, day, memory)
                first = name.split()[0]
                if person is None and (doc[q.start:q.end].text == name
                                       or any(first in f.entity.name.split() for f in q.forms)):
                    # "President Carlos Menem"; not "senator Pauline Hanson" from a Margus Hanson.
                    person = self._one_country(q.forms, day)
                if person is None:
                    return None
                if former:
                    return person.with_sector(None)
                if person.sector is None and not person.org:
                    return person.with_sector(sector)
                return person
        return None

    def _org_agent_person(self, doc: Doc, pieces: list[Piece], i: int, mod_actor: Actor, sector: str | None,
                          index: DocIndex) -> tuple[Found | None, int, str | None] | None:
        """ "U.N. mediator Diego Cordovez": an organisation's agent noun and a known
        person's name are one mention of the organisation, not the person's home state."""
        word_piece = pieces[i + 1]
        nxt = pieces[i + 2] if i + 2 < len(pieces) else None
        if nxt is None or nxt.start != word_piece.end or nxt.type not in (PERSON, SURNAME):
            return None
        end = max(nxt.end, self._name_run(doc, word_piece.end, index.sentence(pieces[i].start)[1]))
        name = doc[word_piece.end:end].text
        actor = Actor(name=name, country=mod_actor.country, org=mod_actor.org, sector=sector)
        return Found(pieces[i].start, end, actor, "title+person", end - 1), self._skip(pieces, i, end), name

    def _with_sector_word(self, doc: Doc, pieces: list[Piece], i: int, mod_actor: Actor, day: dt.date | None,
                          memory: DocMemory, index: DocIndex, former: bool) -> tuple[Found | None, int, str | None]:
        p, word_piece = pieces[i], pieces[i + 1]
        assert word_piece.sector_word is not None
        sector = word_piece.sector_word.sector
        if word_piece.type == BODY:  # "Brazilian Military Police": Brazil's are police (COP)
            sector = state_sector(mod_actor.country, doc[word_piece.start:word_piece.end].text, sector)
        if mod_actor.org and sector in ORG_STAFF_SECTORS:
            sector = "IGO"  # "UN Secretary-General", "EU officials", "ICC judges", "UN workers"
        former = former or self._former(doc, p.start)
        if word_piece.type == TITLE:
            end = self._name_run(doc, word_piece.end, index.sentence(p.start)[1])
            if end > word_piece.end:
                name = doc[word_piece.end:end].text
                known = self._known_person(pieces, i + 2, end, doc, day, memory, name, sector, former)
                if known is not None and mod_actor.org and known.org != mod_actor.org and not former:
                    known = None  # "U.N. envoy Diego Cordovez": the organisation's office wins
                if known is not None and not former and p.type in (ADJ, STATE) and mod_actor.country \
                        and not mod_actor.org and not known.org and known.country != mod_actor.country:
                    # "Russian Foreign Minister Eduard Shevardnadze": the office the title names
                    # is the state's, whatever country the people list gives the person (GEO)
                    known = Actor(name=known.name, country=mod_actor.country, sector=sector)
                if known is None and p.type == GROUP and mod_actor.sector is not None and not mod_actor.org:
                    # "Hamas spokesman Hazem Qassem", "Reform UK leader X": the group's man, as
                    # "Hamas spokesman" alone is the group's (below), not a government's (actors51)
                    sector = mod_actor.sector
                actor = known or Actor(name=name, country=mod_actor.country, org=mod_actor.org,
                                       sector=None if former else sector)
                return Found(p.start, end, actor, "title+person", end - 1), self._skip(pieces, i, end), name
            # A title with no name: "the Russian foreign minister" is still the office.
        elif word_piece.type == AGENT and mod_actor.org and not former:
            found = self._org_agent_person(doc, pieces, i, mod_actor, sector, index)
            if found is not None:
                return found
        if p.type == GROUP and (mod_actor.sector is not None or mod_actor.org):
            # "Hamas fighters" stay Hamas; a dictionary's state-level code ("Calenardhon
            # government", [CAL]) takes the agent noun's sector like a state does.
            return Found(p.start, word_piece.end, mod_actor, "group", word_piece.end - 1), 2, None
        actor = Actor(name=None, country=mod_actor.country, org=mod_actor.org, sector=None if former else sector)
        return Found(p.start, word_piece.end, actor, "modifier+agent", word_piece.end - 1), 2, None


# The most words of a list of portfolios before a title ("economy, trade and industry").
PORTFOLIO_WORDS = 5
PORTFOLIO_TAGS = {"NN", "NNS", "JJ"}
PORTFOLIO_JOINS = {",", "and"}


def _portfolio_list(gap, word: Piece) -> bool:
    """Whether ``gap`` is a list of lower-case portfolios before a title, or the start of
    one the title's own word ends ("Brazil's mines and energy minister", "Japan's economy,
    trade and industry minister"): nouns and adjectives joined by commas and one "and"."""
    if word.type != TITLE or not 1 < len(gap) <= PORTFOLIO_WORDS or gap[0].lower_ in PORTFOLIO_JOINS:
        return False
    if sum(t.lower_ == "and" for t in gap) != 1:
        return False
    for k, t in enumerate(gap):
        if t.lower_ in PORTFOLIO_JOINS:
            if gap[k - 1].lower_ in PORTFOLIO_JOINS:
                return False
        elif not (t.tag_ in PORTFOLIO_TAGS and t.text.islower() and t.is_alpha):
            return False
    return True


# The pieces a list before a shared agent noun is made of ("Greek, Cypriot and French
# counterparts", "U.S. and Iraqi officials", "US and EU officials").
LISTED = {ADJ, STATE, ORG}
# How the parser hangs the first member of such a list on the noun.
LIST_MODIFIER_DEPS = {"nmod", "compound", "amod"}


def _modifies(member, noun) -> bool:
    """Whether ``member`` (a list's member, up its chain of conjuncts) modifies ``noun``."""
    while member.dep_ == "conj" and member.head.i != member.i:
        member = member.head
    return member.dep_ in LIST_MODIFIER_DEPS and member.head.i == noun.i


def _tongue(doc: Doc, end: int) -> bool:
    """True when the words right after a state adjective name a tongue (``TONGUE_NOUNS``):
    "the Russian language", "Russian-language media"."""
    k = end + 1 if end < len(doc) and doc[end].text == "-" else end
    return k < len(doc) and doc[k].lower_ in TONGUE_NOUNS
