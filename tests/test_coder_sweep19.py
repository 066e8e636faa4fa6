"""Cooperative constructions found in the nineteenth everyday-news sweep (CAMEO 01-08):
easing visa rules for a people is easing an administrative sanction (081); condolences
or sympathy offered are an empathetic comment (018), not an offer (030); letting aid in
is allowing humanitarian access (0863), and an infinitive of purpose on a verb with its
own object is no commitment frame ("opened the crossing to allow aid"). Rules alone
(the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # easing, lifting or waiving visa rules for a state's citizens: 081 toward them
    ("Vietnam eased visa restrictions for Australian tourists.", "VNM", "AUS", "081"),
    ("Thailand lifted visa requirements for Indian citizens.", "THA", "IND", "081"),
    ("Kyrgyzstan has waived visas for German nationals.", "KGZ", "DEU", "081"),
    # condolences or sympathy offered, sent or expressed: 018
    ("The Egyptian president offered condolences to Morocco after the earthquake.", "EGY", "MAR", "018"),
    ("The Irish government offered its sympathy to the people of Libya.", "IRL", "LBY", "018"),
    ("Pakistan's prime minister expressed condolences to Turkey.", "PAK", "TUR", "018"),
    # letting aid in is allowing humanitarian access (0863); inspectors in, receiving them (0862)
    ("Turkey has allowed aid into northern Syria.", "TUR", "SYR", "0863"),
    ("Iraq allowed IAEA inspectors into the facility.", "IRQ", "IAEA", "0862"),
    # a verb with its own object and an infinitive of purpose: the act is done, no intent
    ("Jordan opened the border crossing to allow aid into Syria.", "JOR", "SYR", "0863"),
    # a complaint lodged "with" a state is made to it (114); "against" still wins
    ("Japan lodged a formal complaint with Russia.", "JPN", "RUS", "114"),
    ("Ukraine filed a complaint with the United Nations against Russia.", "UKR", "RUS", "114"),
    # neighbouring rows keep their code:
    # an offer of aid or of talks keeps its own code
    ("China offered aid to Nepal.", "CHN", "NPL", "033"),
    # a ban lifted stays the lifting of an economic sanction
    ("Indonesia lifted its ban on cattle imports from Australia.", "IDN", "AUS", "085"),
    # a frame's infinitive read as a clause of purpose, with no object between: still the frame
    ("Russia threatened on Monday to cut gas supplies to Moldova.", "RUS", "MDA", "1311"),
])
def test_cooperative_sweep_codes(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c == code for s, t, c, _ in found), found


@pytest.mark.parametrize("text, source, target, code", [
    # ending visa-free travel is no easing
    ("Russia suspended visa-free travel for Georgians.", "RUS", "GEO", "081"),
    # condolences are no offer of cooperation
    ("The Egyptian president offered condolences to Morocco after the earthquake.", "EGY", "MAR", "030"),
    # opening a crossing to allow something is no statement of intent (035)
    ("Turkey opened its border to allow Syrian refugees to enter.", "TUR", "SYR", "035"),
])
def test_not_coded(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert not any(s == source and t == target and c == code for s, t, c, _ in found), found

