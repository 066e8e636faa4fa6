"""The TABARI/PETRARCH dictionary importer: fixtures, the shared files, round trips."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.actors.dictionaries import (
    ActorCodeError,
    CodePeriod,
    DictionaryActor,
    code_to_actor,
    format_actor_entry,
    parse_actor_dictionary,
    parse_agent_dictionary,
    parse_code_block,
    read_actor_dictionary,
    read_agent_dictionary,
    resolve_on,
)
from eventwire.errors import KnowledgeBaseError
from eventwire.records import Actor

FIXTURES = Path(__file__).parent / "fixtures" / "dictionaries"
SHARED = Path("/work/shared/dictionaries")
UNIT = Path("/work/shared/eval/dev/petrarch-unit-tests")


@pytest.fixture(scope="module")
def sample():
    return read_actor_dictionary(FIXTURES / "sample.actors.txt")


def by_name(dictionary, name: str) -> DictionaryActor:
    return next(a for a in dictionary if a.name == name)


# ---------------------------------------------------------------- actors


def test_sample_entries_and_synonyms(sample):
    assert [a.name for a in sample] == [
        "Freedonia", "Rufus T. Firefly", "Ambassador Trentino", "Sylvania Army", "United Federation",
    ]
    freedonia = by_name(sample, "Freedonia")
    assert freedonia.forms == ("Freedonia", "Freedonian", "Freedonians")
    assert freedonia.periods == (CodePeriod("FRD"),)
    assert freedonia.line == 6
    assert resolve_on(freedonia, dt.date(2020, 1, 1)) == "FRD"
    firefly = by_name(sample, "Rufus T. Firefly")
    assert firefly.forms == ("Rufus T. Firefly", "President Firefly")
    assert by_name(sample, "Sylvania Army").periods == (CodePeriod("SYLMIL"),)  # upper-cased


@pytest.mark.parametrize(
    ("day", "code"),
    [
        (dt.date(1932, 12, 31), "FRDELI"),
        (dt.date(1933, 1, 1), "FRDGOV"),
        (dt.date(1945, 5, 31), "FRDGOV"),
        (dt.date(1945, 6, 1), "FRDELI"),  # the range's end date is the next period's first: the next
        (dt.datetime(1940, 3, 3, 12, 0), "FRDGOV"),
    ],
)
def test_date_restricted_codes(sample, day, code):
    assert resolve_on(by_name(sample, "Rufus T. Firefly"), day) == code


def test_six_digit_dates_and_default_code(sample):
    trentino = by_name(sample, "Ambassador Trentino")
    assert trentino.periods[0] == CodePeriod("SYLGOV", dt.date(1933, 1, 1), dt.date(1935, 12, 31))
    assert resolve_on(trentino, dt.date(1934, 6, 1)) == "SYLGOV"
    assert resolve_on(trentino, dt.date(1950, 1, 1)) == "SYL"  # the undated default
    assert trentino.default_code == "SYL"


def test_phoenix_style_entry_with_date_range():
    text = "JOHN_KERRY_ [USAELI]\n+SECRETARY_KERRY\n\t[USASEN 19850102-20130201]\n\t[USAGOV >20130201]\n"
    (kerry,) = parse_actor_dictionary(text).actors
    assert kerry.forms == ("John Kerry", "Secretary Kerry")
    assert resolve_on(kerry, dt.date(2010, 5, 1)) == "USASEN"
    assert resolve_on(kerry, dt.date(2014, 5, 1)) == "USAGOV"
    assert resolve_on(kerry, dt.date(1980, 5, 1)) == "USAELI"


@pytest.mark.parametrize(
    ("block", "period"),
    [
        ("USA", CodePeriod("USA")),
        ("HOB < 950601", CodePeriod("HOB", end=dt.date(1995, 6, 1))),
        ("HOBREB > 990816", CodePeriod("HOBREB", start=dt.date(1999, 8, 16))),
        ("HOBGOV 19950601 - 19990815", CodePeriod("HOBGOV", dt.date(1995, 6, 1), dt.date(1999, 8, 15))),
        ("AFGELI 320101-331108", CodePeriod("AFGELI", dt.date(1932, 1, 1), dt.date(1933, 11, 8))),
        ("ELR/GAL", CodePeriod("ELR/GAL")),
    ],
)
def test_code_blocks(block, period):
    assert parse_code_block(block) == period


@pytest.mark.parametrize("block", ["", "US A-B", "USA 9008223-911221", "USA 20121204", "USA 20120230-20130101"])
def test_bad_code_blocks(block):
    with pytest.raises(ValueError, match=r"\S"):
        parse_code_block(block)


def test_bad_date_raises_with_line_number():
    with pytest.raises(KnowledgeBaseError) as info:
        read_actor_dictionary(FIXTURES / "bad-date.actors.txt")
    assert info.value.line == 4
    assert "bad-date.actors.txt:4:" in str(info.value)


def test_lenient_skips_bad_block_and_reports_it():
    result = read_actor_dictionary(FIXTURES / "bad-date.actors.txt", strict=False)
    assert [p.line for p in result.problems] == [4, 3]  # the bad block, then the entry left without code
    assert [a.name for a in result] == ["Grand Fenwick"]


def test_entry_without_code():
    with pytest.raises(KnowledgeBaseError) as info:
        read_actor_dictionary(FIXTURES / "no-code.actors.txt")
    assert info.value.line == 2
    lenient = read_actor_dictionary(FIXTURES / "no-code.actors.txt", strict=False)
    assert [a.name for a in lenient] == ["Nova Zembla"]
    assert [p.line for p in lenient.problems] == [2]


def test_lenient_merges_codeless_entry_lines_into_the_next():
    text = "LEONID_BREZHNEV_\nSECRETARY_BREZHNEV\n\t[RUSGOV 641014-821110]\n"
    with pytest.raises(KnowledgeBaseError, match=":1:"):
        parse_actor_dictionary(text)
    result = parse_actor_dictionary(text, strict=False)
    (entry,) = result.actors
    assert entry.forms == ("Leonid Brezhnev", "Secretary Brezhnev") and entry.line == 1
    assert len(result.problems) == 1


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("A_ [USA]\n+B_ [USA\n", 2),
        ("A_ [USA]\n[USAGOV >2012]\n", 2),
        ("+ORPHAN\n", 1),
        ("A_ [USA]\nB_ [U S A !]\n", 2),
        ("A_ [USA] trailing words\n", 1),
    ],
)
def test_malformed_actor_lines(text, line):
    with pytest.raises(KnowledgeBaseError) as info:
        parse_actor_dictionary(text, "inline.actors")
    assert info.value.line == line and info.value.path == "inline.actors"


# ---------------------------------------------------------------- agents


def test_agents_plurals_and_substitutions():
    agents = {a.code + str(a.line): a for a in read_agent_dictionary(FIXTURES / "sample.agents.txt")}
    assert agents["COP3"].forms == ("police officer", "police officers")
    assert agents["GOV4"].forms == ("secretary", "secretaries")
    assert agents["BUS5"].forms == ("bus", "buses")
    assert agents["JUD6"].forms == ("attorney general", "attorneys general")
    assert agents["COP7"].forms == ("police",)
    assert agents["LEG8"].forms == ("congressman", "congresswoman")
    assert agents["NGO9"].placement == "before" and agents["COP3"].placement == "after"


def test_bad_agent_lines():
    with pytest.raises(KnowledgeBaseError) as info:
        read_agent_dictionary(FIXTURES / "bad.agents.txt")
    assert info.value.line == 3
    lenient = read_agent_dictionary(FIXTURES / "bad.agents.txt", strict=False)
    assert [a.name for a in lenient] == ["good agent"]
    assert [p.line for p in lenient.problems] == [3, 4, 5]


# ---------------------------------------------------------------- codes to actors


@pytest.mark.parametrize(
    ("code", "actor"),
    [
        ("USA", Actor(country="USA")),
        ("USAGOV", Actor(country="USA", sector="GOV")),
        ("RUSMIL", Actor(country="RUS", sector="MIL")),
        ("USAELI", Actor(country="USA")),
        ("PSEREBHMS", Actor(country="PSE", sector="REB")),
        ("AFGINS", Actor(country="AFG", sector="REB")),
        ("ESPSEP", Actor(country="ESP", sector="REB")),
        ("USAPTY", Actor(country="USA", sector="OPP")),
        ("EGYMODMUS", Actor(country="EGY")),
        ("ARN", Actor(country="ARN")),  # invented validation country: kept
        ("IGOUNO", Actor(org="UN")),
        ("IGOUNOKID", Actor(org="UNICEF")),
        ("IGOEUREEC", Actor(org="EU")),
        ("IGOWSTNAT", Actor(org="NATO")),
        ("IGOAFR", Actor(org="AU")),
        ("IGOUNOJUDICJ", Actor(org="ICJ", sector="JUD")),
        ("IGO", Actor(sector="IGO")),
        ("NGO", Actor(sector="NGO")),
        ("NGOUSAHRI", Actor(country="USA", sector="NGO")),
        ("MNCUSAHLH", Actor(country="USA", sector="BUS")),
        ("IMGMUSALQ", Actor(sector="REB")),
        ("---", Actor()),
        ("~cop", Actor(sector="COP")),
    ],
)
def test_code_to_actor(code, actor):
    assert code_to_actor(code) == actor


def test_code_to_actor_keeps_name_and_rejects_odd_codes():
    assert code_to_actor("USAGOV", "John Kerry").code == "USAGOV"
    assert code_to_actor("USAGOV", "John Kerry").name == "John Kerry"
    with pytest.raises(ActorCodeError):
        code_to_actor("ELR/GAL")
    with pytest.raises(ValueError):
        code_to_actor("US")


# ---------------------------------------------------------------- round trip


_word = st.text(string.ascii_uppercase, min_size=1, max_size=8)
_phrase = st.lists(_word, min_size=1, max_size=4).map("_".join)
_day = st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31))
_code = st.from_regex(r"[A-Z]{3}(?:[A-Z]{3}){0,2}", fullmatch=True)


@st.composite
def _period(draw):
    code = draw(_code)
    kind = draw(st.sampled_from(["none", "from", "before", "range"]))
    if kind == "none":
        return CodePeriod(code)
    if kind == "from":
        return CodePeriod(code, start=draw(_day))
    if kind == "before":
        return CodePeriod(code, end=draw(_day))
    first, second = sorted([draw(_day), draw(_day)])
    return CodePeriod(code, first, second)


@settings(max_examples=150, deadline=None)
@given(head=_phrase, synonyms=st.lists(_phrase, max_size=3, unique=True), periods=st.lists(_period(), min_size=1, max_size=4))
def test_entry_round_trip(head, synonyms, periods):
    raw_forms = list(dict.fromkeys([head, *synonyms]))
    text = raw_forms[0] + "\n" + "".join("+" + s + "\n" for s in raw_forms[1:])
    text += "".join("\t" + p.to_block() + "\n" for p in periods)
    (entry,) = parse_actor_dictionary(text).actors
    assert entry.periods == tuple(periods)
    assert [f.upper().replace(" ", "_") for f in entry.forms] == raw_forms
    (again,) = parse_actor_dictionary(format_actor_entry(entry)).actors
    assert (again.forms, again.periods) == (entry.forms, entry.periods)


# ---------------------------------------------------------------- the shared dictionaries


ACTOR_FILES = [
    SHARED / "Phoenix.Countries.actors.txt",
    SHARED / "Phoenix.International.actors.txt",
    SHARED / "Phoenix.MilNonState.actors.txt",
    UNIT / "PETR.Validate.actors.txt",
]
AGENT_FILES = [SHARED / "Phoenix.agents.txt", SHARED / "PLOVER_agents.txt", UNIT / "PETR.Validate.agents.txt"]


@pytest.mark.parametrize("path", ACTOR_FILES, ids=lambda p: p.name)
def test_shared_actor_dictionaries(path):
    if not path.exists():
        pytest.skip(f"{path} is not here")
    result = read_actor_dictionary(path, strict=False)
    assert len(result) > 100
    assert len(result.problems) < 0.01 * len(result)  # oddities are rare and counted
    for actor in result:
        assert actor.forms and actor.periods
        for period in actor.periods:
            if "/" not in period.code and period.code != "+++":
                code_to_actor(period.code)
    if result.problems:
        with pytest.raises(KnowledgeBaseError):
            read_actor_dictionary(path)


@pytest.mark.parametrize("path", AGENT_FILES, ids=lambda p: p.name)
def test_shared_agent_dictionaries(path):
    if not path.exists():
        pytest.skip(f"{path} is not here")
    result = read_agent_dictionary(path, strict=False)
    assert len(result) > 80
    assert len(result.problems) <= 5
    assert all(agent.forms and agent.code for agent in result)


def test_validation_dictionary_gollum():
    path = UNIT / "PETR.Validate.actors.txt"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    actors = read_actor_dictionary(path)  # the validation file is clean: strict reading works
    gollum = by_name(actors, "Gollum")
    assert gollum.forms == ("Gollum", "Smeagol", "Slinker", "Stinker")
    assert resolve_on(gollum, dt.date(1990, 1, 1)) == "HOB"
    assert resolve_on(gollum, dt.date(1997, 1, 1)) == "HOBGOV"
    assert resolve_on(gollum, dt.date(2005, 1, 1)) == "HOBREB"
    sam = by_name(actors, "Sam Gamgee")
    assert resolve_on(sam, dt.date(2010, 1, 10)) == "ORCHOB"  # listed first: overrides HOBMIL
    assert resolve_on(sam, dt.date(2011, 1, 10)) == "HOBMIL"
