"""Cooperative constructions found in the nineteenth everyday-news sweep (CAMEO 01-08):
easing visa rules for a people is easing an administrative sanction (081); condolences
or sympathy offered are an empathetic comment (018), not an offer (030). Rules alone
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
])
def test_cooperative_sweep_codes(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c == code for s, t, c, _ in found), found


@pytest.mark.parametrize("text, source, target, code", [
    # ending visa-free travel is no easing
    ("Russia suspended visa-free travel for Georgians.", "RUS", "GEO", "081"),
    # condolences are no offer of cooperation
    ("The Egyptian president offered condolences to Morocco after the earthquake.", "EGY", "MAR", "030"),
])
def test_not_coded(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert not any(s == source and t == target and c == code for s, t, c, _ in found), found


@pytest.mark.parametrize("text, source, target, code", [
    # an offer of aid or of talks keeps its own code
    ("China offered aid to Nepal.", "CHN", "NPL", "033"),
    # a ban lifted stays the lifting of an economic sanction
    ("Indonesia lifted its ban on cattle imports from Australia.", "IDN", "AUS", "085"),
])
def test_neighbouring_rows_keep_their_code(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c == code for s, t, c, _ in found), found
