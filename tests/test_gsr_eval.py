"""Scoring against the PLOVER gold records (plover-gsr.json): reader, matching rules, end to end."""

from __future__ import annotations

import dataclasses
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from shared_data import shared_path
from eventwire.errors import DocumentError, InputError
from eventwire.evaluation.gsr import GsrRecord, actor_key, parse_record, read_gsr, score_gsr_file, score_record
from eventwire.records import Actor, Event, Mention

SAMPLE = Path(__file__).parent / "fixtures" / "plover-gsr-sample.json"


def sample() -> tuple[dict[str, GsrRecord], list[DocumentError]]:
    records, errors = {}, []
    for item in read_gsr(SAMPLE):
        if isinstance(item, DocumentError):
            errors.append(item)
        else:
            records[item.id] = item
    return records, errors


def record(**fields) -> GsrRecord:
    base = {"id": "T-1", "date": "2000-01-01", "event": "AGREE", "text": "A text.", "textInfo": {"markup": ""}}
    return parse_record(base | fields, "T-1")


def actor(code: str, sector: str | None = None) -> dict:
    return {"actorText": code, "code": code, "sector": sector}


def event(source: Actor | None, target: Actor | None, plover: str) -> Event:
    def mention(a: Actor | None) -> Mention | None:
        return Mention(a.name or "x", 0, 1, a) if a else None
    return Event("T-1", 0, "A text.", (0, 7), mention(source), mention(target), "010", "x", 1, 0.0, plover)


# -- reader -------------------------------------------------------------------


def test_reader_skips_the_header_and_reads_the_conventions():
    records, _ = sample()
    assert "SAMPLE-DOCUMENT-0001" not in records
    consult = records["SAMPLE-CONSULT-0001"]
    assert consult.symmetric and consult.targets == () and consult.source == "ISR|LBN"
    assert consult.document.text.startswith("Israel and Lebanon") and str(consult.document.date) == "2000-01-01"
    demand = records["SAMPLE-DEMAND-0001"]
    assert demand.plover == "REQUEST" and demand.gold_type == "DEMAND"  # PLOVER 0.5 name
    assert demand.source == "JPN|ITA" and demand.target == "IGO"  # CAMEO codes to ISO3
    assert [a.sector for a in demand.sources] == ["GOV", "GOV"]
    amnesty = records["SAMPLE-DISAPPROVE-0002"]
    assert amnesty.plover == "ACCUSE" and not amnesty.symmetric
    assert amnesty.markup.startswith("(SRC: Amnesty")  # textInfo given as a bare string
    assert records["SAMPLE-DISAPPROVE-0001"].sources[0].sector is None  # "***": not scored
    assert records["SAMPLE-RETREAT-0001"].sources[0].sector == "REB"  # "REBacb": first three letters
    assert records["SAMPLE-RETREAT-0001"].target == "-"  # no target key at all


def test_bad_records_are_named_and_the_rest_goes_on():
    records, errors = sample()
    problems = {e.doc: e.problem for e in errors}
    assert "'diplomatic', not a list of actors" in problems["SAMPLE-BAD-0001"]
    assert "'CELEBRATE' is not a PLOVER type" in problems["SAMPLE-BAD-0002"]
    assert "code 'GR'" in problems["SAMPLE-BAD-0003"]
    assert "no text" in problems["SAMPLE-BAD-0004"]
    assert any(doc.endswith("[10]") and "not an object" in p for doc, p in problems.items())
    assert len(errors) == 5 and len(records) == 6


def test_a_repeated_id_is_kept_with_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="eventwire.evaluation.gsr"):
        records, _ = sample()
    assert "SAMPLE-DISAPPROVE-0001#11" in records and records["SAMPLE-DISAPPROVE-0001#11"].plover == "ASSAULT"
    assert records["SAMPLE-DISAPPROVE-0001#11"].source == "-"  # "---": an actor with no country
    assert "used twice" in caplog.text


