"""PETRARCH unit-test evaluation: the XML reader, the verb dictionary importer, the score."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from shared_data import shared_path

from eventwire import extract
from eventwire.coding.discards import read_discards
from eventwire.coding.lexicon import Word, load_lexicon
from eventwire.coding.verbdict import read_verb_dictionary, verb_triggers, with_verb_dictionaries
from eventwire.errors import InputError, KnowledgeBaseError
from eventwire.evaluation.petrarch import actor_key, read_petrarch, score_petrarch_file

FIXTURES = Path(__file__).parent / "fixtures" / "petrarch"
UNIT_TESTS = FIXTURES / "unit-tests.xml"


# -- the XML ------------------------------------------------------------------------

def test_reader_reads_codings_and_conventions():
    files, sentences = read_petrarch(UNIT_TESTS)
    assert files.verbs == str(FIXTURES / "verbs.txt")
    assert files.actors == str(FIXTURES / "actors.txt") and files.agents == str(FIXTURES / "agents.txt")
    by_id = {s.id: s for s in sentences}
    demo = by_id["DEMO-00"]
    assert demo.date == dt.date(1995, 1, 1) and demo.category == "DEMO" and demo.active
    assert [(c.source, c.target, c.code) for c in demo.codings] == [("ARN", "GON", "064")]
    assert demo.text.startswith("Arnor is about to restore full diplomatic ties with Gondor almost five")
    assert "\n" not in demo.text  # the file breaks lines inside a sentence
    assert not by_id["DEMO-04"].active  # sentence="false"
    assert by_id["AFP0808010343-2"].no_event == "noevents" and not by_id["AFP0808010343-2"].codings
    assert by_id["DISCARD-01"].no_event == "storydiscard"


def test_reader_refuses_bad_xml(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<Validation><Sentences><Sentence id='x'>", encoding="utf-8")
    with pytest.raises(InputError, match="bad.xml"):
        read_petrarch(bad)


@pytest.mark.parametrize("code, key", [
    ("ARN", "ARN"), ("ARNGOVFRM", "ARNGOV"), ("---GOV", "---GOV"), ("---", "---"),
    ("IGOAFR", "AU"), ('"INJURY TOLL"', '"INJURY TOLL"'), ("###", "###"),
])
def test_actor_key(code, key):
    assert actor_key(code) == key


# -- the verb dictionary importer -----------------------------------------------------

def test_verbs_importer_reads_blocks_patterns_and_synsets():
    verbs = read_verb_dictionary(FIXTURES / "verbs.txt", strict=False)
    assert [b.name for b in verbs.blocks] == ["ABANDON", "ALLOW", "RESTORE"]
    assert verbs.synsets["&TIETYPES"] == (("MILITARY",), ("ECONOMIC",), ("CULTURAL",))
    allow = verbs.blocks[1]
    assert allow.code == "080"
    assert [(p.before, p.after, p.code) for p in allow.patterns][:2] == [
        ((), ("THE", "NEATEST", "PLACE"), "027"), ((), ("REALLY", "PLEASANT"), "024")]
    # ABANDON's default [345] is not CAMEO but well formed: the dictionary's code, kept
    # (before the twenty-ninth round it was reported and the block had no default)
    assert not verbs.problems
    assert verbs.blocks[0].code == "345" and len(verbs.blocks[0].patterns) == 2

    rows = verb_triggers(verbs)
    abandon = rows[("abandon", "VERB")]
    assert [t.cameo for t in abandon] == ["161", "162", "345"]
    economic_ties = abandon[1]
    assert economic_ties.fits_context([], words("full economic ties"))
    assert not economic_ties.fits_context([], words("full diplomatic ties"))
    assert not economic_ties.fits_context([], words("ties economic"))  # in order
    restore = rows[("restore", "VERB")]
    assert [t.cameo for t in restore] == ["112", "064", "064"]  # longest pattern first, default last
    assert restore[0].fits_context(words("not"), words("relations")) and not restore[0].fits_context([], words("relations"))


@pytest.mark.parametrize("line, problem", [
    ("- * TIES", "needs a code"),
    ("- SAID TIES [064]", "exactly one '*'"),
    ("- * TIES [abc]", "neither a CAMEO code"),
    ("- * TIES [025?]", "neither a CAMEO code"),
    ("- * TIES [06:4:2]", "bad code"),
])
def test_verbs_importer_reports_bad_lines(tmp_path, line, problem):
    path = tmp_path / "verbs.txt"
    path.write_text(f"--- RESTORE [064] ---\nRESTORE\n{line}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=f"verbs.txt:3: .*{problem}"):
        read_verb_dictionary(path)
    lenient = read_verb_dictionary(path, strict=False)
    assert [(p.line, problem in p.problem) for p in lenient.problems] == [(3, True)]
    assert lenient.blocks[0].code == "064"


def test_verbs_importer_outside_a_block(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("- * TIES [064]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="verbs.txt:1: a pattern outside a verb block"):
        read_verb_dictionary(path)


COMPOUND_VERBS = "--- CONCUR [081] ---\nCONCUR\n- % * [030:030]\n- * WITH % [031]\n"


def test_verbs_importer_keeps_the_compound_marker(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(COMPOUND_VERBS, encoding="utf-8")
    rows = verb_triggers(read_verb_dictionary(path))
    # "%" before the verb: a conjoined subject; after it: a conjoined object; both before the default
    assert [(t.cameo, t.compound, t.symmetric) for t in rows[("concur", "VERB")]] == [
        ("031", {"target"}, False), ("030", {"source"}, True), ("081", frozenset(), False)]
    # the act back: the pair's second code, and the compound subject's own code
    assert [t.reverse_code for t in rows[("concur", "VERB")]] == [None, "030", None]


def test_verbs_importer_reads_the_code_of_the_act_back(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("--- LEAVE [032:033] ---\nLEAVE\n- * HOME [---]\n- * TO + [036:9Z9]\n"
                    "- % * [042]\n- * WITH + [043]\n", encoding="utf-8")
    verbs = read_verb_dictionary(path)
    assert verbs.blocks[0].reverse == "033"
    rows = verb_triggers(verbs)[("leave", "VERB")]
    # a "[---]" pattern, a second code not well formed, a pattern of one code: nothing back;
    # the block's default keeps the block's pair
    assert {t.cameo: t.reverse_code for t in rows} == {"---": None, "036": None, "042": "042", "043": None,
                                                        "032": "033"}


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    # "%" before the verb: each of the pair toward the other, as PETRARCH codes it
    ("Chile and Peru concur that the dispute should go to arbitration.",
     {("CHL", "PER", "030"), ("PER", "CHL", "030")}),
    ("Chile concurs with Peru and Bolivia.", {("CHL", "PER", "031"), ("CHL", "BOL", "031")}),
    ("Chile concurs with Peru.", {("CHL", "PER", "081")}),
])
def test_compound_patterns_hold_for_conjoined_actors_only(tmp_path, settings, text, found):
    path = tmp_path / "verbs.txt"
    path.write_text(COMPOUND_VERBS, encoding="utf-8")
    events = extract(text, settings=settings.replace(event_model="none", verb_dictionaries=(str(path),)))
    assert {(e.source.actor.key, e.target.actor.key, e.cameo) for e in events} == found


PATTERN_VERBS = FIXTURES / "patterns.verbs.txt"


def words(text: str) -> list[Word]:
    """A sentence's words as patterns read them (lemma taken as the lower-case word)."""
    return [Word.of(w.lower(), w.lower()) for w in text.split()]


