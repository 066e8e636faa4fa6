"""Run eventwire's pipeline over Docs, parsing only the sentences that can hold events.

:class:`SelectiveRunner` does, per batch of Docs made by ``nlp.make_doc``:

1. the cheap pass on the whole text: a rule-based sentence splitter (line
   breaks are boundaries, as in ``eventwire_paragraphs``) and the actor
   gazetteer; :func:`eventwire.nlp.select.select` keeps the sentences with
   an actor candidate;
2. the statistical components of the model (tok2vec, tagger, parser,
   attribute ruler, lemmatizer, NER, and ``eventwire_paragraphs``) on a
   *compact* Doc per document made of the kept sentences only, each run of
   adjacent kept sentences starting a sentence;
3. the annotations (tags, POS, morphology, lemmas, dependencies, entities)
   copied back onto the full Doc token by token; a dropped sentence gets a
   flat tree (its first token the root) so that it stays one sentence;
4. ``eventwire_actors`` and ``eventwire_events`` on the full Doc.

Tokens never move, so every character offset (event spans, triggers,
quotes, mentions) is an offset in the cleaned document text, and sentence
indexes count the sentences of the whole document. With ``select=False``
step 1 keeps everything: the model runs on the whole text, as ``nlp.pipe``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from .select import Selection, select

log = logging.getLogger(__name__)

EVENTWIRE_COMPONENTS = ("eventwire_actors", "eventwire_events")
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
_DEP, _HEAD, _IOB = ATTRS.index(DEP), ATTRS.index(HEAD), ATTRS.index(ENT_IOB)
IOB_I, IOB_O, IOB_B = 1, 2, 3


class SelectiveRunner:
    """eventwire's pipeline with the model restricted to sentences that name an actor."""

    def __init__(self, nlp: Language, *, batch_size: int = 64, select: bool = True) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.model = [(n, p) for n, p in nlp.pipeline if n not in EVENTWIRE_COMPONENTS]
        self.finish = [(n, p) for n, p in nlp.pipeline if n in EVENTWIRE_COMPONENTS]
        actors = nlp.get_pipe("eventwire_actors") if "eventwire_actors" in nlp.pipe_names else None
        self.gazetteer = getattr(actors, "gazetteer", None)
        self.select = select and self.gazetteer is not None
        self.paragraphs = dict(nlp.pipeline).get("eventwire_paragraphs")
        # The model's own sentence recogniser (disabled in the model, trained on the
        # parser's boundaries, a 16-wide CNN): close to the parser at a few % of its cost.
        self.splitter = nlp.get_pipe("senter") if "senter" in nlp.component_names else Sentencizer()
        strings = nlp.vocab.strings
        self._root, self._dep = strings.add("ROOT"), strings.add("dep")
        self.tokens = 0  # tokens seen and tokens that went through the model, for reports
        self.parsed = 0

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
        """One batch: the model on the kept sentences, then eventwire's components."""
        if self.select:
            docs = self._split(docs)
        selections = [self._select(doc) for doc in docs]
        compact = [self._compact(doc, sel) for doc, sel in zip(docs, selections)]
        todo = [c for c in compact if c is not None]
        for _, proc in self.model:
            todo = list(proc.pipe(todo, batch_size=self.batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in todo]
        parsed = iter(todo)
        for doc, sel, c in zip(docs, selections, compact):
            self._copy_back(doc, sel, next(parsed) if c is not None else None)
        out = docs
        for _, proc in self.finish:
            out = [proc(d) for d in out]
        return out

    # -- steps --------------------------------------------------------------------
    def _split(self, docs: list[Doc]) -> list[Doc]:
        """Cheap sentence boundaries: line breaks, then the splitter; spaces never start one."""
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

    def _select(self, doc: Doc) -> Selection:
        self.tokens += len(doc)
        if not self.select or not len(doc):
            sel = Selection(((0, len(doc)),) if len(doc) else (), ())
        else:
            sel = select(doc, self.gazetteer.pieces(doc))
        self.parsed += sel.kept_tokens
        return sel

    def _compact(self, doc: Doc, sel: Selection) -> Doc | None:
        if not sel.blocks:
            return None
        if sel.blocks == ((0, len(doc)),) and not self.select:
            return doc
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[int] = []
        for start, end in sel.blocks:
            starts.append(len(words))
            for tok in doc[start:end]:
                words.append(tok.text)
                spaces.append(bool(tok.whitespace_))
        compact = Doc(doc.vocab, words=words, spaces=spaces)
        for s in starts[1:]:
            compact[s].is_sent_start = True
        return compact

    def _copy_back(self, doc: Doc, sel: Selection, compact: Doc | None) -> None:
        if compact is doc:
            return
        n = len(doc)
        if not n:
            return
        arr = np.zeros((n, len(ATTRS)), dtype=np.uint64)
        if compact is not None:
            parsed = compact.to_array(ATTRS)
            offset = 0
            for start, end in sel.blocks:
                arr[start:end] = parsed[offset:offset + end - start]
                offset += end - start
                if arr[start, _IOB] == IOB_I:  # an entity cut by the block edge starts again here
                    arr[start, _IOB] = IOB_B
        for start, end in sel.dropped:
            idx = np.arange(start, end, dtype=np.int64)
            arr[start:end, _HEAD] = (start - idx).astype(np.uint64)  # every token on the first
            arr[start:end, _DEP] = self._dep
            arr[start, _DEP] = self._root
            arr[start:end, _IOB] = IOB_O
        doc.from_array(ATTRS, arr)