@pytest.mark.parametrize("content", ["{not json", '{"id": "x"}'])
def test_a_file_that_is_not_a_record_list_is_an_input_error(tmp_path, content):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="not a PLOVER gold file"):
        list(read_gsr(path))


# -- matching -----------------------------------------------------------------


def test_symmetric_records_match_either_order_but_not_one_actor_twice():
    r = record(source=[actor("HUN"), actor("ROU")], target="",
               textInfo={"markup": "(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials agreed"})
    assert r.matches(("HUN", "ROU", "AGREE")) and r.matches(("ROU", "HUN", "AGREE"))
    assert not r.matches(("HUN", "HUN", "AGREE")) and not r.matches(("HUN", "-", "AGREE"))
    assert not r.matches(("HUN", "ROU", "CONSULT"))
    same_state = record(source=[actor("SDN", "GOV"), actor("SDN", "REB")], textInfo="(SRC/TAR: x) (SRC/TAR: y)")
    assert same_state.matches(("SDN", "SDN", "AGREE"))


def test_ordered_records_keep_the_direction():
    r = record(source=[actor("USA")], target=[actor("PRK")], event="DEMAND")
    assert r.matches(("USA", "PRK", "REQUEST")) and not r.matches(("PRK", "USA", "REQUEST"))


@pytest.mark.parametrize("target", [None, "", []])
def test_a_missing_target_wants_an_event_without_one(target):
    fields = {"source": [actor("UGA", "REB")], "event": "RETREAT"}
    if target is not None:
        fields["target"] = target
    r = record(**fields)
    assert r.matches(("UGA", "-", "RETREAT")) and not r.matches(("UGA", "RWA", "RETREAT"))


def test_several_sources_and_targets_each_match():
    r = record(source=[actor("JAP"), actor("ITL")], target=[actor("IRN"), actor("LBY")], event="THREATEN")
    assert all(r.matches((s, t, "THREATEN")) for s in ("JPN", "ITA") for t in ("IRN", "LBY"))
    assert not r.matches(("JPN", "ITA", "THREATEN"))


def test_organisation_codes():
    assert actor_key(Actor(org="UN")) == "IGO" and actor_key(Actor(org="AMNESTY", sector="NGO")) == "NGO"
    assert actor_key(Actor(country="SDN", sector="NGO")) == "SDN" and actor_key(Actor(sector="NGO")) == "NGO"
    assert actor_key(Actor(sector="REB")) == "-" and actor_key(None) == "-"
    igo = record(source=[actor("IGO")], target=[actor("SDN")], event="DISAPPROVE")
    assert igo.matches(("IGO", "SDN", "ACCUSE")) and igo.matches(("NGO", "SDN", "ACCUSE"))
    ngo = record(source=[actor("NGO")], target=[actor("SDN")], event="DISAPPROVE")
    assert ngo.matches(("NGO", "SDN", "ACCUSE")) and not ngo.matches(("IGO", "SDN", "ACCUSE"))
    img = record(source=[actor("IMG")], target=[actor("USA")], event="THREATEN")
    assert not any(img.matches((k, "USA", "THREATEN")) for k in ("AFG", "IGO", "NGO", "-"))


