"""Property and fuzz tests: arbitrary input never makes a parser raise anything but its own error.

The round trips and the date rules are in tests/test_clean.py, test_dates.py,
test_dictionaries.py and test_ingest.py; these add arbitrary text (control
characters, surrogates cannot occur in str from Hypothesis, huge unicode
ranges), arbitrary bytes, and a bounded fuzz run of the HTML ingestion path.
Each runs in a few seconds (bounded examples, no per-example deadline:
CI machines are slow and shared).
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from eventwire.actors.dictionaries import parse_actor_dictionary, parse_agent_dictionary
from eventwire.clean import clean, clean_text
from eventwire.coding.dates import resolve_date
from eventwire.config import Settings
from eventwire.errors import DocumentError, KnowledgeBaseError
from eventwire.ingest import read_stream
from eventwire.ingest.html import fragment_to_text, html_document
from eventwire.ingest.jsonl import read_jsonl
from eventwire.limits import check_document
from eventwire.records import Document

SETTINGS = Settings(max_doc_chars=50_000)
FAST = hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
DAYS = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Words the date rules know, mixed with noise, so that the rules (not only the fallback) are reached.
DATE_WORDS = ["last", "next", "this", "on", "late", "early", "morning", "night", "week", "weekend",
              "month", "year", "ago", "two", "days", "summer", "March", "May", "31", "2023", "the",
              "of", "0", "999", "Feb", "29", "-", "/", ",", "'", *WEEKDAYS]
date_texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(DATE_WORDS), max_size=7).map(" ".join),
)


# ---------------------------------------------------------------- the date resolver


@FAST
@given(date_texts, st.one_of(st.none(), DAYS), st.sampled_from([None, "past", "present", "future"]))
@example("31 February 2023", dt.date(2023, 3, 1), None)
@example("Monday 0000", dt.date(1800, 1, 1), "past")
@example("next Sunday", dt.date(2200, 12, 31), "future")
def test_resolve_date_never_raises_and_gives_iso_values(text, doc_date, tense):
    result = resolve_date(text, doc_date, tense=tense)
    if result is None:
        return
    assert result.precision in ("day", "month", "year")
    assert ISO.fullmatch(result.value), result
    assert len(result.value) == {"day": 10, "month": 7, "year": 4}[result.precision]
    if result.precision == "day":
        dt.date.fromisoformat(result.value)  # a real calendar day


@pytest.mark.parametrize("expression", ["99999 years ago", "99999 months ago", "9999999 weeks ago",
                                        "99999999999 days ago", "3000 years ago"])
def test_huge_counts_ago_give_no_negative_years(expression):
    result = resolve_date(expression, dt.date(2023, 3, 1))
    assert result is None or ISO.fullmatch(result.value)


@FAST
@given(DAYS, st.sampled_from(WEEKDAYS), st.sampled_from(["", "on ", "last ", "late ", "early "]),
       st.sampled_from([None, "past", "present"]))
def test_weekdays_in_the_past_are_never_after_the_document_date(doc_date, weekday, prefix, tense):
    result = resolve_date(f"{prefix}{weekday}", doc_date, tense=tense)
    assert result is not None and result.precision == "day"
    assert dt.date.fromisoformat(result.value) <= doc_date


# ---------------------------------------------------------------- the cleaner


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
@example("\r\n\r\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
@example("\n" * 50)
def test_cleaner_takes_any_text(text):
    result = clean(text)
    assert isinstance(result.text, str) and len(result.text) <= len(text)
    assert clean_text(result.text) == result.text


# ---------------------------------------------------------------- the dictionary importer


dictionary_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(
        st.sampled_from(["UNITED_STATES", "+AMERICA", "\t[USA]", "\t[USAGOV 790101-]", "[~PRK]",
                         "<MARKERS>", "<!PERSON!>", "#comment", "[USA 20010101-20091231]", "\t[]",
                         "POLICE [~COP]", "{PLURAL}", "[USA", "]]", "\t[USA >20200101]"]),
        st.text(max_size=20)), max_size=12).map("\n".join),
)


@FAST
@given(dictionary_texts, st.booleans())
def test_dictionary_parsers_raise_only_knowledge_base_errors(text, strict):
    for parse in (parse_actor_dictionary, parse_agent_dictionary):
        try:
            parsed = parse(text, "fuzz.txt", strict=strict)
        except KnowledgeBaseError as exc:
            assert strict, f"lenient mode raised {exc}"
            assert exc.path == "fuzz.txt"
        else:
            assert parsed is not None


# ---------------------------------------------------------------- the JSON Lines reader


@FAST
@given(st.lists(st.one_of(st.binary(max_size=80), st.text(max_size=80).map(str.encode),
                          st.sampled_from([b'{"text": "a"}', b'{"text": 1}', b'{"id": [], "text": "x"}',
                                           b'{"text": "x", "date": "2024-02-30"}', b"\xff\xfe", b"[]",
                                           b'{"text": "x", "title": {}}', b"null", b'"text"'])),
                max_size=10))
def test_jsonl_reader_gives_a_document_or_an_error_per_line(lines):
    results = list(read_jsonl(lines, name="fuzz.jsonl", settings=SETTINGS))
    assert all(isinstance(r, (Document, DocumentError)) for r in results)
    assert len(results) <= len(lines)
    for r in results:
        if isinstance(r, DocumentError):
            assert r.doc.startswith("fuzz.jsonl:")


@FAST
@given(st.binary(max_size=300))
@example(b"\x00\x01")
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe\x00")
def test_stdin_reader_takes_any_bytes(data):
    for result in read_stream(io.BytesIO(data), settings=SETTINGS):
        assert isinstance(result, (Document, DocumentError))


# ---------------------------------------------------------------- the per-document pre-checks


@FAST
@given(st.text(max_size=3000), st.integers(0, 50), st.integers(0, 50))
def test_pre_checks_refuse_exactly_the_absurd(text, max_token, max_words):
    settings = Settings(max_token_chars=max_token, max_sentence_words=max_words)
    refused = check_document(Document(id="d", text=text), settings)
    longest_token = max((len(t) for t in text.split()), default=0)
    longest_sentence = max((len(p.split()) for p in re.split(r"[.!?\n]+", text)), default=0)
    too_long = (max_token and longest_token > max_token) or (max_words and longest_sentence > max_words)
    assert (refused is not None) == bool(too_long)


# ---------------------------------------------------------------- a bounded fuzz run of the HTML path

TAGS = ["html", "head", "body", "title", "meta", "p", "div", "span", "article", "main", "table", "tr",
        "td", "script", "style", "a", "br", "ul", "li", "h1", "time", "!--", "![CDATA[", "?xml", "svg",
        "iframe", "noscript", "template"]
PIECES = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(['<meta name="date" content="2024-99-99">', '<meta property="og:title" content="<b>x">',
                     '<time datetime="yesterday">', "&#xZZZZ;", "&amp", "&#0;", "<<>>", "<p <p>", "-->",
                     '<a href="javascript:alert(1)">', "<script>alert(1)</script>", "\x00", "\ufffd",
                     '<html lang="\x00">', "<!DOCTYPE html>", "<base href=//evil>"]),
    st.text(max_size=40),
    st.sampled_from(["France met Germany in Paris on Tuesday.", "Russia attacked Ukraine. " * 5]),
)
html_pages = st.lists(PIECES, max_size=40).map("".join)


def _nested(depth: int, tag: str = "div") -> str:
    return "<html><body>" + f"<{tag}>" * depth + "France met Germany in Paris." + f"</{tag}>" * depth + "</body></html>"


@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages)
@example(_nested(5000))
@example(_nested(3000, "table"))
@example("<html><body>" + "<p>France met Germany." * 2000 + "</body></html>")
@example("<html>" + "<!--" * 500)
@example("<svg><html>")  # found by this test: lxml asserted inside trafilatura's date finder
def test_html_ingestion_gives_a_document_or_a_document_error(page):
    try:
        result = html_document(page, doc_id="fuzz", origin="fuzz.html", settings=SETTINGS)
    except DocumentError as exc:
        assert exc.doc == "fuzz.html"
        return
    assert isinstance(result, Document) and result.text.strip()
    assert len(result.text) <= SETTINGS.max_doc_chars


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_pages)
def test_html_fragments_to_text_never_raise(fragment):
    assert isinstance(fragment_to_text(fragment), str)


@pytest.mark.parametrize("data", [b"<html><body>\xff\xfe<p>Paris</p>", "<html><body><p>Zürich</p>".encode("cp1252"),
                                  b"<html>\x00\x00<body>"])
def test_html_files_with_bad_bytes(tmp_path, data):
    from eventwire.ingest import read_path

    path = tmp_path / "page.html"
    path.write_bytes(data)
    for result in read_path(path, settings=SETTINGS):
        assert isinstance(result, (Document, DocumentError))
