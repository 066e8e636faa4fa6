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
