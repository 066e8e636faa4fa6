"""Constructions of the rule coder found in the review of the PLOVER gold records
(CAMEO-manual examples): a cooperative act that its own modal puts in the future is
a stated intent (CAMEO 03). Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def rules_only(settings):
    return settings.replace(event_model="none")


def coded(text, settings, date="2025-06-01"):
    return [(e.source.actor.key if e.source else None, e.target.actor.key if e.target else None,
             e.cameo, e.modality) for e in extract(text, date=date, settings=settings)]


@pytest.mark.parametrize("text, source, target, code", [
    # "will"/"would" + a cooperative act: the statement of intent, its act deciding the sub-code
    ("The Chilean foreign minister will visit Peru next month.", "CHL", "PER", "036"),
    ("Norway will support Ghana's bid for a seat on the council.", "NOR", "GHA", "032"),
    ("Cuba said it would allow the return of Spanish inspectors.", "CUB", "ESP", "035"),
    ("Canada will send food aid to Haiti.", "CAN", "HTI", "033"),
])
def test_a_modal_future_cooperative_act_is_an_intent(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c.startswith(code) and m == "future"
               for s, t, c, m in found), found


@pytest.mark.parametrize("text, source, target, root", [
    # the act done, not promised, keeps its own code
    ("The Chilean foreign minister visited Peru on Monday.", "CHL", "PER", "04"),
    ("Canada sent humanitarian aid to Haiti.", "CAN", "HTI", "07"),
    # a hostile act in the future is not an intent to cooperate
    ("Turkey will impose sanctions on Syria.", "TUR", "SYR", "16"),
    # a negated future of a cooperative act stays a refusal
    ("Japan will not meet the Chinese delegation.", "JPN", "CHN", "12"),
])
def test_other_acts_keep_their_code(text, source, target, root, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c[:2] == root for s, t, c, _ in found), found
