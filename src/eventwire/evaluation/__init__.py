"""Scoring system events against gold data (GUIDE.md section 6)."""

from .gold import read_gold_jsonl
from .gsr import GsrRecord, GsrScore, read_gsr, score_gsr_file
from .run import score_gold_file
from .score import GoldEvent, Score, gold_events, score_document

__all__ = ["GoldEvent", "GsrRecord", "GsrScore", "Score", "gold_events", "read_gold_jsonl", "read_gsr",
           "score_document", "score_gold_file", "score_gsr_file"]
