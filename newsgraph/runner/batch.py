"""The one batch function every engine runs: documents in, table rows out.

Documents travel between processes (and Ray actors) in their one serialised form
(``newsgraph.serialize.document_to_dict(doc, wire=True)``); :func:`process_batch` rebuilds
them, runs the pipeline (loaded once per process) and returns, per output table, a list of
row dicts ready for Parquet (:func:`newsgraph.store.schema.parquet_rows`). Every row carries
``article_id`` and ``published`` (the partition key, an ISO date or None).
"""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from newsgraph.config import Settings
from newsgraph.errors import ComponentError
from newsgraph.serialize import document_from_dict
from newsgraph.store.schema import PARQUET, Rows, iso_date, now, parquet_rows

#: the output tables, each a Parquet folder (their columns: newsgraph.store.schema.PARQUET)
TABLES = tuple(PARQUET)


def settings_key(settings: Settings) -> str:
    return json.dumps(settings.as_dict(), sort_keys=True, default=list)


#: run once through a new pipeline so that models and tables that load lazily load now,
#: outside any time limit (an alarm inside an import would leave the module half-made)
WARM_UP = "Officials in Paris said on Monday, 6 January 2024, that 12 people were hurt. \"We are safe,\" she said."


@lru_cache(maxsize=2)
def _pipeline(key: str) -> Any:
    """The pipeline for these settings, built and warmed up once per process (spaCy runs in-process here)."""
    from newsgraph.ingest import document_from_text
    from newsgraph.pipeline import Pipeline

    values = json.loads(key)
    values["components"] = tuple(values.get("components") or ())
    values["n_process"] = 1
    settings = Settings(**values)
    pipe = Pipeline.from_settings(settings)
    list(pipe.pipe([document_from_text(WARM_UP, settings, fmt="text")], keep_nlp=False))
    return pipe


def warm(settings: Settings) -> None:
    """Load the pipeline now (a worker's initializer), not on its first batch."""
    _pipeline(settings_key(settings))


def failure_row(article_id: str | None, run_id: str, location: str, code: str, reason: str, component: str,
                published: Any = None) -> dict[str, Any]:
    return {
        "article_id": article_id, "run_id": run_id, "failed_at": now().isoformat(sep=" "), "location": location, "code": code,
        "component": component, "reason": reason, "published": iso_date(published),
    }


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so that the pipeline's per-component ``except Exception``
    does not turn it into an ordinary component failure of whichever document was running."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`_Timeout` in this block after ``seconds`` (SIGALRM: main thread only, else no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _alarm(signum: int, frame: Any) -> None:
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _results(pipe: Any, docs: list[dict[str, Any]], doc_timeout: float) -> list[Any]:
    """Pipeline results for a batch; when it overruns, each document again on its own limit.

    A document still over its limit (a component stuck in a loop) becomes an NG030 failure
    instead of holding up the run.
    """
    from newsgraph.pipeline import Result

    try:
        with time_limit(doc_timeout * len(docs)):
            return list(pipe.pipe([document_from_dict(d) for d in docs], keep_nlp=False))
    except _Timeout:
        pass
    out = []
    for d in docs:
        try:
            with time_limit(doc_timeout):
                out.extend(pipe.pipe([document_from_dict(d)], keep_nlp=False))
        except _Timeout:
            err = ComponentError(f"the pipeline took over {doc_timeout:g} s on this document", code="NG030")
            out.append(Result(None, err, location=str(d["meta"].get("location", ""))))
    return out


def process_batch(docs: list[dict[str, Any]], settings: Settings, run_id: str = "", doc_timeout: float = 0) -> Rows:
    """THE batch function: wire documents in, rows per table out (failures become rows).

    ``doc_timeout`` > 0 limits the seconds one document may take (see :func:`_results`).
    """
    pipe = _pipeline(settings_key(settings))
    out: Rows = {}
    for res, wire in zip(_results(pipe, docs, doc_timeout), docs):
        meta = wire["meta"]
        if res.doc is None:
            err = res.error
            out.setdefault("failures", []).append(failure_row(
                str(meta.get("id")), run_id, res.location or str(meta.get("location", "")),
                getattr(err, "code", "NG030"), getattr(err, "reason", str(err)), res.component or "pipeline",
                meta.get("published"),
            ))
        else:
            parquet_rows(res.doc, run_id, out)
    return out
