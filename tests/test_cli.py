"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def eventwire(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.model
def test_extract_sample_prints_json_lines(tmp_path):
    proc = eventwire("extract", str(FIXTURES / "blinken-seoul.txt"), "--date", "2023-11-09")
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    assert events and all(e["doc_id"] == "blinken-seoul" for e in events)
    required = {"doc_id", "event_id", "sentence_index", "evidence", "span", "source", "target",
                "cameo", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover", "modality",
                "attributed_to", "date", "date_precision", "location", "confidence", "coder"}
    assert required <= set(events[0])
    meeting = [e for e in events if e["cameo_root"] == "04" and e["date"] == "2023-11-09"]
    assert meeting and meeting[0]["location"]["country"] == "KOR"


@pytest.mark.model
def test_extract_quotes_and_table(tmp_path):
    proc = eventwire("extract", str(FIXTURES / "blinken-seoul.txt"), "--date", "2023-11-09", "--quotes")
    quotes = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(quotes) == 6 and quotes[0]["speaker"]["country"] == "USA"
    table = eventwire("extract", str(FIXTURES / "blinken-seoul.txt"), "--date", "2023-11-09",
                      "--format", "table")
    assert table.returncode == 0 and "USAGOV" in table.stdout and "cameo" in table.stdout.splitlines()[0]


@pytest.mark.model
def test_stdin_jsonl_and_a_broken_line(tmp_path):
    lines = [json.dumps({"id": "a", "text": "Russian forces attacked Ukraine.", "date": "2024-02-01"}),
             "{not json", json.dumps({"id": "b", "text": "Iran condemned Israel.", "date": "2024-02-01"})]
    proc = eventwire("extract", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 3
    assert "<stdin>:2" in proc.stderr and "Traceback" not in proc.stderr
    docs = {json.loads(line)["doc_id"] for line in proc.stdout.splitlines()}
    assert docs == {"a", "b"}


@pytest.mark.model
def test_undated_documents_are_named_once_on_stderr():
    lines = [json.dumps({"id": "u1", "text": "Iran condemned Israel on Thursday."}),
             json.dumps({"id": "d1", "text": "Iran condemned Israel.", "date": "2024-02-01"}),
             json.dumps({"id": "u2", "text": "Russia condemned Ukraine."})]
    proc = eventwire("extract", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "document u1 has no date" in proc.stderr and "--date" in proc.stderr
    assert "u2" not in proc.stderr and "2 documents had no date" in proc.stderr
    assert {json.loads(line)["doc_id"] for line in proc.stdout.splitlines()} == {"u1", "d1", "u2"}
    dated = eventwire("extract", "-", "--date", "2024-02-01", stdin="\n".join(lines) + "\n")
    assert "no date" not in dated.stderr
    quiet = eventwire("-q", "extract", "-", stdin=lines[0] + "\n")
    assert quiet.returncode == 0 and quiet.stderr == ""


@pytest.mark.model
def test_actors_resolve_and_show():
    proc = eventwire("actors", "resolve", "South Korean Foreign Minister Park Jin met Blinken.",
                     "--date", "2023-11-09")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {(r["text"], r["country"], r["sector"]) for r in rows} >= {
        ("South Korean Foreign Minister Park Jin", "KOR", "GOV"), ("Blinken", "USA", "GOV")}
    assert all({"start", "end", "code", "name", "org"} <= set(r) for r in rows)
    proc = eventwire("actors", "resolve", "-", stdin=json.dumps(
        {"id": "x", "text": "The Kremlin denied it.", "date": "2024-01-01"}) + "\n")
    assert json.loads(proc.stdout.splitlines()[0])["id"] == "x"
    show = eventwire("actors", "show", "Blinken")
    entry = json.loads(show.stdout.split("\n}\n")[0] + "\n}")
    assert entry["name"] == "Antony Blinken" and entry["roles"][0]["start"]


def test_errors_are_one_clean_line():
    proc = eventwire("extract", "/no/such/file.txt")
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("Error:") and "Traceback" not in proc.stderr
    bad = eventwire("extract", str(FIXTURES / "blinken-seoul.txt"), "--date", "2023-13-45")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_every_command_has_an_example_in_its_help():
    for args in (["extract"], ["actors", "resolve"], ["actors", "show"]):
        proc = eventwire(*args, "--help")
        assert proc.returncode == 0 and "eventwire " in proc.stdout and "Example" in proc.stdout
