"""The event vocabulary: trigger words and object word classes, from data files.

``data/triggers.tsv`` maps a lemma (and part of speech) to a CAMEO code and
says where its target is; ``data/objects.tsv`` gives the word classes used in
object conditions (``@military``). Both are loaded once, checked against the
ontology, and bad lines are reported with file and line.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..datafiles import tsv_body
from ..errors import KnowledgeBaseError
from .ontology import Ontology

FLAGS = {"sym", "notarget", "light", "own", "org", "body", "bare", "nopeople", "event", "armed", "clause", "said",
         "negated", "persist", "passive", "armedalone", "resumed", "fromsource"}
# The giver is whom the verb's "from" names, the verb's subject the one given to ("Ukraine received
# weapons from Denmark": DNK -> UKR 072): a trigger row's ``source_after`` of ("from", 0) (recall48).
FROM_SOURCE_FLAG = "fromsource"
# With no target named, only an armed force's act ("rebels surrendered"; not "the gunman
# surrendered", who needs "to police"): ``violence.unarmed_acts`` drops the others.
ARMED_ALONE_FLAG = "armedalone"
# A row that codes by what the clause its verb governs says ("said Iran was behind the
# attack": 112), not by the word itself: the word has no type of its own for the pair model.
CLAUSE_FLAG = "clause"
AIMED = "aimed:"  # a flag with a code: "aimed:195"
ORG = "org:"  # a flag with a code: "org:160"
COURT = "court:"  # a flag with a code: "court:116"
# A flag with a code: "unarmed:143", the code when the doer is neither armed nor a state
# ("workers staged a strike": a stoppage of work, not an air strike; ``violence.unarmed_acts``).
UNARMED = "unarmed:"
CODED_FLAGS = (AIMED, ORG, COURT, UNARMED)
# Imported verb patterns with PETRARCH's compound marker (``verbdict.py``): the row holds
# only when the subject ("compound:source") or an object ("compound:target") is conjoined.
COMPOUND_FLAG = "compound:"
# Imported verb patterns coded "[---]" or with a code outside CAMEO (``verbdict.py``): a row
# that, when its words match, stops the verb from coding (PETRARCH codes no event, or an
# event we cannot carry), rather than letting a less specific row code it wrongly.
NULL_FLAG, NULL_CODE = "null", "---"
# An imported pattern that names the negation before its verb ("- WILL NOT * [081]",
# "- &NEGATVAUXVRB * [..]"): its code is the code of the act not done, as PETRARCH codes it.
NEGATION_FLAG = "negation"
# Rows of imported verb dictionaries: with no target in their slots, the first other actor
# after the verb in its phrase is the target, as PETRARCH takes it.
IMPORTED_FLAG = "imported"
# An imported pattern whose source comes after the verb ("+ * FROM $"): "source-after:from:0",
# the preposition ("" for the first actor after the verb) and the actors skipped ("^").
SOURCE_AFTER_FLAG = "source-after:"
# An imported pattern whose target marker comes before the verb ("- NOTED + *"): the verb's
# subject is the target, the subject of the clause it depends on the source.
TARGET_BEFORE_FLAG = "target-before"
# "* AT ^ +": the target is the first actor after the one the preposition names ("target-past:at").
TARGET_PAST_FLAG = "target-past:"
# "+ HOSTING * MAY_DAY $": the target marker before a pattern word before the verb; the
# target is that word's subject ("target-at:hosting"), not the verb's.
TARGET_AT_FLAG = "target-at:"
# A row of an imported verb written as an inflected form ("--- LEFT [032] ---" beside
# "--- LEAVE [012] ---"): "form:left". PETRARCH matches the written word, so where the
# sentence has that word the row comes before rows of the same lemma (:func:`by_form`).
FORM_FLAG = "form:"
# An imported row that codes the act back as well (``verbdict.py``): "reverse:033" for a pair
# of codes "[032:033]" (the target acts toward the source with the second code), or the row's
# own code for PETRARCH's compound before the verb ("- % * [191]": each of the pair to the other).
REVERSE_FLAG = "reverse:"
SLOT_KINDS = {"dobj", "dative", "xcomp-obj"}
# A row that holds only where its verb is negated (flag ``negated``): "will no longer tolerate
# attacks by Hamas" is a threat, "tolerated the protest" no event. Kept as a word condition
# before the verb (``Trigger.before``, as an imported pattern's), read back from it: the
# negation right before the verb, stepping over only PETRARCH's skipped words.
NEGATED_FLAG = "negated"
# A row that holds only where its verb goes on to the end (flag ``persist``): "vowed to fight
# on", "sworn to fight until they take the city", "to fight to the death" (``Trigger.after``:
# the words right after the verb).
PERSIST_FLAG = "persist"
# A row that holds only where its verb is passive, with an agent (flag ``passive``): "the
# minister was joined by the ambassador" (a form of "be" before the verb, "by" after it).
PASSIVE_FLAG = "passive"
# (recall45) A row that holds only where its verb is begun again (flag ``resumed``): "will resume
# issuing tourist visas for Chinese citizens" eases a restriction; "the embassy issued visas to
# students" is routine work (``Trigger.before``: the words right before the verb).
RESUMED_FLAG = "resumed"
ARMED_CLASSES = {"military", "force"}  # word classes of armed forces (objects.tsv)
NO_CLASSES: frozenset[str] = frozenset()  # the classes of a word objects.tsv does not name


# PETRARCH's words that a pattern may step over even where its words must be consecutive
# (``skip_item``): articles, some pronouns and the auxiliary "have"; and the hyphen our
# tokenizer splits off, where the Penn Treebank keeps one word ("wire-tapped" for WIRE_+TAP).
SKIPPED_WORDS = frozenset({"the", "a", "an", "it", "he", "they", "her", "has", "had", "have", "some", "few",
                           "that", "-"})


@dataclass(frozen=True, slots=True)
class Slot:
    """One word or synset of an imported verb pattern (``verbdict.py``).

    ``phrases``: its alternatives, each consecutive words (stemmed, :func:`stem`) in the
    order the slot is read, going away from the verb; ``joined``: the slot must follow
    the verb or the slot before it directly (PETRARCH's ``_``: "RECENTLY_*", "*_ON"),
    where a blank lets other words come between ("NOT * RELATIONS").
    """

    phrases: frozenset[tuple[str, ...]]
    joined: bool = False


# (also "refused to", "declined to": "refused to rule out military action against Iran" does not
# rule it out, as "did not rule out")
NEGATION_SLOT = Slot(frozenset({("not",), ("n't",), ("never",), ("longer", "no"), ("to", "refuse"), ("to", "decline")}),
                     joined=True)
PERSIST_SLOT = Slot(frozenset({("on",), ("until",), ("till",), ("to", "end"), ("to", "death"), ("to", "last"),
                               ("to", "finish")}), joined=True)

BE_SLOT, BY_SLOT = Slot(frozenset({("be",)})), Slot(frozenset({("by",)}))  # flag ``passive``
RESUME_SLOT = Slot(frozenset({(w,) for w in ("resume", "restart", "begin", "start", "reopen")}
                             | {("to", w) for w in ("resume", "restart", "begin", "start")}), joined=True)


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the sentence as patterns see it: its stemmed forms (lemma and text)."""

    keys: frozenset[str]
    skippable: bool = False  # one of SKIPPED_WORDS

    @classmethod
    def of(cls, lemma: str, lower: str) -> Word:
        return cls(frozenset({stem(lemma), stem(lower)}), lower in SKIPPED_WORDS)


def _phrase_end(phrase: tuple[str, ...], words: Sequence[Word], at: int) -> int | None:
    """Where ``phrase`` ends when it starts at ``words[at]`` (skippable words may come between
    its words), or None."""
    i = at
    for n, key in enumerate(phrase):
        while n and i < len(words) and key not in words[i].keys and words[i].skippable:
            i += 1
        if i >= len(words) or key not in words[i].keys:
            return None
        i += 1
    return i


def _matches(slots: Sequence[Slot], words: Sequence[Word], start: int = 0) -> bool:
    """True when ``slots`` match ``words`` in order from ``start`` (a slot not ``joined`` may
    skip words; a joined one only skippable words)."""
    if not slots:
        return True
    slot, rest = slots[0], slots[1:]
    for at in range(start, len(words)):
        for phrase in slot.phrases:
            end = _phrase_end(phrase, words, at)
            if end is not None and _matches(rest, words, end):
                return True
        if slot.joined and not words[at].skippable:
            return False
    return False


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    particle: str | None  # "call on" -> particle "on"
    pos: str
    cameo: str
    slots: tuple[str, ...]
    object_classes: frozenset[str]  # @class conditions
    object_lemmas: frozenset[str]  # plain lemma conditions
    flags: frozenset[str]
    line: int
    # Word conditions of imported verb patterns (``verbdict.py``), in order going away from
    # the verb on each side: see :class:`Slot`.
    before: tuple[Slot, ...] = ()
    after: tuple[Slot, ...] = ()
    table: str = "triggers.tsv"  # the file of the row, for an event's provenance (``coder``)
    # Read by the coder of every row it tries, so made once with the row (not compared):
    # an imported pattern that names words around its verb (``before``/``after``); a row
    # of a symmetric act (flag ``sym``); a row of an imported verb dictionary (``IMPORTED_FLAG``);
    # the sides ("source", "target") that must be conjoined actors for the row to hold
    # (``COMPOUND_FLAG``).
    patterned: bool = field(init=False, repr=False, compare=False)
    symmetric: bool = field(init=False, repr=False, compare=False)
    imported: bool = field(init=False, repr=False, compare=False)
    compound: frozenset[str] = field(init=False, repr=False, compare=False)
    # What the coder reads of the flags of every row it tries or codes, also made once with the row:
    # a row that, when it holds, codes no event (``NULL_FLAG``); the code when a target is named
    # ("aimed:195": launching missiles at someone), when the target is an organisation ("org:160":
    # withdrawing from the ICC), when a court acts ("court:116": a court finds an act unlawful),
    # when the doer is neither armed nor a state ("unarmed:143": a strike by workers);
    # (preposition or "", actors skipped) when the source comes after the verb (``SOURCE_AFTER_FLAG``),
    # its target being the subject; True when the target comes before the verb (``TARGET_BEFORE_FLAG``);
    # the preposition whose actor an imported pattern skips for its target (``TARGET_PAST_FLAG``).
    null: bool = field(init=False, repr=False, compare=False)
    aimed_code: str | None = field(init=False, repr=False, compare=False)
    org_code: str | None = field(init=False, repr=False, compare=False)
    court_code: str | None = field(init=False, repr=False, compare=False)
    unarmed_code: str | None = field(init=False, repr=False, compare=False)
    source_after: tuple[str, int] | None = field(init=False, repr=False, compare=False)
    target_before: bool = field(init=False, repr=False, compare=False)
    target_past: str | None = field(init=False, repr=False, compare=False)

    @classmethod
    def made(cls, lemma: str, pos: str, cameo: str, slots: tuple[str, ...] = (), *,
             table: str = "triggers.tsv") -> "Trigger":
        """A row the code makes, with no condition, flag or line of a file (an ultimatum, a
        claimed attack, the detector's coding): ``table`` names what made it."""
        return cls(lemma, None, pos, cameo, slots, frozenset(), frozenset(), frozenset(), 0, table=table)

    def __post_init__(self) -> None:
        object.__setattr__(self, "patterned", bool(self.before or self.after))
        object.__setattr__(self, "symmetric", "sym" in self.flags)
        object.__setattr__(self, "imported", IMPORTED_FLAG in self.flags)
        object.__setattr__(self, "compound", frozenset(
            f[len(COMPOUND_FLAG):] for f in self.flags if f.startswith(COMPOUND_FLAG)))
        object.__setattr__(self, "null", NULL_FLAG in self.flags)
        for name, prefix in (("aimed_code", AIMED), ("org_code", ORG), ("court_code", COURT),
                             ("unarmed_code", UNARMED), ("target_past", TARGET_PAST_FLAG)):
            object.__setattr__(self, name, next((f[len(prefix):] for f in self.flags if f.startswith(prefix)), None))
        after = next((f[len(SOURCE_AFTER_FLAG):] for f in self.flags if f.startswith(SOURCE_AFTER_FLAG)), None)
        if after is not None:
            prep, _, skips = after.partition(":")
            object.__setattr__(self, "source_after", (prep, int(skips)))
        elif FROM_SOURCE_FLAG in self.flags:
            object.__setattr__(self, "source_after", ("from", 0))
        else:
            object.__setattr__(self, "source_after", None)
        object.__setattr__(self, "target_before", TARGET_BEFORE_FLAG in self.flags)

    @property
    def has_condition(self) -> bool:
        return bool(self.object_classes or self.object_lemmas or self.patterned)

    def names_object(self, lemma: str, lexicon: Lexicon) -> bool:
        """True for a word that meets the row's object condition ("fire" of "opened fire on")."""
        return lemma in self.object_lemmas or bool(self.object_classes & lexicon.classes_of(lemma))

    def moves(self, lemma: str, lexicon: Lexicon) -> bool:
        """True for forces that meet the row's object condition ("deployed troops",
        "withdrew its soldiers"): what the act moves, not whom it is aimed at. Not for a row whose
        target is its object (lead51: "captured five soldiers", "expelled the militants": the
        forces it names are acted on)."""
        if self.slots and self.slots[0] == "dobj":
            return False
        return bool(lexicon.classes_of(lemma) & ARMED_CLASSES) and self.names_object(lemma, lexicon)

    def fits_context(self, before: Sequence[Word], after: Sequence[Word]) -> bool:
        """True when the pattern's slots match, in order, the words before the verb (read
        backwards from it) and after it (see :class:`Slot`)."""
        return _matches(self.before, before) and _matches(self.after, after)

    @property
    def reverse_code(self) -> str | None:
        """The code of the act back from the target to the source (``REVERSE_FLAG``), or None."""
        for f in self.flags:
            if f.startswith(REVERSE_FLAG):
                return f[len(REVERSE_FLAG):]
        return None

    @property
    def target_at(self) -> str | None:
        """The pattern word before the verb whose subject is the target (``TARGET_AT_FLAG``)."""
        return next((f[len(TARGET_AT_FLAG):] for f in self.flags if f.startswith(TARGET_AT_FLAG)), None)

    @property
    def codes_negation(self) -> bool:
        """True for an imported pattern that names its verb's negation (``NEGATION_FLAG``)."""
        return NEGATION_FLAG in self.flags

    @property
    def form(self) -> str | None:
        """The written word of an imported row entered as an inflected form (``FORM_FLAG``)."""
        return next((f[len(FORM_FLAG):] for f in self.flags if f.startswith(FORM_FLAG)), None)


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], tuple[Trigger, ...]]  # (lemma, pos) -> rows, specific first
    classes: dict[str, frozenset[str]]  # lemma -> classes

    def for_token(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        return self.triggers.get((lemma, pos), ())

    def classes_of(self, lemma: str) -> frozenset[str]:
        return self.classes.get(lemma, NO_CLASSES)

    def overridden(self, rows: dict[tuple[str, str], tuple[Trigger, ...]]) -> Lexicon:
        """A lexicon whose entries for the given (lemma, pos) keys are replaced by ``rows``
        (imported verb dictionaries); other entries stay."""
        return Lexicon({**self.triggers, **rows}, self.classes)


def by_form(rows: tuple[Trigger, ...], word: str) -> tuple[Trigger, ...]:
    """``rows`` for a token written ``word``: the rows entered as that written form first,
    then rows of no form, then rows entered as another form of the lemma (``FORM_FLAG``:
    "left" takes the LEFT block before the LEAVE block, "leaving" the LEAVE block first)."""
    if not rows or not rows[0].imported or not any(r.form for r in rows):
        return rows  # (an imported verb replaces all rows of its lemma: the first says)
    return tuple(sorted(rows, key=lambda r: 1 if r.form is None else 0 if r.form == word else 2))


def stem(word: str) -> str:
    """A crude plural-stripping key shared by pattern words and sentence words
    ("TIES" and "tie" both give "tie")."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def load_objects(path: Path) -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = defaultdict(set)
    for lineno, cells in tsv_body(path):
        if len(cells) != 2 or not all(cells):
            raise KnowledgeBaseError(str(path), lineno, "expected two cells: lemma, class")
        classes[cells[0].lower()].add(cells[1])
    return {k: frozenset(v) for k, v in classes.items()}


def load_triggers(path: Path, ontology: Ontology, known_classes: set[str]) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    rows: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for lineno, cells in tsv_body(path):
        cells += [""] * (6 - len(cells))
        if len(cells) > 6:
            raise KnowledgeBaseError(str(path), lineno, f"{len(cells)} cells, expected at most 6")
        lemma_text, pos, cameo, target, obj, flags = cells
        if not lemma_text or pos not in ("VERB", "NOUN"):
            raise KnowledgeBaseError(str(path), lineno, "needs a lemma and pos VERB or NOUN")
        if cameo not in ontology and cameo != NULL_CODE:
            raise KnowledgeBaseError(str(path), lineno, f"unknown CAMEO code {cameo!r}")
        slots = tuple(s for s in target.split("|") if s)
        for slot in slots:
            if slot not in SLOT_KINDS and not slot.startswith("prep:"):
                raise KnowledgeBaseError(str(path), lineno, f"unknown target slot {slot!r}")
        conditions = [c for c in obj.split("|") if c]
        classes = frozenset(c[1:] for c in conditions if c.startswith("@"))
        unknown = classes - known_classes
        if unknown:
            raise KnowledgeBaseError(str(path), lineno, f"unknown object class(es) {sorted(unknown)}")
        flag_set = frozenset(f for f in flags.split(",") if f)
        unknown_flags = {f for f in flag_set - FLAGS if not f.startswith(CODED_FLAGS)}
        if unknown_flags:
            raise KnowledgeBaseError(str(path), lineno, f"unknown flag(s) {sorted(unknown_flags)}")
        for flag in flag_set - FLAGS:
            if flag.partition(":")[2] not in ontology:
                raise KnowledgeBaseError(str(path), lineno, f"flag {flag!r}: unknown CAMEO code")
        if cameo == NULL_CODE:  # a row of no event: where its conditions hold, the word codes nothing
            flag_set |= {NULL_FLAG}
        lemma, _, particle = lemma_text.partition(" ")
        before = (NEGATION_SLOT,) if NEGATED_FLAG in flag_set else (BE_SLOT,) if PASSIVE_FLAG in flag_set \
            else (RESUME_SLOT,) if RESUMED_FLAG in flag_set else ()
        after = (PERSIST_SLOT,) if PERSIST_FLAG in flag_set else (BY_SLOT,) if PASSIVE_FLAG in flag_set else ()
        rows[(lemma, pos)].append(
            Trigger(lemma, particle or None, pos, cameo, slots, classes,
                    frozenset(c for c in conditions if not c.startswith("@")), flag_set, lineno,
                    before=before, after=after, table=path.name)
        )
    return {k: tuple(sorted(v, key=lambda t: (not t.has_condition, t.particle is None, t.line)))
            for k, v in rows.items()}


def data_path(name: str) -> Path:
    return Path(str(resources.files("eventwire.coding").joinpath("data", name)))


@functools.lru_cache(maxsize=2)
def load_lexicon(directory: str | None = None) -> Lexicon:
    base = Path(directory) if directory else data_path("")
    classes = load_objects(base / "objects.tsv")
    known = {c for v in classes.values() for c in v}
    return Lexicon(load_triggers(base / "triggers.tsv", Ontology.load(), known), classes)
