"""Constructions added by the lead in the fifteenth round: the lemmas the model gets
wrong, what is weighed but not done, and "its troops". Rules alone (the learned detector
off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.actors.component import SPAN_KEY
from eventwire.config import load_settings
from eventwire.nlp.model import cached_pipeline, mend_lemmas

from coded import coded, triples

pytestmark = pytest.mark.model


def test_the_pipeline_mends_the_lemmas_of_its_table(tmp_path):
    nlp = cached_pipeline(load_settings(env={"EVENTWIRE_EVENT_MODEL": "none"}))
    doc = nlp("Egypt hopes to mediate, as it hoped last year; the army left its bases.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["hopes"] == "hope" and lemmas["hoped"] == "hope" and lemmas["bases"] == "base", lemmas
    # the table is data: a row added there is applied
    table = tmp_path / "lemmas.tsv"
    table.write_text("form\ttag\tlemma\nmediate\tVB\tmediatex\n")
    from eventwire.nlp.model import load_model
    own = load_model()
    mend_lemmas(own, table)
    assert [t.lemma_ for t in own("They mediate.")][1] == "mediatex"


@pytest.mark.parametrize("text", [
    "Egypt hopes to mediate between Israel and Hamas.",
    "Qatar is hoping to mediate between Israel and Hamas.",
])
def test_what_an_actor_hopes_to_do_is_future(text, rules_only):
    found = coded(text, rules_only)
    assert found and all(m == "future" for *_, m in found), found


@pytest.mark.parametrize("text, source, target", [
    ("The United States is considering new sanctions against Venezuela.", "USA", "VEN"),
    ("Britain is weighing sanctions on Iran.", "GBR", "IRN"),
    ("The European Union proposed new sanctions on Russia.", "EU", "RUS"),
    ("Washington is mulling an embargo on Cuba.", "USA", "CUB"),
])
def test_sanctions_weighed_or_proposed_are_not_imposed(text, source, target, rules_only):
    found = [(s, t, c[:2], m) for s, t, c, m in coded(text, rules_only)]
    assert (source, target, "16", "future") in found, found
    assert not any(m == "asserted" for *_, m in found), found


def test_sanctions_imposed_and_an_attack_judged_stay_asserted(rules_only):
    found = coded("The EU imposed sanctions on Belarus.", rules_only)
    assert [(s, t, c[:2], m) for s, t, c, m in found] == [("EU", "BLR", "16", "asserted")], found
    found = coded("Russia considered the Ukrainian attack on Belgorod an act of terrorism.", rules_only)
    assert ("UKR", "RUS", "190", "asserted") in found, found


@pytest.mark.parametrize("text, source, target, modality", [
    ("Pakistan denied that its troops had fired on Indian positions.", "PAK", "IND", "negated"),
    ("Russia said its forces destroyed 20 Ukrainian drones overnight.", "RUS", "UKR", "reported"),
    ("Pakistan denied that its army had shelled Indian positions.", "PAK", "IND", "negated"),
])
def test_its_troops_are_the_states_military(text, source, target, modality, rules_only):
    events = [e for e in extract(text, date="2025-06-01", settings=rules_only)]
    found = [(e.source.actor.country, e.source.actor.sector, e.target.actor.country, e.modality)
             for e in events if e.source and e.target]
    assert (source, "MIL", target, modality) in found, found


@pytest.mark.parametrize("text, expected", [
    ("India said Pakistan feared its troops would be attacked.", ("PAK", "MIL")),  # the nearest subject's
    ("Spain withdrew its ambassador to Israel.", None),  # an object: the subject's own, no side
    ("Officials in Nigeria said Acme Oil had moved its workers out.", None),  # Acme's
    ("President Ruto said its police would stay.", None),  # a person is no "it"
])
def test_its_is_the_state_the_clause_is_about(text, expected, nlp):
    doc = nlp(text)
    mentions = {s.text: (s._.actor.country, s._.actor.sector) for s in doc.spans[SPAN_KEY]}
    its = next((v for k, v in mentions.items() if k.startswith("its ")), None)
    assert its == expected, mentions


@pytest.mark.parametrize("text, source, target", [
    ("Myanmar soldiers torched several villages in the Sagaing region.", ("MMR", "MIL"), ("MMR", "CVL")),
    ("Witnesses said Myanmar soldiers burned several villages.", ("MMR", "MIL"), ("MMR", "CVL")),
    ("Rebels burned down the house of a local official in Mali.", ("MLI", "REB"), ("MLI", "GOV")),
])
def test_burning_villages_and_homes_destroys_property(text, source, target, rules_only):
    events = extract(text, date="2025-06-01", settings=rules_only)
    found = [((e.source.actor.country, e.source.actor.sector), e.cameo,
              (e.target.actor.country, e.target.actor.sector)) for e in events if e.source and e.target]
    assert (source, "1712", target) in found, found


def test_burning_a_flag_is_no_destruction_of_property(rules_only):
    found = coded("Protesters burned an American flag outside the US embassy in Tehran.", rules_only)
    assert not any(c == "1712" for *_, c, _ in found), found


def test_troops_crossing_into_a_country_occupy_but_migrants_do_not(rules_only):
    assert ("VEN", "GUY", "192") in triples("Venezuelan troops crossed into Guyana.", rules_only)
    found = triples("Thousands of migrants crossed into Poland from Belarus.", rules_only)
    assert not any(c.startswith("19") for *_, c in found), found


@pytest.mark.parametrize("text, a, b", [
    ("Ethiopia and Eritrea accused each other of violating the truce.", "ETH", "ERI"),
    ("India and Pakistan blamed one another for the collapse of the talks.", "IND", "PAK"),
])
def test_conjoined_subjects_acting_on_each_other_act_both_ways(text, a, b, rules_only):
    found = triples(text, rules_only)
    assert (a, b, "112") in found and (b, a, "112") in found, found


def test_conjoined_subjects_exchanging_prisoners_exchange_with_each_other(rules_only):
    found = triples("Ukraine and Russia exchanged 200 prisoners of war.", rules_only)
    assert ("UKR", "RUS", "084") in found and not any(t.endswith("CVL") for _, t, _ in found if t), found


@pytest.mark.parametrize("text, expected", [
    ("Macron called Netanyahu on Saturday to discuss the deal.", {("FRA", "ISR", "041")}),
    ("Xi Jinping called Vladimir Putin on Friday.", {("CHN", "RUS", "041")}),
    ("The UN called on Israel to halt the offensive.", {("UN", "ISR", "020")}),
    ("Biden called Putin a killer.", set()),  # what he called him, not a phone call
])
def test_a_call_to_someone_is_a_phone_call_and_a_day_is_no_particle(text, expected, rules_only):
    found = {(s, t, c) for s, t, c in triples(text, rules_only, date="2024-03-01") if c[:2] in ("02", "04")}
    assert found == expected, found


@pytest.mark.parametrize("text, country, code", [
    ("Kenyan police opened fire on protesters.", "KEN", "190"),
    ("Iranian police fired tear gas at demonstrators.", "IRN", "175"),
])
def test_police_act_on_their_own_people_and_the_means_is_not_the_victim(text, country, code, rules_only):
    events = extract(text, date="2025-06-01", settings=rules_only)
    found = [(e.source.actor.sector, e.cameo, e.target.actor.country, e.target.actor.sector)
             for e in events if e.source and e.target]
    assert ("COP", code, country, "CVL") in found, found


@pytest.mark.parametrize("text, source, target", [
    ("Mali ordered the French ambassador to leave within 72 hours.", "MLI", "FRA"),
    ("Russia ordered two Estonian diplomats to leave the country.", "RUS", "EST"),
])
def test_ordering_a_diplomat_out_is_an_expulsion(text, source, target, rules_only):
    assert (source, target, "166") in triples(text, rules_only)


def test_ordering_ones_own_ambassador_home_expels_no_one(rules_only):
    assert not any(c == "166" for *_, c in triples("Israel ordered its ambassador to return home.", rules_only))
