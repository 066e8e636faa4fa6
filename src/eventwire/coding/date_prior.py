"""Acts told as before the news of the day (GUIDE.md section 4: the date the event took place,
at the precision the text gives).

A clause in the simple present tells the news of its day ("Peru's Congress declares Sheinbaum
persona non grata", "clashes occur at the border"). A past act in a clause marked "after" below
it, or inside such a clause ("... after Peru cut diplomatic ties with Mexico for granting asylum
to ...", "... after the government accused Hezbollah of ..."), with no date of its own, took place
some day before that one, which the text does not give: it is the month of the document's day,
not the day itself. Only an act that :func:`.scene.event_date` left at the document's day
(precision ``document``) moves: a date the text gives, or one it carries from an earlier
sentence, stays. Not an "after" clause in the present ("takes over a base after it is abandoned
by the troops": the same news), nor one below a past clause (a narrative, whose days the scene
reads).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from .date_exprs import tense
from .narrative import clause_head

__all__ = ["before_the_news", "told_before_the_news"]

# Dependencies by which a verb hangs inside the clause above it ("after Peru cut ties ... for
# granting asylum": "granting" is inside the "after" clause); a verb that hangs otherwise (a
# reported clause, the root) ends the walk up.
_INSIDE = frozenset({"advcl", "xcomp", "pcomp", "acl", "relcl", "conj"})


def before_the_news(trigger: Token, value: str | None, precision: str,
                    day: dt.date | None) -> tuple[str | None, str]:
    """The date of the event at ``trigger`` (``value`` and ``precision`` as
    :func:`.scene.event_date` read them): the month of ``day`` for an act told as before the
    news of the day (:func:`told_before_the_news`) that was left at the document's day; else as
    it was."""
    if precision != "document" or day is None or value != day.isoformat():
        return value, precision
    if not told_before_the_news(trigger):
        return value, precision
    return f"{day.year:04d}-{day.month:02d}", "month"


def told_before_the_news(trigger: Token) -> bool:
    """Whether the act at ``trigger`` is a past act inside a clause marked "after" below a clause
    in the simple present."""
    if tense(clause_head(trigger)) != "past":
        return False  # ("takes over a base after it is abandoned by the troops": the same news)
    node = trigger
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in _INSIDE:
            return False  # (a clause of its own: "says that ...", the sentence's root)
        if _marked_after(node):
            above = clause_head(node.head)
            return above.i != node.i and above.tag_ in ("VBZ", "VBP") and tense(above) == "present"
        node = node.head
    return False


def _marked_after(node: Token) -> bool:
    """Whether ``node`` heads a clause marked "after" ("after Peru cut ties") or is the object of
    the preposition "after" ("after being kidnapped", "after the attack")."""
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "after" for c in node.children)
    return node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "after" and node.head.dep_ == "prep"
