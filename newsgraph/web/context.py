"""What the routes share (:class:`WebContext`): settings, the write flag, templates, the
search index and a lazy pipeline. The app (``app.py``) makes one; the routers (``api``,
``pages``, ``analyze``) read it with :func:`ctx_of`, so that no router imports the app.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from newsgraph.config import Settings
from newsgraph.search import SearchIndex
from newsgraph.store import Store
from newsgraph.version import __version__

HERE = Path(__file__).parent
#: the largest article /analyze accepts, in bytes (also capped by the max_bytes setting)
UPLOAD_LIMIT = 1_000_000


def _num(value: Any) -> str:
    """A number without a useless ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


class WebContext:
    """What the routes share: settings, the write flag, templates, the search index, a lazy pipeline."""

    def __init__(self, settings: Settings, writable: bool) -> None:
        self.settings = settings
        self.writable = writable
        self.upload_limit = min(UPLOAD_LIMIT, settings.max_bytes)
        self.search_index = SearchIndex(settings.store, settings.cache_dir)
        env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True))
        env.globals.update(version=__version__, writable=writable)
        env.filters["num"] = _num
        self.templates = Jinja2Templates(env=env)
        self._pipeline: Any = None
        self._lock = threading.Lock()

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A short-lived read-only connection to the store."""
        st = Store(self.settings.store, read_only=True, wait_s=10.0)  # an ingest lets go of the file when asked (Store.lend)
        try:
            yield st
        finally:
            st.close()

    def pipeline(self) -> Any:
        """The extraction pipeline, loaded on first use (only /analyze needs it)."""
        with self._lock:
            if self._pipeline is None:
                from newsgraph.pipeline import Pipeline

                self._pipeline = Pipeline.from_settings(self.settings)
            return self._pipeline

    def page(self, request: Request, name: str, status_code: int = 200, **ctx: Any) -> Response:
        return self.templates.TemplateResponse(request, name, {"request": request, **ctx}, status_code=status_code)


def ctx_of(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.ctx
    return ctx
