"""Coder fixes of the thirty-third round (coder48): partners named "together with", "jointly
with", "along with" are co-doers, not targets; acts inside a condition; self-dyads. Rules alone
(the learned detector off) and the shipped settings, real model; sentences written for these
tests."""

from __future__ import annotations

import pytest

from coded import coded, codes, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, partner", [
    ("US forces fought together with Kurdish fighters against Islamic State.", "USAREB"),
    ("Russian troops fought jointly with Wagner mercenaries in Bakhmut.", "RUSMIL"),
    ("Antony Blinken met Wang Yi together with Jake Sullivan in Vienna.", "USAGOV"),
])
def test_partner_of_with_is_not_the_target(text, partner, rules_only):
    found = codes(text, rules_only)
    assert found, found
    assert not any(t == partner for _, t, _ in found), found


@pytest.mark.parametrize("text, source, target", [
    ("US forces fought together with Kurdish fighters against Islamic State.", "USA", "IRQ"),
    ("Iraqi forces launched a joint offensive with Kurdish forces against Islamic State.", "IRQ", "IRQ"),
])
def test_act_against_after_a_partner_is_the_acts(text, source, target, rules_only):
    # the parser hangs the act's "against" on the partner: it is still whom the act is on
    found = codes(text, rules_only)
    assert any(s.startswith(source) and t == target + "REB" and c[:2] == "19" for s, t, c in found), found


def test_plain_with_stays_the_target(rules_only):
    # guards: a "with" with no partner's adverb is still whom a symmetric act is with
    assert ("USA", "CHN", "040") in triples("Antony Blinken met Wang Yi in Vienna.", rules_only)
    assert any(s == "IND" and t == "JPN" for s, t, _ in triples("India conducted a naval exercise with Japan.", rules_only))


def test_coordination_with_a_partner_stays_cooperation(rules_only):
    # "in coordination with X" is cooperation with X (a gold pattern), not a target of the seizure
    found = triples("Kenya deported 20 Somalis in coordination with the UNHCR.", rules_only)
    assert ("KEN", "UNHCR", "060") in found, found
    assert not any(t == "UNHCR" and c[:2] == "17" for _, t, c in found), found


@pytest.mark.parametrize("text, source, target", [
    ("Hamas says it will disarm if Israel withdraws from Gaza.", "PSE", "ISR"),
    ("If Israel withdraws from Gaza, Hamas will disarm.", "PSE", "ISR"),
    ("The PKK says it will lay down arms if Turkey releases Ocalan.", "TUR", "TUR"),
    ("Hezbollah said it would lay down its weapons if Israel withdrew from Lebanon.", "LBN", "ISR"),
])
def test_act_offered_on_a_condition_is_toward_whoever_must_meet_it(text, source, target, rules_only):
    # not toward the place the condition names ("from Gaza"), nor a self-dyad of the doer's act
    found = [(s, t, c, m) for s, t, c, m in coded(text, rules_only) if c[:2] in ("03", "08") and s == source
             and m == "conditional"]
    assert found, coded(text, rules_only)
    assert all(t == target for _, t, _, _ in found), found


def test_disarming_on_a_condition_is_no_confiscation(rules_only):
    # the condition's subject is no one disarmed ("1711": confiscating from another)
    found = triples("Hamas will not disarm unless Israel withdraws from Gaza.", rules_only)
    assert found, found
    assert not any(c.startswith("171") for _, _, c in found), found
    assert not any(s == t for s, t, _ in found), found


def test_place_of_a_condition_is_not_the_acts_place(rules_only):
    found = triples("The Houthis will stop attacking ships if Israel ends the war in Gaza.", rules_only)
    assert not any(s == "YEM" and t == "PSE" for s, t, _ in found), found


def test_conjoined_condition_is_conditional(rules_only):
    text = "Hamas says that it will disarm if Israel withdraws from Gaza and if Israel and the US honour the ceasefire."
    found = [(s, t, m) for s, t, _, m in coded(text, rules_only) if s in ("ISR", "USA") and t in ("ISR", "USA", "PSE")]
    assert found, coded(text, rules_only)
    assert all(m == "conditional" for _, _, m in found), found


