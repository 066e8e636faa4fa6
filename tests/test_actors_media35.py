"""The news outlets of the knowledge base (media35): ``actors/data/outlets.tsv``."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from eventwire.actors.kb import OUTLET_KINDS, data_dir, load_kb, shipped_kb
from eventwire.actors.outlets import ANY, outlet_nouns
from eventwire.errors import KnowledgeBaseError


@pytest.mark.parametrize("form, country, kind", [
    ("BBC", "GBR", "broadcaster"),
    ("Al Jazeera", "QAT", "broadcaster"),
    ("KCNA", "PRK", "agency"),
    ("Xinhua", "CHN", "agency"),
    ("IRNA", "IRN", "agency"),
    ("Haaretz", "ISR", "newspaper"),
    ("the New York Times", "USA", "newspaper"),
])
def test_outlets_are_their_states_media(form, country, kind):
    kb = shipped_kb()
    (form_entry,) = [f for f in kb.forms[form] if f.entity.kind == "group"]
    actor = kb.actor(form_entry, dt.date(2024, 5, 2))
    assert (actor.country, actor.sector) == (country, "MED")
    assert kb.outlets[actor.name] == kind


def test_every_outlet_is_med_and_every_noun_names_a_kind():
    kb = shipped_kb()
    assert len(kb.outlets) > 80 and set(kb.outlets.values()) <= OUTLET_KINDS
    for name in kb.outlets:
        (ent,) = [e for e in kb.find(name) if e.kind == "group"]
        assert {p.sector for p in ent.periods} == {"MED"}, name
    assert set(outlet_nouns().values()) <= OUTLET_KINDS | {ANY}


def test_an_outlet_id_that_is_a_groups_is_reported(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    with (folder / "outlets.tsv").open("a", encoding="utf-8") as f:
        f.write("hamas\tHamas Daily\t\tPSE\tMED\t\t\tnewspaper\n")
    with pytest.raises(KnowledgeBaseError, match="outlets.tsv.*hamas"):
        load_kb(folder)


@pytest.mark.parametrize("text, kept", [
    # the outlet named before: "the agency" may be it, so its sentence goes through the model
    ("Saudi Arabia's SPA news agency reported the attack. The agency did not mention casualties.", [True, True]),
    # no name before: nothing for "the agency" to refer back to
    ("Rain fell all day in the valley. The agency did not mention casualties.", [False, False]),
])
def test_the_selection_keeps_an_outlet_noun_after_a_name(nlp, text, kept):
    from eventwire.coding.implicit import agent_forms
    from eventwire.nlp.runner import SelectiveRunner
    from eventwire.nlp.select import select

    runner = SelectiveRunner(nlp)
    (doc,) = runner._split([nlp.make_doc(text)])
    sel = select(doc, runner.gazetteer.pieces(doc), agent_forms(), runner._place)
    assert [any(s <= sent.start and sent.end <= e for s, e in sel.blocks) for sent in doc.sents] == kept
