"""Constructions added by the lead in the fifteenth round: what "can" do is possible, not
done (uncertain modality), and a preposition whose object is a stretch or point of time
("at any time") is no preposition a trigger row needs. Rules alone (the learned detector
off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, modality", [
    # "can": possible or allowed, not told as done
    ("Ukraine can now strike military targets inside Russia with the new missiles.", "UKR", "RUS", "uncertain"),
    ("Under Hungary's new law, the police can arrest journalists without a warrant.", "HUN", "HUN", "uncertain"),
    # "cannot": not done, whatever else it hedges
    ("The Serbian police cannot arrest Kosovo officials.", "SRB", "XKX", "negated"),
    # the modals that hedged before still do, and a plain past is asserted
    ("Ukraine could strike military targets inside Russia.", "UKR", "RUS", "uncertain"),
    ("Ukraine struck military targets inside Russia.", "UKR", "RUS", "asserted"),
])
def test_can_is_a_possibility_not_an_act(text, source, target, modality, rules_only):
    found = coded(text, rules_only)
    chosen = [m for s, t, _, m in found if (s, t) == (source, target)]
    assert chosen and all(m == modality for m in chosen), found


@pytest.mark.parametrize("text, root", [
    # "hit at" someone is a rebuke; "hit X at any time" strikes X, the "at" tells when
    ("Russia warned that its missiles can hit Kyiv at any time.", "19"),
    ("The Kremlin hit out at Warsaw over the expulsions.", "11"),
])
def test_a_time_phrase_is_no_preposition_of_a_row(text, root, rules_only):
    found = coded(text, rules_only)
    assert any(c[:2] == root for _, _, c, _ in found), found
    assert not any(c[:2] == ("11" if root == "19" else "19") for _, _, c, _ in found), found


@pytest.mark.parametrize("text, source, target, root", [
    # arms of "its"/"their" in what an actor says are the speaker's, as "it" would be
    ("Israel said its jets struck Hezbollah positions in southern Lebanon.", "ISR", "LBN", "19"),
    ("The Houthis said their missiles hit an American destroyer in the Red Sea.", "YEM", "USA", "19"),
    ("Iran warned that its missiles would hit Israeli cities.", "IRN", "ISR", "13"),
    # already so before: a sector noun of "its"
    ("Russia said its troops attacked Ukrainian positions.", "RUS", "UKR", "19"),
])
def test_arms_of_its_are_the_speakers(text, source, target, root, rules_only):
    found = coded(text, rules_only)
    assert any((s, t, c[:2]) == (source, target, root) for s, t, c, _ in found), found


@pytest.mark.parametrize("text", [
    # the speaker's own forces in a that-clause are not the target of its warning or demand
    "China warned that its navy would stop foreign ships in the strait.",
    "Iran demanded that its diplomats be released.",
])
def test_the_speakers_own_are_no_target_of_the_clause(text, rules_only):
    found = coded(text, rules_only)
    assert not any(s == t for s, t, _, _ in found if s), found


def test_its_partners_named_are_others(rules_only):
    found = coded("France demanded that its European Union partners stop buying Russian gas.", rules_only)
    assert any((s, t, c[:2]) == ("FRA", "EU", "10") for s, t, c, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    # a court placed in a city: the court of that city's state, and its finding is 116
    ("A court in Moscow ruled the ban unlawful.", "RUSJUD", "RUSGOV"),
    ("The Court of Appeal in London ruled that the deportation was unlawful.", "GBRJUD", "GBRGOV"),
])
def test_a_court_placed_in_a_city(text, source, target, rules_only):
    assert (source, target, "116") in codes(text, rules_only)
