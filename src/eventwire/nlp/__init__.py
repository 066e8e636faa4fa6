"""The NLP stage: the spaCy model and eventwire's components on it."""

from .model import build_pipeline, load_model

__all__ = ["build_pipeline", "load_model"]
