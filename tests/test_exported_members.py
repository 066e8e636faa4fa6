"""__all__ is exactly the public API (httpx tests/test_exported_members.py)."""

import eventwire


def test_all_is_what_is_public():
    public = {name for name in dir(eventwire) if not name.startswith("_")}
    modules = {"actors", "cli", "clean", "coding", "config", "errors", "ingest", "nlp", "output",
               "pipeline", "records", "store", "evaluation", "logging", "annotations"}
    assert set(eventwire.__all__) - {"__version__"} == public - modules


def test_all_names_exist():
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name