def test_pattern_words_in_order_and_joined():
    path = FIXTURES / "patterns.verbs.txt"
    rows = verb_triggers(read_verb_dictionary(path, strict=False))
    urge = {t.line: t for t in rows[("urge", "VERB")]}
    # "*_TO_ACT": consecutive words right after the verb, stepping over PETRARCH's skipped words
    assert urge[17].fits_context([], words("to act now")) and urge[17].fits_context([], words("the to act"))
    assert not urge[17].fits_context([], words("them to act")) and not urge[17].fits_context([], words("to firmly act"))
    # "STRONGLY_*": the word right before the verb (read backwards from it)
    assert urge[18].fits_context(words("strongly"), []) and not urge[18].fits_context(words("did strongly"), [])
    # "NOT * RESTRAINT": words may come between; a synset's phrase ("GOOD WILL") is consecutive
    assert urge[19].fits_context(words("not"), words("them to show restraint"))
    assert urge[20].fits_context([], words("them to show good will"))
    assert not urge[20].fits_context([], words("good faith and will"))


def test_verbs_importer_keeps_patterns_of_no_event():
    verbs = read_verb_dictionary(PATTERN_VERBS, strict=False)
    # the code that is neither CAMEO nor well formed is reported with its line, and its
    # pattern kept as one of no event
    assert [(p.line, "9Z9" in p.problem) for p in verbs.problems] == [(11, True)]
    supply = verb_triggers(verbs)[("supply", "VERB")]
    assert [(t.cameo, t.null) for t in supply] == [("---", True), ("---", True), ("073", False), ("070", False)]
    with pytest.raises(KnowledgeBaseError, match="patterns.verbs.txt:11: code '9Z9'"):
        read_verb_dictionary(PATTERN_VERBS)


