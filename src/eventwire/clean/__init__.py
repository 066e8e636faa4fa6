"""The clean stage: remove website furniture from plain text.

Only whole lines are removed, and the kept lines are joined with ``\\n``
unchanged, so the cleaned text's lines are a subsequence of the input's and
every later character offset refers to it. The rules are general and their
vocabulary is data (``furniture.yaml``, loaded once on first use): link-list
headings and the link titles after them, calls to action (subscribe, share,
newsletter, advertisement), copyright and cookie lines, menus of button
labels, short lines ending in a bare domain, and repeated short lines next
to other furniture. Datelines, quotes and other short article lines stay.
"""

from __future__ import annotations

from .cleaner import CleanResult, DroppedLine, clean, clean_lines, clean_text, line_verdicts
from .rules import FurnitureRules, default_rules, load_rules

__all__ = [
    "CleanResult",
    "DroppedLine",
    "FurnitureRules",
    "clean",
    "clean_lines",
    "clean_text",
    "default_rules",
    "line_verdicts",
    "load_rules",
]
