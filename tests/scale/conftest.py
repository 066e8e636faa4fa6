"""Scale fixtures: one real Dask cluster of 2 local worker processes for the module, fixture corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.records import Document

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def fixture_corpus() -> list[Document]:
    """examples/wikinews.jsonl, the founding sample and the Cairo article."""
    docs = [Document(id="blinken-seoul", text=(FIXTURES / "blinken-seoul.txt").read_text(encoding="utf-8"),
                     date=dt.date(2023, 11, 9))]
    cairo = json.loads((FIXTURES / "wikinews-cairo-summit.json").read_text(encoding="utf-8"))
    docs.append(Document(id="cairo", text=cairo["text"], date=dt.date.fromisoformat(cairo["date"][:10])))
    for line in (ROOT / "examples" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            date = dt.date.fromisoformat(rec["date"][:10]) if rec.get("date") else None
            docs.append(Document(id=rec["id"], text=rec["text"], date=date, title=rec.get("title")))
    return docs


@pytest.fixture(scope="session")
def corpus() -> list[Document]:
    return fixture_corpus()


@pytest.fixture(scope="module")
def client():
    from eventwire.scale import connect

    with connect(workers=2) as c:
        yield c