def test_pattern_markers_place_the_actors():
    verbs = read_verb_dictionary(PATTERN_VERBS, strict=False)
    buy = {p.line: p for p in next(b for b in verbs.blocks if b.name == "BUY").patterns}
    assert buy[27].roles.source_after == "from" and buy[27].roles.source_skips == 0
    assert buy[28].roles.target_prep == "with" and buy[28].roles.skipped_preps == ("at",)
    rows = {t.line: t for t in verb_triggers(verbs)[("buy", "VERB")]}
    assert rows[27].source_after == ("from", 0)
    assert rows[28].slots[0] == "prep:with" and "prep:at" not in rows[28].slots
    lament = next(b for b in verbs.blocks if b.name == "LAMENT").patterns[0]
    assert lament.roles.target_before and lament.roles.source_after is None
    assert not buy[27].roles.target_before  # "+ * ... FROM $": the source after the verb decides
    speak = next(b for b in verbs.blocks if b.name == "SPEAK").patterns[0]
    assert speak.roles.target_past == "at" and buy[28].roles.target_past is None  # "AT ^ WITH +": "with"


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    ("Chile supplied food to Peru.", {("CHL", "PER", "073")}),
    ("Chile supplied fuel to Peru.", {("CHL", "PER", "070")}),
    # a pattern coded [---], or with a code not well formed, stops the verb: not its default 070
    ("Chile supplied paper flowers to Peru.", set()),
    ("Chile supplied rifles to Peru.", set()),
    # "STRONGLY_*": right before the verb; "&GOODWILL": the synset's words consecutive
    ("Chile strongly urged Peru to hold elections.", {("CHL", "PER", "1042")}),
    ("Chile urged Peru strongly to hold elections.", {("CHL", "PER", "020")}),
    ("Chile urged Peru to show good will.", {("CHL", "PER", "1043")}),
    ("Chile urged Peru to show good faith and the will to talk.", {("CHL", "PER", "020")}),
    # no target in the verb's slots: the first other actor in its phrase, as PETRARCH takes it,
    # but not one in a clause of its own
    ("Chile worked on a new trade plan with Peru.", {("CHL", "PER", "060")}),
    ("Chile worked hard after Peru complained.", set()),
    # "+ * &ARMS FROM $": the source is the object of "from", the target the subject
    ("Chile bought rifles and armoured vehicles from Peru and Bolivia.",
     {("PER", "CHL", "072"), ("BOL", "CHL", "072")}),
    ("Chile bought wheat from Peru.", {("CHL", "PER", "061")}),
    # a pattern naming the verb's object ("* CEASEFIRE") codes the whole: not the shipped
    # noun's 0871 as well
    ("Chile breached the ceasefire with Peru.", {("CHL", "PER", "196")}),
    # a verb entered as a written past form ("GAVE") holds where the sentence has that word,
    # before the block of its lemma ("GIVE"), which holds for the other forms
    ("Chile gave food aid to Peru.", {("CHL", "PER", "071")}),
    ("Chile gives food aid to Peru.", {("CHL", "PER", "070")}),
    # a base form the lemmatizer misreads out of context ("DISCUSS" as "discus")
    ("Chile discussed the border with Peru.", {("CHL", "PER", "031")}),
    # "% HAVE *": the conjoined subject is both source and target, each toward the other
    ("Chile and Peru have deferred their summit.", {("CHL", "PER", "191"), ("PER", "CHL", "191")}),
    ("Chile has deferred its summit with Peru.", {("CHL", "PER", "120")}),
    # "NOTED + *": the target before the verb (its subject), the subject of "noted" the source
    ("Chile noted that Peru lamented the vote.", {("CHL", "PER", "115")}),
    # an imported verb reads on past its source's own actor ("on his first trip": not him)
    ("Chilean President Gabriel Boric landed in Peru on Monday on his first official foreign trip.",
     {("CHL", "PER", "032")}),
    # "* AT ^ +": the actor "at" names is skipped, the next actor after the verb is the target
    ("Chile spoke at the Argentine embassy about Peru.", {("CHL", "PER", "012")}),
    ("Chile spoke about Peru.", {("CHL", "PER", "010")}),
    # a pair of codes "[032:033]": the act and the act back from the target; none back
    # without a target, or where the second code is not well formed
    ("Chile sailed to Peru.", {("CHL", "PER", "032"), ("PER", "CHL", "033")}),
    ("Chile sailed home.", set()),
    ("Chile rowed to Peru.", {("CHL", "PER", "032")}),
    # "it" as the subject of what an actor indicates is that actor, as of what it says
    ("Chile indicated it rebuked Peru.", {("CHL", "PER", "121")}),
    ("Chile rebuked Peru.", {("CHL", "PER", "122")}),
])
def test_imported_patterns_end_to_end(rules_only, text, found):
    # the dyads the patterns read: since petrsay45 an imported verb with no target codes with
    # none ("Chile worked hard after Peru complained": CHL -> --- 060), which PETRARCH's
    # require_dyad drops (tests/test_coder_petrsay45.py)
    events = extract(text, settings=rules_only.replace(verb_dictionaries=(str(PATTERN_VERBS),), require_dyad=True))
    assert {(e.source.actor.key, e.target.actor.key, e.cameo) for e in events} == found


