"""Settings: one documented table, layered.

Shipped defaults (``settings.cfg`` beside this module) < the user file
(``$EVENTWIRE_CONFIG`` or ``~/.config/eventwire/settings.cfg``) < environment
variables ``EVENTWIRE_<NAME>`` < explicit overrides (command-line flags).
The result is an immutable :class:`Settings` passed explicitly; nothing global.
"""

from __future__ import annotations

import configparser
import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

SECTION = "eventwire"


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm"
    dictionaries: tuple[str, ...] = ()
    dictionary_agents_only: bool = False
    verb_dictionaries: tuple[str, ...] = ()
    discard_dictionaries: tuple[str, ...] = ()
    require_dyad: bool = False
    db: str = "sqlite:///eventwire.db"
    batch_size: int = 64
    n_process: int = 1
    max_doc_chars: int = 2_000_000
    doc_timeout: float = 60.0
    max_token_chars: int = 1000
    max_sentence_words: int = 2000
    request_timeout: float = 30.0
    max_request_bytes: int = 16_000_000
    min_quote_words: int = 4
    event_model: str = "shipped"
    event_model_max_sentences: int = 4
    event_model_lead_sentences: int = 0
    event_model_threshold: float = 0.0
    api_token: str = ""

    def replace(self, **changes: Any) -> Settings:
        return load_settings(overrides=changes, base=self)


def _fields() -> dict[str, dataclasses.Field]:
    return {f.name: f for f in dataclasses.fields(Settings)}


def _convert(name: str, raw: Any, origin: str) -> Any:
    field = _fields()[name]
    kind = field.type
    try:
        if kind == "bool":
            return _bool(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "tuple[str, ...]":
            if isinstance(raw, (list, tuple)):
                return tuple(str(x) for x in raw)
            return tuple(p for p in str(raw).split(os.pathsep) if p)
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{origin}: setting {name!r} has a bad value {raw!r} ({exc}).") from exc


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ValueError("use true or false")


def _read_file(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    except (OSError, configparser.Error) as exc:
        raise ConfigError(f"Cannot read settings file {path}: {exc}") from exc
    if not parser.has_section(SECTION):
        return {}
    values = dict(parser.items(SECTION))
    unknown = sorted(set(values) - set(_fields()))
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(_fields())}."
        )
    return values


def shipped_defaults_path() -> Path:
    return Path(str(resources.files("eventwire").joinpath("settings.cfg")))


def user_settings_path(env: Mapping[str, str]) -> Path:
    if env.get("EVENTWIRE_CONFIG"):
        return Path(env["EVENTWIRE_CONFIG"])
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "eventwire" / "settings.cfg"


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    base: Settings | None = None,
) -> Settings:
    """Build the settings from every layer. ``overrides`` with value None are ignored."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    if base is None:
        layers = [("defaults", _read_file(shipped_defaults_path()))]
        user = user_settings_path(env)
        if env.get("EVENTWIRE_CONFIG") and not user.exists():
            raise ConfigError(f"EVENTWIRE_CONFIG points to {user}, which does not exist.")
        if user.exists():
            layers.append((str(user), _read_file(user)))
        prefix = "EVENTWIRE_"
        env_values = {
            k[len(prefix):].lower(): v
            for k, v in env.items()
            if k.startswith(prefix) and k[len(prefix):].lower() in _fields()
        }
        layers.append(("environment", env_values))
    else:
        values = dataclasses.asdict(base)
        layers = []
    layers.append(("overrides", {k: v for k, v in (overrides or {}).items() if v is not None}))
    for origin, layer in layers:
        for name, raw in layer.items():
            if name not in _fields():
                raise ConfigError(f"{origin}: unknown setting {name!r}; known: {', '.join(_fields())}.")
            values[name] = _convert(name, raw, origin)
    return Settings(**values)
