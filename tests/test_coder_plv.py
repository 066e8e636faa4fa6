"""Constructions of the rule coder from the looks at classify mode (the seventeenth and
eighteenth rounds): easing tariffs and sanctions by rolling back, cutting, relaxing or
loosening them, ceasing hostilities, laying down arms, legal action, rulings that say
something is not unlawful; agreeing an agreement finalises it, meeting a need is no
meeting, joining an act, peacekeepers deployed, cyber warfare, ending a strike; and
classify's choice among several events between the marked pair; classify's reading of a
violated ceasefire, a call for a measure against the target and a purpose clause, an attack
in words, an act in a temporal adjunct and a restrictive act ordered on the target, a release done
to the target and a restriction undone; "cease-fire" as the parser splits it. Rules alone (the
learned detector off), real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.coding.classify import PairClassifier, PairInput

from coded import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, source, target, code", [
    # rolling back, lowering or cutting tariffs and sanctions eases them (085)
    ("Kenya rolled back import tariffs on Ugandan sugar.", "KEN", "UGA", "085"),
    ("Japan cut tariffs on Australian beef.", "JPN", "AUS", "085"),
    ("Canada lowered its sanctions on Venezuela.", "CAN", "VEN", "085"),
    # a cessation of hostilities is a ceasefire
    ("Sudan declared a cessation of hostilities with South Sudan.", "SDN", "SSD", "0871"),
    # laying down arms demobilises (0873)
    ("Colombian rebels laid down their weapons.", "COL", "COL", "0873"),
    # legal or court action against someone is a lawsuit (115)
    ("Kenya took legal action against Uganda.", "KEN", "UGA", "115"),
    ("Ghana launched court action against Nigeria.", "GHA", "NGA", "115"),
    # agreeing an agreement, a deal or its text finalises it (057; PLOVER SUPPORT: "ratify,
    # sign, or finalize an agreement"), agreeing to act stays an intent (030)
    ("Japan and Australia agreed a new defence treaty on Monday.", "JPN", "AUS", "057"),
    ("Chile and Peru have agreed the final text of a fisheries accord.", "CHL", "PER", "057"),
    ("Kenya and Uganda agreed to build a new railway.", "KEN", "UGA", "030"),
    # joining an act is that act; joining an organisation stays 030
    ("Canada joined an international investigation of the Iranian government.", "CAN", "IRN", "090"),
    ("Hezbollah joined the fighting against Israel.", "LBN", "ISR", "190"),
    ("Finland joined NATO in April.", "FIN", "NAT", "030"),
    # peacekeepers deployed or sent are peacekeeping (074), not a military posture (150)
    ("Ghana deployed peacekeepers to Mali.", "GHA", "MLI", "074"),
    ("Fiji deployed 500 soldiers as peacekeeping troops to Lebanon.", "FJI", "LBN", "074"),
    # relaxing or loosening sanctions eases them (085), as lifting or easing them does
    ("The European Union relaxed its sanctions on Belarus.", "EU", "BLR", "085"),
    # cyber warfare is coercion by cyber means (170; PLOVER COERCE 'cyber'), as a cyber attack is
    ("North Korea launched cyber warfare against South Korea.", "PRK", "KOR", "170"),
    # a deadline given to someone is an ultimatum (139), as an ultimatum is (plv21)
    ("Kenya gave Uganda a two-week deadline to withdraw its troops.", "KEN", "UGA", "139"),
    # "cease-fire", as the parser splits it (the noun "fire" with "cease" on it), is a
    # ceasefire (plv22)
    ("Ethiopia declared a three-day cease-fire with Eritrea.", "ETH", "ERI", "0871"),
    # releasing people stays a release (084), as against releasing a statement (plv22)
    ("Kenya released three Ugandan fishermen.", "KEN", "UGA", "084"),
])
def test_trigger_rows(text, source, target, code, rules_only):
    found = {(s[:3] if s else s, t[:3] if t else t, c) for s, t, c in triples(text, rules_only)}
    assert (source, target, code) in found, found


@pytest.mark.parametrize("text, wrong", [
    # releasing a statement, a report or a video publishes it: no release (plv22)
    ("Kenya released a statement criticising Uganda.", "084"),
    ("Kenya released a video of the talks with Uganda.", "084"),
    # a fire opened on someone is no ceasefire (plv22)
    ("Ethiopian troops opened fire on Eritrean soldiers.", "0871"),
    # a deadline missed is given to no one (plv21)
    ("Kenya missed the deadline for the trade deal with Uganda.", "139"),
    # ceasing an offensive is not launching one
    ("The Syrian army halted its offensive against Turkish forces.", "190"),
    # rolling back sanctions is not imposing them
    ("Kenya rolled back import tariffs on Ugandan sugar.", "163"),
    # meeting a need, a deadline or a target is no meeting
    ("The Red Cross sent food to Chad to meet the needs of refugees from Sudan.", "040"),
    ("Serbia failed to meet the deadline set by the European Union.", "040"),
    # ending air strikes is no easing of dissent
    ("Israel ended its air strikes on Gaza.", "082"),
])
def test_undone_events_are_not_coded(text, wrong, rules_only):
    assert not any(c == wrong for _, _, c in triples(text, rules_only))


def test_ceasing_hostilities_de_escalates(rules_only):
    found = triples("The Syrian army halted its offensive against Turkish forces.", rules_only)
    assert any(c == "087" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "A Brazilian court ruled the Argentine ban was not unconstitutional.",
    "The Kenyan high court declared the Ugandan decree not unlawful.",
])
def test_a_ruling_that_something_is_not_unlawful_is_no_criticism(text, rules_only):
    assert not any(c == "111" for _, _, c in triples(text, rules_only))


@pytest.mark.parametrize("text, source, target", [
    ("Chile and Peru failed to reach an agreement on the maritime border.", "Chile", "Peru"),
    ("Greece did not sign the trade agreement with Turkey.", "Greece", "Turkey"),
])
def test_classify_codes_a_negated_cooperative_act_as_a_rejection(nlp, text, source, target):
    rules = PairClassifier(nlp, model=None)
    (result,) = rules.classify([PairInput("t", text, source, target)])
    assert result.plover == "REJECT", result


def test_ending_a_strike_eases_dissent(rules_only):
    found = triples("Kenyan doctors ended their strike on Tuesday.", rules_only)
    assert any(c == "082" for _, _, c in found), found


def test_classify_codes_a_refusal_to_end_a_strike_as_a_rejection(nlp):
    rules = PairClassifier(nlp, model=None)
    text = "The Kenyan teachers' union said its members will not end the strike against the government."
    (result,) = rules.classify([PairInput("t", text, "The Kenyan teachers' union", "the government")])
    assert result.plover == "REJECT", result


def test_classify_takes_the_event_nearest_to_the_pair(nlp):
    # two events between Chile and Peru: the negotiations (in the adverbial) and the agreement
    # (the main clause, nearer to both mentions): the agreement is the answer
    rules = PairClassifier(nlp, model=None)
    text = "After negotiations over two months, Chile and Peru reached an agreement on fishing rights."
    (result,) = rules.classify([PairInput("t", text, "Chile", "Peru")])
    assert result.cameo == "057", result


# plv20 (sixteenth round): frames in which classify reads the rules' answer again
# (coding/pairrules.py, words in data/pair_constructions.yaml). Rules alone, classify mode.
PLV20 = [
    # a violated, breached or broken ceasefire is fighting (196, ASSAULT)
    ("The rebel militia violated the truce near Goma twice on Sunday.",
     "The rebel militia", "Goma", "196"),
    ("Both armies were accused by monitors of breaching the ceasefire agreement.",
     "Both armies", "monitors", None),  # guard: the accusation is between these two
    ("Azerbaijani units broke the ceasefire with Armenia overnight.",
     "Azerbaijani units", "Armenia", "196"),
    # a call for a hostile measure against someone criticises him (111, ACCUSE)
    ("Several Nordic lawmakers called for sanctions against the Belarusian leadership.",
     "Several Nordic lawmakers", "the Belarusian leadership", "111"),
    ("The opposition demanded punitive measures against the army generals.",
     "The opposition", "the army generals", "111"),
    ("Kenya called on Uganda to release the detained fishermen.",
     "Kenya", "Uganda", "020"),  # guard: a request made to the target stays a request
    # a call or a dispatch with a purpose: the purpose (055 apologise, 051 praise, 090 investigate)
    ("The Danish prime minister phoned the Ghanaian president to apologize for the remarks.",
     "The Danish prime minister", "the Ghanaian president", "055"),
    ("Norway sent a team of inspectors to Sudan to investigate the massacre.",
     "Norway", "Sudan", "090"),
    ("The Chilean president called his Peruvian counterpart on Monday.",
     "The Chilean president", "his Peruvian counterpart", "041"),  # guard: no purpose clause
]


@pytest.mark.parametrize("text, source, target, code", PLV20)
def test_classify_reads_the_rules_again_in_frames(nlp, text, source, target, code):
    rules = PairClassifier(nlp, model=None)
    (result,) = rules.classify([PairInput("t", text, source, target)])
    if code is None:  # the frame does not apply: not the frame's code
        assert result.cameo not in ("196", "111"), result
    else:
        assert result.cameo == code, result


# plv21 (sixteenth round): an attack in words, an act in a temporal adjunct of another, a
# restrictive act ordered on the target, the nearest trigger under a commitment frame
# (coding/pairrules.py); rules alone, classify mode.
PLV21 = [
    # an attack told as speech (an adjective of speech, a naming clause) is a criticism (111)
    ("The opposition leader launched a blistering attack on the finance minister over the budget.",
     "The opposition leader", "the finance minister", "111"),
    ("The former president launched an attack on the electoral commission, calling it a puppet of the ruling party.",
     "The former president", "the electoral commission", "111"),
    ("Insurgents launched a rocket attack on the army base, calling it revenge for the raids.",
     "Insurgents", "the army base", "190"),  # guard: an armed attack stays an assault
    ("The rebels launched an attack on the police station, killing three officers.",
     "The rebels", "the police station", "190"),  # guard: no naming clause
    # an act in a temporal adjunct: the main clause's act (ending a strike, 082)
    ("Dock workers in Chile ended their strike after an agreement with the port authority.",
     "Dock workers in Chile", "the port authority", "082"),
    ("The nurses' union ended its strike hours after reaching a deal with the health ministry.",
     "The nurses' union", "the health ministry", "082"),
    ("The rebels stayed in their camps after the agreement with the government.",
     "The rebels", "the government", "057"),  # guard: the main verb codes nothing
    # a restrictive act ordered on the target is imposed (172), not requested
    ("The military council ordered the private television channel to suspend broadcasting.",
     "The military council", "the private television channel", "172"),
    ("Authorities in Minsk forced the weekly magazine to suspend publication.",
     "Authorities in Minsk", "the weekly magazine", "172"),
    ("The court ordered the newspaper to pay damages to the minister.",
     "The court", "the newspaper", "!172"),  # guard: no restrictive act
    # the nearest trigger under a commitment frame is the statement of intent (0356), as in
    # the coder's events
    ("Kenya is willing to withdraw its soldiers from the buffer zone along the river.",
     "Kenya", "the buffer zone", "0356"),
    ("Kenya withdrew its soldiers from the buffer zone along the river.",
     "Kenya", "the buffer zone", "087"),  # guard: no frame
    # a deadline given to someone is an ultimatum (139, THREATEN), as an ultimatum is
    ("The European Union gave Serbia a two-week deadline to hand over the suspects.",
     "The European Union", "Serbia", "139"),
    ("Britain missed the deadline for the trade deal with the European Union.",
     "Britain", "the European Union", "!139"),  # guard: a deadline missed, given to no one
]


@pytest.mark.parametrize("text, source, target, code", PLV21)
def test_classify_reads_attacks_adjuncts_and_orders(nlp, text, source, target, code):
    rules = PairClassifier(nlp, model=None)
    (result,) = rules.classify([PairInput("t", text, source, target)])
    if code.startswith("!"):  # a guard: the frame does not apply, not its code
        assert not (result.cameo or "").startswith(code[1:]), result
    else:
        assert result.cameo == code, result


def test_a_frames_reading_stands_over_the_model(nlp):
    # the shipped pair model reads "attack" as an assault; the frame's reading (a blistering
    # attack in words) is not overridden, while a plain armed attack stays the model's
    model = PairClassifier(nlp)
    (words,) = model.classify([PairInput("t", PLV21[0][0], PLV21[0][1], PLV21[0][2])])
    assert words.plover == "ACCUSE", words
    (armed,) = model.classify([PairInput("t", PLV21[3][0], PLV21[3][1], PLV21[3][2])])
    assert armed.plover == "ASSAULT", armed


PLV22 = [
    # a release or an easing said as done whose patient holds the target stands (084, 085)
    ("The military junta has freed nearly two hundred student activists from a prison near the capital.",
     "The military junta", "two hundred student activists", "084"),
    ("A tribunal in Lima ordered the release of a Chilean reporter who had been held for a week.",
     "A tribunal in Lima", "a Chilean reporter", "084"),
    ("The rebel commanders said they will release the two aid workers next week.",
     "The rebel commanders", "the two aid workers", "!084"),  # guard: a promise, not a release
    ("The opposition parties released a statement criticising the electoral commission.",
     "The opposition parties", "the electoral commission", "!084"),  # guard: not its patient
    # releasing a video or a statement publishes it (row `release --- statement|video|...`)
    ("The army released a video of the captured pilots.", "The army", "the captured pilots", "!084"),
    ("Days after Kenya and Ethiopia had released a joint statement criticising the crackdown in Uganda, the talks began.",
     "Kenya and Ethiopia", "the crackdown in Uganda", "!084"),
    # a restriction undone: a coercive decision revoked, a sanction not renewed (080, YIELD)
    ("A court in Quito revoked the decision on the house arrest of the former mayor.",
     "A court in Quito", "the former mayor", "080"),
    ("The Security Council failed to renew the arms embargo on Liberia.",
     "The Security Council", "Liberia", "080"),
    ("The Security Council renewed the arms embargo on Liberia.",
     "The Security Council", "Liberia", "!080"),  # guard: renewed, the sanction stands
    ("A court in Quito upheld the decision on the house arrest of the former mayor.",
     "A court in Quito", "the former mayor", "!080"),  # guard: no reversal verb
]


@pytest.mark.parametrize("text, source, target, code", PLV22)
def test_classify_reads_releases_and_undone_restrictions(nlp, text, source, target, code):
    rules = PairClassifier(nlp, model=None)
    doc = nlp(text)
    answer = rules.rules(doc, *rules.spans(PairInput("t", text, source, target), doc))
    if code.startswith("!"):  # a guard: the frame does not read it (the rules may still say it)
        assert not (answer.construction and (answer.cameo or "").startswith(code[1:])), answer
    else:
        assert answer.construction and answer.cameo == code, answer


def test_a_release_done_stands_over_the_model(nlp):
    model = PairClassifier(nlp)
    for text, source, target, code in PLV22:
        if code in ("084", "080"):
            (result,) = model.classify([PairInput("t", text, source, target)])
            assert result.plover in ("RETREAT", "CONCEDE"), (text, result)
