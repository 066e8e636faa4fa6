"""The ingest stage: every reader, the dispatch on file type, and per-document errors."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import shutil
import sys
from pathlib import Path

import pytest
import zstandard
from hypothesis import given, settings as hsettings, strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.config import Settings
from eventwire.errors import DocumentError, InputError
from eventwire.ingest import parse_date, read_path, read_stream, read_text, stable_id
from eventwire.ingest.jsonl import read_jsonl
from eventwire.ingest.read import sniff
from eventwire.records import Document

FIXTURES = Path(__file__).parent / "fixtures"
INGEST = FIXTURES / "ingest"
BLINKEN = FIXTURES / "blinken-seoul.txt"
SETTINGS = Settings()
PAGE = (INGEST / "article.html").read_bytes()
PAGE_TEXT_START = "Ministers meet in Seoul over missile tests\nThe foreign ministers"


def read(path, **kwargs) -> list[Document | DocumentError]:
    kwargs.setdefault("settings", SETTINGS)
    return list(read_path(path, **kwargs))


def documents(results) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def errors(results) -> list[DocumentError]:
    return [r for r in results if isinstance(r, DocumentError)]


def compress(data: bytes, suffix: str) -> bytes:
    if suffix == ".gz":
        return gzip.compress(data, mtime=0)
    if suffix == ".zst":
        return zstandard.ZstdCompressor().compress(data)
    return data


# --- plain text -------------------------------------------------------------


@pytest.mark.parametrize("default_date", ["2023-11-09", dt.date(2023, 11, 9)])
def test_plain_text_is_one_document(default_date):
    [doc] = read(BLINKEN, default_date=default_date)
    assert doc.id == "blinken-seoul"
    assert doc.text == BLINKEN.read_text(encoding="utf-8")
    assert doc.date == dt.date(2023, 11, 9)
    assert doc.origin == str(BLINKEN)
    assert doc.title is None and doc.url is None


def test_plain_text_without_default_date_has_no_date():
    [doc] = read(BLINKEN)
    assert doc.date is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Café in Zürich, naïve élève.".encode("cp1252"), "Café in Zürich, naïve élève."),
        ("\ufeffWith a byte-order mark.".encode("utf-8"), "With a byte-order mark."),
        ("UTF-16 text with a mark.".encode("utf-16"), "UTF-16 text with a mark."),
        (b"Windows\r\nline ends\rand old Mac ones", "Windows\nline ends\nand old Mac ones"),
    ],
    ids=["cp1252", "utf8-bom", "utf16-bom", "crlf"],
)
def test_text_encodings_and_line_ends(tmp_path, raw, expected):
    path = tmp_path / "doc.txt"
    path.write_bytes(raw)
    [doc] = read(path)
    assert doc.text == expected


def test_legacy_cyrillic_encoding_is_detected(tmp_path):
    text = (
        "Министр иностранных дел России заявил во вторник, что переговоры с Украиной "
        "возобновятся на следующей неделе в Стамбуле."
    )
    path = tmp_path / "cp1251.txt"
    path.write_bytes(text.encode("cp1251"))
    [doc] = read(path)
    assert doc.text == text


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
    ids=["zero-bytes", "whitespace", "nul-bytes"],
)
def test_unreadable_files_are_yielded_errors(tmp_path, raw, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    [error] = read(path)
    assert isinstance(error, DocumentError)
    assert error.doc == str(path)
    assert problem in error.problem


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".html"])
def test_document_over_max_doc_chars_is_an_error_naming_the_setting(tmp_path, suffix):
    text = "A sentence of article text. " * 8  # 224 characters: over 150, under 4 bytes a character
    body = {
        ".txt": text,
        ".jsonl": json.dumps({"id": "big", "text": text}),
        ".html": f"<html><body><article><p>{text}</p></article></body></html>",
    }[suffix]
    path = tmp_path / f"big{suffix}"
    path.write_text(body, encoding="utf-8")
    [error] = read(path, settings=Settings(max_doc_chars=150))
    assert isinstance(error, DocumentError)
    assert "max_doc_chars=150" in error.problem
    assert f"{len(text.strip()) if suffix == '.html' else len(text)} characters" in error.problem


def test_file_far_over_the_limit_is_refused_before_decoding(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("x" * 1000, encoding="utf-8")
    [error] = read(path, settings=Settings(max_doc_chars=10))
    assert "max_doc_chars" in error.problem


# --- HTML -------------------------------------------------------------------


def test_html_page_gives_main_text_and_metadata():
    [doc] = read(INGEST / "article.html")
    assert doc.id == "article"
    assert doc.title == "Ministers meet in Seoul over missile tests"
    assert doc.date == dt.date(2023, 11, 9)
    assert doc.url == "https://harbourtimes.example/world/2023/ministers-meet-seoul"
    assert doc.source == "Harbour Times"
    lines = doc.text.split("\n")
    assert lines[0] == "Ministers meet in Seoul over missile tests"
    assert lines[1].startswith("The foreign ministers") and lines[1].endswith("North Korea.")
    assert len(lines) == 4  # one paragraph a line
    assert "Subscribe" not in doc.text and "All rights reserved" not in doc.text


def test_html_page_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><script>var x;</script></body></html>", encoding="utf-8")
    [error] = read(path)
    assert isinstance(error, DocumentError)
    assert "no main text" in error.problem


def test_html_page_without_date_takes_the_default_date(tmp_path):
    path = tmp_path / "nodate.html"
    path.write_bytes(PAGE.replace(b"2023-11-09T08:30:00+09:00", b""))
    [doc] = read(path, default_date="2020-02-02")
    assert doc.date == dt.date(2020, 2, 2)


# --- JSON Lines -------------------------------------------------------------


def test_jsonl_yields_documents_and_errors_per_line():
    path = INGEST / "docs.jsonl"
    results = read(path)
    assert [type(r).__name__ for r in results] == [
        "Document", "Document", "DocumentError", "DocumentError", "DocumentError", "Document",
    ]
    first, second, last = documents(results)
    assert first == Document(
        id="wire-1",
        text="Officials met in Geneva on Monday to discuss the ceasefire.",
        date=dt.date(2019, 8, 19),
        title="Ceasefire talks",
        url="https://wire.example/1",
        source="Example Wire",
        origin=f"{path}:1",
    )
    assert second.id == stable_id(second.text)
    assert second.date == dt.date(2020, 1, 5)
    assert last.id == "42" and last.origin == f"{path}:7"
    broken, no_text, bad_date = errors(results)
    assert broken.doc == f"{path}:3" and "not valid JSON" in broken.problem
    assert no_text.doc == f"{path}:4" and 'missing "text"' in no_text.problem
    assert bad_date.doc == f"{path}:5" and "'19/08/2019x'" in bad_date.problem


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("[1, 2]", "JSON object"),
        ('{"text": 5}', '"text" must be a string'),
        ('{"text": "ok", "id": [1]}', '"id" must be'),
        ('{"text": "ok", "title": 3}', '"title" must be a string'),
        ('{"text": "ok", "date": 2019}', "bad date 2019"),
        ('{"text": "   "}', "empty"),
    ],
)
def test_jsonl_bad_records(line, problem):
    [error] = read_jsonl([line], name="in.jsonl", settings=SETTINGS)
    assert isinstance(error, DocumentError)
    assert error.doc == "in.jsonl:1"
    assert problem in error.problem


def test_jsonl_line_that_is_not_utf8():
    [error] = read_jsonl([b'{"text": "caf\xe9"}'], name="in.jsonl", settings=SETTINGS)
    assert "not UTF-8" in error.problem


def test_gzip_fixture_reads_like_the_plain_file():
    plain = read(INGEST / "docs.jsonl")
    packed = read(INGEST / "docs.jsonl.gz")
    assert [(d.id, d.text, d.date) for d in documents(packed)] == [(d.id, d.text, d.date) for d in documents(plain)]
    assert [e.problem for e in errors(packed)] == [e.problem for e in errors(plain)]
    assert errors(packed)[0].doc == f"{INGEST / 'docs.jsonl.gz'}:3"


record = st.fixed_dictionaries(
    {"text": st.text(min_size=1).filter(str.strip)},
    optional={
        "id": st.text(min_size=1, max_size=10),
        "date": st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)).map(dt.date.isoformat),
        "title": st.text(max_size=20),
    },
)


@given(records=st.lists(st.one_of(record, st.just(None)), max_size=8))
@hsettings(deadline=None)
def test_jsonl_reader_round_trips_records(records):
    """Each good record comes back as its document; a broken line only costs itself."""
    lines = [json.dumps(r) if r is not None else '{"text": broken' for r in records]
    results = list(read_jsonl(lines, name="gen.jsonl", settings=SETTINGS))
    assert len(results) == len(records)
    for number, (rec, result) in enumerate(zip(records, results), start=1):
        if rec is None:
            assert isinstance(result, DocumentError) and result.doc == f"gen.jsonl:{number}"
            continue
        expected_text = rec["text"].replace("\r\n", "\n").replace("\r", "\n")
        assert isinstance(result, Document)
        assert result.text == expected_text
        assert result.id == (rec["id"] if rec.get("id") else stable_id(expected_text))
        assert result.date == (dt.date.fromisoformat(rec["date"]) if "date" in rec else None)
        assert result.origin == f"gen.jsonl:{number}"


# --- CSV and JSON ------------------------------------------------------------


def test_csv_rows_are_documents(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text(
        "url,date,title,text,extra\n"
        'https://x.example/1,2020-01-02,Talks,"Envoys met in Geneva.\nThey agreed to meet again.",a\n'
        "https://x.example/2,2020-01-03,No text,,b\n",
        encoding="utf-8",
    )
    doc, error = read(path)
    assert doc.text == "Envoys met in Geneva.\nThey agreed to meet again."
    assert (doc.id, doc.date, doc.title) == (stable_id("https://x.example/1"), dt.date(2020, 1, 2), "Talks")
    assert isinstance(error, DocumentError) and error.doc.startswith(f"{path}:")


@pytest.mark.parametrize(
    ("body", "origins"),
    [
        ({"id": "j", "text": "One record."}, ["one.json"]),
        ([{"id": "a", "text": "First."}, {"id": "b"}], ["one.json[1]", "one.json[2]"]),
    ],
    ids=["object", "list"],
)
def test_json_file_holds_one_record_or_a_list(tmp_path, body, origins):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    results = read(path)
    assert [r.origin if isinstance(r, Document) else r.doc for r in results] == [
        str(tmp_path / o) for o in origins
    ]


# --- compression and sniffing -----------------------------------------------


@pytest.mark.parametrize("compression", [".gz", ".zst"])
@pytest.mark.parametrize("name", ["blinken-seoul.txt", "ingest/article.html", "ingest/docs.jsonl", "ingest/feed.rss"])
def test_compressed_variants_read_like_the_plain_file(tmp_path, name, compression):
    source = FIXTURES / name
    packed = tmp_path / (source.name + compression)
    packed.write_bytes(compress(source.read_bytes(), compression))
    plain, unpacked = read(source), read(packed)
    assert len(plain) == len(unpacked)
    for a, b in zip(plain, unpacked):
        assert type(a) is type(b)
        if isinstance(a, Document):
            assert (a.id, a.text, a.date, a.title, a.url, a.source) == (b.id, b.text, b.date, b.title, b.url, b.source)


@pytest.mark.parametrize("suffix", [".gz", ".zst"])
def test_truncated_compressed_file_is_an_error(tmp_path, suffix):
    path = tmp_path / f"doc.txt{suffix}"
    path.write_bytes(compress(BLINKEN.read_bytes(), suffix)[:40])
    [error] = read(path)
    assert isinstance(error, DocumentError)
    assert "decompress" in error.problem


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html><html><body>", "html"),
        (b'{"id": 1, "text": "x"}\n{"id": 2', "jsonl"),
        (b"{ not json at all", "text"),
        (b"Plain words.", "text"),
    ],
)
def test_sniff(head, kind):
    assert sniff(head) == kind


@pytest.mark.parametrize(
    ("fixture", "count"),
    [("ingest/article.html", 1), ("ingest/docs.jsonl", 6), ("ingest/feed.atom", 1)],
)
def test_files_without_a_known_suffix_are_sniffed(tmp_path, fixture, count):
    path = tmp_path / "download.dat"
    shutil.copy(FIXTURES / fixture, path)
    assert len(read(path)) == count


# --- feeds ------------------------------------------------------------------


def test_rss_feed_gives_one_document_per_entry():
    path = INGEST / "feed.rss"
    results = read(path)
    budget, protest = documents(results)
    assert budget.text == (
        "The city council approved the new budget on Monday.\n"
        "The mayor said the vote was a turning point for the region."
    )
    assert budget.title == "Council approves new budget"
    assert budget.url == "https://lakeside.example/news/budget"
    assert budget.date == dt.date(2019, 8, 20)
    assert budget.source == "Lakeside Gazette"
    assert budget.id == stable_id("https://lakeside.example/news/budget")
    assert protest.text == "Farmers plan to protest outside parliament on Saturday."
    assert protest.id == stable_id("lakeside-protest-2019")
    [empty] = errors(results)
    assert empty.doc == f"{path} entry 3" and "empty" in empty.problem


def test_atom_feed_uses_updated_date_and_feed_title():
    [doc] = read(INGEST / "feed.atom")
    assert doc.date == dt.date(2020, 3, 2)
    assert doc.source == "Valley Courier"
    assert doc.url == "https://courier.example/border-talks"


def test_broken_feed_is_an_error(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><item><title>x", encoding="utf-8")
    results = read(path)
    assert all(isinstance(r, DocumentError) for r in results)


# --- WARC and ARC -----------------------------------------------------------


def _write_warc(path: Path, *, gzipped: bool) -> None:
    undated = PAGE.replace(b"2023-11-09T08:30:00+09:00", b"").replace(
        b'<link rel="canonical" href="https://harbourtimes.example/world/2023/ministers-meet-seoul">', b""
    )
    responses = [
        ("https://harbourtimes.example/a", PAGE, "text/html; charset=utf-8", "200 OK"),
        ("https://harbourtimes.example/b", undated, "text/html", "200 OK"),
        ("https://harbourtimes.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png", "200 OK"),
        ("https://harbourtimes.example/gone", b"<html><body>Not found</body></html>", "text/html", "404 Not Found"),
        ("https://harbourtimes.example/blank", b"<html><body><script>x;</script></body></html>", "text/html", "200 OK"),
    ]
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for uri, body, content_type, status in responses:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": "2024-01-02T03:04:05Z"},
                )
            )
            request = b"GET / HTTP/1.1\r\nHost: harbourtimes.example\r\n\r\n"
            writer.write_record(
                writer.create_warc_record(uri, "request", payload=io.BytesIO(request), length=len(request))
            )


@pytest.mark.parametrize("packing", ["plain", "gzip", "zstd"])
def test_warc_html_responses_become_documents(tmp_path, packing):
    path = tmp_path / {"plain": "crawl.warc", "gzip": "crawl.warc.gz", "zstd": "crawl.warc.zst"}[packing]
    _write_warc(path, gzipped=packing == "gzip")
    if packing == "zstd":
        path.write_bytes(compress(path.read_bytes(), ".zst"))
    results = read(path)
    dated, undated = documents(results)
    assert dated.id == stable_id("https://harbourtimes.example/a")
    assert dated.date == dt.date(2023, 11, 9)  # the page's own date wins
    assert dated.url == "https://harbourtimes.example/world/2023/ministers-meet-seoul"  # canonical
    assert dated.source == "Harbour Times"
    assert dated.text.startswith(PAGE_TEXT_START)
    assert undated.date == dt.date(2024, 1, 2)  # WARC-Date
    assert undated.url == "https://harbourtimes.example/b"  # target URI
    [no_text] = errors(results)  # image, 404 and requests are skipped
    assert no_text.doc == f"{path} https://harbourtimes.example/blank"
    assert [d.id for d in documents(read(path))] == [dated.id, undated.id]  # stable


def test_arc_file_is_read(tmp_path):
    body = (
        b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n"
        b"<html><body><article><p>Delegates from both parties met in Vienna on Monday to "
        b"resume talks on the nuclear agreement, officials said.</p></article></body></html>"
    )
    info = b"1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n"
    data = (
        b"filedesc://test.arc 0.0.0.0 20190819120000 text/plain %d\n" % len(info) + info + b"\n"
        + b"https://arc.example/page 0.0.0.0 20190819120000 text/html %d\n" % len(body) + body + b"\n"
    )
    path = tmp_path / "old.arc"
    path.write_bytes(data)
    [doc] = read(path)
    assert doc.url == "https://arc.example/page"
    assert doc.date == dt.date(2019, 8, 19)
    assert doc.text.startswith("Delegates from both parties")


def test_junk_warc_is_an_error(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a web archive\n" * 5)
    [error] = read(path)
    assert isinstance(error, DocumentError)
    assert "WARC" in error.problem


# --- folders and stdin ------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    shutil.copy(BLINKEN, tmp_path / "b.txt")
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"First document.", mtime=0))
    shutil.copy(INGEST / "article.html", tmp_path / "sub" / "page.html")
    (tmp_path / "sub" / "deeper" / "batch.jsonl").write_text('{"id": "j1", "text": "From JSON."}\n', encoding="utf-8")
    (tmp_path / "sub" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    (tmp_path / ".git" / "HEAD").write_text("skipped", encoding="utf-8")
    results = read(tmp_path)
    assert [r.id if isinstance(r, Document) else "error" for r in results] == [
        "a", "b", "j1", "error", "sub/page",
    ]
    assert errors(results)[0].doc == str(tmp_path / "sub" / "logo.png")
    assert [r.id for r in documents(read(tmp_path))] == ["a", "b", "j1", "sub/page"]


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_json_lines(monkeypatch):
    _stdin(monkeypatch, b'{"id": "s1", "text": "One."}\n\n  {"text": "Two."}\n{"id": "s3"}\n')
    results = read("-")
    assert [d.id for d in documents(results)] == ["s1", stable_id("Two.")]
    [error] = errors(results)
    assert error.doc == "<stdin>:4"


def test_stdin_plain_text(monkeypatch):
    _stdin(monkeypatch, BLINKEN.read_bytes())
    [doc] = read("-", default_date="2023-11-09")
    assert doc.text == BLINKEN.read_text(encoding="utf-8")
    assert doc.id == stable_id(doc.text)
    assert doc.date == dt.date(2023, 11, 9)


def test_read_stream_from_bytes():
    jsonl = b'{"id": "s", "text": "One."}\n'
    assert [d.id for d in read_stream(io.BytesIO(jsonl), name="<pipe>", settings=SETTINGS)] == ["s"]
    [doc] = read_stream(io.BytesIO(b"Plain words."), settings=SETTINGS)
    assert (doc.text, doc.origin) == ("Plain words.", "<stdin>")


@pytest.mark.parametrize(
    ("text", "date", "problem"),
    [("Envoys met.", "2024-05-07", None), ("  ", None, "empty"), ("Envoys met.", "May 7th", "bad date")],
)
def test_read_text(text, date, problem):
    result = read_text(text, doc_id="api-1", date=date, settings=SETTINGS)
    if problem is None:
        assert result == Document(id="api-1", text=text, date=dt.date(2024, 5, 7), origin="api-1")
    else:
        assert isinstance(result, DocumentError) and problem in result.problem


def test_settings_default_to_the_loaded_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTWIRE_MAX_DOC_CHARS", "20")
    monkeypatch.setenv("EVENTWIRE_CONFIG", str(tmp_path / "settings.cfg"))
    (tmp_path / "settings.cfg").write_text("[eventwire]\n", encoding="utf-8")
    [error] = list(read_path(BLINKEN))
    assert "max_doc_chars=20" in error.problem


def test_stdin_empty(monkeypatch):
    _stdin(monkeypatch, b"")
    [error] = read("-")
    assert "empty" in error.problem


# --- paths, dates, ids ------------------------------------------------------


def test_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt", settings=SETTINGS)


def test_bad_default_date_raises_input_error():
    with pytest.raises(InputError, match="default date"):
        read_path(BLINKEN, default_date="19.08.2019", settings=SETTINGS)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-08-19", dt.date(2019, 8, 19)),
        ("2019-08-19T14:30:00Z", dt.date(2019, 8, 19)),
        ("2019-08-19T23:30:00-05:00", dt.date(2019, 8, 19)),
        ("2019-08-19 14:30", dt.date(2019, 8, 19)),
        (dt.datetime(2019, 8, 19, 1, 2), dt.date(2019, 8, 19)),
        (None, None),
        ("", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value, doc="d") == expected


@pytest.mark.parametrize("value", ["19/08/2019", "2019-13-01", "yesterday", 2019, "2019-08-19Tnoon"])
def test_parse_bad_date_names_doc_and_value(value):
    with pytest.raises(DocumentError) as info:
        parse_date(value, doc="feed.xml entry 3")
    assert info.value.doc == "feed.xml entry 3"
    assert repr(value) in info.value.problem


@pytest.mark.parametrize(
    "name", ["blinken-seoul.txt", "ingest/article.html", "ingest/docs.jsonl", "ingest/feed.rss", "ingest/feed.atom"]
)
def test_ids_are_stable_across_runs(name):
    first = [r.id for r in documents(read(FIXTURES / name))]
    assert first == [r.id for r in documents(read(FIXTURES / name))]
    assert len(set(first)) == len(first)
