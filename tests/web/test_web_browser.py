"""The dashboard in a real Chromium (Debian's, driven by Playwright) against the running server.

Every test fails on a console error, an uncaught page error, a failed
request, an error response it did not expect, a request to another host
(the pages must work offline) or a JavaScript dialog (escaping). Each test
saves a full-page screenshot in ``test-artifacts/``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from webdata import XSS_DOC, XSS_ID, XSS_MARKUP

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not installed at /usr/bin/chromium; "
                       "install it with `make system-deps` (apt-get install -y chromium)"),
]


class PageProblems:
    """What went wrong in the page; checked after every test."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.problems: list[str] = []
        self.expected_status: set[int] = set()

    def watch(self, page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        page.on("requestfailed", self._request_failed)
        page.on("dialog", self._dialog)
        page.on("response", self._response)

    def _console(self, msg) -> None:
        if msg.type != "error":
            return
        if any(f"status of {status}" in msg.text for status in self.expected_status):
            return  # Chromium's own line for a response the test asked for
        self.problems.append(f"console: {msg.text} at {msg.location.get('url')}")

    def _request_failed(self, request) -> None:
        if request.failure == "net::ERR_ABORTED":
            return  # Chromium cancels what a page still loads (its icon) when the test leaves it: no fault
        self.problems.append(f"failed request: {request.url} {request.failure}")

    def _dialog(self, dialog) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def _response(self, response) -> None:
        if response.status >= 400 and response.status not in self.expected_status:
            self.problems.append(f"HTTP {response.status}: {response.url}")


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("chromium")
    env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache")}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, env=env)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser, server, request) -> Iterator:
    context = browser.new_context(base_url=server.url, viewport={"width": 1400, "height": 1000})
    watch = PageProblems(server.url)
    origin = urlsplit(server.url).netloc

    def offline_only(route) -> None:
        if urlsplit(route.request.url).netloc == origin:
            route.continue_()
        else:
            watch.problems.append(f"request to another host: {route.request.url}")
            route.abort()

    context.route("**/*", offline_only)
    page = context.new_page()
    watch.watch(page)
    page.problems = watch  # the test may allow an expected error status
    try:
        yield page
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", request.node.name)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        assert not watch.problems, "\n".join(watch.problems)
    finally:
        context.close()


def _text(locator) -> str:
    return " ".join(locator.inner_text().split())


def test_overview(page, api):
    stats = api.get("/api/stats").json()
    page.goto("/")
    for name in ("documents", "events", "clusters", "actors"):
        assert page.locator(f'[data-stat="{name}"] .value').inner_text() == str(stats[name])
    dyads = api.get("/api/dyads", params={"limit": 10}).json()["items"]
    rows = page.locator("table.dyads tbody tr")
    assert rows.count() == len(dyads)
    assert _text(rows.first).startswith(f"{dyads[0]['source']} {dyads[0]['target']} {dyads[0]['events']}")
    assert page.locator("table.events tbody tr").count() == min(10, stats["events"])


def test_event_search_with_a_filter(page, api):
    page.goto("/events")
    total = api.get("/api/events", params={"limit": 1}).json()["total"]
    assert page.locator("#total").inner_text() == str(total)
    page.fill('input[name="source"]', "USA")
    page.select_option('select[name="sort"]', "-goldstein")
    page.click('form#filters button[type="submit"]')
    page.wait_for_url(re.compile(r"source=USA"))
    wanted = api.get("/api/events", params={"source": "USA", "sort": "-goldstein", "limit": 50}).json()
    assert page.locator("#total").inner_text() == str(wanted["total"]) and wanted["total"] < total
    rows = page.locator("table.events tbody tr")
    assert rows.count() == len(wanted["items"])
    assert [rows.nth(i).get_attribute("data-event-id") for i in range(rows.count())] == \
        [e["event_id"] for e in wanted["items"]]
    assert page.input_value('input[name="source"]') == "USA"
    page.select_option('select[name="modality"]', "reported")
    page.click('form#filters button[type="submit"]')
    page.wait_for_url(re.compile(r"modality=reported"))
    reported = api.get("/api/events", params={"source": "USA", "modality": "reported"}).json()["total"]
    assert page.locator("#total").inner_text() == str(reported)


def test_click_from_an_event_to_its_article_highlights_the_evidence(page, api):
    events = api.get("/api/events", params={"source": "USA", "limit": 50}).json()["items"]
    target = events[-1]
    page.goto("/events?source=USA")
    page.locator(f'tr[data-event-id="{target["event_id"]}"] a.article-link').click()
    page.wait_for_url(re.compile(r"/documents/blinken-seoul\?event=" + target["event_id"]))
    highlighted = page.locator(".seg.hl")
    assert highlighted.count() > 0
    assert " ".join("".join(highlighted.all_inner_texts()).split()) == " ".join(target["evidence"].split())
    assert highlighted.first.is_visible()
    assert page.locator(f'.event-item.active[data-event="{target["event_id"]}"]').count() == 1
    # The evidence shows its actors and its trigger.
    assert highlighted.locator("mark.trigger").count() >= 1
    assert highlighted.locator("mark.actor").count() >= 1
    # Clicking another event in the list moves the highlight to its sentence.
    other = next(e for e in api.get("/api/documents/blinken-seoul").json()["events"]
                 if e["sentence_index"] != target["sentence_index"])
    page.locator(f'.event-item[data-event="{other["event_id"]}"]').click()
    assert " ".join("".join(page.locator(".seg.hl").all_inner_texts()).split()) == " ".join(other["evidence"].split())
    assert page.locator(".event-item.active").get_attribute("data-event") == other["event_id"]
    assert f"event={other['event_id']}" in page.url


def test_article_spans_and_escaped_markup(page, api):
    doc = api.get(f"/api/documents/{XSS_ID}").json()
    page.goto(f"/documents/{XSS_ID}")
    assert page.locator("#doc-title").inner_text() == XSS_DOC["title"]  # shown as text, not run
    assert page.title().startswith(XSS_MARKUP)
    assert XSS_MARKUP in page.locator("#article-text").inner_text()
    assert page.locator("#article-text script").count() == 0
    actors = page.locator("#article-text mark.actor")
    assert actors.all_inner_texts() == [m["text"] for m in doc["mentions"]]
    assert page.locator("#article-text mark.trigger").all_inner_texts() == [t["text"] for t in doc["triggers"]]
    assert page.locator(".event-item").count() == len(doc["events"])


def test_event_page(page, api):
    event = api.get("/api/events", params={"target": "LBY", "limit": 1}).json()["items"][0]
    page.goto(f"/events/{event['event_id']}")
    assert _text(page.locator("#evidence")) == " ".join(event["evidence"].split())
    assert page.locator("ul.cluster li").count() == api.get(f"/api/events/{event['event_id']}").json()["cluster"]["n_mentions"]
    page.locator("a.article-link").click()
    page.wait_for_url(re.compile(r"/documents/"))
    assert page.locator(".seg.hl").count() > 0


def test_actor_search_and_page(page, api):
    page.goto("/actors")
    page.fill('input[name="q"]', "kor")
    page.click("form#actor-search button")
    page.wait_for_url(re.compile(r"q=kor"))
    found = api.get("/api/actors", params={"q": "kor"}).json()["items"]
    assert page.locator("table.actors tbody tr").count() == len(found)
    page.locator("table.actors tbody a", has_text=re.compile(r"^KOR$")).first.click()
    page.wait_for_url(re.compile(r"/actors/KOR$"))
    actor = api.get("/api/actors/KOR").json()
    assert page.locator("#actor-events").inner_text() == str(actor["events"])
    assert page.locator("table.partners tbody tr").count() == len(actor["partners"])
    chart = page.evaluate("() => { const c = Chart.getChart('actor-chart'); return c && c.data.labels; }")
    assert chart == [p["period"] for p in actor["timeline"]]


def test_dyad_timeline_chart(page, api):
    points = api.get("/api/timeline", params={"a": "TUR", "b": "LBY", "by": "day"}).json()["points"]
    page.goto("/timeline?a=TUR&b=LBY&by=day")
    assert page.locator("#dyad").inner_text() == "TUR → LBY"
    chart = page.evaluate("""() => { const c = Chart.getChart('timeline-chart');
        return {labels: c.data.labels, sets: c.data.datasets.map(d => [d.label, d.data])}; }""")
    assert chart["labels"] == [p["period"] for p in points]
    sets = dict(chart["sets"])
    assert sets["Cooperation"] == [p["cooperation"] for p in points]
    assert sets["Conflict"] == [-p["conflict"] for p in points]
    assert sets["Mean Goldstein"] == pytest.approx([p["mean_goldstein"] for p in points])
    page.select_option('select[name="by"]', "month")
    page.click("form#timeline-form button")
    page.wait_for_url(re.compile(r"by=month"))
    labels = page.evaluate("() => Chart.getChart('timeline-chart').data.labels")
    assert labels == [p["period"] for p in api.get("/api/timeline", params={"a": "TUR", "b": "LBY", "by": "month"}).json()["points"]]


def test_network_graph(page, api):
    net = api.get("/api/network").json()
    page.goto("/network")
    page.wait_for_selector("#network-graph[data-ready]")
    assert page.get_attribute("#network-graph", "data-ready") == str(len(net["nodes"]))
    assert page.locator("#network-graph canvas").count() > 0
    assert page.locator("#n-edges").inner_text() == str(len(net["edges"]))


def test_api_docs_work_offline(page):
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".swagger-ui .opblock").count() >= 11


def test_error_page(page):
    page.problems.expected_status.add(404)
    response = page.goto("/documents/no-such-document")
    assert response is not None and response.status == 404
    assert "No document" in page.locator(".error-detail").inner_text()
