"""Lead, twenty-sixth round: the Islamic State by the spelling of the British press ("Isis",
"Isil"), which slots41 left with no target once a place no longer stands in for an unknown
named group. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from coded import codes


@pytest.mark.parametrize("text, expected", [
    ("Syrian troops attacked Isis fighters near Raqqa.", "SYRREB"),
    ("Iraqi troops have been fighting Isil in Mosul.", "IRQREB"),
])
def test_isis_in_title_case_is_the_islamic_state(rules_only, text, expected):
    assert expected in {t for _, t, c in codes(text, rules_only) if c.startswith("19")}

