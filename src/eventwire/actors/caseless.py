"""Actor names in a text with no case distinction (actors50).

A text in all lower case or all capitals ("RUSSIA ATTACKS UKRAINE", "russia attacks ukraine":
headlines, wires, feeds) named no actor: the gazetteer matches names by their spelling with its
capitals (``gazetteer.Gazetteer.names``: "US" is not "us") and spaCy's entities rely on them
too. In such a text (tested once per document: no more than ``MINORITY`` of its letters in the
other case) the gazetteer also matches the names of the actor lists ignoring case, except:

- acronyms ("US", "UN", "WHO", "U.S.", "LeT", "AfD"): in capitals they match as they are
  already, and in lower case they are ordinary words ("us", "who", "let");
- surnames alone ("bush", "rice", "brown"): too often common words; a full name matches;
- the common words of ``data/caseless_words.txt`` that are also names ("chad", "turkey",
  "jordan", "georgia", "guinea", "may", "will").

Ordinary text is untouched: the extra matcher is built at the first caseless document.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from spacy.tokens import Doc

from ..datafiles import word_set
from .kb import Form
from .text import doc_text

# The share of a text's letters in the other case that still leaves it caseless ("NATO SAYS
# RUSSIA's TROOPS ...": an odd letter of a name, a unit).
MINORITY = 0.02
# The fewest letters a caseless text has ("OK" is no headline).
LEAST_LETTERS = 12
_KEY = ("eventwire", "caseless")
# The longest word with two capitals read as an acronym, not a name ("LeT", "BelTA"; "McCain" is a name).
SHORT = 5
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")


@cache
def caseless_words() -> frozenset[str]:
    """``data/caseless_words.txt``: names not read in a caseless text, lower case."""
    path = resources.files("eventwire.actors").joinpath("data/caseless_words.txt")
    return word_set(path, lower=True)


def caseless_text(doc: Doc) -> bool:
    """Whether ``doc``'s text has no, or hardly any, case distinction (computed once per
    document, kept in ``doc.user_data``)."""
    caseless = doc.user_data.get(_KEY)
    if caseless is None:
        text = doc_text(doc)
        upper, lower = len(_UPPER.findall(text)), len(_LOWER.findall(text))
        caseless = doc.user_data[_KEY] = upper + lower >= LEAST_LETTERS \
            and min(upper, lower) <= MINORITY * (upper + lower)
    return caseless


def caseless_name(text: str, forms: list[Form]) -> bool:
    """Whether the name ``text`` (with its ``forms``) is matched ignoring case in a caseless
    text (see the module's doc)."""
    if not any(c.islower() for c in text) or text.lower() in caseless_words() \
            or any(len(w) <= SHORT and sum(c.isupper() for c in w) > 1 for w in text.split()):
        return False  # (an acronym with small letters: "LeT", "AfD", "PiS", "BelTA": "let")
    return not all(f.entity.kind == "person" and (f.form_kind == "surname" or " " not in text) for f in forms)
