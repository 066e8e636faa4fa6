"""Parallel and distributed runs: documents in batches on a Dask cluster.

- :func:`connect` opens a client on a local cluster of N worker processes
  (``--workers N``) or on a cluster the user already runs
  (``--scheduler tcp://HOST:PORT``);
- :class:`DaskExtractor` sends batches of documents to the workers (each
  loads the model once) and gives results back in input order, with a bound
  on the batches in flight; it plugs into :func:`eventwire.store.ingest` as
  its ``extract`` function, so one process writes the store;
- progress (documents/s, ETA) is the ingest loop's, on stderr.
"""

from .cluster import connect
from .extract import DaskExtractor

__all__ = ["DaskExtractor", "connect"]
