"""Remove website furniture from plain text, whole lines only.

The cleaned text is what every later character offset refers to, so the
cleaner never rewrites a line: it keeps or drops each line of the input
(split on ``\\n``) and joins the kept ones with ``\\n``. When nothing is
dropped the output is the input, unchanged.

Rules, in order, for each non-blank line (vocabulary in ``furniture.yaml``):

1. ``heading`` — a link-list heading ("Related Links", "More from …"); the
   lines after it are dropped as ``link-list`` while they look like link
   titles (short, no final full stop), blank lines in between included.
2. Datelines ("Monday, August 19, 2019") are kept whatever else they match,
   unless they stand inside such a link list.
3. ``inline-link`` ("Read more: …"), ``call-to-action`` ("Subscribe …",
   "Follow us on …", "Advertisement"), ``legal`` (copyright, cookies),
   ``menu`` (a line of button labels: "Share | Tweet | Email"),
   ``domain`` (a short line ending in a bare domain: "… at Example.com").
4. ``repeat`` — a short line without final punctuation that occurs more than
   once in the text and stands next to dropped furniture, or is a navigation
   bar ("Home | World | Sport"); a repeated line amid article text, such as
   the same caption under two photos, is kept.

Blank lines around a removed block are tidied: at the start or end of the
text they go; between kept lines one side's blank lines stay, so paragraph
breaks survive and a removed block leaves no stray blank lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from .rules import FurnitureRules, default_rules

_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = ".!?…。！？।"
_LINK_END = ".;:,"
_MENU_SEPARATORS = "|•·/"


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """One line the cleaner removed: its 0-based index in the input, text and rule."""

    index: int
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The cleaned text, the input line indexes kept, and the lines dropped."""

    text: str
    kept: tuple[int, ...]
    dropped: tuple[DroppedLine, ...]


def clean_text(text: str, rules: FurnitureRules | None = None) -> str:
    """``text`` without website furniture: the kept lines joined with ``\\n``."""
    return clean(text, rules).text


def clean_lines(lines: list[str], rules: FurnitureRules | None = None) -> list[bool]:
    """For each line (without its ``\\n``), whether the cleaner keeps it."""
    return [verdict is None for verdict in line_verdicts(lines, rules)]


def line_verdicts(lines: list[str], rules: FurnitureRules | None = None) -> list[str | None]:
    """For each line, the rule that drops it, or ``None`` when it is kept."""
    rules = rules or default_rules()
    verdicts, repeats = _verdicts(lines, rules)
    _drop_repeats_near_furniture(lines, verdicts, repeats)
    _drop_blanks_around_removed(lines, verdicts)
    return verdicts


def clean(text: str, rules: FurnitureRules | None = None) -> CleanResult:
    """Clean ``text`` and say which lines were dropped by which rule."""
    lines = text.split("\n")
    verdicts = line_verdicts(lines, rules)
    kept = tuple(i for i, verdict in enumerate(verdicts) if verdict is None)
    dropped = tuple(
        DroppedLine(i, lines[i], verdict) for i, verdict in enumerate(verdicts) if verdict is not None
    )
    if not dropped:
        return CleanResult(text, kept, ())
    return CleanResult("\n".join(lines[i] for i in kept), kept, dropped)


def line_rule(line: str, rules: FurnitureRules) -> str | None:
    """The furniture rule one stripped, non-blank line matches on its own, if any."""
    if len(line) > rules.max_line_chars:
        return None
    words = len(line.split())
    if words <= rules.max_title_words + 4 and not _ends_with(line, _LINK_END):
        if rules.inline_links.fullmatch(line):
            return "inline-link"
    if words <= rules.max_furniture_words:
        if rules.calls_to_action.search(line):
            return "call-to-action"
        if rules.legal.search(line):
            return "legal"
    if words <= rules.max_title_words and _is_menu(line, rules):
        return "menu"
    if words <= rules.max_domain_line_words and rules.domain.fullmatch(_last_word(line)):
        return "domain"
    return None


def is_heading(line: str, rules: FurnitureRules) -> bool:
    """Whether a stripped line is a link-list heading ("Related Links", "More from …")."""
    if len(line) > rules.max_line_chars or len(line.split()) > rules.max_heading_words:
        return False
    if _ends_with(line, _SENTENCE_END):
        return False
    core = line.strip(" \t:|»›>*#=–—-")
    return bool(core) and rules.headings.fullmatch(core) is not None


