"""Run eventwire's pipeline over Docs, with the model only where events can be.

:class:`SelectiveRunner` does, per batch of Docs made by ``nlp.make_doc``:

1. the cheap pass on the whole text: sentence starts from line breaks
   (``eventwire_paragraphs``) and the model's small sentence recogniser
   (``senter``, trained on the parser's boundaries), then the actor
   gazetteer; :func:`eventwire.nlp.select.select` keeps the sentences that
   can name an actor;
2. tok2vec, tagger, parser, attribute ruler and lemmatizer on a *compact*
   Doc per document made of the kept sentences only (each run of adjacent
   kept sentences starts a sentence), copied back onto the full Doc token by
   token; a dropped sentence gets a flat tree (its first token the root) so
   that it stays one sentence;
3. ``eventwire_actors`` and ``eventwire_events`` on the full Doc;
4. the entity recogniser, needed only for the date and the place of an
   event, on the sentences that hold an event, then ``eventwire_events``
   again: the coder does not look at entities, so the events are the same
   and now have their dates and places.

Tokens never move, so every character offset (event spans, triggers,
quotes, mentions) is an offset in the cleaned document text, and sentence
indexes count the sentences of the whole document. ``select=False`` runs
the whole model on the whole text, as ``nlp.pipe`` (for comparisons).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from ..coding.implicit import agent_forms
from .select import select

log = logging.getLogger(__name__)

EVENTWIRE_COMPONENTS = ("eventwire_actors", "eventwire_events")
LATE = ("ner",)  # run only on the sentences that hold an event
SYNTAX = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
ENTS = [ENT_IOB, ENT_TYPE]
_DEP, _HEAD = SYNTAX.index(DEP), SYNTAX.index(HEAD)
IOB_I, IOB_O, IOB_B = 1, 2, 3

Ranges = Sequence[tuple[int, int]]


class SelectiveRunner:
    """eventwire's pipeline with the model restricted to the sentences that need it."""

    def __init__(self, nlp: Language, *, batch_size: int = 64, select: bool = True) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        model = [(n, p) for n, p in nlp.pipeline if n not in EVENTWIRE_COMPONENTS]
        self.early = [(n, p) for n, p in model if n not in LATE]
        self.late = [(n, p) for n, p in model if n in LATE]
        self.model = model
        self.finish = [(n, p) for n, p in nlp.pipeline if n in EVENTWIRE_COMPONENTS]
        self.events = dict(nlp.pipeline).get("eventwire_events")
        actors = dict(nlp.pipeline).get("eventwire_actors")
        self.gazetteer = getattr(actors, "gazetteer", None)
        self.select = select and self.gazetteer is not None
        self.paragraphs = dict(nlp.pipeline).get("eventwire_paragraphs")
        # The coder's gazetteer of places: a sentence with an unnamed agent ("gunmen") and a
        # place it knows ("in Bauchi") may hold an event (``eventwire.coding.component``).
        places = getattr(self.events, "places", None)
        self._place = (lambda name: places.lookup(name) is not None) if places is not None else None
        # The model's sentence recogniser is disabled in the model: a 16-wide CNN
        # trained on the parser's boundaries, a few % of the parser's cost.
        self.splitter = nlp.get_pipe("senter") if "senter" in nlp.component_names else Sentencizer()
        strings = nlp.vocab.strings
        self._root, self._dep = strings.add("ROOT"), strings.add("dep")
        self.tokens = 0  # tokens seen, and tokens through the parser and the NER (for reports)
        self.parsed = 0
        self.recognised = 0

    # -- public -----------------------------------------------------------------
    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        """Annotate and code the Docs, in order (batches of ``batch_size``)."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self.run(batch)
                batch = []
        if batch:
            yield from self.run(batch)

    def run(self, docs: list[Doc]) -> list[Doc]:
        """One batch, in place: the Docs come back annotated and coded."""
        self.tokens += sum(len(d) for d in docs)
        if not self.select:
            docs = self._apply(self.model + self.finish, docs)
            self.parsed += sum(len(d) for d in docs)
            self.recognised += sum(len(d) for d in docs)
            return docs
        docs = self._split(docs)
        kept = []
        for doc in docs:
            kept.append(select(doc, self.gazetteer.pieces(doc), agent_forms(), self._place).blocks)
            self._flat(doc)
        self.parsed += sum(e - s for b in kept for s, e in b)
        self._on_parts(self.early, docs, kept, SYNTAX, self._fix_syntax)
        docs = self._apply(self.finish, docs)
        if self.late and self.events is not None:
            spans = [_event_sentences(doc) for doc in docs]
            if any(spans):
                self.recognised += sum(e - s for b in spans for s, e in b)
                self._on_parts(self.late, docs, spans, ENTS, _fix_ents)
                docs = [self.events(d) if s else d for d, s in zip(docs, spans)]
        return docs

    # -- steps --------------------------------------------------------------------
    def _apply(self, procs, docs: list[Doc]) -> list[Doc]:
        for _, proc in procs:
            docs = list(proc.pipe(docs, batch_size=self.batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return docs

    def _split(self, docs: list[Doc]) -> list[Doc]:
        """Cheap sentence starts: line breaks, then the splitter; spaces never start one."""
        if self.paragraphs is not None:
            docs = [self.paragraphs(d) for d in docs]
        docs = list(self.splitter.pipe(docs, batch_size=self.batch_size))
        for doc in docs:
            for tok in doc[1:]:
                if tok.is_space and tok.is_sent_start:
                    tok.is_sent_start = False
                    if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space:
                        doc[tok.i + 1].is_sent_start = True
        return docs

    def _flat(self, doc: Doc) -> None:
        """A flat tree per cheap sentence, for the sentences the parser will not see."""
        arr = np.zeros((len(doc), len(SYNTAX)), dtype=np.uint64)
        for start, end in _sentences(doc):
            arr[start:end, _HEAD] = (start - np.arange(start, end, dtype=np.int64)).astype(np.uint64)
            arr[start:end, _DEP] = self._dep
            arr[start, _DEP] = self._root
        doc.user_data[("eventwire", "flat")] = arr

    @staticmethod
    def _fix_syntax(doc: Doc, arr: np.ndarray, ranges: Ranges) -> np.ndarray:
        flat = doc.user_data.pop(("eventwire", "flat"))
        for start, end in ranges:  # the parsed tokens replace the flat trees
            flat[start:end] = arr[start:end]
        return flat

    def _on_parts(self, procs, docs: list[Doc], parts: list[Ranges], attrs: list[int], fix) -> None:
        """Run ``procs`` on compact Docs of ``parts`` and copy ``attrs`` back onto ``docs``."""
        compact = [_compact(doc, ranges) for doc, ranges in zip(docs, parts)]
        done = iter(self._apply(procs, [c for c in compact if c is not None]))
        for doc, ranges, c in zip(docs, parts, compact):
            if not len(doc):
                continue
            arr = np.zeros((len(doc), len(attrs)), dtype=np.uint64)
            if c is not None:
                values = next(done).to_array(attrs)
                offset = 0
                for start, end in ranges:
                    arr[start:end] = values[offset:offset + end - start]
                    offset += end - start
            doc.from_array(attrs, fix(doc, arr, ranges))


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    if not len(doc):
        return []  # a text that cleans to nothing ("Follow us on Twitter.") has no sentence
    starts = [t.i for t in doc if t.is_sent_start] or [0]
    if starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, [*starts[1:], len(doc)]))


def _compact(doc: Doc, ranges: Ranges) -> Doc | None:
    """A Doc of the tokens in ``ranges``; each range starts a sentence."""
    if not ranges:
        return None
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    for start, end in ranges:
        starts.append(len(words))
        for tok in doc[start:end]:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
    compact = Doc(doc.vocab, words=words, spaces=spaces)
    for s in starts[1:]:
        compact[s].is_sent_start = True
    return compact


def _fix_ents(doc: Doc, arr: np.ndarray, ranges: Ranges) -> np.ndarray:
    iob = arr[:, 0]
    iob[iob == 0] = IOB_O  # not recognised: outside any entity
    # An entity cut at the start of a range starts again there.
    prev = np.concatenate(([IOB_O], iob[:-1]))
    iob[(iob == IOB_I) & (prev == IOB_O)] = IOB_B
    return arr


def _event_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences that hold an event, merged when adjacent."""
    starts = {e.span[0] for e in (doc._.event_statements or doc._.events or [])}
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        if sent.start_char in starts:
            if out and out[-1][1] == sent.start:
                out[-1] = (out[-1][0], sent.end)
            else:
                out.append((sent.start, sent.end))
    return out
