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
    "NG011": "the page is not an article (an error, cookie-consent or paywall page)",
    "NG020": "invalid configuration value",
    "NG021": "configuration file could not be read",
    "NG022": "the language model is not installed",
    "NG023": "invalid date (expected an ISO date such as 2024-01-06)",
    "NG030": "a pipeline component failed on a document",
    "NG031": "pipeline order is invalid (a component requires what no earlier one assigns, or reads what a later one assigns)",
    "NG032": "unknown component name",
    "NG040": "the store could not be opened or migrated",
    "NG041": "a write to the store failed and was rolled back",
    "NG042": "no such article in the store",
    "NG043": "the id prefix matches several articles",
    "NG044": "no such table in the store",
    "NG050": "unknown predict task",
    "NG051": "gold file could not be read",
    "NG060": "unknown runner engine, Ray not installed, or the Ray job failed",
    "NG061": "the run output folder is in use by another run or damaged",
    "NG070": "URL is malformed or not http(s)",
    "NG071": "URL could not be fetched (connection failed or timed out, after retries)",
    "NG072": "URL answered with an HTTP error status",
    "NG073": "robots.txt does not allow fetching this URL",
    "NG074": "too many redirects",
    "NG075": "the feed list could not be read or holds no feed URL",
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


class AmbiguousIdError(StoreError):
    """An id prefix matches several articles; ``matches`` holds ``(id, title)`` of some of them."""

    default_code = "NG043"

    def __init__(self, message: str, matches: list[tuple[str, str]], *, location: str | None = None) -> None:
        super().__init__(message, code="NG043", location=location)
        self.matches = matches


class FetchError(InputError):
    """A URL could not be fetched: a failure like any unreadable input, recorded and skipped."""

    default_code = "NG071"