def _verdicts(lines: list[str], rules: FurnitureRules) -> tuple[list[str | None], list[int]]:
    """Each line's rule (``None``: kept) and the kept lines that may go as repeats."""
    verdicts: list[str | None] = [None] * len(lines)
    candidates: list[int] = []
    counts: dict[str, int] = {}
    keys: dict[int, str] = {}
    in_list = False
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        key = " ".join(line.split()).casefold()
        counts[key] = counts.get(key, 0) + 1
        keys[i] = key
        if is_heading(line, rules):
            verdicts[i] = "heading"
            in_list = True
            continue
        rule = line_rule(line, rules)
        if in_list:
            if rule is not None or _is_link_title(line, rules):
                verdicts[i] = rule or "link-list"
                continue
            in_list = False
        if rules.datelines.fullmatch(line):
            continue
        if rule is None and _may_repeat_away(line, rules):
            candidates.append(i)
        verdicts[i] = rule
    repeats = [i for i in candidates if counts[keys[i]] > 1]
    for i in repeats:
        if _is_nav_bar(lines[i].strip()):
            verdicts[i] = "repeat"  # a navigation bar, at the top and the bottom of a page
    return verdicts, repeats


def _drop_repeats_near_furniture(lines: list[str], verdicts: list[str | None], repeats: list[int]) -> None:
    """Drop repeated lines next to dropped lines, until no more go."""
    changed = bool(repeats)
    order = repeats
    while changed:  # sweeps alternate direction, so this ends after two or three
        changed = False
        order = order[::-1]
        for i in order:
            near = _neighbour_dropped(lines, verdicts, i, -1) or _neighbour_dropped(lines, verdicts, i, 1)
            if verdicts[i] is None and near:
                verdicts[i] = "repeat"
                changed = True


def _neighbour_dropped(lines: list[str], verdicts: list[str | None], i: int, step: int) -> bool:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].strip():
            return verdicts[j] is not None
        j += step
    return False


def _drop_blanks_around_removed(lines: list[str], verdicts: list[str | None]) -> None:
    """Tidy the blank lines in each gap between kept lines that lost a dropped line.

    A gap at the start or end of the text loses its blank lines; a gap
    between kept lines keeps the blank lines before the first dropped line,
    or, when there are none, those after the last one.
    """
    n = len(lines)
    i = 0
    while i < n:
        if verdicts[i] is None and lines[i].strip():
            i += 1
            continue
        j = i
        while j < n and not (verdicts[j] is None and lines[j].strip()):
            j += 1
        gap = range(i, j)  # blank or dropped lines, between kept lines (or an edge)
        dropped = [k for k in gap if verdicts[k] is not None]
        if dropped:
            blanks = [k for k in gap if verdicts[k] is None]
            if i > 0 and j < n:
                before = [k for k in blanks if k < dropped[0]]
                keep = set(before or [k for k in blanks if k > dropped[-1]])
            else:
                keep = set()
            for k in blanks:
                if k not in keep:
                    verdicts[k] = "blank"
        i = j


def _last_word(line: str) -> str:
    words = line.rstrip(_MENU_SEPARATORS + " \t").split()
    return words[-1].lstrip("(") if words else ""


def _ends_with(line: str, chars: str) -> bool:
    core = line.rstrip(_CLOSERS + " \t")
    return bool(core) and core[-1] in chars


def _is_link_title(line: str, rules: FurnitureRules) -> bool:
    """A short line that reads like a link title: no full stop, colon or comma at the end."""
    if len(line) > rules.max_line_chars or len(line.split()) > rules.max_title_words:
        return False
    if line.rstrip(_CLOSERS).endswith(("...", "…")):
        return True
    return not _ends_with(line, _LINK_END)


def _may_repeat_away(line: str, rules: FurnitureRules) -> bool:
    """A repeated line is furniture when short and not a sentence or a quote."""
    if len(line) > rules.max_line_chars or len(line.split()) > rules.max_repeat_words:
        return False
    return not _ends_with(line, _SENTENCE_END) and line.rstrip()[-1] not in _CLOSERS


def _menu_items(line: str, separators: str = _MENU_SEPARATORS) -> list[str]:
    parts = [line]
    for separator in separators:
        parts = [piece for part in parts for piece in part.split(separator)]
    items = [part.strip(" \t:»›>*#–—-") for part in parts]
    return [item for item in items if item]


def _is_menu(line: str, rules: FurnitureRules) -> bool:
    items = _menu_items(line)
    return bool(items) and all(rules.menu_items.fullmatch(item) for item in items)


def _is_nav_bar(line: str) -> bool:
    """Three or more short labels without digits between | • or · ("Home | World | Sport")."""
    items = _menu_items(line, "|•·")
    short = all(len(item.split()) <= 3 and not any(c.isdigit() for c in item) for item in items)
    return len(items) >= 3 and short
