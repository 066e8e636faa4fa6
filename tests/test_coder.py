"""The rule coder on single sentences, with the real model (issue 4)."""

from __future__ import annotations

import pytest

from eventwire import extract
from eventwire.coding.classify import PairClassifier, PairInput
from eventwire.coding.implicit import load_agents
from eventwire.evaluation.plv import ClassificationScore

pytestmark = pytest.mark.model


def triples(text: str, date: str = "2025-06-01") -> set[tuple]:
    return {(e.source.actor.key if e.source else None, e.target.actor.key if e.target else None,
             e.cameo_root) for e in extract(text, date=date)}


@pytest.mark.parametrize("text, expected", [
    # passive with agent
    ("Ukraine was attacked by Russia on Monday.", ("RUS", "UKR", "19")),
    # coordination: two targets, two events
    ("France condemned Russia and Iran.", ("FRA", "IRN", "11")),
    # nominal event with adjective source and place target
    ("Israeli airstrikes kill at least 12 people across southern Lebanon.", ("ISR", "LBN", "19")),
    # light verb
    ("Japan held talks with South Korea in Tokyo.", ("JPN", "KOR", "04")),
    # unnamed agent: the police of the place
    ("Police arrest a singer in Los Angeles, California, United States.", ("USA", "USA", "17")),
    # passive with no agent: the state where it happens
    ("Four protesters are arrested in London, England.", ("GBR", "GBR", "17")),
    # pronoun subject of what the speaker says
    ("Israel says that it has killed the military chief of Hamas.", ("ISR", "PSE", "19")),
    # several subjects
    ("Canada, Spain, and Uruguay summon their Israeli ambassadors.", ("URY", "ISR", "11")),
])
def test_codes(text, expected):
    assert expected in triples(text)


def test_reversed_noun_is_not_coded():
    found = triples("Trump announces he will cancel the planned tariffs on Denmark.")
    assert not any(root == "16" for _, _, root in found)


def test_agents_file_loads():
    agents = load_agents()
    assert agents["police"] == "COP" and agents["people"] == "CVL"


def test_classify_pair(nlp):
    (result,) = PairClassifier(nlp).classify([PairInput(
        "1", "The UN strongly condemned the bombing of a military academy in Tripoli.",
        "The UN", "the bombing of a military academy")])
    assert result.plover == "ACCUSE" and result.cameo_root == "11"


def test_classification_score_yield():
    score = ClassificationScore()
    score.add("a", "YIELD", "RETREAT", "")
    score.add("b", "ACCUSE", None, "")
    assert score.accuracy == 0.5 and score.as_dict()["no_prediction"] == 1


def test_classification_score_per_class():
    score = ClassificationScore()
    for ident, gold, predicted in [("a", "ACCUSE", "ACCUSE"), ("b", "ACCUSE", "REJECT"), ("c", "REJECT", "REJECT")]:
        score.add(ident, gold, predicted, "")
    per_class = score.as_dict()["per_class"]
    assert per_class["ACCUSE"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "n": 2}
    assert per_class["REJECT"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "n": 1}
    assert score.macro_f1() == 0.6667
