"""__all__ is exactly the public API (httpx tests/test_exported_members.py)."""

import types

import eventwire


def test_all_is_what_is_public():
    public = {
        name for name in dir(eventwire)
        if not name.startswith("_") and not isinstance(getattr(eventwire, name), types.ModuleType)
    }
    assert set(eventwire.__all__) - {"__version__"} == public - {"annotations"}


def test_all_names_exist():
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name
