"""Added by petr32 in the twenty-first round: the setting ``dictionary_agents_only``
(``--dictionary-agents-only``), with small dictionaries and sentences of our own.

With it on, the agents of the loaded agent dictionaries are the whole list of agents, as
TABARI and PETRARCH code with their dictionaries alone: a shipped agent noun the dictionary
does not list ("mayor", "militia", "soldiers", "leaders") names no agent, and no actor is
implied from the coder's own agent nouns ("police" in a sentence of a named place); a
dictionary agent still names its sector. Off (the default), the shipped nouns stand. On
without an agent dictionary is a configuration error.
"""

from __future__ import annotations

import argparse

import pytest

from coded import codes
from eventwire import extract
from eventwire.cli.common import add_model_options, settings_from
from eventwire.config import load_settings
from eventwire.errors import ConfigError
from eventwire.evaluation.petrarch import PetrarchFiles, petrarch_settings

ACTORS = """\
HITHLUM [HIT]
NARGOTHROND [NAR]
"""

AGENTS = """\
WARDEN [~GOV]
SENTRY {} [~COP]
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("petr32")
    (folder / "own.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "own.agents.txt").write_text(AGENTS, encoding="utf-8")
    return str(folder / "own.actors.txt"), str(folder / "own.agents.txt")


@pytest.fixture(scope="module")
def agents_only(settings, files):
    return settings.replace(event_model="none", dictionaries=files, dictionary_agents_only=True)


@pytest.fixture(scope="module")
def shipped_too(settings, files):
    return settings.replace(event_model="none", dictionaries=files)


# -- on: a shipped agent word the dictionary does not list names no agent --------------------

@pytest.mark.parametrize("text, expected", [
    ("Hithlum's mayor criticised Nargothrond.", {("HIT", "NAR", "111")}),
    ("The militia of Hithlum attacked Nargothrond.", {("HIT", "NAR", "190")}),
    ("Hithlum soldiers attacked Nargothrond.", {("HIT", "NAR", "190")}),
])
def test_a_shipped_agent_word_names_no_agent(agents_only, text, expected):
    assert codes(text, agents_only) == expected


@pytest.mark.parametrize("text, expected", [
    ("The warden of Hithlum attacked Nargothrond.", {("HITGOV", "NAR", "190")}),
    ("Hithlum's sentry criticised Nargothrond.", {("HITCOP", "NAR", "111")}),
])
def test_a_dictionary_agent_names_its_sector(agents_only, text, expected):
    assert codes(text, agents_only) == expected


def test_no_actor_is_implied_from_a_shipped_agent_noun(agents_only):
    # "police" and "men" are in no loaded dictionary: no actor, so no event
    assert codes("Police arrested two men in Hithlum.", agents_only) == set()


# -- off (the default): the shipped agent nouns stand beside the dictionary's --------------

@pytest.mark.parametrize("text, expected", [
    ("Hithlum's mayor criticised Nargothrond.", {("HITGOV", "NAR", "111")}),
    ("The militia of Hithlum attacked Nargothrond.", {("HITREB", "NAR", "190")}),
    ("The warden of Hithlum attacked Nargothrond.", {("HITGOV", "NAR", "190")}),
    ("Police arrested two men in Hithlum.", {("HITCOP", "HITCVL", "173")}),
])
def test_shipped_agent_words_stand_when_off(shipped_too, text, expected):
    assert codes(text, shipped_too) == expected


def test_the_setting_is_off_by_default():
    assert load_settings(env={}).dictionary_agents_only is False


# -- errors and the ways to set it ---------------------------------------------------------

def test_on_without_an_agent_dictionary_is_an_error(settings, files):
    actors_alone = settings.replace(event_model="none", dictionaries=files[:1], dictionary_agents_only=True)
    with pytest.raises(ConfigError, match="needs an agent dictionary"):
        extract("The warden of Hithlum attacked Nargothrond.", settings=actors_alone)


def test_on_without_any_dictionary_is_an_error(settings):
    with pytest.raises(ConfigError, match="dictionary_agents_only"):
        extract("Hithlum attacked Nargothrond.",
                settings=settings.replace(event_model="none", dictionary_agents_only=True))


@pytest.mark.parametrize("raw, value", [("true", True), ("yes", True), ("0", False), ("off", False)])
def test_the_setting_reads_true_and_false(raw, value):
    assert load_settings({"dictionary_agents_only": raw}, env={}).dictionary_agents_only is value


def test_a_bad_value_is_a_configuration_error():
    with pytest.raises(ConfigError, match="dictionary_agents_only"):
        load_settings({"dictionary_agents_only": "perhaps"}, env={})


def test_the_command_line_flag_sets_it(files):
    parser = argparse.ArgumentParser()
    add_model_options(parser)
    args = parser.parse_args(["--dictionary", files[1], "--dictionary-agents-only"])
    assert settings_from(args).dictionary_agents_only is True
    assert settings_from(parser.parse_args(["--dictionary", files[1]])).dictionary_agents_only is False


def test_the_petrarch_evaluation_turns_it_on_with_an_agents_dictionary(settings, files):
    with_agents = PetrarchFiles(actors=files[0], agents=files[1], verbs=None, discards=None)
    assert petrarch_settings(with_agents, settings).dictionary_agents_only is True
    without = PetrarchFiles(actors=files[0], agents=None, verbs=None, discards=None)
    assert petrarch_settings(without, settings).dictionary_agents_only is False
