"""Constructions of the rule coder found in the review of the PLOVER gold records
(CAMEO-manual examples): a cooperative act that its own modal puts in the future is
a stated intent (CAMEO 03). Rules alone (the learned detector off), real model;
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # "will"/"would" + a cooperative act: the statement of intent, its act deciding the sub-code
    ("The Chilean foreign minister will visit Peru next month.", "CHL", "PER", "036"),
    ("Norway will support Ghana's bid for a seat on the council.", "NOR", "GHA", "032"),
    ("Cuba said it would allow the return of Spanish inspectors.", "CUB", "ESP", "035"),
    ("Canada will send food aid to Haiti.", "CAN", "HTI", "033"),
])
def test_a_modal_future_cooperative_act_is_an_intent(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c.startswith(code) and m == "future"
               for s, t, c, m in found), found


@pytest.mark.parametrize("text, source, target, root", [
    # the act done, not promised, keeps its own code
    ("The Chilean foreign minister visited Peru on Monday.", "CHL", "PER", "04"),
    ("Canada sent humanitarian aid to Haiti.", "CAN", "HTI", "07"),
    # a hostile act in the future is not an intent to cooperate
    ("Turkey will impose sanctions on Syria.", "TUR", "SYR", "16"),
    # a negated future of a cooperative act stays a refusal
    ("Japan will not meet the Chinese delegation.", "JPN", "CHN", "12"),
])
def test_other_acts_keep_their_code(text, source, target, root, rules_only):
    found = coded(text, rules_only)
    assert any(s == source and t == target and c[:2] == root for s, t, c, _ in found), found


@pytest.mark.parametrize("text, source, target, code", [
    # lifting or easing a blockade or siege: easing a military blockade (0872)
    ("The Turkish army lifted its blockade on Armenian villages.", "TUR", "ARM", "0872"),
    # beating up and wounding people
    ("Police officers beat up Kenyan protesters in Nairobi.", "KEN", "KEN", "182"),
    ("Somali militants wounded three Ethiopian soldiers.", "SOM", "ETH", "190"),
    # a welcome given to someone is hosting them
    ("The Danish prime minister gave a warm welcome to the Polish president.", "DNK", "POL", "043"),
    # ties upgraded between two states
    ("Chile and Bolivia upgraded their diplomatic ties.", "CHL", "BOL", "050"),
    # sharing intelligence with someone
    ("Jordanian intelligence shared information with Egypt about the plot.", "JOR", "EGY", "064"),
    # cutting or reducing aid to someone
    ("Sweden cut aid to Zambia.", "SWE", "ZMB", "162"),
    ("The United States reduced food supplies to Yemen.", "USA", "YEM", "162"),
    # expelling inspectors or observers of an organisation: reducing relations (166)
    ("Iran expelled inspectors of the International Atomic Energy Agency.", "IRN", "IAEA", "166"),
    # handing over medicine or weapons to someone is aid
    ("Norwegian doctors handed over medicine to Sudan.", "NOR", "SDN", "073"),
    # refusing or denying entry to someone
    ("Hungary was refusing admittance to Syrian refugees.", "HUN", "SYR", "120"),
    ("Israel denied entry to two Irish lawmakers.", "ISR", "IRL", "120"),
    ("Mexican police sexually abused Guatemalan migrants.", "MEX", "GTM", "182"),
    # forces strengthened or reinforced in or near a place: increasing armed forces (154)
    ("Russia reinforced its troops near Ukraine.", "RUS", "UKR", "154"),
    ("Israel has strengthened its forces in Lebanon.", "ISR", "LBN", "154"),
    # a visit cancelled, air links suspended: reducing relations (160)
    ("The Spanish minister has cancelled a planned visit to Cuba.", "ESP", "CUB", "160"),
    ("Italy announced a suspension of air links with Serbia.", "ITA", "SRB", "160"),
    # receiving or accepting peacekeepers (0861) or inspectors and observers (0862) is
    # allowing international involvement, not hosting a visit
    ("The Kenyan president received a team of observers from the African Union.", "KEN", "AU", "0862"),
    ("Syria accepted UN inspectors at the site.", "SYR", "UN", "0862"),
    ("Lebanon received Irish peacekeepers.", "LBN", "IRL", "0861"),
    # withdrawing them is reducing relations (166x), not a military retreat
    ("Ghana withdrew its peacekeeping troops from Lebanon.", "GHA", "LBN", "1661"),
    ("The United Nations withdrew its inspectors from Iran.", "UN", "IRN", "1662"),
    # blocking transport is obstructing passage
    ("Rebels blocked transport into Kinshasa.", "COD", "COD", "144"),
])
def test_gsr_trigger_rows(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert (source, target, code) in found, found


def test_instituting_a_curfew_is_imposing_one(rules_only):
    found = triples("The Algerian government instituted a curfew in Algiers.", rules_only)
    assert ("DZA", "DZA", "1723") in found, found


@pytest.mark.parametrize("text, demand, asked", [
    # what a saying verb says someone must do, also through a noun or adjective of that act
    ("The French minister said that Mali and Niger must reach an agreement on their border.",
     ("FRA", "MLI", "100"), ("MLI", "NER", "05")),
    ("The Chinese foreign minister said the United States must be ready to negotiate with Iran.",
     ("CHN", "USA", "100"), ("USA", "IRN", "03")),
    # a that-clause in the present, an infinitive with its own subject, a purpose infinitive
    ("Egypt demanded that Saudi Arabia and Jordan refuse to recognise the government of Sudan.",
     ("EGY", "SAU", "100"), ("SAU", "SDN", "12")),
    ("The UN envoy demanded the militias in Libya to release the Turkish hostages.",
     ("UN", "LBY", "100"), ("LBY", "TUR", "08")),
    ("Russia demanded a session of the Security Council to discuss Ukraine's attacks on Crimea.",
     ("RUS", "UNSC", "100"), ("RUS", "UKR", "04")),
    # the that-clause of a demand noun that the parser hangs on the verb
    ("The Arab League renewed its demand that Israel lift restrictions on Palestinian traders.",
     None, ("ISR", "PSE", "08")),
])
def test_what_a_demand_asks_for_is_not_done(text, demand, asked, rules_only):
    found = triples(text, rules_only)
    assert demand is None or demand in found, found
    assert not any((s, t) == asked[:2] and c.startswith(asked[2]) for s, t, c in found), found


def test_a_frame_verb_gives_its_noun_its_subject(rules_only):
    # "agreed to peace talks with X" is "agreed to hold talks": the subject's intent to meet
    found = coded("Ethiopia agreed to peace talks with Eritrea.", rules_only)
    assert any(s == "ETH" and t == "ERI" and c == "036" for s, t, c, _ in found), found


@pytest.mark.parametrize("text, source, target, code", [
    ("Serbia and Kosovo failed to reach an agreement on Monday.", "SRB", "XKX", "057"),
    ("Turkey and Greece failed to agree on a ceasefire.", "TUR", "GRC", "030"),
])
def test_what_someone_failed_to_do_is_negated(text, source, target, code, rules_only):
    found = coded(text, rules_only)
    assert all(m == "negated" for *_, m in found), found
    assert code is None or any(s == source and t == target and c == code for s, t, c, _ in found), found


@pytest.mark.parametrize("text, source, target, code", [
    # an ultimatum is aimed at whoever must meet its condition
    ("Hamas threatened to resume rocket attacks unless Israel lifts the blockade.", "PSE", "ISR", "138"),
    ("Syrian farmers threatened to hold a general strike unless Israel lifts the blockade.", "SYR", "ISR", "13"),
])
def test_an_ultimatum_targets_the_subject_of_its_condition(text, source, target, code, rules_only):
    found = triples(text, rules_only)
    assert any(s == source and t == target and c.startswith(code) for s, t, c in found), found


@pytest.mark.parametrize("text, expected", [
    # troops arriving somewhere are deployed, not visiting: peacekeepers' is 074
    ("Bangladeshi peacekeepers arrived in Sierra Leone on Tuesday.", {("BGD", "SLE", "074")}),
    ("American troops arrived in Poland.", set()),
    # an official arriving still visits
    ("The Pakistani military chief arrived in Washington.", {("PAK", "USA", "042")}),
])
def test_troops_arriving_do_not_visit(text, expected, rules_only):
    assert triples(text, rules_only) == expected


@pytest.mark.parametrize("text, source, target", [
    # banning or prohibiting aid to someone halts it (162); the aid is not given
    ("Germany prohibited all aid to Eritrea.", "DEU", "ERI"),
    ("Egypt banned all aid to Sudan.", "EGY", "SDN"),
])
def test_banned_aid_is_halted_not_given(text, source, target, rules_only):
    found = triples(text, rules_only)
    assert (source, target, "162") in found, found
    assert not any(c[:2] in ("03", "07") for _, _, c in found), found


@pytest.mark.parametrize("text, expected, absent", [
    # what was prevented or foiled did not happen; preventing a protest restricts it (172)
    ("Turkish police prevented a demonstration organised by Kurdish students in Ankara.",
     ("TUR", "TUR", "172"), "14"),
    ("Police foiled an attack on the French embassy.", None, "19"),
    # boycotting contact with someone reduces relations with them
    ("Venezuelan leaders said they would boycott all official contact with Colombia.",
     ("VEN", "COL", "160"), "14"),
    # a protest against violations by an army: the army is its target, not its agent
    ("Palestinian youths staged demonstrations against violations by the Israeli army.",
     ("PSE", "ISR", "141"), None),
])
def test_prevented_boycotted_and_protested_acts(text, expected, absent, rules_only):
    found = triples(text, rules_only)
    assert expected is None or expected in found, found
    assert absent is None or not any(c.startswith(absent) for _, _, c in found), found


def test_the_learned_detector_does_not_code_what_a_demand_asks_for(settings):
    # with the detector on: the act asked for is no more done than for the rules
    found = triples("China demanded that the United States cancel plans to sell fighter jets to Taiwan.",
                    settings)
    assert ("CHN", "USA", "100") in found, found
    assert not any(t == "TWN" for _, t, _ in found), found
