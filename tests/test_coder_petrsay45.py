"""Added by petrsay45 in the thirtieth round: a speech verb that an imported verb dictionary
codes itself ("--- SAID [023] ---") codes the teller's statement, as PETRARCH codes it (the
shipped lexicon still does not: GUIDE.md section 1); an imported verb's act with no named
target codes with none; the setting 'require_dyad' (PETRARCH's option) drops events that lack
a source or a target; the PETRARCH scorer applies the unit-test file's <Config> elements.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coded import codes, document_events
from eventwire.evaluation.petrarch import read_petrarch, score_petrarch_file
from eventwire.pipeline import dyads_only

SAID = Path(__file__).parent / "fixtures" / "dictionaries" / "said.verbs.txt"
DAY = dt.date(2024, 5, 2)
TOLD = "Chile said that Peru would attack Bolivia."
TOLD_BEFORE = "Peru welcomed the talks with Bolivia, a senior Chilean official said on Saturday."
BURNED = "Argentina burned down the forest."


def _triples(text: str, settings) -> set[tuple[str, str, str]]:
    """``codes`` with a missing actor written "---", as PETRARCH writes it."""
    return {(s or "---", t or "---", c) for s, t, c in codes(text, settings)}


@pytest.fixture(scope="module")
def said(rules_only):
    return rules_only.replace(verb_dictionaries=(str(SAID),))


def test_a_coded_speech_verb_codes_the_tellers_statement_to_the_complements_actor(said):
    got = _triples(TOLD, said)
    assert ("CHL", "PER", "023") in got
    # the act told is still coded, as before
    assert any(s == "PER" and t == "BOL" and c[:2] in ("13", "19") for s, t, c in got)


def test_a_statement_told_after_its_clause_is_the_tellers_to_no_one(said):
    got = _triples(TOLD_BEFORE, said)
    assert ("CHLGOV", "---", "023") in got
    assert not any(c == "023" and t != "---" for _, t, c in got)  # not toward the actors told of


def test_the_shipped_lexicon_codes_no_plain_statement(rules_only):
    for text in (TOLD, TOLD_BEFORE):
        assert not any(c == "023" for _, _, c in _triples(text, rules_only))


def test_an_imported_act_with_no_named_target_codes_with_none(said):
    assert ("ARG", "---", "222") in _triples(BURNED, said)


def test_require_dyad_drops_an_event_without_a_target(said):
    dyads = said.replace(require_dyad=True)
    assert not any(c == "222" for _, _, c in _triples(BURNED, dyads))
    assert not any(c == "023" for _, _, c in _triples(TOLD_BEFORE, dyads))
    assert ("CHL", "PER", "023") in _triples(TOLD, dyads)  # a dyad stays


def test_dyads_only_keeps_events_with_source_and_target(said):
    events = document_events(said, BURNED + " " + TOLD, DAY)
    kept = dyads_only(events)
    assert kept and all(e.source is not None and e.target is not None for e in kept)
    assert len(kept) < len(events)


XML = """<Sentences>
<Environment><Verbfile>{verbs}</Verbfile></Environment>
<Sentence date="20240502" id="D-01" category="T" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>{text}</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20240502" id="D-02" category="T" sentence="true">
<EventCoding sourcecode="ARG" targetcode="---" eventcode="222"></EventCoding>
<Text>{text}</Text>
</Sentence>
<Config option="require_dyad" value="TRUE"></Config>
<Sentence date="20240502" id="D-03" category="T" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>{text}</Text>
</Sentence>
</Sentences>
"""


@pytest.fixture(scope="module")
def config_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("petrsay45") / "units.xml"
    path.write_text(XML.format(verbs=SAID, text=BURNED), encoding="utf-8")
    return path


def test_the_scorer_reads_require_dyad_from_config_elements(config_file):
    _, sentences = read_petrarch(config_file)
    assert [s.require_dyad for s in sentences] == [True, False, True]


def test_the_scorer_applies_require_dyad_to_the_sentences_after_it(config_file, rules_only):
    score = score_petrarch_file(config_file, settings=rules_only)
    assert (score.expected, score.produced, score.extras) == (3, 3, 0)
