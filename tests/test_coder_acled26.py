"""Local conflict reports, third part (eighteenth round, acled26): an unnamed agent noun among
the parties "between" names ("clashes between the army and Boko Haram") is the actor it implies
where the event happens, as in the other slots; warning shots and shots into the air hit no
one (no attack; the dispersal its own row codes, 175); a passive's "by" the parser hangs
on the place ("shot dead in his home by soldiers") is still its agent; beating common people
is an assault. Rules alone (the learned detector
off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes

pytestmark = pytest.mark.model

DATE = "2022-05-03"


# -- "between" an unnamed agent and another party: the agent of the place --------------

@pytest.mark.parametrize("text, pair", [
    ("On 3 May 2022, clashes between the army and Boko Haram killed seven people in Borno, Nigeria.",
     {"NGAMIL", "NGAREB"}),
    ("On 3 May 2022, clashes between police and traders erupted at a market in Kano, Nigeria.",
     {"NGACOP", "NGABUS"}),
    ("On 3 May 2022, heavy fighting between soldiers and Al-Shabaab was reported in Lamu, Kenya.",
     {"KENMIL", "SOMREB"}),
])
def test_an_unnamed_agent_between_is_a_party(text, pair, rules_only):
    found = codes(text, rules_only, DATE)
    assert any({s, t} == pair and c.startswith("19") for s, t, c in found), found


@pytest.mark.parametrize("text, pair, code", [
    # named parties are read as before
    ("On 3 May 2022, clashes between Kenyan troops and Al-Shabaab militants were reported in Lamu, Kenya.",
     {"KENMIL", "SOMREB"}, "190"),
    ("On 3 May 2022, talks between Kenya and Uganda were held in Kampala.", {"KEN", "UGA"}, "040"),
])
def test_named_parties_between_unchanged(text, pair, code, rules_only):
    found = codes(text, rules_only, DATE)
    assert any({s, t} == pair and c == code for s, t, c in found), found


def test_parties_that_are_no_agents_stay_unnamed(rules_only):
    # "the two sides" implies no actor: no pair is made up
    found = codes("On 3 May 2022, a ceasefire between the two sides took hold in Kaduna, Nigeria.", rules_only, DATE)
    assert not found, found


# -- warning shots, shots into the air: no attack ------------------------------------

@pytest.mark.parametrize("text, repression", [
    ("On 3 May 2022, police fired warning shots to break up a crowd of traders in Accra, Ghana.", True),
    ("On 3 May 2022, troops fired into the air to scatter protesters in Kampala, Uganda.", True),
    ("On 3 May 2022, a soldier fired into the air outside a bar in Kampala, Uganda.", False),
])
def test_shots_that_hit_no_one_are_no_attack(text, repression, rules_only):
    found = codes(text, rules_only, DATE)
    assert not any(c.startswith("19") or c.startswith("18") for _, _, c in found), found
    assert any(c == "175" for _, _, c in found) == repression, found


@pytest.mark.parametrize("text", [
    "On 3 May 2022, police fired into a crowd of traders in Accra, Ghana.",
    "On 3 May 2022, gunmen fired shots at a minibus in Accra, Ghana.",
])
def test_shots_at_someone_are_still_an_attack(text, rules_only):
    found = codes(text, rules_only, DATE)
    assert any(c.startswith("19") for _, _, c in found), found


# -- a passive's "by" that the parser hangs on the place: still the agent ------------

def test_the_agent_after_the_place_of_a_passive(rules_only):
    found = codes("On 4 May 2022, a farmer was shot dead in his home by Myanmar soldiers in Kachin.", rules_only, DATE)
    assert any(s == "MMRMIL" and c.startswith("18") for s, _, c in found), found


def test_a_place_by_a_place_is_no_agent(rules_only):
    # "by the river" tells where: no river does the killing (the state's, as before)
    found = codes("On 4 May 2022, a fisherman was killed in a village by the river in Kano, Nigeria.", rules_only, DATE)
    assert not any(s is not None and s.startswith("NGA") and s not in ("NGA", "NGAGOV") for s, _, _ in found), found


# -- beating people: an assault whoever they are --------------------------------------

@pytest.mark.parametrize("text, assault", [
    ("On 4 May 2022, a mob beat a pastor accused of blasphemy in Kano, Nigeria.", True),
    ("On 4 May 2022, soldiers beat three traders at a market in Kano, Nigeria.", True),
    # a team that beats another wins a match
    ("On 4 May 2022, Nigeria beat Ghana two goals to nil in Kano.", False),
])
def test_beating_people_is_an_assault(text, assault, rules_only):
    found = codes(text, rules_only, DATE)
    assert any(c.startswith("18") for _, _, c in found) == assault, found
