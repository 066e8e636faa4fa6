"""Gaps of the rule coder closed in the twenty-sixth round (gaps41): people killed in a foreign
state's strike do not take that state's country, "X shoot and injure Y" after a place phrase,
"X drew condemnation from Y", a media subject conjoined with a government is a sayer.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


# -- 1. victims of a foreign state's strike are not of that state ----------------------------------

@pytest.mark.parametrize("text, state", [
    ("Four fishermen are killed in a Russian drone strike on a trawler in the Black Sea.", "RUS"),
    ("Two sailors were killed in a British airstrike on a ship in the Red Sea.", "GBR"),
])
def test_victims_of_a_foreign_strike_take_not_its_state(text, state, rules_only):
    found = codes(text, rules_only)
    assert not any(t is not None and t.startswith(state) for _, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    # guards: a place that names the victims' country, and a state's own police, still code
    ("A Russian missile strike kills seven civilians in Kharkiv.", "RUSMIL", "UKRCVL"),
    ("Chinese police arrest five protesters.", "CHNCOP", "CHNCVL"),
])
def test_victims_placed_or_at_home_keep_their_country(text, source, target, rules_only):
    found = codes(text, rules_only)
    assert any(s == source and t == target for s, t, _ in found), found


# -- 2. "X in PLACE shoot and injure Y": the verb read as the place's last noun --------------------

@pytest.mark.parametrize("text, source, target, code", [
    ("Israeli settlers in the West Bank shoot and injure five Palestinians and burn several homes.",
     "ISRCVL", "PSE", "18"),
    ("Israeli settlers in the West Bank shoot and wound three Palestinian farmers.", "ISRCVL", "PSECVL", "18"),
])
def test_shoot_and_injure_after_a_place(text, source, target, code, rules_only):
    found = codes(text, rules_only)
    assert any(s == source and t == target and c.startswith(code) for s, t, c in found), found


# -- 3. "X drew condemnation from Y": Y acts toward X ---------------------------------------------

@pytest.mark.parametrize("text, source, target, code", [
    ("Israel's decision drew condemnation from the European Union.", "EU", "ISR", "111"),
    ("The Hungarian law sparked sharp criticism from Germany and France.", "DEU", "HUN", "111"),
    ("The Indian navy drew condemnation from Pakistan after the exercise.", "PAK", "IND", "111"),
    ("Kenya won praise from the United Nations for its role in Haiti.", "UN", "KEN", "051"),
])
def test_drawn_reaction_is_the_reactors_act(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_drawn_reaction_needs_from(rules_only):
    # guard: no "from" someone, no one reacts ("drew condemnation" alone names no reactor)
    found = triples("The Hungarian law drew condemnation.", rules_only)
    assert not any(c == "111" and t == "HUN" for _, t, c in found), found


# -- 4. media conjoined with a government are sayers, not the channel ----------------------------

def test_media_with_government_is_a_sayer(rules_only):
    found = codes("Danish media and the government warned Russia against further sabotage.", rules_only)
    assert ("DNKMED", "RUS", "130") in found and ("DNKGOV", "RUS", "130") in found, found


def test_media_alone_warning_stays_the_channel(rules_only):
    # guard: the press alone as the subject of a verb of saying is still the channel of a report
    found = codes("Danish media warned Russia against further sabotage.", rules_only)
    assert not any(s == "DNKMED" for s, _, _ in found), found
