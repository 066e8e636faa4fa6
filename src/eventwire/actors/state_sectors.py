"""A state's body whose sector is its own (actors50; ``data/state_sectors.tsv``).

"Military police" are an army's (MIL), but Brazil's Military Police (Polícia Militar) are the
states' police forces (COP): "Brazilian Military Police killed 12 people" is BRACOP.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from ..datafiles import tsv_records


@cache
def _state_sectors() -> dict[tuple[str, str], str]:
    path = resources.files("eventwire.actors").joinpath("data/state_sectors.tsv")
    return {(row["iso3"], row["form"].lower()): row["sector"]
            for _, row in tsv_records(path, ["iso3", "form", "sector"])}


def state_sector(country: str | None, form: str, sector: str | None) -> str | None:
    """The sector of the body ``form`` of ``country``: its own where the state has one, else
    ``sector``."""
    if country is None:
        return sector
    return _state_sectors().get((country, form.lower()), sector)
