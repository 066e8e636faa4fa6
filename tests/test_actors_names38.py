"""Actor names and sectors (twenty-fourth round, names38): lists of portfolios before a title
("Brazil's mines and energy minister X"), military bases (MIL of the state that runs them),
rights defenders, political prisoners, ships and companies, and the sentence selection that
must see a name introduced after such a title. Rules alone (the learned detector off), real
model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, source_codes, target_codes

pytestmark = pytest.mark.model

DATE = "2025-05-02"


@pytest.mark.parametrize("text, code", [
    ("Brazil's mines and energy minister Alexandre Silveira criticised Argentina on Tuesday.", "BRAGOV"),
    ("Brazilian mines and energy minister Alexandre Silveira criticised Argentina on Tuesday.", "BRAGOV"),
    ("Japan's economy, trade and industry minister Yoji Muto criticised China on Tuesday.", "JPNGOV"),
])
def test_a_list_of_portfolios_before_a_title_keeps_the_title(text, code, rules_only):
    assert code in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, code", [
    # run by another state than the one it stands in: the knowledge base's row
    ("Ukrainian drones struck the Hmeimim Air Base in Syria on Tuesday.", "RUSMIL"),
    ("Houthi rebels attacked Camp Lemonnier on Tuesday.", "USAMIL"),
    # placed by the text in a state, whatever it is named after
    ("An Iranian drone struck the Ali Al Salem Air Base in Kuwait on Tuesday.", "KWTMIL"),
    # named after the state
    ("Iranian drones struck the Kuwait Naval Base on Tuesday.", "KWTMIL"),
])
def test_a_military_base_is_the_military_of_the_state_that_runs_it(text, code, rules_only):
    assert code in target_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


def test_an_airport_is_no_military(rules_only):
    """Guard: only bases are military; an airport stays its state's place."""
    text = "Iranian drones struck Kuwait International Airport on Tuesday."
    assert target_codes(text, rules_only, DATE) == {"KWT"}, codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, code", [
    ("Russian human rights defenders condemned the Kremlin on Tuesday.", "RUSNGO"),
    ("The Drug Enforcement Administration arrested two Mexican men on Tuesday.", "USACOP"),
    ("Britain's Leader of the Opposition Kemi Badenoch criticised China on Tuesday.", "GBROPP"),
])
def test_named_sources(text, code, rules_only):
    assert code in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, code", [
    ("Belarus released 52 political prisoners on Tuesday.", "BLROPP"),
    ("The U.S. Coast Guard seized the Panamanian-flagged tanker on Tuesday.", "PANBUS"),
    ("Ukrainian drones struck a Russian cargo ship on Tuesday.", "RUSBUS"),
    ("Britain imposed sanctions on Rosneft on Tuesday.", "RUSBUS"),
])
def test_named_targets(text, code, rules_only):
    assert code in target_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


def test_backed_is_not_the_agents_state(rules_only):
    """Guard: "-backed" proxies are not of the state that backs them, as "-led" forces are."""
    text = "Iranian-backed militias attacked American troops in Syria on Tuesday."
    assert not any(s and s.startswith("IRN") for s in source_codes(text, rules_only, DATE)), codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, kept", [
    # the name introduced after a list of portfolios: the later sentence may be about him
    ("Brazil's mines and energy minister Arnaldo Pereirinha spoke. Rain fell all day. Pereirinha left.",
     [True, False, True]),
    # guard: more words between than a list of portfolios has
    ("Brazil's long serving, widely admired and much feared energy minister Arnaldo Pereirinha spoke. "
     "Rain fell all day. Pereirinha left.", [True, False, False]),
])
def test_the_selection_keeps_a_name_introduced_after_portfolios(nlp, text, kept):
    from eventwire.coding.implicit import agent_forms
    from eventwire.nlp.runner import SelectiveRunner
    from eventwire.nlp.select import select

    runner = SelectiveRunner(nlp)
    (doc,) = runner._split([nlp.make_doc(text)])
    sel = select(doc, runner.gazetteer.pieces(doc), agent_forms(), runner._place)
    assert [any(s <= sent.start and sent.end <= e for s, e in sel.blocks) for sent in doc.sents] == kept


def test_the_ship_is_no_state_mentioned_before(rules_only):
    """Guard: "the tankers" do not refer back to the state last named, as "the government" does."""
    text = "Insurgents ambushed a fuel convoy near the Senegalese border on Tuesday, destroying the tankers."
    assert "SENBUS" not in target_codes(text, rules_only, DATE), codes(text, rules_only, DATE)
