"""Test helpers for the store: a fixture corpus, a reader and a toy extractor.

``toy_extract`` is a test stand-in for the extraction pipeline, not a mock of
the store: it codes sentences of the form "<actor> <verb> <actor> [in <place>]
[on <YYYY-MM-DD>]" deterministically from the text, so the store code under
test (dedup, writer, clustering, queries) is the real one.

Run as a script it ingests a JSON Lines corpus into a store, reporting
progress on stdout for the kill test::

    python store_helpers.py URL CORPUS.jsonl BATCH_SIZE
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.errors import DocumentError
from eventwire.records import Actor, Document, DocumentResult, Event, Location, Mention, Quote

ACTORS = {
    "the United States": Actor("United States", "USA"),
    "France": Actor("France", "FRA"),
    "Germany": Actor("Germany", "DEU"),
    "Russia": Actor("Russia", "RUS"),
    "Ukraine": Actor("Ukraine", "UKR"),
    "China": Actor("China", "CHN"),
    "Japan": Actor("Japan", "JPN"),
    "NATO": Actor("NATO", org="NATO", sector="IGO"),
    "French police": Actor("French police", "FRA", sector="COP"),
}
VERBS = {  # phrase: (cameo, name, quad class, goldstein)
    "met": ("040", "Consult", 1, 1.0),
    "held talks with": ("042", "Make a visit", 1, 1.9),
    "criticised": ("111", "Criticize or denounce", 3, -2.0),
    "attacked": ("190", "Use conventional military force", 4, -10.0),
    "signed an agreement with": ("057", "Sign formal agreement", 1, 8.0),
    "sent aid to": ("070", "Provide aid", 2, 7.0),
}
PLACES = {
    "Paris": Location("Paris", "FRA", 48.8566, 2.3522),
    "Berlin": Location("Berlin", "DEU", 52.52, 13.405),
    "Kyiv": Location("Kyiv", "UKR", 50.45, 30.52),
    "Geneva": Location("Geneva", "CHE", 46.2, 6.15),
}
_ACTOR_RE = re.compile("|".join(re.escape(a) for a in sorted(ACTORS, key=len, reverse=True)))
_VERB_RE = re.compile(r"\b(" + "|".join(re.escape(v) for v in sorted(VERBS, key=len, reverse=True)) + r")\b")
_SENT_RE = re.compile(r"[^.!?]+[.!?]?")
_DATE_RE = re.compile(r"\bon (\d{4}-\d{2}-\d{2})\b")
_PLACE_RE = re.compile(r"\bin (" + "|".join(PLACES) + r")\b")
_QUOTE_RE = re.compile(r'"([^"]{10,})"')


def _mentions(text: str, offset: int) -> list[Mention]:
    return [Mention(m.group(), offset + m.start(), offset + m.end(), ACTORS[m.group()], "toy")
            for m in _ACTOR_RE.finditer(text)]


def toy_result(doc: Document) -> DocumentResult:
    text = doc.text
    events: list[Event] = []
    mentions: list[Mention] = []
    for index, sent in enumerate(_SENT_RE.finditer(text)):
        sent_mentions = _mentions(sent.group(), sent.start())
        mentions.extend(sent_mentions)
        verb = _VERB_RE.search(sent.group())
        if not verb:
            continue
        vstart = sent.start() + verb.start()
        before = [m for m in sent_mentions if m.end <= vstart]
        after = [m for m in sent_mentions if m.start >= sent.start() + verb.end()]
        cameo, name, quad, goldstein = VERBS[verb.group(1)]
        date = _DATE_RE.search(sent.group())
        place = _PLACE_RE.search(sent.group())
        events.append(Event(
            doc_id=doc.id, sentence_index=index, evidence=sent.group().strip(),
            span=(sent.start(), sent.end()), source=before[-1] if before else None,
            target=after[0] if after else None, cameo=cameo, cameo_name=name, quad_class=quad,
            goldstein=goldstein, plover=None, modality="asserted",
            date=date.group(1) if date else (doc.date.isoformat() if doc.date else None),
            date_precision="day" if date else "document",
            location=PLACES[place.group(1)] if place else None, confidence=0.9, coder="toy",
            trigger=(vstart, vstart + len(verb.group())),
        ))
    quotes = [Quote(doc.id, None, q.group(1), (q.start(1), q.end(1))) for q in _QUOTE_RE.finditer(text)]
    return DocumentResult(document=doc, clean_text=text, events=events, quotes=quotes, mentions=mentions)


def toy_extract(documents: Iterable[Document], *, settings: Settings | None = None
                ) -> Iterator[DocumentResult | DocumentError]:
    """Stand-in for eventwire.pipeline.extract_documents (same calling convention)."""
    for doc in documents:
        if "FAIL" in doc.text:
            yield DocumentError(doc.id, "the toy extractor refuses documents that say FAIL")
        else:
            yield toy_result(doc)


def make_doc(url: str, text: str, *, date: str, title: str = "", source: str = "wire") -> Document:
    return Document(id=hashlib.sha1(url.encode()).hexdigest()[:20], text=text,
                    date=dt.date.fromisoformat(date), title=title or text[:40], url=url, source=source)


def filler(seed: int, n: int = 60) -> str:
    rnd = random.Random(seed)
    words = ("economy weather harbour council market river budget season festival railway "
             "school hospital bridge museum election farmers bakery traffic library stadium "
             "orchestra harvest parliament ministry tourism vineyard").split()
    return " ".join(rnd.choice(words) for _ in range(n)) + "."


WIRE = ("Russia attacked Ukraine in Kyiv on 2024-04-10. Officials said the strikes hit power "
        "stations across the region and left thousands without heating during a cold night. "
        "Engineers worked through the morning to restore supply to hospitals and schools, and "
        "the city administration opened warming centres in metro stations. NATO criticised "
        "Russia. \"We condemn these attacks on civilian infrastructure in the strongest terms,\" "
        "a spokesperson said, adding that allies would discuss further air defence deliveries. ")


def corpus() -> list[Document | DocumentError]:
    """The fixture corpus: one meeting from five outlets, a wire story and its copies, others."""
    items: list[Document | DocumentError] = []
    meeting = [
        ("France met Germany in Paris on 2024-03-05.", "2024-03-05"),
        ("Germany met France in Paris on 2024-03-05, officials said.", "2024-03-06"),
        ("In a long day, France met Germany in Paris on 2024-03-06.", "2024-03-06"),
        ("Leaders said France met Germany on 2024-03-05 to discuss energy.", "2024-03-07"),
        ("France met Germany in Paris.", "2024-03-05"),
    ]
    for i, (text, date) in enumerate(meeting):
        items.append(make_doc(f"https://outlet{i}.example/meeting", f"{text} {filler(i)}",
                              date=date, source=f"outlet{i}"))
    items.append(make_doc("https://wire.example/kyiv", WIRE, date="2024-04-10", title="Strikes hit Kyiv"))
    items.append(make_doc("https://paper.example/kyiv-strikes",
                          "Russian strikes on Kyiv: " + WIRE + "Copyright 2024 Paper Ltd.",
                          date="2024-04-10", title="Kyiv left in the dark", source="paper"))
    items.append(make_doc("https://mirror.example/kyiv", "  " + WIRE.upper(), date="2024-04-11",
                          source="mirror"))
    for i in range(18):
        a, b = [("the United States", "China"), ("China", "Japan"), ("Russia", "Ukraine"),
                ("France", "Germany")][i % 4]
        verb = list(VERBS)[i % len(VERBS)]
        day = (dt.date(2024, 6, 1) + dt.timedelta(days=9 * i)).isoformat()
        items.append(make_doc(f"https://news.example/{i}", f"{a} {verb} {b} on {day}. {filler(100 + i)}",
                              date=day, source=f"news{i % 3}"))
        if i == 7:
            items.append(DocumentError("corpus.jsonl:line 99", "not valid JSON"))
    items.append(make_doc("https://broken.example/1", "FAIL " + filler(999), date="2024-05-01"))
    items.append(make_doc("https://police.example/1", f"French police attacked Russia. {filler(77)}",
                          date="2024-05-02", source="police"))
    return items


def write_corpus(items: list[Document | DocumentError], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for item in items:
            if isinstance(item, DocumentError):
                fh.write("{not json\n")
            else:
                fh.write(json.dumps({"id": item.id, "text": item.text, "date": item.date.isoformat(),
                                     "title": item.title, "url": item.url, "source": item.source}) + "\n")


def read_jsonl(path: str | Path, *, default_date: dt.date | None = None,
               settings: Settings | None = None) -> Iterator[Document | DocumentError]:
    """Stand-in for eventwire.ingest.read_path on the corpus written by :func:`write_corpus`."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                yield DocumentError(f"{path}:{n}", "not valid JSON")
                continue
            yield Document(id=d["id"], text=d["text"], date=dt.date.fromisoformat(d["date"]),
                           title=d["title"], url=d["url"], source=d["source"], origin=f"{path}:{n}")


