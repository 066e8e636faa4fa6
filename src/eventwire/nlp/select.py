"""Which sentences of a document can hold an event: the ones that name an actor.

Events are coded only in sentences with an actor mention, so only those
sentences need the statistical model (tagger, parser, lemmas). The cheap
pass here needs tokens and sentence starts only, then the actor gazetteer
(phrase matchers on token text). It mirrors the resolver's rules
(:mod:`eventwire.actors.resolve`); a sentence is *kept* when

- it holds a name piece (state, adjective, seat, organisation, group,
  person, surname): these resolve by themselves;
- it holds a definite "the [one or two words] <agent or body>" and a state
  was named in it or in the three sentences before (the context rule);
- it holds "he", "she", "him", "her" or "his" and it or the sentence before
  holds a name piece (the pronoun rule);
- it holds an agent or body word ("police", "the court"), or a word of the
  coder's unnamed agents ("a suspect", ``coding/data/agents.tsv``), and the
  document names a state or a place of the coder's gazetteer ("in Bauchi"): the
  coder may take it as an actor of the country where the story or the sentence
  happens (:mod:`eventwire.coding.implicit`);
- it holds "the <outlet noun>" ("the agency", "the broadcaster") and a sentence kept by a
  name lies within the outlets' reach before it: the noun may refer back to a news outlet
  named there (:mod:`eventwire.actors.outlets`);
- it contains a name the document introduces ("South Korean Foreign
  Minister Park Jin" ... "Park said"): the capitalised run after a title
  that follows a modifier (with role words or a list of portfolios between:
  "Brazil's mines and energy minister Alexandre Silveira") or holds a person piece, the run and each of its
  words, and the words of person pieces.

A title alone ("President Smith") cannot resolve, so it does not keep its
sentence, nor does an agent noun in a document that names no state. Over-selection costs time
only; a sentence wrongly dropped could lose an event, so the rules lean
towards keeping.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..actors.gazetteer import ADJ, AGENT, BODY, PERSON, POSSESSIVE, SEAT, STATE, SURNAME, TITLE, Piece
from ..actors.outlets import REACH as OUTLET_REACH, outlet_nouns
from ..actors.references import CONTEXT_SENTENCES, PRONOUNS
from ..actors.resolve import MODIFIERS, PORTFOLIO_WORDS

NAME_RUN = 6  # longest name after a title, in tokens
WORDS = {TITLE, AGENT, BODY}  # sector words: resolve only with a modifier, a name or context
STATES = {STATE, ADJ, SEAT}  # what the context rule can point back to


@dataclass(frozen=True, slots=True)
class Selection:
    """The token ranges of one document that go through the model, and the rest."""

    blocks: tuple[tuple[int, int], ...]  # kept: maximal runs of kept sentences, [start, end)
    dropped: tuple[tuple[int, int], ...]  # sentences not kept, [start, end)

    @property
    def kept_tokens(self) -> int:
        return sum(e - s for s, e in self.blocks)


def _name_candidates(doc: Doc, sents: Sequence[Span], sent_of: list[int], pieces: Sequence[Piece]) -> set[str]:
    names: set[str] = set()
    for i, p in enumerate(pieces):
        if p.type == TITLE:
            limit = min(sents[sent_of[p.start]].end, p.end + NAME_RUN)
            end = p.end
            while end < limit and (doc[end].is_title or doc[end].is_upper or doc[end].text == "-"):
                end += 1
            before = pieces[i - 1] if i else None
            modified = before is not None and before.type in MODIFIERS and _title_gap(doc, before.end, p.start)
            person = any(q.type in (PERSON, SURNAME) and p.end <= q.start < end for q in pieces[i + 1:i + 4])
            if end == p.end or not (modified or person):
                continue
            run = doc[p.end:end].text
        elif p.type in (PERSON, SURNAME):
            run = doc[p.start:p.end].text
        else:
            continue
        names.add(run)
        names.update(run.split())
    return {n for n in names if len(n) > 1}


def _title_gap(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start:end``, between a modifier and a title, may be what the resolver lets
    stand there: a possessive, then lower-case words and commas, as role words and lists of
    portfolios are ("Brazil's mines and energy minister Alexandre Silveira"; untagged here, so
    any such words)."""
    if start < end and doc[start].text in POSSESSIVE:
        start += 1
    return end - start <= PORTFOLIO_WORDS and all(t.text == "," or t.is_lower and t.is_alpha for t in doc[start:end])


