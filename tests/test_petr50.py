"""Added by petr50 (PETRARCH unit tests 342 -> 348): imported verb patterns read in a passive
clause, a pattern that names its verb's modal, an infinitive of purpose in the verb's phrase,
and a group an imported actor dictionary codes keeping that code. Rules alone, real model,
small invented dictionaries (``fixtures/dictionaries/petr50.*``) and sentences written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from coded import codes

pytestmark = pytest.mark.model

DICTIONARIES = Path(__file__).parent / "fixtures" / "dictionaries"
VERBS = DICTIONARIES / "petr50.verbs.txt"
ACTORS = DICTIONARIES / "petr50.actors.txt"


@pytest.fixture(scope="module")
def imported(rules_only):
    return rules_only.replace(verb_dictionaries=(str(VERBS),), dictionaries=(str(ACTORS),))


# -- a passive's subject fills the target marker before the verb -------------------------------

@pytest.mark.parametrize("text, expected", [
    # "+ * FROM $": "X was freed from Y" is Y freeing X
    ("Colombian hostages were freed from Venezuela on Monday.", ("VEN", "COLCVL", "066")),
    # "- + WAS * DEAD IN $": the pattern's own passive
    ("A Peruvian was shot dead in Bolivia.", ("BOL", "PERCVL", "224")),
])
def test_a_passive_subject_is_the_target_of_a_pattern(text, expected, imported):
    assert expected in codes(text, imported)


def test_a_passive_with_an_agent_still_takes_its_subject_as_the_target(imported):
    # the agent is no one the pattern names: the source is after FROM, the target the one freed
    found = codes("Colombia was freed from Venezuela by Brazil.", imported)
    assert ("VEN", "COL", "066") in found, found
    assert not any(t == "BRA" for _, t, _ in found), found


# -- a pattern that names the verb's modal ----------------------------------------------------

def test_a_pattern_naming_the_modal_codes_the_act(imported):
    # "- INDICATED SHOULD * [1011]": not dropped as an act someone is said to owe
    assert ("ETH", "ERI", "1011") in codes("Ethiopia indicated it should have acted against Eritrea.", imported)


def test_an_owed_act_under_a_pattern_without_the_modal_is_not_done(imported):
    # the default row of ACT names no modal: Eritrea's act is still only what it should do
    found = codes("Ethiopia said Eritrea should act against Somalia.", imported)
    assert not any(s == "ERI" for s, _, _ in found), found


def test_the_shipped_lexicon_codes_no_owed_act(rules_only):
    assert not any(c == "1011" for _, _, c in codes("Ethiopia indicated it should have acted against Eritrea.", rules_only))


# -- an infinitive of purpose is in the verb's phrase -------------------------------------------

def test_an_infinitive_of_purpose_holds_the_target_of_an_imported_verb(imported):
    # "to end its dispute with Peru": no verb of benefit (the shipped purpose targets), but of
    # the signing's phrase, whose first other actor is PETRARCH's target
    found = codes("Chile signed the accord on Monday to end its dispute with Peru.", imported)
    assert ("CHL", "PER", "081") in found, found


def test_a_clause_with_its_own_subject_is_not_the_verbs_phrase(imported):
    # "after Peru supplied wheat": a clause of its own, whose actor is no target of the signing
    found = codes("Chile signed an accord after Peru supplied wheat.", imported)
    assert ("CHL", None, "081") in found, found
    assert ("CHL", "PER", "081") not in found, found


# -- a group the dictionary codes keeps its code --------------------------------------------------

def test_a_group_the_dictionary_codes_is_not_placed_by_the_text(imported):
    # AL-QAEDA [IMGMOSALQ]: a group of no state, not the shipped group placed in Afghanistan
    found = codes("Pakistan condemned Al-Qaeda in Afghanistan.", imported)
    assert ("PAK", "---REB", "111") in found, found


def test_the_shipped_group_is_still_placed_by_the_text(rules_only):
    assert ("PAK", "AFGREB", "111") in codes("Pakistan condemned Al-Qaeda in Afghanistan.", rules_only)


# -- a plural noun matches only the pattern word written so ------------------------------------

def test_a_singular_pattern_word_does_not_match_a_plural(imported):
    # "- * EFFORT [087]": "abandoned its efforts" is the verb's default (080), as PETRARCH reads it
    found = codes("Chile abandoned its efforts with Peru.", imported)
    assert ("CHL", "PER", "080") in found, found
    assert not any(c == "087" for _, _, c in found), found


@pytest.mark.parametrize("text, code", [
    ("Chile abandoned its effort with Peru.", "087"),  # the word as written
    ("Chile abandoned diplomatic ties with Peru.", "161"),  # a plural pattern word, a plural
    ("Chile abandoned its last diplomatic tie with Peru.", "161"),  # and a singular in the text
])
def test_pattern_words_still_match(text, code, imported):
    assert ("CHL", "PER", code) in codes(text, imported)
