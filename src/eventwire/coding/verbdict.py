"""Verb dictionaries in TABARI/PETRARCH format, imported into the trigger lexicon.

A user lists verb dictionary files in the ``verb_dictionaries`` setting (or with
``--verbs``). A file is made of synsets and verb blocks::

    &CURRENCY                      a synset: its members follow, one a line
    +DOLLARS
    +SWISS FRANCS

    --- CONTRIBUTE [070] ---       a block: a verb and its default code
    CONTRIBUTE                     verb forms: the head word, irregular forms in {}
    +BREAK_DOWN {+BROKE_DOWN}      multi-word verbs join their words with '_'
    WIRE_+TAP {WIRE_+TAPPED}       '+' marks the verb; its other words must stand next to it
    - * &CURRENCY [903]            patterns: words before and after the verb ('*')
    - SAID WOULD * [173]

Pattern words match in order, going away from the verb on each side: before it in
its clause (back to a comma), after it in its phrase. A blank lets other words come
between two pattern words; ``_`` joins them ("RECENTLY_*": the word right before the
verb; "*_ON": right after it), stepping over only PETRARCH's skipped words ("the",
"a", "has", ...); a synset's phrase ("+SWISS FRANCS") is consecutive. A plural noun of
the sentence matches only the pattern word written so ("* EFFORT" is not "efforts"), as
PETRARCH matches it; other words by their stem.

Pattern markers ``$`` (source), ``+`` (target) and ``^`` (skipped actor) after the
verb place actors (:class:`Roles`): "* WITH +" makes the object of "with" the first
target slot, "* AT ^ WITH +" leaves "at" out of the slots, and a ``$`` after the verb
("+ * MONEY $", "+ * FROM $", "^ $": past one actor) puts the source there and takes
the verb's subject as the target (``Trigger.source_after``). A ``+`` before the verb
with no ``$`` after it ("- NOTED + * [115]": "X noted that Y regretted ...") makes the
verb's subject the target and the subject of the clause it depends on the source
(``Trigger.target_before``); "* AT ^ +" the first actor after the one "at" names
(``Trigger.target_past``). A ``+`` before a pattern word before the verb, with a ``$``
after it ("+ HOSTING * MAY_DAY $"), makes that word's subject the target ("X will be
hosting Y to celebrate May Day with Z": Z -> X; ``Trigger.target_at``). A pattern that
names the verb's negation before it ("- WILL NOT * [081]", a synset of "DID N'T" and "WILL
NOT") codes the act not done: its code stands, not recoded as a refusal nor dropped as
negated (``Trigger.codes_negation``). An imported verb whose own modal puts it in the future
("will contribute") keeps its code, modality ``future``, not recoded as an intent (03) or a
threat (13): the dictionary codes intents with patterns that name the modal ("- SAID WOULD
* [173]"), as PETRARCH does (``component.py``). In a multi-word verb ("WIRE_+TAP", "+REFUSED_TO") the
word marked ``+`` is the verb (the first word before a particle, "+BREAK_DOWN"; else the
last word) and the form holds only where its other words stand next to it, as PETRARCH
matches them (conditions of every row of that form). Other markers are read
and left to the coder, which finds actors in the parse; with no target in its slots,
an imported verb takes the first other actor after it in its phrase, as PETRARCH
does (``Trigger.imported``, ``patterns.py``). ``%``
(a compound actor) is kept as a condition: before the verb, the pattern holds only
for a conjoined subject ("- % * [030:030]": "X and Y agree" is their agreement);
after it, only for a conjoined object (flags ``compound:source`` /
``compound:target``, patterns so marked before the others). A code ``[---]``
means "no event": a pattern so coded is kept as a row that, where its words match,
stops the verb from coding (``Trigger.null``), as in PETRARCH, rather than leaving
the verb's default code to fire ("- HEART * [---]" under ATTACK). ``[a:b]`` is a
pair of codes for the two directions (``sym`` when both are the same): the act codes
``a`` and the act back, from the target to the source, ``b`` (``Trigger.reverse_code``;
"--- LEFT [032:033] ---": X's visit, Y's hosting); a compound subject before the verb
("- % HAVE * [191]") codes each of the pair toward the other, as PETRARCH codes them.

A code outside the CAMEO table that is well formed (two to four digits, at most one letter
after them: PETRARCH's synset codes ``903``, WEIS-era ``1717``, an extension ``174K``) is the
dictionary's code: kept (``Ontology.admit``), the event carries it as written, with the
Goldstein score, QuadClass and PLOVER type of the CAMEO root its first two digits name, if
any, and the name "dictionary code, not CAMEO". Any other code (``[abc]``, ``[025?]``) is a
bad line, reported with file and line; a pattern so coded is kept as one of no event. The
shipped lexicon holds CAMEO codes only (``lexicon.load_triggers``).

A speech or belief verb the dictionary codes itself ("--- SAID [023] ---", "--- BELIEVE
[023] ---") codes the teller's statement, as PETRARCH does: toward the first actor of the
clause it tells after it ("X said that Y would ...": X -> Y), to no one where what it tells
comes before it ("Y welcomed Z, an official said", ``patterns.with_members``); the act told
is coded as well. An imported verb's act that names no target codes with none (setting
``require_dyad``, PETRARCH's option, drops such events). The shipped lexicon codes no plain
"X said" (GUIDE.md section 1); a user's dictionary that codes one is honoured.

Each verb form becomes a :class:`~eventwire.coding.lexicon.Trigger` per pattern
(the pattern's words are ``Trigger.before`` / ``after`` conditions) plus one for
the default code. Imported entries replace the shipped lexicon's entries for the
same verb. Bad lines are reported with file and line, as for actor dictionaries.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..actors.dictionaries import DictionaryProblem
from ..errors import KnowledgeBaseError
from .lexicon import (
    COMPOUND_FLAG,
    FORM_FLAG,
    IMPORTED_FLAG,
    NEGATION_FLAG,
    NULL_CODE,
    NULL_FLAG,
    REVERSE_FLAG,
    SOURCE_AFTER_FLAG,
    TARGET_AT_FLAG,
    TARGET_BEFORE_FLAG,
    TARGET_PAST_FLAG,
    Lexicon,
    Slot,
    Trigger,
    load_lexicon,
    stem,
)
from .ontology import Ontology, UnknownCodeError

log = logging.getLogger(__name__)

# Where the coder looks for the target of an imported verb, in order (lexicon slot names).
IMPORTED_SLOTS = ("dobj", "dative", "prep:with", "prep:to", "prep:against", "prep:at", "prep:on",
                  "prep:for", "prep:from", "prep:about", "prep:of", "prep:in", "prep:into",
                  "prep:over", "prep:toward", "prep:towards")
MARKERS = {"$", "+", "%", "^"}
COMPOUND = "%"  # a compound (conjoined) actor: the pattern's condition on that side
PARTICLES = {"down", "up", "off", "out", "on", "in", "back", "over", "away", "upon"}
# Words that negate the verb when a pattern names them before it ("- WILL NOT *", "DID N'T").
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Words a pattern's actor marker may follow as a preposition ("* WITH +", "* FROM $").
PREPOSITIONS = frozenset({slot[5:] for slot in IMPORTED_SLOTS if slot.startswith("prep:")}
                         | {"by", "near", "among", "across", "between", "alongside", "upon", "toward"})

_HEADER = re.compile(r"^---\s*(?P<body>.*?)\s*(?:---)?\s*$")
_CODE = re.compile(r"\[\s*([^\]]*?)\s*\]")
_FORMS = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True, slots=True)
class VerbPattern:
    before: tuple[str, ...]  # pattern words before the verb ('*'), markers dropped
    after: tuple[str, ...]
    code: str | None  # None: "[---]", no event
    symmetric: bool
    line: int
    compound: frozenset[str] = frozenset()  # "source" / "target": a conjoined actor there (``%``)
    # For each word: joined by '_' to the next word toward the verb (``before``: "RECENTLY_*")
    # or to the one before it (``after``: "*_ON"); the words must then be consecutive.
    before_joined: tuple[bool, ...] = ()
    after_joined: tuple[bool, ...] = ()
    roles: Roles = field(default_factory=lambda: Roles())
    reverse: str | None = None  # "[032:033]": the code of the act back, target to source


@dataclass(frozen=True, slots=True)
class Roles:
    """Where a pattern's markers after the verb put its actors (:func:`_roles`)."""

    target_prep: str | None = None  # "* WITH + [..]": the target is the object of "with"
    skipped_preps: tuple[str, ...] = ()  # "* EID AT ^ WITH +": the actor after "at" is no target
    # "+ * MONEY $", "+ * FROM $": the source comes after the verb ("" the first actor
    # there, else the object of that preposition), past ``source_skips`` actors ("^ $");
    # the target is then the verb's subject
    source_after: str | None = None
    source_skips: int = 0
    # "- NOTED + * [115]": the target marker before the verb (and no source after it): the
    # verb's subject is the target, the subject of the clause it depends on the source
    target_before: bool = False
    # "* AT ^ +", "* IFTAR IN ^ +": the target is the first actor after the one the
    # preposition names (skipped), as PETRARCH reads on past it
    target_past: str | None = None
    # "+ HOSTING * MAY_DAY $": the "+" before a pattern word before the verb; the target is
    # the subject of that word ("Mordor will be hosting X to celebrate ..."), as PETRARCH takes
    # the actor next to the marker, not the verb's own subject
    target_at: str | None = None


