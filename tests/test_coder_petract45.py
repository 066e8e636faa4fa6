"""Added by petract45 in the thirtieth round (PETRARCH actors): an imported agent whose code goes
before the state's ("MSF {} [NGO~]") names, before a state's name, that state's body of its
sector ("MSF Belgium", PETRARCH's "MSF Arnor" NGOARN), and takes an agent noun after the name
("an MSF Belgium doctor"); a dictionary's date range holds on its last day too, and where dated
codes overlap the one that began last wins (PETRARCH's DATE-11: the embedded range).
"""

from __future__ import annotations

import datetime as dt

import pytest

from coded import codes, with_dictionaries
from eventwire import Document, extract_document
from eventwire.actors.dictionaries import parse_actor_dictionary, resolve_on

PREFIX_AGENTS = """\
MSF {} [NGO~]
DOCTOR [~HLH]
"""

SUFFIX_AGENTS = """\
MSF {} [~NGO]
"""

DATED = """\
ZORAN_VELKOVSKI_  # invented
\t[MKDELI <20010101]
\t[MKDGOV 20010101-20050601]
\t[MKDMIL 20030101-20030301]
\t[MKDELI >20050601]
BORIS_TRAJANOV_  # invented
\t[MKDGOV 20010101-20050601]
"""


@pytest.fixture(scope="module")
def prefixed(settings, tmp_path_factory):
    return with_dictionaries(settings, tmp_path_factory.mktemp("petract45a"), agents=PREFIX_AGENTS)


@pytest.fixture(scope="module")
def suffixed(settings, tmp_path_factory):
    return with_dictionaries(settings, tmp_path_factory.mktemp("petract45b"), agents=SUFFIX_AGENTS)


@pytest.fixture(scope="module")
def dated_settings(settings, tmp_path_factory):
    return with_dictionaries(settings, tmp_path_factory.mktemp("petract45c"), actors=DATED)


# -- a prefix agent before a state's name ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "MSF Belgium accused Israel of blocking aid convoys to Gaza.",
    "MSF Belgium condemned Israel on Tuesday.",
])
def test_a_prefix_agent_before_a_state_names_its_body(prefixed, text):
    # before: BEL (the imported agent is no organisation, so no national section was read)
    assert "BELNGO" in {s for s, _, _ in codes(text, prefixed)}, codes(text, prefixed)


def test_the_agent_noun_after_the_state_belongs_to_the_section(prefixed):
    # "An MSF Belgium doctor": the section's doctor (PETRARCH: NGOBELHLH), not a Belgian doctor
    found = codes("An MSF Belgium doctor accused Israel of blocking aid convoys to Gaza.", prefixed)
    assert "BELNGO" in {s for s, _, _ in found}, found
    assert "BELHLH" not in {s for s, _, _ in found}, found


def test_an_agent_coded_after_the_state_is_no_section(suffixed):
    # "MSF {} [~NGO]": the code goes after the state's; "MSF Belgium" stays as before
    found = codes("MSF Belgium condemned Israel on Tuesday.", suffixed)
    assert "BELNGO" not in {s for s, _, _ in found}, found


# -- dated codes ------------------------------------------------------------------------------

def _entry(name):
    return next(a for a in parse_actor_dictionary(DATED, "dated.actors.txt").actors if a.name == name)


@pytest.mark.parametrize("day, code", [
    (dt.date(2000, 12, 31), "MKDELI"),  # "<20010101" ends before its day
    (dt.date(2001, 1, 1), "MKDGOV"),
    (dt.date(2003, 2, 1), "MKDMIL"),  # the embedded range, listed after the one around it
    (dt.date(2003, 3, 1), "MKDMIL"),  # its last day
    (dt.date(2003, 3, 2), "MKDGOV"),
    (dt.date(2005, 6, 1), "MKDELI"),  # one range ends, the next begins: the next
])
def test_the_code_that_began_last_wins(day, code):
    assert resolve_on(_entry("Zoran Velkovski"), day) == code


def test_a_range_holds_on_its_last_day():
    entry = _entry("Boris Trajanov")
    assert resolve_on(entry, dt.date(2005, 6, 1)) == "MKDGOV"
    assert resolve_on(entry, dt.date(2005, 6, 2)) is None


@pytest.mark.parametrize("name, day, sector", [
    ("Boris Trajanov", dt.date(2005, 6, 1), "GOV"),  # the range's last day (resolve_on above)
    ("Zoran Velkovski", dt.date(2003, 3, 1), "MIL"),  # before: GOV, the range had ended the day before
    ("Zoran Velkovski", dt.date(2005, 6, 1), None),  # the next code, from its first day
])
def test_dated_codes_through_the_pipeline(dated_settings, name, day, sector):
    text = f"{name} met the envoy in Skopje on Monday."
    result = extract_document(Document(id="d", text=text, date=day), settings=dated_settings)
    mention = next(m for m in result.mentions if m.text == name)
    assert (mention.actor.country, mention.actor.sector) == ("MKD", sector)
