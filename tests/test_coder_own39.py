"""Acts of a state at home (twenty-fourth round, own39): with no target named, an arrest or
detention, rationing or a lockdown imposed, schools closed, the internet cut and parliament
dissolved fall on the state's own people and institutions (X -> X), as the train gold codes
them; a target named still takes the act. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model

DATE = "2024-05-02"


@pytest.mark.parametrize("text, triple", [
    ("Hamas arrests 30 clan members.", ("PSE", "PSE", "173")),
    ("Police in Brazil arrested 81 suspected gang members.", ("BRA", "BRA", "173")),
    ("Iran introduced fuel rationing on Monday.", ("IRN", "IRN", "172")),
    ("Mali imposes gasoline rationing.", ("MLI", "MLI", "172")),
    ("Egypt imposed a nationwide lockdown.", ("EGY", "EGY", "172")),
    ("Mali closes all schools and universities.", ("MLI", "MLI", "172")),
    ("Uganda orders a nationwide internet shutdown before the election.", ("UGA", "UGA", "1721")),
    ("Iran shut down the internet in Tehran.", ("IRN", "IRN", "1721")),
    ("The president of Peru dissolved parliament.", ("PER", "PER", "172")),
])
def test_an_act_at_home_with_no_target_is_on_the_states_own(text, triple, rules_only):
    found = triples(text, rules_only, DATE)
    assert triple in found, found


@pytest.mark.parametrize("text, triple", [
    ("Russia detained a French citizen.", ("RUS", "FRA", "173")),
    ("Israel arrested 20 Palestinians in the West Bank.", ("ISR", "PSE", "173")),
    ("China imposed rationing of water on Hong Kong.", ("CHN", "HKG", "172")),
])
def test_a_target_named_still_takes_the_act(text, triple, rules_only):
    found = triples(text, rules_only, DATE)
    assert triple in found, found
    assert (triple[0], triple[0], triple[2]) not in found, found


def test_a_verb_conjoined_to_one_with_the_object_is_not_on_its_own_state(rules_only):
    found = triples("The Iranian government detains and imprisons two unnamed French nationals for "
                    "alleged espionage.", rules_only, DATE)
    assert ("IRN", "IRN", "173") not in found, found
