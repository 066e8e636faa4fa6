"""Import CAMEO actor and agent dictionaries in TABARI / PETRARCH format.

Reads the ``.actors`` and ``.agents`` files that TABARI, PETRARCH and the
Phoenix data set used (``Phoenix.Countries.actors.txt``, ``PLOVER_agents.txt``,
the PETRARCH validation dictionaries, ...) into typed records. It does not
match anything in text: the actor matcher consumes these records.

Actor file format (as the files and PETRARCH-2 read it)::

    JOHN_KERRY_ [USAELI]              # an entry: a phrase and a code
    +SECRETARY_KERRY                  # a synonym of the entry above
        [USASEN 19850102-20130201]    # more codes, with dates, on lines of their own
        [USAGOV >20130201]
    ABRAHAM_ABRAHAM_ [IGOUNO] [ELI]   # several code blocks may share a line

* ``_`` joins the words of a phrase (a trailing ``_`` marked a whole word in
  TABARI; PETRARCH reads it, like every ``_``, as a space, and so do we).
* A code block is ``[CODE]`` (undated: the default) or ``[CODE DATE]`` with
  ``>D`` (from D on), ``<D`` (before D) or ``D1-D2`` (from D1 through D2, as the
  unit tests of PETRARCH read it, DATE-11), spaces allowed around ``<``, ``>``, ``-``.
  Dates are ``YYYYMMDD`` or ``YYMMDD``; a two-digit year 00-30 is 20YY, else
  19YY (the KEDS/TABARI/PETRARCH rule).
* Comments: ``#`` to the end of the line, a ``;`` at the start of a line or
  after a space (TABARI), ``<!-- ... -->`` (also across lines) and lines
  starting with ``<!``. Blank lines are skipped.
* Codes are upper-cased (the validation file has ``[pse]``); ``---`` is the
  "no actor" code; ``/`` joins alternative codes (``[ELR/GAL]``) and is kept.

Agent file format::

    !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     # a substitution set
    POLICE_OFFICER [~COP]                         # regular plural made: POLICE OFFICERS
    ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]   # irregular plural
    POLICE {} [~COP]                              # no plural
    CONGRESS!PERSON! [~LEG]                       # CONGRESSMAN, CONGRESSMEN, ... (no plurals)
    HUMAN_RIGHTS_BODY [NGO~]                      # code goes before the actor code

Forms are plain-text phrases with spaces: actor forms in display case
("John Kerry", "U.N.", "Al-Qaeda"), agent forms in lower case ("police
officer"). The case is for display only: a matcher compares casefolded text.

Errors: by default the first bad line raises
:class:`~eventwire.errors.KnowledgeBaseError` (``file:line: problem``). With
``strict=False`` a bad line is logged, counted in ``problems`` and skipped (a
bad code block drops that block; an entry left without any code is dropped).

:func:`code_to_actor` turns a CAMEO actor code into an :class:`Actor`;
:func:`resolve_on` picks the code of an entry valid on a date.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..errors import EventwireError, KnowledgeBaseError
from ..records import Actor

log = logging.getLogger(__name__)

__all__ = [
    "ActorCodeError",
    "ActorDictionary",
    "AgentDictionary",
    "CodePeriod",
    "DictionaryActor",
    "DictionaryAgent",
    "DictionaryProblem",
    "code_to_actor",
    "format_actor_entry",
    "parse_actor_dictionary",
    "parse_agent_dictionary",
    "parse_code_block",
    "read_actor_dictionary",
    "read_agent_dictionary",
    "resolve_on",
]


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class CodePeriod:
    """A code and when it holds: from ``start`` (inclusive) to ``end``.

    Both None: the undated default code. ``>D`` is ``start=D``; ``<D`` is
    ``end=D`` (exclusive); ``D1-D2`` is ``start=D1, end=D2``, both days included, as the
    PETRARCH unit tests read a range (DATE-11: the upper bound of a range is in it).
    """

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: dt.date) -> bool:
        """True when the code holds on ``day`` (always for an undated code)."""
        day = _as_date(day)
        last_in = self.start is not None  # a range's end day is in it; "<D" ends before D
        return (self.start is None or self.start <= day) and (
            self.end is None or day < self.end or (last_in and day == self.end))

    def to_block(self) -> str:
        """The block as written in a dictionary file: ``[USAGOV 20090120-20170120]``."""
        if self.start and self.end:
            return f"[{self.code} {self.start:%Y%m%d}-{self.end:%Y%m%d}]"
        if self.start:
            return f"[{self.code} >{self.start:%Y%m%d}]"
        if self.end:
            return f"[{self.code} <{self.end:%Y%m%d}]"
        return f"[{self.code}]"


@dataclass(frozen=True, slots=True)
class DictionaryActor:
    """One actor entry: its phrases (the first is the main one) and its codes."""

    forms: tuple[str, ...]
    periods: tuple[CodePeriod, ...]
    path: str = "<string>"
    line: int = 0  # line of the entry's first phrase

    @property
    def name(self) -> str:
        return self.forms[0]

    @property
    def default_code(self) -> str | None:
        """The first undated code, if any."""
        return next((p.code for p in self.periods if not p.dated), None)

    def code_on(self, day: dt.date) -> str | None:
        return resolve_on(self, day)


@dataclass(frozen=True, slots=True)
class DictionaryAgent:
    """One agent entry: its phrases (singular, plurals, substitutions) and its code.

    ``code`` has no ``~``. ``placement`` says where it goes relative to the
    actor code: ``"after"`` for ``[~COP]`` (USA + COP = USACOP), ``"before"``
    for ``[NGO~]``.
    """

    forms: tuple[str, ...]
    code: str
    placement: Literal["after", "before"] = "after"
    path: str = "<string>"
    line: int = 0

    @property
    def name(self) -> str:
        return self.forms[0]


@dataclass(frozen=True, slots=True)
class DictionaryProblem:
    """A bad line that lenient reading skipped."""

    path: str
    line: int
    problem: str

    def as_error(self) -> KnowledgeBaseError:
        return KnowledgeBaseError(self.path, self.line, self.problem)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}"


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    path: str
    actors: tuple[DictionaryActor, ...]
    problems: tuple[DictionaryProblem, ...] = ()

    def __iter__(self) -> Iterator[DictionaryActor]:
        return iter(self.actors)

    def __len__(self) -> int:
        return len(self.actors)


@dataclass(frozen=True, slots=True)
class AgentDictionary:
    path: str
    agents: tuple[DictionaryAgent, ...]
    problems: tuple[DictionaryProblem, ...] = ()
    substitutions: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __iter__(self) -> Iterator[DictionaryAgent]:
        return iter(self.agents)

    def __len__(self) -> int:
        return len(self.agents)


class _BadLine(Exception):
    """Internal: a problem on the current line."""


class _Reporter:
    """Raises on the first problem (strict) or logs and collects them."""

    def __init__(self, path: str, strict: bool) -> None:
        self.path = path
        self.strict = strict
        self.problems: list[DictionaryProblem] = []

    def report(self, line: int, problem: str) -> None:
        if self.strict:
            raise KnowledgeBaseError(self.path, line, problem)
        self.problems.append(DictionaryProblem(self.path, line, problem))
        log.warning("%s:%d: %s; skipped", self.path, line, problem)

    def summary(self, kind: str, count: int) -> None:
        if self.problems:
            log.warning(
                "%s: read %d %s, skipped %d bad lines", self.path, count, kind, len(self.problems)
            )
        else:
            log.debug("%s: read %d %s", self.path, count, kind)


# ---------------------------------------------------------------- lines


_COMMENT_SEMI = re.compile(r"(^|\s);")


def _content_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text without comments) for each line that holds something."""
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3 :]
            in_comment = False
        if line.lstrip().startswith("<!") and not line.lstrip().startswith("<!--"):
            continue  # "<! -- ... -->" and similar: PETRARCH skips the line
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            end = after.find("-->")
            if end < 0:
                line = before
                in_comment = True
                break
            line = before + " " + after[end + 3 :]
        line = line.split("#", 1)[0]
        semi = _COMMENT_SEMI.search(line)
        if semi:
            line = line[: semi.start()]
        if line.strip():
            yield number, line.rstrip()


