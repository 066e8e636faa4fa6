"""The CAMEO event ontology: codes, names, Goldstein scores, QuadClass, PLOVER.

The table lives in ``data/cameo.tsv`` (where each column comes from:
``data/README.md``). :meth:`Ontology.load` reads it once per process and
checks every line; a bad line raises :class:`~eventwire.errors.KnowledgeBaseError`
with the file and line number.

>>> onto = Ontology.load()
>>> onto.get("042").name, onto.get("042").goldstein, onto.get("042").plover
('Make a visit', 1.9, 'CONSULT')
>>> onto.root_of("1823").code
'18'
>>> onto.plover_to_cameo("ASSAULT").code
'180'
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import EventwireError, KnowledgeBaseError

log = logging.getLogger(__name__)

COLUMNS = ("code", "name", "goldstein", "quad_class", "plover", "plover_mode")

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)

# The CAMEO code used when a classifier predicts only a PLOVER type: the
# generic ("not specified") code of the CAMEO category that carries most of
# the type. Checked against the table at load time: each code must exist and
# map to its type. "YIELD" is the label some PLOVER data sets (plv-train) use
# for CONCEDE and RETREAT together; it takes CAMEO's own 080 "Yield".
PLOVER_DEFAULT_CAMEO = {
    "AGREE": "030",
    "CONSULT": "040",
    "SUPPORT": "050",
    "CONCEDE": "080",
    "COOPERATE": "060",
    "AID": "070",
    "RETREAT": "084",
    "REQUEST": "100",
    "ACCUSE": "110",
    "REJECT": "120",
    "THREATEN": "130",
    "PROTEST": "140",
    "MOBILIZE": "150",
    "SANCTION": "160",
    "COERCE": "170",
    "ASSAULT": "180",
}
PLOVER_ALIASES = {"YIELD": "CONCEDE"}

_CODE_RE = re.compile(r"^\d{2,4}$")
# A code an imported dictionary may give outside the table (PETRARCH's "174K", "903",
# WEIS-era "1717"): two to four digits and at most one letter after them.
DICTIONARY_CODE_RE = re.compile(r"^\d{2,4}[A-Za-z]?$")
# The ``name`` of such a code: the record says the code is the dictionary's, not CAMEO's.
DICTIONARY_CODE_NAME = "dictionary code, not CAMEO"


def quad_class_of_root(root: str) -> int:
    """QuadClass of a CAMEO root, GDELT convention.

    1 verbal cooperation (01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20).
    """
    number = int(root)
    if not 1 <= number <= 20:
        raise ValueError(f"CAMEO root must be 01 to 20, got {root!r}")
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


class UnknownCodeError(EventwireError, LookupError):
    """A CAMEO code or PLOVER type that the ontology does not have."""

    def __init__(self, what: str, value: str, hint: str) -> None:
        super().__init__(f"Unknown {what} {value!r}: {hint}")
        self.value = value


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code (root, 3-digit or 4-digit)."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    root: str

    @property
    def is_root(self) -> bool:
        return len(self.code) == 2

    @property
    def parent(self) -> str | None:
        """The code one level up ("0231" -> "023", "023" -> "02"), None for a root."""
        if self.is_root:
            return None
        return self.code[:-1] if len(self.code) == 4 else self.root


class Ontology:
    """The CAMEO codes, in table order. The table is immutable once loaded; beside it the
    ontology keeps the codes imported dictionaries give outside it (:meth:`admit`)."""

    __slots__ = ("_codes", "path", "_admitted")

    def __init__(self, codes: dict[str, CameoCode], path: str = "<memory>") -> None:
        self._codes = dict(codes)
        self.path = path
        self._admitted: dict[str, CameoCode] = {}

    def admit(self, code: str) -> CameoCode:
        """Keep a well-formed code that an imported dictionary gives outside the table
        (PETRARCH's ``174K``, ``903``; :data:`DICTIONARY_CODE_RE`), so that :meth:`get`
        knows it: an event coded with it carries the code as written. Its Goldstein score,
        QuadClass and PLOVER type are those of the CAMEO root its first two digits name
        (``174K``: root 17) and its name says it is the dictionary's; where they name no
        root (``903``, ``345``), its root is empty, QuadClass 0, Goldstein 0.0 and PLOVER
        none. A code in the table is returned as it is; a code not well-formed raises
        :class:`UnknownCodeError`. The shipped ontology is one per process: a code admitted
        to it stays known for the process (the verb importer admits its file's codes)."""
        code = code.strip()
        if code in self._codes:
            return self._codes[code]
        if code in self._admitted:
            return self._admitted[code]
        if not DICTIONARY_CODE_RE.match(code):
            raise UnknownCodeError("dictionary code", code,
                                   "a code is two to four digits, with at most one letter after them ('174K')")
        root = self._codes.get(code[:2])
        entry = CameoCode(code=code, name=f"{DICTIONARY_CODE_NAME} ({root.name})" if root else DICTIONARY_CODE_NAME,
                          goldstein=root.goldstein if root else 0.0, quad_class=root.quad_class if root else 0,
                          plover=root.plover if root else None, plover_mode=None, root=root.code if root else "")
        self._admitted[code] = entry
        log.info("dictionary code %s kept outside the CAMEO table (root %s)", code, entry.root or "none")
        return entry

    def is_dictionary_code(self, code: str) -> bool:
        """True for a code kept by :meth:`admit`, not in the CAMEO table."""
        return isinstance(code, str) and code.strip() in self._admitted

    @classmethod
    def load(cls, path: str | Path | None = None) -> Ontology:
        """The shipped ontology (read once per process), or the table at ``path``."""
        if path is None:
            return _default_ontology()
        return cls(_read_table(Path(path).read_text(encoding="utf-8"), str(path)), str(path))

    def get(self, code: str) -> CameoCode:
        """The code's entry: a CAMEO code, or a dictionary code kept by :meth:`admit`."""
        try:
            return self._codes[code.strip()]
        except KeyError:
            if code.strip() in self._admitted:
                return self._admitted[code.strip()]
            raise UnknownCodeError(
                "CAMEO code",
                code,
                "use a code from the CAMEO table (2 to 4 digits with the leading zero, "
                "e.g. '042'; see eventwire/coding/data/cameo.tsv)",
            ) from None

    def base_code(self, root: str) -> str:
        """The "not specified below" code of a root ("19" -> "190"), or the root itself."""
        self.get(root)
        return root + "0" if root + "0" in self._codes else root

    def root_of(self, code: str) -> CameoCode:
        """The root category (two digits) of a code."""
        entry = self.get(code)
        if not entry.root:
            raise UnknownCodeError("CAMEO root of", code, "a dictionary code whose first two digits name no CAMEO root")
        return self._codes[entry.root]

    def parent_of(self, code: str) -> CameoCode | None:
        parent = self.get(code).parent
        return self._codes[parent] if parent else None

    def children(self, code: str) -> tuple[CameoCode, ...]:
        """The codes one level below ``code``."""
        self.get(code)
        return tuple(c for c in self._codes.values() if c.parent == code)

    def roots(self) -> tuple[CameoCode, ...]:
        return tuple(c for c in self._codes.values() if c.is_root)

    def plover_to_cameo(self, plover: str) -> CameoCode:
        """The default (most generic) CAMEO code for a PLOVER type."""
        key = plover.strip().upper()
        key = PLOVER_ALIASES.get(key, key)
        try:
            return self._codes[PLOVER_DEFAULT_CAMEO[key]]
        except KeyError:
            raise UnknownCodeError(
                "PLOVER type", plover, "use one of " + ", ".join(PLOVER_TYPES)
            ) from None

    def __contains__(self, code: object) -> bool:
        """True for a code of the CAMEO table (not for a dictionary code, :meth:`admit`)."""
        return isinstance(code, str) and code.strip() in self._codes

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)

    def __repr__(self) -> str:
        return f"Ontology({len(self)} codes from {self.path})"


@functools.cache
def _default_ontology() -> Ontology:
    source = resources.files("eventwire.coding") / "data" / "cameo.tsv"
    path = str(source)
    onto = Ontology(_read_table(source.read_text(encoding="utf-8"), path), path)
    log.debug("loaded %d CAMEO codes from %s", len(onto), path)
    return onto


def _read_table(text: str, path: str) -> dict[str, CameoCode]:
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise KnowledgeBaseError(path, 1, "header must be the tab-separated columns " + " ".join(COLUMNS))
    codes: dict[str, CameoCode] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        entry = _parse_line(line, path, number)
        if entry.code in codes:
            raise KnowledgeBaseError(path, number, f"code {entry.code} is listed twice")
        if entry.parent is not None and entry.parent not in codes:
            raise KnowledgeBaseError(
                path, number, f"code {entry.code} comes before (or without) its parent {entry.parent}"
            )
        codes[entry.code] = entry
    missing = [f"{r:02d}" for r in range(1, 21) if f"{r:02d}" not in codes]
    if missing:
        raise KnowledgeBaseError(path, None, "roots missing: " + ", ".join(missing))
    for plover, code in PLOVER_DEFAULT_CAMEO.items():
        if code not in codes or codes[code].plover != plover:
            raise KnowledgeBaseError(
                path, None, f"default CAMEO code {code} for PLOVER {plover} is absent or maps elsewhere"
            )
    return codes


def _parse_line(line: str, path: str, number: int) -> CameoCode:
    fields = line.split("\t")
    if len(fields) != len(COLUMNS):
        raise KnowledgeBaseError(
            path, number, f"expected {len(COLUMNS)} tab-separated fields, found {len(fields)}"
        )
    code, name, goldstein_text, quad_text, plover, mode = (f.strip() for f in fields)
    if not _CODE_RE.match(code):
        raise KnowledgeBaseError(path, number, f"code {code!r} is not 2 to 4 digits")
    root = code[:2]
    if not 1 <= int(root) <= 20:
        raise KnowledgeBaseError(path, number, f"code {code} has root {root}, not 01 to 20")
    if not name:
        raise KnowledgeBaseError(path, number, f"code {code} has no name")
    try:
        goldstein = float(goldstein_text)
    except ValueError:
        raise KnowledgeBaseError(path, number, f"Goldstein score {goldstein_text!r} is not a number") from None
    if not -10.0 <= goldstein <= 10.0:
        raise KnowledgeBaseError(path, number, f"Goldstein score {goldstein} is outside [-10, 10]")
    expected_quad = quad_class_of_root(root)
    if quad_text != str(expected_quad):
        raise KnowledgeBaseError(
            path, number, f"quad_class {quad_text!r} for root {root} should be {expected_quad}"
        )
    if plover and plover not in PLOVER_TYPES:
        raise KnowledgeBaseError(
            path, number, f"PLOVER type {plover!r} is not one of " + ", ".join(PLOVER_TYPES)
        )
    if mode and not plover:
        raise KnowledgeBaseError(path, number, "PLOVER mode given without a PLOVER type")
    return CameoCode(
        code=code,
        name=name,
        goldstein=goldstein,
        quad_class=expected_quad,
        plover=plover or None,
        plover_mode=mode or None,
        root=root,
    )
