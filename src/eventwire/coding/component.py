"""The ``eventwire_events`` spaCy component: coded events and quotes on the Doc.

Runs after ``eventwire_actors``. Sets ``doc._.events`` (a list of
:class:`~eventwire.records.Event`) and ``doc._.quotes`` (a list of
:class:`~eventwire.records.Quote`). Uses ``doc._.doc_id`` and ``doc._.date``.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Actor, Event, Location, Mention, Quote
from .coder import Coder, Coding, DocContext
from .implicit import Places
from .dates import resolve_date
from .lexicon import load_lexicon
from .modality import Cues, analyse, load_cues
from .ontology import Ontology
from .places import Gazetteer
from .quotes import FoundQuote, find_quotes

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
VISIT_ROOTS = {"042"}


def register_extensions() -> None:
    for name in ("events", "quotes"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def to_mention(span: Span, actor: Actor | None = None) -> Mention:
    """The Mention of an actor span; ``actor`` for a span the resolver left alone (implied actor)."""
    if actor is not None:
        return Mention(span.text, span.start_char, span.end_char, actor, "implied")
    return Mention(span.text, span.start_char, span.end_char, span._.actor, span._.actor_rule or "")


class EventCoder:
    def __init__(self, nlp: Language, name: str, *, min_quote_words: int) -> None:
        register_extensions()
        self.name = name
        self.cues: Cues = load_cues()
        self.coder = Coder(load_lexicon(), self.cues.reversal_verbs)
        self.ontology = Ontology.load()
        self.places = Gazetteer.load()
        self.min_quote_words = min_quote_words

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc._.doc_id or ""
        quotes = list(find_quotes(doc, self.cues.speech_verbs, self.min_quote_words))
        doc._.quotes = [
            Quote(doc_id, to_mention(q.speaker) if q.speaker is not None else None,
                  doc.text[q.start:q.end], (q.start, q.end))
            for q in quotes
        ]
        events: list[Event] = []
        context = DocContext(places=Places(doc))
        for sent_index, sent in enumerate(doc.sents):
            if not any(doc._.actor_at(t.i) is not None for t in sent):
                continue
            seen: set[tuple] = set()
            for coding in self.coder.code_sentence(doc, sent, context):
                event = self._event(doc, doc_id, sent_index, sent, coding, quotes)
                key = (event.source.actor.code if event.source else None,
                       event.target.actor.code if event.target else None, event.cameo)
                if key in seen:
                    continue
                seen.add(key)
                events.append(event)
        doc._.events = events
        return doc

    def _event(self, doc: Doc, doc_id: str, sent_index: int, sent: Span, coding: Coding,
               quotes: list[FoundQuote]) -> Event:
        code = self.ontology.get(coding.rule.cameo)
        modality = analyse(coding.trigger, self.cues)
        attributed = None
        if modality.claimant is not None:
            span = doc._.actor_at(modality.claimant.i)
            attributed = to_mention(span) if span is not None else None
        quote = next((q for q in quotes if q.start <= coding.trigger.idx < q.end), None)
        if quote is not None and quote.speaker is not None:
            if modality.value == "asserted":
                modality = modality.__class__("reported", None)
            attributed = attributed or to_mention(quote.speaker)
        value = modality.value
        if value not in ("reported", "uncertain"):
            attributed = None
        date, precision = self._date(doc, sent, coding.trigger, value)
        trig = coding.trigger
        return Event(
            doc_id=doc_id,
            sentence_index=sent_index,
            evidence=sent.text.strip(),
            span=(sent.start_char, sent.end_char),
            source=to_mention(coding.source, coding.source_actor) if coding.source is not None else None,
            target=to_mention(coding.target, coding.target_actor) if coding.target is not None else None,
            cameo=code.code,
            cameo_name=code.name,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            plover=code.plover,
            modality=value,
            attributed_to=attributed,
            date=date,
            date_precision=precision,
            location=self._location(doc, coding),
            confidence=self._confidence(coding, value),
            coder=f"rules:triggers.tsv:{coding.rule.line}",
            trigger=(trig.idx, trig.idx + len(trig.text)),
        )

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

    # -- when and where ------------------------------------------------------------
    @staticmethod
    def _clause_head(tok: Token) -> Token:
        node = tok
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        return node

    def _date(self, doc: Doc, sent: Span, trigger: Token, modality: str) -> tuple[str | None, str]:
        day: dt.date | None = doc._.date
        head = self._clause_head(trigger)
        best = None
        for ent in sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if self._clause_head(ent.root).i != head.i and ent.root.head.i != trigger.i:
                continue
            distance = abs(ent.start - trigger.i)
            if best is None or distance < best[0]:
                best = (distance, ent)
        if best is not None:
            tense = "future" if modality == "future" else None
            resolved = resolve_date(best[1].text, day, tense=tense)
            if resolved is not None:
                return resolved.value, resolved.precision
        return (day.isoformat() if day else None), "document"

    def _location(self, doc: Doc, coding: Coding) -> Location | None:
        head = self._clause_head(coding.trigger)
        for node in (coding.trigger, head):
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    name = self._place_name(doc, pobj)
                    if name:
                        hint = coding.target_key.country if coding.target_key is not None else None
                        found = self.places.lookup(name, country_hint=hint)
                        if found is not None:
                            return found
        target = coding.target_key
        if coding.rule.cameo in VISIT_ROOTS and target is not None and target.country and coding.target_actor is None:
            return self.places.lookup(coding.target.text, country_hint=target.country)
        return None

    @staticmethod
    def _place_name(doc: Doc, tok: Token) -> str | None:
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end and ent.label_ in PLACE_LABELS:
                return ent.text
        span = doc._.actor_at(tok.i)
        if span is not None and span._.actor.country and not span._.actor.org:
            return span.text
        return None


@Language.factory("eventwire_events", default_config={"min_quote_words": 4})
def make_event_coder(nlp: Language, name: str, *, min_quote_words: int) -> EventCoder:
    return EventCoder(nlp, name, min_quote_words=min_quote_words)
