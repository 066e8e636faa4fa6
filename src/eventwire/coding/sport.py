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

from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Token

from .lexicon import data_path
from .mends import lower_lemma
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


def about_sport(words: Sequence[Token], text: str) -> bool:
    """True for a sentence (its Tokens and text) about a match that names no real violence."""
    sport = load_sport()
    found = False
    for tok in words:
        lemma, lower = _word(tok)
        if lemma in sport.violence_words or lower in sport.violence_words:
            return False  # "fans clashed with police after the match"
        if not found:
            if tok.pos in (NOUN, PROPN):
                found = lemma in sport.sport_nouns or lower in sport.sport_nouns
            elif tok.pos == VERB:
                found = lemma in sport.sport_verbs
    return found or _phrase_pattern().search(text.lower()) is not None


def sport_trigger(trigger: Token) -> bool:
    """True for a trigger word sport shares with conflict ("clash", "strike", "took control")."""
    lemma, lower = _word(trigger)
    shared = load_sport().shared_triggers
    return lemma in shared or lower in shared

