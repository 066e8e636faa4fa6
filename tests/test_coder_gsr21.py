"""Constructions of the rule coder from the sixteenth round on PLOVER-style news: promises
of acts the lexicon does not code, and the gerund of a commitment framed as an intent.
Rules alone (the learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    # a promise of an act the lexicon does not code is the intent to cooperate (030), toward
    # the actor or the foreign place the act names
    ("The European Union agreed to set up a trade office in Nairobi.", ("EU", "KEN", "030")),
    ("Japan has agreed to build a hospital in Cambodia.", ("JPN", "KHM", "030")),
    ("China is ready to deepen ties with Brazil.", ("CHN", "BRA", "030")),
    ("The Security Council agreed to an extension of the mandate for the observer mission in Haiti.",
     ("UNSC", "HTI", "030")),
    # reforms are promised to no one (034, 0344), an opening of the economy is 0311, holding
    # elections a change of leadership (0341), also in the source's own country
    ("Brazil promised to democratize its institutions.", ("BRA", None, "0344")),
    ("The Chilean president promised to democratize Chile.", ("CHL", None, "0344")),
    ("Vietnam is committed to opening up its economy.", ("VNM", None, "0311")),
    ("The Pakistani prime minister promised to hold elections next year.", ("PAK", None, "0341")),
])
def test_promise_of_an_act_not_coded(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    # no other actor in the act, a vow (mostly of hostile acts), an act at home that is no
    # reform, or a participle whose subject the parser loses: nothing promised
    "Spain agreed to meet the deadline.",
    "The party vowed to win the election.",
    "Iran agreed to reduce its stockpile of enriched uranium.",
    "The Peruvian president promised to build a new airport in Peru.",
    "Ottawa will recognise Palestine in September, conditional on the Palestinian Authority committing "
    "to certain reforms.",
])
def test_promise_without_a_party_codes_nothing(text, rules_only):
    found = triples(text, rules_only)
    assert not any(c.startswith("03") and c != "032" for _, _, c in found), found


def test_gerund_of_a_commitment_is_an_intent(rules_only):
    # "committed to sending troops" frames the sending as "committed to send" does (0332),
    # not as troops sent (072)
    found = triples("Germany committed to sending troops to Lithuania.", rules_only)
    assert ("DEU", "LTU", "0332") in found and ("DEU", "LTU", "072") not in found, found


def test_gerund_under_another_verb_is_done(rules_only):
    # a gerund under a preposition "to" of a verb that is no frame word stays the act done
    found = triples("Poland turned to sending tanks to Ukraine.", rules_only)
    assert not any(c.startswith("03") for _, _, c in found), found


@pytest.mark.parametrize("text, expected", [
    # a show of force is aimed at whom the force readied is "for": the war or offensive's target
    ("France mobilized its reservists for a war against Syria.", ("FRA", "SYR", "154")),
    ("Egypt mobilized troops for an offensive against the militants in Libya.", ("EGY", "LBY", "154")),
])
def test_mobilized_for_a_war_against(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found


def test_mobilized_for_no_war_on_anyone(rules_only):
    # a "for" that names no war on anyone leaves the show of force with no target
    found = triples("Germany mobilized reservists for the flood relief effort.", rules_only)
    assert ("DEU", None, "154") in found or not any(c.startswith("15") and t for _, t, c in found), found


def test_frames_table_any_column_is_checked(tmp_path):
    # the column "any" of frames.tsv takes "yes" or nothing
    from eventwire.coding.frames import Frames
    from eventwire.errors import KnowledgeBaseError

    (tmp_path / "frames.tsv").write_text("lemma\tkind\tany\nagree\tintent\tyes\npromise\tboth\tmaybe\n",
                                         encoding="utf-8")
    (tmp_path / "frame_codes.tsv").write_text("kind\tembedded\tcode\nintent\t07\t033\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"frames.tsv.*3.*maybe"):
        Frames.load(str(tmp_path))


@pytest.mark.parametrize("text, expected", [
    # lending is economic aid (071) as "lend" is, promised 0331; a promised sale or purchase
    # the lexicon does not code as arms is trade (0311)
    ("Japan loaned $2 billion to Indonesia.", ("JPN", "IDN", "071")),
    ("The European Union agreed to loan 50 billion euros to Moldova.", ("EU", "MDA", "0331")),
    ("India agreed to buy crude oil from Venezuela.", ("IND", "VEN", "0311")),
    # an arms purchase keeps its military code
    ("Egypt agreed to buy fighter jets from France.", ("EGY", "FRA", "0312")),
])
def test_promised_loans_and_trade(text, expected, rules_only):
    found = triples(text, rules_only)
    assert expected in found, found
