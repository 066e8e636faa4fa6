"""Readers: text, HTML, JSON Lines, CSV, JSON, folders, compressed, WARC, feeds, stdin."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from eventwire.config import load_settings
from eventwire.errors import DocumentError, InputError
from eventwire.ingest import read_path, read_stream
from eventwire.records import Document

SETTINGS = load_settings(env={})
ARTICLE = "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.\nThe attack killed two."
HTML = f"""<!doctype html><html><head><title>Shelling in Kharkiv</title>
<meta property="article:published_time" content="2024-05-06T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shelling in Kharkiv</h1><p>{ARTICLE.splitlines()[0]}</p><p>{ARTICLE.splitlines()[1]}
Rescue teams searched the rubble through the night, the regional governor said.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>Talks in Geneva</title><link>https://example.org/a</link>
<pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Iranian and US envoys met in Geneva on Tuesday.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/b</link><description></description></item>
</channel></rss>"""


def read(path, **kw) -> list:
    return list(read_path(path, settings=SETTINGS, **kw))


def test_plain_text_gets_the_default_date(tmp_path):
    f = tmp_path / "kharkiv.txt"
    f.write_text(ARTICLE)
    (doc,) = read(f, default_date=dt.date(2024, 5, 6))
    assert (doc.id, doc.text, doc.date) == ("kharkiv", ARTICLE, dt.date(2024, 5, 6))


def test_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(HTML)
    (doc,) = read(f)
    assert "Russian forces shelled Kharkiv" in doc.text and "Home" not in doc.text
    assert "newsletter" not in doc.text
    assert doc.title == "Shelling in Kharkiv" and doc.date == dt.date(2024, 5, 6)


def test_jsonl_with_broken_and_incomplete_lines(tmp_path):
    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "a", "text": ARTICLE, "date": "2024-05-06"}),
        "{broken",
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps({"id": "d", "text": ARTICLE, "date": "06/05/2024x"}),
        json.dumps({"text": ARTICLE}),
    ]))
    items = read(f)
    assert isinstance(items[0], Document) and items[0].date == dt.date(2024, 5, 6)
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert [e.doc for e in errors] == [f"{f}:2", f"{f}:3", f"{f}:4"]
    assert "not valid JSON" in errors[0].problem and '"text"' in errors[1].problem and "bad date" in errors[2].problem
    assert items[-1].id == read(f)[-1].id  # a stable id from the text


def test_csv_json_and_compressed(tmp_path):
    (tmp_path / "docs.csv").write_text('url,date,title,text\nhttps://x/1,2020-01-02,T,"' + ARTICLE + '"\n')
    (tmp_path / "one.json").write_text(json.dumps({"id": "j", "text": ARTICLE}))
    (tmp_path / "z.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (tmp_path / "y.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(
        (json.dumps({"id": "zz", "text": ARTICLE}) + "\n").encode()))
    (tmp_path / ".hidden.txt").write_text("ignored")
    docs = read(tmp_path)
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 4
    assert {d.id for d in docs} >= {"j", "z", "zz"}
    assert next(d for d in docs if d.url == "https://x/1").date == dt.date(2020, 1, 2)


def test_warc_written_with_warcio(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    f = tmp_path / "crawl.warc.gz"
    with open(f, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        body = HTML.encode()
        writer.write_record(writer.create_warc_record("https://news.example/kharkiv", "response",
                                                      payload=io.BytesIO(body), length=len(body),
                                                      http_headers=headers))
        request = b"GET / HTTP/1.0\r\n\r\n"
        writer.write_record(writer.create_warc_record("https://news.example/", "request",
                                                      payload=io.BytesIO(request), length=len(request)))
    (doc,) = read(f)
    assert doc.url == "https://news.example/kharkiv" and "Kharkiv" in doc.text


def test_feed_entries(tmp_path):
    f = tmp_path / "wire.rss"
    f.write_text(FEED)
    items = read(f)
    doc = items[0]
    assert doc.text == "Iranian and US envoys met in Geneva on Tuesday."
    assert doc.source == "Example Wire" and doc.date == dt.date(2024, 5, 7)
    assert isinstance(items[1], DocumentError) and "empty" in items[1].problem


@pytest.mark.parametrize("content, problem", [(b"", "empty"), (b"\x00\x01\x02binary", "binary")])
def test_empty_and_binary_files(tmp_path, content, problem):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    (err,) = read(f)
    assert isinstance(err, DocumentError) and problem in err.problem and str(f) in str(err)


def test_legacy_encoding_is_detected(tmp_path):
    f = tmp_path / "cp1251.txt"
    text = ("Министр иностранных дел России заявил во вторник, что переговоры с Украиной "
            "возобновятся на следующей неделе в Стамбуле.")
    f.write_bytes(text.encode("cp1251"))
    (doc,) = read(f)
    assert doc.text == text


def test_too_large_document(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("word " * 100)
    (err,) = list(read_path(f, settings=SETTINGS.replace(max_doc_chars=50)))
    assert isinstance(err, DocumentError) and "max_doc_chars" in err.problem


def test_missing_path():
    with pytest.raises(InputError):
        read("/no/such/place")


def test_stdin_stream_jsonl_or_text():
    jsonl = (json.dumps({"id": "s", "text": ARTICLE}) + "\n").encode()
    assert [d.id for d in read_stream(io.BytesIO(jsonl), name="<stdin>", settings=SETTINGS)] == ["s"]
    (doc,) = read_stream(io.BytesIO(ARTICLE.encode()), name="<stdin>", settings=SETTINGS)
    assert doc.text == ARTICLE


@given(st.lists(st.one_of(
    st.fixed_dictionaries({"id": st.text(min_size=1, max_size=10), "text": st.text(min_size=1, max_size=50)}),
    st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s),
), max_size=10))
def test_jsonl_reader_yields_one_item_per_non_blank_line(records):
    lines = [json.dumps(r) if isinstance(r, dict) else r for r in records]
    stream = io.BytesIO("\n".join(lines).encode())
    from eventwire.ingest.jsonl import read_jsonl

    items = list(read_jsonl(stream, name="t", settings=SETTINGS))
    assert len(items) == sum(1 for line in lines if line.strip())
    for line, item in zip([l for l in lines if l.strip()], items):
        if isinstance(item, Document):
            assert json.loads(line)["text"].replace("\r\n", "\n").replace("\r", "\n") == item.text
