"""The furniture rules: vocabulary loaded once from ``furniture.yaml``.

The loader checks every entry and reports the file and line of a bad one
(:class:`~eventwire.errors.KnowledgeBaseError`). :func:`default_rules` loads
the shipped file on first use and keeps it; nothing is read at import time.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from ..errors import KnowledgeBaseError

PATTERN_SECTIONS = ("headings", "inline_links", "calls_to_action", "legal", "menu_items", "datelines")
LIMITS = (
    "max_title_words",
    "max_furniture_words",
    "max_domain_line_words",
    "max_repeat_words",
    "max_heading_words",
    "max_line_chars",
)
KNOWN = frozenset(("version", "limits", "tlds", *PATTERN_SECTIONS))
SUPPORTED_VERSION = 1


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    """Compiled furniture vocabulary. Each pattern field is one alternation."""

    headings: re.Pattern[str]
    inline_links: re.Pattern[str]
    calls_to_action: re.Pattern[str]
    legal: re.Pattern[str]
    menu_items: re.Pattern[str]
    datelines: re.Pattern[str]
    domain: re.Pattern[str]
    max_title_words: int
    max_furniture_words: int
    max_domain_line_words: int
    max_repeat_words: int
    max_heading_words: int
    max_line_chars: int


def shipped_rules_path() -> Path:
    return Path(str(resources.files("eventwire.clean").joinpath("furniture.yaml")))


@functools.cache
def default_rules() -> FurnitureRules:
    """The shipped rules, loaded on first use and kept."""
    return load_rules(shipped_rules_path())


def load_rules(path: str | Path | None = None) -> FurnitureRules:
    """Load and check a furniture file (default: the shipped one, cached).

    Errors are :class:`KnowledgeBaseError` naming the file and line.
    """
    if path is None:
        return default_rules()
    path = Path(path)
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(where, None, f"cannot read the furniture rules: {exc}") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise KnowledgeBaseError(where, line, f"not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(root, yaml.MappingNode):
        raise KnowledgeBaseError(where, 1, "the file must be a mapping of sections.")
    sections: dict[str, yaml.Node] = {}
    for key, value in root.value:
        name = str(key.value)
        if name not in KNOWN:
            raise KnowledgeBaseError(
                where, _line(key), f"unknown section {name!r}; known: {', '.join(sorted(KNOWN))}."
            )
        sections[name] = value
    missing = [name for name in (*PATTERN_SECTIONS, "limits", "tlds") if name not in sections]
    if missing:
        raise KnowledgeBaseError(where, None, f"missing section(s): {', '.join(missing)}.")
    version = sections.get("version")
    if version is not None and _scalar(version, where) != str(SUPPORTED_VERSION):
        raise KnowledgeBaseError(
            where, _line(version), f"version {version.value!r} is not supported; this eventwire reads version 1."
        )
    patterns = {name: _patterns(sections[name], name, where) for name in PATTERN_SECTIONS}
    tlds = [item.lower().strip(".") for item, _ in _items(sections["tlds"], "tlds", where)]
    return FurnitureRules(
        **{name: _alternation(items) for name, items in patterns.items()},
        domain=_domain_pattern(tlds),
        **_limits(sections["limits"], where),
    )


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: yaml.Node, where: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise KnowledgeBaseError(where, _line(node), "expected a single value here.")
    return str(node.value)


def _items(node: yaml.Node, section: str, where: str) -> list[tuple[str, int]]:
    if not isinstance(node, yaml.SequenceNode):
        raise KnowledgeBaseError(where, _line(node), f"section {section!r} must be a list.")
    items = []
    for item in node.value:
        value = _scalar(item, where).strip()
        if not value:
            raise KnowledgeBaseError(where, _line(item), f"empty entry in {section!r}.")
        items.append((value, _line(item)))
    return items


def _patterns(node: yaml.Node, section: str, where: str) -> list[str]:
    patterns = []
    for value, line in _items(node, section, where):
        try:
            re.compile(value, re.IGNORECASE)
        except re.error as exc:
            raise KnowledgeBaseError(where, line, f"bad pattern {value!r} in {section!r}: {exc}.") from exc
        patterns.append(value)
    return patterns


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _domain_pattern(tlds: list[str]) -> re.Pattern[str]:
    """A bare domain (``Example.com``, ``https://www.example.org/``), matched whole."""
    alternatives = "|".join(re.escape(t) for t in sorted(set(tlds), key=len, reverse=True))
    return re.compile(
        rf"(?:https?://)?(?:www\.)?(?:[a-z0-9][a-z0-9-]*+\.)+(?:{alternatives})/?",
        re.IGNORECASE,
    )


def _limits(node: yaml.Node, where: str) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        raise KnowledgeBaseError(where, _line(node), "section 'limits' must be a mapping.")
    values: dict[str, int] = {}
    for key, value in node.value:
        name = str(key.value)
        if name not in LIMITS:
            raise KnowledgeBaseError(where, _line(key), f"unknown limit {name!r}; known: {', '.join(LIMITS)}.")
        raw = _scalar(value, where)
        if not raw.isdigit() or int(raw) < 1:
            raise KnowledgeBaseError(where, _line(value), f"limit {name!r} must be a positive integer, not {raw!r}.")
        values[name] = int(raw)
    missing = [name for name in LIMITS if name not in values]
    if missing:
        raise KnowledgeBaseError(where, _line(node), f"missing limit(s): {', '.join(missing)}.")
    return values
