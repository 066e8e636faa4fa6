"""The date expressions of a sentence and what they date (GUIDE.md section 4).

:func:`date_expressions` reads the DATE and TIME entities of a sentence, joined and
completed; :func:`governor` finds the word a date expression dates, :func:`edge_word`
whether it bounds a stretch of time ("since Tuesday") and :func:`tense` the tense of
the clause it dates. Split from :mod:`.scene`, which reads a document's dates with them.
"""

from __future__ import annotations

import re

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ..actors.text import doc_text

from .scene_clauses import FUTURE_AUX
from .narrative import DATE_LABELS, ahead_noun, clause_head, passed_over
from .date_apart import length_apart, names_stretch
from .dates import CLOCK_DIGITS, CLOCK_WORDS, calendar_words, day_apart, find_day_expressions, holiday_words, month_nouns, numeric_day, start_nouns

__all__ = ["BOUNDARY_WORDS", "NOT_THE_TIME", "date_expressions", "edge_word", "governor", "is_boundary", "tense"]

# Words that make a date the edge of a stretch of time, not the time of an event.
BOUNDARY_WORDS = frozenset({"since", "until", "till", "through", "before", "after", "by", "from", "as"})
# Edges of a stretch that say nothing of when the clause's own event happened ("remained
# closed until Monday"); "by Friday", "as of Friday" and "detained since 2022" do, but not
# "since" after a first or a superlative ("the first visit since 2016": the last one).
NOT_THE_TIME = frozenset({"until", "till", "through", "before", "after"})
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s"})
PAST_AUX = frozenset({"had", "was", "were", "did"})
# The labels as spaCy's numbers: an entity's ``label_`` text is made anew at each read
_DATE_LABEL_IDS = frozenset(get_string_id(label) for label in DATE_LABELS)
_CARDINAL_ID = get_string_id("CARDINAL")
_CLOCK_RE = re.compile(CLOCK_DIGITS)  # a clock time in four digits, as dates._TIME_RE reads it


def date_expressions(sent: Span, ents: list[Span] | None = None) -> list[Span]:
    """The DATE and TIME entities of a sentence, adjacent ones joined ("Saturday" + "morning").

    A sentence without any is read with
    :func:`~eventwire.coding.dates.find_day_expressions`: the selective runner
    runs the entity recogniser only on the sentences that hold an event, and
    the day of the story is often stated in one that does not. ``ents``: the
    sentence's entities when read already (:class:`.narrative.DocEntities`).
    """
    ents = sent.ents if ents is None else ents  # (spaCy makes them anew at every use)
    # a day in two pairs of digits ("on 23/02"), which the recogniser calls a number
    ents = [Span(sent.doc, e.start, e.end, "DATE") if e.label == _CARDINAL_ID and numeric_day(e.text) else e
            for e in ents]
    if not any(e.label in _DATE_LABEL_IDS for e in ents):
        taken = {i for e in ents for i in range(e.start, e.end)}
        words = doc_text(sent.doc)[sent.start_char:sent.end_char]  # sent.text, without making its tokens
        found = (sent.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
                 for a, b in find_day_expressions(words))
        return [span for span in found
                if span is not None and not any(i in taken for i in range(span.start, span.end))]
    out: list[Span] = []
    for ent in ents:
        if ent.label not in _DATE_LABEL_IDS or _possessed(ent) or _month_noun(ent):
            continue
        ent = _with_zone(_day_before(_without_name(ent)))
        if out and out[-1].end == ent.start:
            out[-1] = sent.doc[out[-1].start:ent.end]
        else:
            out.append(ent)
    whole: list[Span] = []
    for ent in out:
        if not whole or ent.start >= whole[-1].end:  # (not the last day a stretch took in)
            whole.append(_stretch_whole(_told_whole(ent, sent), sent))
    return whole


def _with_zone(expr: Span) -> Span:
    """A clock time in four digits with the zone after it ("at 1900 GMT on Tuesday", "2300
    local time"), which the recogniser calls a date alone ("1900") and the zone a name: the
    span with its zone, that ``dates`` reads as an hour, not a year; ``expr`` itself else."""
    doc = expr.doc
    if len(expr) != 1 or not _CLOCK_RE.fullmatch(expr.text) or expr.end >= len(doc):
        return expr
    zone = doc[expr.end].lower_
    if zone == "local" and expr.end + 1 < len(doc) and doc[expr.end + 1].lower_ == "time":
        return doc[expr.start:expr.end + 2]
    return doc[expr.start:expr.end + 1] if zone in CLOCK_WORDS else expr


