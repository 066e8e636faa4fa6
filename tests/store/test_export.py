"""Exports on both backends: jsonl, csv, parquet (read back by pyarrow), GDELT 2.0 TSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from store_helpers import corpus, toy_extract

from eventwire.errors import StoreError
from eventwire.store import GDELT_COLUMNS, Store, export, ingest_documents, write_records
from eventwire.store.export import FLAT_COLUMNS


@pytest.fixture
def filled(store: Store) -> Store:
    ingest_documents(corpus(), store=store, extract=toy_extract, batch_size=4)
    return store


def test_jsonl(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    n = filled.export(path, "jsonl")
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert n == len(lines) == filled.stats().events
    assert {line["event_id"] for line in lines} == {e["event_id"] for e in filled.events()}
    assert all(line["schema"] == 1 and line["cluster_id"] for line in lines)


def test_csv_with_filter(filled: Store) -> None:
    buf = io.StringIO()
    n = export(filled, buf, "csv", source="RUS")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) > 0
    assert list(rows[0]) == list(FLAT_COLUMNS)
    assert {r["source_country"] for r in rows} == {"RUS"}


def test_parquet_readable_by_pyarrow(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    n = filled.export(path, "parquet")
    table = pq.read_table(path)
    assert table.num_rows == n == filled.stats().events
    assert table.column_names == list(FLAT_COLUMNS)
    assert str(table.schema.field("goldstein").type) == "double"
    assert set(table.column("cameo_root").to_pylist()) >= {"04", "19"}


def test_gdelt_has_61_columns_in_codebook_order(filled: Store, tmp_path: Path) -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    path = tmp_path / "events.tsv"
    n = filled.export(path, "gdelt")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert n == len(rows) == filled.stats().clusters
    assert all(len(r) == 61 for r in rows)
    records = [dict(zip(GDELT_COLUMNS, r)) for r in rows]
    meeting = max(records, key=lambda r: int(r["NumMentions"]))
    assert (meeting["NumMentions"], meeting["NumSources"], meeting["NumArticles"]) == ("5", "5", "5")
    assert meeting["EventRootCode"] == "04" and meeting["SQLDATE"] == "20240305"
    assert meeting["MonthYear"] == "202403" and meeting["Year"] == "2024"
    assert meeting["ActionGeo_FullName"] == "Paris" and meeting["ActionGeo_Type"] == "4"
    assert meeting["SOURCEURL"].startswith("https://outlet0.example")
    assert all(r["GLOBALEVENTID"].isdigit() for r in records)
    assert len({r["GLOBALEVENTID"] for r in records}) == len(records)


def test_table_and_unknown_format(filled: Store) -> None:
    buf = io.StringIO()
    n = write_records(filled.events(limit=5), buf, "table")
    lines = buf.getvalue().splitlines()
    assert n == 5 and len(lines) == 6 and lines[0].startswith("day")
    with pytest.raises(StoreError, match="Unknown export format"):
        filled.export(io.StringIO(), "xml")
