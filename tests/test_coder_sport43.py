"""Sport is no war, twenty-eighth round (sport43).

A sentence about a match (match, tournament, cup, pool, final, scored, coach, wicket, the group
stage, ...: data/sport.yaml) codes no act whose trigger is a word sport shares with conflict or
trade (clash, strike, attack, defeat, beat, take control, trade, fight, battle, ...), unless it
also names real violence ("fans clashed with police after the match" is an event). Rules alone
(the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples
from eventwire.coding.sport import about_sport, sport_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Nigeria clashed with Angola in the final pool match of the tournament.",  # base: NGA -> AGO 190
    "Spain took control of Group C after beating Italy 2-0 in Madrid.",  # base: 192
    "Brazil and Argentina traded scoring opportunities before the match ended goalless.",  # base: 061
    "Brazil attacked Argentina throughout the second half of the World Cup qualifier.",  # base: 190
    "The coach said Mexico would fight the United States for every ball in the final.",  # base: 190
])
def test_a_match_is_no_fight(text, rules_only):
    assert triples(text, rules_only) == set()


def test_fans_clashing_with_police_after_a_match_is_an_event(rules_only):
    text = "Argentine fans clashed with Brazilian police after the World Cup qualifier in Rio de Janeiro."
    assert ("ARG", "BRA", "190") in triples(text, rules_only)


def test_an_attack_on_a_stadium_that_kills_is_an_event(rules_only):
    text = "Militants attacked the stadium in Mogadishu during a football match, killing 12 people."
    assert any(c[:2] == "18" for _, _, c in triples(text, rules_only))


@pytest.mark.parametrize("text, triple", [
    ("Ukraine's counter-attack pushed Russian forces out of Kherson.", ("UKR", "RUS", "190")),
    ("Russia defeated Ukraine in the battle for Bakhmut.", ("RUS", "UKR", "190")),
    ("Brazil and Argentina traded accusations over the border dispute.", ("BRA", "ARG", "061")),
])
def test_war_and_trade_without_a_match_still_code(text, triple, rules_only):
    assert triple in triples(text, rules_only)


def test_league_and_goal_alone_are_no_match(nlp):
    # the Arab League, the goal of the talks: politics, not sport (data/sport.yaml keeps "league"
    # and "goal" to phrases such as "the Premier League", "an own goal")
    for text in ("The Arab League said the goal of the talks was to end the clash over the dam.",
                 "The Awami League won the vote."):
        doc = nlp(text)
        assert not about_sport(list(doc), text)
    text = "Liverpool scored an own goal in the Premier League clash."
    doc = nlp(text)
    assert about_sport(list(doc), text)
    assert sport_trigger(next(t for t in doc if t.lower_ == "clash"))
    assert not sport_trigger(next(t for t in doc if t.lower_ == "scored"))


def test_a_sport_sentence_naming_violence_is_no_match_report(nlp):
    text = "Fans rioted and police fired tear gas after the match."
    assert not about_sport(list(nlp(text)), text)
