"""The application factory: the REST API, the dashboard and their static assets.

>>> from eventwire import load_settings
>>> from eventwire.api import create_app
>>> app = create_app(load_settings({"db": "sqlite:///eventwire.db"}))  # doctest: +SKIP
>>> # uvicorn.run(app, host="127.0.0.1", port=8000)

The store named by ``settings.db`` is opened here (a bad URL fails at once)
and closed when the server stops. No CORS headers are sent: the dashboard
is served by the same origin. Request bodies over ``max_request_bytes`` get
a 413, requests over ``request_timeout`` seconds a 503 (:mod:`.guards`). Every response carries a Content Security
Policy that allows scripts, styles and images from the application only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from ..config import Settings
from ..store import open_store
from .errors import install_error_handlers
from .guards import BodyLimit, TimeLimit, limit_statements

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
# Cytoscape sets inline styles, hence 'unsafe-inline' for styles (never for scripts).
# Swagger UI (vendored, not FastAPI's CDN default) starts with an inline script.
DOCS_PATHS = ("/docs",)
SWAGGER = "/static/vendor/swagger-ui-dist/"


def create_app(settings: Settings) -> FastAPI:
    """The FastAPI application over the store at ``settings.db``; writes need ``settings.api_token``."""
    from .. import __version__
    from ..web import install_web
    from .routes import router

    store = open_store(settings.db)
    limit_statements(store.engine, settings.request_timeout)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Political event data from news: events, documents, actors, dyads, timelines, networks. "
        "Every error has the shape `{\"error\": {\"status\", \"title\", \"detail\"}}`.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.nlp_lock = threading.Lock()
    install_error_handlers(app)
    app.include_router(router)
    install_web(app)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """The OpenAPI documentation, served offline from the vendored Swagger UI."""
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="eventwire API",
                                   swagger_js_url=SWAGGER + "swagger-ui-bundle.js",
                                   swagger_css_url=SWAGGER + "swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    # Inner to outer: the time limit, the body limit, then the security headers on every answer.
    app.add_middleware(TimeLimit, seconds=settings.request_timeout)
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)

    @app.middleware("http")
    async def _security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        if not request.url.path.startswith(DOCS_PATHS):
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
        return response

    log.info("serving %r (writes %s)", store, "enabled" if settings.api_token else "disabled")
    return app
