"""Coder constructions of conflict (CAMEO roots 14-20), eighth round: violence whose attacker
the text does not name is a target-only event (GUIDE.md section 3: "When the text does not
name who attacked, do not invent the attacker").

Sentences written for these tests. Rules only (``event_model = none``)."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a passive with no agent: the victims' state, or the place's
    ("Four Kenyan fishermen were killed in an attack on their boat in the Gulf of Aden.", (None, "KEN", "180")),
    ("Six civilians were killed in Maiduguri, Nigeria, on Tuesday.", (None, "NGA", "180")),
    # an event noun with no doer named; military weapons make it a fight
    ("At least nine people were killed in a drone strike on a market in Kadugli, Sudan.", (None, "SDN", "195")),
    ("A stabbing attack at a train station in Hamburg, Germany, left three people injured.", (None, "DEU", "180")),
    # a weapon as the subject, or as the thing downed
    ("A missile struck a residential block in Odesa, Ukraine, overnight.", (None, "UKR", "190")),
    ("A Turkish drone was shot down over northern Iraq.", (None, "TUR", "190")),
    # gunmen the text does not name are no attacker
    ("Unidentified gunmen stormed a church in Kaduna State, Nigeria, killing four worshippers.",
     (None, "NGA", "180")),
    ("Eight people were abducted by armed men in Zamfara State, Nigeria.", (None, "NGA", "181")),
])
def test_violence_with_no_attacker_named_is_target_only(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # the attacker named, as subject, possessor, "by" phrase or elsewhere in the sentence
    ("Twelve people were killed in an Israeli airstrike on a school in Gaza City.", ("ISR", "PSE", "195")),
    ("Ten soldiers were killed in an ambush by Boko Haram fighters in Borno State, Nigeria.",
     ("NGA", "NGA", "190")),
    ("Twenty villagers were killed when al-Shabaab militants attacked a village in Lower Shabelle, Somalia.",
     ("SOM", "SOM", "180")),
    # gunmen the text describes are the place's
    ("Gunmen loyal to a local warlord killed six traders in Kidal, Mali.", ("MLI", "MLI", "180")),
])
def test_a_named_attacker_leaves_no_target_only_event(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    assert not any(s is None and c[:2] in ("18", "19") for s, _, c in found), found


@pytest.mark.parametrize("text", [
    # deaths by mishap, tolls of events told elsewhere, acts planned, judged or thought of
    "Two people were killed in a car crash in Lagos, Nigeria.",
    "Three workers were killed during a riot at a factory in Dhaka, Bangladesh.",
    "At least thirteen people were killed, and twelve others were injured.",
    "The gunman was sentenced to life in prison for killing seven people in a shooting in Ohio.",
    "Spain refused to let the United States use its bases for strikes on Iran.",
    "Germany was critical of the strikes on Gaza.",
    "The UN condemned the bombing in Kabul, Afghanistan.",
    "The embassy warned of attack threats in Mogadishu, Somalia.",
])
def test_no_target_only_violence_without_a_told_attack(text, rules_only):
    found = triples(text, rules_only)
    assert not any(s is None and c[:2] in ("18", "19", "20") for s, _, c in found), found
