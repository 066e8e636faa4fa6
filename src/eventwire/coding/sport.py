"""Sport is no war: acts a match report's words look like (sport43).

"the final pool clash against Angola", "took control of Group C", "Duenas' strike" (a goal),
"traded scoring opportunities": a sentence about a match gives no act whose trigger is a
word sport shares with conflict (or trade), unless the sentence also names real violence
or politics ("fans clashed with police after the match" is an event). The words live in
``data/sport.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Token

from .lexicon import data_path
from .mends import lower_lemma, lower_lemmas
from .modality import word_lists


@dataclass(frozen=True)
class SportWords:
    sport_nouns: frozenset[str]
    sport_verbs: frozenset[str]
    sport_phrases: frozenset[str]
    shared_triggers: frozenset[str]
    violence_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_sport() -> SportWords:
    return word_lists(data_path("sport.yaml"), SportWords, "sport words")


@functools.lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern:
    phrases = sorted(load_sport().sport_phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")(?!\w)")


def _word(tok: Token) -> tuple[str, str]:
    return lower_lemma(tok), tok.lower_


@functools.lru_cache(maxsize=1)
def _word_ids() -> tuple[frozenset[int], frozenset[int]]:
    """The violence words and the sport nouns as spaCy's string ids (``Token.lower`` is the id of
    ``Token.lower_``): :func:`about_sport` tests a word's lower-case form by its id, which spaCy
    keeps, where its text would be made anew for each word."""
    sport = load_sport()
    return frozenset(map(get_string_id, sport.violence_words)), frozenset(map(get_string_id, sport.sport_nouns))


def about_sport(words: Sequence[Token], text: str) -> bool:
    """True for a sentence (its Tokens and text) about a match that names no real violence."""
    sport = load_sport()
    violent_ids, noun_ids = _word_ids()
    violent, nouns, verbs = sport.violence_words, sport.sport_nouns, sport.sport_verbs
    memo = lower_lemmas()  # (lower_lemma's memo, read first: most lemmas are in it)
    found = False
    for tok in words:
        lemma = memo.get(tok.lemma)
        if lemma is None:
            lemma = lower_lemma(tok)
        lower = tok.lower  # (the id of the lower-case form: _word_ids)
        if lemma in violent or lower in violent_ids:
            return False  # "fans clashed with police after the match"
        if not found:
            pos = tok.pos
            if pos == NOUN or pos == PROPN:
                found = lemma in nouns or lower in noun_ids
            elif pos == VERB:
                found = lemma in verbs
    return found or _phrase_pattern().search(text.lower()) is not None


def sport_trigger(trigger: Token) -> bool:
    """True for a trigger word sport shares with conflict ("clash", "strike", "took control")."""
    lemma, lower = _word(trigger)
    shared = load_sport().shared_triggers
    return lemma in shared or lower in shared

