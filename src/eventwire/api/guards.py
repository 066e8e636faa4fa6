"""Server limits: request body size, request time, database statement time.

* :class:`BodyLimit` answers 413 to a body over ``max_request_bytes``, told
  by its ``Content-Length`` before anything is read, or counted as a chunked
  body arrives.
* :class:`TimeLimit` answers 503 when a request takes longer than
  ``request_timeout`` seconds. ``POST /api/ingest`` (behind the token, and
  bounded per document by ``doc_timeout``) is not limited. The work of a
  request that runs in a worker thread cannot be stopped from outside, so
  :func:`limit_statements` also stops the database: SQLite through a
  progress handler that interrupts a statement past its deadline, PostgreSQL
  with ``statement_timeout``.

All answers have the one error shape (:mod:`eventwire.api.errors`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from sqlalchemy import Engine, event
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import error_body

log = logging.getLogger(__name__)

UNLIMITED_TIME = (("POST", "/api/ingest"),)
_PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between two looks at the clock


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.limit <= 0:
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await _answer(send, 400, "Bad Content-Length header.")
                return
            if size > self.limit:
                await _answer(send, 413, self._detail(size))
                return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    # Raised while the application reads the body: answered in the shape by its handlers.
                    raise HTTPException(413, self._detail(seen))
            return message

        await self.app(scope, counted, send)

    def _detail(self, size: int) -> str:
        return (f"The request body has {size:,} bytes, more than the limit max_request_bytes={self.limit:,}; "
                "send fewer documents per request.")


class TimeLimit:
    """Answer 503 to a request still running after ``seconds``."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.seconds <= 0 or (scope["method"], scope["path"]) in UNLIMITED_TIME:
            await self.app(scope, receive, send)
            return
        started = False
        expired = False

        async def guarded(message: Message) -> None:
            nonlocal started
            if expired:
                return  # the client has its 503; a late answer goes nowhere
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        task = asyncio.ensure_future(self.app(scope, receive, guarded))
        done, _ = await asyncio.wait({task}, timeout=self.seconds)
        if task in done:
            task.result()  # re-raise what the application raised
            return
        expired = True
        task.cancel()
        task.add_done_callback(_retrieve)
        log.warning("%s %s took longer than request_timeout=%s s", scope["method"], scope["path"], self.seconds)
        if not started:
            await _answer(send, 503, f"The request took longer than the limit request_timeout={self.seconds:g} s; "
                                     "narrow it (filters, a smaller limit) or raise the setting request_timeout.")


def _retrieve(task: asyncio.Future[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.debug("a timed-out request ended with %r", task.exception())


async def _answer(send: Send, status: int, detail: str) -> None:
    response = JSONResponse(error_body(status, detail), status_code=status)
    await response({"type": "http"}, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.disconnect"}


def limit_statements(engine: Engine, seconds: float) -> None:
    """Stop any database statement of ``engine`` that runs longer than ``seconds``."""
    if seconds <= 0:
        return
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _progress(dbapi_conn: Any, record: Any) -> None:
            info = record.info

            def over() -> int:
                deadline = info.get("eventwire_deadline")
                return 1 if deadline is not None and time.monotonic() > deadline else 0

            dbapi_conn.set_progress_handler(over, _PROGRESS_STEPS)

        @event.listens_for(engine, "before_cursor_execute")
        def _start(conn: Any, *_args: Any) -> None:
            conn.info["eventwire_deadline"] = time.monotonic() + seconds
    elif engine.dialect.name == "postgresql":
        @event.listens_for(engine, "connect")
        def _timeout(dbapi_conn: Any, _record: Any) -> None:
            with dbapi_conn.cursor() as cursor:
                cursor.execute(f"SET statement_timeout = {int(seconds * 1000)}")
            dbapi_conn.commit()
    engine.dispose()  # connections opened before (the schema check) do not have the limit


def is_timeout(exc: BaseException) -> bool:
    """Whether a database error is a statement stopped by :func:`limit_statements`."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "interrupted" in text or "statement timeout" in text or "canceling statement" in text
