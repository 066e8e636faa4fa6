"""What the coder makes of a sentence, in the shapes the construction tests compare."""

from __future__ import annotations

import datetime as dt

from eventwire import Document, extract, extract_document
from eventwire.actors.component import SPAN_KEY
from eventwire.pipeline import annotated_docs


def coded(text, settings, date="2025-06-01"):
    """(source key, target key, CAMEO code, modality) of each event coded in ``text``."""
    return [(e.source.actor.key if e.source else None, e.target.actor.key if e.target else None,
             e.cameo, e.modality) for e in extract(text, date=date, settings=settings)]


def triples(text, settings, date="2025-06-01"):
    """(source key, target key, CAMEO code) of each event coded in ``text``."""
    return {(s, t, c) for s, t, c, _ in coded(text, settings, date)}


def modalities(text, settings, triple):
    """The modalities of the events of ``text`` whose (source key, target key, CAMEO root) is
    ``triple``; fails, listing what was coded, when there is none."""
    found = {}
    for s, t, c, m in coded(text, settings):
        found.setdefault((s, t, c[:2]), set()).add(m)
    assert triple in found, found
    return found[triple]


def codes(text, settings, date="2025-06-01"):
    """(source code, target code, CAMEO code) of each event: the actors with their sectors."""
    return {(e.source.actor.code if e.source else None, e.target.actor.code if e.target else None, e.cameo)
            for e in extract(text, date=date, settings=settings)}


def source_codes(text, settings, date="2025-06-01"):
    """The codes, with their sectors, of the sources of the events coded in ``text``."""
    return {s for s, _, _ in codes(text, settings, date)}


def target_codes(text, settings, date="2025-06-01"):
    """The codes, with their sectors, of the targets of the events coded in ``text``."""
    return {t for _, t, _ in codes(text, settings, date)}


def placed(text, settings, date="2025-06-01", *, codes=False):
    """(source, target, CAMEO code, location country) of each event coded in ``text``: the
    actors' keys, or with ``codes`` their codes with the sectors."""
    def actor(mention):
        return (mention.actor.code if codes else mention.actor.key) if mention else None
    return [(actor(e.source), actor(e.target), e.cameo, e.location.country if e.location else None)
            for e in extract(text, date=date, settings=settings)]


def document_events(settings, text, day, doc_id="test"):
    """The events of ``text`` coded as a whole document dated ``day`` (paragraphs, headline)."""
    return extract_document(Document(id=doc_id, text=text, date=day), settings=settings).events


def dated(events, root, source, word=""):
    """(date, date precision) of the first event of CAMEO root ``root`` whose source key is
    ``source`` and whose evidence holds ``word``; fails, listing the events, when there is none."""
    found = [(e.date, e.date_precision) for e in events
             if e.cameo_root == root and e.source and e.source.actor.key == source and word in e.evidence]
    assert found, [(e.source and e.source.actor.key, e.cameo, e.date, e.evidence) for e in events]
    return found[0]


def with_dictionaries(settings, folder, *, verbs=None, actors=None, agents=None):
    """Rules-alone ``settings`` with the given TABARI/PETRARCH dictionary texts written into
    ``folder`` and loaded: actor and agent dictionaries, and a verb dictionary."""
    paths = {}
    for kind, text in (("actors", actors), ("agents", agents), ("verbs", verbs)):
        if text is not None:
            path = folder / f"own.{kind}.txt"
            path.write_text(text, encoding="utf-8")
            paths[kind] = str(path)
    return settings.replace(event_model="none", dictionaries=tuple(paths[k] for k in ("actors", "agents") if k in paths),
                            verb_dictionaries=tuple(paths[k] for k in ("verbs",) if k in paths))


def mentions(nlp, text):
    """{mention text: (actor key, sector)} of the actor mentions the pipeline finds in ``text``."""
    doc = nlp(text)
    return {s.text: (s._.actor.key, s._.actor.sector) for s in doc.spans[SPAN_KEY]}


def mention_codes(settings, text, day):
    """{mention text: actor code} of the actor mentions the whole pipeline finds in ``text``,
    a document dated ``day`` (ISO)."""
    document = Document(id="t", text=text, date=dt.date.fromisoformat(day))
    ((_, doc),) = annotated_docs([document], settings=settings)
    return {s.text: s._.actor.code for s in doc.spans[SPAN_KEY]}
