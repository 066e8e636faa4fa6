"""Modality from the twenty-second round (mod34): an act told in a "by" phrase inside what
someone says, an attack someone claims or puts on another, an event noun hedged by
"potential"/"possible"/"alleged", and a death that is "confirmed" (vouched for, not hedged).
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded

pytestmark = pytest.mark.model


def modality_of(text, settings, triple):
    found = {(s, t, c[:2]): m for s, t, c, m in coded(text, settings)}
    assert triple in found, found
    return found[triple]


@pytest.mark.parametrize("text, triple, expected", [
    # the act is the agent of a passive inside the said clause: the speaker's claim
    ("Rights groups report that 50 people were killed by Boko Haram attacks in Borno.",
     ("NGA", "NGA", "18"), "reported"),
    ("Ukrainian officials say that a hospital in Kharkiv was hit by Russian missile strikes.",
     ("RUS", "UKR", "19"), "reported"),
    # the said clause's own hedge still wins
    ("Ukrainian officials say that a hospital in Kharkiv may have been hit by Russian missile strikes.",
     ("RUS", "UKR", "19"), "uncertain"),
    # no verb of saying: the writer's own statement
    ("A hospital in Kharkiv was hit by Russian missile strikes.", ("RUS", "UKR", "19"), "asserted"),
])
def test_an_act_in_a_by_phrase_takes_the_said_clause_modality(text, triple, expected, rules_only):
    assert modality_of(text, rules_only, triple) == expected


@pytest.mark.parametrize("text, triple", [
    ("A car bomb killed twelve people at a market in Kandahar, Afghanistan. The Taliban claimed responsibility.",
     ("AFG", "AFG", "18")),
    ("Villagers attribute the bombing to Boko Haram.", ("NGA", "NGA", "18")),
    ("Fishermen blame the shelling on the Russian navy.", ("RUS", "RUS", "19")),
])
def test_a_claimed_or_blamed_attack_is_reported(text, triple, rules_only):
    assert modality_of(text, rules_only, triple) == "reported"


def test_a_denied_claim_is_not_reported(rules_only):
    found = coded("Hamas did not claim responsibility for the bombing in Jerusalem.", rules_only)
    assert found and all(m != "reported" for *_, m in found), found


@pytest.mark.parametrize("text, triple", [
    ("Qatar steps up security ahead of a possible second round of talks between Iran and the United States.",
     ("IRN", "USA", "04")),
    ("Diplomats gather in Muscat before potential US-Iran talks.", ("IRN", "USA", "04")),
    ("An alleged Israeli strike hit a weapons depot in Syria.", ("ISR", "SYR", "19")),
])
def test_a_hedging_adjective_makes_the_event_uncertain(text, triple, rules_only):
    assert modality_of(text, rules_only, triple) == "uncertain"


@pytest.mark.parametrize("text, triple", [
    ("Iran and the United States held a second round of talks in Muscat.", ("IRN", "USA", "04")),
    ("Officials discussed the results of the talks between Iran and the United States.", ("IRN", "USA", "04")),
])
def test_an_unhedged_event_noun_stays_asserted(text, triple, rules_only):
    assert modality_of(text, rules_only, triple) == "asserted"


@pytest.mark.parametrize("text, triple, expected", [
    ("Three Hamas commanders are confirmed killed in Israeli airstrikes in Gaza.", ("ISR", "PSE", "19"), "asserted"),
    ("Two Hezbollah fighters were confirmed to have been killed in Israeli strikes on Lebanon.",
     ("ISR", "LBN", "19"), "asserted"),
    # "said to", "believed to": still hearsay
    ("Two Hezbollah fighters are said to have been killed in Israeli strikes on Lebanon.",
     ("ISR", "LBN", "19"), "uncertain"),
    ("Three Hamas fighters are believed to have been killed in Israeli airstrikes in Gaza.",
     ("ISR", "PSE", "19"), "uncertain"),
])
def test_a_confirmed_death_is_asserted_a_said_one_uncertain(text, triple, expected, rules_only):
    assert modality_of(text, rules_only, triple) == expected


@pytest.mark.parametrize("text, triple, expected", [
    ("Kenyan police ban rallies in Nairobi ahead of planned protests by the opposition.",
     ("KEN", "KEN", "14"), "future"),
    ("Leaders prepare for the upcoming summit between China and Japan.", ("CHN", "JPN", "04"), "future"),
    # a plan carried out: done
    ("Israel carried out the planned airstrikes on Hezbollah positions in Lebanon.", ("ISR", "LBN", "19"), "asserted"),
])
def test_an_adjective_of_plan_puts_the_event_ahead(text, triple, expected, rules_only):
    assert modality_of(text, rules_only, triple) == expected
