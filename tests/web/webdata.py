"""Constants and checks shared by the web tests (imported by conftest and the test modules)."""

from __future__ import annotations

import httpx

TOKEN = "web-test-token-6f1c"
XSS_ID = "xss-test"
XSS_MARKUP = "<script>alert(1)</script>"
XSS_DOC = {
    "id": XSS_ID,
    "date": "2024-03-05",
    "title": f"{XSS_MARKUP} Paris talks",
    "source": "Test Wire",
    "url": "https://example.org/xss?a=1&b=2",
    "text": f"France criticised Germany on Tuesday over the budget. {XSS_MARKUP} "
            "The French president met the German chancellor in Paris on Tuesday.",
}


def assert_error_shape(response: httpx.Response, status: int) -> dict:
    """The one error shape: ``{"error": {"status", "title", "detail"}}``, JSON, no traceback."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status
    assert isinstance(error["title"], str) and error["title"]
    assert isinstance(error["detail"], str) and error["detail"]
    assert set(error) <= {"status", "title", "detail", "errors"}
    assert "Traceback" not in response.text
    return error
