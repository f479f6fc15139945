"""The one batch function every engine runs: documents in, table rows out.

Documents travel between processes (and Ray actors) as plain JSON-ready dicts
(:func:`doc_to_wire`); :func:`process_batch` rebuilds them, runs the pipeline (loaded once
per process) and returns, per output table, a list of row dicts ready for Parquet. Every
row carries ``article_id`` and ``published`` (the partition key, an ISO date or None).
"""

from __future__ import annotations

import datetime as dt
import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from newsgraph.config import Settings
from newsgraph.document import Block, Document, OffsetMap
from newsgraph.errors import ComponentError
from newsgraph.records.base import record_to_dict

#: record kinds with a table of their own; every other kind goes to ``records`` (with ``kind``)
RECORD_TABLES = ("places", "dates", "quotes", "figures", "events")

_RECORD_COLS = {
    "article_id": "VARCHAR",
    "record_id": "VARCHAR",
    "start_char": "INTEGER",
    "end_char": "INTEGER",
    "text": "VARCHAR",
    "component": "VARCHAR",
    "data": "JSON",
}

#: table -> column -> DuckDB type (``published`` is added to every table as the partition key)
SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "VARCHAR", "title": "VARCHAR", "author": "VARCHAR", "author_role": "VARCHAR",
        "source": "VARCHAR", "url": "VARCHAR", "location": "VARCHAR", "format": "VARCHAR", "text": "VARCHAR",
        "source_text": "VARCHAR", "offset_runs": "JSON", "meta": "JSON", "run_id": "VARCHAR",
        "ingested_at": "TIMESTAMP",
    },
    "blocks": {"article_id": "VARCHAR", "idx": "INTEGER", "kind": "VARCHAR", "start_char": "INTEGER", "end_char": "INTEGER"},
    "entities": {
        "article_id": "VARCHAR", "entity_id": "VARCHAR", "label": "VARCHAR", "name": "VARCHAR",
        "aliases": "VARCHAR[]", "alias_source": "VARCHAR", "mention_count": "INTEGER",
        "start_char": "INTEGER", "end_char": "INTEGER", "component": "VARCHAR",
    },
    "mentions": {
        "article_id": "VARCHAR", "record_id": "VARCHAR", "entity_id": "VARCHAR", "label": "VARCHAR",
        "fine_label": "VARCHAR", "block": "VARCHAR", "start_char": "INTEGER", "end_char": "INTEGER",
        "text": "VARCHAR", "component": "VARCHAR",
    },
    **{t: dict(_RECORD_COLS) for t in RECORD_TABLES},
    "records": {**_RECORD_COLS, "kind": "VARCHAR"},
    "failures": {
        "article_id": "VARCHAR", "run_id": "VARCHAR", "failed_at": "TIMESTAMP", "location": "VARCHAR",
        "code": "VARCHAR", "component": "VARCHAR", "reason": "VARCHAR",
    },
}
TABLES = tuple(SCHEMAS)

Rows = dict[str, list[dict[str, Any]]]


def iso_date(value: Any) -> str | None:
    """The partition key: an ISO date, or None when the value is missing or invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")


def doc_to_wire(doc: Document) -> dict[str, Any]:
    """A Document (before the pipeline) as a JSON-ready dict."""
    return {
        "text": doc.text,
        "meta": doc.meta,
        "blocks": [[b.kind, b.start, b.end, b.extra] for b in doc.blocks],
        "offsets": [list(r) for r in doc.offsets.runs],
        "source_text": doc.source_text,
    }


def doc_from_wire(d: dict[str, Any]) -> Document:
    return Document(
        text=d["text"],
        meta=dict(d["meta"]),
        blocks=[Block(k, s, e, dict(x or {})) for k, s, e, x in d["blocks"]],
        offsets=OffsetMap(tuple((int(a), int(b), int(c)) for a, b, c in d["offsets"])),
        source_text=d.get("source_text", ""),
    )


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
        "article_id": article_id, "run_id": run_id, "failed_at": now(), "location": location, "code": code,
        "component": component, "reason": reason, "published": iso_date(published),
    }


def document_rows(doc: Document, run_id: str, out: Rows) -> None:
    """Append one processed Document's rows to ``out`` (table -> rows)."""
    m = doc.meta
    aid = doc.id
    pub = iso_date(m.get("published"))
    meta = {k: v for k, v in m.items() if k != "paragraphs"}
    out.setdefault("articles", []).append({
        "article_id": aid, "title": m.get("title"), "author": m.get("author"), "author_role": m.get("author_role"),
        "source": m.get("source"), "url": m.get("url"), "location": m.get("location"), "format": m.get("format"),
        "text": doc.text, "source_text": doc.source_text, "offset_runs": json.dumps(doc.offsets.runs),
        "meta": json.dumps(meta, default=str), "run_id": run_id, "ingested_at": now(), "published": pub,
    })
    out.setdefault("blocks", []).extend(
        {"article_id": aid, "idx": i, "kind": b.kind, "start_char": b.start, "end_char": b.end, "published": pub}
        for i, b in enumerate(doc.blocks)
    )
    for kind, recs in doc.records.items():
        if kind == "nlp":
            continue
        for r in recs:
            data = record_to_dict(r)
            if kind == "entities":
                row = {"entity_id": r.id, "label": data.get("label"), "name": data.get("name"),
                       "aliases": list(data.get("aliases") or ()), "alias_source": data.get("alias_source"),
                       "mention_count": data.get("mention_count")}
            elif kind == "mentions":
                row = {"record_id": r.id, "entity_id": data.get("entity_id"), "label": data.get("label"),
                       "fine_label": data.get("fine_label"), "block": data.get("block"), "text": r.text}
            else:
                row = {"record_id": r.id, "text": r.text, "data": json.dumps(data, default=str)}
                if kind not in RECORD_TABLES:
                    row["kind"] = kind
            table = kind if kind in SCHEMAS else "records"
            row.update(article_id=aid, start_char=r.start, end_char=r.end, component=r.component, published=pub)
            out.setdefault(table, []).append(row)


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
            return list(pipe.pipe([doc_from_wire(d) for d in docs], keep_nlp=False))
    except _Timeout:
        pass
    out = []
    for d in docs:
        try:
            with time_limit(doc_timeout):
                out.extend(pipe.pipe([doc_from_wire(d)], keep_nlp=False))
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
            document_rows(res.doc, run_id, out)
    return out
