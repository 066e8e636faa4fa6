"""Hostile requests: injection strings in every filter, markup in every page, limits, token, CORS, binding.

Against the shared real server (``server`` in conftest.py) where it can show
the behaviour, and in-process applications for what needs other settings.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import socket
import subprocess
import sys
import time

import httpx
import pytest
from sqlalchemy.exc import OperationalError
from webdata import XSS_ID, XSS_MARKUP

from eventwire.api import create_app
from eventwire.api.routes import require_token
from eventwire.cli import build_parser
from eventwire.store import open_store

HTML = {"Accept": "text/html"}
HOSTILE = [
    "' OR 1=1 --",
    '"; DROP TABLE events; --',
    "%",
    "_",
    "%_%",
    "\\",
    "USA' UNION SELECT sql FROM sqlite_master --",
    "Ünïcødé 🙂 ＵＳＡ",
    "\u202eASU",
    "A" * 5000,
    XSS_MARKUP,
]
# Every filter of every read endpoint and page (path, parameter).
FILTERED = [
    *[(path, name) for path in ("/api/events", "/events", "/events.json", "/api/network", "/network",
                                "/network.json", "/api/dyads", "/api/timeline?a=USA&b=KOR")
      for name in ("source", "target", "actor", "root", "from", "to", "modality")],
    ("/api/events", "sort"), ("/api/events", "limit"), ("/api/events", "offset"),
    ("/api/actors", "q"), ("/actors", "q"), ("/actors.json", "q"), ("/api/actors", "limit"),
    ("/api/actors/USA", "by"), ("/api/actors/USA", "partners"), ("/actors/USA", "by"),
    ("/api/timeline?b=KOR", "a"), ("/api/timeline?a=USA", "b"), ("/api/timeline?a=USA&b=KOR", "by"),
    ("/api/timeline?a=USA&b=KOR", "both"), ("/timeline", "a"), ("/timeline.json", "b"), ("/timeline", "by"),
    ("/api/network", "min_events"), ("/api/dyads", "limit"), (f"/documents/{XSS_ID}", "event"),
]
PATHS = ["/api/events/{}", "/api/documents/{}", "/api/actors/{}", "/events/{}", "/events/{}.json",
         "/documents/{}", "/documents/{}.json", "/actors/{}", "/actors/{}.json"]


def _check(response: httpx.Response, error_of, what: str) -> None:
    assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    if response.status_code >= 400:
        if response.headers["content-type"].startswith("application/json"):
            error_of(response, response.status_code)
        else:
            assert '"error"' in response.text and "Traceback" not in response.text
        return
    if response.headers["content-type"].startswith("text/html"):
        assert XSS_MARKUP not in response.text, f"{what}: markup reflected unescaped"
        assert "<script>alert" not in response.text


def _tables(db: str) -> dict[str, int]:
    from sqlalchemy import func, select

    from eventwire.store import schema

    with open_store(db) as store, store.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in schema.metadata.sorted_tables}


def test_injection_strings_in_every_filter_never_break_the_store(api, server, error_of):
    before = _tables(server.db)
    stats = api.get("/api/stats").json()
    for path, name in FILTERED:
        for value in HOSTILE:
            for headers in ({}, HTML):
                response = api.get(path, params={name: value}, headers=headers)
                _check(response, error_of, f"{path} {name}={value[:30]!r}")
                body = response.json() if response.headers["content-type"] == "application/json" else None
                if response.status_code == 200 and body and name in ("source", "target", "actor") \
                        and path.endswith("events"):
                    assert body["total"] == 0 and body["items"] == [], (path, name, value)
                if response.status_code == 200 and body and name == "q":
                    assert body["items"] == [] or value in ("_", "%", "\\", "%_%") and all(
                        value in (i.get("code", "") + i.get("name", "")) for i in body["items"]), (path, value)
    for template in PATHS:
        for value in HOSTILE:
            response = api.get(template.format(httpx.URL(path="/" + value).raw_path.decode()[1:]), headers=HTML)
            _check(response, error_of, f"{template} {value[:30]!r}")
            assert response.status_code == 404 or value in ("%", "_"), (template, value, response.status_code)
    assert _tables(server.db) == before
    assert api.get("/api/stats").json() == stats


def test_page_size_is_bounded(api, error_of):
    for path in ("/api/events", "/events.json", "/api/actors", "/api/dyads", "/api/network", "/network.json"):
        error_of(api.get(path, params={"limit": 501}), 400)
        error_of(api.get(path, params={"limit": 0}), 400)
        assert api.get(path, params={"limit": 500}).status_code == 200, path
    error_of(api.get("/api/events", params={"offset": 10**12}), 400)


def test_every_page_escapes_article_text_and_titles(api):
    xss_events = api.get("/api/events", params={"limit": 500}).json()["items"]
    xss_events = [e for e in xss_events if e["doc_id"] == XSS_ID]
    assert xss_events, "the <script> document has events"
    event = xss_events[0]
    source = event["source"]["code"]
    target = (event.get("target") or {}).get("code") or source
    pages = ["/", f"/documents/{XSS_ID}", f"/documents/{XSS_ID}?event={event['event_id']}",
             f"/events/{event['event_id']}", f"/events?source={source}", "/events?limit=500",
             f"/actors/{source}", f"/actors?q={source}", f"/timeline?a={source}&b={target}", "/network",
             f"/events/{XSS_MARKUP}", f"/actors/{XSS_MARKUP}"]
    for page in pages:
        response = api.get(page, headers=HTML)
        assert response.headers["content-type"].startswith("text/html"), page
        assert XSS_MARKUP not in response.text, page
        assert "<script>alert" not in response.text, page
    article = api.get(f"/documents/{XSS_ID}", headers=HTML).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article


def test_write_token_is_compared_in_constant_time(api, server, error_of):
    assert "hmac.compare_digest" in inspect.getsource(require_token)
    doc = {"documents": [{"text": "France met Germany.", "id": "tok"}]}
    same_length = "x" * len(server.token)
    for header in (f"Bearer {same_length}", f"Bearer {server.token[:-1]}", f"Bearer {server.token}x",
                   "Bearer ünïcødé", f"Basic {server.token}", f"Bearer  {server.token[:3]}"):
        response = api.post("/api/ingest", json=doc, headers={"Authorization": header.encode("utf-8")})
        assert response.status_code in (401, 403), header
        error_of(response, response.status_code)
    error_of(api.post("/api/ingest", json=doc), 401)


def test_cors_is_off_for_preflight_and_requests(api):
    origin = {"Origin": "https://evil.example"}
    preflight = api.options("/api/events", headers={**origin, "Access-Control-Request-Method": "GET"})
    assert preflight.status_code >= 400
    for response in (preflight, api.get("/api/events", headers=origin), api.get("/", headers=origin)):
        assert not any(h.startswith("access-control-") for h in response.headers)


def test_request_body_limit_on_the_server(api, error_of):
    big = b'{"text": "' + b"a" * 16_500_000 + b'"}'
    response = api.post("/api/extract", content=big, headers={"Content-Type": "application/json"})
    assert "max_request_bytes" in error_of(response, 413)["detail"]


# In-process applications for other settings.

def _call(app, method: str, path: str, **kwargs) -> tuple[httpx.Response, float]:
    async def go() -> tuple[httpx.Response, float]:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            started = time.monotonic()
            response = await client.request(method, path, **kwargs)
            return response, time.monotonic() - started

    # In a thread of its own: the browser tests' Playwright keeps an event loop in this one.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, go()).result()


def test_request_body_limit_counts_chunked_bodies(web_db, settings, error_of):
    app = create_app(settings.replace(db=web_db, max_request_bytes=1000))
    try:
        response, _ = _call(app, "POST", "/api/extract", json={"text": "France met Germany. " * 100})
        error_of(response, 413)

        async def chunks():
            for _ in range(20):
                yield b'{"text": "' + b"a" * 100 + b'"}'

        response, _ = _call(app, "POST", "/api/extract", content=chunks(),
                            headers={"Content-Type": "application/json"})
        assert "max_request_bytes=1,000" in error_of(response, 413)["detail"]
        ok, _ = _call(app, "GET", "/api/stats")
        assert ok.status_code == 200
    finally:
        app.state.store.close()


def test_slow_requests_get_a_503_in_time(web_db, settings, error_of):
    app = create_app(settings.replace(db=web_db, request_timeout=0.5))

    @app.get("/api/slow")
    def slow() -> dict:
        time.sleep(2)
        return {}

    try:
        response, took = _call(app, "GET", "/api/slow")
        assert "request_timeout=0.5" in error_of(response, 503)["detail"]
        assert took < 1.8
    finally:
        app.state.store.close()


def test_long_sqlite_statements_are_stopped(web_db, settings, error_of):
    app = create_app(settings.replace(db=web_db, request_timeout=0.5))
    endless = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r"

    @app.get("/api/endless")
    def run_endless() -> dict:
        with app.state.store.engine.connect() as conn:
            conn.exec_driver_sql(endless).scalar_one()
        return {}

    try:
        started = time.monotonic()
        with pytest.raises(OperationalError, match="interrupted"), app.state.store.engine.connect() as conn:
            conn.exec_driver_sql(endless).scalar_one()
        assert time.monotonic() - started < 5
        response, _ = _call(app, "GET", "/api/endless")
        error_of(response, 503)
        ok, _ = _call(app, "GET", "/api/events", params={"limit": 5})
        assert ok.status_code == 200  # the connection is usable after the interruption
    finally:
        app.state.store.close()


def test_serve_binds_to_loopback_by_default(web_db, tmp_path):
    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", web_db, "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        assert f"on http://127.0.0.1:{port}/" in log.read_text()
        other = _non_loopback_address()
        if other is not None:
            with socket.socket() as s, pytest.raises(OSError):
                s.settimeout(2)
                s.connect((other, port))
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def _non_loopback_address() -> str | None:
    """An address of this machine other than loopback, if it has one (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            address = s.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address
