"""Furniture rules and the line cleaner (see the package docstring)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from ..errors import KnowledgeBaseError

SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":", ")")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True)
class FurnitureRules:
    headings: frozenset[str]
    calls_to_action: tuple[re.Pattern[str], ...]
    domain_line: re.Pattern[str]
    max_words: int


def _rules_path() -> Path:
    return Path(str(resources.files("eventwire.clean").joinpath("furniture.yaml")))


@functools.lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> FurnitureRules:
    """Load (once) the furniture vocabulary; a bad entry names the file and line."""
    file = Path(path) if path else _rules_path()
    try:
        text = file.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise KnowledgeBaseError(str(file), mark.line + 1 if mark else None, f"bad YAML ({exc})") from exc
    except OSError as exc:
        raise KnowledgeBaseError(str(file), None, f"cannot read ({exc})") from exc
    for key in ("headings", "calls_to_action", "domain_line", "max_words"):
        if key not in (data or {}):
            raise KnowledgeBaseError(str(file), None, f"missing {key!r}")

    def compile_(pattern: str) -> re.Pattern[str]:
        try:
            return re.compile(pattern)
        except re.error as exc:
            line = next((i for i, l in enumerate(text.splitlines(), 1) if pattern in l), None)
            raise KnowledgeBaseError(str(file), line, f"bad pattern {pattern!r} ({exc})") from exc

    return FurnitureRules(
        headings=frozenset(str(h).lower() for h in data["headings"]),
        calls_to_action=tuple(compile_(str(p)) for p in data["calls_to_action"]),
        domain_line=compile_(str(data["domain_line"])),
        max_words=int(data["max_words"]),
    )


def _key(line: str) -> str:
    return _EDGE_PUNCT.sub("", " ".join(line.lower().split()))


def _short(line: str, rules: FurnitureRules) -> bool:
    return len(line.split()) <= rules.max_words


def _is_chrome(line: str, rules: FurnitureRules) -> bool:
    """A call to action or a line naming a site at its end."""
    if not line.strip() or not _short(line, rules):
        return False
    low = " ".join(line.lower().split())
    if any(p.search(low) for p in rules.calls_to_action):
        return True
    return bool(rules.domain_line.search(low)) and not low.rstrip().endswith(SENTENCE_END[1:3])


def _link_like(line: str, rules: FurnitureRules) -> bool:
    """A line in a link list: short, no sentence ending (a headline), or chrome."""
    stripped = line.strip()
    if not stripped:
        return True
    return _is_chrome(stripped, rules) or (_short(stripped, rules) and not stripped.endswith(SENTENCE_END))


def clean_lines(lines: list[str], rules: FurnitureRules | None = None) -> list[bool]:
    """For each line, whether it is kept."""
    rules = rules or load_rules()
    keep = [True] * len(lines)
    seen: dict[str, int] = {}
    for i, line in enumerate(lines):
        k = _key(line)
        if k:
            seen[k] = seen.get(k, 0) + 1
    i = 0
    while i < len(lines):
        line = lines[i]
        k = _key(line)
        if k in rules.headings:
            keep[i] = False
            j = i + 1
            while j < len(lines) and _link_like(lines[j], rules):
                keep[j] = False
                j += 1
            i = j
            continue
        if _is_chrome(line, rules):
            keep[i] = False
        elif k and seen[k] > 1 and _short(line, rules) and not line.strip().endswith(SENTENCE_END):
            keep[i] = False  # a repeated short non-sentence: a menu, a footer, a byline box
        i += 1
    # Blank lines left at the end belong to the removed furniture.
    n = len(lines)
    while n and keep[n - 1] and not lines[n - 1].strip():
        keep[n - 1] = False
        n -= 1
    return keep


def clean_text(text: str, rules: FurnitureRules | None = None) -> str:
    """The text without its website furniture (whole lines removed, the rest unchanged)."""
    lines = text.split("\n")
    return "\n".join(line for line, kept in zip(lines, clean_lines(lines, rules)) if kept)
