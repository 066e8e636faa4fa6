"""Threats the parser hides (twenty-fourth round, threat39): a target hung on the particle "back"
("would strike back against the US"); "did not / refused to rule out" force or sanctions against
someone, a threat (138, 1312), not a rejection; a vow the parser conjoined to a said clause whose
subject is no actor ("Russia said the UK's decision is hostile and vows a response against the UK":
Russia's vow). Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import modalities, triples as codes

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # the parser hangs "against"/"at" on the particle "back"; "said it would": a threat (138)
    ("Iran said it would strike back against the United States.", ("IRN", "USA", "1384")),
    ("Israel will strike back at Hezbollah.", ("ISR", "LBN", "190")),
    # not ruling out force or sanctions against someone is a threat
    ("The European Union did not rule out sanctions against Russia.", ("EU", "RUS", "1312")),
    ("Germany did not rule out military action against Iran.", ("DEU", "IRN", "138")),
    ("The US president refused to rule out military action against Iran.", ("USA", "IRN", "138")),
    # the vow is the speaker's, not the decision's
    ("Russia said the UK's decision is hostile and vows a response against the UK.", ("RUS", "GBR", "130")),
])
def test_a_hidden_threat_is_coded(text, expected, rules_only):
    assert expected in codes(text, rules_only)


def test_ruling_out_sanctions_is_no_threat(rules_only):
    # ruling them out rejects them
    found = codes("Germany ruled out sanctions against China.", rules_only)
    assert ("DEU", "CHN", "120") in found
    assert not any(c.startswith("13") for _, _, c in found)


def test_workers_striking_against_someone_make_no_attack(rules_only):
    found = codes("Teachers will strike against the government over pay.", rules_only)
    assert not any(c.startswith(("13", "19")) for _, _, c in found)


def test_a_vow_beside_an_actor_subject_is_not_moved(rules_only):
    # the said clause's subject is an actor: the parser's conjunct keeps it (no speaker's vow
    # against the one it names is made up)
    found = codes("Police said the fire destroyed the building and killed three people.", rules_only)
    assert not any(c.startswith("13") for _, _, c in found)


def test_the_speakers_own_vow_is_asserted(rules_only):
    # the vow the parser conjoined to what the speaker says is made now, not told of
    text = "Russia said the UK's decision is hostile and vows a response against the UK."
    assert modalities(text, rules_only, ("RUS", "GBR", "13")) == {"asserted"}
