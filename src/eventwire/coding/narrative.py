"""How the clauses of a narrative stand in time to the story's course (GUIDE.md section 4).

Helpers of :mod:`.scene` that read one clause: whether it steps back from the story's time
(the past perfect), tells what went on at that time (the past progressive), or cannot be
the clause a date expression was hung on (:func:`said_when`).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

from spacy.symbols import AUX, VERB
from spacy.symbols import npadvmod as NPADVMOD_LABEL
from spacy.tokens import Doc, Span, Token

from ..actors.text import doc_text
from .dates import (ResolvedDate, ahead_phrases, from_words, occasion_words, parts_of_day, resolve_date, stretch_ends,
                    toll_verbs)
from .modality import load_cues

__all__ = ["ahead_noun", "answered", "began_then", "counted_since", "clause_head", "DATE_LABELS", "DocEntities", "named_before", "occasion_named_before",
           "passed_over", "past_perfect", "progressive", "reporting_verb", "said_when", "same_act_participle",
           "SAME_TIME_MARKERS", "sequel_of", "shared_tail", "shares_time", "stood_before", "time_of", "toll_since",
           "with_lengths"]

DATE_LABELS = frozenset({"DATE", "TIME"})
LENGTH_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute"})
# Modals of obligation and of the future: a clause with one cannot have happened on a past day
# ("said yesterday the gun laws should be changed"). "would" is also the past of "will"
# ("said the troops would withdraw"), so it counts only for a date told before the clause.
BOUND_AHEAD = frozenset({"should", "must", "will", "wo", "'ll", "shall", "ought"})
PAST_OF_WILL = frozenset({"would", "'d"})
REFERRING = frozenset({"the", "this", "that"})
PERFECT = frozenset({"has", "have", "'ve", "'s"})
# Prepositions an occasion is told with ("on live television", "at the rally", "during his
# visit"), and the words that may stand between them ("his", "the", "live", "state").
AT_OCCASION = frozenset({"on", "at", "in", "during", "by"})
OWNED = frozenset({"his", "her", "its", "their", "our"})
SAME_TIME_MARKERS = frozenset({"when", "as", "while"})



class DocEntities:
    """A document's entities, read once: spaCy makes ``doc.ents`` anew at each read (a walk
    over every word), and a span's ``ents`` reads them all again, so reading each sentence's
    entities costs the whole document each time. For one state of the document."""

    def __init__(self, doc: Doc) -> None:
        self.ents = doc.ents
        self._starts = [e.start for e in self.ents]

    def within(self, span: Span) -> list[Span]:
        """The entities wholly within ``span``, as ``span.ents`` gives them: from the first
        that starts in it, up to the first that ends after it."""
        ents, out = self.ents, []
        for i in range(bisect_left(self._starts, span.start), len(ents)):
            if ents[i].end > span.end:
                break
            out.append(ents[i])
        return out

def said_when(expr: Span, word: Token | None, day: dt.date | None) -> Token | None:
    """The verb of saying a date expression dates when the parser hung it on the clause said
    and that clause cannot be at that time: the clause has a modal of obligation or of the
    future and the date lies before the document's day even read as ahead ("The minister told
    reporters yesterday morning the rules should be changed": "yesterday" on "changed" dates
    "told"), or is told before the said clause's subject ("said on Monday the rules must be
    changed"). Else ``word``, the word the expression was hung on (:func:`.date_exprs.governor`)."""
    if word is None or day is None or word.dep_ != "ccomp" or word.pos_ not in ("VERB", "AUX"):
        return word
    report = word.head
    speech = load_cues().speech_verbs
    if report.i == word.i or report.pos_ not in ("VERB", "AUX") or report.lemma_.lower() not in speech:
        return word
    modals = {c.lower_ for c in word.children if c.dep_ == "aux"}
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = subject is not None and expr.end <= subject.left_edge.i
    if not (modals & BOUND_AHEAD or (before and modals & PAST_OF_WILL)):
        return word
    if before:
        return report  # "said on Monday the rules must be changed": told between the two clauses
    resolved = resolve_date(expr.text, day, tense="future")
    if resolved is None or resolved.value >= day.isoformat()[:len(resolved.value)]:
        return word
    return report


