"""Threats (CAMEO 13, PLOVER THREATEN) found weak on the MIT synthetic PLOVER stories
(twenty-fifth round): what a warning says its speaker could, might or may do; an act conjoined
to a threatened one; the act a passive threat word names ("is threatened with being banned").
The threat is asserted, its act the content (GUIDE section 4). Rules alone, real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("Russia warned that it could cut off gas supplies to Ukraine.", ("RUS", "UKR", "1311")),
    ("Chile warned that it might impose sanctions on Peru.", ("CHL", "PER", "1312")),
    ("Kenya threatened that it may expel the Somali ambassador.", ("KEN", "SOM", "1313")),
])
def test_warned_it_could_is_a_threat(text, event, rules_only):
    found = coded(text, rules_only)
    assert event + ("asserted",) in found, found
    assert not any(c[:2] != "13" for _, _, c, _ in found), found  # the act itself is not done


@pytest.mark.parametrize("text, root", [
    # guards: a plain "could" under a saying verb stays the uncertain act, no threat
    ("Russia said that it could cut off gas supplies to Ukraine.", "16"),
    ("Eritrea said that it could invade and annex Bulgaria.", "19"),
])
def test_said_it_could_stays_uncertain(text, root, rules_only):
    found = coded(text, rules_only)
    assert any(c[:2] == root and m == "uncertain" for _, _, c, m in found), found
    assert not any(c[:2] == "13" for _, _, c, _ in found), found


def test_warning_of_a_disaster_is_no_threat(rules_only):
    found = triples("The UN warned of a humanitarian disaster in Gaza.", rules_only)
    assert not any(c[:2] == "13" for _, _, c in found), found


def test_warning_about_another_actors_act_is_not_its_own(rules_only):
    # what someone else could do is a forecast, not the speaker's threat of that act
    found = triples("Russia warned that Ukraine could cut off gas supplies to Moldova.", rules_only)
    assert ("RUS", "MDA", "1311") not in found and ("UKR", "MDA", "1311") not in found, found


@pytest.mark.parametrize("text", [
    "Eritrea threatened to invade and annex Bulgaria.",
    "Eritrea warned that it would invade and annex Bulgaria.",
    "Eritrea warned that it could invade and annex Bulgaria.",
])
def test_act_conjoined_to_a_threatened_act_is_threatened(text, rules_only):
    found = triples(text, rules_only)
    assert ("ERI", "BGR", "1382") in found, found
    assert ("ERI", "BGR", "192") not in found, found


def test_conjoined_act_with_its_own_subject_is_not_framed(rules_only):
    found = triples("Eritrea threatened to invade Bulgaria and Serbia annexed Kosovo.", rules_only)
    assert not any(c.startswith("13") and t == "XKX" for _, t, c in found), found


def test_threatened_with_being_banned(rules_only):
    found = coded("The Labour Party is threatened with being banned by the government.", rules_only)
    assert ("GBR", "GBR", "132", "asserted") in [(s and s[:3], t and t[:3], c, m) for s, t, c, m in found], found
    assert not any(c == "172" for _, _, c, _ in found), found  # the ban is not imposed
