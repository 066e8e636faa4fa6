"""The text of a Doc, joined once per document and kept in ``doc.user_data``.

spaCy joins ``doc.text`` from the tokens at every read (a lookup of each word's
string, slow on a document that is no longer in the processor's caches). The
actor resolver reads it (``references.learned_names``) and the events
component after it: the second reads the first's. The text of a Doc never
changes (retokenizing keeps it); ``Doc.from_docs`` does not carry the key over.
"""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = ("eventwire", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


# Dashes and apostrophes that news text writes for the plain ones of the actor lists:
# "IS–Somalia" (en dash), "Guinea—Bissau", "O’Rourke", "Côte d’Ivoire".
_FOLD = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"}
                      | {c: "'" for c in "\u2018\u2019\u02bc\u2032\uff07"})


def fold(text: str) -> str:
    """``text`` with its dashes and apostrophes made the plain "-" and "'"."""
    return text.translate(_FOLD)


def folded_doc(doc: Doc) -> Doc:
    """``doc`` itself, or, where a token holds a dash or apostrophe that :func:`fold`
    changes, a copy of its tokens (the same offsets) with their text folded."""
    text = doc_text(doc)
    if fold(text) == text:
        return doc
    return Doc(doc.vocab, words=[fold(t.text) for t in doc], spaces=[bool(t.whitespace_) for t in doc])
