"""Added by petr29 in the twentieth round: features of the TABARI/PETRARCH dictionary format
that the importers now honour, with small dictionaries and sentences of our own:

- a form of an imported actor with dots ("+R.G.") matched whatever its case splits into;
- a target marker before a pattern word before the verb ("+ WELCOMED * &FEASTS $"): the
  target is that word's subject, not the verb's;
- a pattern that names the verb's negation ("- WILL NOT * [081]"): its code stands;
- a multi-word verb ("FIELD_+SEIZE", "+TURN_DOWN"): the word marked '+' is the verb and the
  form's other words must stand next to it.
"""

from __future__ import annotations

import pytest

from coded import coded, codes, with_dictionaries
from eventwire.coding.verbdict import _form_words, read_verb_dictionary, verb_triggers

VERBS = """\
&FEASTS
+HARVEST FESTIVAL
+NEW_YEAR

--- CELEBRATE [181] ---
CELEBRATE
- + WELCOMED * &FEASTS $ [046]
- + * FROM $ [043]

--- RENEW [---] ---
RENEW
- WILL NOT * [081]

--- SEIZE [1711] ---
FIELD_+SEIZE {FIELD_+SEIZED FIELD_+SEIZING}
+TURN_DOWN [125]
"""

ACTORS = """\
ROHAN [ROH]
DALE [DAL]
GONDOR [GON]
THE_RIVER_GUILD [DALBUS]
+R.G.
"""


@pytest.fixture(scope="module")
def loaded(settings, tmp_path_factory):
    return with_dictionaries(settings, tmp_path_factory.mktemp("petr29"), verbs=VERBS, actors=ACTORS)


# -- a dotted form of an imported actor ------------------------------------------------

@pytest.mark.parametrize("text", ["R.G. signed an agreement with Gondor.",
                                  "The R.G. delegation met Gondor."])
def test_a_dotted_imported_form_is_matched_whatever_its_case(loaded, text):
    # "r.g." alone splits into "r.g" and "."; in the text "R.G." is one token
    assert {s for s, _, _ in codes(text, loaded)} == {"DALBUS"}


def test_a_dotted_form_is_not_matched_without_its_dots(loaded):
    assert not any(s == "DALBUS" for s, _, _ in codes("The RG delegation met Gondor.", loaded))


# -- "+ WORD * ... $": the target is the subject of the marked word ----------------------

def test_the_target_marker_before_a_pattern_word_is_that_words_subject(loaded):
    text = "Rohan welcomed Dale celebrating the new year with Gondor."
    assert ("GON", "ROH", "046") in codes(text, loaded)
    assert ("GON", "DAL", "046") not in codes(text, loaded)  # not the subject of "celebrating"


def test_a_target_marker_next_to_the_verb_is_still_the_verbs_subject(loaded):
    assert codes("Dale celebrated the new year from Gondor.", loaded) == {("GON", "DAL", "043")}
    # guard: without the pattern's words, the verb's default code and roles
    assert codes("Dale celebrated the new year with Gondor.", loaded) == {("DAL", "GON", "181")}


# -- a pattern that names the negation -----------------------------------------------

def test_a_pattern_naming_the_negation_keeps_its_code(loaded):
    # the pattern codes the act not done (081), not a refusal of it (1241)
    assert coded("Rohan will not renew the trade embargo on Dale.", loaded) == [("ROH", "DAL", "081", "asserted")]


def test_the_negation_pattern_does_not_hold_without_the_negation(loaded):
    assert not any(c == "081" for _, _, c in codes("Rohan renewed the trade embargo on Dale.", loaded))


def test_negation_rows_are_flagged_only_for_negated_patterns(tmp_path):
    path = tmp_path / "neg.verbs.txt"
    path.write_text("&NEGAUX\n+DID N'T\n+WILL NOT\n\n--- YIELD [---] ---\nYIELD\n- &NEGAUX * [128]\n"
                    "- NOT * GROUND [081]\n- SOON * [081]\n", encoding="utf-8")
    rows = verb_triggers(read_verb_dictionary(path))[("yield", "VERB")]
    flagged = {r.line: r.codes_negation for r in rows}
    assert flagged == {7: True, 8: True, 9: False}


# -- multi-word verbs ----------------------------------------------------------------

@pytest.mark.parametrize("words, parts", [
    (("FIELD", "+SEIZE"), ("SEIZE", None, ("FIELD",), ())),
    (("+TURN", "DOWN"), ("TURN", "down", (), ())),
    (("BREAK", "DOWN"), ("BREAK", "down", (), ())),
    (("+REFUSED", "TO"), ("REFUSED", None, (), ("TO",))),
    (("SEIZE",), ("SEIZE", None, (), ())),
])
def test_the_word_marked_plus_is_the_verb_of_a_form(words, parts):
    assert _form_words(words) == parts


def test_a_multi_word_verb_needs_its_other_words(loaded):
    assert codes("Rohan field seized the grain of Dale.", loaded) == {("ROH", "DAL", "1711")}
    # the hyphen our tokenizer splits off stands inside one word of the Penn Treebank
    assert codes("Rohan field-seized the grain of Dale.", loaded) == {("ROH", "DAL", "1711")}
    # guard: the verb alone is not the multi-word verb
    assert codes("Rohan seized the grain of Dale.", loaded) == set()
    assert codes("Rohan turned down the offer of Dale.", loaded) == {("ROH", "DAL", "125")}