def test_act_with_its_own_target_keeps_it_beside_a_condition(rules_only):
    # guards: a threat's own target and the condition's own act stay as they were
    assert any(s == "CHN" and t == "TWN" and c[:2] == "13" for s, t, c in
               triples("China will impose sanctions on Taiwan if it declares independence.", rules_only))
    found = coded("Ukraine will release prisoners if Russia frees Ukrainian soldiers.", rules_only)
    assert any(s == "RUS" and t == "UKR" and m == "conditional" for s, t, _, m in found), found


@pytest.mark.parametrize("text", [
    "Moldovan prime minister Alexandru Munteanu resigns.",
    "The Nigerien government declares a nationwide mobilization.",
    "Polish president Karol Nawrocki vetoes a bill on wind farms.",
])
def test_own_act_is_not_the_source_read_twice(text, rules_only):
    # an act with no other target is toward the source's state (or its people), never the
    # source's own full code again
    found = codes(text, rules_only)
    assert found, found
    assert not any(s == t for s, t, _ in found), found


def test_state_halting_its_own_act_has_no_target(rules_only):
    found = codes("Russia halted its offensive.", rules_only)
    assert ("RUS", None, "087") in found, found


@pytest.mark.parametrize("text, pair", [
    # guards: a resignation stays the state's (its key), an appointment within the government,
    # a mobilisation toward the people it calls up, rebels laying down arms toward their state
    ("Moldovan prime minister Alexandru Munteanu resigns.", ("MDAGOV", "MDA")),
    ("Malagasy president Michael Randrianirina appoints Herintsalama Rajaonarivelo as prime minister.",
     ("MDGGOV", "MDGGOV")),
    ("The Nigerien government declares a nationwide mobilization.", ("NERGOV", "NERCVL")),
    ("Hezbollah fighters laid down their weapons.", ("LBNREB", "LBNGOV")),
])
def test_own_targets(text, pair, rules_only):
    assert any((s, t) == pair for s, t, _ in codes(text, rules_only)), codes(text, rules_only)


def test_place_deported_from_is_not_the_target(rules_only):
    # the state someone is deported from is the deporter's, never whom the deportation is on
    for text in ("Ghana can accept citizens of West African nations who have been deported from the United States.",
                 "Mexico received 200 migrants deported from the United States."):
        found = triples(text, rules_only)
        assert not any(c == "174" and t == "USA" for _, t, c in found), found


def test_entering_a_market_is_no_occupation(rules_only):
    assert not any(c == "192" for _, _, c in triples("Chinese firms entered the Russian market.", rules_only))
    # guard: troops entering a town still occupy it
    assert ("ISR", "PSE", "192") in triples("Israeli troops entered Rafah.", rules_only)


def test_visit_of_a_body_to_itself_is_no_consultation(rules_only):
    found = codes("Israeli chief of staff Eyal Zamir says that the military is in a state of war in Lebanon, "
                  "while visiting Israeli troops deployed near Bint Jbeil.", rules_only)
    assert not any(c[:2] == "04" and s == t for s, t, c in found), found


def test_visit_across_sectors_or_states_stays(rules_only):
    # guards: a government visiting its army, two states meeting
    assert ("ISRGOV", "ISRMIL", "042") in codes("The Israeli prime minister visited Israeli troops in Gaza.", rules_only)
    assert any(s == "TURGOV" and t == "RUSGOV" and c[:2] == "04" for s, t, c in
               codes("Turkish President Erdogan met Russian President Putin in Sochi.", rules_only))


def test_protest_of_a_state_as_a_whole_stays_toward_its_government(rules_only):
    # guard: a protest of a people named by its demonym is toward its government, as before
    assert any(s == "DZA" and t == "DZAGOV" for s, t, _ in codes(
        "Algerian landowners began a hunger strike outside Parliament to demand the return of property.", rules_only))
