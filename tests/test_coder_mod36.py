"""Modality of threats (twenty-third round, mod36): a threat the coder makes of a conditional
act ("Iran will attack Israel if it is struck", 13) has been made: the condition is the content
of the threat, not the threat (GUIDE.md section 4). It is asserted, or reported when another
speaker tells of it; a conditional offer (03) and what the condition itself names stay
conditional. Rules alone (the learned detector off), real model; sentences written for these
tests."""

from __future__ import annotations

import pytest

from coded import modalities

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, triple, expected", [
    # the writer states the threat
    ("Pakistan will strike India if India attacks Pakistani territory.", ("PAK", "IND", "13"), "asserted"),
    # an ultimatum: a threat whatever the act
    ("Ghana will withdraw its ambassador from Togo unless Togo releases the detained traders.",
     ("GHA", "TGO", "13"), "asserted"),
    # its maker says it: the saying is the threat, stated by the writer
    ("Iran said it would attack Israel if Israel struck its nuclear sites.", ("IRN", "ISR", "13"), "asserted"),
    ("Iran threatened that it would attack Israel if provoked.", ("IRN", "ISR", "13"), "asserted"),
    # another speaker tells of it: that speaker's word
    ("American officials said Iran would attack Israel if Israel struck its nuclear sites.",
     ("IRN", "ISR", "13"), "reported"),
])
def test_a_conditional_threat_is_a_threat_made(text, triple, expected, rules_only):
    assert modalities(text, rules_only, triple) == {expected}


@pytest.mark.parametrize("text, triple", [
    # an offer under a condition is not made unless the condition is met
    ("Hamas will release the hostages if Israel releases 500 prisoners.", ("PSE", "PSE", "03")),
    # what the condition names is no threat: it may not happen
    ("Pakistan will strike India if India attacks Pakistani territory.", ("IND", "PAK", "19")),
])
def test_a_conditional_offer_or_condition_stays_conditional(text, triple, rules_only):
    assert modalities(text, rules_only, triple) == {"conditional"}
