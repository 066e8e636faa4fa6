"""Added by petr31 in the twenty-first round: features of the TABARI/PETRARCH dictionary format
that the importers now honour, with small dictionaries and sentences of our own:

- an imported verb's code stands when its own modal puts the act in the future ("will
  donate"): the dictionary codes an intent with patterns that name the modal ("- WOULD *");
- an imported agent's forms are all its forms: "RANGER {} [~COP]" has no plural;
- an imported agent wins over a shipped name of the same text;
- a pattern's source after a preposition ("+ * IN $") is read where the parse makes the
  preposition the verb's particle, and in the whole phrase when its object is no actor.
"""

from __future__ import annotations

import pytest

from coded import coded, codes, with_dictionaries

VERBS = """\
&COIN
+DUCATS
+SILVER CROWNS

--- DONATE [070] ---
DONATE
- * &COIN [071]
- WOULD * [033]

--- BREAK [---] ---
BREAK {BROKE BROKEN}
- + * IN $ [075]
"""

ACTORS = """\
ROHAN [ROH]
DALE [DAL]
GONDOR [GON]
"""

AGENTS = """\
RANGER {} [~COP]
STEWARD [~GOV]
MSF [~NGO]
RED_CRESCENT {} [~NGO]
"""


@pytest.fixture(scope="module")
def loaded(settings, tmp_path_factory):
    return with_dictionaries(settings, tmp_path_factory.mktemp("petr31"), verbs=VERBS, actors=ACTORS, agents=AGENTS)


@pytest.fixture(scope="module")
def plain(settings):
    return settings.replace(event_model="none")


def _coded(text, settings):
    return {(s, t, c, m) for s, t, c, m in coded(text, settings)}


# -- an imported verb's code stands in the future ----------------------------------------

@pytest.mark.parametrize("text, code", [("Rohan will donate ten thousand ducats to Dale.", "071"),
                                        ("Rohan will donate grain to Dale.", "070")])
def test_an_imported_verbs_code_stands_when_its_modal_puts_it_in_the_future(loaded, text, code):
    assert _coded(text, loaded) == {("ROH", "DAL", code, "future")}


def test_a_pattern_that_names_the_modal_codes_the_intent(loaded):
    assert _coded("Rohan said it would donate grain to Dale.", loaded) == {("ROH", "DAL", "033", "future")}


def test_the_act_done_keeps_its_code(loaded):
    assert _coded("Rohan donated grain to Dale.", loaded) == {("ROH", "DAL", "070", "asserted")}


def test_plain_english_still_codes_the_intent(plain):
    # guard: the shipped lexicon's "will donate" is a statement of intent (03), as before
    assert {c[:2] for _, _, c, _ in coded("Norway will donate grain to Kenya.", plain)} == {"03"}


# -- an imported agent's forms: "{}" means no plural ---------------------------------------

def test_an_agent_with_no_plural_is_not_matched_in_the_plural(loaded):
    assert codes("The rangers of Gondor attacked Rohan.", loaded) == {("GON", "ROH", "190")}


def test_an_agent_with_no_plural_is_matched_in_the_singular(loaded):
    assert codes("The ranger of Gondor attacked Rohan.", loaded) == {("GONCOP", "ROH", "190")}


def test_an_agent_with_its_regular_plural_is_matched_in_the_plural(loaded):
    assert codes("The stewards of Gondor attacked Rohan.", loaded) == {("GONGOV", "ROH", "190")}


def test_shipped_agent_plurals_are_kept_without_dictionaries(plain):
    # guard: the shipped "police" is still matched in the plural where no dictionary says otherwise
    assert any(s == "KENCOP" for s, _, _ in codes("The Kenyan police arrested protesters.", plain))


# -- an imported agent wins over a shipped name of the same text ---------------------------

@pytest.mark.parametrize("text", ["The Gondor MSF restored ties with Rohan.",
                                  "The Gondor Red Crescent sent aid to Rohan."])
def test_an_imported_agent_wins_over_a_shipped_name(loaded, text):
    assert {s for s, _, _ in codes(text, loaded)} == {"GONNGO"}


@pytest.mark.parametrize("text, source", [("The Red Crescent sent aid to Kenya.", "IFRC"),
                                          ("MSF sent aid to Kenya.", "MSFNGO")])
def test_a_shipped_name_stands_without_the_agent(plain, text, source):
    # guard: without an agent dictionary naming them, the shipped organisations
    assert {s for s, _, _ in codes(text, plain)} == {source}


# -- "+ * IN $": the source after the preposition, whatever the parse makes of it ----------

@pytest.mark.parametrize("text", ["Dale broke in a Gondor rally on Monday.",
                                  "Dale broke in a rally with Gondor on Monday."])
def test_the_source_after_the_preposition_is_read_in_its_phrase(loaded, text):
    assert codes(text, loaded) == {("GON", "DAL", "075")}


def test_no_actor_after_the_preposition_codes_no_event(loaded):
    # the verb's default is "[---]": without the pattern's actor there is no event
    assert codes("Dale broke in a rally on Monday.", loaded) == set()
