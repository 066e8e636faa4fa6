"""Sources and targets (twenty-ninth round, slots44): crowd-control rounds fired at people are
violent repression (175), a deal's parties named on its participle ("an agreement signed between
Israel and Hamas"), the broker of such a deal, and a named subject whose description the parser
hung on the verb ("British couple Peter and Barbie Reynolds are freed"). Rules alone (the learned
detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Police fired rubber bullets at protesters in Nairobi.", ("KENCOP", "KENCVL", "175")),
    ("Police fired plastic bullets at rioters in Belfast.", ("GBRCOP", "GBRCVL", "175")),
    ("Security forces used rubber bullets against protesters in Bogota.", ("COLCOP", "COLCVL", "175")),
    ("Police shot rubber bullets at protesters in Nairobi.", ("KENCOP", "KENCVL", "175")),
])
def test_rubber_bullets_fired_at_people_are_repression(text, expected, rules_only):
    found = codes(text, rules_only)
    assert expected in found, found


def test_bullets_fired_at_people_stay_force(rules_only):
    # no crowd-control round named: not repression
    found = triples("Soldiers fired bullets at protesters in Khartoum.", rules_only)
    assert found and not any(c == "175" for _, _, c in found), found


@pytest.mark.parametrize("text, pair, root", [
    ("Qatar brokered a ceasefire agreement signed between Israel and Hamas.", {"ISR", "PSE"}, "05"),
    ("A ceasefire agreement signed between Israel and Hamas took effect on Sunday.", {"ISR", "PSE"}, "05"),
    ("Egypt mediated a truce reached between Israel and Hamas.", {"ISR", "PSE"}, "08"),
    ("Russia welcomed the agreement signed between Iran and Saudi Arabia.", {"IRN", "SAU"}, "05"),
])
def test_a_deals_parties_on_its_participle(text, pair, root, rules_only):
    found = triples(text, rules_only)
    assert any({s, t} == pair and c[:2] == root for s, t, c in found), found


@pytest.mark.parametrize("text, broker, parties", [
    ("Qatar brokered a ceasefire agreement signed between Israel and Hamas.", "QAT", {"ISR", "PSE"}),
    ("The United States helped broker a deal signed between Rwanda and Congo.", "USA", {"RWA", "COD"}),
])
def test_the_broker_mediates_between_the_parties_on_the_participle(text, broker, parties, rules_only):
    found = triples(text, rules_only)
    assert {t for s, t, c in found if s == broker and c == "045"} == parties, found


def test_the_broker_still_does_not_do_what_the_deal_is_for(rules_only):
    found = triples("Qatar brokered a deal to release hostages.", rules_only)
    assert not any(s == "QAT" for s, _, _ in found), found


def test_a_participle_of_sanctions_still_names_their_target(rules_only):
    found = triples("The EU lifted sanctions imposed on Syria.", rules_only)
    assert ("EU", "SYR", "085") in found, found


@pytest.mark.parametrize("text, target", [
    ("British couple Peter and Barbie Reynolds are freed in Afghanistan after being detained by the Taliban.", "GBR"),
    ("Australian couple Ken and Jocelyn Elliott are kidnapped in Burkina Faso by militants.", "AUS"),
])
def test_a_named_subjects_description_hung_on_the_verb(text, target, rules_only):
    found = triples(text, rules_only)
    assert found and all(t == target for _, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    # "IS" read as a verb, "20" the object alone, "members" hung on "IS"
    ("Iraqi forces detain 20 IS members in Mosul.", "IRQMIL", "IRQREB"),
    ("Iraq executes 11 IS members.", "IRQ", "IRQREB"),
])
def test_a_bare_number_object_counts_the_actor_after_it(text, source, target, rules_only):
    found = codes(text, rules_only)
    assert {(s, t) for s, t, _ in found} == {(source, target)}, found
