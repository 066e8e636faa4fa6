"""Inputs at scale into a store: a WARC file written here (through the cluster), feeds, compressed files."""

from __future__ import annotations

import gzip
import io
import json

import pytest
import zstandard

from eventwire.scale import DaskExtractor
from eventwire.store import ingest, open_store

pytestmark = [pytest.mark.model, pytest.mark.slow]

PAGE = """<!doctype html><html><head><title>{title}</title>
<meta property="article:published_time" content="2024-05-0{day}"></head>
<body><nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{text}</p>
<p>Officials said more talks were planned for next week in the capital.</p></article>
<footer>Copyright 2024 News Example. All rights reserved.</footer></body></html>"""

ARTICLES = [
    ("Russia shells Kharkiv", "Russian forces shelled Kharkiv on Monday, killing three people, "
     "Ukrainian officials said."),
    ("Blinken meets Park", "US Secretary of State Antony Blinken met South Korean Foreign Minister "
     "Park Jin in Seoul on Thursday."),
]

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Iran and Israel</title><link>https://wire.example/1</link>
<pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
<description>Iran condemned Israel over the strike on its consulate in Damascus.</description></item>
<item><title>NATO</title><link>https://wire.example/2</link>
<pubDate>Wed, 08 May 2024 10:00:00 GMT</pubDate>
<description>NATO warned Russia against further attacks on Ukraine.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom Wire</title><id>urn:atom-wire</id><updated>2024-05-09T00:00:00Z</updated>
<entry><title>Talks</title><id>urn:atom-wire:1</id><link href="https://atom.example/1"/>
<updated>2024-05-09T08:00:00Z</updated>
<content type="html">&lt;p&gt;China urged Japan to resume talks on the disputed islands.&lt;/p&gt;</content></entry>
</feed>"""


def write_warc(path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n, (title, text) in enumerate(ARTICLES, start=1):
            body = PAGE.format(title=title, text=text, day=n).encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{n}", "response", payload=io.BytesIO(body), length=len(body),
                http_headers=headers))
        request = b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n"
        writer.write_record(writer.create_warc_record("https://news.example/", "request",
                                                      payload=io.BytesIO(request), length=len(request)))


def _stored(store) -> tuple[int, list[dict]]:
    return store.stats().as_dict()["documents"], list(store.events())


def test_warc_written_here_is_ingested_through_the_cluster(client, settings, tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        report = ingest([warc], store=store, settings=settings, extract=DaskExtractor(client, settings=settings))
        documents, events = _stored(store)
    assert (report.read, report.coded, report.errors) == (2, 2, 0)
    assert documents == 2
    assert {e["cameo"][:2] for e in events} >= {"19"}, events  # the shelling of Kharkiv


def test_feeds_are_ingested(settings, tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "atom.xml").write_text(ATOM, encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 'f.db'}") as store:
        report = ingest([tmp_path / "wire.rss", tmp_path / "atom.xml"], store=store, settings=settings)
        documents, events = _stored(store)
    assert (report.read, report.coded, report.errors) == (3, 3, 0)
    assert documents == 3
    assert {(e["source"]["code"], (e["target"] or {}).get("code")) for e in events} >= {("IRN", "ISR")}, events


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst"])
def test_compressed_json_lines_are_ingested(settings, tmp_path, suffix):
    lines = "".join(json.dumps({"id": f"d{n}", "text": t, "date": "2024-05-01"}) + "\n"
                    for n, (_, t) in enumerate(ARTICLES))
    data = gzip.compress(lines.encode()) if suffix.endswith("gz") else zstandard.compress(lines.encode())
    path = tmp_path / f"docs{suffix}"
    path.write_bytes(data)
    with open_store(f"sqlite:///{tmp_path / 'c.db'}") as store:
        report = ingest([path], store=store, settings=settings)
    assert (report.read, report.coded, report.errors) == (2, 2, 0)
