"""The clean stage: remove website furniture from plain text.

Only whole lines are removed, and the kept lines are joined with ``\\n``
unchanged, so the cleaned text is a subsequence of the input's lines and
every later character offset refers to it. The rules are general and their
vocabulary is data (``furniture.yaml``): link-list headings and the short
link-like lines after them, calls to action (subscribe, share, newsletter),
lines that end in a bare domain, lines that repeat, and page chrome.
"""

from .furniture import FurnitureRules, clean_lines, clean_text, load_rules

__all__ = ["FurnitureRules", "clean_lines", "clean_text", "load_rules"]
