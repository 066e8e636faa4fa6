"""Coder fixes of the thirty-third round (coder48): partners named "together with", "jointly
with", "along with" are co-doers, not targets; acts inside a condition; self-dyads. Rules alone
(the learned detector off) and the shipped settings, real model; sentences written for these
tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, partner", [
    ("US forces fought together with Kurdish fighters against Islamic State.", "USAREB"),
    ("Russian troops fought jointly with Wagner mercenaries in Bakhmut.", "RUSMIL"),
    ("Antony Blinken met Wang Yi together with Jake Sullivan in Vienna.", "USAGOV"),
])
def test_partner_of_with_is_not_the_target(text, partner, rules_only):
    found = codes(text, rules_only)
    assert found, found
    assert not any(t == partner for _, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    ("US forces fought together with Kurdish fighters against Islamic State.", "USA", "IRQ"),
    ("Iraqi forces launched a joint offensive with Kurdish forces against Islamic State.", "IRQ", "IRQ"),
])
def test_act_against_after_a_partner_is_the_acts(text, source, target, rules_only):
    # the parser hangs the act's "against" on the partner: it is still whom the act is on
    found = codes(text, rules_only)
    assert any(s.startswith(source) and t == target + "REB" and c[:2] == "19" for s, t, c in found), found


def test_plain_with_stays_the_target(rules_only):
    # guards: a "with" with no partner's adverb is still whom a symmetric act is with
    assert ("USA", "CHN", "040") in triples("Antony Blinken met Wang Yi in Vienna.", rules_only)
    assert any(s == "IND" and t == "JPN" for s, t, _ in triples("India conducted a naval exercise with Japan.", rules_only))


def test_coordination_with_a_partner_stays_cooperation(rules_only):
    # "in coordination with X" is cooperation with X (a gold pattern), not a target of the seizure
    found = triples("Kenya deported 20 Somalis in coordination with the UNHCR.", rules_only)
    assert ("KEN", "UNHCR", "060") in found, found
    assert not any(t == "UNHCR" and c[:2] == "17" for _, t, c in found), found
