"""newsgraph: sourced, offline extraction of what news articles report.

    >>> import newsgraph
    >>> doc = newsgraph.extract("Iraq's prime minister spoke in Baghdad on Friday.", published="2024-01-06")
    >>> [m.text for m in doc.get("mentions")]  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.version import __version__

if TYPE_CHECKING:
    from newsgraph.document import Document


def extract(
    text_or_path: str | Path, published: str | None = None, components: list[str] | None = None,
    min_confidence: float | None = None, **settings: Any,
) -> Document:
    """Run the pipeline on a text (or a file path) and return the Document with its records.

    ``min_confidence`` keeps events of at least that confidence (0: every candidate); by default
    the setting ``events_min_confidence`` decides."""
    if min_confidence is not None:
        settings["events_min_confidence"] = min_confidence
    from newsgraph.config import load_settings
    from newsgraph.ingest import document_from_text, make_document
    from newsgraph.ingest.readers import Failure, read_paths
    from newsgraph.pipeline import Pipeline

    cfg = load_settings(published=published, **settings)
    if isinstance(text_or_path, Path) or _is_file(str(text_or_path)):
        items = list(read_paths([str(text_or_path)], cfg))
        first = items[0]
        if isinstance(first, Failure):
            raise first.error
        doc = make_document(first, cfg)
    else:
        doc = document_from_text(str(text_or_path), cfg, published=published)
    return Pipeline.from_settings(cfg, components).run_one(doc)


def _is_file(s: str) -> bool:
    """True when ``s`` names an existing file (a long text or one with line breaks never does)."""
    if len(s) > 1024 or "\n" in s:
        return False
    try:
        return Path(s).is_file()
    except (OSError, ValueError):
        return False


__all__ = ["__version__", "extract"]