def passed_over(word: Token) -> bool:
    """Whether :func:`.date_exprs.governor` passes over ``word`` on its way up from a date: a
    participle that only says from when ("starting", "beginning": ``date_words.yaml``
    ``from_words``) hanging from the clause it dates with no subject, or the noun of a role
    after "as" ("will recognise Palestine as a state in September": the date is of "recognise"),
    or a noun of time itself ("struck before dawn on Wednesday", "for the third day on Monday"),
    or the "am" of a clock time read as the verb "be" ("arrested at 2am on Sunday")."""
    if word.lower_ in ("am", "pm") and word.i > 0 and word.nbor(-1).like_num:
        return True
    if word.pos_ == "NOUN":
        if word.ent_type_ in DATE_LABELS or word.lower_ in parts_of_day():
            return True
        as_ = word.head  # (not "such as": "talks such as the summit in May" are of the summit)
        return (word.dep_ == "pobj" and as_.lower_ == "as" and as_.dep_ == "prep" and as_.head.lower_ != "such"
                and not any(c.lower_ == "such" for c in as_.children))
    return (word.pos_ == "VERB" and word.lower_ in from_words() and word.dep_ in ("prep", "advcl", "acl")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.ent_type_ not in DATE_LABELS
                        for c in word.children))


def ahead_noun(expr: Span, word: Token) -> Token:
    """The noun of a happening put ahead of the clause ("ahead of his inauguration", "prior to
    the vote": ``date_words.yaml`` ``ahead_of``) when the date comes right after it and the
    parser hung the date on the clause ("protested ahead of his inauguration on Monday": Monday
    is the inauguration's, not the protest's); else ``word``, the clause's verb."""
    prep = expr.root.head
    if word.pos_ not in ("VERB", "AUX") or prep.dep_ != "prep" or prep.head.i != word.i or prep.i != expr.start - 1:
        return word
    noun = expr.doc[prep.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.ent_type_ in DATE_LABELS:
        return word
    start = noun.left_edge.idx  # (the text before it: the tokenizer splits "run-up")
    before = " " + doc_text(expr.doc)[max(0, start - 30):start].lower().rstrip()
    return noun if any(before.endswith(" " + " ".join(phrase)) for phrase in ahead_phrases()) else word


def with_lengths(sent: Span, found: list[Span]) -> list[Span]:
    """The date expressions ``found`` with the lengths of time between two events that the
    entity recogniser left out ("met on Sunday, a day after Hamas attacked": "a day", a unit
    and its count hanging from a clause bound by "after" or "before" right after it), in
    order; :func:`.scene.interval_before_after` reads them."""
    taken = {i for e in found for i in range(e.start, e.end)}
    missed = []
    for tok in sent:
        if tok.dep != NPADVMOD_LABEL or tok.lemma_.lower() not in LENGTH_UNITS or tok.i in taken or tok.i + 1 >= sent.end:
            continue
        after = tok.doc[tok.i + 1]
        if after.lower_ in ("after", "before") and (after.head.i == tok.head.i or after.i == tok.head.i):
            missed.append(tok.doc[tok.left_edge.i:tok.i + 1])
    return sorted(found + missed, key=lambda e: e.start) if missed else found


def named_before(noun: Token) -> Token | None:
    """The word of an earlier sentence that told the happening a noun names again ("the
    shooting" of "arrested him 20 minutes after the shooting": "shot" or "a shooting" told
    before), the last one; None when the noun does not refer back ("the", "this", "that") or
    nothing before tells it. A noun in "-ing" is its verb too ("shooting": "shot")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in REFERRING for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    stems = {lemma}
    if lemma.endswith("ing") and len(lemma) > 5:
        stem = lemma[:-3]
        stems.update({stem, stem[:-1]} if stem[-1] == stem[-2] else {stem})
    earlier = reversed(noun.doc[:noun.sent.start])
    return next((t for t in earlier if t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in stems), None)


def toll_since(resolved: ResolvedDate, clause: Token, day: dt.date | None) -> ResolvedDate:
    """The date of a toll that grew since ``resolved`` (a count of a verb of ``date_words.yaml``
    ``toll_verbs`` in the perfect: "strikes have killed 300 civilians since January", "over 300
    children have been killed since the year started"): the finest unit
    that holds the whole stretch up to the document's day (GUIDE.md section 4: a month or a
    year when only that is known), the count being of many acts over it; ``resolved`` itself
    when the stretch is longer than a year, or the clause is no count in the perfect (a state
    that began then keeps its start: "has been detained since November")."""
    bounds = resolved.bounds()
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    counted = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
               and (c.like_num or any(n.dep_ == "nummod" for n in c.children))]
    if (day is None or bounds is None or not auxes & PERFECT or not counted or bounds[0] > day
            or clause.lemma_.lower() not in toll_verbs()):
        return resolved
    return ResolvedDate.spanning(bounds[0], day) or resolved


def progressive(verb: Token) -> bool:
    """Whether the clause of ``verb`` is in the past progressive ("was arriving", "was being
    met"): what went on at the time the text is at, not a new happening after it."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (any(a.lower_ in ("was", "were") for a in auxes)
            and (verb.tag_ == "VBG" or any(a.lower_ == "being" for a in auxes)))


def shares_time(clause: Token) -> bool:
    """Whether a clause happens when the clause it hangs from does: joined by "and",
    by "when", "as" or "while", completing it ("agreed to meet"), or a participle of the
    same act with no subject nor mark of its own ("issued an opinion on Wednesday, finding
    the suspension unlawful")."""
    if clause.dep_ in ("conj", "xcomp"):
        return True
    return clause.dep_ == "advcl" and (any(
        c.dep_ in ("mark", "advmod") and c.lower_ in SAME_TIME_MARKERS for c in clause.children)
        or same_act_participle(clause))


def same_act_participle(clause: Token) -> bool:
    """Whether ``clause`` is a participle in "-ing" that tells more of the act of the clause
    it hangs from, with no subject, mark or auxiliary of its own ("the court issued an opinion
    on Wednesday, finding the suspension unlawful"; "struck on Monday, killing 20"): it
    happened when that act did. Not "after meeting ...", which the parser hangs on "after"."""
    head = clause.head
    return (clause.dep_ == "advcl" and clause.tag_ == "VBG" and head.i != clause.i
            and head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in clause.children))


def shared_tail(clause: Token) -> list[Token]:
    """The verbs joined to ``clause`` by "and" that share its subject and its tense, whose
    dates at the end of the sentence the parser hangs on the last verb alone ("police fired
    and landed a live round on a protester yesterday": "yesterday" dates "fired" too). Not a
    verb with a subject or an auxiliary of its own ("arrested him and will charge him on
    Tuesday", "arrested him and prosecutors charged him on Tuesday")."""
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ == "aux" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "conj" and c.i > clause.i and c.pos_ == "VERB"
            and c.tag_ == clause.tag_
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for g in c.children)]


