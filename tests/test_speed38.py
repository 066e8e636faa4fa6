"""The speed38 reads: the roots each lemma of the lexicon triggers are read once when the
detector's FeatureMaker is made (``learned.lemma_roots``), not for each new word of a text; a
feature new to the maker is looked up without ``many``; the maker's lemma memo is the coder's
(``mends.lower_lemmas``). Each gives what the per-word reading gave."""

from __future__ import annotations

import pytest

from eventwire.coding.event_model import EventModel
from eventwire.coding.learned import FeatureMaker, _Columns, lemma_roots
from eventwire.coding.lexicon import NULL_FLAG, Lexicon, Trigger, load_lexicon
from eventwire.coding.mends import lower_lemma, lower_lemmas


def _row(lemma: str, pos: str, cameo: str, condition: tuple = (), flags: frozenset = frozenset()) -> Trigger:
    """A row; ``condition``: the object lemmas it needs."""
    return Trigger(lemma, None, pos, cameo, (), frozenset(), frozenset(condition), flags, 0)


def _read_per_word(lexicon: Lexicon, lemma: str) -> tuple[str, ...]:
    """What ``FeatureMaker._roots_of`` read for each new lemma before speed38."""
    return tuple(sorted({row.cameo[:2] for pos in ("VERB", "NOUN") for row in lexicon.for_token(lemma, pos)
                         if not row.has_condition and not row.null}))


def test_lemma_roots_are_the_roots_read_per_word():
    lexicon = load_lexicon()
    roots = lemma_roots(lexicon)
    lemmas = {lemma for lemma, _ in lexicon.triggers}
    assert lemmas and set(roots) <= lemmas
    for lemma in lemmas | {"table", "blue", "attack", "meet"}:
        assert roots.get(lemma, ()) == _read_per_word(lexicon, lemma), lemma
    assert roots["attack"] and "19" in roots["attack"]
    assert "table" not in roots  # no rows: no roots, looked up as none


def test_lemma_roots_leave_out_conditioned_rows_and_other_parts_of_speech():
    lexicon = Lexicon({
        ("strike", "VERB"): (_row("strike", "VERB", "190"),),
        ("strike", "NOUN"): (_row("strike", "NOUN", "180", condition=("knife",)), _row("strike", "NOUN", "143")),
        ("curfew", "NOUN"): (_row("curfew", "NOUN", "170", condition=("declare",)),),
        ("hold", "VERB"): (_row("hold", "VERB", "040", flags=frozenset({NULL_FLAG})), _row("hold", "VERB", "173")),
        ("quick", "ADJ"): (_row("quick", "ADJ", "010"),),
    }, {})
    roots = lemma_roots(lexicon)
    # 18 only on a condition, a null row codes nothing, an adjective's rows are not read
    assert roots == {"strike": ("14", "19"), "curfew": (), "hold": ("17",)}
    maker = FeatureMaker(lexicon)
    for lemma in ("strike", "curfew", "hold", "quick", "unknown"):
        assert maker._roots_of(lemma) == _read_per_word(lexicon, lemma)


def test_a_new_feature_is_looked_up_as_many_would():
    index = EventModel.load().index
    known = next(iter(index))
    columns, strings = _Columns(index), _Columns(None)
    for feature in (known, "no such feature at all", "str:19"):
        assert columns[feature] == columns.many((feature,))
        assert strings[feature] == [feature]
    assert columns[known] == [index[known]]
    assert columns["no such feature at all"] == []


@pytest.mark.model
def test_the_makers_str_features_and_lemmas_are_the_coders(nlp):
    doc = nlp("Police Attacked protesters in the capital and the Ministry condemned the attacks.")
    sent = next(doc.sents)
    lexicon = load_lexicon()
    maker = FeatureMaker(lexicon)
    shared = maker.sentence_features(sent, {})
    expected = [f"str:{r}" for t in sent for r in _read_per_word(lexicon, t.lemma_.lower())]
    assert expected and shared[:len(expected)] == expected
    assert not shared[len(expected)].startswith("str:")
    assert maker._lemmas is lower_lemmas()
    for tok in sent:
        assert lower_lemma(tok) == tok.lemma_.lower() == lower_lemmas()[tok.lemma]
