"""Extra knowledge from CAMEO dictionaries in TABARI/PETRARCH format.

A user lists dictionary files in the ``dictionaries`` setting (or with
``--dictionary``). Actor dictionaries add names with their dated codes
(``JOHN_KERRY_ [USAELI] [USAGOV >20130201]``); agent dictionaries add
agent nouns with their sector (``POLICE_OFFICER [~COP]``). Imported forms
are matched ignoring case, as TABARI does.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import KnowledgeBaseError
from .dictionaries import (
    ActorCodeError,
    DictionaryActor,
    code_to_actor,
    read_actor_dictionary,
    read_agent_dictionary,
)
from .kb import Entity, Form, KnowledgeBase, Period, SectorWord, shipped_kb

log = logging.getLogger(__name__)


def is_agent_dictionary(path: Path) -> bool:
    """Agent dictionaries mark their codes with '~' (``[~COP]``, ``[NGO~]``)."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if "[" in line and not line.lstrip().startswith(("#", "<!--")):
                block = line[line.index("["):]
                if "]" in block:
                    return "~" in block[: block.index("]")]
    return False


def _periods(entry: DictionaryActor) -> tuple[Period, ...]:
    out = []
    for period in entry.periods:
        try:
            actor = code_to_actor(period.code)
        except ActorCodeError as exc:  # "[+++]", "[ELR/GAL]": no single actor; the entry is skipped
            log.warning("%s:%d: %s; skipped", entry.path, entry.line, exc)
            continue
        key = actor.org or actor.country
        if not key:
            continue
        # TABARI ranges end the day before the end date; a Period's end is inclusive.
        end = period.end - dt.timedelta(days=1) if period.end else None
        out.append(Period(key, actor.sector, period.code, period.start, end))
    return tuple(out)


def _actor_forms(entry: DictionaryActor) -> Iterator[tuple[str, Form]]:
    periods = _periods(entry)
    if not periods:
        return
    ent = Entity("dictionary", f"{entry.path}:{entry.line}", entry.forms[0], periods)
    for text in entry.forms:
        yield text, Form(ent, "name", casefold=True)


@functools.lru_cache(maxsize=8)
def with_dictionaries(paths: tuple[str, ...]) -> KnowledgeBase:
    """The shipped knowledge base plus the entries of the given dictionary files."""
    forms: list[tuple[str, Form]] = []
    words: list[tuple[str, SectorWord]] = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise KnowledgeBaseError(name, None, "dictionary file not found (setting 'dictionaries')")
        if is_agent_dictionary(path):
            agents = read_agent_dictionary(path, strict=False)
            for agent in agents.agents:
                sector = code_to_actor(agent.code.strip("~")).sector
                if sector:
                    words.extend((f.lower(), SectorWord(sector, "agent")) for f in agent.forms)
            log.info("%s: %d agents (%d problems skipped)", path, len(agents.agents), len(agents.problems))
        else:
            actors = read_actor_dictionary(path, strict=False)
            for entry in actors.actors:
                forms.extend(_actor_forms(entry))
            log.info("%s: %d actors (%d problems skipped)", path, len(actors.actors), len(actors.problems))
    return shipped_kb().merged(forms, words)
