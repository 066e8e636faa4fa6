"""Bad input through the real ``eventwire`` command: each bad document is reported and stored, the run goes on.

Fixture files are written by the tests: empty and binary files, a 50 MB
text, invalid UTF-8 and a legacy encoding, malformed and deeply nested HTML,
JSON Lines with broken lines, missing fields and bad dates, absurd tokens and
sentences, and a document that takes too long. The command runs in a
subprocess with the shipped settings (no user file, no EVENTWIRE_*
variables but those a test sets), as a user runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from eventwire.config import Settings
from eventwire.errors import DocumentError
from eventwire.ingest import read_path
from eventwire.store import open_store, schema

pytestmark = [pytest.mark.model, pytest.mark.slow]

GOOD = "France met Germany in Paris on Tuesday. Russia attacked Ukraine in Kyiv on Monday."
BIG_BYTES = 50 * 1024 * 1024


def run_cli(tmp: Path, *args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    clean.update(XDG_CONFIG_HOME=str(tmp / "config"), PYTHONUNBUFFERED="1", **env)
    return subprocess.run([sys.executable, "-m", "eventwire", *args], capture_output=True, text=True,
                          cwd=tmp, env=clean, timeout=timeout)


def write_big_text(path: Path, size: int = BIG_BYTES) -> None:
    block = ("France met Germany in Paris on Tuesday. " * 100 + "\n").encode()
    with path.open("wb") as out:
        for _ in range(size // len(block) + 1):
            out.write(block)


def bad_inputs(folder: Path) -> dict[str, str]:
    """Write the bad files (and two good ones); returns {where the error names: what its reason says}."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "legacy.txt").write_bytes("Le président français a rencontré le chancelier à Paris. "
                                        "Germany criticised France on Friday.".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (folder / "binary.dat").write_bytes(bytes(range(256)) * 40)
    (folder / "badutf8.txt").write_bytes(b"France met Germany \xff\xfe\xfa\xc3\x28 in Paris.")
    write_big_text(folder / "big.txt")
    depth = 20_000
    (folder / "nested.html").write_text("<html><body>" + "<div>" * depth + GOOD + "</div>" * depth
                                        + "</body></html>", encoding="utf-8")
    (folder / "malformed.html").write_text(
        "<html><head><title>Talks</title></head><body><article><p>France criticised Germany on "
        "Tuesday over the budget.<div><span></p></table>< <<>>&&#xZZ;<p>Officials met in Paris "
        "for hours and agreed on nothing.</article></body>", encoding="utf-8")
    (folder / "nothing.html").write_text("<html><body><script>var x = 1;</script></body></html>",
                                         encoding="utf-8")
    lines = [
        json.dumps({"id": "ok", "text": "Germany criticised Russia on Monday over the strikes.",
                    "date": "2024-03-05"}),
        '{"id": "broken", "text": "France met',
        json.dumps({"id": "notext", "title": "no text"}),
        json.dumps({"id": "baddate", "text": GOOD, "date": "2024-13-45"}),
        json.dumps([1, 2, 3]),
        json.dumps({"id": "numbertext", "text": 42}),
        json.dumps({"id": "longtoken", "text": "France met Germany. " + "x" * 200_000}),
        json.dumps({"id": "longsentence", "text": "France met Germany " + "and France met Germany " * 20_000}),
        "",
        json.dumps({"id": "ok2", "text": "Japan signed an agreement with China.", "date": "2024-04-01"}),
    ]
    (folder / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {
        "empty.txt": "empty", "blank.txt": "empty", "binary.dat": "binary file",
        "big.txt": "max_doc_chars", "nothing.html": "no main text",
        "docs.jsonl:2": "not valid JSON", "docs.jsonl:3": 'missing "text"', "docs.jsonl:4": "bad date",
        "docs.jsonl:5": "must be a JSON object", "docs.jsonl:6": '"text" must be a string',
        "longtoken": "max_token_chars", "longsentence": "max_sentence_words",
    }


def stored_errors(db: str) -> list[tuple[str, str]]:
    with open_store(db) as store, store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(schema.errors.c.doc, schema.errors.c.problem))]


def stored_documents(db: str) -> dict[str, str]:
    with open_store(db) as store, store.engine.connect() as conn:
        return dict(conn.execute(select(schema.documents.c.id, schema.documents.c.status)).all())


