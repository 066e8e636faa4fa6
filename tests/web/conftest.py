"""The web fixtures: a store ingested from fixtures through the real pipeline, a real server.

``web_db`` codes ``blinken-seoul.txt`` (dated 2023-11-09), the Wikinews Cairo
article and a document with ``<script>alert(1)</script>`` in its title and
text into a temporary SQLite file with the real readers, pipeline and store.
``server`` runs ``python -m eventwire serve`` on 127.0.0.1 on a free port over
it, with an API token, and stops it after the session.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from eventwire.store import ingest, open_store

sys.path.insert(0, str(Path(__file__).parent))

from webdata import TOKEN, XSS_DOC, assert_error_shape  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@dataclass(frozen=True)
class Server:
    url: str
    db: str
    token: str
    log: Path

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, settings) -> str:
    folder = tmp_path_factory.mktemp("web")
    url = f"sqlite:///{folder}/events.db"
    xss = folder / "xss.jsonl"
    xss.write_text(json.dumps(XSS_DOC) + "\n", encoding="utf-8")
    with open_store(url) as store:
        first = ingest([FIXTURES / "blinken-seoul.txt"], store=store, settings=settings,
                       default_date=dt.date(2023, 11, 9))
        rest = ingest([FIXTURES / "wikinews-cairo-summit.json", xss], store=store, settings=settings)
    assert first.coded == 1 and rest.coded == 2, (first, rest)
    assert first.events and rest.events
    return url


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env.update(XDG_CONFIG_HOME=str(tmp / "config"), PYTHONUNBUFFERED="1", **extra)
    return env


@pytest.fixture(scope="session")
def server(web_db: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("server")
    port = _free_port()
    log = tmp / "server.log"
    cmd = [sys.executable, "-m", "eventwire", "-v", "serve", "--db", web_db, "--host", "127.0.0.1",
           "--port", str(port)]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=tmp,
                                env=_clean_env(tmp, EVENTWIRE_API_TOKEN=TOKEN))
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"eventwire serve exited with {proc.returncode}:\n{log.read_text()}")
            try:
                if httpx.get(url + "/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"eventwire serve did not answer within 60 s:\n{log.read_text()}")
            time.sleep(0.2)
        yield Server(url=url, db=web_db, token=TOKEN, log=log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def api(server: Server) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


@pytest.fixture(scope="session")
def error_of():
    """``error_of(response, status)``: check the shared error shape and return the error object."""
    return assert_error_shape
