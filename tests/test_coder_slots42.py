"""Wrong slots (twenty-seventh round, slots42): the target a cooperative act's purpose
infinitive names ("eased restrictions to permit oil exports to Cuba"), and a place phrase
beside the people an act is done to read as its target ("shot shoppers at the Israeli
embassy in Amman"). Rules alone (the learned detector off), real model; sentences written
for these tests."""

from __future__ import annotations

import pytest

from coded import codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, beneficiary", [
    ("The United States eased restrictions to permit oil exports to Cuba.", "CUB"),
    ("The European Union lifted sanctions to allow exports to Syria.", "SYR"),
    # Funds released are aid (gsr42's row, 070); before it, the release of people (084) had
    # coded "released funds to help flood victims in Malawi" by the place, a wrong code.
    ("Norway released funds to help refugees in Malawi.", "MWI"),
])
def test_target_named_by_a_purpose_infinitive(text, beneficiary, rules_only):
    found = triples(text, rules_only)
    assert any(t == beneficiary and c[:2] in ("07", "08") for _, t, c in found), found


def test_purpose_of_an_aid_noun_on_its_verb(rules_only):
    found = codes("Germany sent aid to help refugees in Chad.", rules_only)
    assert ("DEU", "TCDREF", "070") in found, found


def test_purpose_of_a_symmetric_act_names_no_party(rules_only):
    # a truce is between its parties; where a transfer it eases goes is not one of them
    found = triples("Armenia and Azerbaijan extended their truce to facilitate the transfer of prisoners "
                    "to Georgia.", rules_only)
    assert not any(t == "GEO" for _, t, _ in found), found


@pytest.mark.parametrize("text, wrong, right", [
    ("Soldiers shot protesters at the Israeli embassy in Amman.", "ISR", "JOR"),
    ("Gunmen shot worshippers at the Turkish consulate in Kabul.", "TUR", "AFG"),
])
def test_place_beside_the_people_acted_on_is_not_the_target(text, wrong, right, rules_only):
    found = triples(text, rules_only)
    assert not any(t == wrong for _, t, _ in found), found
    assert any(t == right for _, t, _ in found), found


def test_shot_at_a_named_actor_stays_the_target(rules_only):
    found = triples("Soldiers shot at the Israeli embassy in Amman.", rules_only)
    assert any(t == "ISR" for _, t, _ in found), found