def test_discards_match_whole_phrases_by_kind(tmp_path):
    path = tmp_path / "discards.txt"
    path.write_text("# sport\n+World Golf Championships  # a story\nBASEBALL\nAFRICAN_NATIONS CUP\n", encoding="utf-8")
    discards = read_discards([str(path)])
    assert discards.story_discarded("It hosts the world golf\nchampionships.")
    assert not discards.story_discarded("Baseball is back.")  # a sentence discard only
    assert discards.sentence_discarded("Baseball is back.") and discards.sentence_discarded("the African Nations Cup")
    assert not discards.sentence_discarded("The baseballs were sold.")  # whole words
    with pytest.raises(KnowledgeBaseError, match="missing.txt"):
        read_discards(["missing.txt"])


@pytest.mark.model
def test_discarded_story_and_sentence_give_no_event(tmp_path, settings):
    path = tmp_path / "discards.txt"
    path.write_text("+CRICKET\nRUGBY\n", encoding="utf-8")
    run = settings.replace(event_model="none", discard_dictionaries=(str(path),))
    assert extract("India criticised Pakistan. The cricket series was cancelled.", settings=run) == []
    found = extract("New Zealand criticised Australia. Fiji beat Samoa at rugby and Fiji criticised Samoa.",
                    settings=run)
    assert {(e.source.actor.key, e.target.actor.key) for e in found} == {("NZL", "AUS")}


def test_imported_verbs_replace_shipped_entries_only():
    shipped = load_lexicon()
    lexicon = with_verb_dictionaries([str(FIXTURES / "verbs.txt")])
    assert [t.cameo for t in lexicon.for_token("allow", "VERB")] == ["027", "024", "024", "112", "080"]
    assert lexicon.for_token("allow", "VERB") != shipped.for_token("allow", "VERB")
    assert lexicon.for_token("attack", "VERB") == shipped.for_token("attack", "VERB")
    with pytest.raises(KnowledgeBaseError, match="missing.txt"):
        with_verb_dictionaries(["missing.txt"])


# -- end to end ------------------------------------------------------------------------

@pytest.mark.model
def test_score_on_fixture(settings):
    score = score_petrarch_file(UNIT_TESTS, settings=settings)
    assert score.skipped_sentences == 1 and score.sentences == 6
    assert score.expected == 6
    missed = {m.sentence for m in score.misses}
    # Read through the importers: actors (Arnor, Gollum's dated codes), verbs with
    # patterns (ALLOW * THE_NEATEST_PLACE) and synsets (&TIETYPES TIES).
    # and the discard list (+TYPHOON: the story gives no event).
    assert {"DEMO-00", "PATTERN-12", "PATTERN-17", "SYNSET-03", "AFP0808010343-2", "DISCARD-01"}.isdisjoint(missed)
    assert score.produced == 6 and score.produced_root == 6
    assert score.categories["PATTERN"]["produced"] == 2
    summary = score.as_dict()
    assert summary["produced_rate"] == 1.0


@pytest.mark.model
def test_score_on_the_unit_test_file(settings):
    path = shared_path("eval", "dev", "petrarch-unit-tests", "PETR.UnitTest.records.xml")
    score = score_petrarch_file(path, settings=settings)
    assert score.expected == 378 and score.skipped_sentences == 5
    # Measured 0.553 on 2026-11-29, 0.630 in the seventeenth round, 0.854 in the twenty-ninth
    # (a dictionary's codes outside CAMEO kept), 0.905 (342) in the thirtieth: statements the
    # imported dictionary codes, PETRARCH's require_dyad and anonymous agents ("---GOV"). The
    # issue asks for 0.90: this is that target, pinned.
    assert score.produced / score.expected >= 0.90
    # patterns of no event ([---], codes outside CAMEO) stop the verbs' defaults (133 extras
    # before); 59 measured in the thirtieth round (the stretches of require_dyad=false code
    # acts with no target, as PETRARCH does)
    assert score.extras <= 62