def snapshot(store: Any) -> dict[str, Any]:
    """Everything a rerun must reproduce: stats, documents, events, clusters, errors."""
    from sqlalchemy import select

    from eventwire.store import schema

    with store.engine.connect() as conn:
        def rows(table: Any, *cols: str) -> list[tuple[Any, ...]]:
            return sorted(tuple(r) for r in conn.execute(select(*(table.c[c] for c in cols))))

        return {
            "stats": store.stats().as_dict(),
            "documents": rows(schema.documents, "id", "status", "duplicate_of", "duplicate_kind",
                              "seq", "n_events"),
            "events": rows(schema.events, "event_id", "doc_id", "cluster_id", "seq", "json"),
            "clusters": rows(schema.clusters, "cluster_id", "n_mentions", "n_documents", "n_sources",
                             "first_day", "last_day", "country", "seq"),
            "errors": rows(schema.errors, "error_id"),
            "bands": len(rows(schema.doc_bands, "band_key", "doc_id")),
        }


def _main(url: str, corpus_path: str, batch_size: int) -> None:
    from eventwire.store import ingest, open_store

    class Progress(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "documents read" in record.getMessage():
                sys.stdout.write("batch\n")
                sys.stdout.flush()

    logging.getLogger("eventwire.store.ingest").addHandler(Progress())
    logging.getLogger("eventwire.store.ingest").setLevel(logging.INFO)

    def extract(documents: Iterable[Document], *, settings: Settings | None = None
                ) -> Iterator[DocumentResult | DocumentError]:
        for out in toy_extract(documents, settings=settings):
            sys.stdout.write("extracted\n")
            sys.stdout.flush()
            time.sleep(0.02)
            yield out

    with open_store(url) as store:
        ingest([corpus_path], store=store, settings=Settings(batch_size=batch_size),
               extract=extract, read=read_jsonl)
    sys.stdout.write("finished\n")


if __name__ == "__main__":
    _main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
