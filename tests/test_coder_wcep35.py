"""Constructions of the rule coder from the twenty-third round on WCEP-style current-news
summaries (wcep35): the attacks and forces of "its"/"their" in what an actor says, and
ending aid, talks or agreements. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # the attacks of "its"/"their", subject of what an actor says, are the speaker's
    ("The IDF announces that its strikes in Lebanon are one part of a new operation.", ("ISR", "LBN", "195")),
    ("Israel said its strikes on Gaza were justified.", ("ISR", "PSE", "195")),
    ("The Pentagon said its airstrikes in Somalia killed three al-Shabaab fighters.", ("USA", "SOM", "195")),
    # forces of "their" as the subject: the speaker's
    ("The Houthis said their forces shot down an American drone.", ("YEM", "USA", "190")),
])
def test_the_speakers_own_attacks_and_forces(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_its_strikes_of_another_subject_are_not_the_speakers(rules_only):
    found = triples("Iran says that Israel has intensified its strikes on Lebanon.", rules_only)
    assert ("ISR", "LBN", "195") in found, found
    assert not any(s == "IRN" for s, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    ("Hungary has ended all support for Ukraine.", ("HUN", "UKR", "162")),
    ("Canada says it is stopping funding to Niger.", ("CAN", "NER", "162")),
    ("Mali ends its defence cooperation with France.", ("MLI", "FRA", "160")),
    ("Somalia terminates all agreements with the UAE.", ("SOM", "ARE", "160")),
    ("Colombian president Gustavo Petro orders public forces to halt intelligence sharing with the United States.",
     ("COL", "USA", "160")),
    ("The European Union ends the issuance of multiple-entry visas to Russian citizens.", ("EU", "RUS", "172")),
    # the target hangs on what the object is "of"
    ("Thailand suspends the implementation of a peace agreement with Cambodia.", ("THA", "KHM", "160")),
    ("The U.S. terminates the temporary protected status of Afghan nationals.", ("USA", "AFG", "172")),
])
def test_ending_aid_talks_or_agreements_reduces_relations(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_terminating_an_agreement_signs_none(rules_only):
    found = triples("Somalia terminates all agreements with the UAE.", rules_only)
    assert not any(c.startswith("05") for _, _, c in found), found


def test_a_spelling_of_jnim_is_the_group(rules_only):
    found = triples("At least 10 soldiers are killed in an attack by Jama'at Nasr al-Islam wal-Muslimin "
                    "in Tillaberi Region, Niger.", rules_only)
    assert any(s == "MLI" and t == "NER" for s, t, _ in found), found
