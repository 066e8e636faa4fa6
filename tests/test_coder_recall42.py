"""Recall on news, twenty-seventh round (recall42): an armed force that abandons its positions,
a base or an outpost has retreated (0874, triggers.tsv row of "abandon" with objects.tsv class
`holding`). Rules alone, real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source", [
    ("The Congolese army abandons positions near Goma as the rebels advance.", "CODMIL"),
    ("The outpost was abandoned by Malian troops last week.", "MLIMIL"),
    ("Houthi rebels abandoned their stronghold near Marib.", "YEMREB"),
])
def test_an_armed_force_abandoning_its_holdings_retreats(text, source, rules_only):
    found = codes(text, rules_only)
    assert any(c == "0874" and (source is None or s == source) for s, _, c in found), found


@pytest.mark.parametrize("text", [
    # guards: not a holding of a force, or not an armed doer
    "Residents abandoned their homes in Goma after the fighting.",
    "The Kenyan government abandoned its plan to build a new hospital.",
    "The British carmaker abandoned its base in Coventry.",
])
def test_abandoning_other_things_is_no_retreat(text, rules_only):
    found = codes(text, rules_only)
    assert not any(c.startswith("087") for _, _, c in found), found