def past_perfect(verb: Token) -> bool:
    """Whether the clause of ``verb`` is in the past perfect ("had entered", "had been
    arrested", "had entered ... and bought": a verb joined to one)."""
    node = verb
    for _ in range(4):
        auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ == "had" for a in auxes) and node.tag_ == "VBN":
            return True
        if auxes or node.dep_ != "conj" or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def began_then(word: Token) -> bool:
    """Whether "since X" on ``word`` says when its state began: a noun ("the detention of the
    crew since November"), a verb in a perfect ("has occupied Crimea since 2014", "after
    having been detained since 2022") or a gerund below "after" (``date_words.yaml``
    ``stretch_ends``: "released him after detaining him since October", "a truce after
    fighting since Monday": the stretch lasted up to then); not a first, last or most of a kind ("the first visit
    ... since 2016", "the first time a vessel was attacked since ...": the one before), nor a
    simple present, which cannot last since then ("protests the detention since ...": the
    parser hung "since" on the wrong word)."""
    nodes = [word, word.head] if word.dep_ in ("relcl", "acl") else [word]
    if any(c.dep_ == "amod" and (c.lower_ in ("first", "last") or c.ent_type_ == "ORDINAL" or c.tag_ == "JJS")
           for node in nodes for c in node.children):
        return False
    if word.pos_ not in ("VERB", "AUX"):
        return True
    if word.tag_ == "VBG" and word.dep_ == "pcomp" and word.head.lower_ in stretch_ends():
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had", "having", "been", "'ve", "'s")
               for c in word.children)


def occasion_named_before(clause: Token) -> list[Token]:
    """The nouns of earlier sentences that name the occasion a clause tells its act at again
    ("On live television Erdogan attacked ...": "live television" of "announced it by live
    television on Wednesday"), latest first: an occasion of ``date_words.yaml`` ``occasions``
    after "on", "at", "in", "during" or "by", with no word but "the", "this", "that", a
    possessive or modifiers between (not "an interview": a new one), told before with at least
    its modifiers ("live"). [] when the clause names none."""
    words = occasion_words()
    for noun in clause.sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words or clause_head(noun).i != clause.i:
            continue
        mods, left = _modifiers(noun)
        if left is None or left.pos_ != "ADP" or left.lower_ not in AT_OCCASION:
            continue
        lemma = noun.lemma_.lower()
        return [t for t in reversed(noun.doc[:noun.sent.start])
                if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and mods <= _modifiers(t)[0]]
    return []


def _modifiers(noun: Token) -> tuple[frozenset[str], Token | None]:
    """The modifiers told right before a noun ("live" of "the live television") and the word
    before them (None when the sentence starts with them)."""
    mods: set[str] = set()
    i = noun.i - 1
    while i >= noun.sent.start:
        word = noun.doc[i]
        if word.pos_ == "ADJ" or (word.pos_ in ("NOUN", "PROPN") and word.dep_ == "compound"):
            mods.add(word.lower_)
        elif word.lower_ not in REFERRING and word.lower_ not in OWNED:
            return frozenset(mods), word
        i -= 1
    return frozenset(mods), None


