"""Lead, twenty-fifth round: a threat's target in the clause its verb says is only whom that
clause says will suffer (threats.fated_clause), not the doer of an act foretold nor the place
of a calamity foretold. Sentences written for eventwire."""

from __future__ import annotations

import pytest

from coded import triples


@pytest.mark.parametrize("text, expected", [
    ("Israel warned that Iran would pay a heavy price.", ("ISR", "IRN", "130")),
    ("Iran warned that the United States would face consequences.", ("IRN", "USA", "130")),
    ("North Korea warned that South Korea would be destroyed.", ("PRK", "KOR", "130")),
    ("Turkey warned that Greece would face sanctions.", ("TUR", "GRC", "130")),
])
def test_threat_to_whom_the_clause_says_will_suffer(rules_only, text, expected):
    assert expected in triples(text, rules_only)


@pytest.mark.parametrize("text", [
    "The UN warned that Gaza could face a humanitarian disaster.",
    "Russia warned that Ukraine could attack Crimea.",
    "The WHO warned that Kenya could face a severe drought.",
])
def test_no_threat_to_the_doer_or_place_of_what_is_foretold(rules_only, text):
    assert not [t for t in triples(text, rules_only) if t[2].startswith("13")]