@dataclass(frozen=True, slots=True)
class VerbForm:
    words: tuple[str, ...]  # "BREAK_DOWN" -> ("BREAK", "DOWN")
    inflections: tuple[tuple[str, ...], ...]  # the forms given in {}
    code: str | None  # a code of its own, else the block's
    line: int


@dataclass(frozen=True, slots=True)
class VerbBlock:
    name: str
    code: str | None
    symmetric: bool
    line: int
    forms: tuple[VerbForm, ...]
    patterns: tuple[VerbPattern, ...]
    reverse: str | None = None  # "--- LEFT [032:033] ---": the code of the act back


@dataclass(frozen=True)
class VerbDictionary:
    path: str
    blocks: tuple[VerbBlock, ...]
    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    problems: tuple[DictionaryProblem, ...] = ()

    def __len__(self) -> int:
        return len(self.blocks)


class _Block:
    """A verb block while it is read."""

    def __init__(self, name: str, code: str | None, symmetric: bool, line: int) -> None:
        self.name, self.code, self.symmetric, self.line = name, code, symmetric, line
        self.reverse: str | None = None
        self.forms: list[VerbForm] = []
        self.patterns: list[VerbPattern] = []

    def done(self) -> VerbBlock:
        return VerbBlock(self.name, self.code, self.symmetric, self.line, tuple(self.forms), tuple(self.patterns),
                         self.reverse)


