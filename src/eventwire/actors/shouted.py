"""A name in capitals that the parser read as a verb's auxiliary: "IS kidnapped 20 Christians".

The tagger reads "IS" (the Islamic State) as the verb "is", and the parser then hangs it on
the next verb as its auxiliary: "IS kidnapped 20 Christians" becomes a passive ("is
kidnapped") with no subject, and "IS militants attacked a checkpoint" a passive whose subject
the militants are. Where the resolver found the capitals as an actor's name and the parser
made them an auxiliary of another verb (so they are not the sentence's own verb: "WHAT IS
NEXT" is left out earlier, ``guards._shouted_verb``), the token is mended into the name it
is: the first word of the noun phrase after it ("IS militants", "IS fighters"), else the
subject of the verb it hung on, which is then no passive ("IS kidnapped": past tense).
"""

from __future__ import annotations

from spacy.tokens import Span

AUXILIARY_EDGES = frozenset({"aux", "auxpass"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def mend_names_read_as_auxiliaries(spans: list[Span]) -> None:
    """Mend, in place, the parse of each one-word mention in capitals read as an auxiliary."""
    for span in spans:
        tok = span[0]
        if not tok.text.isupper() or not tok.is_alpha or tok.pos_ not in ("AUX", "VERB") \
                or tok.dep_ not in AUXILIARY_EDGES or tok.head.i == tok.i:
            continue
        verb, doc = tok.head, tok.doc
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        tok.pos_, tok.tag_, tok.lemma_ = "PROPN", "NNP", tok.text
        if after is not None and after.i < verb.i and after.pos_ in NOUN_POS and not tok.is_ancestor(after):
            # "IS militants attacked": the noun's first word (the noun phrase's head after it)
            head = after
            while head.dep_ == "compound" and head.head.i < verb.i and head.head.pos_ in NOUN_POS:
                head = head.head
            tok.head, tok.dep_ = head, "compound"
        elif after is not None and after.i == verb.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "IS kidnapped 20 Christians": the subject of an active verb
            tok.dep_ = "nsubj"
            if verb.tag_ == "VBN" and not any(c.dep_ in AUXILIARY_EDGES for c in verb.children if c.i != tok.i):
                verb.tag_ = "VBD"
        else:
            tok.dep_ = "dep"  # no longer an auxiliary: the verb is not made passive by it
