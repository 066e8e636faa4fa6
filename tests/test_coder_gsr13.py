"""Constructions of the rule coder from the eleventh round on PLOVER-style news: whole
PLOVER types the rules missed (yielding, investigating, force posture, interceptions).
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # acceding to a demand yields to whom it is from (083); accepting one too, and the
    # demand is still coded
    ("The Kenyan government conceded to demands from the opposition.", "KEN", "KEN", "083"),
    ("The Kenyan government accepted demands from the opposition.", "KEN", "KEN", "083"),
    # calling off a protest eases dissent (082), toward one's own state
    ("The Ghanaian teachers' union called off its general strike.", "GHA", "GHA", "082"),
    # easing a blockade is the easing (0872), not a blockade
    ("Egypt eased the blockade of Gaza.", "EGY", "PSE", "0872"),
    # a curfew shortened is eased (081)
    ("The Malian government shortened the nightly curfew.", "MLI", "MLI", "081"),
    # "allowed X to ...": the infinitive's subject is the one allowed
    ("Egypt allowed Sudanese refugees to cross into Egypt.", "EGY", "SDN", "080"),
])
def test_yielding(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_a_demand_accepted_is_still_a_demand(rules_only):
    found = triples("The Kenyan government accepted demands from the opposition.", rules_only)
    assert any(c == "100" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "Trump called off the strike on Iran.",
    "Egypt eased the blockade of Gaza.",
])
def test_what_is_called_off_or_eased_is_not_done(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] in ("19", "17") and c != "0872" for _, _, c in found), found


@pytest.mark.parametrize("text, source, target, code", [
    ("The Indian government opened investigations against 28 Nepalese officials.", "IND", "NPL", "090"),
    ("The IAEA dispatched inspectors to Iran.", "IAEA", "IRN", "090"),
    # peacekeepers sent or deployed provide peacekeeping (074)
    ("Bangladesh sent peacekeepers to Lebanon.", "BGD", "LBN", "074"),
])
def test_investigating_and_sending(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


@pytest.mark.parametrize("text, source, target, code", [
    # forces on alert (152), in the place they are kept there
    ("Turkish troops remained on high alert in northern Iraq.", "TUR", "IRQ", "152"),
    # mobilising needs no one named
    ("Armenia mobilised its reservists.", "ARM", None, "154"),
    # the state across a border ("to the border with India")
    ("China deployed troops to the border with India.", "CHN", "IND", "150"),
    # halting mediation (165); ethnic cleansing (203)
    ("Egyptian officers ended their mediation between rival militias in Libya.", "EGY", "LBY", "165"),
    ("Serb forces engaged in ethnic cleansing against the Albanian population.", "SRB", "ALB", "203"),
])
def test_force_posture_and_relations(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_the_troops_withdrawn_are_not_the_target(rules_only):
    found = triples("Ugandan forces pulled out of the eastern Congolese town of Bunia.", rules_only)
    assert ("UGA", "COD", "087") in found, found
    found = triples("Israel withdrew its troops from southern Lebanon.", rules_only)
    assert ("ISR", "LBN", "087") in found and not any(t == "ISR" for _, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    # the weapon's owner or launch site attacks the state that intercepts it, or where
    ("An Iranian missile was intercepted over Haifa.", "IRN", "ISR"),
    ("Saudi air defences intercepted drones launched from Yemen.", "YEM", "SAU"),
    ("Israeli air defences intercepted a missile fired from Yemen.", "YEM", "ISR"),
    ("Ukraine intercepted 40 Russian drones overnight.", "RUS", "UKR"),
])
def test_an_interception_tells_the_attack(text, source, target, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c[:2] == "19" for s, t, c, _ in found), found
    # the interceptor is not the attacker
    assert not any(s == target and c[:2] == "19" for s, _, c, _ in found), found


def test_an_interception_with_no_sender_codes_nothing(rules_only):
    assert not triples("Air defences intercepted two drones over Riyadh.", rules_only)


def test_an_appeal_reads_its_row_conditions(rules_only):
    # "call" is an appeal only as "call on" or "call for": calling a meeting asks nothing,
    # so what the meeting is for is coded; "called on X to release" still asks for it
    found = triples("The Kenyan president called a meeting to condemn the Ugandan raid.", rules_only)
    assert ("KEN", "UGA", "111") in found, found
    found = triples("Iran called on Iraq to release the prisoners.", rules_only)
    assert ("IRN", "IRQ", "020") in found and not any(c.startswith("084") for _, _, c in found), found


@pytest.mark.parametrize("text, source, target, code", [
    # a demand noun's that-clause names whom it is made of
    ("The African Union reiterated its demand that Sudan release the prisoners.", "AU", "SDN", "100"),
    # coercing an event noun aims at whoever it is by; the protest itself is still coded
    ("Kenyan police prevented a demonstration staged by the Ugandan opposition.", "KEN", "UGA", "172"),
    ("Kenyan police broke up a rally organised by the Ugandan opposition.", "KEN", "UGA", "175"),
    # a threat's "if" names whom it is aimed at, as "unless" does
    ("Russia threatened to stop negotiations if Norway deploys new missiles.", "NOR", None, None),
])
def test_targets_of_demands_coercion_and_threats(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    if code is None:  # the threat: RUS -> NOR, root 13
        assert any(s == "RUS" and t == source and c[:2] == "13" for s, t, c in found), found
    else:
        assert (source, target, code) in found, found


def test_an_investigation_of_a_crime_names_no_one(rules_only):
    # (tried and dropped: investigations with no target coded; police investigating a
    # shooting is no political event in the gold sets)
    found = triples("Federal agents are investigating the shooting in Ohio.", rules_only)
    assert not any(c[:2] == "09" for _, _, c in found), found


def test_a_split_preposition_is_read_only_for_out_of(rules_only):
    # "pulled out of": "of" under "out" names the place; "according to" names a claimant,
    # not the one given aid
    found = triples("Danish doctors handed over medicine to the Red Cross, according to the Danish agency.",
                    rules_only)
    assert not any(s == "DNK" and t == "DNK" for s, t, _ in found), found




def test_a_suspect_surrendering_is_no_retreat(rules_only):
    # (tried and dropped: surrendering with no one named; a gunman who "surrendered
    # himself to police" became a military retreat)
    found = triples("Police said the American gunman surrendered himself after a standoff.", rules_only)
    assert not any(c.startswith("087") for _, _, c in found), found
