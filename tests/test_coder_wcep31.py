"""Constructions of the rule coder from the twenty-first round on WCEP-style current-news
summaries (wcep31): a state that calls itself "the country" in what it says, and the
"Royal" style of a monarchy's forces. Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import codes, coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # "the country" as the subject of what a state or its official says is that state
    ("Ghana announces that the country will open an embassy in Tehran.", ("GHA", "IRN", "032", "future")),
    ("Kenyan president William Ruto announces that the country will reopen its embassy in Kabul.",
     ("KEN", "AFG", "032", "future")),
    ("Chilean foreign minister Alberto van Klaveren says the country will withdraw from the "
     "International Criminal Court.", ("CHL", "ICC", "160", "future")),
    ("The Ghanaian foreign ministry announces that the nation will expel two Nigerian diplomats.",
     ("GHA", "NGA", "166", "future")),
    ("The country will expel two Nigerian diplomats, Ghana says.", ("GHA", "NGA", "166", "future")),
])
def test_the_country_is_the_speaking_state(text, expected, rules_only):
    found = coded(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text, bad", [
    # an organisation speaking is not "the country"; a country named in the phrase is itself
    ("The IAEA says the country has expelled its inspectors.", "IAEA"),
    ("Ghana says the country of Togo will expel two Nigerian diplomats.", "GHA"),
    # "the country" not the subject of what is said: no speaker's state
    ("Ghana criticised Togo, saying diplomats of the country will be expelled.", None),
])
def test_the_country_that_is_not_the_speaker(text, bad, rules_only):
    found = triples(text, rules_only)
    if bad is None:
        assert not any(s == "GHA" and c.startswith("16") for s, _, c in found), found
    else:
        assert not any(s == bad and c.startswith("16") for s, _, c in found), found


def test_the_country_of_a_named_state_is_that_state(rules_only):
    found = triples("Ghana says the country of Togo will expel two Nigerian diplomats.", rules_only)
    assert ("TGO", "NGA", "166") in found, found


@pytest.mark.parametrize("text, expected", [
    # "Royal" before a state's adjective and a body of its forces: the state's forces
    ("The Royal Saudi Air Force strikes the port of Mukalla, Yemen.", ("SAUMIL", "YEM", "190")),
    ("The Royal Thai Army shells Cambodian positions near the border.", ("THAMIL", "KHM", "194")),
    ("The Royal Jordanian Air Force shot down two drones over Syria on Monday.", ("JORMIL", None, "190")),
])
def test_royal_forces_are_the_states(text, expected, rules_only):
    found = codes(text, rules_only)
    assert any(s == expected[0] and c[:2] == expected[2][:2] for s, _, c in found), found
    assert not any(s is not None and s.startswith("YEM") for s, _, _ in found), found


def test_royal_alone_names_no_force(rules_only):
    # a "Royal" that is no body of a state's forces: nothing read as the state's military
    found = codes("The Royal Dutch Shell company sold its stake in a Nigerian oil field.", rules_only)
    assert not any(s is not None and s.endswith("MIL") for s, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # freezing talks, cooperation, relations or exports halts them (160); freezing aid, 162
    ("Germany freezes arms exports to Israel.", ("DEU", "ISR", "160")),
    ("Kenya froze talks with Uganda.", ("KEN", "UGA", "160")),
    ("Kenya froze cooperation with Uganda.", ("KEN", "UGA", "160")),
    ("Kenya froze its diplomatic relations with Uganda.", ("KEN", "UGA", "160")),
    ("The United States freezes nearly all foreign aid to South Africa.", ("USA", "ZAF", "162")),
    # freezing assets stays a sanction
    ("Kenya froze the assets of Ugandan officials.", ("KEN", "UGA", "163")),
])
def test_freezing_an_act_halts_it(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
    # the frozen act itself is not coded (not talks, cooperation, exports or aid given)
    assert not any(c[:2] in ("04", "06", "07") for _, _, c in found), found


def test_freezing_with_no_act_frozen(rules_only):
    # freezing what is no act of one state toward another codes nothing
    found = triples("The Kenyan central bank froze interest rates on Tuesday.", rules_only)
    assert not any(c.startswith("16") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # "its airspace" intruded into, in what a state says, is the speaker's
    ("Finland reports that Russia has violated its airspace over Lapland.", ("RUS", "FIN", "150", "reported")),
    ("Latvia reports that six Russian drones entered its airspace.", ("RUS", "LVA", "150", "reported")),
])
def test_its_airspace_is_the_speakers(text, expected, rules_only):
    found = coded(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # the speaker's own forces, an organisation speaking, a verb of no intrusion: no target read
    "Latvia reports that Latvian drones entered its airspace.",
    "The IAEA says Russian drones entered its airspace.",
    "Ghana says Togo closed its airspace.",
])
def test_its_airspace_not_intruded_by_another(text, rules_only):
    found = triples(text, rules_only)
    assert not any(t in ("LVA", "IAEA", "GHA") for _, t, _ in found), found


@pytest.mark.parametrize("text, pair", [
    # the parties of a symmetric act named again in its object are the pair, not targets
    ("Kenyan president William Ruto and Tanzanian president Samia Suluhu Hassan sign the "
     "Kenya–Tanzania Border Treaty.", {"KEN", "TZA"}),
    ("Chilean president Gabriel Boric and Peruvian president Dina Boluarte sign the "
     "Chilean–Peruvian Treaty on Trade.", {"CHL", "PER"}),
])
def test_parties_named_in_the_object_are_the_pair(text, pair, rules_only):
    found = triples(text, rules_only)
    assert any({s, t} == pair and c == "057" for s, t, c in found), found
    assert not any(s == t for s, t, _ in found), found  # no party signing with itself


def test_a_third_state_in_the_object_stays_the_target(rules_only):
    found = triples("Kenya and Tanzania sign a trade deal with Uganda.", rules_only)
    assert ("KEN", "UGA", "057") in found and ("TZA", "UGA", "057") in found, found
