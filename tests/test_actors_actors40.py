"""Actor resolution, twenty-fifth round (actors40): transnational groups placed where the text
puts them (a possessive or branch phrase, a region the gazetteer of places knows), a group
named only as another's affiliation dropped, and "its" in what one state says another did to
it read as the speaker's. Real model and pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, mentions, source_codes, target_codes

pytestmark = pytest.mark.model

DATE = "2025-05-02"


@pytest.mark.parametrize("text, mention, key", [
    # "in <state>'s <region> province": the possessive names where the group is
    ("Islamic State fighters raided a village in Mozambique's Niassa province.", "Islamic State", "MOZ"),
    # a region of the gazetteer of places, of a state some mention names
    ("Puntland forces drove ISIS out of two mountain bases on Monday.", "ISIS", "SOM"),
    # "in <place> of <region>": the place the locative names is further down
    ("ISIS attacked a camp in the hills of Puntland on Monday.", "ISIS", "SOM"),
    # a branch named by its state
    ("Islamic State's Congo branch claimed the attack.", "Islamic State", "COD"),
])
def test_a_transnational_group_takes_the_state_the_text_places_it_in(text, mention, key, nlp):
    found = mentions(nlp, text)
    assert found.get(mention, (None,))[0] == key, found


@pytest.mark.parametrize("text", [
    "The United States struck ISIS on Tuesday.",
    # Bari is a city of Italy, which no mention names: no place of this story
    "ISIS fighters attacked a camp near Bari on Tuesday.",
])
def test_a_transnational_group_placed_nowhere_keeps_its_own_state(text, nlp):
    found = mentions(nlp, text)
    assert found.get("ISIS", (None,))[0] == "IRQ", found


def test_a_group_named_only_as_an_affiliation_is_no_actor(rules_only, nlp):
    text = "Islamic State-linked Allied Democratic Forces rebels killed 20 villagers in Beni on Monday."
    assert "Islamic State" not in mentions(nlp, text)
    assert "CODREB" in source_codes(text, rules_only, DATE), codes(text, rules_only, DATE)
    assert not any(s and s.startswith("IRQ") for s in source_codes(text, rules_only, DATE))


def test_its_in_what_a_state_says_another_did_to_it_is_the_speakers(rules_only):
    text = "Sierra Leone says that Guinea has detained its soldiers near the border."
    assert "SLEMIL" in target_codes(text, rules_only, DATE), codes(text, rules_only, DATE)


@pytest.mark.parametrize("text, mention, code", [
    # a verb of what a state does with its own: the doer's
    ("Russia says that Ukraine has moved its troops to the border.", "its troops", None),
    # no state reports it: not the speaker's
    ("Guinea has detained its soldiers near the border.", "its soldiers", None),
    ("Sierra Leone says that Guinea has detained several of its army and police personnel.",
     "its army and police personnel", ("SLE", "MIL")),
])
def test_its_is_the_speakers_only_for_an_act_on_another(text, mention, code, nlp):
    found = mentions(nlp, text)
    if code is None:
        assert found.get(mention, (None,))[0] not in ("RUS", "SLE"), found
    else:
        assert found.get(mention) == code, found


@pytest.mark.parametrize("text, mention, key", [
    ("Puntland forces killed IS-Somalia fighters in an airstrike.", "IS-Somalia", "SOM"),
    ("IS-Sahel fighters ambushed a patrol on Monday.", "IS-Sahel", "MLI"),
])
def test_a_regional_branch_is_of_the_state_it_is_based_in(text, mention, key, nlp):
    found = mentions(nlp, text)
    assert found.get(mention) == (key, "REB"), found
