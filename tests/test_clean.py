"""The plain-text cleaner: general furniture rules, whole lines only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.clean import clean_lines, clean_text, load_rules
from eventwire.errors import KnowledgeBaseError

ARTICLE = [
    "Monday, August 19, 2019",
    "",
    "Protesters marched through the city on Sunday, organisers said.",
    '"We will not stop," one student told reporters.',
]


def test_sample_furniture_removed_article_kept(blinken_text):
    lines = blinken_text.splitlines()
    assert clean_text(blinken_text).splitlines() == lines[:13]


@pytest.mark.parametrize("furniture", [
    ["Related Articles", "Minister resigns over budget row", "Floods hit northern provinces"],
    ["Read more", "Election results: what we know", "Markets fall on rate fears"],
    ["Most popular", "Ten things to know about the summit", "Opinion: a week in politics"],
    ["Sign up for our morning briefing newsletter"],
    ["Share this article on Facebook"],
    ["Follow us on Twitter and Instagram"],
    ["Copyright 2024 Example Media Group. All rights reserved."],
    ["Get the latest analysis at DefenceDaily.net"],
    ["Home | World | Business | Sport", "Home | World | Business | Sport"],
])
def test_general_furniture_patterns(furniture):
    text = "\n".join(ARTICLE + furniture)
    assert clean_text(text) == "\n".join(ARTICLE)


def test_furniture_between_paragraphs():
    text = "\n".join([ARTICLE[2], "Advertisement", ARTICLE[3]])
    assert clean_text(text) == "\n".join([ARTICLE[2], ARTICLE[3]])


def test_article_lines_are_kept_including_short_ones():
    assert clean_text("\n".join(ARTICLE)) == "\n".join(ARTICLE)


def test_a_heading_word_inside_a_sentence_is_not_a_heading():
    line = "Related talks are planned for next week, the ministry said."
    assert clean_text(line) == line


def test_bad_rules_file_names_the_file(tmp_path):
    bad = tmp_path / "furniture.yaml"
    bad.write_text("headings: [a\ncalls_to_action: [\n")
    with pytest.raises(KnowledgeBaseError, match="furniture.yaml"):
        load_rules(str(bad))


lines_strategy = st.lists(st.text(alphabet=st.characters(blacklist_characters="\n\r"), max_size=80), max_size=30)


@given(lines_strategy)
def test_output_lines_are_input_lines(lines):
    out = clean_text("\n".join(lines))
    if out:
        assert set(out.split("\n")) <= set(lines)
        assert len(out.split("\n")) <= len(lines)


@given(lines_strategy)
def test_cleaning_keeps_whole_lines_and_flags_each(lines):
    flags = clean_lines(lines)
    assert len(flags) == len(lines)
    assert clean_text("\n".join(lines)) == "\n".join(l for l, f in zip(lines, flags) if f)
