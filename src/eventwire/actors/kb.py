"""The actor knowledge base: states, organisations, groups, people, sector words.

Loaded once from the TSV files in ``data/`` (format: ``docs/knowledge-base.md``).
Every bad line raises :class:`~eventwire.errors.KnowledgeBaseError` with its
file and line. The loaded :class:`KnowledgeBase` is immutable and answers
"which actor does this surface form mean on this date".
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..datafiles import tsv_records
from ..errors import KnowledgeBaseError
from ..records import SECTORS, Actor

log = logging.getLogger(__name__)

# "host": a city that seats an organisation and names it as an actor ("Brussels" is the EU),
# but as a place is its host state's ("a summit in Brussels": Belgium).
STATE_KINDS = {"name", "short", "historical", "alias", "adjective", "demonym", "capital", "seat", "host"}
ORG_KINDS = {"name", "alias", "body"}
GROUP_KINDS = {"armed", "party", "movement", "militia", "criminal", "transnational", "people"}
OUTLET_KINDS = {"agency", "broadcaster", "newspaper", "magazine", "website"}  # outlets.tsv
SECTOR_KINDS = {"title", "agent", "body"}


@dataclass(frozen=True, slots=True)
class Period:
    """One dated role: who the entity is between ``start`` and ``end``."""

    actor: str  # ISO3 or organisation key
    sector: str | None
    role: str
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entity:
    """Something a surface form can name."""

    kind: str  # "state", "org", "group", "person", "dictionary"
    key: str  # ISO3, organisation key, group or person id
    name: str
    periods: tuple[Period, ...] = ()
    sector: str | None = None  # fixed sector (organisation bodies)


@dataclass(frozen=True, slots=True)
class Form:
    """A surface form and what it points to."""

    entity: Entity
    form_kind: str  # name, alias, adjective, demonym, capital, seat, body, surname, ...
    requires: tuple[str, ...] = ()
    casefold: bool = False  # matched ignoring case (imported dictionaries)


@dataclass(frozen=True, slots=True)
class SectorWord:
    sector: str | None  # None: an imported agent whose code names no eventwire sector ([~ELI])
    kind: str  # title, agent, body
    # from an imported agent dictionary: its forms list its plurals ("POLICE {} [~COP]": none),
    # so the gazetteer adds none, and it wins over a shipped name of the same text
    imported: bool = False
    # an imported agent whose code goes before the state's ("MSF {} [NGO~]"): the agent word
    # before a state's name names the state's body of that sector ("MSF Arnor", ``sections``)
    prefix: bool = False


@dataclass
class KnowledgeBase:
    forms: dict[str, list[Form]] = field(default_factory=lambda: defaultdict(list))
    sector_words: dict[str, SectorWord] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)  # iso3 -> canonical name
    orgs: dict[str, str] = field(default_factory=dict)  # key -> canonical name
    org_parent: dict[str, str] = field(default_factory=dict)  # body key -> GUIDE.md key
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    family_name_first: frozenset[str] = frozenset()
    transnational: set[str] = field(default_factory=set)  # names of groups based where the text places them
    # the armed men of a people without a state ("Kurdish forces", kind "people"): transnational, and
    # with no place in their sentence, of the state named nearest to them there
    peoples: set[str] = field(default_factory=set)
    # An imported entry coded as several actors at once ("THE_SHIRE [FRO/BIL/SAM]"): the
    # actors, by the entry's name (the name of the first actor, which its mentions resolve to).
    members: dict[str, tuple[Actor, ...]] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)  # news outlet's name -> its kind (outlets.tsv)
    # The user's agent dictionaries are the only agents (setting 'dictionary_agents_only'): an
    # agent noun that no state goes with is PETRARCH's anonymous agent ("---GOV", ``resolve``).
    anonymous_agents: bool = False

    # -- questions ---------------------------------------------------------
    def actor(self, form: Form, day: dt.date | None) -> Actor | None:
        """The actor ``form`` names on ``day`` (today when None)."""
        ent = form.entity
        if ent.kind == "state":
            sector = "GOV" if form.form_kind in ("capital", "seat") else None
            return Actor(name=ent.name, country=ent.key, sector=sector)
        if ent.kind == "org":
            return Actor(name=ent.name, org=self.org_parent.get(ent.key, ent.key), sector=ent.sector or "IGO")
        return self.actor_of_entity(ent, day)

    def actor_of_entity(self, ent: Entity, day: dt.date | None) -> Actor | None:
        if not ent.periods:
            return None
        day = day or dt.date.today()
        current = [p for p in ent.periods if p.holds_on(day)]
        if current:
            # Several roles at once: the most specific (latest start) wins.
            period = max(current, key=lambda p: p.start or dt.date.min)
            return self._period_actor(ent.name, period, period.sector)
        earlier = [p for p in ent.periods if p.end is not None and p.end < day]
        if earlier:
            period = max(earlier, key=lambda p: p.end or dt.date.min)
        else:
            period = min(ent.periods, key=lambda p: p.start or dt.date.max)
        # Out of office: the country (or organisation) with no sector. A group
        # keeps what it is; only people lose their office.
        sector = period.sector if ent.kind != "person" else None
        return self._period_actor(ent.name, period, sector)

    def _period_actor(self, name: str, period: Period, sector: str | None) -> Actor:
        if period.actor in self.orgs:
            return Actor(name=name, org=self.org_parent.get(period.actor, period.actor), sector=sector)
        return Actor(name=name, country=period.actor or None, sector=sector)

    def find(self, text: str) -> list[Entity]:
        """Entities named ``text`` (any form, case-insensitive), most specific first."""
        wanted = text.strip().lower()
        out: dict[tuple[str, str], Entity] = {}
        for form_text, forms in self.forms.items():
            if form_text.lower() == wanted:
                for f in forms:
                    out.setdefault((f.entity.kind, f.entity.key), self.entities.get(
                        (f.entity.kind, f.entity.key), f.entity))
        return list(out.values())

    def forms_of(self, entity: Entity) -> list[tuple[str, str]]:
        """(text, kind) of every form naming ``entity``."""
        return sorted({(t, f.form_kind) for t, forms in self.forms.items() for f in forms
                       if (f.entity.kind, f.entity.key) == (entity.kind, entity.key)})

    def merged(self, extra: Iterable[tuple[str, Form]],
               sector_words: Iterable[tuple[str, SectorWord]] = (),
               members: dict[str, tuple[Actor, ...]] | None = None) -> KnowledgeBase:
        """A new knowledge base with extra forms (e.g. imported dictionaries) added.

        Extra forms come before the knowledge base's own forms of the same text, and
        extra sector words replace its own: the caller leaves out what agrees with them
        (:func:`~eventwire.actors.imported.with_dictionaries`).
        """
        kb = KnowledgeBase(
            forms=defaultdict(list, {k: list(v) for k, v in self.forms.items()}),
            sector_words=dict(self.sector_words),
            states=dict(self.states),
            orgs=dict(self.orgs),
            org_parent=dict(self.org_parent),
            entities=dict(self.entities),
            family_name_first=self.family_name_first,
            transnational=set(self.transnational),
            peoples=set(self.peoples),
            members={**self.members, **(members or {})},
            outlets=dict(self.outlets),
        )
        added: dict[str, list[Form]] = defaultdict(list)
        for text, form in extra:
            added[text.lower() if form.casefold else text].append(form)
            kb.entities.setdefault((form.entity.kind, form.entity.key), form.entity)
        for text, forms in added.items():
            kb.forms[text] = forms + kb.forms[text]
        for text, word in sector_words:
            kb.sector_words[text.lower()] = word
        return kb


# -- loading ----------------------------------------------------------------


def _date(value: str, path: Path, lineno: int) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise KnowledgeBaseError(str(path), lineno, f"bad date {value!r} (use YYYY-MM-DD)") from exc


def _sector(value: str, path: Path, lineno: int) -> str | None:
    if not value:
        return None
    if value not in SECTORS:
        raise KnowledgeBaseError(
            str(path), lineno, f"unknown sector {value!r}; known: {' '.join(SECTORS)}"
        )
    return value


def _need(row: dict[str, str], column: str, path: Path, lineno: int) -> str:
    value = row.get(column, "")
    if not value:
        raise KnowledgeBaseError(str(path), lineno, f"empty {column!r}")
    return value


def _variants(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


# The Arabic article is written "al-" inside a sentence and "Al-" at its start ("the
# al-Qaeda network", "Al-Qaeda claimed"): a form that begins with either has both spellings.
ARABIC_ARTICLE = {"al-": "Al-", "al ": "Al ", "Al-": "al-", "Al ": "al "}


def _add(kb: KnowledgeBase, text: str, form: Form) -> None:
    """Register a surface form, also with a capital 'The' for a leading 'the', and with the
    other case of a leading Arabic article (ARABIC_ARTICLE)."""
    kb.forms[text].append(form)
    if text.startswith("the "):
        kb.forms["The " + text[4:]].append(form)
    other = ARABIC_ARTICLE.get(text[:3])
    if other is not None and len(text) > 3 and text[3].isupper():
        twin = kb.forms[other + text[3:]]
        if form not in twin:
            twin.append(form)


def load_states(kb: KnowledgeBase, path: Path) -> None:
    rows = list(tsv_records(path, ["iso3", "kind", "form", "requires"]))
    for lineno, row in rows:
        iso3 = _need(row, "iso3", path, lineno)
        if len(iso3) != 3 or not iso3.isupper():
            raise KnowledgeBaseError(str(path), lineno, f"bad ISO3 code {iso3!r}")
        kind = _need(row, "kind", path, lineno)
        if kind not in STATE_KINDS:
            raise KnowledgeBaseError(str(path), lineno, f"unknown kind {kind!r}; known: {sorted(STATE_KINDS)}")
        if kind == "name" and iso3 not in kb.states:
            kb.states[iso3] = _need(row, "form", path, lineno)
    for lineno, row in rows:
        iso3, kind, text = row["iso3"], row["kind"], _need(row, "form", path, lineno)
        if iso3 not in kb.states:
            raise KnowledgeBaseError(str(path), lineno, f"{iso3} has no 'name' row")
        ent = kb.entities.setdefault(("state", iso3), Entity("state", iso3, kb.states[iso3]))
        _add(kb, text, Form(ent, kind, tuple(_variants(row.get("requires", "")))))


def load_organisations(kb: KnowledgeBase, path: Path) -> None:
    for lineno, row in tsv_records(path, ["key", "kind", "form", "sector"]):
        key = _need(row, "key", path, lineno)
        kind = _need(row, "kind", path, lineno)
        text = _need(row, "form", path, lineno)
        if kind not in ORG_KINDS:
            raise KnowledgeBaseError(str(path), lineno, f"unknown kind {kind!r}; known: {sorted(ORG_KINDS)}")
        if key not in kb.orgs:
            if kind != "name":
                raise KnowledgeBaseError(str(path), lineno, f"first row of {key} must be its 'name'")
            kb.orgs[key] = text
        sector = _sector(row.get("sector", ""), path, lineno)
        ent = Entity("org", key, kb.orgs[key], sector=sector)
        kb.entities.setdefault(("org", key), Entity("org", key, kb.orgs[key]))
        _add(kb, text, Form(ent, kind))


def load_parents(kb: KnowledgeBase, path: Path) -> None:
    if not path.exists():
        return
    for lineno, row in tsv_records(path, ["key", "parent"]):
        key, parent = _need(row, "key", path, lineno), _need(row, "parent", path, lineno)
        for k in (key, parent):
            if k not in kb.orgs:
                raise KnowledgeBaseError(str(path), lineno, f"unknown organisation key {k!r}")
        kb.org_parent[key] = parent


def _check_actor(kb: KnowledgeBase, actor: str, path: Path, lineno: int) -> str:
    if actor not in kb.states and actor not in kb.orgs:
        raise KnowledgeBaseError(str(path), lineno, f"unknown state or organisation {actor!r}")
    return actor


@dataclass
class _Dated:
    """The rows of groups.tsv or people.tsv, merged by id."""

    names: dict[str, str] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    periods: dict[str, list[Period]] = field(default_factory=lambda: defaultdict(list))


def _read_dated(kb: KnowledgeBase, path: Path, kind: str, kinds: set[str] = GROUP_KINDS) -> _Dated:
    if kind == "group":
        columns = ["id", "name", "aliases", "country", "sector", "start", "end", "kind"]
        actor_col, variants_col = "country", "aliases"
    else:
        columns = ["id", "name", "variants", "actor", "sector", "role", "start", "end"]
        actor_col, variants_col = "actor", "variants"
    out = _Dated()
    for lineno, row in tsv_records(path, columns):
        key = _need(row, "id", path, lineno)
        name = _need(row, "name", path, lineno)
        if out.names.setdefault(key, name) != name:
            raise KnowledgeBaseError(str(path), lineno, f"{key}: name {name!r} differs from {out.names[key]!r}")
        if kind == "group" and row["kind"] and row["kind"] not in kinds:
            raise KnowledgeBaseError(str(path), lineno, f"unknown kind {row['kind']!r}; known: {sorted(kinds)}")
        start, end = _date(row["start"], path, lineno), _date(row["end"], path, lineno)
        if start and end and start > end:
            raise KnowledgeBaseError(str(path), lineno, f"start {start} is after end {end}")
        actor = _check_actor(kb, _need(row, actor_col, path, lineno), path, lineno)
        sector = _sector(row["sector"], path, lineno)
        out.periods[key].append(Period(actor, sector, row.get("role", "") or row.get("kind", ""), start, end))
        out.forms[key].update([name, *_variants(row[variants_col])])
    return out


def _merge_history(current: _Dated, history: _Dated) -> None:
    """Add the earlier offices of people_historical.tsv to people.tsv.

    A historical person who shares a full name with a person of people.tsv is
    that person: their periods before the first period of people.tsv are
    added (cut at its start). Others are added under ``h:<id>``.
    """
    owner = {f: key for key, forms in current.forms.items() for f in forms if " " in f}
    for key, name in history.names.items():
        match = next((owner[f] for f in sorted(history.forms[key]) if f in owner), None)
        if match is None:
            new = f"h:{key}"
            current.names[new] = name
            current.forms[new] = set(history.forms[key])
            current.periods[new] = list(history.periods[key])
            continue
        first = min((p.start or dt.date.min for p in current.periods[match]), default=dt.date.max)
        for p in history.periods[key]:
            if p.start is not None and p.start >= first:
                continue
            if p.end is None or p.end >= first:
                p = Period(p.actor, p.sector, p.role, p.start, first - dt.timedelta(days=1))
            current.periods[match].append(p)
        current.forms[match].update(history.forms[key])


def _register(kb: KnowledgeBase, dated: _Dated, kind: str) -> None:
    for key, name in dated.names.items():
        periods = tuple(sorted(dated.periods[key], key=lambda p: p.start or dt.date.min))
        ent = Entity(kind, key, name, periods)
        kb.entities[(kind, key)] = ent
        if kind == "group" and any(p.role in ("transnational", "people") for p in periods):
            kb.transnational.add(name)
        if kind == "group" and any(p.role == "people" for p in periods):
            kb.peoples.add(name)
        for text in sorted(dated.forms[key]):
            _add(kb, text, Form(ent, "name"))
        if kind == "person":
            for surname in _surnames(name, dated.forms[key], ent, kb):
                # A surname that is also the name of a state, organisation or group
                # ("Philippe of Belgium") is not a way to call the person.
                taken = any(f.entity.kind != "person" for f in kb.forms.get(surname, ()))
                if surname not in dated.forms[key] and not taken:
                    kb.forms[surname].append(Form(ent, "surname"))


def _load_dated(kb: KnowledgeBase, path: Path, kind: str, history: Path | None = None) -> None:
    """groups.tsv and people.tsv (+ their ``*_historical.tsv``): one row per period, rows of an id merged."""
    dated = _read_dated(kb, path, kind)
    if history is not None and history.exists():
        old = _read_dated(kb, history, kind)
        if kind == "person":
            _merge_history(dated, old)
        else:
            taken = {f for forms in dated.forms.values() for f in forms}
            for key, name in old.names.items():
                if key not in dated.names and not taken.intersection(old.forms[key]):
                    dated.names[key], dated.forms[key], dated.periods[key] = name, old.forms[key], old.periods[key]
    _register(kb, dated, kind)


def load_outlets(kb: KnowledgeBase, path: Path) -> None:
    """outlets.tsv: news outlets, groups of sector MED whose kind says what they are (an agency,
    a broadcaster, a newspaper), for "the agency", "the broadcaster" later (``outlets.py``)."""
    if not path.exists():
        return
    dated = _read_dated(kb, path, "group", OUTLET_KINDS)
    for key in dated.names:
        if ("group", key) in kb.entities:
            raise KnowledgeBaseError(str(path), None, f"id {key!r} is also the id of a group")
    _register(kb, dated, "group")
    kb.outlets.update({name: dated.periods[key][0].role for key, name in dated.names.items()})


NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"}
HONORIFICS = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Madam", "Sir", "Dame"}
ROYAL_TITLES = {"King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Pope", "Sultan", "Crown"}
# Last words of a body's name, never a person's family name: a body filed with the people
# (people_historical.tsv's "Kurdish Democratic Union Party", "Tawhid Brigade") gives no
# surname, or "the Bhartaiya Janta Party government" read "Party" as that Syrian (agent44).
BODY_NAME_WORDS = {"Party", "Union", "Council", "Forces", "Brigade", "Brigades", "Front", "Movement", "Army",
                   "Alliance", "League", "Congress", "Committee", "Coalition", "Organization", "Organisation",
                   "Group", "Association", "Federation", "Government", "Ministry"}


def _surnames(name: str, variants: set[str], ent: Entity, kb: KnowledgeBase) -> set[str]:
    """Short forms a person is called by: the family name of each full form.

    None for royal and papal names ("King Charles III", "Philippe of Belgium").
    """
    first_family = any(p.actor in kb.family_name_first for p in ent.periods)
    out = set()
    for text in {name, *variants}:
        parts = [p for p in text.split() if p not in NAME_SUFFIXES]
        while parts and (parts[0].lower() in kb.sector_words or parts[0] in HONORIFICS):
            parts = parts[1:]  # "President Xi", "Mr Kim": the title is no part of the name
        if len(parts) < 2 or parts[0] in ROYAL_TITLES or any(p.islower() and p in ("of", "the") for p in parts):
            continue
        out.add(parts[0] if first_family else parts[-1])
    shortest = 2 if first_family else 3  # "Xi", "Li" are surnames; "Al" is not
    return {s for s in out if len(s) >= shortest and s[0].isupper() and s.lower() not in kb.sector_words
            and s not in BODY_NAME_WORDS}


def load_sectors(kb: KnowledgeBase, path: Path) -> None:
    for lineno, row in tsv_records(path, ["form", "sector", "kind"]):
        text = _need(row, "form", path, lineno).lower()
        sector = _sector(_need(row, "sector", path, lineno), path, lineno)
        kind = _need(row, "kind", path, lineno)
        if kind not in SECTOR_KINDS:
            raise KnowledgeBaseError(str(path), lineno, f"unknown kind {kind!r}; known: {sorted(SECTOR_KINDS)}")
        assert sector is not None
        kb.sector_words[text] = SectorWord(sector, kind)


def load_party_adjectives(kb: KnowledgeBase, path: Path) -> None:
    """Adjectives that name a party before its people's nouns ("Democratic leaders"): forms of
    kind "adjective" of the group, usable only where its country is of the document."""
    if not path.exists():
        return
    for lineno, row in tsv_records(path, ["form", "group", "requires"]):
        key = _need(row, "group", path, lineno)
        ent = kb.entities.get(("group", key))
        if ent is None:
            raise KnowledgeBaseError(str(path), lineno, f"unknown group {key!r}")
        requires = tuple(_check_actor(kb, k, path, lineno) for k in _variants(_need(row, "requires", path, lineno)))
        _add(kb, _need(row, "form", path, lineno), Form(ent, "adjective", requires))


def data_dir() -> Path:
    return Path(str(resources.files("eventwire.actors").joinpath("data")))


def load_kb(directory: Path | None = None) -> KnowledgeBase:
    """Load the knowledge base from a data folder (the shipped one by default)."""
    directory = directory or data_dir()
    kb = KnowledgeBase()
    fnf = directory / "family_name_first.txt"
    if fnf.exists():
        kb.family_name_first = frozenset(
            line.split("#")[0].strip() for line in fnf.read_text(encoding="utf-8").splitlines()
            if line.split("#")[0].strip()
        )
    load_states(kb, directory / "states.tsv")
    load_organisations(kb, directory / "organisations.tsv")
    load_parents(kb, directory / "organisation_parents.tsv")
    load_sectors(kb, directory / "sectors.tsv")  # before people: a title is not a surname
    _load_dated(kb, directory / "groups.tsv", "group", history=directory / "groups_historical.tsv")
    load_outlets(kb, directory / "outlets.tsv")
    _load_dated(kb, directory / "people.tsv", "person", history=directory / "people_historical.tsv")
    load_party_adjectives(kb, directory / "party_adjectives.tsv")
    log.debug("knowledge base: %d forms, %d entities", len(kb.forms), len(kb.entities))
    return kb


@functools.lru_cache(maxsize=4)
def shipped_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process."""
    return load_kb()
