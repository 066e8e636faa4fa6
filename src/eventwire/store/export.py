"""Export: JSON Lines, CSV, Parquet (one row per mention) and GDELT 2.0 TSV (one row per event).

``jsonl`` writes the schema v1 JSON of each mention plus its cluster and
document fields; ``csv`` and ``parquet`` write the same records flattened to
:data:`FLAT_COLUMNS`; ``table`` is the readable form for people. ``gdelt``
writes one line per cluster (a real event, with ``NumMentions``,
``NumSources`` and ``NumArticles``) in the 61 columns of the GDELT 2.0 event
codebook, in codebook order and without a header, as GDELT's own files are;
fields eventwire does not know (ethnic and religion codes, tone, ADM codes,
feature ids) are left empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import and_, select

from ..errors import StoreError
from . import schema
from .query import event_filters, events

if TYPE_CHECKING:
    from .engine import Store

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "table")

FLAT_COLUMNS: dict[str, str] = {  # name -> parquet type
    "event_id": "string", "doc_id": "string", "cluster_id": "string", "day": "string",
    "date": "string", "date_precision": "string", "cameo": "string", "cameo_root": "string",
    "cameo_name": "string", "quad_class": "int64", "goldstein": "float64", "plover": "string",
    "modality": "string", "source_code": "string", "source_name": "string",
    "source_country": "string", "source_org": "string", "source_sector": "string",
    "target_code": "string", "target_name": "string", "target_country": "string",
    "target_org": "string", "target_sector": "string", "attributed_to_code": "string",
    "location_name": "string", "location_country": "string", "lat": "float64", "lon": "float64",
    "confidence": "float64", "coder": "string", "sentence_index": "int64", "evidence": "string",
    "cluster_mentions": "int64", "cluster_sources": "int64", "url": "string", "title": "string",
    "outlet": "string", "published": "string",
}

TABLE_COLUMNS = ("day", "source_code", "cameo", "target_code", "goldstein", "modality",
                 "cluster_mentions", "evidence")

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{x}" for x in _ACTOR), *(f"Actor2{x}" for x in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{x}" for x in _GEO), *(f"Actor2Geo_{x}" for x in _GEO),
    *(f"ActionGeo_{x}" for x in _GEO),
    "DATEADDED", "SOURCEURL",
)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One :func:`events` record as flat scalar columns (:data:`FLAT_COLUMNS`)."""
    flat = {k: record.get(k) for k in FLAT_COLUMNS}
    for side in ("source", "target"):
        actor = record.get(side) or {}
        for part in ("code", "name", "country", "org", "sector"):
            flat[f"{side}_{part}"] = actor.get(part)
    flat["attributed_to_code"] = (record.get("attributed_to") or {}).get("code")
    loc = record.get("location") or {}
    flat.update(location_name=loc.get("name"), location_country=loc.get("country"),
                lat=loc.get("lat"), lon=loc.get("lon"))
    return flat


def write_records(records: Iterable[dict[str, Any]], out: IO[str], fmt: str) -> int:
    """Write :func:`events` records as ``jsonl``, ``csv`` or ``table``; return the count."""
    n = 0
    if fmt == "jsonl":
        for n, rec in enumerate(records, start=1):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
        writer.writeheader()
        for n, rec in enumerate(records, start=1):
            writer.writerow(flatten(rec))
    elif fmt == "table":
        rows = [[_cell(flatten(r).get(c)) for c in TABLE_COLUMNS] for r in records]
        widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(TABLE_COLUMNS)]
        widths[-1] = len(TABLE_COLUMNS[-1])
        out.write("  ".join(c.ljust(w) for c, w in zip(TABLE_COLUMNS, widths)).rstrip() + "\n")
        for r in rows:
            out.write("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")
        n = len(rows)
    else:
        raise StoreError(f"Unknown format {fmt!r} for records; use jsonl, csv or table.")
    return n


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "..."


