"""The dashboard: server-rendered pages (Jinja2, autoescaped) and their static assets.

Every asset is served by the application from ``static/``: the page scripts
in ``static/js`` only configure the chart and graph libraries vendored from
npm into ``static/vendor`` (``scripts/vendor-web-assets.sh``, versions
pinned by ``web/package-lock.json``). Nothing is fetched from elsewhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

HERE = Path(__file__).parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"


def _quote_path(value: Any) -> str:
    """A value as one URL path part that may hold '/' (document ids do)."""
    return quote(str(value), safe="/")


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # article text and titles come from the web: always escaped
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["path"] = _quote_path
    env.filters["signed"] = lambda x: f"{x:+.1f}" if isinstance(x, (int, float)) else ""
    return Jinja2Templates(env=env)


def install_web(app: FastAPI) -> None:
    """Add the pages, the static files and the HTML error page to ``app``."""
    from .. import __version__
    from .pages import router

    templates = make_templates()
    templates.env.globals["version"] = __version__
    app.state.templates = templates

    def render_error(request: Request, body: dict[str, Any], status: int, headers: dict[str, str] | None) -> Response:
        return templates.TemplateResponse(request, "error.html", {"data": body, "json_url": None},
                                          status_code=status, headers=headers)

    app.state.render_error = render_error
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