class _BadLine(Exception):
    pass


class _BadCode(_BadLine):
    """A code neither in the CAMEO table nor well formed as a dictionary's code (``[abc]``)."""


def _strip_comment(line: str) -> str:
    """The line without its ``#`` comment ('#' inside a code such as ``[###]`` stays)."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0 and (i == 0 or line[i - 1].isspace()):
            return line[:i]
    return line


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in text.replace("_", " ").split() if w)


def _elements(text: str) -> list[tuple[str, bool]]:
    """A pattern's words and markers, each with whether '_' joins it to the one before
    ("IN_AND_*_OUT" -> IN, AND joined, * joined, OUT joined); a trailing '_' joins nothing."""
    out: list[tuple[str, bool]] = []
    for chunk in text.split():
        parts = chunk.split("_")
        out += [(part, n > 0 and bool(parts[n - 1])) for n, part in enumerate(parts) if part]
    return out


def _roles(after: list[tuple[str, bool]], ahead: list[tuple[str, bool]] = ()) -> Roles:
    """The roles the markers give (:class:`Roles`): after the verb, a marker right after a
    preposition names that preposition's object; "^" skips an actor; a "+" before the verb
    with no "$" after it makes the verb's subject the target."""
    target_prep, skipped, source_after, skips, target_past = None, [], None, 0, None
    for i, (word, _) in enumerate(after):
        before = after[i - 1][0].lower() if i else ""
        prep = before if before in PREPOSITIONS else None
        if word == "+" and prep:
            target_prep = prep
        elif word == "+" and before == "^":
            n = i - 1
            while n and after[n - 1][0] == "^":
                n -= 1
            first = after[n - 1][0].lower() if n else ""
            target_past = first if first in PREPOSITIONS else None
        elif word == "^" and prep:
            skipped.append(prep)
        elif word == "$":
            n = i
            while n and after[n - 1][0] == "^":
                n -= 1
            skips = i - n
            first = after[n - 1][0].lower() if n else ""
            source_after = first if first in PREPOSITIONS else ""
    target_before = source_after is None and any(word == "+" for word, _ in ahead)
    marked = [ahead[i + 1][0] for i, (word, _) in enumerate(ahead[:-1]) if word == "+"]
    target_at = marked[0].lower() if marked and marked[0] not in MARKERS | {"*"} and \
        not marked[0].startswith("&") and source_after is not None else None
    return Roles(target_prep, tuple(skipped), source_after, skips, target_before, target_past, target_at)


