"""The dashboard pages over HTTP: each has a .json twin, text is escaped, assets are local."""

from __future__ import annotations

import re

import pytest
from webdata import XSS_ID, XSS_MARKUP

HTML = {"Accept": "text/html"}


def _pages(api) -> list[tuple[str, str]]:
    event = api.get("/api/events", params={"limit": 1}).json()["items"][0]
    return [
        ("/", "/index.json"),
        ("/events?source=USA", "/events.json?source=USA"),
        (f"/events/{event['event_id']}", f"/events/{event['event_id']}.json"),
        ("/documents/blinken-seoul", "/documents/blinken-seoul.json"),
        ("/actors?q=kor", "/actors.json?q=kor"),
        ("/actors/KOR", "/actors/KOR.json"),
        ("/timeline?a=USA&b=KOR", "/timeline.json?a=USA&b=KOR"),
        ("/network", "/network.json"),
    ]


def test_every_page_has_a_json_twin(api):
    for page, twin in _pages(api):
        html = api.get(page, headers=HTML)
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html"), page
        assert f'href="{twin.replace("&", "&amp;")}"' in html.text, page
        data = api.get(twin)
        assert data.status_code == 200 and data.headers["content-type"] == "application/json", twin
        assert isinstance(data.json(), dict)


def test_twins_carry_the_api_data(api):
    assert api.get("/index.json").json()["stats"] == api.get("/api/stats").json()
    assert api.get("/documents/blinken-seoul.json").json() == api.get("/api/documents/blinken-seoul").json()
    twin = api.get("/events.json", params={"source": "USA", "limit": 5}).json()
    assert twin["items"] == api.get("/api/events", params={"source": "USA", "limit": 5}).json()["items"]
    assert twin["filters"] == {"source": "USA"}
    net = api.get("/network.json").json()
    assert net["edges"] == api.get("/api/network").json()["edges"]


def test_empty_form_fields_mean_no_filter(api):
    empty = api.get("/events.json", params={"source": "", "from": "", "modality": ""}).json()
    assert empty["filters"] == {} and empty["total"] == api.get("/api/stats").json()["events"]


def test_markup_in_articles_is_escaped(api):
    for path in (f"/documents/{XSS_ID}", "/events?source=FRA", "/"):
        page = api.get(path, headers=HTML).text
        assert XSS_MARKUP not in page, path
    article = api.get(f"/documents/{XSS_ID}", headers=HTML).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Paris talks" in article


def test_assets_are_served_locally(api):
    for page, _ in _pages(api):
        html = api.get(page, headers=HTML).text
        for url in re.findall(r'(?:src|href)="([^"]+)"', html):
            if url.startswith(("http://", "https://", "//")):
                assert "example.org" in url, f"{page} links to {url}"  # only the article's own URL
                continue
            if url.startswith("/static/"):
                assert api.get(url).status_code == 200, url
    headers = api.get("/", headers=HTML).headers
    assert "default-src 'self'" in headers["content-security-policy"]


@pytest.mark.parametrize("path", ["/documents/nope", "/events/nope", "/actors/ZZZ", "/events?limit=0"])
def test_page_errors_share_the_shape(api, error_of, path):
    status = 400 if "limit" in path else 404
    twin_path = path.replace("?", ".json?") if "?" in path else path + ".json"
    error_of(api.get(twin_path), status)
    page = api.get(path, headers=HTML)
    assert page.status_code == status and page.headers["content-type"].startswith("text/html")
    assert '"error"' in page.text and "Traceback" not in page.text
