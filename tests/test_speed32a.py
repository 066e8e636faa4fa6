"""The speed32a reads (sentences of our own): a Trigger's flag readings are made once with
the row and say what its flags say; the coder's quick pass over words with no lexicon row
still finds a saying verb's or a message noun's demand (``Obligation``), and codes nothing
for a sentence of words with no row."""

from __future__ import annotations

import dataclasses

from eventwire.coding.lexicon import (AIMED, COURT, NULL_FLAG, ORG, SOURCE_AFTER_FLAG, TARGET_BEFORE_FLAG,
                                      TARGET_PAST_FLAG, UNARMED, Trigger)

from coded import coded


def _row(flags: set[str]) -> Trigger:
    return Trigger("launch", None, "VERB", "190", ("dobj",), frozenset(), frozenset(), frozenset(flags), 1)


def test_the_flag_readings_are_made_with_the_row():
    row = _row({f"{AIMED}195", f"{ORG}160", f"{COURT}116", f"{UNARMED}143", NULL_FLAG,
                f"{SOURCE_AFTER_FLAG}from:1", TARGET_BEFORE_FLAG, f"{TARGET_PAST_FLAG}at", "sym"})
    assert (row.aimed_code, row.org_code, row.court_code, row.unarmed_code) == ("195", "160", "116", "143")
    assert row.null and row.target_before and row.symmetric
    assert row.source_after == ("from", 1)
    assert row.target_past == "at"
    plain = _row(set())
    assert (plain.aimed_code, plain.org_code, plain.court_code, plain.unarmed_code) == (None, None, None, None)
    assert not plain.null and not plain.target_before
    assert plain.source_after is None and plain.target_past is None
    assert _row({f"{SOURCE_AFTER_FLAG}:0"}).source_after == ("", 0)  # the first actor after the verb


def test_a_changed_row_reads_its_own_flags_and_compares_as_before():
    row = _row({f"{AIMED}195"})
    changed = dataclasses.replace(row, cameo="173", flags=frozenset({f"{COURT}116"}))
    assert changed.court_code == "116" and changed.aimed_code is None
    assert dataclasses.replace(row, cameo="190") == row  # the readings are not compared
    assert "aimed_code" not in repr(row)


def test_a_saying_verb_of_real_states_demands(rules_only):
    found = coded("Kenya declared that Uganda must withdraw its troops from the border.", rules_only)
    assert ("KEN", "UGA", "10") in {(s, t, c[:2]) for s, t, c, _ in found}, found
    assert all(c[:2] == "10" for _, _, c, _ in found), found  # the withdrawal is asked for, not done


def test_a_message_noun_with_no_row_still_demands(rules_only):
    found = coded("Peru sent a reminder to Chile that it must respect the maritime border.", rules_only)
    assert ("PER", "CHL", "10") in {(s, t, c[:2]) for s, t, c, _ in found}, found


def test_words_with_no_row_code_nothing(rules_only):
    assert coded("The Kenyan and Ugandan delegations were in the same hotel on Tuesday.", rules_only) == []
