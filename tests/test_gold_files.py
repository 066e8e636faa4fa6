"""Reading GUIDE.md gold files, including stand-off records whose texts live in a corpus."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import DocumentError, InputError
from eventwire.evaluation.gold import read_gold_jsonl

EVENT = {"source": "RUS", "target": "UKR", "root": "19", "alt_roots": [], "symmetric": False, "required": True}


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_stand_off_records_take_their_text_from_the_corpus(tmp_path):
    corpus = _write(tmp_path / "corpus.jsonl", [{"id": "a", "text": "Russia shelled Kharkiv."},
                                                {"id": "b", "text": "Unused."}])
    gold = _write(tmp_path / "gold.jsonl", [{"id": "a", "date": "2025-05-01", "events": [EVENT]},
                                            {"id": "z", "date": "2025-05-01", "events": []},
                                            {"id": "c", "date": "2025-05-02", "text": "Inline text.", "events": []}])
    items = list(read_gold_jsonl(gold, corpus))
    doc, record = items[0]
    assert (doc.id, doc.text, str(doc.date), record["events"]) == ("a", "Russia shelled Kharkiv.", "2025-05-01", [EVENT])
    assert isinstance(items[1], DocumentError) and "'z' is not in" in str(items[1])
    assert items[2][0].text == "Inline text."


def test_stand_off_record_without_a_corpus_says_what_to_give(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", [{"id": "a", "date": "2025-05-01", "events": []}])
    [error] = read_gold_jsonl(gold)
    assert isinstance(error, DocumentError) and "--texts" in str(error) and "gold.jsonl:1" in str(error)


def test_unreadable_corpus_is_an_input_error(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", [{"id": "a", "date": "2025-05-01", "events": []}])
    (tmp_path / "corpus.jsonl").write_text("not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="corpus.jsonl"):
        list(read_gold_jsonl(gold, tmp_path / "corpus.jsonl"))
