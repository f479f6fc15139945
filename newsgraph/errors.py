"""One exception hierarchy with stable, searchable codes.

Every error newsgraph raises is a :class:`NewsgraphError`; its message starts with a
code such as ``[NG012]`` that is documented in ``docs/errors.md``.
"""

from __future__ import annotations

#: code -> short description; the single source of truth for docs/errors.md
CODES: dict[str, str] = {
    "NG001": "input is empty",
    "NG002": "input looks binary, not text",
    "NG003": "input is larger than the configured limit",
    "NG004": "input encoding could not be detected",
    "NG005": "HTML could not be parsed or holds no article body",
    "NG006": "unknown or unsupported input format",
    "NG007": "input path does not exist or cannot be read",
    "NG008": "a JSONL/CSV record is malformed or lacks a text field",
    "NG009": "PDF could not be read",
    "NG010": "input language is not supported (skipped)",
    "NG020": "invalid configuration value",
    "NG021": "configuration file could not be read",
    "NG022": "the language model is not installed",
    "NG030": "a pipeline component failed on a document",
    "NG031": "pipeline order is invalid (a component requires what no earlier one assigns, or reads what a later one assigns)",
    "NG032": "unknown component name",
    "NG040": "the store could not be opened or migrated",
    "NG041": "a write to the store failed and was rolled back",
    "NG042": "no such article in the store",
    "NG050": "unknown predict task",
    "NG051": "gold file could not be read",
    "NG060": "unknown runner engine, Ray not installed, or the Ray job failed",
    "NG061": "the run output folder is in use by another run or damaged",
}


class NewsgraphError(Exception):
    """Base of every newsgraph error. ``code`` is stable; ``str(err)`` starts with it."""

    default_code = "NG000"

    def __init__(self, message: str, *, code: str | None = None, location: str | None = None) -> None:
        self.code = code or self.default_code
        self.reason = message
        self.location = location
        where = f" ({location})" if location else ""
        super().__init__(f"[{self.code}] {message}{where}")


class InputError(NewsgraphError):
    """The input cannot be turned into a Document."""

    default_code = "NG006"


class ConfigError(NewsgraphError):
    """A setting is invalid or the configured model is missing."""

    default_code = "NG020"


class ComponentError(NewsgraphError):
    """A pipeline component failed, or the pipeline is badly ordered."""

    default_code = "NG030"


class StoreError(NewsgraphError):
    """The store could not be opened, migrated or written."""

    default_code = "NG040"