def _known(code: str, ontology: Ontology) -> str:
    """A CAMEO code as it is; a well-formed code outside the table (``174K``, ``903``) kept
    as the dictionary's (:meth:`Ontology.admit <eventwire.coding.ontology.Ontology.admit>`);
    another is a bad line."""
    if code in ontology:
        return code
    try:
        return ontology.admit(code).code
    except UnknownCodeError:
        raise _BadCode(f"code {code!r} is neither a CAMEO code (eventwire/coding/data/cameo.tsv) nor a "
                       "dictionary code (two to four digits, at most one letter after them: '174K')") from None


def _code(text: str, ontology: Ontology) -> tuple[str | None, bool, str | None]:
    """A bracketed code's text -> (the code or None for '---', symmetric, the code of the
    act back for a pair "[032:033]" or None: a second code neither CAMEO nor well formed
    codes nothing back)."""
    parts = [p.strip() for p in text.split(":")]
    if len(parts) > 2 or not all(parts):
        raise _BadLine(f"bad code [{text}]; expected [042], [---] or [032:033]")
    first = parts[0]
    if first == "---":
        return None, False, None
    first = _known(first, ontology)
    back = None
    if len(parts) == 2 and parts[1] != "---":
        try:
            back = _known(parts[1], ontology)
        except _BadCode as bad:
            log.warning("%s; no act back coded", bad)
    return first, len(parts) == 2 and parts[1] == first, back


