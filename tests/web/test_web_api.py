"""Every REST endpoint against the running server, bad parameters and the write token included."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from webdata import XSS_DOC, XSS_ID, XSS_MARKUP

from eventwire.api import create_app
from eventwire.store import open_store


def test_stats_match_the_store(api, server):
    got = api.get("/api/stats").json()
    with open_store(server.db) as store:
        assert got == store.stats().as_dict()
    assert got["documents"] >= 3 and got["events"] > 0


def test_events_page_sort_and_next(api):
    first = api.get("/api/events", params={"limit": 3, "sort": "-goldstein"}).json()
    assert first["limit"] == 3 and first["offset"] == 0 and len(first["items"]) == 3
    scores = [e["goldstein"] for e in first["items"]]
    assert scores == sorted(scores, reverse=True)
    assert first["total"] > 3 and first["next"]
    second = api.get(first["next"]).json()
    assert second["offset"] == 3
    assert not {e["event_id"] for e in first["items"]} & {e["event_id"] for e in second["items"]}
    every = api.get("/api/events", params={"limit": 500}).json()
    assert every["total"] == len(every["items"]) and every["next"] is None
    event = every["items"][0]
    assert event["schema"] == 1 and {"evidence", "span", "trigger", "cluster_id", "day", "title"} <= set(event)


@pytest.mark.parametrize("params", [
    {"source": "USA"}, {"target": "KOR"}, {"actor": "LBY"}, {"root": "04"}, {"root": "042"},
    {"from": "2023-11-01", "to": "2023-11-30"}, {"modality": "reported"}, {"source": "USAGOV", "target": "KOR"},
])
def test_event_filters(api, params):
    page = api.get("/api/events", params={**params, "limit": 500}).json()
    assert page["total"] == len(page["items"]) > 0
    for ev in page["items"]:
        if "source" in params:
            assert params["source"] in (ev["source"]["code"], ev["source"]["country"], ev["source"]["org"])
        if "target" in params:
            assert params["target"] in (ev["target"]["code"], ev["target"]["country"], ev["target"]["org"])
        if "actor" in params:
            sides = [s for s in (ev["source"], ev["target"]) if s]
            assert any(params["actor"] in (s["code"], s["country"], s["org"]) for s in sides)
        if "root" in params:
            assert ev["cameo"].startswith(params["root"])
        if "from" in params:
            assert params["from"] <= ev["day"] <= params["to"]
        if "modality" in params:
            assert ev["modality"] == params["modality"]


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 501}, {"limit": "many"}, {"offset": -1}, {"sort": "evil"},
    {"modality": "maybe"}, {"from": "2023-13-45"}, {"to": "yesterday"}, {"root": "x7"},
])
def test_events_bad_parameters(api, error_of, params):
    error = error_of(api.get("/api/events", params=params), 400)
    assert error["title"] == "Bad Request"


def test_event_by_id(api):
    listed = api.get("/api/events", params={"source": "USA", "limit": 1}).json()["items"][0]
    event = api.get(f"/api/events/{listed['event_id']}").json()
    assert event["event_id"] == listed["event_id"] and event["evidence"] == listed["evidence"]
    assert event["document"]["id"] == event["doc_id"] == "blinken-seoul"
    assert event["document"]["href"] == "/api/documents/blinken-seoul"
    cluster = event["cluster"]
    assert cluster["cluster_id"] == event["cluster_id"]
    assert event["event_id"] in {m["event_id"] for m in cluster["mentions"]}
    assert cluster["n_mentions"] == len(cluster["mentions"])


def test_unknown_event_and_path(api, error_of):
    assert "no-such-event" in error_of(api.get("/api/events/no-such-event"), 404)["detail"]
    error_of(api.get("/api/nothing-here"), 404)
    error_of(api.delete("/api/stats"), 405)


def test_document_with_spans(api):
    doc = api.get("/api/documents/blinken-seoul").json()
    text = doc["text"]
    assert doc["published"] == "2023-11-09" and text.startswith("Blinken met")
    assert doc["mentions"] and doc["triggers"] and doc["events"]
    for span in doc["mentions"] + doc["triggers"]:
        assert text[span["start"]:span["end"]] == span["text"]
    for ev in doc["events"]:
        assert text[ev["span"][0]:ev["span"][1]].strip() == ev["evidence"]  # the span keeps its newline
        start, end = ev["trigger"]
        assert any(t["start"] == start and t["end"] == end and ev["event_id"] in t["event_ids"]
                   for t in doc["triggers"])
    # The event's source is one of the highlighted actor mentions of its sentence.
    linked = {eid for m in doc["mentions"] for eid in m["event_ids"]}
    assert linked and linked <= {e["event_id"] for e in doc["events"]}


def test_document_keeps_markup_as_text(api, error_of):
    doc = api.get(f"/api/documents/{XSS_ID}").json()
    assert doc["title"] == XSS_DOC["title"] and XSS_MARKUP in doc["text"]
    error_of(api.get("/api/documents/no/such/doc"), 404)


def test_actors_search_and_page(api, error_of):
    found = api.get("/api/actors", params={"q": "kor"}).json()["items"]
    codes = {a["code"] for a in found}
    assert "KOR" in codes and all(("kor" in a["code"].lower()) or ("kor" in (a["name"] or "").lower())
                                  for a in found)
    assert api.get("/api/actors", params={"q": "%"}).json()["items"] == []  # LIKE wildcards are escaped
    actor = api.get("/api/actors/USA").json()
    assert actor["events"] == actor["as_source"] + actor["as_target"] > 0
    assert actor["timeline"] and actor["timeline"][0]["period"] == "2023-11"
    assert actor["partners"][0]["partner"] == "KOR"
    by_day = api.get("/api/actors/KOR", params={"by": "day"}).json()
    assert by_day["timeline"] and all(p["period"].startswith("2023-11-") and len(p["period"]) == 10
                                      for p in by_day["timeline"])
    assert sum(p["events"] for p in by_day["timeline"]) == by_day["events"]
    error_of(api.get("/api/actors/ZZZ"), 404)
    error_of(api.get("/api/actors/USA", params={"by": "year"}), 400)
    error_of(api.get("/api/actors", params={"limit": 0}), 400)


def test_dyads(api, error_of):
    items = api.get("/api/dyads", params={"limit": 5}).json()["items"]
    assert 0 < len(items) <= 5
    assert [d["events"] for d in items] == sorted((d["events"] for d in items), reverse=True)
    assert {"source": "USA", "target": "KOR"}.items() <= next(d for d in items if d["source"] == "USA").items()
    error_of(api.get("/api/dyads", params={"limit": -5}), 400)
    error_of(api.get("/api/dyads", params={"from": "2023-02-30"}), 400)


def test_timeline(api, error_of):
    got = api.get("/api/timeline", params={"a": "USA", "b": "KOR", "by": "day"}).json()
    events = api.get("/api/events", params={"source": "USA", "target": "KOR", "limit": 500}).json()
    assert sum(p["events"] for p in got["points"]) == events["total"]
    point = got["points"][0]
    assert point["cooperation"] + point["conflict"] == point["events"]
    assert point["mean_goldstein"] == pytest.approx(point["goldstein"] / point["events"], abs=1e-3)
    month = api.get("/api/timeline", params={"a": "USA", "b": "KOR", "by": "month", "both": "true"}).json()
    assert month["points"][0]["period"] == "2023-11"
    error_of(api.get("/api/timeline", params={"a": "USA"}), 400)
    error_of(api.get("/api/timeline", params={"a": "USA", "b": "KOR", "by": "hour"}), 400)


def test_network(api, error_of):
    net = api.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and {e["source"] for e in net["edges"]} | {e["target"] for e in net["edges"]} == ids
    for edge in net["edges"]:
        assert edge["cooperation"] + edge["conflict"] == edge["events"]
        assert -10 <= edge["mean_goldstein"] <= 10
    assert len(api.get("/api/network", params={"limit": 1}).json()["edges"]) == 1
    # Root 19 (fight) is material conflict: a filtered network holds conflict only.
    for edge in api.get("/api/network", params={"root": "19"}).json()["edges"]:
        assert edge["conflict"] == edge["events"] and edge["cooperation"] == 0
    error_of(api.get("/api/network", params={"limit": 100000}), 400)


def test_extract_stores_nothing(api, error_of):
    before = api.get("/api/stats").json()
    got = api.post("/api/extract", json={"text": "Blinken met Park Jin in Seoul on Thursday.",
                                         "date": "2023-11-09"}).json()
    assert got["events"] and got["events"][0]["cameo"].startswith("04")
    assert got["events"][0]["source"]["code"] == "USAGOV"
    assert api.get("/api/stats").json() == before
    error_of(api.post("/api/extract", json={"text": ""}), 400)
    error_of(api.post("/api/extract", json={"text": "x", "date": "9 May"}), 400)
    error_of(api.post("/api/extract", json={"words": "x"}), 400)
    error_of(api.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}), 400)


NEW_DOC = {"id": "api-ingest-doc", "date": "2024-05-02", "title": "Tokyo and Beijing",
           "text": "Japan criticised China on Thursday over the drills near Taiwan."}


def test_ingest_needs_the_token(api, error_of):
    body = {"documents": [NEW_DOC]}
    assert error_of(api.post("/api/ingest", json=body), 401)["detail"].startswith("This endpoint needs")
    error_of(api.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}), 403)
    error_of(api.post("/api/ingest", json=body, headers={"Authorization": "Basic abc"}), 401)
    assert api.get(f"/api/documents/{NEW_DOC['id']}").status_code == 404


def test_ingest_with_the_token_stores(api, server, error_of):
    auth = {"Authorization": f"Bearer {server.token}"}
    report = api.post("/api/ingest", json={"documents": [NEW_DOC]}, headers=auth).json()
    assert report["coded"] + report["skipped"] == 1
    doc = api.get(f"/api/documents/{NEW_DOC['id']}").json()
    assert doc["title"] == NEW_DOC["title"] and doc["published"] == "2024-05-02"
    again = api.post("/api/ingest", json={"documents": [NEW_DOC]}, headers=auth).json()
    assert again["skipped"] == 1 and again["events"] == 0  # idempotent
    error_of(api.post("/api/ingest", json={"documents": []}, headers=auth), 400)


def test_openapi_docs(api):
    spec = api.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/actors",
            "/api/actors/{key}", "/api/dyads", "/api/timeline", "/api/network", "/api/stats",
            "/api/extract", "/api/ingest"} <= paths
    docs = api.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()


def test_no_cors_by_default(api):
    response = api.get("/api/stats", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers


# In-process applications for what the shared server cannot show.

def _call(app, method: str, path: str, **kwargs) -> httpx.Response:
    """One request to an application in this process (no lifespan: the factory opened the store)."""
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(go())


def test_writes_disabled_without_a_configured_token(web_db, settings, error_of):
    app = create_app(settings.replace(db=web_db, api_token=""))
    try:
        response = _call(app, "POST", "/api/ingest", json={"documents": [NEW_DOC]},
                         headers={"Authorization": "Bearer anything"})
        assert "EVENTWIRE_API_TOKEN" in error_of(response, 403)["detail"]
    finally:
        app.state.store.close()


def test_unexpected_errors_have_the_shape_and_no_traceback(web_db, settings, error_of, caplog):
    app = create_app(settings.replace(db=web_db))

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    try:
        response = _call(app, "GET", "/api/boom")
        error = error_of(response, 500)
        assert "secret internals" not in response.text and "RuntimeError" not in error["detail"]
        assert "secret internals" in caplog.text  # logged for the operator
        page = _call(app, "GET", "/events/nope", headers={"Accept": "text/html"})
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
        assert "No event" in page.text
    finally:
        app.state.store.close()
