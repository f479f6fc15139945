"""The batch runner: the pipeline over many inputs on a local process pool or on Ray.

``run(inputs, out, ...)`` reads the inputs (:mod:`.sources`), turns them into Documents in
the driver, skips the ids the output folder already holds, sends batches to an engine
(:mod:`.engines`, which runs :func:`.batch.process_batch`) and commits each batch's rows
as Parquet (:mod:`.writer`). ``load_output`` copies that output into a DuckDB store.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest import documents
from newsgraph.ingest.readers import Failure
from newsgraph.runner.batch import TABLES, Rows, failure_row
from newsgraph.runner.engines import run_local, run_ray
from newsgraph.runner.load import load_output
from newsgraph.runner.writer import ParquetOutput, RunnerError, rows_per_article, table_files
from newsgraph.serialize import document_to_dict

__all__ = ["ENGINES", "RunSummary", "TABLES", "load_output", "rows_per_article", "run", "table_files", "RunnerError"]

ENGINES = ("local", "ray")


@dataclass
class RunSummary:
    """What one run did."""

    out: str
    engine: str
    workers: int
    run_id: str = ""
    written: int = 0
    skipped: int = 0
    failed: int = 0
    batches: int = 0
    swept: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.written / self.seconds if self.seconds else 0.0

    def describe(self) -> str:
        return (
            f"{self.engine} x{self.workers} wrote {self.written} articles to {self.out} "
            f"({self.skipped} already there, {self.failed} failed, {self.batches} batches) "
            f"in {self.seconds:.1f} s ({self.rate:.1f} articles/s), run {self.run_id}"
        )


def _batches(
    items: Iterator[Any], settings: Settings, known: set[str], summary: RunSummary, pending: Rows, size: int
) -> Iterator[list[dict[str, Any]]]:
    """New Documents in wire form, ``size`` at a time; failures go to ``pending``; known ids are skipped.
    Inputs become Documents through the ingest's own checks (:func:`newsgraph.ingest.documents`)."""
    seen: set[str] = set()
    batch: list[dict[str, Any]] = []

    def fail(exc: InputError, location: str) -> None:
        summary.failed += 1
        summary.failures.append(str(exc))
        pending.setdefault("failures", []).append(
            failure_row(None, summary.run_id, location, exc.code, exc.reason, "ingest")
        )

    for doc in documents(items, settings):
        if isinstance(doc, Failure):
            fail(doc.error, doc.location)
            continue
        if doc.id in known or doc.id in seen:
            summary.skipped += 1
            continue
        seen.add(doc.id)
        batch.append(document_to_dict(doc, wire=True))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    inputs: list[str],
    out: str | Path,
    settings: Settings | None = None,
    engine: str = "local",
    workers: int = 1,
    address: str | None = None,
    fmt: str | None = None,
    progress: Callable[[int], None] | None = None,
    doc_timeout: float = 300,
) -> RunSummary:
    """Run the pipeline over ``inputs`` and write Parquet tables under ``out`` (resumable).

    ``doc_timeout``: seconds one document may take in the pipeline before it is recorded as
    an NG030 failure (0: no limit; enforced where the batch runs in a main thread).
    """
    from newsgraph.runner.sources import iter_articles

    settings = settings or Settings()
    if engine not in ENGINES:
        raise RunnerError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}", code="NG060")
    summary = RunSummary(out=str(out), engine=engine, workers=workers, run_id=uuid.uuid4().hex[:12])
    t0 = time.perf_counter()
    with ParquetOutput(out) as writer:
        summary.swept = writer.swept
        pending: Rows = {}
        batches = _batches(iter_articles(inputs, settings, fmt), settings, set(writer.ids), summary, pending,
                           max(1, settings.batch_size))
        if engine == "ray":
            results = run_ray(batches, settings, summary.run_id, workers, address, doc_timeout)
        else:
            results = run_local(batches, settings, summary.run_id, workers, doc_timeout)
        for ids, rows in results:
            if pending.get("failures"):
                rows.setdefault("failures", []).extend(pending.pop("failures"))
            for f in rows.get("failures", []):
                if f.get("component") != "ingest":
                    summary.failed += 1
                    summary.failures.append(f"[{f['code']}] {f['reason']} ({f['location']})")
            writer.write(rows, [a["article_id"] for a in rows.get("articles", [])])
            summary.written += len(rows.get("articles", []))
            summary.batches += 1
            if progress:
                progress(len(ids))
        if pending.get("failures"):
            writer.write(pending, [])
    summary.seconds = time.perf_counter() - t0
    return summary
