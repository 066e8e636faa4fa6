"""The REST API: ``create_app(settings)`` builds the FastAPI application (API, dashboard, docs).

Run it with ``eventwire serve`` (uvicorn, 127.0.0.1:8000 by default).
"""

from __future__ import annotations

from .app import create_app
from .errors import ApiError, error_body

__all__ = ["ApiError", "create_app", "error_body"]
