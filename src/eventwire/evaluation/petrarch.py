"""Scoring against the PETRARCH-2 unit tests (``PETR.UnitTest.records.xml``).

The file holds ``<Sentence date= id= category= sentence=>`` records, each with
its ``<Text>`` and the codings PETRARCH must produce with the validation
dictionaries named in ``<Environment>``:

- ``<EventCoding sourcecode= targetcode= eventcode=>``: an expected event;
- ``<EventCoding noevents="True">``: the sentence must give no event;
- ``<EventCoding error="...">``: PETRARCH refuses the sentence (a discard, a
  dateline, a bad parse): no event either;
- ``sentence="false"``: a disabled test, not scored.

Between sentences, ``<Config option="require_dyad" value="true|false">`` sets PETRARCH's
option of that name for the sentences after it, as PETRARCH's unit-test harness applies it:
where it is true, an event with no source or no target is dropped (``sentence.require_dyad``,
:func:`~eventwire.pipeline.dyads_only`, the setting ``require_dyad``); before the first such
element it is true, as in PETRARCH's own config file (DEMO-01: "a null-coded target, which
will not be coded unless require_dyad = false"). The coder runs with the setting off and
each sentence's events are filtered as its stretch says.

PETRARCH codes the ``<Parse>`` (a Penn Treebank tree), not the ``<Text>``, and in some
records the two do not hold the same words: the text joins a name with ``_``
("Dol_Amroth") that the parse has as two words, or the parse was edited to test an
agent ("The Calenardhon Congressmen condemned ...") while the text kept the old words.
Where the words differ (compared without case, spacing and punctuation), the sentence
coded is the parse's words (:func:`parse_text`); elsewhere the text.

The coder runs with the validation actor and agent dictionaries (through the
actor importer, setting ``dictionaries``), the validation verbs (through the
verb importer, setting ``verb_dictionaries``) and the discard list (setting
``discard_dictionaries``), added to the given settings. PETRARCH knows no agent but
those of its agents dictionary: where ``<Environment>`` names one, the run sets
``dictionary_agents_only``, so that its agents replace the shipped agent nouns ("leader",
"mayor", "militia" name no agent unless the dictionary lists them) and the coder implies
no sector from its own agent nouns.

Actor codes are compared the way the importer reads them: the expected code and
our actor both go through :func:`~eventwire.actors.dictionaries.code_to_actor`
and are compared as :attr:`Actor.code <eventwire.records.Actor.code>` (country
or organisation, then one eventwire sector): ``ARNGOVFRM`` is expected as
``ARNGOV``; ``---GOV`` (a government of no named state) as ``---GOV``; a missing
target as ``---``. Codes the importer cannot read (PETRARCH's quoted text codes,
``###``) are compared as written and so cannot be produced. Event codes must be
equal ("produced") or share the first two digits ("produced with root match").
Expected codes outside our CAMEO table that the verbs file gives (WEIS-era ``223``,
PETRARCH's synset codes ``903``) are the dictionary's codes, which the verb importer keeps
and the coder produces (``Ontology.admit``); an expected code that is neither is counted
as ``unreachable``.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..actors.dictionaries import ActorCodeError, code_to_actor
from ..coding.ontology import Ontology
from ..coding.verbdict import read_verb_dictionary
from ..config import Settings, load_settings
from ..errors import DocumentError, InputError
from ..records import Document, Event

NONE = "---"


@dataclass(frozen=True, slots=True)
class ExpectedCoding:
    source: str
    target: str
    code: str


@dataclass(frozen=True, slots=True)
class PetrarchSentence:
    id: str
    date: dt.date | None
    category: str
    text: str  # white space collapsed (the file breaks lines inside sentences), or the parse's words
    codings: tuple[ExpectedCoding, ...]
    no_event: str | None  # "noevents" or the error PETRARCH gives; None when codings are expected
    active: bool  # False for sentence="false": not scored
    require_dyad: bool = True  # the <Config option="require_dyad"> in force (module docstring)


@dataclass(frozen=True, slots=True)
class PetrarchFiles:
    """The validation dictionaries named in ``<Environment>``, resolved next to the XML file."""

    verbs: str | None
    actors: str | None
    agents: str | None
    discards: str | None


@dataclass(frozen=True, slots=True)
class Miss:
    sentence: str
    expected: str  # "ARN -> GON 064" or "no event"
    got: tuple[str, ...]  # our triples in that sentence
    text: str


@dataclass
class PetrarchScore:
    expected: int = 0  # codings plus no-event expectations, in active sentences
    produced: int = 0  # exact: source, target and event code
    produced_root: int = 0  # source, target and the code's first two digits
    extras: int = 0  # our (source, target, code) triples that no expectation asked for
    unreachable: int = 0  # expected event codes neither in our CAMEO table nor the verb dictionary's
    skipped_sentences: int = 0  # sentence="false"
    sentences: int = 0
    categories: dict[str, Counter] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def _count(self, category: str, key: str, n: int = 1) -> None:
        self.categories.setdefault(category, Counter())[key] += n

    def as_dict(self) -> dict:
        reachable = self.expected - self.unreachable
        out = {
            "sentences": self.sentences,
            "skipped_sentences": self.skipped_sentences,
            "expected": self.expected,
            "produced": self.produced,
            "produced_rate": _rate(self.produced, self.expected),
            "produced_root": self.produced_root,
            "produced_root_rate": _rate(self.produced_root, self.expected),
            "unreachable": self.unreachable,
            "produced_rate_reachable": _rate(self.produced, reachable),
            "extras": self.extras,
        }
        for name in sorted(self.categories):
            c = self.categories[name]
            out[f"category_{name}"] = f"{c['produced']}/{c['expected']} (root {c['produced_root']}, extras {c['extras']})"
        return out


def _rate(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _date(text: str | None) -> dt.date | None:
    text = (text or "").strip()
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date() if text else None
    except ValueError:
        return None


def read_petrarch(path: Path) -> tuple[PetrarchFiles, list[PetrarchSentence]]:
    """The environment and the sentences of a PETRARCH unit-test XML file."""
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc})") from exc
    except ET.ParseError as exc:
        raise InputError(f"{path}: not well-formed PETRARCH XML ({exc})") from exc
    env = root.find("Environment")

    def named(tag: str) -> str | None:
        node = env.find(tag) if env is not None else None
        if node is None or not (node.text or "").strip():
            return None
        return str(Path(path).parent / node.text.strip())

    files = PetrarchFiles(named("Verbfile"), named("Actorfile"), named("Agentfile"), named("Discardfile"))
    sentences = []
    require_dyad = True  # PETRARCH's config file's value, before the first <Config>
    for node in root.iter():
        if node.tag == "Config" and (node.get("option") or "").strip().lower() == "require_dyad":
            require_dyad = (node.get("value") or "").strip().lower() != "false"
            continue
        if node.tag != "Sentence":
            continue
        codings, no_event = [], None
        for coding in node.findall("EventCoding"):
            if coding.get("eventcode") is not None:
                codings.append(ExpectedCoding(coding.get("sourcecode", NONE).strip(),
                                              coding.get("targetcode", NONE).strip(),
                                              coding.get("eventcode", "").strip()))
            elif coding.get("noevents", "").strip().lower() == "true":
                no_event = "noevents"
            elif coding.get("error"):
                no_event = coding.get("error").strip()
        text_node = node.find("Text")
        text = " ".join((text_node.text or "").split()) if text_node is not None else ""
        parse_node = node.find("Parse")
        text = coded_text(text, parse_text(parse_node.text or "") if parse_node is not None else "")
        sentences.append(PetrarchSentence(
            id=(node.get("id") or "").strip(), date=_date(node.get("date")),
            category=(node.get("category") or "").strip() or "-", text=text,
            codings=tuple(codings), no_event=no_event if not codings else None,
            active=(node.get("sentence") or "true").strip().lower() == "true", require_dyad=require_dyad))
    return files, sentences


# Penn Treebank's escaped brackets and quotes; the tokens written against the word before
# them, and those the next word is written against
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "``": '"', "''": '"'}
_LEAF = re.compile(r"\(([^\s()]+) ([^\s()]+)\)")
_CLOSING = re.compile(r"^(?:[,.;:!?%]|-RRB-|-RSB-|-RCB-|''|'|'[sdm]|'re|'ve|'ll|n't)$", re.IGNORECASE)
_OPENING = frozenset({"-LRB-", "-LSB-", "-LCB-", "``", "$"})


def parse_text(parse: str) -> str:
    """The words of a bracketed parse as a sentence: "(NP (NNP Dol) (NNP Amroth))" -> "Dol
    Amroth", "Ithilen 's" -> "Ithilen's", "rift , the" -> "rift, the"."""
    out, glued = [], True
    for _, word in _LEAF.findall(parse):
        if out and not glued and not _CLOSING.match(word):
            out.append(" ")
        out.append(_PTB.get(word, word))
        glued = word in _OPENING
    return "".join(out)


