"""The speed31 detector reads (sentences of our own): a FeatureMaker given the model's index
writes each candidate's features as the columns of the known ones, in the order of the
string features, and LinearModel.column_probabilities gives, bit for bit, what
probabilities gives for the strings."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.coding.event_model import EventModel
from eventwire.coding.learned import FeatureMaker, rule_map
from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.linear import LinearModel

SENTENCES = [
    "Armenian troops shell Azerbaijani border villages near Lachin, Azerbaijan says.",
    "The Chilean president meets the Peruvian prime minister in Geneva for talks on fishing rights.",
    "Ecuador accuses Colombia of arming rebels near the border.",
    "Police arrest two Danish journalists in Hungary after the government criticises Denmark.",
]


def _model() -> LinearModel:
    return LinearModel(("a", "b", "none"), {"first": 0, "second": 1, "third": 2},
                       np.array([[1.0, -2.0, 0.5], [0.25, 3.0, -1.0], [0.0, 0.0, 0.0]], dtype=np.float32),
                       np.array([0.1, -0.1, 0.0], dtype=np.float32))


def test_column_probabilities_equal_probabilities_bit_for_bit():
    model = _model()
    rows = [["second", "nowhere", "first", "second"], ["third"], [], ["nowhere"]]
    shared = ["first", "unknown"]
    columns = [[model.index[f] for f in row if f in model.index] for row in rows]
    assert np.array_equal(model.column_probabilities(columns, shared), model.probabilities(rows, shared))
    assert np.array_equal(model.column_probabilities(columns), model.probabilities(rows))
    # unknown features only: the intercepts alone, as with no features
    assert np.array_equal(model.column_probabilities([[]])[0], model.probabilities([["nowhere"]])[0])
    assert model.column_probabilities([]).shape == (0, 3)


@pytest.mark.model
@pytest.mark.parametrize("text", SENTENCES)
def test_indexed_rows_are_the_string_rows_as_columns(nlp, text):
    model = EventModel.load()
    strings, columns = FeatureMaker(load_lexicon()), FeatureMaker(load_lexicon(), model.index)
    doc = nlp(text)
    sent = next(doc.sents)
    rules = rule_map(doc._.event_statements)
    found, shared, own = strings.split_rows(sent, rules)
    found_c, shared_c, own_c = columns.split_rows(sent, rules)
    assert found and found_c == found and shared_c == shared
    for row, cols in zip(own, own_c):
        # the known features' columns, in the order of the features (the order of the sums)
        assert cols == [model.index[f] for f in row if f in model.index]
        assert all(isinstance(c, int) for c in cols)
    assert np.array_equal(model.column_probabilities(own_c, shared), model.probabilities(own, shared))
    # a second sentence reuses what the makers keep (words, parts): still the same rows
    assert columns.split_rows(sent, rules)[2] == own_c
    assert strings.split_rows(sent, rules)[2] == own


@pytest.mark.model
def test_a_maker_without_an_index_still_writes_strings(nlp):
    """The training script's maker: no index, every feature a string, none left out."""
    model = EventModel.load()
    doc = nlp("Japan warns North Korea over its missile tests.")
    sent = next(doc.sents)
    found, rows = FeatureMaker(load_lexicon()).rows(sent, rule_map(doc._.event_statements))
    assert found
    assert all(isinstance(f, str) for row in rows for f in row)
    assert any(f not in model.index for row in rows for f in row)  # the unknown are kept as strings
    found_c, rows_c = FeatureMaker(load_lexicon(), model.index).rows(sent, rule_map(doc._.event_statements))
    assert [[model.index[f] for f in row if f in model.index] for row in rows] == rows_c
