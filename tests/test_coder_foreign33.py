"""Constructions of the rule coder from the twenty-second round: an unnamed agent noun called
foreign ("foreign reporters") is not of the state where the event happens, on every path that
gives a target the local state (``implicit.local_agent``, ``implicit.foreign_agent``); a
demonym and a foreign minister or ministry keep their states. Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, state", [
    # the source's own people (slots: police act at home)
    ("Police in Lagos, Nigeria, detained three foreign reporters on Tuesday.", "NGA"),
    ("Syria freed two foreign journalists on Sunday.", "SYR"),
    # the place where it happens standing for its state
    ("Officers arrested four foreign students in Nairobi on Friday.", "KEN"),
])
def test_a_foreign_agent_is_not_the_local_state(text, state, rules_only):
    found = codes(text, rules_only)
    assert not any(t is not None and t.startswith(state) for _, t, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # guards: the same sentences without "foreign" still code the local state's people
    ("Police in Lagos, Nigeria, detained three reporters on Tuesday.", ("NGACOP", "NGAMED", "173")),
    ("Syria freed two journalists on Sunday.", ("SYR", "SYRMED", "084")),
    ("Officers arrested four students in Nairobi on Friday.", ("KENCOP", "KENEDU", "173")),
    # a demonym names the state; a foreign minister or ministry is the state's own
    ("Police in Lagos, Nigeria, detained three French reporters on Tuesday.", ("NGACOP", "FRAMED", "173")),
    ("Police in Lagos, Nigeria, detained the foreign minister on Tuesday.", ("NGACOP", "NGAGOV", "173")),
    ("Police in Lagos, Nigeria, raided the foreign ministry on Tuesday.", ("NGACOP", "NGAGOV", "170")),
])
def test_local_demonym_and_foreign_office_targets_stay(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found