def export(store: Store, out: str | Path | IO[Any], fmt: str = "jsonl", **filters: Any) -> int:
    """Write the stored events to ``out`` (a path, or an open file: binary for parquet).

    ``filters`` are those of :func:`eventwire.store.query.events`. Returns
    the number of rows written (mentions; clusters for ``gdelt``).
    """
    if fmt not in FORMATS:
        raise StoreError(f"Unknown export format {fmt!r}; use one of {', '.join(FORMATS)}.")
    if fmt == "parquet":
        return _write_parquet(events(store, **filters), out)
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return export(store, fh, fmt, **filters)
    if fmt == "gdelt":
        return _write_gdelt(store, out, filters)
    return write_records(events(store, **filters), out, fmt)


def _write_parquet(records: Iterator[dict[str, Any]], out: str | Path | IO[Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pa_schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in FLAT_COLUMNS.items()])
    target = str(out) if isinstance(out, Path) else out
    if target is sys.stdout:
        target = sys.stdout.buffer
    n = 0
    with pq.ParquetWriter(target, pa_schema) as writer:
        while True:
            chunk = [flatten(r) for _, r in zip(range(50_000), records)]
            if not chunk:
                break
            writer.write_table(pa.Table.from_pylist(chunk, schema=pa_schema))
            n += len(chunk)
    return n


def _yyyymmdd(day: str | None) -> str:
    return day.replace("-", "") if day else ""


def gdelt_row(r: Any) -> list[str]:
    """The 61 GDELT 2.0 fields of one cluster row (founding mention joined with its cluster)."""
    data = json.loads(r.json)
    day = r.day or ""
    sqldate = _yyyymmdd(day)
    fraction = ""
    if day:
        date = dt.date.fromisoformat(day)
        fraction = f"{date.year + date.timetuple().tm_yday / 365:.4f}"

    def actor(side: str) -> list[str]:
        a = data.get(side) or {}
        return [a.get("code") or "", a.get("name") or "", a.get("country") or "", a.get("org") or "",
                "", "", "", a.get("sector") or "", "", ""]

    loc = data.get("location") or {}
    if loc:
        has_point = loc.get("lat") is not None and loc.get("lon") is not None
        action_geo = ["4" if has_point else "1", loc.get("name") or "", loc.get("country") or "", "", "",
                      _num(loc.get("lat")), _num(loc.get("lon")), ""]
    else:
        action_geo = [""] * 8
    fields = [
        str(int(r.cluster_id[:15], 16)), sqldate, sqldate[:6], sqldate[:4], fraction,
        *actor("source"), *actor("target"),
        "1" if data["sentence_index"] == 0 else "0", data["cameo"], data["cameo"][:3],
        data["cameo_root"], str(data["quad_class"]), _num(data["goldstein"]),
        str(r.n_mentions), str(r.n_sources), str(r.n_documents), "",
        *([""] * 8), *([""] * 8), *action_geo,
        sqldate + "000000" if sqldate else "", r.url or "",
    ]
    return [f.replace("\t", " ").replace("\n", " ") for f in fields]


def _num(value: Any) -> str:
    return "" if value is None else f"{float(value):g}"


def _write_gdelt(store: Store, out: IO[str], filters: dict[str, Any]) -> int:
    e, d, c = schema.events, schema.documents, schema.clusters
    stmt = (
        select(e.c.json, e.c.day, c.c.cluster_id, c.c.n_mentions, c.c.n_sources, c.c.n_documents, d.c.url)
        .select_from(c.join(e, e.c.event_id == c.c.cluster_id).join(d, d.c.id == e.c.doc_id))
        .where(and_(True, *event_filters(**filters)))
        .order_by(c.c.seq)
    )
    n = 0
    with store.engine.connect() as conn:
        for n, row in enumerate(conn.execution_options(stream_results=True, yield_per=2000).execute(stmt), 1):
            out.write("\t".join(gdelt_row(row)) + "\n")
    return n


def to_string(records: Iterable[dict[str, Any]], fmt: str) -> str:
    """:func:`write_records` into a string (handy in the Python API and tests)."""
    buf = io.StringIO()
    write_records(records, buf, fmt)
    return buf.getvalue()
