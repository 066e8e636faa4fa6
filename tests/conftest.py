"""Shared fixtures: the real spaCy pipeline (loaded once), fixture paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.config import Settings, load_settings
from eventwire.nlp.model import cached_pipeline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def settings() -> Settings:
    # Shipped defaults only: a user's settings file or EVENTWIRE_* variables must not leak in.
    return load_settings(env={})


@pytest.fixture(scope="session")
def rules_only(settings) -> Settings:
    """The shipped settings with the learned event detector off: the rule coder alone."""
    return settings.replace(event_model="none")


@pytest.fixture(scope="session")
def nlp(settings):
    return cached_pipeline(settings)


@pytest.fixture(scope="session")
def blinken_text() -> str:
    return (FIXTURES / "blinken-seoul.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def blinken_gold() -> dict:
    return json.loads((FIXTURES / "blinken-seoul.gold.json").read_text(encoding="utf-8"))
