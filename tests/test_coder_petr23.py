"""Added by petr23 in the seventeenth round: the PETRARCH unit tests coded from the words
PETRARCH codes (the parse's, where the record's text holds other words). Sentences and
parses written for these tests."""

from __future__ import annotations

import pytest

from coded import codes
from eventwire.evaluation.petrarch import coded_text, parse_text, read_petrarch


@pytest.mark.parametrize("parse, text", [
    ("(ROOT (S (NP (NNP Rohan) (POS 's) (NN king)) (VP (VBD met) (NP (NNP Dale) (NNP Town))) (. .)))",
     "Rohan's king met Dale Town."),
    ("(S (NP (NNP Rohan)) (VP (VBD did) (RB n't) (VP (VB go))) (, ,) (NP (PRP he)) (VP (VBD said)) (. .))",
     "Rohan didn't go, he said."),
    ("(S (NP (NNP Rohan)) (VP (VBD said) (`` ``) (S (NP (PRP it)) (VP (VBD won))) ('' '')))",
     'Rohan said "it won"'),
    ("(S (NP (NNP Rohan) (-LRB- -LRB-) (NNP RH) (-RRB- -RRB-)) (VP (VBD paid) (NP ($ $) (CD 5))))",
     "Rohan (RH) paid $5"),
])
def test_parse_text_joins_the_leaves_as_a_sentence(parse, text):
    assert parse_text(parse) == text


@pytest.mark.parametrize("text, parsed, coded", [
    # other words: the parse's (a name joined with "_", an edited agent)
    ("Rohan warned the Lord of Dol_Guldur.", "Rohan warned the Lord of Dol Guldur.", "Rohan warned the Lord of Dol Guldur."),
    ("The Rohan government met Dale.", "The Rohan parliament met Dale.", "The Rohan parliament met Dale."),
    # guards: the same words, spaced, punctuated or cased otherwise, keep the text
    ("Rohan met Dale , he said", "Rohan met Dale, he said.", "Rohan met Dale , he said"),
    ("ROHAN MET DALE.", "Rohan met Dale.", "ROHAN MET DALE."),
    ("Rohan met Dale.", "", "Rohan met Dale."),  # no parse
])
def test_coded_text_is_the_parse_only_where_its_words_differ(text, parsed, coded):
    assert coded_text(text, parsed) == coded


def test_reader_codes_the_words_of_the_parse(tmp_path):
    xml = tmp_path / "t.xml"
    xml.write_text("""<Sentences>
<Sentence date="20010101" id="P-1" category="X" sentence="true">
<EventCoding sourcecode="ROH" targetcode="DGL" eventcode="160"></EventCoding>
<Text>Rohan warned of the Lord of Dol_Guldur.</Text>
<Parse>(ROOT (S (NP (NNP Rohan)) (VP (VBD warned) (PP (IN of) (NP (NP (DT the) (NNP Lord))
 (PP (IN of) (NP (NNP Dol) (NNP Guldur)))))) (. .)))</Parse>
</Sentence>
<Sentence date="20010101" id="P-2" category="X" sentence="true">
<EventCoding sourcecode="ROH" targetcode="DAL" eventcode="040"></EventCoding>
<Text>Rohan met
 Dale.</Text>
<Parse>(ROOT (S (NP (NNP Rohan)) (VP (VBD met) (NP (NNP Dale))) (. .)))</Parse>
</Sentence>
</Sentences>""")
    _, sentences = read_petrarch(xml)
    assert [s.text for s in sentences] == ["Rohan warned of the Lord of Dol Guldur.", "Rohan met Dale."]


# -- a list of states before a shared agent noun ----------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    # a state's name first, the parser hanging it on the noun ("U.S./nmod and Iraqi/conj officials")
    ("U.S. and Afghan officials condemned the Taliban.", {"USAGOV", "AFGGOV"}),
    ("US and Japanese troops held drills with Australia.", {"USAMIL", "JPNMIL"}),
    ("French and Spain lawmakers criticized Morocco.", {"FRALEG", "ESPLEG"}),
    # the list may end in an organisation: its own mention
    ("US and EU diplomats met Iran on Friday.", {"USAGOV"}),
])
def test_a_list_of_states_shares_the_agent_noun(text, found, rules_only):
    got = {s for s, t, c in codes(text, rules_only)}
    assert found <= got, got


@pytest.mark.model
@pytest.mark.parametrize("text, absent", [
    # guards: the states of a list before a noun that is no agent are no agents
    ("France and Germany talks with Russia resumed.", {"FRAGOV", "DEUGOV"}),
    # a state joined to the subject, not a modifier of the agent noun
    ("Peru condemned Chile and Bolivian officials.", {"PERGOV"}),
])
def test_a_list_of_states_without_a_shared_agent_noun(text, absent, rules_only):
    got = {x for triple in codes(text, rules_only) for x in triple[:2]}
    assert not absent & got, got


# -- a list the parser hangs on its last name ---------------------------------------------

@pytest.mark.model
def test_a_list_hung_on_its_last_name_is_each_name(rules_only, tmp_path):
    path = tmp_path / "own.actors.txt"
    path.write_text("FORNOST [FOR]\nGONDOR [GON]\nOSGILIATH [OSG]\n", encoding="utf-8")
    loaded = rules_only.replace(dictionaries=(str(path),))
    # the parser makes "Fornost" a modifier of "Gondor", with the "and" on it: both praise
    found = codes("Fornost and the evil awful Gondor praised the talks with Osgiliath.", loaded)
    assert {("FOR", "OSG"), ("GON", "OSG")} <= {(s, t) for s, t, c in found}, found
    # guard: a name before a name with no list ("Fornost Gondor") is not a second source
    found = codes("Fornost Gondor praised the talks with Osgiliath.", loaded)
    assert "FOR" not in {s for s, t, c in found}, found
