"""A row flagged ``nopeople`` in triggers.tsv ("enter": 192, occupying territory) is not done
by one person, named, titled or referred to by a pronoun: a leader who enters a country or a
hall travels there; troops that enter it occupy it. Rules alone and the shipped settings, real
model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Vladimir Putin entered Sudan on Tuesday.",
    "Russian President Vladimir Putin arrived in Khartoum. He entered Sudan with his aides.",
    "President Zelensky entered Poland by train.",
])
def test_a_person_entering_a_country_occupies_nothing(text, rules_only, settings):
    for config in (rules_only, settings):
        assert not any(c == "192" for _, _, c in codes(text, config)), codes(text, config)


@pytest.mark.parametrize("text, source, target", [
    ("Russian troops entered Ukraine in February.", "RUSMIL", "UKR"),
    ("Israeli forces entered Lebanon on Tuesday.", "ISRMIL", "LBN"),
])
def test_forces_entering_a_country_still_occupy_it(text, source, target, rules_only):
    assert (source, target, "192") in codes(text, rules_only), codes(text, rules_only)
