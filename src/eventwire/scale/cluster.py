"""A Dask client: a local cluster of worker processes, or an existing scheduler."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager, ExitStack

from ..errors import EventwireError

log = logging.getLogger(__name__)


@contextmanager
def connect(*, workers: int | None = None, scheduler: str | None = None) -> Iterator["distributed.Client"]:  # noqa: F821
    """A client on ``scheduler`` (``tcp://HOST:PORT``), else on a new local cluster of ``workers`` processes.

    The local cluster has one thread per worker (one spaCy pipeline per
    process), listens on 127.0.0.1 only and has no dashboard. Both are closed
    on exit; an existing cluster is left running.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency of eventwire
        raise EventwireError(f"Dask is needed for parallel runs ({exc}); `pip install 'dask[distributed]'`.") from exc
    if scheduler and workers:
        raise EventwireError("Give --workers (a local cluster) or --scheduler (an existing one), not both.")
    if not scheduler and (workers is None or workers < 1):
        raise EventwireError(f"--workers must be at least 1, not {workers}.")
    with ExitStack() as stack:
        try:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            else:
                cluster = stack.enter_context(LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address=None,
                ))
                client = stack.enter_context(Client(cluster))
        except OSError as exc:
            raise EventwireError(
                f"Cannot reach the Dask scheduler {scheduler or 'of the local cluster'}: {exc}. "
                "Check the address (tcp://HOST:PORT) and that the scheduler is running."
            ) from exc
        log.info("dask: %s", client)
        yield client
