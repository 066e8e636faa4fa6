"""Actors and sectors, thirtieth round (agent45): a place named with a Romance particle
("Heroica Puebla de Zaragoza", "Atizapan de Zaragoza") is looked up as the whole name before
its last words, so that the longer gazetteer name wins (Puebla, Mexico; not Zaragoza, Spain).
Real model and pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import placed

pytestmark = pytest.mark.model

DATE = "2024-05-02"


@pytest.mark.parametrize("text", [
    "On 3 May 2024, in Heroica Puebla de Zaragoza, Puebla, a man was stabbed to death by three "
    "people allegedly members of a local gang.",
    "Three people stabbed a man to death in Atizapan de Zaragoza on Friday.",
    "On 1 May 2024, in Heroica Puebla de Zaragoza, Puebla, gunmen shot dead a taxi driver.",
])
def test_a_longer_place_name_wins_over_its_last_word(rules_only, text):
    found = placed(text, rules_only, DATE)
    assert found, found
    assert all(country == "MEX" for _, _, _, country in found), found
    assert not any("ESP" in (s, t) for s, t, _, _ in found), found


def test_the_last_word_alone_is_still_its_own_place(rules_only):
    # guard: Zaragoza named alone (with its country) stays the Spanish city
    found = placed("On 4 May 2024, in Zaragoza, Spain, a man was stabbed to death by three people.",
                   rules_only, DATE)
    assert found and all(country == "ESP" for _, _, _, country in found), found
