"""Constructions of the sixteenth round for long news articles (wn20): an office named again
by its title alone ("the foreign minister") is the one person the article named with that
title before, and two verbs of praise. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # "the <title>" some sentences on: the person named with that title before
    ("Chilean Foreign Minister Alberto van Klaveren landed in Lima on Monday. "
     "The next day the foreign minister criticized Bolivia.", ("CHL", "BOL", "111")),
    ("Japanese Prime Minister Fumio Kishida opened a summit in Hanoi on Friday. "
     "Leaders discussed trade. The prime minister later praised Vietnam.", ("JPN", "VNM", "051")),
    # the title may repeat the state's adjective
    ("Japanese Prime Minister Fumio Kishida opened a summit in Hanoi on Friday. "
     "The Japanese prime minister later praised Vietnam.", ("JPN", "VNM", "051")),
])
def test_a_title_named_again_is_the_person_named_before(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_a_title_named_again_keeps_the_person_sector(rules_only):
    text = ("Japanese Prime Minister Fumio Kishida opened a summit in Hanoi on Friday. "
            "The prime minister later praised Vietnam.")
    assert ("JPNGOV", "VNM", "051") in codes(text, rules_only)


@pytest.mark.parametrize("text, wrong", [
    # two prime ministers named before: which one the text means is not told
    ("Japanese Prime Minister Fumio Kishida met Vietnamese Prime Minister Pham Minh Chinh in Hanoi. "
     "The prime minister later praised Cambodia.", ("JPN", "KHM", "051")),
    # another title than the one named before, and a new holder of it, are someone else
    ("Japanese Prime Minister Fumio Kishida opened a summit in Hanoi on Friday. "
     "The foreign minister later praised Cambodia.", ("JPN", "KHM", "051")),
    ("Japanese Prime Minister Fumio Kishida opened a summit in Hanoi on Friday. "
     "The new prime minister later praised Cambodia.", ("JPN", "KHM", "051")),
])
def test_a_title_not_named_before_alone_is_not_that_person(text, wrong, rules_only):
    found = triples(text, rules_only)
    assert wrong not in found, found


@pytest.mark.parametrize("text, expected", [
    # appreciating someone's work is praise
    ("Kenya's president appreciated Uganda's efforts to end the fighting.", ("KEN", "UGA", "051")),
    # calling an act courageous or justified praises its author
    ("Poland called the Lithuanian decision courageous.", ("POL", "LTU", "051")),
])
def test_words_of_praise(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # a currency that appreciates is no one's praise
    "The Kenyan shilling appreciated against the Ugandan shilling on Monday.",
    # calling an act illegal stays criticism
    "Poland called the Lithuanian decision illegal.",
])
def test_no_praise_without_its_words(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c == "051" for _, _, c in found), found