# ---------------------------------------------------------------- codes and dates


_CODE_RE = re.compile(r"^(?:---|\+\+\+|[A-Z0-9]+(?:/[A-Z0-9]+)*)$")
_DATE_RE = re.compile(r"^(\d{8}|\d{6})$")


def _parse_date(text: str) -> dt.date:
    if not _DATE_RE.match(text):
        raise _BadLine(f"date {text!r} is not YYYYMMDD or YYMMDD")
    if len(text) == 8:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    else:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _BadLine(f"date {text!r} is not a calendar date") from None


def parse_code_block(block: str) -> CodePeriod:
    """Parse the inside of one actor code block: ``USAGOV >20130201``.

    Raises ValueError with the reason when the block is malformed.
    """
    try:
        return _parse_block(block)
    except _BadLine as exc:
        raise ValueError(str(exc)) from None


def _parse_block(block: str) -> CodePeriod:
    parts = block.split(None, 1)
    if not parts:
        raise _BadLine("empty code block []")
    code = parts[0].upper()
    if not _CODE_RE.match(code):
        raise _BadLine(f"code {parts[0]!r} is not a CAMEO code (letters and digits)")
    if len(parts) == 1:
        return CodePeriod(code)
    spec = "".join(parts[1].split())
    if spec[0] == ">":
        return CodePeriod(code, start=_parse_date(spec[1:]))
    if spec[0] == "<":
        return CodePeriod(code, end=_parse_date(spec[1:]))
    if spec.count("-") == 1:
        first, second = spec.split("-")
        start, end = _parse_date(first), _parse_date(second)
        if end < start:
            raise _BadLine(f"date range {spec} ends before it starts")
        return CodePeriod(code, start=start, end=end)
    raise _BadLine(f"date restriction {parts[1]!r} is not >DATE, <DATE or DATE-DATE")


