"""The trigger rows of a sentence's words.

:class:`TriggerChooser` is the part of the coder (:class:`~eventwire.coding.coder.Coder`)
that chooses the lexicon row a word codes by (:meth:`_choose`: its particles, objects,
compounds and the words around), yields a sentence's triggers (:meth:`triggers`) and tells
a verb that states one event with its trigger-noun object (:meth:`_carries_noun`).
Split from ``coder.py`` in the twenty-ninth round (recall44), with no change of behaviour.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN, VERB
from spacy.tokens import Span, Token

from .filters import TriggerFilter
from .frames import Frames, entitled, permitted_by_instrument
from .lexicon import Lexicon, Trigger, by_form
from .mends import lower_lemma
from .patterns import compound_fits, context_words, named_by_pattern
from .predicates import clause_predicates, negated, negated_predicates
from .reading import Obligation, antecedents, undoes
from .wordscan import WordScan

# Roots of acts about another act ("threatened strikes on Iran", "rejected talks with the US",
# "offered aid to Sudan"): their target is the one that act is aimed at, by the prepositions
# of parties.AIMED_PREPOSITIONS.
AIMED_ACT_ROOTS = {"02", "03", "10", "12", "13"}
# Roots of a conditioned verb row that is an act of its own about the event noun it names
# ("called the strikes a declaration of war", "accepted demands from the opposition",
# "dispersed the protest").
DISAPPROVE_ROOT = "11"
OWN_ACT_ROOTS = {DISAPPROVE_ROOT, "08", "17"}
# (recall40) Nouns of a permission: what one is "for" is an object of the verb that grants or
# denies it ("denied permission for the march": triggers.tsv rows on "for march").
OUTFIT_CLASS = "outfit"  # what a trigger noun before it names the kind of ("riot police")
AID_CLASS = "aid"  # (senses51) what an amount "in" it is aid ("$5 million in aid": objects.tsv @aid)
PERMISSION_NOUNS = {"permission", "permit", "authorisation", "authorization", "approval", "clearance"}


def _adjective_conjuncts(adj: Token) -> list[Token]:
    """The adjectives conjoined to ``adj`` ("swift, forceful and decisive": the last two)."""
    out = []
    for c in adj.children:
        if c.dep_ == "conj" and c.pos_ == "ADJ" and not negated(c):  # not "swift but not decisive"
            out += [c, *_adjective_conjuncts(c)]
    return out


# id of a row -> the row (held, so that its id names no other) and :func:`_last_words`
_LAST_WORDS: dict[int, tuple[Trigger, frozenset[str]]] = {}


def _last_words(row: Trigger) -> frozenset[str]:
    """The last words of a row's object lemmas ("strike" of "on strike", "guilty" of "not guilty"): the
    lemma of the object word each names (``_object_words``). Read once per row."""
    found = _LAST_WORDS.get(id(row))
    if found is None:
        found = _LAST_WORDS[id(row)] = (row, frozenset(w.rsplit(" ", 1)[-1] for w in row.object_lemmas))
    return found[1]


class TriggerChooser(TriggerFilter):
    """The lexicon rows of a sentence's words, chosen once per word and part of speech."""

    lexicon: Lexicon
    bystander_verbs: frozenset[str]
    frames: Frames | None
    obligation: Obligation | None
    _scan: WordScan
    _patterned: bool

    def _carries_noun(self, verb: Token) -> bool:
        """True when a verb and its trigger-noun object state one event ("held talks",
        "imposed sanctions", "launched strikes"); False when the verb is an act of its
        own about that event ("condemned the bombing")."""
        if verb.pos_ != "VERB":
            return True
        if undoes(verb, self.bystander_verbs):
            return False  # telling, seeing or countering the act ("police suppressed protests")
        row = self._choose(verb, "VERB")
        if row is not None and row.patterned:
            return False  # an imported pattern naming its words ("* TREATY [161]") codes the whole
        if row is not None and row.source_after:
            # (recall48) "Ukraine received aid from the US": the verb names the giver; the noun
            # would take the receiver, the verb's subject, for the doer
            return False
        # A threat, offer, appeal, demand or rejection of an act is an act of its own
        # ("threatened military strikes on Iran": the threat, not strikes).
        # A disapproval is one too ("called Rwanda's support for M23 a declaration of war").
        # So is yielding to one ("accepted demands from the opposition": 083, and the demand).
        return row is None or "light" in row.flags or (
            row.has_condition and row.cameo[:2] not in AIMED_ACT_ROOTS and row.cameo[:2] not in OWN_ACT_ROOTS)

    def _is_trigger_noun(self, tok: Token) -> bool:
        """A noun that codes an event here: "missile" in "a missile strike", not in "an
        Iranian missile destroyed a house" (its rows need "strike" or "attack" on it)."""
        return tok.pos_ == "NOUN" and self._choose(tok, "NOUN") is not None

    # -- triggers ----------------------------------------------------------------
    def _object_words(self, tokens: list[Token]) -> tuple[set[str], set[str]]:
        """The lemmas and word classes of objects, with their modifiers and what they are "of" ("a state
        of emergency", "a shipment of weapons"); an object of a preposition also as the phrase ("on strike")."""
        lemmas, classes = set(), set()
        for t in [*tokens, *self._parts_of(tokens)]:  # "part of a military aid program"
            if t.dep_ == "pobj":
                lemmas.add(f"{t.head.lower_} {lower_lemma(t)}")
            children = self._children(t)
            words = [t, *[c for c, dep, _ in children if dep in ("amod", "compound", "nmod")]]
            of = [p for c, dep, lower in children if dep == "prep" and lower == "of"
                  for p, p_dep, _ in self._children(c) if p_dep == "pobj"]
            # (senses51) "stop payments and subsidies in aid to Colombia", "$5 million in military
            # aid": what an amount is in, when it is aid, says what the amount is
            of += [p for c, dep, lower in children if dep == "prep" and lower == "in"
                   for p, p_dep, _ in self._children(c) if p_dep == "pobj" and AID_CLASS in self.lexicon.classes_of(lower_lemma(p))]
            # "control of the chipmaker Nexperia": a name's common noun says what it is
            words += of + [n for p in of if p.pos_ == "PROPN" for n, n_dep, _ in self._children(p)
                           if n_dep == "compound" and n.pos_ == "NOUN"]
            # "called the order swift, forceful and decisive": each adjective of a list
            words += [a for w in words if w.pos_ == "ADJ" and not negated(w) for a in _adjective_conjuncts(w)]
            for w in words:
                lemma = lower_lemma(w)
                if w.dep_ == "amod" and w.i > 1 and w.nbor(-1).text == "-":
                    # (senses51) a hyphened modifier is one word ("its visa-free arrangement")
                    lemmas.add(f"{w.nbor(-2).lower_}-{w.lower_}")
                if w is t and negated(t):
                    lemmas.add(f"not {lemma}")  # "found them not guilty": not what "guilty" names
                    continue
                lemmas.add(lemma)
                classes |= self.lexicon.classes_of(lemma)
        return lemmas, classes

    def _choose(self, tok: Token, pos: str) -> Trigger | None:
        """The first lexicon row of ``tok`` as ``pos`` whose conditions its words meet, or None;
        once per token and part of speech in the sentence being coded."""
        if tok.doc is not self._chosen_doc:
            self._start(tok.doc)
        key = (tok.i, pos)
        if key not in self._chosen:
            self._chosen[key] = self._first_row(tok, pos)
        return self._chosen[key]

    def _first_row(self, tok: Token, pos: str) -> Trigger | None:
        rows = self.lexicon.for_token(lower_lemma(tok), pos)
        if not rows:
            return None
        rows = by_form(rows, tok.lower_)  # an imported verb entered as this written form first
        objects: tuple[set[str], set[str]] | None = None  # their lemmas and classes, read once a row asks
        # a noun's preposition may hang on the verb it is the object of ("held drills with Russia")
        heads = [tok, tok.head] if pos == "NOUN" and tok.dep_ == "dobj" else [tok]
        particles = context = None  # the particles on the heads and the words around, read once a row asks
        for row in rows:
            if row.particle:
                particles = particles if particles is not None else {
                    lower for h in heads for c, dep, lower in self._children(h)
                    if dep == "prt" or dep == "prep" and not self._temporal(c)}  # not "called X on Monday"
                if row.particle not in particles:
                    continue
            if "bare" in row.flags and any(dep == "oprd" or lower == "for" or any(
                    g.dep_ == "mark" and g.lower_ == "for" for g in c.children) for c, dep, lower in self._children(tok)):
                continue  # "called Putin", not "called Putin a killer" nor "called for the siege to end"
            if "said" in row.flags and not any(dep == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                                               for c, dep, _ in self._children(tok)):
                continue  # "protested that the authorities fail": a complaint; not "protested in Rome"
            if "event" in row.flags and not self._light_object(tok):
                continue  # "welcomed the ceasefire", not "welcomed the delegation"
            if row.patterned:
                before, after = context = context or context_words(tok)
                if row.particle and after and row.particle in after[0].keys:
                    after = after[1:]  # "broke down a treaty": the pattern reads on after the verb's particle
                if not row.fits_context(before, after):
                    continue
            if row.object_classes or row.object_lemmas:
                if objects is None and not self._may_name_object(tok, row):
                    continue  # (rulesB47) no word of the sentence is what the row names: no object of the word is
                objects = objects or self._object_words(self._objects(tok, rows) if pos == "VERB" else [tok])
                if not (row.object_classes & objects[1] or row.object_lemmas & objects[0]):
                    continue
            if row.compound and not compound_fits(self, tok, row.compound):
                continue
            return None if row.null else row  # an imported pattern of no event stops the verb
        return None

    def _may_name_object(self, tok: Token, row: Trigger) -> bool:
        """(rulesB47) False where no word of the sentence of ``tok`` has a lemma or an object class the row's
        object condition names (``WordScan.present``), so that none of its objects (a verb's :meth:`_objects`,
        a noun's modifiers: words of the sentence) meets it; True where one may. Told before the objects are
        read: most words' rows name none."""
        present = self._scan.present(tok) if self._scan.lexicon is self.lexicon else None
        if present is None:
            return True
        lemmas, classes = present
        return not row.object_classes.isdisjoint(classes) or not _last_words(row).isdisjoint(lemmas)

    def _objects(self, tok: Token, rows: tuple[Trigger, ...]) -> list[Token]:
        """The objects of a trigger verb whose ``rows`` have object conditions."""
        children = self._children(tok)
        objects = [c for c, dep, _ in children if dep in ("dobj", "nsubjpass", "dative")]
        if not objects:
            # (senses51) "security forces beat and detained dozens of demonstrators": a verb with
            # no object of its own has that of the verb conjoined after it
            objects = [o for c, dep, _ in children if dep == "conj" and c.pos_ == "VERB" and c.i > tok.i
                       for o, o_dep, _ in self._children(c) if o_dep == "dobj"]
        objects += self._particle_objects(tok)
        objects += [c for o in list(objects) for c in self._conjuncts(o)]
        objects += [c for c, dep, _ in children if dep == "conj" and c.pos_ == "NOUN"]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            objects.append(tok.head)  # "footage released by Reuters": the noun a participle tells of
        # "withdrew from the peace talks", "fired shots into the air": the object of a
        # preposition that a row names as a target slot.
        words = {slot[5:] for row in rows for slot in row.slots if slot.startswith("prep:")}
        objects += [p for c, dep, lower in children if dep == "prep" and lower in words
                    for p, p_dep, _ in self._children(c) if p_dep == "pobj"]
        # "designated the IRGC as a terrorist organisation": what the object is named as
        # (the parser hangs the "as" on the verb or on its object).
        objects += self._prep_objects([tok, *objects], "as")
        objects += self._prep_objects([o for o in objects if lower_lemma(o) in PERMISSION_NOUNS], "for")
        objects += self._prep_objects([tok], "into") + self._prep_objects([tok], "under")  # into custody, under arrest
        objects += self._courts(tok, ("to",))  # "took Chile to the ICJ"
        objects += [c for c, dep, _ in children if dep == "oprd"]  # "designated the BBC an undesirable organisation"
        # (recall45) "designates Saudi Arabia a major non-NATO ally": the parser reads the second of
        # two objects as an apposition of the first; with no comma between them ("Hamas, the
        # militant group" is a true apposition, no second object)
        objects += [a for c, dep, _ in children if dep in ("dative", "dobj") for a in c.children
                    if a.dep_ == "appos" and a.i > c.i and all(t.text != "," for t in tok.doc[c.i + 1:a.left_edge.i])]
        objects += [a for o in objects if o.lower_ == "it" for a in antecedents(o)]  # "... voted to lift it"
        # "ruled the ban is unconstitutional"
        objects += [p for _, p in clause_predicates(tok, self.lexicon.classes_of)] + negated_predicates(tok)
        return objects

    def triggers(self, sent: Span, found: list[Token] | None = None) -> Iterator[tuple[Token, Trigger]]:
        """The trigger words of a sentence and their rows; ``found``: the words that may trigger
        (``WordScan``), when the caller read them (and started the per-sentence memos)."""
        if found is None:
            self._start(sent.doc)
            found = self._scan(list(sent))[0]
        for tok in found:
            pos = tok.pos
            if pos == VERB:
                row = self._choose(tok, "VERB")
                if row is None and self.obligation is not None and self.obligation.demands(tok):
                    row = self.obligation.row
                if row is not None and not entitled(tok) and not permitted_by_instrument(tok) and (undoes(tok, self.reversal_verbs)
                                        or not self._light_object(tok) or not self._carries_noun(tok)) \
                        and not (tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and self._reversed(tok.head) and (
                            tok.dep_ == "acl" and self._is_trigger_noun(tok.head)
                            or tok.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in tok.children))):
                    # (not "imposed" in "lifted the sanctions imposed on Syria", "lifted the
                    # state of emergency that was imposed in May": undone)
                    yield tok, row
            elif pos == NOUN:
                row = self._choose(tok, "NOUN")
                if row is None and self.obligation is not None and self.obligation.demands(tok):
                    row = self.obligation.noun_row  # "a reminder to Iraq that it must cooperate"
                if row is not None and not self._reversed(tok) and not self._manner_of_act(tok) \
                        and not self._campaign_event(tok, row) and not named_by_pattern(self, tok) \
                        and not self._overseen(tok, row) and not self._kind_of_outfit(tok) \
                        and not self._kind_of_act(tok, row):
                    yield tok, row

    def _kind_of_act(self, noun: Token, row: Trigger) -> bool:
        """(prec51) True for a trigger noun that names the kind of the act noun it modifies,
        of the same root ("organized protest rallies", "a bomb attack"): one act, which the
        head codes (not "ceasefire talks": talks about another act)."""
        if noun.dep_ != "compound" or noun.head.pos_ != "NOUN":
            return False
        head = self._choose(noun.head, "NOUN")
        return head is not None and head.cameo[:2] == row.cameo[:2]

    def _kind_of_outfit(self, noun: Token) -> bool:
        """True for a trigger noun that only names the kind of the noun it modifies ("riot
        police", "attack helicopters", "a carrier strike group": ``outfit`` in objects.tsv)."""
        return noun.dep_ == "compound" and noun.head.pos_ == "NOUN" \
            and OUTFIT_CLASS in self.lexicon.classes_of(lower_lemma(noun.head))
