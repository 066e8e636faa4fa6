"""Imported verb patterns read against a sentence (``verbdict.py``), as PETRARCH reads them.

:func:`context_words` gives the words a pattern's slots are matched against
(:meth:`Trigger.fits_context <eventwire.coding.lexicon.Trigger.fits_context>`): before
the verb in its clause, back to a comma, read backwards from it; after it, in its
phrase. :func:`first_actor_after` is PETRARCH's target when an imported verb's slots
name none: the first other actor after the verb in its phrase. :func:`source_after`
reads a pattern whose source marker ``$`` comes after the verb ("+ * FROM $"),
:func:`target_before` one whose target marker ``+`` comes before it ("NOTED + *"),
:func:`target_past` one whose target comes past a skipped actor ("* AT ^ +");
:func:`compound_fits` its ``%`` condition; :func:`with_members` the codings of a mention
of several actors (an imported compound code); :func:`with_reverse` the act back that a
pair of codes ("[032:033]") or a compound subject codes; :func:`named_by_pattern` a noun that a
pattern on its verb names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..actors.component import span_value
from .lexicon import FROM_SOURCE_FLAG, REVERSE_FLAG, Trigger, Word, stem
from .mentions import DocContext, MentionReader
from .violence import Arg

if TYPE_CHECKING:
    from .coder import Coder, Coding

# Dependents of a verb after it that are not of its phrase: a clause of its own ("after X
# was reported"), a verb or clause conjoined to it.
OWN_CLAUSE_DEPS = frozenset({"advcl", "conj", "cc", "parataxis", "punct"})
# (petr41) Dependents of a verb that are a clause it reports, when before it ("X welcomed Y,
# the agency said"): no target of an imported verb is read there (``with_members``).
REPORTED_BEFORE_DEPS = frozenset({"ccomp", "parataxis"})


def context_words(tok: Token) -> tuple[list[Word], list[Word]]:
    """The words before a trigger in its clause (back to a comma), read backwards from it,
    and those after it in its phrase, for the word conditions of imported verb patterns
    (``Trigger.before`` / ``after``)."""
    before: list[Word] = []
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        if t.text == ",":
            break
        before.append(_word(t))
    after = [_word(t) for t in tok.subtree if t.i > tok.i and not t.is_space]
    return before, after


def _word(t: Token) -> Word:
    """A word of the sentence as a pattern's words are matched against it. (petr50) A plural
    noun is matched as written, as PETRARCH matches it: the plural pattern word ("* DIPLOMATIC
    TIES") holds, a singular one does not ("* EFFORT [987]" is not "abandoned efforts", "*
    &PREPOSIT1 RESOLUTION [102]" not "adopt a set of resolutions"); other words by their stem,
    lemma or form ("TIES" still holds for "tie", "SAID" for "says")."""
    if t.tag_ in ("NNS", "NNPS") and t.lower_ != t.lemma_.lower():
        return Word(frozenset({t.lower_}))
    return Word.of(t.lemma_.lower(), t.lower_)


def phrase_after(verb: Token) -> Iterator[Token]:
    """The dependents after a verb that belong to its phrase (not ``OWN_CLAUSE_DEPS``), with
    an infinitive of purpose (:func:`purpose_infinitive`)."""
    return (c for c in verb.children if c.i > verb.i and (c.dep_ not in OWN_CLAUSE_DEPS or purpose_infinitive(c)))


def purpose_infinitive(clause: Token) -> bool:
    """(petr50) True for an infinitive of purpose hung on a verb as its adverbial clause ("went
    to Tehran to meet X", "signed an accord to supply X"; "in order to"): it has no subject of
    its own, so it is of the verb's phrase, as PETRARCH reads the verb phrase for a pattern's
    words and its target, not a clause of its own ("after X was reported")."""
    return clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i for c in clause.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") and c.lower_ != "in" for c in clause.children)


def _actors_after(doc: Doc, verb: Token) -> Iterator[tuple[Token, Span]]:
    """The actors after a verb in its phrase, in order, each with a token of it."""
    actor_at, seen = doc._.actor_at, []
    for child in phrase_after(verb):
        for t in child.subtree:
            span = actor_at(t.i)
            if span is not None and all(span != s for s in seen):
                seen.append(span)
                yield t, span


def first_actor_after(reader: MentionReader, doc: Doc, verb: Token, sources: list[Arg],
                      context: DocContext) -> list[Span]:
    """The first actor after a verb in its phrase (with those conjoined to it) whose actor
    is not a source's: PETRARCH's target ("acted on a resolution with Libya")."""
    own = {(sa or s._.actor).code for s, sa in sources}
    for t, span in _actors_after(doc, verb):
        if span._.actor.code not in own:
            return [s for s in reader.actors_at(doc, t, context) if s._.actor.code not in own] or [span]
    return []


def source_after(reader: MentionReader, doc: Doc, verb: Token, row: Trigger,
                 context: DocContext) -> tuple[list[Arg], list[Arg]] | None:
    """(sources, targets) of an imported pattern whose source comes after the verb
    (``Trigger.source_after``: "+ * MONEY $", "+ * FROM $"): that actor, and the verb's
    subject as the target; None when the sentence has no such actor (the usual roles then).
    The preposition may be parsed as the verb's particle ("broke in a rally": its object),
    and where its object is no actor, the first actor in its phrase ("in a Gondor rally")."""
    prep, skips = row.source_after
    if prep:
        objects = reader._prep_objects(reader._prep_heads(verb), prep)
        if not objects and any(c.dep_ == "prt" and c.lower_ == prep for c in verb.children):
            # the preposition read as the verb's particle ("broke in a parade"): its object
            objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        found = [s for p in objects for s in reader.actors_at(doc, p, context)]
        if not found:  # "in a Gondor rally": the first actor in its phrase, as PETRARCH reads it
            found = next(([s] for p in objects for t in p.subtree if (s := doc._.actor_at(t.i)) is not None), [])
    else:
        found = [span for _, span in _actors_after(doc, verb)]
    if len(found) <= skips:
        # (recall48) a row whose giver is its "from" (flag fromsource): no one named there, no event
        return ([], []) if FROM_SOURCE_FLAG in row.flags else None
    # the object of the preposition with those conjoined to it ("from Peru and Bolivia")
    chosen = found if prep and not skips else found[skips:skips + 1]
    marked = _marked_word(verb, row.target_at)
    subj = _pattern_subject(reader, marked) if marked is not None else None
    if subj is None:  # no such word, or one with no subject: the verb's
        subj = _pattern_subject(reader, verb)
    targets = [t for t in (reader.actors_at(doc, subj, context) if subj is not None else [])
               if all(t != s for s in chosen)]
    return [(s, None) for s in chosen], [(t, None) for t in targets]


def _pattern_subject(reader: MentionReader, verb: Token) -> Token | None:
    """(petr50) The subject a pattern's target marker before the verb stands for: the verb's
    subject, and in a passive clause its grammatical subject, the one acted on ("X was freed
    from Y" under "+ * FROM $": X, as "Y freed X" reads it), not the agent the coder takes
    for a passive's doer."""
    subj, passive = reader._subject(verb)
    if passive:
        acted_on = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return acted_on if acted_on is not None else subj
    return subj


def names_modal(row: Trigger, verb: Token) -> bool:
    """(petr50) True for an imported pattern that names a modal of its verb among its words
    before it ("- INDICATED SHOULD * [1011]": "indicated it should have acted"; "- * WOULD
    VISIT"): the modal is part of what the pattern codes, so the verb is not read as an act
    asked for or owed (``AskReader.asked_for``), which would leave the pattern unmatched."""
    if not row.imported or not row.before:
        return False
    modals = {stem(c.lower_) for c in verb.children if c.tag_ == "MD"}
    return bool(modals) and any(modals & set(phrase) for slot in row.before for phrase in slot.phrases)


def _marked_word(verb: Token, word: str | None) -> Token | None:
    """The nearest token before ``verb`` in its clause (back to a comma) that is the pattern
    word ``word`` (``Trigger.target_at``: "+ HOSTING * ..."), or None; an auxiliary of the verb
    ("+ HAS * ...") is the verb itself."""
    if word is None:
        return None
    key = stem(word)
    for t in reversed(verb.doc[verb.sent.start:verb.i]):
        if t.text == ",":
            return None
        if key in (stem(t.lower_), stem(t.lemma_)):
            return verb if t.head.i == verb.i and t.dep_ in ("aux", "auxpass") else t
    return None


def target_past(coder: Coder, doc: Doc, verb: Token, row: Trigger,
                context: DocContext) -> tuple[list[Arg], list[Arg]] | None:
    """(sources, targets) of an imported pattern that skips the actor a preposition names
    for its target (``Trigger.target_past``: "- * AT ^ + [162]", "warned at X of Y": Y):
    the first other actor after the verb in its phrase; None when there is none."""
    sources, _ = coder._sources(doc, verb, row, context)
    skipped = [s for p in coder._prep_objects(coder._prep_heads(verb), row.target_past)
               if (s := doc._.actor_at(p.i)) is not None]
    own = {(sa or s._.actor).code for s, sa in sources}
    for t, span in _actors_after(doc, verb):
        if all(span != s for s in skipped) and span._.actor.code not in own:  # with its conjuncts
            found = [s for s in coder.actors_at(doc, t, context) if all(s != k for k in skipped)] or [span]
            return sources, [(s, None) for s in found]
    return None


# How a clause hangs on the verb whose subject is the source of a "+ *" pattern.
DEPENDENT_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj"})


def target_before(reader: MentionReader, doc: Doc, verb: Token,
                  context: DocContext) -> tuple[list[Arg], list[Arg]] | None:
    """(sources, targets) of an imported pattern whose target marker comes before the verb
    (``Trigger.target_before``: "- NOTED + * [115]", "X noted that Y regretted ..."): the
    verb's subject is the target, the subject of the clause the verb depends on the source;
    None when the sentence has no such pair (the usual roles then)."""
    subj, _ = reader._subject(verb)
    targets = reader.actors_at(doc, subj, context) if subj is not None else []
    node = verb
    while targets and node.dep_ in DEPENDENT_CLAUSE_DEPS and node.head.i != node.i:
        node = node.head
        head_subj, _ = reader._subject(node) if node.pos_ in ("VERB", "AUX") else (None, False)
        sources = [s for s in (reader.actors_at(doc, head_subj, context) if head_subj is not None else [])
                   if all(s != t for t in targets)]
        if sources:
            return [(s, None) for s in sources], [(t, None) for t in targets]
    return None


def _told_before(verb: Token, target: Span) -> bool:
    """True when ``target`` is in a clause a verb reports before it ("X welcomed Y, the
    agency said": X is in the clause of "said", which comes first)."""
    tok = target.root
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.head.i == verb.i != tok.i and tok.i < verb.i and tok.dep_ in REPORTED_BEFORE_DEPS


def with_members(codings: list[Coding]) -> list[Coding]:
    """``codings`` with a mention that names several actors at once (``span._.actor_members``:
    an imported entry coded "[FRO/BIL/SAM]") made one coding for each of its actors, as
    TABARI and PETRARCH code such compound codes. An imported verb's coding whose target is
    in a clause the verb reports before it loses that target: PETRARCH reads a verb's target
    after it, so "X welcomed Y, the agency said" under "SAID [023]" is no act of the agency
    toward X (the agency only tells X's act) but the agency's statement to no one (petrsay45;
    dropped under the setting 'require_dyad', as PETRARCH drops it)."""
    codings = [dataclasses.replace(c, target=None, target_actor=None)
               if c.rule.imported and c.target is not None and c.trigger.pos_ == "VERB"
               and _told_before(c.trigger, c.target) else c for c in codings]
    if not any(c.source is not None and span_value(c.source, "actor_members")
               or c.target is not None and span_value(c.target, "actor_members") for c in codings):
        return codings
    out = []
    for c in codings:
        sources = (c.source._.actor_members if c.source is not None and c.source_actor is None else None) \
            or (c.source_actor,)
        targets = (c.target._.actor_members if c.target is not None and c.target_actor is None else None) \
            or (c.target_actor,)
        out += [dataclasses.replace(c, source_actor=s, target_actor=t) for s in sources for t in targets
                if s is None or t is None or s.code != t.code]
    return out


def with_reverse(codings: list[Coding]) -> list[Coding]:
    """``codings`` each followed by the act back from its target to its source where its
    imported row codes one (``Trigger.reverse_code``): "X left for Y" under "--- LEFT
    [032:033] ---" is X's visit (032) and Y's hosting of X (033); "X and Y have postponed
    their meeting" under "- % HAVE * [191]" each one's act toward the other, as PETRARCH
    codes them."""
    out = []
    for c in codings:
        out.append(c)
        back = c.rule.reverse_code
        if back is not None and c.target is not None:
            rule = dataclasses.replace(c.rule, cameo=back, flags=c.rule.flags - {REVERSE_FLAG + back})
            out.append(dataclasses.replace(c, rule=rule, source=c.target, target=c.source,
                                           source_actor=c.target_actor, target_actor=c.source_actor))
    return out


def compound_fits(coder: MentionReader, verb: Token, sides: frozenset[str]) -> bool:
    """True when each side an imported pattern marks as compound (``%``) is conjoined: the
    subject ("X and Y agree"), or an object or a preposition's object ("met X and Y")."""
    if "source" in sides:
        subj, _ = coder._subject(verb)
        if subj is None or not coder._conjuncts(subj):
            return False
    if "target" in sides:
        objects = [c for c, dep, _ in coder._children(verb) if dep in ("dobj", "dative")]
        objects += [p for words in coder._prep_map(verb).values() for p in words]
        if not any(coder._conjuncts(o) for o in objects):
            return False
    return True


def named_by_pattern(coder: Coder, noun: Token) -> bool:
    """True for a noun its verb's imported pattern names ("broke down a treaty" under
    "* TREATY [161]"): the pattern codes the whole, the noun no event of its own. Only
    when the lexicon has such patterns (``Coder._patterned``), never for the shipped one."""
    if not coder._patterned:
        return False
    gov = coder._governor(noun)
    row = coder._choose(gov, "VERB") if gov is not None and gov.pos_ == "VERB" else None
    return row is not None and row.patterned
