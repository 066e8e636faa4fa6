"""The first reading of a sentence's words by the rule coder: which may trigger an event
and which may promise an act, told once per lemma (less the words in a sense that codes no act:
senses.py), so that most words (which are neither)
cost one look-up and their part of speech is not read (``Coder.code_sentence``)."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import NOUN, VERB
from spacy.tokens import Span, Token

from .frames import Frames
from .lexicon import Lexicon
from .mends import lower_lemma, lower_lemmas
from .reading import Obligation
from .senses import load_senses, sense_checks

# What the words of a lemma may be, as bits (:meth:`WordScan.kind`).
VERB_ROW, NOUN_ROW, FRAME_WORD, SAYING_VERB = 1, 2, 4, 8
IT_ID = get_string_id("it")  # (rulesB47) an object whose antecedent ``reading.antecedents`` reads


class WordScan:
    """The words of a sentence that may trigger (a row of the lexicon, or a saying verb or message
    noun of :meth:`Obligation.demands`: ``Coder.triggers`` reads them further) and those that may
    promise an act (:meth:`Frames.may_promise`, when the frames have open words: ``Coder._open_promises``)."""

    def __init__(self, lexicon: Lexicon, obligation: Obligation | None, frames: Frames | None) -> None:
        self.lexicon, self.obligation = lexicon, obligation
        self.frames = frames if frames is not None and frames.open_words else None
        self._kinds: dict[int, int] = {}  # lemma id -> kind
        self.senses = load_senses()  # trigger words in a sense that codes no act (senses.py)
        self._checks: dict[tuple[int, bool], tuple] = {}  # (lemma id, noun) -> its checks of senses.no_act
        self._words: list[Token] = []  # the sentence last scanned
        self._present: tuple[frozenset[str], frozenset[str]] | bool | None = None  # what :meth:`present` read of it

    def __call__(self, words: list[Token]) -> tuple[list[Token], list[Token]]:
        """The possible triggers among ``words`` and the possible promising words, in order."""
        kinds, found, framing = self._kinds, [], []
        self._words, self._present = words, None
        for tok in words:
            lemma = tok.lemma
            # (rulesB47: a test and a subscript, no call, for each word)
            kind = kinds[lemma] if lemma in kinds else kinds.setdefault(lemma, self.kind(lower_lemma(tok)))
            if kind:  # (most words: neither, and their part of speech is not read)
                pos = tok.pos  # spaCy's number for the tag: its text would be made anew
                if kind & FRAME_WORD or kind & SAYING_VERB and pos == VERB:
                    framing.append(tok)
                if kind & VERB_ROW and pos == VERB or kind & NOUN_ROW and pos == NOUN:
                    if not self._no_act(tok, pos == NOUN):
                        found.append(tok)  # (not "a talk at the Atlantic Council", "fear attack by Turkey")
        return found, framing

    def _no_act(self, tok: Token, noun: bool) -> bool:
        """:func:`.senses.no_act`, with the checks that may hold for the word's lemma told once per lemma."""
        key = (tok.lemma, noun)
        checks = self._checks.get(key)
        if checks is None:
            checks = self._checks[key] = sense_checks(lower_lemma(tok), self.senses, noun)
        senses = self.senses
        for check in checks:
            if check(tok, senses):
                return True
        return False

    def present(self, tok: Token) -> tuple[frozenset[str], frozenset[str]] | None:
        """(rulesB47) The lemmas (lower case; of a lemma of several words, also its last word) and their
        object classes (``Lexicon.classes_of``) of the words of the sentence last scanned, when ``tok`` is
        one of them: what any object of ``tok`` may be (``TriggerChooser._first_row``). None for a word of
        another sentence, or in a sentence with an "it" (whose antecedent may be in the sentence before).
        Read once per sentence, as the words are after the coder's mends."""
        if not self._scanned(tok):
            return None
        if self._present is None:
            words, memo, table = self._words, lower_lemmas(), self.lexicon.classes
            if IT_ID in [w.lower for w in words]:
                self._present = False
            else:
                lemmas = {memo[w.lemma] if w.lemma in memo else lower_lemma(w) for w in words}
                lemmas |= {lemma.rsplit(" ", 1)[-1] for lemma in lemmas if " " in lemma}
                self._present = (frozenset(lemmas), frozenset().union(*[table[x] for x in lemmas if x in table]))
        return self._present or None

    def _scanned(self, tok: Token) -> bool:
        """Whether ``tok`` is a word of the sentence last scanned."""
        words = self._words
        return bool(words) and words[0].doc is tok.doc and words[0].i <= tok.i <= words[-1].i

    def kind(self, lemma: str) -> int:
        """What a word of ``lemma`` may be: a trigger verb (VERB_ROW) or noun (NOUN_ROW), a word that
        may promise an act as any part of speech (FRAME_WORD) or only as a verb (SAYING_VERB)."""
        rows, obligation, frames = self.lexicon.triggers, self.obligation, self.frames
        kind = 0
        if (lemma, "VERB") in rows or obligation is not None and lemma in obligation.speech_verbs:
            kind |= VERB_ROW
        if (lemma, "NOUN") in rows or obligation is not None and lemma in obligation.message_nouns:
            kind |= NOUN_ROW
        if frames is not None and frames.may_promise(lemma, NOUN):
            kind |= FRAME_WORD
        if frames is not None and frames.may_promise(lemma, VERB):
            kind |= SAYING_VERB
        return kind


def sentence_lemmas(sent: Span, words: list[Token] | None = None) -> tuple[list[int], frozenset[str]]:
    """The lemma ids of the sentence's words in order and their lemmas in lower case, as they are
    now (read after the coder's mends, which may change a lemma), in one walk over the words
    (each made anew by spaCy): for passes that look at a word only when its lemma is one of a few
    (``claims``, ``ultimatums``, ``threatened``: not walked where none is there) and for the
    detector's features of the sentence (``FeatureMaker.sentence_features``). ``words``: the
    sentence's Tokens, when the caller made them (they read the lemmas as they are now)."""
    ids = [t.lemma for t in (sent if words is None else words)]
    strings = sent.doc.vocab.strings
    memo = lower_lemmas()  # (lowered_lemma's memo, read first: most lemmas are in it)
    unique = set(ids)
    lowered = [memo[lemma] for lemma in unique if lemma in memo]  # (rulesB47: no call for each lemma)
    if len(lowered) < len(unique):
        lowered = [lowered_lemma(lemma, strings) for lemma in unique]
    return ids, frozenset(lowered)


def lowered_lemma(lemma: int, strings) -> str:
    """:func:`.mends.lower_lemma` of a lemma id (``strings``: the vocabulary's), in its memo."""
    memo = lower_lemmas()
    lowered = memo.get(lemma)
    if lowered is None:
        lowered = memo[lemma] = strings[lemma].lower()
    return lowered
