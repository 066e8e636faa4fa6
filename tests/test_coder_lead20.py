"""Constructions added by the lead in the sixteenth round: a relative clause set off by a
comma after a named actor ("Egypt, which condemned ...") has that actor for its subject,
and its date tells that actor's background, not the time of the story. Rules alone (the
learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded
from eventwire import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, root", [
    # "which"/"who" after a comma and an actor: the actor acts
    ("The summit was hosted by Egypt, which condemned the Israeli strikes.", "EGY", "ISR", "11"),
    ("The talks were chaired by Norway, which urged Sudan to accept a truce.", "NOR", "SDN", "02"),
])
def test_a_named_actors_relative_clause_has_it_for_subject(text, source, target, root, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c[:2] == root for s, t, c, _ in found), found


@pytest.mark.parametrize("text", [
    # no comma: a restrictive clause picks out whom it tells of, it is no named actor's aside
    "Officials who criticised Israel were dismissed by the ministry.",
    # a relative clause the parser hangs on a place does not make the place act
    "Pakistani police said the bombing in Quetta, which killed 12 people, was planned abroad.",
])
def test_other_relative_clauses_do_not_take_their_noun_for_subject(text, rules_only):
    found = coded(text, rules_only)
    assert not any(c[:2] in ("11", "18", "19") and s in ("ISR", "PAK") for s, _, c, _ in found), found


def test_an_asides_date_is_not_the_storys(rules_only):
    events = extract("Russia, which invaded Ukraine in 2022, criticised France.", date="2026-05-06",
                     settings=rules_only)
    dates = {(e.source.actor.key, e.target.actor.key, e.cameo[:2]): e.date for e in events if e.source and e.target}
    assert dates.get(("RUS", "FRA", "11")) == "2026-05-06", dates
    assert dates.get(("RUS", "UKR", "19")) == "2022", dates  # the aside's own act keeps its year


@pytest.mark.parametrize("text, source, target, code", [
    # a promise or vow not to do a cooperative act refuses it (12x), as "refused to" does
    ("Israel vowed not to return the occupied land to Syria.", "ISR", "SYR", "12"),
    ("Turkey pledged not to send troops to Syria.", "TUR", "SYR", "12"),
    # the same promise without "not" is a statement of intent (03x)
    ("Turkey pledged to send troops to Syria.", "TUR", "SYR", "03"),
])
def test_a_promise_not_to_act_is_a_refusal(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c[:2] == code for s, t, c, _ in found), found
    assert not any(c[:2] == ("03" if code == "12" else "12") for _, _, c, _ in found), found


def test_a_promise_not_to_use_force_is_no_threat(rules_only):
    found = coded("Israel promised not to attack Lebanon.", rules_only)
    assert not any(c[:2] in ("13", "18", "19") for _, _, c, _ in found), found


def test_an_events_coder_names_the_file_of_its_row(rules_only):
    events = extract("Kenya agreed to set up an office in Uganda. Kenya condemned Uganda.", date="2026-05-06",
                     settings=rules_only)
    files = {e.cameo[:2]: e.coder.split(":")[1] for e in events}
    assert files.get("03") == "promised_acts.tsv" and files.get("11") == "triggers.tsv", [
        (e.cameo, e.coder) for e in events]


@pytest.mark.parametrize("text, target", [
    # a noun after "despite" is no argument of the verb it hangs on: its "to" is the verb's own
    ("Serbia returned the detainees to Kosovo despite the EU plan's deadline on Monday.", None),
    # a deadline given to someone is an ultimatum to them (plv21's row)
    ("Kenya gave Uganda a two-week deadline to withdraw its troops.", "UGA"),
])
def test_a_concession_is_no_argument_of_its_verb(text, target, rules_only):
    events = coded(text, rules_only)
    found = [(s, t) for s, t, c, _ in events if c == "139"]
    assert (found == []) if target is None else ("KEN", target) in found, events
    if target is None:  # the verb keeps its own "to": the return to Kosovo
        assert any((s, t, c) == ("SRB", "XKX", "084") for s, t, c, _ in events), events