def test_score_record_counts_triples_dyads_and_sectors():
    r = record(source=[actor("USA", "GOV")], target=[actor("IRQ", "MIL"), actor("IRQ", "CVL")], event="FIGHT")
    usa, iraq_army = Actor(country="USA", sector="MIL"), Actor(country="IRQ", sector="MIL")
    score = score_record(r, [event(usa, iraq_army, "ASSAULT"), event(usa, iraq_army, "ASSAULT"),
                             event(usa, Actor(country="IRN"), "ASSAULT"), event(usa, iraq_army, "COERCE")])
    assert (score.matched_required, score.required) == (1, 1)
    assert (score.matched_triples, score.triples) == (1, 3)  # duplicates count once
    assert score.root_correct_on_dyads == score.root_on_dyads == 1
    assert [t for _, t, _, _ in score.false] == [("USA", "IRN", "ASSAULT"), ("USA", "IRQ", "COERCE")]
    assert score.attribute_accuracy("source_sector") == 0.0  # MIL, gold GOV
    assert score.attribute_accuracy("target_sector") == 1.0  # MIL is one of the two gold sectors
    added = dataclasses.replace(event(usa, Actor(country="SYR"), "ASSAULT"), coder="model:event_model:0.55")
    detected = score_record(r, [event(usa, iraq_army, "ASSAULT"), added])
    assert [(t, coder) for _, t, _, coder in detected.false] == [(("USA", "SYR", "ASSAULT"), "model:event_model:0.55")]
    missed = score_record(r, [event(usa, iraq_army, "COERCE")])
    assert missed.misses[0][1] is r and missed.root_on_dyads == 1 and missed.root_correct_on_dyads == 0
    summary = missed.as_dict()
    assert summary["recall"] == 0.0 and summary["dyad_f1"] == 1.0 and summary["type_accuracy_on_dyads"] == 0.0


def test_events_outside_plover_are_not_scored():
    """PLOVER dropped CAMEO's statements (01) and appeals (02): such an event is no PLOVER
    event, neither a false triple nor a found dyad; a typed event beside it still counts."""
    r = record(source=[actor("USA", "GOV")], target=[actor("IRQ", "GOV")], event="REJECT")
    usa, iraq = Actor(country="USA", sector="GOV"), Actor(country="IRQ", sector="GOV")
    appeal = dataclasses.replace(event(iraq, usa, "REJECT"), cameo="020", plover=None)
    only = score_record(r, [appeal])
    assert only.triples == 0 and only.false == [] and only.root_on_dyads == 0
    both = score_record(r, [appeal, event(usa, iraq, "REJECT"), event(usa, Actor(country="SYR"), "ASSAULT")])
    assert (both.matched_triples, both.triples) == (1, 2) and both.matched_required == 1


# -- end to end (real model) --------------------------------------------------


@pytest.mark.model
def test_sample_end_to_end(settings, nlp):
    errors: list[DocumentError] = []
    score = score_gsr_file(SAMPLE, settings=settings, on_error=errors.append)
    assert len(errors) == 5 and score.required == 6
    missed = {doc for doc, _ in score.misses}
    # symmetric (gold order LBN/ISR either way), ACCUSE from DISAPPROVE, an IGO-coded NGO
    assert not missed & {"SAMPLE-CONSULT-0001", "SAMPLE-DISAPPROVE-0001", "SAMPLE-DISAPPROVE-0002"}
    summary = score.as_dict()
    assert summary["matched_records"] >= 3 and summary["precision"] > 0
    assert summary["system_triples"] == summary["matching_triples"] + len(score.false)


@pytest.mark.model
def test_eval_command_reads_plover_gold_json():
    proc = subprocess.run([sys.executable, "-m", "eventwire", "eval", str(SAMPLE), "--format", "json",
                           "--errors", "3"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 3  # the bad records are counted
    assert "SAMPLE-BAD-0001" in proc.stderr and "Traceback" not in proc.stderr
    summary = json.loads(proc.stdout.splitlines()[0])
    assert summary["gold_records"] == 6 and "type_accuracy_on_dyads" in summary
    assert "missed (first 3):" in proc.stdout and "false (first 3):" in proc.stdout


def test_the_real_file_reads():
    path = shared_path("eval", "dev", "plover-gsr.json")
    items = list(read_gsr(path))
    errors = [i for i in items if isinstance(i, DocumentError)]
    records = [i for i in items if not isinstance(i, DocumentError)]
    assert [e.doc for e in errors] == ["PLOVER-GSR01-AGREE-0007"]  # "diplomatic" as its target
    assert len(records) == 321 and len({r.id for r in records}) == 321
    assert sum(r.symmetric for r in records) >= 15
