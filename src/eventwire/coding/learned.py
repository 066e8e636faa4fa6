"""A learned event detector over actor pairs, beside the trigger rules.

The rules (``coder.py``) are precise but miss interactions whose wording or
syntax the lexicon does not foresee. For every pair of actor mentions in a
sentence (and every mention alone, for events without a target) this module
describes the pair with sparse features (the dependency path between the two,
the words on it and between them, their sectors, the triggers and the rule
coder's own codes) and a multinomial logistic regression gives the CAMEO root
of the event between them, or none.

The weights (``data/event_model.npz``) are trained by
``scripts/train_event_model.py`` on ``train-wcep.jsonl`` (Wikipedia text, CC
BY-SA 4.0; labels made for this project); see ``data/EVENT_MODEL.md``.
Inference is a sparse dot product in numpy: no learning library at run time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..actors.component import actor_mentions
from ..records import Actor, Event
from .event_model import Candidate, Key, RuleMap
from .lexicon import Lexicon
from .linear import ANCESTOR_LIMIT, ancestors, lowest_common
from .mends import lower_lemma, lower_lemmas
from .venue import PLACE_PREPS
from .violence import VIOLENCE_ROOTS
from .wordscan import lowered_lemma

CONTENT_POS = {"VERB", "NOUN", "ADJ", "PROPN", "ADV"}
PATH_POS = {"VERB", "NOUN", "ADJ", "ADP", "AUX"}
MAX_BETWEEN = 12  # words between the two mentions still used as features
# Prepositions of the parties to a joint act: a mention outside them is a mediator or a host
# ("Qatar mediated talks between A and B": not A -> Qatar), two inside are the parties.
PARTIES = {"between", "among"}
PAST_AUX_LABELS = ("aux", "auxpass")  # "was killed", "has approved": the auxiliaries that date a verb
PAST_AUX_IDS = frozenset(get_string_id(d) for d in PAST_AUX_LABELS)  # the same as spaCy's numbers
VBD_TAG = get_string_id("VBD")
CONJ_LIMIT = 6  # conjuncts climbed to the first of a list ("between Iran, Iraq and Syria")

_BOUNDS_KEY = ("eventwire", "learned_mention_bounds")  # doc.user_data: _sentence_mentions()
_SOLO_NONE = {"solo_s": "solo_s|rule:none", "solo_t": "solo_t|rule:none"}  # a mention alone the rules did not code


def _actor_of(span: Span) -> Actor | None:
    return span._.actor


def _rule_of(span: Span) -> str | None:
    return span._.actor_rule


def candidates(mentions: Iterable[Span]) -> list[Candidate]:
    """Ordered pairs of distinct mentions, and each mention alone on either side."""
    return _candidates([(m, m._.actor) for m in mentions])


def _candidates(spans: list[tuple[Span, Actor | None]]) -> list[Candidate]:
    """:func:`candidates` of mentions whose actors are read already."""
    return _placed_candidates(spans, [(s.start, s.end) for s, _ in spans])[0]


Bounds = tuple[int, int]  # a mention's first token and its end


def _placed_candidates(spans: list[tuple[Span, Actor | None]], bounds: list[Bounds],
                       ) -> tuple[list[Candidate], list[tuple[Bounds | None, Bounds | None]]]:
    """:func:`_candidates` of mentions whose token bounds are read already (``bounds``, one for
    each of ``spans``), and for each candidate the bounds of its source and its target (None
    for a side absent): read from the ints, not from spaCy's Spans (a Span's ``start`` and
    its equality are Cython properties, read for every ordered pair). Two Spans with other
    token bounds are never equal (their character offsets differ), so the Span equality is
    asked only of two with the same bounds."""
    keyed = [(m, a, a.key, b) for (m, a), b in zip(spans, bounds) if a is not None and a.key]
    out: list[Candidate] = []
    where: list[tuple[Bounds | None, Bounds | None]] = []
    for a, actor_a, key_a, at_a in keyed:
        out.append(Candidate(a, None, key_a, None))
        out.append(Candidate(None, a, None, key_a))
        where.append((at_a, None))
        where.append((None, at_a))
        for b, actor_b, key_b, at_b in keyed:
            if a is b or at_a == at_b and a == b:
                continue
            # the keys first: equal actors have equal keys, and keys are quicker to compare
            if key_a == key_b and actor_a == actor_b and (actor_a.name is not None or a.text == b.text):
                continue  # one actor named twice
            out.append(Candidate(a, b, key_a, key_b))
            where.append((at_a, at_b))
    return out, where


def _sentence_mentions(doc: Doc, start: int, end: int) -> tuple[list[Span], list[Bounds]]:
    """The actor mentions of the document inside tokens ``start`` to ``end`` and their token
    bounds, in the document's order; the bounds of all its mentions read once per document
    (kept beside :func:`~..actors.component.actor_mentions`' list, made again if that is)."""
    spans = actor_mentions(doc)
    known = doc.user_data.get(_BOUNDS_KEY)
    if known is None or known[0] is not spans:
        known = doc.user_data[_BOUNDS_KEY] = (spans, [(s.start, s.end) for s in spans])
    inside = [k for k, (a, b) in enumerate(known[1]) if start <= a and b <= end]
    return [spans[k] for k in inside], [known[1][k] for k in inside]


def narrated_past(sent: Span) -> bool:
    """Whether a sentence tells its news in the past, as wire copy and articles do: its main
    verb is in the past tense ("police said", "two men were killed") or the present
    perfect ("has approved", "have been shelling"). The detector's training texts, one-line
    summaries of the day's news, tell it in the present ("says", "are killed"): in sentences
    told in the past its choices were mostly wrong (PLOVER wire sentences, short stories and
    article paragraphs: see docs/coder.md), and it adds nothing there."""
    root = sent.root
    if root.tag == VBD_TAG:  # (spaCy's numbers for the tag and labels: their texts would be made anew)
        return True
    memo = lower_lemmas()
    for c in root.children:
        if c.dep in PAST_AUX_IDS:
            if c.tag == VBD_TAG:
                return True
            lemma = memo.get(c.lemma)
            if (lemma if lemma is not None else lower_lemma(c)) == "have":
                return True
    return False


def rule_map(events: Iterable[Event]) -> dict[tuple[Key, Key], set[str]]:
    """(source key, target key) -> the CAMEO roots coded for that pair."""
    out: dict[tuple[Key, Key], set[str]] = defaultdict(set)
    for e in events:
        out[(e.source.actor.key if e.source else None, e.target.actor.key if e.target else None)].add(e.cameo_root)
    return out


def anchor(sent: Span, candidate: Candidate) -> Token:
    """The token that stands for the event: the governing verb or noun of the pair."""
    if candidate.source is not None and candidate.target is not None:
        _, _, top = lowest_common(candidate.source.root, candidate.target.root)
        if top is not None and top.pos_ in ("VERB", "NOUN", "AUX"):
            return top
    span = candidate.source if candidate.source is not None else candidate.target
    for node in ancestors(span.root)[1:]:
        if node.pos_ in ("VERB", "AUX"):
            return node
    return sent.root


class _SpanInfo(NamedTuple):
    """A mention's tree path and features, made once per sentence (:meth:`FeatureMaker._info`).
    A named tuple: a frozen dataclass is slow to make."""

    start: int  # the mention's tokens
    end: int
    up: list[int]  # the indices of the mention's root and its ancestors
    at: dict[int, int]  # token index -> its place on ``up`` (filled by FeatureMaker._path when first read)
    prep: str  # the preposition the mention (or the first of its list) is the object of, or ""
    # its features as source ("s"), as target ("t"), and alone ("solo_s", "solo_t"; but for the rules'),
    # as the FeatureMaker writes them (strings, or columns)
    sides: dict[str, list]


@dataclass(frozen=True, slots=True)
class _WordFeatures:
    """The features a word gives as the pair's lowest common head, on the path between the
    two, and between them in the text (these three as the :class:`FeatureMaker` writes
    features: strings, or columns); and above a mention alone (``|up:`` and ``|upr:``
    features, strings, after the tag that says whether as source or target)."""

    lca: list
    path: list
    between: list
    up: list[str]
    up_roots: list[str]


class _Path(NamedTuple):
    """The tree path between two mentions as features (as the :class:`FeatureMaker` writes
    them): those of their lowest common head, the labels up to it from each side (``sp:``
    and ``tp:`` without the prefix, strings) and those of the words on it above each side's
    root. (A named tuple: quicker to make than a frozen dataclass, twice for each pair.)"""

    lca: list
    labels: tuple[str, str]
    words: tuple[list, list]
    marks: list  # the labels as features: "sp:" + labels[0], "tp:" + labels[1]

    @classmethod
    def of(cls, lca: list, labels: tuple[str, str], words: tuple[list, list], cols: _Columns) -> _Path:
        return cls(lca, labels, words, cols["sp:" + labels[0]] + cols["tp:" + labels[1]])

    def turned(self, cols: _Columns) -> _Path:
        """The same path for the pair the other way round."""
        return _Path.of(self.lca, (self.labels[1], self.labels[0]), (self.words[1], self.words[0]), cols)


class _Columns(dict[str, list]):
    """A feature -> the list of what a row holds for it: ``[feature]`` (no ``index``: the
    features themselves, for training) or the feature's column in a model's ``index``
    (``[column]``, or ``[]`` for a feature the model does not know), made once each.
    ``many``: the same for a list of features, joined."""

    def __init__(self, index: Mapping[str, int] | None) -> None:
        super().__init__()
        self._known = index.get if index is not None else None
        if index is None:
            self.many: Callable[[Iterable[str]], list] = list
        else:
            known = index.get
            self.many = lambda feats: [c for f in feats if (c := known(f)) is not None]

    def __missing__(self, feature: str) -> list:
        # (``many((feature,))`` without its tuple, call and comprehension: new text makes many)
        if self._known is None:
            found = self[feature] = [feature]
        else:
            column = self._known(feature)
            found = self[feature] = [] if column is None else [column]
        return found


class _Words(dict[int, tuple[str, str, str, int]]):
    """Token index -> (lower-case lemma, part of speech, dependency label, head index), each
    read from spaCy once (``doc[i]`` makes a new Token every time); and the features of those
    words, of the paths between mentions and of the words between them, each made once."""

    def __init__(self, doc: Doc, lemmas: dict[int, str] | None = None, labels: dict[int, str] | None = None,
                 tokens: list[Token] | None = None, start: int = 0) -> None:
        super().__init__()
        self.doc = doc
        # the sentence's Tokens from its first index ``start``, when the caller made them: read
        # there, not made anew by ``doc[i]``
        self.tokens, self.start = tokens if tokens is not None else [], start
        self.features: dict[int, _WordFeatures] = {}
        self.paths: dict[tuple[int, int, int, int], _Path] = {}  # (source start, end, target start, end)
        self.between: dict[tuple[int, int], list[str]] = {}  # (first token, end) -> gap and word features
        # the sentence's rules (one RuleMap for a _Words) as source key -> the target keys coded
        # with it, and target key -> the source keys: made at the first pair that asks
        self.coded: tuple[dict[Key, set[Key]], dict[Key, set[Key]]] | None = None
        # spaCy's string ids -> the lower-case lemma, the dependency label: spaCy makes a new
        # string at each read, to be lowered and hashed anew; these give one string for each
        # (kept by the FeatureMaker across sentences)
        self.lemmas = lemmas if lemmas is not None else {}
        self.labels = labels if labels is not None else {}

    def __missing__(self, i: int) -> tuple[str, str, str, int]:
        k = i - self.start
        return self.read(self.tokens[k] if 0 <= k < len(self.tokens) else self.doc[i])

    def read(self, tok: Token) -> tuple[str, str, str, int]:
        lemma = self.lemmas.get(tok.lemma)
        if lemma is None:
            lemma = self.lemmas[tok.lemma] = tok.lemma_.lower()
        dep = self.labels.get(tok.dep)
        if dep is None:
            dep = self.labels[tok.dep] = tok.dep_
        found = self[tok.i] = (lemma, tok.pos_, dep, tok.head.i)
        return found

    def ancestors(self, i: int) -> list[int]:
        """:func:`~.linear.ancestors` on token indices."""
        up = [i]
        head = self[i][3]
        while head != up[-1] and len(up) < ANCESTOR_LIMIT:
            up.append(head)
            head = self[head][3]
        return up


def _list_preposition(root: int, words: _Words) -> str:
    """The preposition whose object the mention is, or the first mention of its list is
    ("talks between Iran and the US": "between" for both), lower-case; else ""."""
    node = root
    for _ in range(CONJ_LIMIT):
        _, _, dep, head = words[node]
        if dep not in ("conj", "appos") or head == node:
            break
        node = head
    _, _, dep, head = words[node]
    return words.doc[head].lower_ if dep == "pobj" else ""


def _below_common(up_a: list[int], up_b: list[int], at_b: dict[int, int]) -> tuple[list[int], list[int], int | None]:
    """:func:`~.linear.lowest_common` on token indices (from :func:`~.linear.ancestors`);
    ``at_b``: where each index is on ``up_b``."""
    for k, i in enumerate(up_a):
        if i in at_b:
            return up_a[:k], up_b[:at_b[i]], i
    return up_a, up_b, None


def lemma_roots(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Lemma -> the CAMEO roots it triggers on its own as a verb or a noun (those of its rows
    without conditions, not null: :meth:`FeatureMaker._roots_of`), sorted, for every lemma
    with rows as a verb or a noun (none for a lemma whose rows all have conditions)."""
    found: dict[str, set[str]] = {}
    for (lemma, pos), rows in lexicon.triggers.items():
        if pos in ("VERB", "NOUN"):
            found.setdefault(lemma, set()).update(
                row.cameo[:2] for row in rows if not row.has_condition and not row.null)
    return {lemma: tuple(sorted(roots)) for lemma, roots in found.items()}


class FeatureMaker:
    """Sparse string features of a candidate; the same code serves training and coding.

    ``index``: a model's feature -> column (:attr:`~.linear.LinearModel.index`): the
    candidates' own features (:meth:`split_rows`) are then written as the columns of the
    known ones, for :meth:`~.linear.LinearModel.column_probabilities`: each part of a row
    (a word's, a mention's, a path's) is looked up once, where it is made, not again in
    every row that has it. The sentence's shared features stay strings."""

    def __init__(self, lexicon: Lexicon, index: Mapping[str, int] | None = None) -> None:
        self.lexicon = lexicon
        self._cols = _Columns(index)
        # lemma -> the roots it triggers on its own (_roots_of) for every lemma of the lexicon, and
        # its "str:" features: read once here, so that a word new to this maker (most words of a
        # new text, which have no rows) costs one look-up
        self._roots: dict[str, tuple[str, ...]] = lemma_roots(lexicon)
        self._str_of: dict[str, tuple[str, ...]] = {
            lemma: tuple(f"str:{r}" for r in roots) for lemma, roots in self._roots.items() if roots}
        self._str: dict[int, tuple[str, ...]] = {}  # lemma (its hash in spaCy's strings) -> its "str:" features
        self._words: dict[tuple[str, str], _WordFeatures] = {}  # (lemma, part of speech) -> its features
        self._lemmas: dict[int, str] = lower_lemmas()  # for _Words: lemma id -> lower-case lemma (the coder's)
        self._labels: dict[int, str] = {}  # dependency label id -> label
        self._parts: dict[str, tuple[list, list, list, list]] = {}  # a mention's part -> _part()
        self._above: dict[tuple[str, str], tuple[list, list, list, list]] = {}  # (lemma, pos) -> _above_word()
        self._solo_start = (self._cols["solo_s"], self._cols["solo_t"])  # the first features of a mention alone

    def _roots_of(self, lemma: str) -> tuple[str, ...]:
        """The CAMEO roots a (lower-case) lemma triggers on its own, as verb or noun: those of
        its rows without conditions. A conditioned row ("a knife attack" is 18, "declared a
        curfew" 17) thus does not make the detector read every use of the word as that root.
        (Read from :func:`lemma_roots`, made with the maker: none for a lemma without rows.)"""
        return self._roots.get(lemma, ())

    def _str_features(self, lemma: int, strings) -> tuple[str, ...]:
        """The ``str:`` features of a word of lemma id ``lemma`` (``strings``: the vocabulary's):
        the roots its lemma triggers (kept per lemma)."""
        found = self._str[lemma] = self._str_of.get(lowered_lemma(lemma, strings), ())
        return found

    def role_clashes(self, candidate: Candidate) -> set[str]:
        """The roots a candidate cannot have because its sides hold the other roles of a verb
        of that root: a source that the verb acts on ("three soldiers were killed", "killed
        three soldiers") or a target that does it (its subject, or the agent of its passive:
        "was attacked by X"). The rules code these verbs the other way round, or not at all.
        Not for a weapon: the drones shot down are their owner's attack."""
        out: set[str] = set()
        for span, roles in ((candidate.source, ("dobj", "nsubjpass")), (candidate.target, ("nsubj", "agent"))):
            if span is None:
                continue
            tok = span.root
            head = tok.head
            if tok.dep_ == "pobj" and head.dep_ == "agent":
                tok, head = head, head.head  # "by X" on a passive
            if "weapon" in self.lexicon.classes_of(span.root.lemma_.lower()):
                continue  # "Iranian drones are shot down over Erbil": the means, whose owner attacks
            if tok.dep_ in roles and head.pos_ == "VERB" and head.i != tok.i:
                roots = self._roots_of(head.lemma_.lower())
                out.update(roots)
                if VIOLENCE_ROOTS.intersection(roots):
                    out.update(VIOLENCE_ROOTS)  # the victim of a killing assaults no one in it either
        return out

    def sentence_features(self, sent: Span, rules: RuleMap, words: _Words | None = None,
                          lemma_ids: list[int] | None = None) -> list[str]:
        """The features every candidate of the sentence has: its words' ``str:`` features first
        (:meth:`split_rows` reads whether there are any from the first), then its root's.
        ``lemma_ids``: the lemma ids of the sentence's words, when the caller read them
        (:func:`.wordscan.sentence_lemmas`): its words are then not made again."""
        words = words if words is not None else _Words(sent.doc)
        known = self._str
        out: list[str] = []
        if lemma_ids is None:
            lemma_ids = [t.lemma for t in sent]
        for lemma in lemma_ids:  # the hash of a lemma, not its text: that would be made anew for each word
            found = known.get(lemma)
            out += found if found is not None else self._str_features(lemma, sent.doc.vocab.strings)
        out.append(f"root:{words.read(sent.root)[0]}")
        if rules:
            out.append("sent_rule")
        return out

    @staticmethod
    def _side_parts(actor: Actor, root: int, words: _Words, rule: str | None = None,
                    prep: str = "") -> list[str]:
        """A mention's features as one side of a pair, before the prefix that says which;
        ``root``: the index of the mention's root; ``rule``: how its actor was read
        (``span._.actor_rule``: "place", "adjective", "seat" ...); ``prep``: the preposition
        it or the first of its list is the object of (:func:`_list_preposition`)."""
        _, _, dep, head = words[root]
        head_lemma, head_pos, _, above = words[head]
        out = [f"sec:{actor.sector or '-'}", f"dep:{dep}",
               f"kind:{'org' if actor.org else 'person' if actor.name and actor.sector else 'state'}",
               f"ar:{rule or '-'}"]
        if head_pos == "ADP":
            lower = words.doc[head].lower_
            out.append(f"prep:{lower}")
            out.append(f"prep:{lower}:{words[above][0]}")
        else:
            out.append(f"head:{dep}:{head_lemma}")
            if prep:
                out.append(f"cprep:{prep}")  # a later conjunct: "between Iran and the US"
        if prep in PLACE_PREPS:  # where something happens, not who acts ("talks in Riyadh")
            out.append("loc")
        return out

    def rows(self, sent: Span, rules: RuleMap) -> tuple[list[Candidate], list[list[str]]]:
        """The candidates of a sentence (its actor mentions) and their features."""
        found, shared, own = self.split_rows(sent, rules)
        shared = self._cols.many(shared)
        return found, [shared + row for row in own]

    def split_rows(self, sent: Span, rules: RuleMap, actor_of: Callable[[Span], Actor | None] | None = None,
                   *, uncoded: bool = False, rule_of: Callable[[Span], str | None] | None = None,
                   triggered: bool = False, lemma_ids: list[int] | None = None,
                   tokens: list[Token] | None = None) -> tuple[list[Candidate], list[str], list[list[str]]]:
        """:meth:`rows` with the features every candidate has (the sentence's) apart: the
        candidates, those shared features and each candidate's own features. ``actor_of``,
        ``rule_of``: how to read a mention's actor and how it was read (``span._.actor`` and
        ``span._.actor_rule`` by default: a caller that has them cached saves spaCy's slow
        extension lookups); ``uncoded``: only the candidates whose pair the rules did not
        code (all that :func:`choose` can add), the features unchanged; ``triggered``: no
        candidates in a sentence no word of which triggers a root in the lexicon (where
        :func:`choose` with ``supported`` adds nothing), before any candidate's features are
        made (a sixth of the sentences with actors in WCEP news); ``lemma_ids``: the lemma ids of
        the sentence's words, when the caller read them (:meth:`sentence_features`); ``tokens``: the
        sentence's Tokens, when the caller made them (:class:`_Words` reads them)."""
        doc = sent.doc
        start, end = sent.start, sent.end
        actor_of = actor_of or _actor_of
        spans, bounds = _sentence_mentions(doc, start, end)
        mentions = [(s, actor_of(s)) for s in spans]
        found, where = _placed_candidates(mentions, bounds)
        if not found:
            return [], [], []
        words = _Words(doc, self._lemmas, self._labels, tokens, start)
        shared = self.sentence_features(sent, rules, words, lemma_ids)
        if triggered and not shared[0].startswith("str:"):  # (the str: features come first: no root,
            return [], shared, []  # lexicon_roots() empty, without reading them all)
        keys = {c[2] for c in found if c[2]}  # (every keyed mention is a source alone)
        shared += [f"nkeys:{min(len(keys), 6)}", f"slen:{min(len(sent), 60) // 15}"]
        if uncoded and rules:
            kept = [k for k, c in enumerate(found)
                    if not (rules.get((c[2], c[3])) or rules.get((c[3], c[2])))]  # (coded(), inlined)
            if not kept:
                return [], shared, []
            if len(kept) < len(found):
                found, where = [found[k] for k in kept], [where[k] for k in kept]
        # each mention's path and features, made once for all its pairs, and only for the
        # mentions some candidate has (those without are left to the rules)
        used = {b for pair in where for b in pair}
        # (a sentence of mentions alone, half of those scored in WCEP, needs no pair sides)
        pairs = any(s is not None and t is not None for s, t in where)
        cache: dict[tuple[int, int], _SpanInfo] = {}
        rule_of = rule_of or _rule_of
        for (span, actor), b in zip(mentions, bounds):
            if actor is not None and actor.key and b in used:
                self._info(span, cache, words, actor, rule_of(span), b, pairs)
        own = self._own
        return found, shared, [own(c, cache[b[0]] if b[0] is not None else None,
                                   cache[b[1]] if b[1] is not None else None, rules, words)
                               for c, b in zip(found, where)]

    def _info(self, span: Span, cache: dict[tuple[int, int], _SpanInfo] | None, words: _Words,
              actor: Actor | None = None, rule: str | None = None, key: Bounds | None = None,
              pairs: bool = True) -> _SpanInfo:
        """A mention's tree path and its features (``actor``: its actor, when read already,
        and ``rule`` how it was read: ``span._.actor_rule`` is read when ``actor`` is not given;
        ``key``: its token bounds, when read already; ``pairs``: False where the mention is in
        no pair, its sides as source and target, ``s`` and ``t``, then left empty)."""
        key = key if key is not None else (span.start, span.end)
        info = cache.get(key) if cache is not None else None
        if info is None:
            # (a mention of one token is its own root: spaCy's Span.root not asked)
            up = words.ancestors(key[0] if key[1] - key[0] == 1 else span.root.i)
            prep = _list_preposition(up[0], words)
            if actor is None:
                actor, rule = span._.actor, span._.actor_rule
            parts = self._side_parts(actor, up[0], words, rule, prep)
            # each part's features as source, as target and alone, made once for all mentions
            made = self._parts
            source: list = []
            target: list = []
            solo_s, solo_t = list(self._solo_start[0]), list(self._solo_start[1])
            for part in parts:
                way = made.get(part) or self._part(part)
                if pairs:
                    source += way[0]
                    target += way[1]
                solo_s += way[2]
                solo_t += way[3]
            above = [self._above.get(words[i][:2]) or self._above_word(words, i) for i in up[1:4]]
            for word in above:
                solo_s += word[0]
                solo_t += word[1]
            for word in above:
                solo_s += word[2]
                solo_t += word[3]
            info = _SpanInfo(key[0], key[1], up, {}, prep,  # (``at`` filled by _path, the first time asked)
                             {"s": source, "t": target, "solo_s": solo_s, "solo_t": solo_t})
            if cache is not None:
                cache[key] = info
        return info

    def _part(self, part: str) -> tuple[list, list, list, list]:
        """A mention's part (:meth:`_side_parts`) as its features as source (``s`` + part), as
        target (``t`` + part) and alone (``solo_s|x`` + part, ``solo_t|x`` + part), made once.
        (A mention alone has the features ``solo_s`` and ``solo_t`` first, then those of its
        parts, then those of the three words above it, :meth:`_above_word`.)"""
        cols = self._cols
        found = self._parts[part] = (cols["s" + part], cols["t" + part],
                                     cols[f"solo_s|x{part}"], cols[f"solo_t|x{part}"])
        return found

    def _above_word(self, words: _Words, i: int) -> tuple[list, list, list, list]:
        """The features word ``i`` gives above a mention alone (``|up:`` and ``|upr:``, of
        :class:`_WordFeatures`), as ``solo_s`` and as ``solo_t``, made once per word (lemma and
        part of speech), and only for the words above a mention."""
        word, many = self._word(words, i), self._cols.many
        found = self._above[words[i][:2]] = (
            many([f"solo_s{f}" for f in word.up]), many([f"solo_t{f}" for f in word.up]),
            many([f"solo_s{f}" for f in word.up_roots]), many([f"solo_t{f}" for f in word.up_roots]))
        return found

    def _word(self, words: _Words, i: int) -> _WordFeatures:
        """The features of word ``i`` (see :class:`_WordFeatures`), looked up once per sentence."""
        found = words.features.get(i)
        if found is None:
            found = words.features[i] = self._word_features(*words[i][:2])
        return found

    def _word_features(self, lemma: str, pos: str) -> _WordFeatures:
        """The features of a (lower-case) lemma with a part of speech, made once."""
        found = self._words.get((lemma, pos))
        if found is None:
            roots = self._roots_of(lemma)
            many = self._cols.many
            found = self._words[(lemma, pos)] = _WordFeatures(
                many([f"lca:{lemma}", f"lcapos:{pos}", *[f"lcar:{r}" for r in roots]]),
                many(([f"pw:{lemma}"] if pos in PATH_POS else []) + [f"pr:{r}" for r in roots]),
                many([f"bw:{lemma}"] if pos in CONTENT_POS else []),
                [f"|up:{lemma}"] if pos in PATH_POS else [],
                [f"|upr:{r}" for r in roots])
        return found

    def _path(self, source: _SpanInfo, target: _SpanInfo, words: _Words) -> _Path:
        """The :class:`_Path` from ``source`` to ``target``, made once per pair of mentions
        (the lowest common head is the same from either side)."""
        key = (source.start, source.end, target.start, target.end)
        found = words.paths.get(key)
        if found is None:
            back = words.paths.get((target.start, target.end, source.start, source.end))
            if back is not None:
                found = back.turned(self._cols)
            else:
                at = target.at
                if not at:  # (``up`` is never empty: an empty ``at`` is not made yet)
                    at.update({i: k for k, i in enumerate(target.up)})
                up_s, up_t, top = _below_common(source.up, target.up, at)
                word = self._word
                found = _Path.of(word(words, top).lca if top is not None else [],
                              ("/".join([words[i][2] for i in up_s[:3]]), "/".join([words[i][2] for i in up_t[:3]])),
                              ([f for i in up_s[1:] for f in word(words, i).path],
                               [f for i in up_t[1:] for f in word(words, i).path]), self._cols)
            words.paths[key] = found
        return found

    def _between(self, words: _Words, lo: int, hi: int) -> list[str]:
        """The features of the gap from token ``lo`` to ``hi`` (excluded) between two
        mentions: its length and, when short, its words."""
        found = words.between.get((lo, hi))
        if found is None:
            gap = hi - lo
            found = list(self._cols[f"gap:{min(gap, 16) // 4}"])
            if 0 <= gap <= MAX_BETWEEN:
                for i in range(lo, hi):
                    found += self._word(words, i).between
            words.between[(lo, hi)] = found
        return found

    def own_features(self, sent: Span, candidate: Candidate, rules: RuleMap,
                     cache: dict[tuple[int, int], _SpanInfo] | None = None,
                     words: _Words | None = None) -> list[str]:
        """The features of a candidate that the sentence's other candidates do not share (as
        this maker writes them: strings, or columns; see :class:`FeatureMaker`)."""
        source, target = candidate.source, candidate.target
        words = words if words is not None else _Words(sent.doc)
        return self._own(candidate, self._info(source, cache, words) if source is not None else None,
                         self._info(target, cache, words) if target is not None else None, rules, words)

    def _own(self, candidate: Candidate, s_info: _SpanInfo | None, t_info: _SpanInfo | None, rules: RuleMap,
             words: _Words) -> list:
        """:meth:`own_features` of a candidate whose sides' :class:`_SpanInfo` are read already
        (None for a side absent)."""
        sk, tk = candidate.source_key, candidate.target_key
        cols = self._cols
        if s_info is None or t_info is None:
            tag = "solo_s" if s_info is not None else "solo_t"
            out = list((s_info if s_info is not None else t_info).sides[tag])
            roots = rules.get((sk, tk))
            out += cols.many([f"{tag}|rule:{r}" for r in sorted(roots)]) if roots else cols[_SOLO_NONE[tag]]
            return out
        out = s_info.sides["s"] + t_info.sides["t"]
        if rules:
            # some pair with this source (target) but another target (source) was coded
            coded = words.coded
            if coded is None:
                coded = words.coded = (defaultdict(set), defaultdict(set))
                for k in rules:
                    coded[0][k[0]].add(k[1])
                    coded[1][k[1]].add(k[0])
            others = coded[0].get(sk)
            if others and (len(others) > 1 or tk not in others):
                out += cols["s_coded_elsewhere"]
            others = coded[1].get(tk)
            if others and (len(others) > 1 or sk not in others):
                out += cols["t_coded_elsewhere"]
        if sk == tk:
            out += cols["same_key"]
        parties = (s_info.prep in PARTIES) + (t_info.prep in PARTIES)
        if parties:
            out += cols["parties:both" if parties == 2 else "parties:one"]  # the parties, or a mediator and one
        s_first = s_info.start < t_info.start
        out += cols["s_first" if s_first else "t_first"]
        path = self._path(s_info, t_info, words)
        out += path.lca
        out += path.marks
        out += path.words[0]
        out += path.words[1]
        lo, hi = (s_info.end, t_info.start) if s_first else (t_info.end, s_info.start)
        out += self._between(words, lo, hi)
        roots = rules.get((sk, tk))
        out += cols.many([f"rule:{r}" for r in sorted(roots)]) if roots else cols["rule:none"]
        back = rules.get((tk, sk))
        if back:
            out += cols.many([f"rrule:{r}" for r in sorted(back)])
        return out