def read_verb_dictionary(path: str | Path, *, strict: bool = True,
                         ontology: Ontology | None = None) -> VerbDictionary:
    """Read a TABARI/PETRARCH verb dictionary.

    With ``strict`` (the default) the first bad line raises
    :class:`~eventwire.errors.KnowledgeBaseError` naming the file and line; with
    ``strict=False`` bad lines are logged, listed in ``problems`` and skipped.
    """
    ontology = ontology or Ontology.load()
    name = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise KnowledgeBaseError(name, None, f"cannot read verb dictionary ({exc})") from exc
    problems: list[DictionaryProblem] = []
    blocks: list[VerbBlock] = []
    synsets: dict[str, list[tuple[str, ...]]] = {}
    block: _Block | None = None
    synset: str | None = None
    in_comment = False

    for lineno, raw in enumerate(lines, start=1):
        text = raw.strip()
        if in_comment or text.startswith("<!"):
            in_comment = "-->" not in text
            continue
        text = _strip_comment(text).strip()
        if not text:
            continue
        try:
            if text.startswith("---"):
                match = _HEADER.match(text)
                body = match.group("body") if match else ""
                codes = _CODE.findall(body)
                verb = _CODE.sub(" ", body).strip()
                if not verb or not codes:
                    raise _BadLine("a block header needs a verb and a code: --- VERB [code] ---")
                if block is not None:
                    blocks.append(block.done())
                # The block starts even when its code is bad: its lines must not join the last one.
                block, synset = _Block(verb, None, False, lineno), None
                block.code, block.symmetric, block.reverse = _code(codes[0], ontology)
            elif text.startswith("&"):
                label = text.split()[0].rstrip("_")
                if len(text.split()) > 1:
                    raise _BadLine(f"a synset line holds only its name, got {text!r}")
                synset = label
                synsets.setdefault(label, [])
            elif text.startswith("-"):
                if block is None:
                    raise _BadLine("a pattern outside a verb block")
                codes = _CODE.findall(text)
                if not codes:
                    raise _BadLine("a pattern needs a code in brackets, e.g. '- * TIES [064]'")
                elements = _elements(_CODE.sub(" ", text[1:]))
                words = [w for w, _ in elements]
                if words.count("*") != 1:
                    raise _BadLine("a pattern needs exactly one '*' (the verb)")
                star = words.index("*")
                # joined: '_' to the neighbour toward the verb, when neither is a marker
                before_el = [(w, elements[i + 1][1] and elements[i + 1][0] not in MARKERS)
                             for i, (w, _) in enumerate(elements[:star]) if w not in MARKERS]
                after_el = [(w, j and elements[star + i][0] not in MARKERS)
                            for i, (w, j) in enumerate(elements[star + 1:]) if w not in MARKERS]
                before, before_joined = tuple(w for w, _ in before_el), tuple(j for _, j in before_el)
                after, after_joined = tuple(w for w, _ in after_el), tuple(j for _, j in after_el)
                compound = frozenset(side for side, part in (("source", words[:star]), ("target", words[star + 1:]))
                                     if COMPOUND in part)
                roles = _roles(elements[star + 1:], elements[:star])
                try:
                    code, symmetric, back = _code(codes[0], ontology)
                except _BadCode:
                    # Reported, and kept as a pattern of no event (as "[---]"): where it matches,
                    # PETRARCH codes something, not the verb's default code.
                    block.patterns.append(VerbPattern(before, after, None, False, lineno, compound,
                                                      before_joined, after_joined, roles))
                    raise
                block.patterns.append(VerbPattern(before, after, code, symmetric or block.symmetric, lineno, compound,
                                                  before_joined, after_joined, roles, back))
            elif text.startswith("+") and synset is not None:
                member = _words(text[1:])
                if not member:
                    raise _BadLine("an empty synset member")
                synsets[synset].append(member)
            else:
                if block is None:
                    raise _BadLine(f"a verb form outside a verb block: {text!r}")
                synset = None
                codes = _CODE.findall(text)
                # a '+' inside a multi-word form marks its verb ("WIRE_+TAP"); kept for _verb
                inflections = tuple(_words(f) for forms in _FORMS.findall(text)
                                    for f in forms.split() if f.strip("+"))
                head = _words(_FORMS.sub(" ", _CODE.sub(" ", text)))
                if not head:
                    raise _BadLine("a verb form line without a verb")
                form = VerbForm(head, inflections, None if codes else block.code, lineno)
                block.forms.append(form)  # kept for the block's patterns even when its code is bad
                if codes:
                    block.forms[-1] = VerbForm(head, inflections, _code(codes[0], ontology)[0], lineno)
        except _BadLine as bad:
            if strict:
                raise KnowledgeBaseError(name, lineno, str(bad)) from None
            problems.append(DictionaryProblem(name, lineno, str(bad)))
            log.warning("%s:%d: %s; skipped", name, lineno, bad)
    if block is not None:
        blocks.append(block.done())
    if problems:
        log.warning("%s: read %d verb blocks, skipped %d bad lines", name, len(blocks), len(problems))
    return VerbDictionary(name, tuple(blocks), {k: tuple(v) for k, v in synsets.items()}, tuple(problems))


# -- into the lexicon --------------------------------------------------------------

LemmaOf = Callable[[str], str]


def simple_lemma(word: str) -> str:
    """A verb's lemma without a model: the lower-cased word ("ABANDON" -> "abandon")."""
    return word.lower()


def model_lemma(nlp) -> LemmaOf:
    """The lemma a spaCy pipeline's lemmatizer gives a word read as a verb
    ("SAID" -> "say", "MET" -> "meet"); the lower-cased word when it has none."""
    from spacy.tokens import Doc

    if "lemmatizer" not in nlp.pipe_names:
        return simple_lemma
    lemmatizer = nlp.get_pipe("lemmatizer")

    def lemma_of(word: str) -> str:
        doc = Doc(nlp.vocab, words=[word.lower()], pos=["VERB"])
        try:
            found = lemmatizer.rule_lemmatize(doc[0])
        except (AttributeError, KeyError, ValueError):
            return word.lower()
        return (found[0] if found else word).lower()

    return lemma_of


