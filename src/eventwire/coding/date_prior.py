"""Acts told as before the news of the day (GUIDE.md section 4: the date the event took place,
at the precision the text gives).

A clause in the simple present tells the news of its day ("Peru declares Sheinbaum persona
non grata", "clashes occur at the border"). An act the same sentence sets before it, with no
date of its own, took place some day before that one, which the text does not give:

* an act in a clause marked "after" below such a clause ("... after Peru cut diplomatic ties
  with Mexico for granting asylum to ...", "the chairperson resigns after ballot shortages
  affect polling stations, prompting protests");
* a past act told by a report in the present ("Politico reports that the United States
  rejected an offer by Russia", "the ministry says the Africa Corps freed ...").

Such an act is the month of the document's day, not the day itself. Only an act that
:func:`.scene.event_date` left at the document's day (precision ``document``) moves: a date
the text gives, or one it carries from an earlier sentence, stays.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from .date_exprs import tense
from .narrative import clause_head, reporting_verb

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
    """Whether the act at ``trigger`` is told as before a clause in the simple present: inside a
    clause marked "after" below it, or a past clause reported by it."""
    if tense(clause_head(trigger)) != "past":
        return False  # ("takes over a base after it is abandoned by the troops": the same news)
    node = trigger
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in _INSIDE:
            return False  # (a clause of its own: "says that ...", the sentence's root)
        after = (any(c.dep_ == "mark" and c.lower_ == "after" for c in node.children) if node.dep_ == "advcl"
                 else node.head.lower_ == "after" and node.head.dep_ == "prep" if node.dep_ in ("pcomp", "pobj")
                 else False)
        if after:
            above = clause_head(node.head)
            return above.i != node.i and above.tag_ in ("VBZ", "VBP") and tense(above) == "present"
        node = node.head
    return False