def test_ingest_reports_and_stores_every_bad_document_and_goes_on(tmp_path):
    expected = bad_inputs(tmp_path / "in")
    db = f"sqlite:///{tmp_path}/events.db"
    started = time.monotonic()
    done = run_cli(tmp_path, "ingest", "in", "--db", db, "--date", "2024-03-05")
    took = time.monotonic() - started
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert took < 240, f"the run took {took:.0f} s"
    lines = done.stderr.splitlines()
    errors = stored_errors(db)
    for where, reason in expected.items():
        said = [line for line in lines if where in line and "failed" in line]
        assert said and reason in said[0], f"{where}: {said or done.stderr}"
        stored = [problem for doc, problem in errors if where in doc]
        assert stored and reason in stored[0], f"{where} not in the error table: {errors}"
    assert f"{len(errors)} document(s) failed" in lines[-1]
    documents = stored_documents(db)
    for good in ("good", "legacy", "badutf8", "malformed", "ok", "ok2"):
        assert documents.get(good) == "coded", (good, documents)
    assert documents.get("longtoken") == documents.get("longsentence") == "error"
    # A deeply nested page is read or refused, never a crash.
    assert documents.get("nested") == "coded" or any("nested.html" in doc for doc, _ in errors)

    again = run_cli(tmp_path, "ingest", "in", "--db", db, "--date", "2024-03-05")
    assert again.returncode == 3 and "Traceback" not in again.stderr
    assert stored_documents(db) == documents and sorted(stored_errors(db)) == sorted(errors)


def test_a_text_that_cleans_to_nothing_is_no_error(tmp_path):
    """Website furniture alone ("Follow us on Twitter.") is removed whole: no event, no failure."""
    lines = [json.dumps({"id": "furniture", "text": "Follow us on Twitter.", "date": "2024-01-02"}),
             json.dumps({"id": "news", "text": GOOD, "date": "2024-01-02"})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run_cli(tmp_path, "extract", "in.jsonl")
    assert done.returncode == 0, done.stderr
    assert {json.loads(line)["doc_id"] for line in done.stdout.splitlines()} == {"news"}


def test_a_50_mb_text_is_refused_without_reading_it_all(tmp_path):
    big = tmp_path / "big.txt"
    write_big_text(big)
    started = time.monotonic()
    (result,) = read_path(big, settings=Settings())
    assert time.monotonic() - started < 5
    assert isinstance(result, DocumentError) and "max_doc_chars=2,000,000" in result.problem


def test_low_limits_and_the_time_limit_stop_pathological_documents(tmp_path):
    """max_doc_chars set low refuses a long text; doc_timeout stops a document the tokenizer chokes on."""
    docs = tmp_path / "docs.jsonl"
    records = [
        {"id": "long", "text": GOOD + " " + "The weather was fine. " * 300},  # ~6,700 characters
        # 4,900 '$' in one token: spaCy's tokenizer takes several seconds (quadratic), the limit 2 s.
        {"id": "slow", "text": "France met Germany. " + "$" * 4_900},
        {"id": "good", "text": GOOD, "date": "2024-03-05"},
    ]
    docs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    started = time.monotonic()
    done = run_cli(tmp_path, "extract", str(docs), EVENTWIRE_MAX_DOC_CHARS="5000", EVENTWIRE_MAX_TOKEN_CHARS="0",
                   EVENTWIRE_DOC_TIMEOUT="2")
    took = time.monotonic() - started
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert "docs.jsonl:1: document has 6," in done.stderr and "max_doc_chars=5,000" in done.stderr
    assert "slow (" in done.stderr and "doc_timeout=2 s" in done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert events and {e["doc_id"] for e in events} == {"good"}
    assert took < 120, f"took {took:.0f} s: the time limit did not stop the slow document"


@pytest.mark.parametrize("args, message", [
    (["ingest", "missing-folder", "--db", "sqlite:///x.db"], "missing-folder: no such file"),
    (["ingest", "in.txt", "--db", "mysql://nowhere/db"], "Unsupported database"),
    (["export", "-o", "no/such/folder/out.csv", "--format", "csv", "--db", "sqlite:///x.db"], "no/such/folder"),
])
def test_errors_that_stop_a_run_are_one_line_without_traceback(tmp_path, args, message):
    (tmp_path / "in.txt").write_text(GOOD, encoding="utf-8")
    done = run_cli(tmp_path, *args, timeout=120)
    assert done.returncode == 1, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error:")