def _alternatives(word: str, synsets: dict[str, tuple[tuple[str, ...], ...]], seen: frozenset[str] = frozenset(),
                  ) -> frozenset[tuple[str, ...]]:
    """A pattern word as alternative phrases of stemmed words (a synset gives one per member,
    its words consecutive), and of the words as written (petr50: a plural noun of the
    sentence is matched as written, ``patterns.context_words``)."""
    if not word.startswith("&"):
        return frozenset({(stem(word),), (word.lower(),)})
    label = word.rstrip("_")
    if label in seen or label not in synsets:
        raise KeyError(label)
    out: set[tuple[str, ...]] = set()
    for member in synsets[label]:
        if len(member) == 1 and member[0].startswith("&"):
            out |= _alternatives(member[0], synsets, seen | {label})
        else:
            out.add(tuple(stem(w) for w in member if not w.startswith("&")))
            out.add(tuple(w.lower() for w in member if not w.startswith("&")))
    return frozenset(out)


def _slots(words: tuple[str, ...], joined: tuple[bool, ...], synsets: dict[str, tuple[tuple[str, ...], ...]],
           *, before: bool) -> tuple[Slot, ...]:
    """A side of a pattern as :class:`~eventwire.coding.lexicon.Slot` s, going away from the
    verb (the words before it read backwards, and each phrase too)."""
    slots = [Slot(_alternatives(w, synsets), j) for w, j in zip(words, joined or (False,) * len(words))]
    if not before:
        return tuple(slots)
    return tuple(Slot(frozenset(p[::-1] for p in s.phrases), s.joined) for s in reversed(slots))


def _names_negation(before: tuple[Slot, ...]) -> bool:
    """True when a slot before the verb is a negation in each of its alternatives ("NOT",
    a synset of "DID N'T" and "WILL NOT"): the pattern's code is that of the act not done."""
    return any(all(NEGATIONS & set(phrase) for phrase in slot.phrases) for slot in before)


def _form_words(words: tuple[str, ...]) -> tuple[str, str | None, tuple[str, ...], tuple[str, ...]]:
    """(verb, particle, words before it, words after it) of a verb form. The word marked '+'
    is the verb ("WIRE_+TAP": "tap" after "wire"; "+REFUSED_TO": "refused" before "to"), the
    first when a particle follows it ("+BREAK_DOWN"), else the last word; the form's other
    words must stand next to the verb for the form to hold, as in PETRARCH's multi-word verbs."""
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    words = tuple(w.lstrip("+") for w in words)
    if len(words) == 2 and words[1].lower() in PARTICLES and marked in ([], [0]):
        return words[0], words[1].lower(), (), ()
    at = marked[0] if marked else len(words) - 1
    return words[at], None, words[:at] if marked else (), words[at + 1:]


def _verb(words: tuple[str, ...], lemma_of: LemmaOf) -> list[tuple[str, str | None, str | None]]:
    """The (lemma, particle, written form) keys of a verb form: "BREAK DOWN" -> ("break",
    "down", None); for other multi-word forms the word marked '+' or else the last word is
    the verb ("WIRE +TAP" -> "tap", :func:`_form_words`). A word the lemmatizer reads as an inflected form ("LEFT" -> "leave") is keyed
    under that lemma with its written form (``FORM_FLAG``: PETRARCH matches the word itself),
    and under the word as a base form too: out of context "EXPRESS", "STRESS" or "WOUND"
    are base forms the lemmatizer misreads ("expres", "wind")."""
    word, particle, _, _ = _form_words(words)
    word = word.lower()
    lemma = lemma_of(word)
    if lemma == word:
        return [(lemma, particle, None)]
    return [(lemma, particle, word), (word, particle, None)]


