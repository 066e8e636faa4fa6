"""The model only on the sentences that can hold events: the same output as on every sentence."""

from __future__ import annotations

import pytest

from eventwire import extract_documents
from eventwire.nlp.runner import SelectiveRunner
from eventwire.nlp.select import select
from eventwire.output import event_to_dict

pytestmark = pytest.mark.model

NOT_COMPARED = {"event_id", "sentence_index"}  # unparsed sentences are counted with senter's boundaries


def _view(results):
    out = []
    for r in results:
        events = [{k: v for k, v in event_to_dict(e).items() if k not in NOT_COMPARED} for e in r.events]
        mentions = [(m.text, m.start, m.end, m.actor.code) for m in r.mentions]
        quotes = [(q.span, q.speaker.text if q.speaker else None) for q in r.quotes]
        out.append((r.document.id, events, mentions, quotes))
    return out


def test_selective_run_codes_what_the_full_model_codes(corpus, settings, nlp):
    full = list(extract_documents(corpus, settings=settings, nlp=nlp, select=False))
    part = list(extract_documents(corpus, settings=settings, nlp=nlp))
    assert _view(part) == _view(full)
    # The founding sample keeps its sentence indexes and event ids too.
    assert [event_to_dict(e) for e in part[0].events] == [event_to_dict(e) for e in full[0].events]


def test_most_tokens_skip_the_parser_and_the_ner(corpus, nlp, settings):
    from eventwire.pipeline import _prepare

    runner = SelectiveRunner(nlp, batch_size=16)
    runner.run([_prepare(nlp, d)[0] for d in corpus])
    assert runner.parsed < runner.tokens
    assert runner.recognised < runner.parsed / 2


@pytest.mark.parametrize("text, kept", [
    ("The weather was fine. Russia attacked Ukraine.", [False, True]),
    ("The company said profits rose. Shares fell.", [False, False]),  # an agent noun alone resolves to nothing
    ("Iran spoke. Later, the government denied it.", [True, True]),  # "the government": Iran's
    ("Putin spoke. He left.", [True, True]),
    ("South Korean Foreign Minister Park Jin arrived. Rain fell. Park Jin said no.", [True, False, True]),
])
def test_which_sentences_are_kept(nlp, text, kept):
    runner = SelectiveRunner(nlp)
    (doc,) = runner._split([nlp.make_doc(text)])
    sel = select(doc, runner.gazetteer.pieces(doc))
    sents = list(doc.sents)
    assert len(sents) == len(kept)
    got = [any(s <= sent.start and sent.end <= e for s, e in sel.blocks) for sent in sents]
    assert got == kept
