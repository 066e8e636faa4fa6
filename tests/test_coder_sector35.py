"""Actor sectors from the twenty-third round (sector35): a place struck in an act of violence
that the sentence says killed or hurt people of one sector stands for those people (CVL for
people, COP for police officers, ...), not for the state as a whole; a country named as a
whole keeps sector null (GUIDE.md section 2). Rules alone, real model; sentences written for
these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


def target_codes(text, settings):
    """The target codes (country and sector) of the events coded in ``text`` with roots 18-20."""
    return {target for _, target, cameo in codes(text, settings)
            if target is not None and cameo[:2] in ("18", "19", "20")}


@pytest.mark.parametrize("text, code", [
    ("A Russian drone strike on Kharkiv, Ukraine, kills five people and injures 35 others.", "UKRCVL"),
    ("At least 88 people are injured in an Iranian ballistic missile attack in Arad, Israel.", "ISRCVL"),
    ("Gunmen attacked a village in Benue, Nigeria, killing 20 villagers.", "NGACVL"),
    ("An Al-Shabaab attack on a police camp in Fafi, Kenya, kills six police officers.", "KENCOP"),
])
def test_struck_place_stands_for_its_victims(text, code, rules_only):
    found = target_codes(text, rules_only)
    assert code in found, found
    assert code[:3] not in found, found  # not also the state as a whole


@pytest.mark.parametrize("text, code", [
    # guards: no victims named, or a country named as a whole, keep sector null
    ("Russian forces launched strikes on Kharkiv, Ukraine.", "UKR"),
    ("A Russian drone attack on Ukraine kills 14 people.", "UKR"),
])
def test_struck_place_without_victims_or_whole_country_stays_the_state(text, code, rules_only):
    found = target_codes(text, rules_only)
    assert code in found, found