_BLOCK_RE = re.compile(r"\[([^\[\]{}]*)\]")


def _split_blocks(text: str) -> tuple[str, list[str], str | None]:
    """Split ``PHRASE [A] [B 900101-910101]`` into the phrase and block contents.

    The third value names stray text among or after the blocks (the blocks
    found are still returned, so lenient reading can keep them).
    """
    first = text.find("[")
    head, rest = (text, "") if first < 0 else (text[:first], text[first:])
    if "]" in head:
        raise _BadLine("']' without a matching '['")
    blocks = []
    pos = 0
    for match in _BLOCK_RE.finditer(rest):
        if rest[pos : match.start()].strip():
            break
        blocks.append(match.group(1))
        pos = match.end()
    junk = rest[pos:].strip()
    if junk and not blocks:
        raise _BadLine(f"unbalanced or malformed code block {junk!r}")
    problem = f"text {junk!r} after the code block (comments start with #)" if junk else None
    return head, blocks, problem


# ---------------------------------------------------------------- phrases


# "+" may sit inside a word (B+H) but not start one (a synonym run into
# the line above); "!" is kept in actor names (YAHOO!) and read as a
# substitution marker in agent files before this check.
_PHRASE_BAD = re.compile(r"[\[\]{}~]|(?:^|\s)\+")


def _phrase_words(raw: str) -> list[str]:
    if re.search(r":\s", raw.strip()):
        raise _BadLine(f"{raw.strip()!r} reads as prose, not a phrase (words are joined with _)")
    words = raw.replace("_", " ").split()
    if not words:
        raise _BadLine("empty phrase")
    bad = _PHRASE_BAD.search(" ".join(words))
    if bad:
        raise _BadLine(f"stray {bad.group(0).strip()!r} in phrase {raw.strip()!r}")
    if not any(ch.isalnum() for ch in raw):
        raise _BadLine(f"phrase {raw.strip()!r} has no letters or digits")
    return words


def _display_word(word: str) -> str:
    if not word.isupper() or "." in word or any(ch.isdigit() for ch in word):
        return word  # mixed case as written, or U.N., G77, ...
    if word.startswith("(") and word.endswith(")"):
        return word  # (AAIA): an acronym
    titled = word.title()
    return re.sub(r"'([A-Z])\b", lambda m: "'" + m.group(1).lower(), titled)


