"""Fixes of the senses51 round: a protest inside what a ban holds is no protest; "aid drops" read
as a verb is a noun again; deliveries, shipments and drops of aid are aid sent, and one a verb
undoes gives its phrase back to the verb; an amount "in aid" is aid; a state yields nothing to
its own army. Rules alone (the learned detector off), real model; sentences from fresh WCEP items
or written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Uganda bans the live broadcasting and streaming of protests and violent incidents and restricts"
    " content deemed inciting or hateful ahead of the general election.",
    "Argentine president Javier Milei issues a decree limiting the right to strike for several services,"
    " banning some trade unions from further suspending operations as a method of protest.",
])
def test_a_protest_inside_a_ban_is_no_protest(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c[:2] == "14" for _, _, c in found), found


def test_protests_against_a_ban_stay_protests(rules_only):
    # guard: the ban is what the protest is against, not what holds it
    found = triples("Thousands of people joined protests against the ban in Istanbul.", rules_only)
    assert any(s == "TUR" and c[:2] == "14" for s, _, c in found), found


@pytest.mark.parametrize("text, source", [
    ("The Israeli Air Force begins humanitarian aid drops over the Gaza Strip amid growing international"
     " pressure to allow food into the Palestinian enclave.", "ISR"),
    ("Jordan began aid drops over Gaza on Monday.", "JOR"),
    ("Israel began aid deliveries to the Gaza Strip on Sunday.", "ISR"),
])
def test_aid_drops_and_deliveries_are_aid_sent(text, source, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and t == "PSE" and c[:2] == "07" for s, t, c in found), found


def test_aid_deliveries_suspended_keep_the_place_as_target(rules_only):
    # plover-gsr: the undone noun's place phrase is the suspending verb's target
    found = triples("Red Cross officials suspended aid deliveries in Baghdad on Wednesday after two of their"
                    " vehicles were hit by gunfire and a staff member went missing.", rules_only)
    assert any(t == "IRQ" and c[:2] == "16" for _, t, c in found), found
    assert not any(c[:2] == "07" for _, _, c in found), found


def test_payments_in_aid_stopped_are_aid_cut(rules_only):
    found = triples('U.S. president Donald Trump says that the United States will stop payments and subsidies'
                    ' in aid to Colombia, citing "alleged drug trafficking endorsed by its government."', rules_only)
    assert ("USA", "COL", "162") in found, found


def test_a_state_does_not_yield_to_its_own_army(rules_only):
    found = codes("The foreign ministers in Cairo denounced the memoranda of understanding between Turkey and"
                  " Libya in which Turkey and Libya agreed on maritime borders in the Eastern Mediterranean and"
                  " allowed Turkish army deployments in Libya.", rules_only)
    assert not any(s in ("TUR", "TURGOV") and t == "TURMIL" for s, t, _ in found), found


def test_a_state_allowing_foreign_troops_still_yields(rules_only):
    # guard: another state's army is yielded to
    found = codes("Iraq allowed Turkish troops to enter its territory.", rules_only)
    assert any(s == "IRQ" and t == "TURMIL" and c[:2] == "08" for s, t, c in found), found


def test_a_verb_shares_the_object_of_the_verb_conjoined_after_it(rules_only):
    # "beat" needs a person beaten (its row's object condition): the detained are beaten too
    found = triples("Security forces beat and detained dozens of demonstrators in Tehran.", rules_only)
    assert any(s == "IRN" and c == "182" for s, _, c in found), found
    assert any(s == "IRN" and c[:2] == "17" for s, _, c in found), found


def test_a_hyphened_modifier_of_the_object_is_one_word(rules_only):
    # the row "suspend ... visa|visa-free" (172) reads "visa-free", tokenized "visa - free"
    found = codes("Montenegro suspends its visa-free arrangement for Turkish citizens after the stabbing of a"
                  " local man allegedly by Turkish nationals led to unrest in Podgorica.", rules_only)
    assert ("MNE", "TURCVL", "172") in found, found