def _definite(doc: Doc, p: Piece) -> bool:
    """ "the <agent>", "the isolated regime": "the" at most two tokens before."""
    return p.type in (AGENT, BODY) and any(doc[k].lower_ == "the" for k in range(max(p.start - 3, 0), p.start))


def _outlet_noun(sent: Span, words: dict[str, str]) -> bool:
    """ "the agency", "the state broadcaster": an outlet noun with "the" at most two tokens before."""
    doc = sent.doc
    return any(t.lower_ in words and any(doc[j].lower_ == "the" for j in range(max(t.i - 3, sent.start), t.i))
               for t in sent)


def select(doc: Doc, pieces: Sequence[Piece], agent_forms: frozenset[str] = frozenset(),
           place: Callable[[str], bool] | None = None) -> Selection:
    """Kept blocks and dropped sentences of ``doc`` (sentence starts set by the cheap splitter).
    ``agent_forms``: more agent words, lower case, for the coder's unnamed agents ("a suspect
    was arrested"); ``place``: whether a capitalised word names a place of the coder's
    gazetteer ("gunmen attacked a checkpoint in Bauchi": the agents of its country)."""
    sents = list(doc.sents)
    sent_of = [0] * len(doc)
    for k, sent in enumerate(sents):
        sent_of[sent.start:sent.end] = [k] * (sent.end - sent.start)
    by_name = [False] * len(sents)
    states = [False] * len(sents)
    definite = [False] * len(sents)
    agents = [False] * len(sents)
    for p in pieces:
        k = sent_of[p.start]
        if p.type not in WORDS:
            by_name[k] = True
        if p.type in STATES:
            states[k] = True
        elif _definite(doc, p):
            definite[k] = True
        if p.type in (AGENT, BODY):
            agents[k] = True
    if agent_forms:
        for k, sent in enumerate(sents):
            if not agents[k] and any(t.lower_ in agent_forms for t in sent):
                agents[k] = True
    kept = list(by_name)
    names_a_state = any(states)
    if not names_a_state and place is not None and any(agents):
        # a place of the coder's gazetteer ("in Bauchi") can give the story its country
        names_a_state = any(t.is_title and place(t.text) for sent in sents for t in sent[1:])
    names = _name_candidates(doc, sents, sent_of, pieces) if pieces else set()
    for k, sent in enumerate(sents):
        if kept[k]:
            continue
        if definite[k] and any(states[max(k - CONTEXT_SENTENCES, 0):k + 1]):
            kept[k] = True
        elif k and kept[k - 1] and any(t.lower_ in PRONOUNS for t in sent):
            kept[k] = True
        elif names and any(n in sent.text for n in names):
            kept[k] = True
        elif agents[k] and names_a_state:
            kept[k] = True  # "Police arrested a man": the police of the country the story is in
        elif any(by_name[max(k - OUTLET_REACH, 0):k]) and _outlet_noun(sent, outlet_nouns()):
            kept[k] = True  # "The agency said ...": the outlet named before
    blocks: list[tuple[int, int]] = []
    dropped: list[tuple[int, int]] = []
    for k, sent in enumerate(sents):
        if not kept[k]:
            dropped.append((sent.start, sent.end))
        elif blocks and blocks[-1][1] == sent.start:
            blocks[-1] = (blocks[-1][0], sent.end)
        else:
            blocks.append((sent.start, sent.end))
    return Selection(tuple(blocks), tuple(dropped))
