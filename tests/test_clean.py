"""The clean stage: website furniture goes, article text stays, whole lines only."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from eventwire.clean import clean, clean_lines, clean_text, default_rules, load_rules
from eventwire.clean.rules import shipped_rules_path
from eventwire.errors import KnowledgeBaseError

BLINKEN = Path(__file__).parent / "fixtures" / "blinken-seoul.txt"
WIKINEWS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wikinews"


def test_blinken_sample_loses_its_furniture_and_keeps_the_article():
    text = BLINKEN.read_text(encoding="utf-8")
    lines = text.split("\n")
    result = clean(text)
    assert result.text == "\n".join(lines[:13])  # lines 1-13 kept, unchanged
    assert [d.index for d in result.dropped] == list(range(13, 20))  # lines 14-20 gone
    assert result.kept == tuple(range(13))
    assert {d.rule for d in result.dropped} == {"heading", "domain", "call-to-action"}


ARTICLE = [
    "Monday, August 19, 2019",
    "GENEVA (Example Wire) - Negotiators from the two governments met on Monday.",
    '"We have made progress," the envoy told reporters.',
]

FURNITURE_CASES = {
    "link-list-other-wording": [
        "Related Stories:",
        "Ceasefire talks stall in Doha",
        "Aid convoy reaches northern city",
        "",
        "Why the talks matter",
    ],
    "more-from-section": ["MORE FROM WORLD NEWS", "Floods hit coastal towns", "Court delays verdict"],
    "most-popular-numbered": ["Most Read", "1. Election results delayed", "2. Minister resigns"],
    "you-may-also-like": ["You might also like", "Ten things to know about the summit..."],
    "inline-read-more": ["Read more: Parliament votes to extend the mission"],
    "see-also-arrow": ["See also » Protests spread to the capital"],
    "share-buttons": ["Share | Tweet | Email", "Facebook • Twitter • WhatsApp • Copy link"],
    "advertisement": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"],
    "subscribe": ["Subscribe now for unlimited access", "Sign up for our morning briefing"],
    "newsletter-cta": ["Get the latest headlines delivered to your inbox every morning"],
    "follow-us": ["Follow us on Twitter, Facebook and Telegram", "Like us on Facebook"],
    "click-here": ["Click here to download the full report"],
    "copyright": ["© 2021 Northern Daily Ltd. All rights reserved.", "Copyright 2019 Example Media Group"],
    "cookies": ["We use cookies to improve your experience on our site.", "Accept all cookies"],
    "footer-menu": ["Privacy Policy | Terms of Use | Contact Us | Advertise"],
    "bare-domain": ["Read the full coverage at DefenseNewsDaily.net", "www.example-herald.co.uk"],
    "comments": ["12 comments", "Leave a comment"],
    "nav-bar-top-and-bottom": ["Home | World | Business | Sport", "Home | World | Business | Sport"],
    "share-this-article": ["Share this article on Facebook"],
    "repeated-tagline": ["Independent news since 1901", "© Northern Daily", "Independent news since 1901"],
}


@pytest.mark.parametrize("furniture", FURNITURE_CASES.values(), ids=FURNITURE_CASES.keys())
def test_invented_furniture_is_removed_after_an_article(furniture):
    text = "\n".join([*ARTICLE, "", *furniture])
    assert clean_text(text) == "\n".join(ARTICLE)


# A repeated line amid article text is kept (see test_repeats_go_only_next_to_furniture).
INLINE_CASES = {k: v for k, v in FURNITURE_CASES.items() if k != "repeated-tagline"}


@pytest.mark.parametrize("furniture", INLINE_CASES.values(), ids=INLINE_CASES.keys())
def test_invented_furniture_is_removed_between_paragraphs(furniture):
    tail = "The talks are due to resume on Thursday, officials said."
    text = "\n".join([*ARTICLE, *furniture, tail])
    assert clean_text(text) == "\n".join([*ARTICLE, tail])


def test_repeats_go_only_next_to_furniture():
    caption = "Protesters outside parliament"
    text = "\n".join([ARTICLE[1], caption, caption, ARTICLE[2], "Advertisement", "Protesters outside parliament"])
    assert clean_text(text) == "\n".join([ARTICLE[1], caption, caption, ARTICLE[2]])


KEEP_CASES = {
    "dateline": ["Monday, August 19, 2019"],
    "dateline-day-first": ["19 August 2019"],
    "iso-dateline": ["2019-08-19"],
    "short-quote": ['"No."', "“We will not give up.”"],
    "interview": ["((WN))  Yes.", "((WN))  Yes.", "((Jane Doe))  No."],
    "attribution": ["—Natasha Example", "Text of the speech.", "—Natasha Example"],
    "captions-repeated": ["Hobbits", "Hobbits"],
    "subscribe-in-prose": ["Fewer people subscribe to newspapers than a decade ago, the survey found."],
    "newsletter-in-prose": ["The ministry said in its weekly newsletter that exports had fallen."],
    "cookies-in-prose": ["Regulators said websites must let users reject cookies easily."],
    "advertising-in-prose": ["Advertising revenue fell by 10% last year."],
    "loading-in-prose": ["Loading of grain ships resumed at Odesa on Monday."],
    "privacy-in-prose": ["Privacy policy experts warned the law was too broad."],
    "copyright-in-prose": ["Copyright lawsuits against the company have multiplied."],
    "domain-in-sentence": ["The report was first published by Example.com."],
    "url-command": ["dnf install http://mirror.example/path/to/release.rpm"],
    "subheading": ["Reaction from Moscow", "The Kremlin rejected the claims."],
    "related-in-prose": ["Related charges were filed against two other officials."],
    "more-in-prose": ["More than 300 people were arrested."],
    "table-legend": ["██ On ballot", "██ Write-in"],
    "heading-word-in-sentence": ["Related talks are planned for next week, the ministry said."],
    "table-row": ["Candidate | Party | Votes", "Jane Doe | Green | 1,204"],
}


@pytest.mark.parametrize("lines", KEEP_CASES.values(), ids=KEEP_CASES.keys())
def test_article_text_is_kept(lines):
    text = "\n".join([*ARTICLE, *lines, ARTICLE[1]])
    result = clean(text)
    assert result.text == text
    assert result.dropped == ()


def test_nothing_dropped_returns_the_input_unchanged():
    text = "First line.\r\n\n\n  Indented second line.  \n"
    assert clean_text(text) == text


def test_blank_lines_inside_removed_blocks_go_and_others_stay():
    text = "\n".join(["Para one.", "", "Para two.", "", "Related Links", "", "Some link title", "", ""])
    assert clean_text(text) == "Para one.\n\nPara two."


def test_link_list_ends_at_the_first_sentence():
    text = "\n".join(["Related", "A link title", "Back in the article, the minister spoke.", "A short heading"])
    assert clean_text(text) == "Back in the article, the minister spoke.\nA short heading"


# --- property tests ---------------------------------------------------------

LINE_POOL = [
    "", " ", *ARTICLE, "Related Links", "Most Popular", "Read more: A link", "Subscribe today",
    "Advertisement", "Share | Tweet", "Learn more at Example.com", "© 2020 Example", "Short title",
    "Another short title", "A full sentence that ends here.", "Hobbits", "—Someone",
    "Thursday, May 7, 2020",
]
lines_strategy = st.lists(
    st.one_of(st.sampled_from(LINE_POOL), st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=30)),
    max_size=25,
)
texts = st.one_of(lines_strategy.map("\n".join), st.text(max_size=200))


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    items = iter(big)
    return all(any(line == other for other in items) for line in small)


@given(texts)
@hsettings(max_examples=300, deadline=None)
def test_cleaned_lines_are_a_subsequence_of_the_input(text):
    result = clean(text)
    lines = text.split("\n")
    assert _is_subsequence(result.text.split("\n"), lines) or result.text == ""
    assert result.text == "\n".join(lines[i] for i in result.kept)
    assert sorted([*result.kept, *(d.index for d in result.dropped)]) == list(range(len(lines)))
    assert all(lines[d.index] == d.text for d in result.dropped)


@given(texts)
@hsettings(max_examples=300, deadline=None)
def test_cleaning_is_idempotent(text):
    once = clean_text(text)
    assert clean_text(once) == once


@given(st.lists(st.sampled_from(ARTICLE + ["The envoy left on Tuesday.", ""]), max_size=15))
def test_plain_article_lines_are_never_dropped(lines):
    text = "\n".join(lines)
    assert clean_text(text) == text


# --- the rules file ---------------------------------------------------------


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=60), max_size=25))
@hsettings(deadline=None)
def test_clean_lines_flags_each_line_as_clean_does(lines):
    flags = clean_lines(lines)
    assert len(flags) == len(lines)
    assert clean_text("\n".join(lines)) == "\n".join(line for line, kept in zip(lines, flags) if kept)


def test_default_rules_are_loaded_once():
    assert default_rules() is default_rules() is load_rules()


def _rules_file(tmp_path: Path, old: str, new: str) -> Path:
    text = shipped_rules_path().read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "furniture.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if needle in line)


@pytest.mark.parametrize(
    ("old", "new", "needle", "problem"),
    [
        ("  - related\n", "  - related(\n", "related(", "bad pattern"),
        ("  max_title_words: 16", "  max_title_words: many", "max_title_words", "positive integer"),
        ("  max_title_words: 16", "  max_titel_words: 16", "max_titel_words", "unknown limit"),
        ("headings:\n", "headlines:\n", "headlines:", "unknown section"),
        ("  - related\n", "  - [related\n", "[related", "not valid YAML"),
        ("  - related\n", "  - ''\n", "''", "empty entry"),
    ],
    ids=["regex", "limit-value", "limit-name", "section", "yaml", "empty"],
)
def test_bad_rules_file_names_file_and_line(tmp_path, old, new, needle, problem):
    path = _rules_file(tmp_path, old, new)
    with pytest.raises(KnowledgeBaseError) as info:
        load_rules(path)
    assert info.value.path == str(path)
    assert problem in info.value.problem
    if problem != "not valid YAML":
        assert info.value.line == _line_of(path, needle)
    else:
        assert info.value.line is not None


def test_custom_rules_file_changes_the_vocabulary(tmp_path):
    path = _rules_file(tmp_path, "headings:\n", "headings:\n  - elsewhere on our pages\n")
    text = "A sentence.\nElsewhere on our pages\nA link"
    assert clean_text(text, rules=load_rules(path)) == "A sentence."
    assert clean_text(text) == text


def test_missing_rules_file(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="cannot read"):
        load_rules(tmp_path / "nope.yaml")


# --- real article text (Wikinews, CC BY 2.5) ---------------------------------


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="the shared Wikinews corpus is not here")
def test_wikinews_articles_lose_nothing():
    csv.field_size_limit(10**8)
    checked = 0
    for path in sorted(WIKINEWS.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                result = clean(row["text"])
                assert result.dropped == (), (row["title"], result.dropped[:3])
                checked += 1
    assert checked > 100
