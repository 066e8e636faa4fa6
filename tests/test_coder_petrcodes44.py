"""Added by petrcodes44 in the twenty-ninth round: a verb dictionary's codes outside the CAMEO
table (a project's extension "174K", WEIS-era "1717", PETRARCH's synset code "903") are the
dictionary's codes, kept by the importer and carried by the events, the store, the exports
and the API; a code that is not well formed is still an error naming the file and line.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import csv
import io
import json
from importlib import resources
from pathlib import Path

import httpx
import pytest

from eventwire import Document, extract, extract_document
from eventwire.coding.lexicon import NULL_CODE, load_lexicon
from eventwire.coding.ontology import DICTIONARY_CODE_NAME, Ontology, UnknownCodeError
from eventwire.coding.verbdict import read_verb_dictionary, verb_triggers
from eventwire.errors import KnowledgeBaseError
from eventwire.store import open_store

EXTENSION = Path(__file__).parent / "fixtures" / "dictionaries" / "extension.verbs.txt"
TEXT = ("Chile expelled Peru's trade delegation. "
        "Chile snubbed Peru at the summit. Bolivia shunned Peru. Argentina expelled diplomats from Ecuador.")
CODED = {("CHL", "PER", "174K"), ("ARG", "ECU", "1717"), ("CHL", "PER", "903"),
         ("BOL", "PER", "095"), ("PER", "BOL", "903")}


def _table() -> Ontology:
    """A fresh ontology of the shipped table (codes admitted here stay out of the shared one)."""
    return Ontology.load(Path(str(resources.files("eventwire.coding") / "data" / "cameo.tsv")))


@pytest.fixture(scope="module")
def extended(rules_only):
    return rules_only.replace(verb_dictionaries=(str(EXTENSION),))


@pytest.fixture(scope="module")
def result(extended):
    return extract_document(Document(id="ext", text=TEXT, date=dt.date(2024, 5, 2)), settings=extended)


def _by_code(events):
    return {e.cameo: e for e in events}


# -- the ontology -------------------------------------------------------------------------

def test_a_dictionary_code_takes_its_cameo_roots_scores():
    onto = _table()
    with pytest.raises(UnknownCodeError):
        onto.get("174K")
    code = onto.admit("174K")
    root = onto.get("17")
    assert (code.code, code.root, code.quad_class, code.goldstein, code.plover) == (
        "174K", "17", root.quad_class, root.goldstein, root.plover)
    assert code.name.startswith(DICTIONARY_CODE_NAME) and onto.get("174K") is code
    assert "174K" not in onto and onto.is_dictionary_code("174K")  # not a CAMEO code
    assert onto.parent_of("174K").code == "174" and onto.root_of("174K").code == "17"
    assert onto.admit("042") is onto.get("042") and not onto.is_dictionary_code("042")


def test_a_dictionary_code_naming_no_root_has_no_scores():
    onto = _table()
    code = onto.admit("903")
    assert (code.root, code.quad_class, code.goldstein, code.plover, code.name) == ("", 0, 0.0, None,
                                                                                    DICTIONARY_CODE_NAME)
    with pytest.raises(UnknownCodeError):
        onto.root_of("903")


@pytest.mark.parametrize("code", ["abc", "025?", "12x4", "17444", "1"])
def test_a_code_not_well_formed_is_not_admitted(code):
    with pytest.raises(UnknownCodeError):
        _table().admit(code)


# -- the importer ---------------------------------------------------------------------------

def test_the_importer_keeps_the_dictionarys_codes():
    verbs = read_verb_dictionary(EXTENSION, ontology=_table())
    assert not verbs.problems
    assert {b.name: (b.code, b.reverse) for b in verbs.blocks} == {
        "EXPEL": ("174K", None), "SNUB": ("903", None), "SHUN": ("095", "903")}
    assert [p.code for p in verbs.blocks[0].patterns] == ["1717"]
    assert [t.cameo for t in verb_triggers(verbs)[("expel", "VERB")]] == ["1717", "174K"]


@pytest.mark.parametrize("text, line, code", [
    ("--- SCOLD [12x4] ---\nSCOLD\n", 1, "12x4"),
    ("--- SCOLD [111] ---\nSCOLD\n- * LOUDLY [abc]\n", 3, "abc"),
    ("--- SCOLD [111] ---\nSCOLD [17.1]\n", 2, "17.1"),
])
def test_a_code_not_well_formed_is_an_error_naming_file_and_line(tmp_path, text, line, code):
    path = tmp_path / "bad.verbs.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=rf"bad.verbs.txt:{line}: code '{code}' is neither a CAMEO code"):
        read_verb_dictionary(path, ontology=_table())
    lenient = read_verb_dictionary(path, strict=False, ontology=_table())
    assert [p.line for p in lenient.problems] == [line]


def test_the_shipped_lexicon_holds_cameo_codes_only():
    onto = Ontology.load()
    lexicon = load_lexicon()
    codes = {t.cameo for rows in lexicon.triggers.values() for t in rows} - {NULL_CODE}
    assert codes and all(code in onto for code in codes)


# -- the events -----------------------------------------------------------------------------

def test_the_events_carry_the_dictionarys_codes(result):
    events = result.events
    assert {(e.source.actor.code, e.target.actor.code, e.cameo) for e in events} == CODED
    by_code = _by_code(events)
    onto = Ontology.load()
    coerce = onto.get("17")
    ext = by_code["174K"]
    assert (ext.cameo_root, ext.quad_class, ext.goldstein, ext.plover) == ("17", 4, coerce.goldstein, coerce.plover)
    assert ext.cameo_name == f"{DICTIONARY_CODE_NAME} ({coerce.name})"
    snub = by_code["903"]
    assert (snub.cameo_root, snub.quad_class, snub.goldstein, snub.plover, snub.cameo_name) == (
        "", 0, 0.0, None, DICTIONARY_CODE_NAME)
    assert by_code["095"].cameo_root == "09" and by_code["095"].quad_class == 3


def test_without_the_dictionary_the_same_text_codes_cameo_codes(rules_only):
    events = extract(TEXT, date="2024-05-02", settings=rules_only)
    onto = Ontology.load()
    assert events and all(e.cameo in onto and not e.cameo_name.startswith(DICTIONARY_CODE_NAME) for e in events)


# -- the store, the exports, the API --------------------------------------------------------

@pytest.fixture(scope="module")
def stored(result, tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('petrcodes44')}/events.db"
    with open_store(url) as store:
        counts = store.write_batch([result])
        assert counts.events == len(result.events)
    return url


def test_the_store_keeps_the_dictionarys_codes(stored):
    with open_store(stored) as store:
        rows = {r["cameo"]: r for r in store.events(limit=100)}
        assert set(rows) == {c for _, _, c in CODED}
        assert (rows["903"]["cameo_root"], rows["903"]["quad_class"], rows["903"]["goldstein"]) == ("", 0, 0.0)
        assert rows["174K"]["cameo_root"] == "17" and rows["174K"]["plover"] == "COERCE"
        assert {r["cameo"] for r in store.events(root="17", limit=100)} == {"174K", "1717"}


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "gdelt", "parquet"])
def test_the_exports_carry_the_dictionarys_codes(stored, tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    with open_store(stored) as store:
        assert store.export(path, fmt) >= 1
    if fmt == "parquet":
        import pyarrow.parquet as pq
        codes = set(pq.read_table(path).column("cameo").to_pylist())
    elif fmt == "csv":
        codes = {row["cameo"] for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))}
    elif fmt == "jsonl":
        codes = {json.loads(line)["cameo"] for line in path.read_text(encoding="utf-8").splitlines()}
    else:  # GDELT TSV: one row per cluster, the event code in the root's neighbourhood
        codes = {c for line in path.read_text(encoding="utf-8").splitlines() for c in line.split("\t")}
    assert {"174K", "903"} <= codes


def test_the_api_and_the_dashboard_show_an_event_of_a_dictionary_code(stored, settings):
    from eventwire.api import create_app

    app = create_app(settings.replace(db=stored, api_token=""))

    async def requests():
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=True)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            page = (await client.get("/api/events", params={"limit": 100})).json()
            listed = {item["cameo"]: item for item in page["items"]}
            one = await client.get(f"/api/events/{listed['903']['event_id']}")
            html = await client.get(f"/events/{listed['174K']['event_id']}", headers={"Accept": "text/html"})
            stats = await client.get("/api/stats")
            return listed, one, html, stats

    try:
        listed, one, html, stats = asyncio.run(requests())
    finally:
        app.state.store.close()
    assert listed["903"]["quad_class"] == 0 and listed["903"]["plover"] is None
    assert one.status_code == 200 and one.json()["cameo_name"] == DICTIONARY_CODE_NAME
    assert html.status_code == 200 and "174K" in html.text
    assert stats.status_code == 200
