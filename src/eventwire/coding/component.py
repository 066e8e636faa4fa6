"""The ``eventwire_events`` spaCy component: coded events and quotes on the Doc.

Runs after ``eventwire_actors``. Sets ``doc._.events`` (a list of
:class:`~eventwire.records.Event`, one per happening: restatements merged),
``doc._.event_statements`` (every statement of an event, before the merge)
and ``doc._.quotes`` (a list of :class:`~eventwire.records.Quote`). Uses
``doc._.doc_id`` and ``doc._.date``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from spacy.language import Language
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from ..actors.component import actor_index
from ..errors import ConfigError
from ..records import Actor, Event, Mention, Quote
from .claims import CLAIMED_TABLE, claimed_attacks
from .coder import Coder, Coding
from .discards import read_discards
from .implicit import Places, implied_speaker, load_agents
from .event_model import EventModel, lexicon_roots
from .learned import FeatureMaker, anchor, narrated_past, rule_map
from .frames import Frames
from .lexicon import NEGATED_FLAG, Trigger, load_lexicon
from .mentions import DocContext
from .mends import lower_lemma
from .merge import merge_restatements
from .patterns import with_reverse
from .press import press_side, press_sides
from .modality import Cues, Modality, analyse, load_cues, speaker_of, told_own_act
from .narrative import answered, counted_since
from .ontology import Ontology
from ..actors.places import Gazetteer
from ..actors.text import doc_text
from .quotes import FoundQuote, find_quotes
from .reading import Obligation, permitted, prepared_for, purpose_of, recalled
from .threats import THREAT_CODE, ultimatum_condition, vowed_beside_said
from .date_prior import before_the_news
from .scene import DocDates, event_date
from .scene_clauses import holding
from .ultimatums import ultimatums
from .sport import about_sport, sport_trigger
from .sectors import COUNTRY_RULES, implied_sector, victims_sector
from .venue import Venues
from .violence import VIOLENCE_ROOTS, unarmed_acts
from .wordscan import sentence_lemmas


LEAD_ENDINGS = frozenset('.!?"\u201d')  # how a sentence of running text ends
PROTEST_ROOT = "14"
DEMAND_ROOT = "10"  # a demand in the purpose of a protest is that protest ("rallied to demand ...")
ASK_ROOTS = {"02", DEMAND_ROOT}  # what someone is allowed to ask for is not asked ("allowed to seek asylum")
POSTURE_ROOT = "15"  # what a show of force is "for" is readied, not done ("mobilized for a war")
# Roots of the cooperative acts that a modal future states as an intent (CAMEO 03):
# "Finland will give Tanzania a grant" is 033, "will visit Albania" 036.
STATED_INTENT_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# Roots of the hostile acts that their own actor's statement puts in the future, a threat
# (CAMEO 13): "NATO said it would tighten the blockade of Libya" is 1381. Not 16: "Israel
# announces it will cut ties with X" is the decision, coded as the cut (as the WCEP gold has it).
STATED_THREAT_ROOTS = frozenset({"17", "18", "19", "20"})
# Roots of violence done to a place: the capital struck ("missiles hit Kyiv", "Israel struck
# Beirut") is the country, not its government, which the capital stands for elsewhere.
PLACE_STRUCK_ROOTS = frozenset({"18", "19", "20"})
# Offices that speak for their state or body: an act of office they announce is done by it.
OFFICE_SECTORS = frozenset({None, "GOV", "MIL", "LEG", "JUD", "COP", "IGO"})


def register_extensions() -> None:
    for name in ("events", "event_statements", "quotes"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _implies_actor(sent: Span, places: Places, words: list[Token] | None = None) -> bool:
    """Whether a sentence without actor mentions can imply one: it has an agent noun
    ("police") and a country, that of a place the gazetteer knows in it ("gunmen attacked
    a checkpoint in Bauchi") or the story's. The country is looked for last: a story whose
    sentences all name actors need not have it found."""
    agents = load_agents()
    # (the part of speech as spaCy's number, the lemma through lower_lemma's memo: no strings made)
    return (any(t.pos == NOUN and lower_lemma(t) in agents for t in (sent if words is None else words))
            and places.country(sent) is not None)


def _lead_end(sentences: list[tuple[int, int, Span]], text: str, count: int) -> int:
    """The token index where the first ``count`` sentences of running text end: sentences
    that end as a sentence does ("." "!" "?" or a closing quote), so that a dateline
    ("Saturday, October 5, 2019") or a heading is not one. Read from the text, as
    sentences the model did not parse have no tags. ``sentences``: each with its first
    and end characters."""
    end, n = 0, 0
    for start_char, end_char, sent in sentences:
        if n == count:
            break
        end = sent.end
        n += text[start_char:end_char].rstrip()[-1:] in LEAD_ENDINGS
    return end


def to_mention(span: Span, actor: Actor | None = None) -> Mention:
    """The Mention of an actor span; ``actor`` for a span the resolver left alone (implied actor)."""
    if actor is not None:
        return Mention(span.text, span.start_char, span.end_char, actor, "implied")
    return Mention(span.text, span.start_char, span.end_char, span._.actor, span._.actor_rule or "")


@dataclass
class _Shared:
    """What the events of one document share, read once per call: its dates
    and places, the modality and date at each trigger and the Mention of each span."""

    text: str  # doc.text: a span's text sliced from it is Span.text, without making its tokens
    places: Places
    dates: DocDates
    venues: Venues
    modality: dict[int, Modality] = field(default_factory=dict)  # trigger index -> its modality
    # (trigger index, modality value) -> the event's date and precision: a trigger coded
    # twice (a pair and its reverse, a second root of the detector) is dated once
    dated: dict[tuple[int, str], tuple[str | None, str]] = field(default_factory=dict)
    mentions: dict[tuple, Mention] = field(default_factory=dict)  # (start, end, implied actor) -> Mention
    agents_only: bool = False  # setting 'dictionary_agents_only': no sector implied (``_side``)

    def mention(self, span: Span, actor: Actor | None = None) -> Mention:
        """:func:`to_mention`, once per span (and implied actor)."""
        key = (span.start, span.end, actor)
        found = self.mentions.get(key)
        if found is None:
            start, end = span.start_char, span.end_char
            if actor is not None:
                found = Mention(self.text[start:end], start, end, actor, "implied")
            else:
                places = self.places
                found = Mention(self.text[start:end], start, end, places.actor(span), places.rule(span) or "")
            self.mentions[key] = found
        return found


def _side(shared: _Shared, span: Span | None, actor: Actor | None, trigger: Token, root: str,
          other: Span | None, *, target: bool = False, sent: Span | None = None) -> Mention | None:
    """The Mention of one side of an event, with the sector its surroundings imply when the
    actor has none of its own (``sectors.py``: "killed 14 Palestinians", "was arrested";
    none where the imported agents are the only agents, ``_Shared.agents_only``);
    ``other``: the span of the event's other side; ``sent``: the trigger's sentence."""
    if span is None:
        return None
    mention = shared.mention(span, actor)
    if target and root in PLACE_STRUCK_ROOTS and mention.rule == "seat":
        mention = replace(mention, actor=mention.actor.with_sector(None), rule="seat+struck")
        return _struck_place(shared, mention, span, trigger, sent)
    found = None if shared.agents_only else implied_sector(
        span, mention.actor, trigger, root, target=target, implied=actor is not None,
        other=other, rule_of=shared.places.rule)
    if found is None:
        if target and root in PLACE_STRUCK_ROOTS and not span.start <= trigger.i < span.end \
                and (actor is not None or mention.rule in COUNTRY_RULES):
            return _struck_place(shared, mention, span, trigger, sent)
        return mention
    sector, cue = found
    return replace(mention, actor=mention.actor.with_sector(sector), rule=f"{mention.rule}+{cue}")


def _struck_place(shared: _Shared, mention: Mention, span: Span, trigger: Token, sent: Span | None = None) -> Mention:
    """A place (or its state) struck in an act of violence that the sentence says killed or
    hurt people of one sector stands for those people (:func:`.sectors.victims_sector`);
    not a country named as a whole ("an attack on Ukraine kills 14": GUIDE.md section 2),
    but its part ("northern Israel") or the country of a place ("Arad, Israel") is a place."""
    actor = mention.actor
    if shared.agents_only or actor.sector is not None or actor.org or not actor.country:
        return mention
    root = span.root
    if _bare_name(mention.text) == actor.name and root.dep_ != "appos" \
            and not any(c.dep_ == "amod" for c in root.children):
        return mention
    sector = victims_sector(trigger, sent)
    if sector is None:
        return mention
    return replace(mention, actor=actor.with_sector(sector), rule=f"{mention.rule}+victims")


def _speaks_as_source(speaker: Token, coding: Coding, shared: _Shared) -> bool:
    """Whether ``speaker`` (a word of a saying verb's subject) is the coding's source: its
    mention, or a mention of the same actor ("Iran said it would attack ...")."""
    span = shared.places.at(speaker.i)
    if span is None:
        return False
    actor, source = shared.places.actor(span), coding.source_key
    return span == coding.source or (actor is not None and source is not None and actor.key == source.key)


def _speaks_for_source(speaker: Token, coding: Coding, shared: _Shared) -> bool:
    """Whether ``speaker`` speaks for the coding's source: ``_speaks_as_source``, as an office
    of its state or body (not its press, nor its opposition or its people)."""
    span = shared.places.at(speaker.i)
    actor = shared.places.actor(span) if span is not None else None
    return actor is not None and actor.sector in OFFICE_SECTORS and _speaks_as_source(speaker, coding, shared)


def _bare_name(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


class EventCoder:
    def __init__(self, nlp: Language, name: str, *, min_quote_words: int, event_model: str,
                 event_model_max_sentences: int, verb_dictionaries: list[str] = (),
                 event_model_threshold: float = 0.0, discard_dictionaries: list[str] = (),
                 event_model_lead_sentences: int = 0, agents_only: bool = False) -> None:
        register_extensions()
        self.name = name
        # The agents of the user's agent dictionaries are the only agents (setting
        # 'dictionary_agents_only'): no agent noun of the coder's own implies an actor or a sector.
        self.agents_only = agents_only
        self.cues: Cues = load_cues()
        lexicon = load_lexicon()
        if verb_dictionaries:
            from .verbdict import model_lemma, with_verb_dictionaries

            lexicon = with_verb_dictionaries(verb_dictionaries, model_lemma(nlp), base=lexicon)
        # Sport or weather stories a user's discard lists keep out (discards.py).
        self.discards = read_discards(discard_dictionaries) if discard_dictionaries else None
        self.coder = Coder(lexicon, self.cues.reversal_verbs, Frames.load(),
                           Obligation(self.cues.speech_verbs, self.cues.obligation_modals,
                                      self.cues.message_nouns), self.cues.refusal_verbs,
                           self.cues.onlooker_verbs | self.cues.countering_verbs)
        self.ontology = Ontology.load()
        self.places = Gazetteer.load()
        self.min_quote_words = min_quote_words
        self.model: EventModel | None = None
        if event_model.strip().lower() not in ("", "none"):
            path = None if event_model.strip().lower() == "shipped" else Path(event_model).expanduser()
            self.model = EventModel.load(path) if path is not None else EventModel.load()
        # the candidates' features as the model's columns, looked up once per part
        self.features = FeatureMaker(lexicon, self.model.index if self.model is not None else None)
        self.model_max_sentences = event_model_max_sentences
        self.model_lead_sentences = event_model_lead_sentences
        if not 0.0 <= event_model_threshold < 1.0:
            raise ConfigError(f"setting 'event_model_threshold' is {event_model_threshold}: give a probability "
                              "below 1, or 0 for the threshold the model was trained with")
        self.model_threshold = event_model_threshold or None  # None: the model's own

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # spaCy makes this object anew at every ``doc._``: made once
        doc_id = ext.doc_id or ""
        sentences = list(doc.sents)  # (spaCy makes the Spans anew at every walk of ``doc.sents``)
        places = Places(doc, agents_only=self.agents_only, sentences=sentences)
        context = DocContext(places=places)
        text = doc_text(doc)  # (spaCy joins doc.text from the tokens at every use; the actor resolver read it)
        venues = Venues(doc, self.places, places)
        places.locate = venues.sentence_country
        places.find_place = venues.sentence_place
        shared = _Shared(text, places, DocDates(doc, ext.date), venues, agents_only=self.agents_only)
        # each sentence with its first and end characters, read once (find_quotes and the loop below)
        chars = [(s.start_char, s.end_char, s) for s in sentences]
        quotes = list(find_quotes(doc, self.cues.speech_verbs, self.min_quote_words, text,
                                  None if self.agents_only else partial(implied_speaker, places=places), chars))
        places.quotes = quotes  # whose "our government" a quotation holds (``implicit``)
        ext.quotes = [
            Quote(doc_id, shared.mention(q.speaker, q.implied) if q.speaker is not None else None,
                  text[q.start:q.end], (q.start, q.end))
            for q in quotes
        ]
        events: list[Event] = []
        if self.discards is not None and self.discards.story_discarded(text):
            ext.event_statements = ext.events = []
            return doc
        learn = self.model is not None and (
            self.model_max_sentences <= 0
            or sum(not text[start:end].isspace() for start, end, _ in chars) <= self.model_max_sentences)
        covered = actor_index(doc).keys()  # the tokens inside an actor mention (the coder reads it too)
        # A long article's lead tells its main event as the summaries the detector learned from do.
        lead = _lead_end(chars, text, self.model_lead_sentences) if self.model is not None and not learn \
            and self.model_lead_sentences > 0 else 0
        for sent_index, (start_char, end_char, sent) in enumerate(chars):
            words = None  # the sentence's Tokens, made once for the coder and the passes after it
            if covered.isdisjoint(range(sent.start, sent.end)):
                if self.agents_only or not _implies_actor(sent, places, words := list(sent)):
                    continue  # no actor, named or implied ("Police arrested a man" in a story set in one country)
            sent_text = text[start_char:end_char]  # sent.text, without making its tokens
            if self.discards is not None and self.discards.sentence_discarded(sent_text):
                continue
            seen: set[tuple] = set()
            coded: list[Event] = []
            evidence = sent_text.strip()
            words = words if words is not None else list(sent)
            codings = unarmed_acts(with_reverse(self.coder.code_sentence(doc, sent, context, words)))
            lemma_ids, lemmas = sentence_lemmas(sent, words)  # (read after the coder's mends, which may change a lemma)
            codings = ultimatums(sent, claimed_attacks(sent, codings, places, lemmas),
                                 places, self.cues, self.coder.lexicon, self.coder.frames.recode, lemmas)
            protests = {c.trigger.i for c in codings if c.rule.cameo[:2] == PROTEST_ROOT}
            postures = {c.trigger.i for c in codings if c.rule.cameo[:2] == POSTURE_ROOT}
            responses = {c.trigger.i for c in codings if c.rule.cameo[:2] != PROTEST_ROOT}
            sport = None  # whether the sentence is a match report (sport.py), read at its first shared word
            for coding in codings:
                if sport_trigger(coding.trigger) and (sport := about_sport(words, evidence) if sport is None else sport):
                    continue  # "the final pool clash against Angola": a match, no fight
                if recalled(coding.trigger, self.cues.remembrance_nouns, self.cues.remembrance_verbs):
                    continue  # "marked the anniversary of the invasion": no invasion now
                if coding.rule.cameo[:2] == PROTEST_ROOT and answered(coding.trigger, responses) \
                        or counted_since(coding.trigger):
                    continue  # "imposed a curfew after a demonstration", "since the accord": told before
                if coding.rule.cameo[:2] == DEMAND_ROOT and purpose_of(coding.trigger, protests):
                    continue  # "rallied to demand reforms": the protest is the demand
                if coding.rule.cameo[:2] in ASK_ROOTS and permitted(coding.trigger):
                    continue  # "agreed to allow him to seek asylum": no request made
                if ultimatum_condition(coding.trigger):
                    continue  # "will withdraw unless Chad arranges a ceasefire": asked, not done
                if coding.rule.cameo[:2] in VIOLENCE_ROOTS and prepared_for(coding.trigger, postures):
                    continue  # "mobilized reservists for a war against Iraq": no war yet
                event = self._event(doc, doc_id, sent_index, sent, coding, quotes, shared, evidence=evidence, seen=seen)
                if event is not None:  # (None: the press as a side, or an event the sentence has)
                    coded.append(event)
            # (prec44) a match report gets no detector event either: "Argentina beat Brazil in the final"
            if (learn or sent.end <= lead) and not (sport if sport is not None else about_sport(words, evidence)):
                coded += self._learned(doc, doc_id, sent_index, sent, coded, quotes, shared, evidence, lemma_ids, words)
            events.extend(coded)
        ext.event_statements = events
        ext.events = merge_restatements(events)
        return doc

    def _learned(self, doc: Doc, doc_id: str, sent_index: int, sent: Span, coded: list[Event],
                 quotes: list[FoundQuote], shared: _Shared, evidence: str,
                 lemma_ids: list[int] | None = None, words: list[Token] | None = None) -> list[Event]:
        """Events the learned model finds between the sentence's actors that the rules did not code
        (``lemma_ids``: the lemma ids of the sentence's words, :func:`.wordscan.sentence_lemmas`;
        ``words``: its Tokens, as the coder read them)."""
        if narrated_past(sent):
            return []  # told in the past, unlike the detector's training texts
        rules = rule_map(coded)
        # common: the features every candidate has (the sentence's)
        places = shared.places
        found, common, rows = self.features.split_rows(sent, rules, places.actor, uncoded=True, rule_of=places.rule,
                                                       triggered=True, lemma_ids=lemma_ids, tokens=words)
        if not found:
            return []
        supported = lexicon_roots(common)
        if self.model.hopeless(found, rows, common, supported, self.model_threshold):
            return []  # one actor, sure to stay below the threshold: not scored
        probs = self.model.column_probabilities(rows, common)
        best = self.model.choose(found, probs, rules, threshold=self.model_threshold, supported=supported,
                                 clashes=self.features.role_clashes)
        out = []
        for (_, _, root), (candidate, prob) in best.items():
            trigger = anchor(sent, candidate)
            if self.coder.asked_for(trigger):
                continue  # "demanded that the US cancel plans to sell arms": asked for, not done
            rule = Trigger.made(trigger.lemma_.lower(), trigger.pos_, self.ontology.base_code(root))
            coding = Coding(trigger, rule, candidate.source, candidate.target)
            event = self._event(doc, doc_id, sent_index, sent, coding, quotes, shared, evidence=evidence,
                                coder=f"model:event_model:{prob:.2f}", confidence=prob)
            if not press_side(coding, event, self.cues.speech_verbs):  # "X told Reuters that ..."
                out.append(event)
        return out

    def _event(self, doc: Doc, doc_id: str, sent_index: int, sent: Span, coding: Coding,
               quotes: list[FoundQuote], shared: _Shared, *, evidence: str, coder: str | None = None,
               confidence: float | None = None, seen: set[tuple] | None = None) -> Event | None:
        """The Event of a coding in sentence ``sent``, whose stripped text is ``evidence``.
        ``seen``: the (source, target, code) of the events the sentence keeps, when the event is
        to be one of them: None for a coding with the press as a side ("told Reuters": the press
        hears, takes no part) or for an event already kept, its date and place not read."""
        trig = coding.trigger
        modality = shared.modality.get(trig.i)
        if modality is None:
            modality = shared.modality[trig.i] = analyse(trig, self.cues)
        if coding.rule.table == CLAIMED_TABLE and modality.value == "asserted":
            # "the Taliban claimed the bombing", "witnesses attribute the shooting to the army":
            # the attack is the claimant's word, not the writer's (GUIDE.md section 4)
            modality = Modality("reported", next((c for c in trig.children if c.dep_ == "nsubj"), None))
        cameo = coding.rule.cameo
        if vowed_beside_said(trig if trig.pos_ == "VERB" else trig.head):
            # "Russia says the decision is hostile and vows a response against the UK": the
            # speaker's own vow, which the parser conjoined to what it says, is made now
            modality = self._threat_made(modality, coding, shared)
        if NEGATED_FLAG in coding.rule.flags and modality.value in ("negated", "future"):
            # "police will not tolerate rallies", "will no longer tolerate": the negation is the
            # act (a threat), stated now
            modality = replace(modality, value=modality.refusal or "asserted")
        if modality.condition is not None:
            # "Iran will attack Israel if it is struck": a threat; "Hamas will disarm if Israel
            # withdraws": an offer; "will withdraw its force unless ...": an ultimatum, a threat
            # whatever the act (CAMEO codes the conditional statement, not the act).
            kind = "threat" if modality.condition in self.cues.threat_conditions else "both"
            cameo = self.coder.frames.recode(kind, cameo) or (THREAT_CODE if kind == "threat" else cameo)
            if cameo[:2] == THREAT_CODE[:2]:
                modality = self._threat_made(modality, coding, shared)
        if modality.value == "negated" and coding.rule.codes_negation:
            # an imported pattern that names the negation ("- WILL NOT * [081]") codes the act
            # not done: its code stands, stated as the refusal is (not recoded, not negated)
            modality = replace(modality, value=modality.refusal or "asserted", refusal=None)
        refused = self.coder.frames.recode("refusal", cameo) if modality.refusal is not None else None
        if refused is not None:
            # "Iran will not enter negotiations with the US": a rejection (12), stated as such.
            cameo, modality = refused, replace(modality, value=modality.refusal)
        elif coding.rule.imported and self._own_modal_future(trig, modality):
            # an imported verb's code stands, its act in the future: its dictionary codes the
            # intent with patterns that name the modal ("- SAID WOULD * [173]"), as PETRARCH does
            pass
        elif self._stated_intent(trig, cameo, modality):
            # "Iraq said it would allow the inspectors back": the statement of intent (03),
            # the act deciding the sub-code, as for "agreed to allow" (frames.py).
            cameo = self.coder.frames.recode("intent", cameo) or cameo
        elif self._stated_threat(trig, cameo, modality, coding, shared):
            # "Kenyan farmers said they would blockade Nairobi": the actor's threat (13).
            cameo = self.coder.frames.recode("threat", cameo) or THREAT_CODE
        if modality.value == "reported" and modality.claimant is not None \
                and (refused is not None or told_own_act(trig, self.cues)) \
                and _speaks_for_source(modality.claimant, coding, shared):
            # "Pezeshkian says Iran will not negotiate with the US": the rejection is made by the
            # saying; "Meloni announces that Italy is suspending the agreement": the act of office
            # is done by it. Stated, when the speaker speaks for the doer (GUIDE.md section 4).
            modality = replace(modality, value="asserted", claimant=None)
        code = self.ontology.get(cameo)
        attributed = None
        if modality.claimant is not None:
            # the speaker, or what its apposition makes it ("Albert Melnikov, deputy trade
            # representative of the Soviet Union, said": the name alone is no actor)
            for token in (modality.claimant, *(c for c in modality.claimant.children if c.dep_ == "appos")):
                span = shared.places.at(token.i)
                if span is not None:
                    attributed = shared.mention(span)
                    break
            implied = implied_speaker(modality.claimant, shared.places) \
                if attributed is None and not self.agents_only else None
            if implied is not None:  # "the ministry said", "Police director Vladimir Rebic said"
                attributed = shared.mention(doc[modality.claimant.i:modality.claimant.i + 1], implied)
        idx = trig.idx
        quote = next((q for q in quotes if q.start <= idx < q.end), None) if quotes else None
        if quote is not None and quote.speaker is not None:
            if modality.value == "asserted":
                modality = modality.__class__("reported", None)
            attributed = attributed or shared.mention(quote.speaker, quote.implied)
        value = modality.value
        if value not in ("reported", "uncertain"):
            attributed = None
        root = code.code[:2]
        source = _side(shared, coding.source, coding.source_actor, trig, root, coding.target)
        target = _side(shared, coding.target, coding.target_actor, trig, root, coding.source,
                       target=True, sent=holding(sent, trig))
        if seen is not None:
            if press_sides(coding, source, target, self.cues.speech_verbs):
                return None  # "speaking to CNN", "told Reuters": the press hears, takes no part
            key = (source.actor.code if source else None, target.actor.code if target else None, code.code)
            if key in seen:
                return None
            seen.add(key)
        dated = shared.dated.get((trig.i, value))
        if dated is None:
            value_date, precision = event_date(doc, sent, trig, value, shared.dates)
            dated = shared.dated[(trig.i, value)] = before_the_news(trig, value_date, precision, shared.dates.day)
        date, precision = dated
        return Event(
            doc_id=doc_id,
            sentence_index=sent_index,
            evidence=evidence,
            span=(sent.start_char, sent.end_char),
            source=source,
            target=target,
            cameo=code.code,
            cameo_name=code.name,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=code.plover,
            modality=value,
            attributed_to=attributed,
            date=date,
            date_precision=precision,
            location=shared.venues.location(coding, sent),
            confidence=self._confidence(coding, value) if confidence is None else round(confidence, 3),
            coder=coder or f"rules:{coding.rule.table}:{coding.rule.line}",
            trigger=(idx, idx + len(trig.text)),
        )

    def _stated_intent(self, trig: Token, cameo: str, modality: Modality) -> bool:
        """True for a cooperative act that its own modal puts in the future, unconditionally:
        "will visit", "would allow", "will hold talks" (the light verb's modal)."""
        return cameo[:2] in STATED_INTENT_ROOTS and self._own_modal_future(trig, modality)

    def _own_modal_future(self, trig: Token, modality: Modality) -> bool:
        """True when the act's own modal (of its verb, or of the light verb of a noun) puts it
        in the future, with no condition."""
        if modality.value != "future" or modality.condition is not None:
            return False
        verb = trig.head if trig.pos_ == "NOUN" and trig.dep_ == "dobj" else trig
        return any(c.dep_ == "aux" and c.lower_ in self.cues.intent_modals for c in verb.children)

    def _stated_threat(self, trig: Token, cameo: str, modality: Modality, coding: Coding, shared: _Shared) -> bool:
        """True for a hostile act that its own modal puts in the future, unconditionally, in
        what its actor says: "NATO confirmed it would tighten the blockade", "the minister
        announced that he will extend the curfew" (not "Turkey will impose sanctions",
        which the writer states, nor "officials said Israel would strike", another's claim)."""
        if cameo[:2] not in STATED_THREAT_ROOTS or coding.source is None or not self._own_modal_future(trig, modality):
            return False
        verb = trig.head if trig.pos_ == "NOUN" and trig.dep_ == "dobj" else trig
        speaker = speaker_of(verb, self.cues.speech_verbs)
        return speaker is not None and _speaks_as_source(speaker, coding, shared)

    @staticmethod
    def _threat_made(modality: Modality, coding: Coding, shared: _Shared) -> Modality:
        """The modality of a threat made of a conditional act ("Iran will attack Israel if it is
        struck"): the threat has been made, the condition is its content (GUIDE.md section 4):
        stated as the statement is, asserted, or reported when another speaker tells of it
        ("officials said Iran would attack if ..."), not when its maker says it ("Iran said it
        would attack if ...": the saying is the threat)."""
        value, claimant = modality.stated or "asserted", modality.claimant
        if value == "reported" and claimant is not None and _speaks_as_source(claimant, coding, shared):
            value, claimant = "asserted", None
        return replace(modality, value=value, claimant=claimant if value in ("reported", "uncertain") else None)

    @staticmethod
    def _confidence(coding: Coding, modality: str) -> float:
        score = 0.6
        if coding.target is not None:
            score += 0.15
        if coding.rule.has_condition:
            score += 0.1
        if modality in ("uncertain", "conditional"):
            score -= 0.15
        return max(0.05, min(score, 0.95))


@Language.factory("eventwire_events", default_config={"min_quote_words": 4, "event_model": "shipped",
                                                     "event_model_max_sentences": 4, "verb_dictionaries": [],
                                                     "event_model_threshold": 0.0, "discard_dictionaries": [],
                                                     "event_model_lead_sentences": 0, "agents_only": False})
def make_event_coder(nlp: Language, name: str, *, min_quote_words: int, event_model: str,
                     event_model_max_sentences: int, verb_dictionaries: list[str],
                     event_model_threshold: float, discard_dictionaries: list[str],
                     event_model_lead_sentences: int, agents_only: bool) -> EventCoder:
    return EventCoder(nlp, name, min_quote_words=min_quote_words, event_model=event_model,
                      event_model_max_sentences=event_model_max_sentences, verb_dictionaries=verb_dictionaries,
                      event_model_threshold=event_model_threshold, discard_dictionaries=discard_dictionaries,
                      event_model_lead_sentences=event_model_lead_sentences, agents_only=agents_only)
