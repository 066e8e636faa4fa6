"""One error shape for every error of the REST API and the dashboard.

``{"error": {"status": 404, "title": "Not Found", "detail": "No event 'x'."}}``,
plus ``"errors"`` (where and what) for a request that fails validation.
API paths and ``.json`` twins answer with the JSON; a browser asking for a
page gets the same object rendered in an HTML page. Unexpected errors are
logged with their traceback and answered with a 500 that shows none.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import EventwireError

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error answered with ``status`` and a detail that says the cause and the fix."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers


def error_body(status: int, detail: str, **extra: Any) -> dict[str, Any]:
    """The one JSON error object."""
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    return {"error": {"status": status, "title": title, "detail": detail, **extra}}


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path.endswith(".json") or path.startswith("/static/"):
        return True
    return "text/html" not in request.headers.get("accept", "")


def error_response(request: Request, status: int, detail: str, headers: dict[str, str] | None = None,
                   **extra: Any) -> Response:
    body = error_body(status, detail, **extra)
    if not wants_json(request):
        render = getattr(request.app.state, "render_error", None)
        if render is not None:
            return render(request, body, status, headers)
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    found = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body")]
        found.append({"where": ".".join(loc) or "request", "problem": str(err.get("msg", "invalid"))})
    return found


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error, from any route or from routing itself, in the one shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.detail, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"Nothing at {request.url.path}; the API is described at /docs."
        return error_response(request, exc.status_code, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = _validation_errors(exc)
        detail = "; ".join(f"{e['where']}: {e['problem']}" for e in errors) or "Bad request."
        return error_response(request, 400, detail, errors=errors)

    @app.exception_handler(EventwireError)
    async def _eventwire_error(request: Request, exc: EventwireError) -> Response:
        # Library errors raised on request values (a bad date, an unknown modality).
        return error_response(request, 400, str(exc))

    @app.exception_handler(OperationalError)
    async def _store_busy(request: Request, exc: OperationalError) -> Response:
        # A statement stopped by the time limit (api/guards.py), a locked or unreachable database.
        from .guards import is_timeout

        log.warning("store error on %s %s: %s", request.method, request.url.path, exc.orig)
        if is_timeout(exc):
            limit = request.app.state.settings.request_timeout
            detail = (f"The query took longer than the limit request_timeout={limit:g} s; narrow it "
                      "(filters, a smaller limit) or raise the setting request_timeout.")
        else:
            detail = "The store is busy or unreachable; try again shortly."
        return error_response(request, 503, detail, {"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(request, 500, "Unexpected server error; the server log has the details.")