def _bare(text: str) -> str:
    return re.sub(r"[^\w]", "", text).casefold()


def coded_text(text: str, parsed: str) -> str:
    """The text, or the parse's words where they are other words (module docstring)."""
    return parsed if parsed and _bare(parsed) != _bare(text) else text


def actor_key(code: str) -> str:
    """A PETRARCH actor code as our actor code (module docstring): ``ARNGOVFRM`` -> ``ARNGOV``."""
    text = code.strip()
    if not text or text == NONE:
        return NONE
    try:
        if text.startswith(NONE):
            actor = code_to_actor(text[len(NONE):])
            return NONE + (actor.sector or "") if actor.org is None else actor.code
        return code_to_actor(text).code
    except ActorCodeError:
        return text  # a text code or an unreadable code: compared as written


def event_triple(event: Event) -> tuple[str, str, str]:
    return (event.source.actor.code if event.source else NONE,
            event.target.actor.code if event.target else NONE, event.cameo)


def score_sentence(score: PetrarchScore, sentence: PetrarchSentence, events: list[Event],
                   ontology: Ontology) -> None:
    """Add one active sentence to ``score``."""
    got = {event_triple(e) for e in events}
    shown = tuple(f"{s} -> {t} {c}" for s, t, c in sorted(got))
    score.sentences += 1
    cat = sentence.category
    if not sentence.codings:
        if sentence.no_event is None:  # a test with no expectation at all: only extras count
            score.extras += len(got)
            score._count(cat, "extras", len(got))
            return
        score.expected += 1
        score._count(cat, "expected")
        if not got:
            score.produced += 1
            score.produced_root += 1
            score._count(cat, "produced")
            score._count(cat, "produced_root")
        else:
            score.extras += len(got)
            score._count(cat, "extras", len(got))
            score.misses.append(Miss(sentence.id, f"no event ({sentence.no_event})", shown, sentence.text))
        return
    matched: set[tuple[str, str, str]] = set()
    for coding in sentence.codings:
        want = (actor_key(coding.source), actor_key(coding.target), coding.code)
        score.expected += 1
        score._count(cat, "expected")
        if coding.code not in ontology and not ontology.is_dictionary_code(coding.code):
            score.unreachable += 1
        if want in got:
            matched.add(want)
            score.produced += 1
            score._count(cat, "produced")
        else:
            score.misses.append(Miss(sentence.id, f"{want[0]} -> {want[1]} {want[2]}", shown, sentence.text))
        root = [t for t in got if t[:2] == want[:2] and t[2][:2] == want[2][:2]]
        if root:
            matched.update(root)
            score.produced_root += 1
            score._count(cat, "produced_root")
    extras = len(got - matched)
    score.extras += extras
    score._count(cat, "extras", extras)