def _day_before(expr: Span) -> Span:
    """The expression with the day number before it when the recogniser left the number out of
    a month's name ("4" of "Around 4 May 2020 (as reported)", "28" of "On or around 28 April
    2024": the month alone was the date)."""
    doc = expr.doc
    before = doc[expr.start - 1] if expr.start > 0 else None
    if (before is None or not before.text.isdigit() or not 1 <= int(before.text) <= 31 or before.ent_type_
            or expr[0].lower_ not in calendar_words()
            or before.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos")):
        return expr
    return doc[before.i:expr.end]


def _without_name(expr: Span) -> Span:
    """The expression without the proper nouns the entity recogniser took into it before a count
    or a day ("Niger nine months ago", "Gaza two days earlier", "Kyiv 3 March": the place of the
    clause, then its date); a month's or weekday's name and a holiday ("Christmas 2023") stay."""
    start = expr.start
    while (start < expr.end - 1 and expr.doc[start].pos_ == "PROPN" and expr.doc[start + 1].like_num
           and expr.doc[start].lower_ not in calendar_words()
           and expr.doc[start].lower_.rstrip(".") not in holiday_words()):
        start += 1
    return expr if start == expr.start else expr.doc[start:expr.end]


def _stretch_whole(expr: Span, sent: Span) -> Span:
    """The expression with the words after it when together they name a stretch of days and
    the entity recogniser left the last day out ("between July 24" of "between July 24 and
    26", "Monday" of "Monday and Tuesday": :func:`~.date_apart.names_stretch`)."""
    for n in (2, 3):
        end = expr.end + n
        if end > sent.end or not (sent.doc[end - 1].like_num or sent.doc[end - 1].ent_type_ in DATE_LABELS):
            continue
        longer = sent.doc[expr.start:end]
        if names_stretch(longer.text):
            return longer
    return expr


def _told_whole(expr: Span, sent: Span) -> Span:
    """The expression with the word after it when together they name a day told from the
    day the text is at and the entity recogniser left the word out ("The day" of "The day
    before, police arrested ...": :func:`~.dates.day_apart`), or a length and the adverb that
    places it ("two days" of "two days prior": :func:`~.date_apart.length_apart`)."""
    # (not a preposition with its object: "the day before the rally" counts from the rally)
    if expr.end < sent.end and day_apart(expr.text) is None and all(c.i < expr.end for c in sent.doc[expr.end].children):
        longer = sent.doc[expr.start:expr.end + 1]
        if day_apart(longer.text) is not None or (sent.doc[expr.end].pos_ == "ADV" and length_apart(longer.text)):
            return longer
    return expr


def _month_noun(expr: Span) -> bool:
    """Whether a date entity is a month's name told as the noun of a happening (``date_words.yaml``
    ``month_nouns``: "their 'March to Dhaka'", "the Long March", "a March on Washington"): the
    name alone, after an opening quote, "Long", "a" or a possessive, or before "to", "on" or
    "against" and a proper noun."""
    names = month_nouns()
    if any(t.like_num for t in expr):
        return False
    doc = expr.doc
    for name in (t for t in expr if t.lower_ in names):
        before = doc[name.i - 1] if name.i > 0 else None
        after = doc[name.i + 1:name.i + 3]
        if ((before is not None and (before.text in ("'", '"', "\u2018", "\u201c") or before.lower_ in ("long", "a")
                                     or before.tag_ == "PRP$"))
                or (len(after) == 2 and after[0].lower_ in ("to", "on", "against") and after[1].pos_ == "PROPN")):
            return True
    return False


def _possessed(expr: Span) -> bool:
    """Whether a date entity is owned by someone, which makes it a name ("the Women's March",
    "the People's March"), not a time; "last year's May" is owned by a time and stays."""
    return any(c.dep_ == "poss" and not (expr.start <= c.i < expr.end) and c.ent_type_ not in DATE_LABELS
               for c in expr.root.children)


def governor(expr: Span) -> Token | None:
    """The word a date expression dates: the first verb or common noun above it.

    Prepositions, proper nouns, numbers and adjectives in between are passed
    over ("on Saturday" dates "shot"; "in 2024" in "the attack ... in 2024"
    dates "attack"), and so are the doer of a passive (:func:`_doer`), a verb
    the parser reads as a preposition ("will impose tariffs starting August 1"
    dates "impose") and the noun of a role ("as a state in September":
    :func:`.narrative.passed_over`). A date right after the
    noun of "ahead of his inauguration" is the noun's (:func:`.narrative.ahead_noun`).
    None when the expression heads its sentence.
    """
    node = expr.root
    while node.head.i != node.i:
        node = node.head
        if expr.start <= node.i < expr.end or passed_over(node) or _as_told(node, expr) or _doer(node):
            continue
        if node.pos_ in ("VERB", "AUX", "NOUN"):
            return _object_since(expr, node) or _begun(expr, node) or ahead_noun(expr, node)
    return None


def _begun(expr: Span, noun: Token) -> Token | None:
    """The happening whose start ``noun`` names, when the date dates that start ("since the start
    of Russia's invasion of Ukraine in 2022", "the outbreak of the war in 2011": the invasion, the
    war; ``date_words.yaml`` ``start_nouns``); else None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in start_nouns():
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < expr.start), None)
    named = (next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
             if of is not None else None)
    return named if named is not None and named.ent_type_ not in DATE_LABELS else None


def _object_since(expr: Span, verb: Token) -> Token | None:
    """The object noun that "since" dates when the parser hung it on a verb in the simple
    present, which cannot have lasted since then ("Azerbaijan protests Eritrea's detention of
    three vessels since November 2024": the detention began then, the protest is today's);
    else None. Only a noun object before the date, of a finite present verb without
    auxiliaries ("has protested ... since 2024" lasts: the verb's)."""
    since = expr.root.head
    if (verb.tag_ not in ("VBZ", "VBP") or since.lower_ != "since" or since.head.i != verb.i
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < expr.start), None)


def _doer(word: Token) -> bool:
    """Whether ``word`` is the noun of the doer of a passive ("kidnapped by an unidentified
    organisation front in Niger nine months prior": the date is the kidnapping's), which names
    who acted, not a happening: passed over by :func:`governor`."""
    return word.pos_ == "NOUN" and word.dep_ == "pobj" and word.head.dep_ == "agent"


def _as_told(word: Token, expr: Span) -> bool:
    """Whether ``word`` is the participle of an aside right after the date ``expr`` that says how
    the date is known ("Around 4 May 2020 (as reported), police arrested ...", "as claimed"):
    passed over by :func:`governor`. Not a participle the date comes after ("as announced on
    Monday, the army withdrew": the announcement's day), nor one with a subject."""
    return (word.tag_ == "VBN" and word.i >= expr.end and word.doc[word.i - 1].lower_ == "as"
            and word.i - expr.end <= 2  # ("May 2020 (as reported)": the date, "(", "as")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children))


def is_boundary(expr: Span) -> bool:
    """"since Tuesday", "until June", "by Friday": the edge of a stretch of time."""
    return edge_word(expr) is not None


def edge_word(expr: Span) -> str | None:
    """The word that makes a date expression the edge of a stretch of time ("since" in
    "since Tuesday", "by" in "by Friday"), or None."""
    first = expr[0]
    if first.lower_ in BOUNDARY_WORDS:
        return first.lower_
    head = expr.root.head
    if head.dep_ == "prep" and head.lower_ in BOUNDARY_WORDS and head.i < expr.start:
        return head.lower_
    return None


def tense(head: Token) -> str:
    """``future``, ``past``, ``perfect`` or ``present``: the tense of the clause whose verb is ``head``.

    A non-finite verb ("forced to resign", "claim to have killed", "and
    killed") takes the tense of the clause it depends on.
    """
    node = head
    for _ in range(8):
        auxes = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if "to" in auxes and node.head.i != node.i:  # "claim to have killed": the claim's tense
            node = clause_head(node.head) if node.head.pos_ not in ("VERB", "AUX") else node.head
            continue
        if auxes & FUTURE_AUX:
            return "future"
        if auxes & PAST_AUX:
            return "past"
        if auxes & PERFECT_AUX:
            return "perfect"
        if node.tag_ == "VBD":
            return "past"
        if node.tag_ in ("VBZ", "VBP") or auxes & {"is", "are", "am", "do", "does"}:
            return "present"
        if node.dep_ in ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp") and node.head.i != node.i:
            node = clause_head(node.head) if node.head.pos_ not in ("VERB", "AUX") else node.head
            continue
        break
    return "past" if node.tag_ == "VBN" else "present"