def clause_head(tok: Token) -> Token:
    """The verb of the clause a token belongs to (the token itself when it is a verb)."""
    node = tok
    # (the part of speech as spaCy's number: its text would be made anew at each step)
    while node.pos != VERB and node.pos != AUX:
        head = node.head
        if head.i == node.i:
            break
        node = head
    return node


def time_of(clause: Token) -> Token | None:
    """For a clause that says which time a happening is ("visits Cairo, marking the first time a
    Syrian leader has visited Egypt", "met on Wednesday, the first time ... has visited"): the
    clause of that happening, above the noun "time" (and above "marking"); else None."""
    noun = clause.head
    if clause.dep_ not in ("relcl", "acl") or noun.i == clause.i or noun.lemma_.lower() != "time":
        return None
    if not any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last", "only"))
               for c in noun.children):
        return None
    above = clause_head(noun)
    while above.dep_ == "advcl" and above.tag_ == "VBG" and above.head.i != above.i:
        above = clause_head(above.head)
    return above if above.i != noun.i else None


def reporting_verb(clause: Token) -> Token | None:
    """The verb that reports the clause ``clause`` heads ("says" in "Israel says it has
    killed ... and destroyed ..."; "abandons" in "the army abandons its positions, with
    reports that soldiers have looted ...": the report is as old as the clause it is told
    in), or None when the clause is not reported."""
    node = clause
    for _ in range(4):
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
            continue
        break
    if node.dep_ == "ccomp" and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
        return node.head
    noun = node.head
    if (node.dep_ in ("acl", "ccomp") and noun.pos_ == "NOUN" and noun.lemma_.lower() in load_cues().report_nouns
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)):
        above = clause_head(noun)
        return above if above.i != noun.i and above.pos_ in ("VERB", "AUX") else None
    return None


def stood_before(trigger: Token) -> bool:
    """Whether a noun trigger names what an act went on "despite" ("announced it on Wednesday
    and again on Friday despite criticism by ..."): it stood before the first of the clause's
    acts, at its first day, not the nearest one. Not a noun with a clause of its own ("despite
    a ceasefire agreed on Sunday"), whose day is its own."""
    return (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "despite"
            and not any(c.dep_ in ("acl", "relcl") for c in trigger.children))


# Prepositions that tell what a clause's act answered: "imposed a curfew after a demonstration".
ANSWERED_PREPOSITIONS = frozenset({"after", "following"})


def answered(trigger: Token, acts: set[int]) -> bool:
    """Whether a noun trigger names what another act of its clause answered ("imposed a curfew
    after a demonstration over fraud", "ordered patrols following violent protests"): told as
    the cause of the act reported, it happened before and is background (GUIDE.md section 1).
    ``acts``: the token indices of the triggers of the sentence's other acts."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in ANSWERED_PREPOSITIONS:
        return False
    clause = clause_head(trigger.head)
    return any(i != trigger.i and clause_head(trigger.doc[i]).i == clause.i for i in acts)


def counted_since(trigger: Token) -> bool:
    """Whether a noun trigger is what time is counted from ("have been demobilized since the
    peace accord", "the first visit since the invasion"): an act that happened before, background
    (GUIDE.md section 1), not one reported now."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "since"


# Verbs that put one occasion after another ("the visit was followed by talks", "talks
# followed the visit"), and those that tell how an occasion went on ("the visit ended with a
# dinner", "the trip began with talks").
SEQUEL_VERBS = frozenset({"follow", "precede"})
COURSE_VERBS = frozenset({"conclude", "close", "end", "finish", "begin", "start", "open", "culminate", "continue",
                          "wrap"})


def sequel_of(noun: Token) -> Token | None:
    """The occasion a noun is told as following or as part of: "visit" for "meeting" in
    "Merkel's visit was followed by a meeting with Abe", "a meeting with Abe followed
    Merkel's visit" and "Merkel's visit ended with a meeting with Abe"."""
    head, dep = noun.head, noun.dep_
    if dep == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in SEQUEL_VERBS:
        verb, wanted = head.head, "nsubjpass"
    elif dep == "nsubj" and head.lemma_.lower() in SEQUEL_VERBS:
        verb, wanted = head, "dobj"
    elif dep == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in COURSE_VERBS:
        verb, wanted = head.head, "nsubj"
    else:
        return None
    return next((c for c in verb.children if c.dep_ == wanted and c.pos_ == "NOUN"), None)
