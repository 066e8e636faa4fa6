"""The word-list files of the coder (cues.yaml, senses.yaml) read by one loader
(``modality.word_lists``, twenty-seventh round's review): a broken or incomplete file is a
KnowledgeBaseError naming the file and what is wrong."""

from __future__ import annotations

import pytest

from eventwire.coding.modality import Cues, load_cues, word_lists
from eventwire.coding.senses import Senses, load_senses
from eventwire.errors import KnowledgeBaseError


def test_shipped_lists_load_lower_cased():
    assert "help" in load_cues().benefit_verbs
    senses = load_senses()
    assert senses.fear_words and all(w == w.lower() for w in senses.fear_words)


def test_a_missing_list_is_named(tmp_path):
    path = tmp_path / "senses.yaml"
    path.write_text("fear_words: [fear]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="missing list") as err:
        word_lists(path, Senses, "senses")
    assert "senses.yaml" in str(err.value) and "commemorated_nouns" in str(err.value)


@pytest.mark.parametrize("text", ["fear_words: [fear\n", ""])
def test_a_broken_or_empty_file_is_an_error(tmp_path, text):
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        word_lists(path, Cues, "cue words")
    assert "cues.yaml" in str(err.value)
