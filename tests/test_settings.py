"""Settings: one documented table, layered."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.config import Settings, load_settings, shipped_defaults_path
from eventwire.errors import ConfigError


def test_every_setting_is_documented_in_the_shipped_file():
    text = shipped_defaults_path().read_text()
    lines = text.splitlines()
    for field in dataclasses.fields(Settings):
        idx = next((i for i, l in enumerate(lines) if l.split("=")[0].strip() == field.name), None)
        assert idx is not None, f"{field.name} missing from settings.cfg"
        assert lines[idx - 1].startswith("#"), f"{field.name} has no comment above it"


def test_shipped_defaults_equal_the_dataclass_defaults():
    assert load_settings(env={}) == Settings()


def test_layers_override_in_order(tmp_path):
    user = tmp_path / "settings.cfg"
    user.write_text("[eventwire]\nbatch_size = 8\nmodel = from_file\n")
    env = {"EVENTWIRE_CONFIG": str(user), "EVENTWIRE_MODEL": "from_env"}
    s = load_settings({"n_process": 2}, env=env)
    assert (s.batch_size, s.model, s.n_process) == (8, "from_env", 2)


def test_unknown_and_bad_settings_are_errors(tmp_path):
    user = tmp_path / "settings.cfg"
    user.write_text("[eventwire]\nbatchsize = 8\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(env={"EVENTWIRE_CONFIG": str(user)})
    with pytest.raises(ConfigError, match="bad value"):
        load_settings({"batch_size": "many"}, env={})
