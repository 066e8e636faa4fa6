"""Extra knowledge from CAMEO dictionaries in TABARI/PETRARCH format.

A user lists dictionary files in the ``dictionaries`` setting (or with
``--dictionary``). Actor dictionaries add names with their dated codes
(``JOHN_KERRY_ [USAELI] [USAGOV >20130201]``); agent dictionaries add
agent nouns with their sector (``POLICE_OFFICER [~COP]``). Imported forms
are matched ignoring case, as TABARI does, whatever the tokenizer makes of their case
("+K.U." is one token as "K.U." in a text, two as "k.u.": both are matched, ``gazetteer``).

Where an imported phrase names something the shipped knowledge base also
names, the dictionary's code wins (as imported verbs replace the shipped
entries of the same verbs); where both give the same actor or sector, the
shipped entry stays, with what its kind adds ("President" a title before a
name, "Israeli" an adjective). An entry coded as a state alone (``[GON]``,
undated) is a state name. An agent whose code names no eventwire sector
(``[~ELI]``, ``[~MOP]``) is still an agent noun, of no sector: the longer
phrase is matched, and gives the country alone ("Gondor's main opposition
group" is not an "opposition group"). An agent entry's forms are all its forms: the
gazetteer adds no plural to them ("POLICE {} [~COP]": "polices" is no agent), and an imported
agent wins over a shipped name of the same text ("MSF [~NGO]": "the Gondor MSF" is Gondor's
NGO, not the organisation). A group an entry codes keeps the entry's code: its name is no
transnational group of the shipped knowledge, placed where the text places it ("AL-QAEDA
[IMGMOSALQ]": "Al-Qaeda ... in Afghanistan" stays ---REB). An entry coded as several actors at once
(``THE_SHIRE [FRO/BIL/SAM]``) is one name of them all: its mentions resolve to
the first and the coder codes each (``KnowledgeBase.members``,
``span._.actor_members``), as TABARI and PETRARCH code compound codes.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ConfigError, KnowledgeBaseError
from ..records import Actor
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


def members(entry: DictionaryActor) -> tuple[Actor, ...]:
    """The actors of an entry coded as several at once, undated ("LORIEN [ELR/GAL]": a mention
    of Lorien is both ELR and GAL, as TABARI and PETRARCH code it); () for other entries."""
    if len(entry.periods) != 1 or entry.periods[0].dated or "/" not in entry.periods[0].code:
        return ()
    try:
        return tuple(code_to_actor(code) for code in entry.periods[0].code.split("/"))
    except ActorCodeError:
        return ()


def _periods(entry: DictionaryActor) -> tuple[Period, ...]:
    out = []
    group = members(entry)
    for period in entry.periods:
        try:
            # a compound code resolves to its first actor; the coder adds the others
            actor = group[0] if group else code_to_actor(period.code)
        except ActorCodeError as exc:  # "[+++]": no actor; the entry is skipped
            log.warning("%s:%d: %s; skipped", entry.path, entry.line, exc)
            continue
        key = actor.org or actor.country or ""  # "": a sector of no state ([NGO], [MED])
        if not key and not actor.sector:
            continue
        # "<D" ends the day before D; a range "D1-D2" holds on D2 too (CodePeriod.covers);
        # where ranges overlap, the one that began last wins (KnowledgeBase.actor_of_entity)
        end = period.end - dt.timedelta(days=1) if period.end and not period.start else period.end
        out.append(Period(key, actor.sector, period.code, period.start, end))
    return tuple(out)


def _actor_forms(entry: DictionaryActor, shipped: KnowledgeBase,
                 folded: dict[str, list[Form]]) -> Iterator[tuple[str, Form]]:
    periods = _periods(entry)
    if not periods:
        return
    plain = _plain_state(entry)
    if plain is not None:
        ent = Entity("state", plain, entry.forms[0])
    else:
        ent = Entity("dictionary", f"{entry.path}:{entry.line}", entry.forms[0], periods)
    for text in entry.forms:
        form = Form(ent, "name", casefold=True)
        if plain is not None and _agrees(shipped, folded.get(text.lower(), ()), form):
            continue  # the shipped form says the same, with its kind (adjective, ...)
        yield text, form


def _plain_state(entry: DictionaryActor) -> str | None:
    """The country of an entry coded as one state alone, undated (``GONDOR [GON]``)."""
    if len(entry.periods) != 1 or entry.periods[0].dated:
        return None
    try:
        actor = code_to_actor(entry.periods[0].code)
    except ActorCodeError:
        return None
    return actor.country if actor.country and not actor.sector and not actor.org else None


def _agrees(shipped: KnowledgeBase, forms: Iterable[Form], form: Form) -> bool:
    """Whether the shipped forms of a text all name the actor the imported ``form`` names."""
    wanted = shipped.actor(form, None)
    codes = {a.code if a else None for f in forms if not f.requires for a in [shipped.actor(f, None)]}
    return wanted is not None and codes == {wanted.code}


def _folded_forms(kb: KnowledgeBase) -> dict[str, list[Form]]:
    out: dict[str, list[Form]] = {}
    for text, forms in kb.forms.items():
        out.setdefault(text.lower(), []).extend(forms)
    return out


@functools.lru_cache(maxsize=8)
def with_dictionaries(paths: tuple[str, ...], agents_only: bool = False) -> KnowledgeBase:
    """The shipped knowledge base plus the entries of the given dictionary files.

    ``agents_only`` (setting ``dictionary_agents_only``): the agents of the agent
    dictionaries are the whole list of agent nouns, and the shipped ones ("leader",
    "mayor", "militia") name no agent, as TABARI and PETRARCH code with their
    dictionaries alone; a :class:`~eventwire.errors.ConfigError` if no agent
    dictionary is given.
    """
    shipped = shipped_kb()
    if agents_only and not any(Path(name).exists() and is_agent_dictionary(Path(name)) for name in paths):
        raise ConfigError("setting 'dictionary_agents_only' (--dictionary-agents-only) needs an agent "
                          "dictionary ('POLICE_OFFICER [~COP]') among 'dictionaries' (--dictionary FILE); "
                          f"none given (dictionaries: {', '.join(paths) or 'none'}).")
    folded = _folded_forms(shipped)
    forms: list[tuple[str, Form]] = []
    words: list[tuple[str, SectorWord]] = []
    groups: dict[str, tuple[Actor, ...]] = {}
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise KnowledgeBaseError(name, None, "dictionary file not found (setting 'dictionaries')")
        if is_agent_dictionary(path):
            agents = read_agent_dictionary(path, strict=False)
            for agent in agents.agents:
                try:
                    sector = code_to_actor(agent.code).sector
                except ActorCodeError:  # "[~XY]": no CAMEO code, no sector
                    sector = None
                for text in agent.forms:
                    own = shipped.sector_words.get(text.lower())
                    # the entry gives the sector; a shipped word keeps its kind (a title
                    # before a name: "Attorney General Jorge Messias of Brazil"); the entry's
                    # forms are all its plurals ("POLICE {} [~COP]": "polices" is none), and it
                    # wins over a shipped name ("MSF {} [NGO~]": an agent, not an organisation)
                    words.append((text.lower(), SectorWord(sector, own.kind if own else "agent", imported=True,
                                                           prefix=agent.placement == "before")))
            log.info("%s: %d agents (%d problems skipped)", path, len(agents.agents), len(agents.problems))
        else:
            actors = read_actor_dictionary(path, strict=False)
            for entry in actors.actors:
                forms.extend(_actor_forms(entry, shipped, folded))
                if members(entry):
                    groups[entry.name] = members(entry)
            log.info("%s: %d actors (%d problems skipped)", path, len(actors.actors), len(actors.problems))
    kb = shipped.merged(forms, words, groups)
    # (petr50) a group the dictionaries code keeps their code: a name of theirs is no longer one
    # the shipped knowledge places where the text does (a transnational group, a people's armed
    # men: "Al-Qaeda ... in Afghanistan" under "AL-QAEDA [IMGMOSALQ]" stays ---REB, not AFGREB)
    coded = {form.entity.name for _, form in forms if form.entity.kind == "dictionary"}
    kb.transnational -= coded
    kb.peoples -= coded
    if agents_only:
        kb.sector_words = {text: word for text, word in kb.sector_words.items() if word.imported}
        kb.anonymous_agents = True  # "a senior official said": ---GOV, as PETRARCH codes it
    return kb