def verb_triggers(dictionary: VerbDictionary, lemma_of: LemmaOf = simple_lemma,
                  ) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """The dictionary's triggers by (lemma, "VERB"): patterns first (most words first), then defaults."""
    rows: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    problems = 0
    for block in dictionary.blocks:
        conditions: list[tuple[VerbPattern, tuple, tuple]] = []
        for pattern in block.patterns:
            try:
                before = _slots(pattern.before, pattern.before_joined, dictionary.synsets, before=True)
                after = _slots(pattern.after, pattern.after_joined, dictionary.synsets, before=False)
            except KeyError as exc:
                problems += 1
                log.warning("%s:%d: unknown synset %s; pattern skipped", dictionary.path, pattern.line, exc)
                continue
            conditions.append((pattern, before, after))
        for form, words in ((form, words) for form in block.forms for words in (form.words, *form.inflections)):
            # a multi-word verb's other words ("WIRE_+TAP"): conditions next to the verb
            _, _, ahead, behind = _form_words(words)
            own_before = _slots(ahead, (True,) * len(ahead), {}, before=True)
            own_after = _slots(behind, (True,) * len(behind), {}, before=False)
            for lemma, particle, written in _verb(words, lemma_of):
                key = (lemma, "VERB")
                written_flags = frozenset({FORM_FLAG + written} if written else ())
                for pattern, before, after in conditions:
                    flags = frozenset({"sym", IMPORTED_FLAG} if pattern.symmetric else {IMPORTED_FLAG}) | written_flags
                    flags |= {COMPOUND_FLAG + side for side in pattern.compound}
                    if pattern.code is None:  # "[---]" or a bad code: no event where it holds
                        flags |= {NULL_FLAG}
                    elif _names_negation(before):
                        flags |= {NEGATION_FLAG}
                    # the act back: a pair's second code ("[032:033]"), or, for a compound
                    # subject ("- % * [191]"), each of the pair to the other with the same code
                    back = pattern.reverse or (pattern.code if "source" in pattern.compound else None)
                    if pattern.code is not None and back is not None:
                        flags |= {REVERSE_FLAG + back}
                    roles = pattern.roles
                    if roles.source_after is not None:
                        flags |= {f"{SOURCE_AFTER_FLAG}{roles.source_after}:{roles.source_skips}"}
                    if roles.target_before:
                        flags |= {TARGET_BEFORE_FLAG}
                    if roles.target_past:
                        flags |= {TARGET_PAST_FLAG + roles.target_past}
                    if roles.target_at:
                        flags |= {TARGET_AT_FLAG + roles.target_at}
                    slots = tuple(s for s in IMPORTED_SLOTS if s[5:] not in roles.skipped_preps)
                    if roles.target_prep:
                        slots = (f"prep:{roles.target_prep}", *(s for s in slots if s[5:] != roles.target_prep))
                    rows[key].append(Trigger(lemma, particle, "VERB", pattern.code or NULL_CODE, slots,
                                             frozenset(), frozenset(), flags, pattern.line, own_before + before,
                                             own_after + after, table=Path(dictionary.path).name))
                if form.code is not None:
                    flags = frozenset({"sym", IMPORTED_FLAG} if block.symmetric else {IMPORTED_FLAG}) | written_flags
                    if block.reverse is not None and form.code == block.code:
                        flags |= {REVERSE_FLAG + block.reverse}
                    rows[key].append(Trigger(lemma, particle, "VERB", form.code, IMPORTED_SLOTS, frozenset(),
                                             frozenset(), flags, form.line, own_before, own_after,
                                             table=Path(dictionary.path).name))
    if problems:
        log.warning("%s: %d patterns skipped", dictionary.path, problems)

    def order(t: Trigger) -> tuple:
        return (not (t.has_condition or t.compound), -(len(t.before) + len(t.after)), t.particle is None, t.line)

    return {k: tuple(sorted(dict.fromkeys(v), key=order)) for k, v in rows.items()}


def with_verb_dictionaries(paths: Iterable[str], lemma_of: LemmaOf = simple_lemma,
                           base: Lexicon | None = None) -> Lexicon:
    """The shipped lexicon (or ``base``) with the verbs of the given dictionaries
    replacing its entries for the same verbs; later files win over earlier ones."""
    lexicon = base or load_lexicon()
    for name in paths:
        if not Path(name).exists():
            raise KnowledgeBaseError(name, None, "verb dictionary not found (setting 'verb_dictionaries')")
        dictionary = read_verb_dictionary(name, strict=False)
        rows = verb_triggers(dictionary, lemma_of)
        log.info("%s: %d verb blocks, %d verbs (%d problems skipped)", name, len(dictionary),
                 len(rows), len(dictionary.problems))
        lexicon = lexicon.overridden(rows)
    return lexicon
