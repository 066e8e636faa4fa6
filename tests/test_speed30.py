"""The speed30 readers give what spaCy's own reads give (sentences of our own)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.actors.component import register_extensions, span_value
from eventwire.actors.text import doc_text
from eventwire.records import Actor


def _doc() -> Doc:
    register_extensions()
    words = ["The", "envoy", "of", "Freedonia", "met", "Sylvanian", "ministers", "."]
    spaces = [True, True, True, True, True, True, False, False]
    return Doc(Vocab(), words=words, spaces=spaces)


def test_span_value_reads_the_extensions_as_spacy_does():
    doc = _doc()
    named, unnamed = doc[3:4], doc[5:7]
    named._.actor = Actor(country="FRE", sector="GOV")
    named._.actor_rule = "place"
    for span in (named, unnamed, doc[3:4]):  # a new Span over the same words reads the same values
        for name in ("actor", "actor_rule", "actor_members"):
            assert span_value(span, name) == getattr(span._, name)
    assert span_value(doc[3:4], "actor") == Actor(country="FRE", sector="GOV")
    assert span_value(unnamed, "actor") is None  # never set: the extension's default


def test_doc_text_is_the_text_joined_once():
    doc = _doc()
    assert doc_text(doc) == doc.text == "The envoy of Freedonia met Sylvanian ministers."
    assert doc_text(doc) is doc_text(doc)  # kept in doc.user_data, not joined again
    copied = doc.copy()
    assert doc_text(copied) == copied.text