def _actor_form(raw: str) -> str:
    return " ".join(_display_word(w) for w in _phrase_words(raw))


def _agent_form(raw: str) -> str:
    return " ".join(_phrase_words(raw)).lower()


def _plural(phrase: str) -> str:
    """Regular English plural of the last word of an upper-case phrase."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("Y") and len(last) > 1 and last[-2] not in "AEIOU":
        last = last[:-1] + "IES"
    elif last.endswith(("S", "X", "Z", "CH", "SH")):
        last += "ES"
    else:
        last += "S"
    return f"{head} {last}" if head else last


# ---------------------------------------------------------------- actors


def read_actor_dictionary(path: str | Path, *, strict: bool = True) -> ActorDictionary:
    """Read a TABARI/PETRARCH ``.actors`` file."""
    text = Path(path).read_text(encoding="utf-8")
    return parse_actor_dictionary(text, str(path), strict=strict)


def parse_actor_dictionary(text: str, path: str = "<string>", *, strict: bool = True) -> ActorDictionary:
    """Parse the text of an actor dictionary; ``path`` is used in messages.

    Lenient reading (``strict=False``) also repairs one common slip: entry
    lines with no code of their own directly followed by another entry line
    (``LEONID_BREZHNEV_`` then ``LEONID_ILYICH_BREZHNEV`` then the codes)
    are read as synonyms of the entry that has the codes; each is reported.
    """
    reporter = _Reporter(path, strict)
    actors: list[DictionaryActor] = []
    pending: list[tuple[int, list[str]]] = []  # codeless entries waiting for codes
    forms: list[str] = []
    periods: list[CodePeriod] = []
    entry_line = 0
    previous = 0  # number of the last line that held something

    def close(next_entry: int | None) -> None:
        nonlocal pending
        if not entry_line:
            return
        if periods:
            lead = pending[0][0] if pending else entry_line
            merged = [f for _, fs in pending for f in fs] + forms
            for line, fs in pending:
                reporter.report(line, f"entry {fs[0]!r} has no code block; read as a synonym of line {entry_line}")
            actors.append(DictionaryActor(tuple(dict.fromkeys(merged)), tuple(periods), path, lead))
            pending = []
        elif next_entry is not None and not strict:
            pending.append((entry_line, list(forms)))
        else:
            for line, fs in [*pending, (entry_line, forms)]:
                reporter.report(line, f"entry {fs[0]!r} has no code block [CODE]")
            pending = []

    for number, line in _content_lines(text):
        stripped = line.strip()
        previous, last = number, previous
        try:
            head, blocks, junk = _split_blocks(stripped)
        except _BadLine as exc:
            reporter.report(number, str(exc))
            if not stripped.startswith(("+", "[")):
                close(None)
                entry_line = 0  # the entry's own line is bad: drop the lines that follow it
            continue
        if junk:
            reporter.report(number, junk)
        kind = "code" if not head.strip() else "synonym" if head.startswith("+") else "entry"
        if kind == "entry":
            close(number if number == last + 1 else None)
            forms, periods, entry_line = [], [], 0
            try:
                forms = [_actor_form(head)]
            except _BadLine as exc:
                reporter.report(number, str(exc))
                continue
            entry_line = number
        elif not entry_line:
            reporter.report(number, f"{kind} line outside an entry (no entry line above it)")
            continue
        elif kind == "synonym":
            try:
                forms.append(_actor_form(head[1:]))
            except _BadLine as exc:
                reporter.report(number, str(exc))
                continue
        for block in blocks:
            try:
                periods.append(_parse_block(block))
            except _BadLine as exc:
                reporter.report(number, str(exc))
    close(None)
    reporter.summary("actor entries", len(actors))
    return ActorDictionary(path, tuple(actors), tuple(reporter.problems))


def format_actor_entry(actor: DictionaryActor) -> str:
    """The entry as dictionary text: phrase line, ``+`` synonyms, one code block a line."""
    def raw(form: str) -> str:
        return form.upper().replace(" ", "_")

    lines = [raw(actor.forms[0])]
    lines += ["+" + raw(form) for form in actor.forms[1:]]
    lines += ["\t" + period.to_block() for period in actor.periods]
    return "\n".join(lines) + "\n"


def resolve_on(actor: DictionaryActor, day: dt.date) -> str | None:
    """The code of ``actor`` on ``day``.

    Of the dated codes whose period covers the day, the one that began last wins (an
    embedded range over the range around it; on the day one range ends and the next
    begins, the next), the first in file order among equals; otherwise the first
    undated code; None when neither exists.
    """
    day = _as_date(day)
    covering = [p for p in actor.periods if p.dated and p.covers(day)]
    if covering:
        return max(covering, key=lambda p: p.start or dt.date.min).code  # max keeps the first
    return actor.default_code


def _as_date(day: dt.date) -> dt.date:
    return day.date() if isinstance(day, dt.datetime) else day


# ---------------------------------------------------------------- agents


_MARKER_DEF = re.compile(r"^!([^!\s]+)!\s*=\s*(.*)$")
_MARKER_USE = re.compile(r"!([^!\s]*)!")


def read_agent_dictionary(path: str | Path, *, strict: bool = True) -> AgentDictionary:
    """Read a TABARI/PETRARCH ``.agents`` file."""
    text = Path(path).read_text(encoding="utf-8")
    return parse_agent_dictionary(text, str(path), strict=strict)


def parse_agent_dictionary(text: str, path: str = "<string>", *, strict: bool = True) -> AgentDictionary:
    """Parse the text of an agent dictionary; ``path`` is used in messages."""
    reporter = _Reporter(path, strict)
    markers: dict[str, tuple[str, ...]] = {}
    agents: list[DictionaryAgent] = []
    for number, line in _content_lines(text):
        stripped = line.strip()
        try:
            definition = _MARKER_DEF.match(stripped)
            if definition:
                items = tuple(i.strip().upper() for i in definition.group(2).split(",") if i.strip())
                if not items:
                    raise _BadLine(f"substitution set !{definition.group(1)}! lists nothing")
                markers[definition.group(1).upper()] = items
                continue
            agents.append(_parse_agent_line(stripped, markers, path, number))
        except _BadLine as exc:
            reporter.report(number, str(exc))
    reporter.summary("agent entries", len(agents))
    return AgentDictionary(path, tuple(agents), tuple(reporter.problems), markers)


def _parse_agent_line(line: str, markers: dict[str, tuple[str, ...]], path: str, number: int) -> DictionaryAgent:
    head, blocks, junk = _split_blocks(line)
    if junk:
        raise _BadLine(junk)
    if not blocks:
        raise _BadLine("agent has no code block [~CODE]")
    if len(blocks) > 1:
        raise _BadLine("agent has more than one code block")
    code, placement = _agent_code(blocks[0])
    plurals: list[str] | None = None
    if "{" in head or "}" in head:
        match = re.fullmatch(r"([^{}]*)\{([^{}]*)\}\s*", head)
        if not match:
            raise _BadLine("plural block must be one {...} after the phrase")
        head = match.group(1)
        plurals = [p.upper() for p in match.group(2).split()]
    phrase = " ".join(head.replace("_", " ").split()).upper()
    if not phrase:
        raise _BadLine("agent has no phrase before its code")
    if "!" in phrase:
        singulars = _substitute(phrase, markers)
        plurals = []  # substitution sets list every form; no plurals are made
    else:
        singulars = [phrase]
        if plurals is None:
            plurals = [_plural(phrase)]
    forms: list[str] = []
    for raw in singulars + plurals:
        form = _agent_form(raw)
        if form not in forms:
            forms.append(form)
    return DictionaryAgent(tuple(forms), code, placement, path, number)


def _agent_code(block: str) -> tuple[str, Literal["after", "before"]]:
    text = "".join(block.split()).upper()
    if text.count("~") != 1 or not (text.startswith("~") or text.endswith("~")):
        raise _BadLine(f"agent code {block.strip()!r} must be ~CODE or CODE~")
    code = text.strip("~")
    if not re.fullmatch(r"[A-Z0-9]+", code):
        raise _BadLine(f"agent code {block.strip()!r} is not letters and digits")
    return code, ("after" if text.startswith("~") else "before")


def _substitute(phrase: str, markers: dict[str, tuple[str, ...]]) -> list[str]:
    match = _MARKER_USE.search(phrase)
    if not match:
        if "!" in phrase:
            raise _BadLine(f"unclosed substitution marker in {phrase!r}")
        return [phrase]
    name = match.group(1)
    if name not in markers:
        raise _BadLine(f"substitution marker !{name}! is not defined above (define it as !{name}! = A, B)")
    out = []
    for item in markers[name]:
        out += _substitute(phrase[: match.start()] + item + phrase[match.end() :], markers)
    return out


# ---------------------------------------------------------------- codes to actors


class ActorCodeError(EventwireError, ValueError):
    """A CAMEO actor code that cannot be turned into an actor."""

    def __init__(self, code: str, problem: str) -> None:
        super().__init__(f"Actor code {code!r}: {problem}")
        self.code = code


# CAMEO sector (role) codes that are eventwire sectors as they are.
_SAME_SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SPY", "CVL",
    "BUS", "MED", "NGO", "IGO", "REF", "CRM", "LAB", "EDU", "HLH",
}
# CAMEO role codes that map onto another eventwire sector. None: the code
# names no sector (ELI: an elite without office, coded by country alone).
_SECTOR_MAP: dict[str, str | None] = {
    "ELI": None,   # elites: former officials, notables: country, no sector
    "PTY": "OPP",  # political party: opposition unless a GOV code says otherwise
    "INS": "REB",  # insurgents
    "SEP": "REB",  # separatists
    "UAF": "REB",  # unidentified armed forces (non-state)
    "REL": "CVL",  # religious bodies and clergy as civil society
    "AGR": "CVL",  # agriculture, farmers
    "DEV": None,   # development: a subject area, not a sector
    "ENV": "NGO",  # environmental groups
    "HRI": "NGO",  # human rights groups
    "AMN": "NGO",  # Amnesty International
    "MNC": "BUS",  # multinational corporation
    "NGM": "NGO",  # non-governmental movement
    "SET": "CVL",  # settlers
    "UNR": None,   # Soviet-era union republic marker: country only
    "PPL": "CVL",  # people, civilians
    "MOD": None,   # moderate: a modifier, dropped
    "RAD": None,   # radical: a modifier, dropped
}
# Religion and ethnic codes (CAMEO "religion" and "ethnic" tables): a
# modifier for eventwire's purposes, dropped; the role that follows, if any,
# gives the sector.
_MODIFIERS = {
    "MOD", "RAD", "MUS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN", "CTH", "CPT", "ORT",
    "PRO", "SIK", "JAN", "ZRO", "BAH", "DOX", "ATH", "CON", "ITR", "JAI", "MOS", "TAO",
    "UDS", "ALE", "HEL", "SHN",
}
# CAMEO region codes: not countries.
_REGIONS = {
    "WST", "EUR", "EEU", "AFR", "ASA", "SEA", "SAS", "CAS", "MEA", "LAM", "NAF", "SAF",
    "WAF", "EAF", "CAF", "CRB", "SAM", "NAM", "ARB", "SCN", "BLK", "BAL", "NMR", "CFR",
    "KAS", "PGS",
}
# International organisation codes (after IGO, possibly after a region or
# sector code, or alone) -> GUIDE.md org key.
_ORGS = {
    "UNO": "UN", "EEC": "EU", "EEU": "EU", "NAT": "NATO", "AFU": "AU", "OAU": "AU",
    "ASN": "ASEAN", "IAE": "IAEA", "WHO": "WHO", "IMF": "IMF", "WBK": "WB", "IBR": "WB",
    "ICC": "ICC", "ICJ": "ICJ", "OPC": "OPEC", "ARL": "ARL", "OSC": "OSCE", "GCC": "GCC",
    "WAS": "ECOWAS", "SCO": "SCO", "BRC": "BRICS", "OAS": "OAS", "HCR": "UNHCR",
    "KID": "UNICEF", "WFP": "WFP", "CRC": "ICRC", "SEC": "UNSC",
}
# Sectors an organisation keeps (a court, an army, a police body); subject
# areas inside IGO codes (DEV, HLH, BUS, ...) are not sectors of the org.
_ORG_SECTORS = {"MIL", "COP", "JUD", "LEG", "SPY", "MED", "REF"}
# Leading codes that are not countries, and the sector they give.
_NON_STATE_PREFIXES = {"IGO": "IGO", "NGO": "NGO", "NGM": "NGO", "MNC": "BUS", "IMG": "REB",
                       "UIS": None, "INT": None}
# Top-level codes of old TABARI dictionaries that stand for an organisation.
_LEGACY_ORGS = {"UNO": "UN", "EEC": "EU", "IMF": "IMF", "IBR": "WB", "NAT": "NATO"}


def code_to_actor(code: str, name: str | None = None) -> Actor:
    """Turn a CAMEO actor code into an :class:`Actor`.

    ``USAGOV`` -> country USA, sector GOV; ``RUSMILREB`` -> RUS / MIL (the
    first part that gives an eventwire sector wins); ``IGOUNO`` -> org UN;
    ``IGOUNOKID`` -> org UNICEF; ``IGOWSTNAT`` -> NATO; ``MNCUSA`` -> USA /
    BUS; ``NGO`` -> sector NGO; ``---`` -> an empty actor. A three-letter
    country code is kept even when it is not ISO 3166 (the PETRARCH
    validation files use invented ones such as ``ARN``). Alternatives joined
    by ``/`` and other malformed codes raise :class:`ActorCodeError`.
    """
    text = code.strip().upper().strip("~")
    if text in ("---", ""):
        return Actor(name=name)
    if not re.fullmatch(r"[A-Z0-9]+", text):
        raise ActorCodeError(code, "only a single code of letters and digits can become an actor")
    if len(text) < 3:
        raise ActorCodeError(code, "CAMEO actor codes are made of three-letter parts")
    head, parts = text[:3], _chunks(text[3:])
    if head in _LEGACY_ORGS:
        return Actor(name=name, org=_LEGACY_ORGS[head], sector=_org_sector(parts))
    if head == "IGO":
        org = _org_of(parts)
        if org is None:
            return Actor(name=name, sector="IGO")
        return Actor(name=name, org=org, sector=_org_sector(parts))
    if head in _NON_STATE_PREFIXES:
        country = None
        if parts and parts[0].isalpha() and not _is_role(parts[0]):
            country, parts = parts[0], parts[1:]
        base = _NON_STATE_PREFIXES[head]
        sector = base if base is not None else _first_sector(parts)
        return Actor(name=name, country=country, sector=sector)
    if head in _SAME_SECTORS or head in _SECTOR_MAP or head in _MODIFIERS:
        return Actor(name=name, sector=_first_sector([head, *parts]))  # [ELI], [MED]: no country
    return Actor(name=name, country=head, sector=_first_sector(parts))


def _is_role(chunk: str) -> bool:
    return (
        chunk in _SAME_SECTORS or chunk in _SECTOR_MAP or chunk in _MODIFIERS
        or chunk in _REGIONS or chunk in _ORGS or chunk in _NON_STATE_PREFIXES
    )


def _org_of(parts: list[str]) -> str | None:
    """The organisation an IGO code names: the most specific org part wins."""
    found = [_ORGS[p] for p in parts if p in _ORGS]
    if found:
        return found[-1]
    if parts[:1] == ["AFR"]:
        return "AU"  # IGOAFR: the African Union (PETRARCH validation: THE_AU)
    return None


def _org_sector(parts: list[str]) -> str | None:
    return next((p for p in parts if p in _ORG_SECTORS), None)


def _chunks(text: str) -> list[str]:
    return [text[i : i + 3] for i in range(0, len(text), 3)]


def _first_sector(codes: Iterable[str]) -> str | None:
    for chunk in codes:
        if chunk in _SAME_SECTORS:
            return chunk
        if chunk in _SECTOR_MAP and _SECTOR_MAP[chunk] is not None:
            return _SECTOR_MAP[chunk]
    return None
