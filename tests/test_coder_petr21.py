"""Constructions added by petr21 in the sixteenth round: an agent's state carried across
conjoined agent nouns ("the Iranian government and military", "lawmakers and officials in
Estonia"), and an agent's sector across states the parser conjoins to the agent noun itself
("lawmakers in Fornost and Gondor"). Real model, rules alone; sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from coded import codes
from eventwire.actors.component import SPAN_KEY
from eventwire.actors.references import Found
from eventwire.actors.conjoined import share_of_state
from eventwire.pipeline import annotated_docs, as_document
from eventwire.records import Actor

pytestmark = pytest.mark.model


def mentions(text, settings):
    """Each actor mention's text -> its code."""
    ((_, doc),) = annotated_docs([as_document({"id": "t", "text": text, "date": "2025-06-01"}, 0)],
                                 settings=settings)
    return {s.text: s._.actor.code for s in doc.spans[SPAN_KEY]}


@pytest.mark.parametrize("text, mention, code", [
    # an agent noun conjoined after a state's agent noun, of the same side, is of that state
    ("The Iranian government and military condemned the strike.", "military", "IRNMIL"),
    ("Israeli police and soldiers raided the camp near Jenin.", "soldiers", "ISRMIL"),
    ("Palestinian journalists and activists condemned the raid.", "activists", "PSECVL"),
    ("Danish media and government condemned the cartoon.", "government", "DNKGOV"),
    # one conjoined before an agent noun "in" a state is of that state
    ("Lawmakers and officials in Estonia condemned the Russian drills.", "Lawmakers", "ESTLEG"),
    ("Lawmakers, judges and officials in Estonia condemned the Russian drills.", "judges", "ESTJUD"),
])
def test_conjoined_agent_nouns_share_the_state(text, mention, code, rules_only):
    found = mentions(text, rules_only)
    assert found.get(mention) == code, found


@pytest.mark.parametrize("text, mention", [
    # guards: across the state's side (troops and protesters clash; police and protesters)
    ("Israeli troops and protesters clashed in Hebron.", "protesters"),
    ("Police and protesters in Kenya clashed on Monday.", "Police"),
])
def test_agent_nouns_of_opposed_sides_do_not_share_the_state(text, mention, rules_only):
    found = mentions(text, rules_only)
    assert mention not in found, found


def test_a_shared_state_codes_each_agent(rules_only):
    found = codes("The Iranian government and military condemned Israel.", rules_only)
    assert {s for s, t, c in found if t == "ISR" and c.startswith("11")} & {"IRNGOV", "IRNMIL"}, found
    found = codes("Lawmakers and officials in Estonia and Latvia condemned Russia.", rules_only)
    assert {("ESTLEG", "RUS"), ("LVALEG", "RUS")} <= {(s, t) for s, t, c in found}, found


def test_conjoined_agents_of_one_state_are_each_coded_not_merged(rules_only):
    # "Danish media and government": one act of each, as PETRARCH codes it
    found = codes("Danish media and government condemned Iran.", rules_only)
    assert {("DNKMED", "IRN"), ("DNKGOV", "IRN")} <= {(s, t) for s, t, c in found}, found
    found = codes("The EU imposed sanctions on Israeli settlers and Israeli minister Itamar Ben-Gvir.", rules_only)
    assert {t for s, t, c in found if s == "EU"} >= {"ISRCVL", "ISRGOV"}, found
    # guards: two readings of one actor ("Myanmar military ruler Min Aung Hlaing") are one
    # event, and a restatement in another sentence is still one event
    found = codes("Myanmar military ruler Min Aung Hlaing stepped down as army chief.", rules_only)
    assert len([1 for s, t, c in found if c.startswith("08")]) <= 1, found
    found = codes("Russia struck Kyiv overnight. Russian missiles hit Kyiv, officials said.", rules_only)
    assert len([1 for s, t, c in found if t == "UKR" and c.startswith("19")]) == 1, found


def _doc(nlp, words, heads, deps):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_a_state_conjoined_to_the_agent_noun_takes_its_sector(nlp):
    # "Lawmakers in Fornost and Gondor welcomed ...", parsed with Gondor conjoined to the
    # noun, as the parser often reads names it does not know
    words = ["Lawmakers", "in", "Fornost", "and", "Gondor", "welcomed", "it", "."]
    heads = [5, 0, 1, 0, 0, 5, 5, 5]
    deps = ["nsubj", "prep", "pobj", "cc", "conj", "ROOT", "dobj", "punct"]
    doc = _doc(nlp, words, heads, deps)
    lawmakers = Found(0, 3, Actor(name=None, country="FOR", sector="LEG"), "agent+of+state", 0)
    gondor = Found(4, 5, Actor(name="Gondor", country="GON"), "state", 4)
    out = share_of_state(doc, [lawmakers, gondor])
    assert out[1].actor.code == "GONLEG"
    # guard: a state further on, not right after the mention ("Lawmakers in Fornost met
    # Gondor and ..."), keeps no sector
    words = ["Lawmakers", "in", "Fornost", "on", "Monday", "and", "Gondor", "welcomed", "it", "."]
    heads = [7, 0, 1, 0, 3, 0, 0, 7, 7, 7]
    deps = ["nsubj", "prep", "pobj", "prep", "pobj", "cc", "conj", "ROOT", "dobj", "punct"]
    doc = _doc(nlp, words, heads, deps)
    gondor = Found(6, 7, Actor(name="Gondor", country="GON"), "state", 6)
    out = share_of_state(doc, [lawmakers, gondor])
    assert out[1].actor.code == "GON"


def test_a_loaded_agent_overrides_the_sector_of_the_same_word_not_its_kind(rules_only, tmp_path):
    path = tmp_path / "own.agents.txt"
    path.write_text("ATTORNEY_GENERAL [~GOV] # ours\nHARBOUR_MASTER [~BUS] # ours\n", encoding="utf-8")
    loaded = rules_only.replace(dictionaries=(str(path),))
    text = "Brazilian Attorney General Jorge Messias condemned the ruling."
    # the loaded sector wins, and the title still takes the name after it
    assert mentions(text, loaded).get("Brazilian Attorney General Jorge Messias") == "BRAGOV"
    # guard: without the dictionary, the shipped sector
    assert mentions(text, rules_only).get("Brazilian Attorney General Jorge Messias") == "BRAJUD"
    # a shipped word the dictionary lacks is kept
    assert mentions("Kenyan police arrested the suspects.", loaded).get("Kenyan police") == "KENCOP"
