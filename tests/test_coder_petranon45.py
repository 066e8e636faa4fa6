"""Added by petranon45 in the thirtieth round (PETRARCH anonymous agents): where the user's agent
dictionaries are the only agents (setting 'dictionary_agents_only', a PETRARCH migration), an
agent noun that no state goes with ("a senior official said", "clerics and lawmakers believe")
is an actor of no country with the agent's sector (PETRARCH's "---GOV"), not no actor, and not
the state the text spoke of last. The shipped agent nouns, and imported ones loaded beside them,
are read as before.
"""

from __future__ import annotations

import pytest

from coded import codes, with_dictionaries
from eventwire.actors.imported import with_dictionaries as kb_with_dictionaries

AGENTS = """\
OFFICIAL  [~GOV]
CLERIC  [~REL]
LAWMAKER  [~LEG]
GOVERNMENT  [~GOV]
MEDIA {} [~MED]
"""

VERBS = """\
--- SAID  [023]  ---
SAID

--- BELIEVE  [023]  ---
BELIEVE

--- WARN  [160]  ---
WARN
"""

TOLD_BEFORE = "Peru welcomed the talks with Bolivia, a senior official said on Saturday."


@pytest.fixture(scope="module")
def petrarch(settings, tmp_path_factory):
    own = with_dictionaries(settings, tmp_path_factory.mktemp("petranon45a"), agents=AGENTS, verbs=VERBS)
    return own.replace(dictionary_agents_only=True)


@pytest.fixture(scope="module")
def beside_shipped(settings, tmp_path_factory):
    return with_dictionaries(settings, tmp_path_factory.mktemp("petranon45b"), agents=AGENTS, verbs=VERBS)


def _sources(text, settings):
    return {s for s, _, _ in codes(text, settings)}


def test_an_official_of_no_state_is_an_anonymous_agent(petrarch):
    # before: no actor for "a senior official", so the statement had no source
    assert (("---GOV", None, "023")) in codes(TOLD_BEFORE, petrarch), codes(TOLD_BEFORE, petrarch)


def test_the_anonymous_agent_is_not_the_state_spoken_of_last(petrarch):
    # before: "the ... official news agency" read as the state last mentioned (BOLGOV)
    text = "Peru welcomed the talks with Bolivia, the primary official news agency said on Saturday."
    found = _sources(text, petrarch)
    assert "---GOV" in found and not {"BOLGOV", "PERGOV"} & found, found


def test_conjoined_anonymous_agents_each_code(petrarch):
    # PETRARCH's COMPOUND-33: ---REL and ---LEG, each toward both states
    found = codes("Clerics and lawmakers believe Chile and Peru can cope with the drought.", petrarch)
    sources = {s for s, _, _ in found}
    assert "---LEG" in sources and any(s and s.startswith("---") and s != "---LEG" for s in sources), found
    assert {t for _, t, _ in found} >= {"CHL", "PER"}, found


def test_a_state_in_the_phrase_still_gives_the_agent_its_state(petrarch):
    # "Danish media and government": both Denmark's, no anonymous government
    found = _sources("Danish media and government warned Peru.", petrarch)
    assert {"DNKMED", "DNKGOV"} <= found and "---GOV" not in found, found


def test_an_agent_adjective_of_a_non_actor_is_no_one(petrarch):
    found = codes("The Chilean president arrived in Peru on his first official visit.", petrarch)
    assert not any("---GOV" in (s or "", t or "") for s, t, _ in found), found


def test_imported_agents_beside_the_shipped_ones_are_read_as_before(beside_shipped):
    assert "---GOV" not in _sources(TOLD_BEFORE, beside_shipped), codes(TOLD_BEFORE, beside_shipped)


def test_only_agents_only_knowledge_makes_anonymous_agents(tmp_path):
    path = tmp_path / "own.agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    assert kb_with_dictionaries((str(path),), True).anonymous_agents
    assert not kb_with_dictionaries((str(path),), False).anonymous_agents