def petrarch_settings(files: PetrarchFiles, settings: Settings | None = None) -> Settings:
    """``settings`` with the validation dictionaries added (their agents the only agents)."""
    settings = settings or load_settings()
    actors = [p for p in (files.actors, files.agents) if p]
    verbs = [files.verbs] if files.verbs else []
    discards = [files.discards] if files.discards else []
    return settings.replace(
        dictionaries=tuple(dict.fromkeys([*settings.dictionaries, *actors])),
        verb_dictionaries=tuple(dict.fromkeys([*settings.verb_dictionaries, *verbs])),
        discard_dictionaries=tuple(dict.fromkeys([*settings.discard_dictionaries, *discards])),
        dictionary_agents_only=settings.dictionary_agents_only or bool(files.agents))


def score_petrarch_file(path: Path, *, settings: Settings | None = None,
                        on_error: Callable[[DocumentError], None] | None = None) -> PetrarchScore:
    """Code every active sentence of a PETRARCH unit-test file and score it (module docstring)."""
    from ..pipeline import dyads_only, extract_documents

    files, sentences = read_petrarch(path)
    # every event kept; each sentence's <Config option="require_dyad"> filters them below
    run_settings = petrarch_settings(files, settings).replace(require_dyad=False)
    score = PetrarchScore(skipped_sentences=sum(not s.active for s in sentences))
    active = [s for s in sentences if s.active]
    by_id: dict[str, PetrarchSentence] = {}
    documents = []
    for n, sentence in enumerate(active):
        doc_id = sentence.id if sentence.id and sentence.id not in by_id else f"{sentence.id}#{n}"
        by_id[doc_id] = sentence
        documents.append(Document(id=doc_id, text=sentence.text, date=sentence.date,
                                  origin=f"{path}#{sentence.id}"))
    ontology = Ontology.load()
    if files.verbs:  # the dictionary's own codes outside CAMEO, as the importer keeps them
        read_verb_dictionary(files.verbs, strict=False, ontology=ontology)
    for result in extract_documents(documents, settings=run_settings):
        if isinstance(result, DocumentError):
            if on_error is None:
                raise result
            on_error(result)
            continue
        sentence = by_id[result.document.id]
        events = dyads_only(result.events) if sentence.require_dyad else result.events
        score_sentence(score, sentence, events, ontology)
    return score
