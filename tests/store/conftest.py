"""Store fixtures: a real SQLite file and a real PostgreSQL server started for the session.

The server is made with initdb/pg_ctl in a temporary folder (as the
``postgres`` user when the tests run as root), listening on 127.0.0.1 on a
free port; every test gets a database of its own. The PostgreSQL tests are
skipped, with the reason, only when no PostgreSQL binaries are installed
(``apt-get install -y postgresql``).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from eventwire.store import Store, open_store

sys.path.insert(0, str(Path(__file__).parent))


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self, port: int) -> None:
        self.port = port

    def create_db(self) -> str:
        import psycopg

        name = "ew_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in "
                    "/usr/lib/postgresql/*/bin; install them with `apt-get install -y postgresql`.")
    base = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    (base / "sock").mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        shutil.chown(base / "sock", "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = base / "data"
    run = dict(check=True, capture_output=True, text=True)
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                    "--locale=C.UTF-8"], **run)
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-l", str(base / "log"), "-w", "-o",
                    f"-c listen_addresses=127.0.0.1 -p {port} -k {base / 'sock'} -c fsync=off",
                    "start"], **run)
    try:
        yield PostgresServer(port)
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-w", "stop", "-m", "fast"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def new_url(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """Make the URL of a new, empty database on the backend under test."""
    if request.param == "sqlite":
        counter = iter(range(1_000_000))
        return lambda: f"sqlite:///{tmp_path}/events-{next(counter)}.db"
    server: PostgresServer = request.getfixturevalue("pg_server")
    return server.create_db


@pytest.fixture
def store(new_url: Callable[[], str]) -> Iterator[Store]:
    s = open_store(new_url())
    try:
        yield s
    finally:
        s.close()
