"""Ingest inputs into the store: read, check, skip what is stored, run the pipeline, write per batch.

:func:`ingest` is the one way in, used by ``newsgraph ingest`` (:func:`ingest_paths`) and the
web upload: inputs -> Documents (:func:`newsgraph.ingest.documents`: the same checks for all,
the English check included) -> pipeline -> store. The batch runner turns its inputs into
Documents with the same function and runs the same pipeline on its engines.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field

from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.errors import NewsgraphError, StoreError
from newsgraph.ingest import documents
from newsgraph.ingest.readers import Article, Failure, read_paths
from newsgraph.pipeline import Pipeline
from newsgraph.store import Store

#: one writer at a time per store file in this process (DuckDB allows one writing process;
#: inside it, two threads ingesting at once would share a pipeline that is not thread-safe)
_WRITERS: dict[str, threading.Lock] = {}
_WRITERS_LOCK = threading.Lock()


def _writer_lock(path: str) -> threading.Lock:
    key = path if path == ":memory:" else os.path.realpath(path)
    with _WRITERS_LOCK:
        return _WRITERS.setdefault(key, threading.Lock())


@dataclass
class Summary:
    stored: int = 0
    unchanged: int = 0
    failures: list[str] = field(default_factory=list)
    #: the errors behind ``failures``, in the same order
    errors: list[NewsgraphError] = field(default_factory=list)
    #: ids of the documents the store holds after the run: new ones and unchanged ones
    ids: list[str] = field(default_factory=list)
    run_id: str = ""
    seconds: float = 0.0
    store: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        rate = (self.stored / self.seconds) if self.seconds else 0.0
        lines = [
            f"ingested into {self.store}: {self.stored} new, {self.unchanged} unchanged, {len(self.failures)} failed "
            f"in {self.seconds:.1f} s ({rate:.1f} articles/s), run {self.run_id}"
        ]
        if self.counts:
            shown = ", ".join(f"{k} {v}" for k, v in self.counts.items() if k not in ("runs",))
            lines.append(f"store now holds: {shown}")
        return "\n".join(lines)


def ingest_documents(
    items: Iterable[Document | Failure],
    settings: Settings,
    store: Store,
    command: str = "ingest",
    progress: Callable[[int], None] | None = None,
    pipeline: Pipeline | None = None,
    hold: bool = True,
) -> Summary:
    """Run the pipeline over new documents and write them batch by batch (whole articles or none).

    With ``hold`` the store stays open through the run and is closed only when another process
    waits for it (the web UI: :meth:`Store.lend`), so that a batch costs no checkpoint and no
    reopen. Without it the file is let go of before each chunk's NLP and after each write (the
    web upload, whose own process reads the store in other threads and cannot signal).
    """
    with store.lend() if hold else nullcontext():
        return _ingest_documents(items, settings, store, command, progress, pipeline, hold)


def _ingest_documents(
    items: Iterable[Document | Failure],
    settings: Settings,
    store: Store,
    command: str,
    progress: Callable[[int], None] | None,
    pipeline: Pipeline | None,
    hold: bool,
) -> Summary:
    pipe = pipeline or Pipeline.from_settings(settings)
    summary = Summary(store=store.path)
    run_id = store.start_run(command, settings.as_dict(), pipe.names)
    summary.run_id = run_id

    def let_go() -> None:
        if not hold:
            store.release()

    let_go()
    t0 = time.perf_counter()
    seen: set[str] = set()

    def fresh() -> Iterator[Document]:
        """New documents, checked against the store a chunk at a time."""
        chunk: list[Document | Failure] = []

        def flush() -> Iterator[Document]:
            docs = [it for it in chunk if not isinstance(it, Failure)]
            stored = store.existing_ids([d.id for d in docs])
            for it in chunk:
                if isinstance(it, Failure):
                    summary.failures.append(str(it.error))
                    summary.errors.append(it.error)
                    store.record_failure(run_id, it.location, it.error.code, it.error.reason, "ingest")
                    if progress:
                        progress(1)
            let_go()
            for d in docs:
                if d.id in seen or d.id in stored:
                    summary.unchanged += 1
                    summary.ids.append(d.id)
                    if progress:
                        progress(1)
                    continue
                seen.add(d.id)
                yield d

        for it in items:
            chunk.append(it)
            if len(chunk) >= max(1, settings.batch_size):
                yield from flush()
                chunk = []
        if chunk:
            yield from flush()

    def write(batch: list[Document]) -> None:
        """One transaction for the batch; if it fails, each article alone, failures recorded."""
        try:
            summary.stored += store.write_batch(batch, run_id)
            summary.ids.extend(d.id for d in batch)
        except StoreError:
            for d in batch:
                try:
                    summary.stored += store.write_batch([d], run_id)
                    summary.ids.append(d.id)
                except StoreError as exc:
                    summary.failures.append(str(exc))
                    summary.errors.append(exc)
                    store.record_failure(run_id, str(d.meta.get("location", "")), exc.code, exc.reason, "store")
        if progress:
            progress(len(batch))
        let_go()

    batch: list[Document] = []
    for res in pipe.pipe(fresh(), keep_nlp=False, ahead=settings.nlp_ahead):
        if res.doc is None:
            err = res.error
            assert err is not None
            summary.failures.append(str(err))
            summary.errors.append(err)
            store.record_failure(run_id, res.location, err.code, err.reason, res.component or "pipeline")
            let_go()
        else:
            batch.append(res.doc)
        if len(batch) >= settings.batch_size:
            write(batch)
            batch = []
    if batch:
        write(batch)
    summary.seconds = time.perf_counter() - t0
    store.finish_run(run_id, summary.stored, summary.unchanged, len(summary.failures))
    summary.counts = store.counts()
    return summary


def ingest(
    items: Iterable[Article | Failure],
    settings: Settings,
    store: Store,
    command: str = "ingest",
    progress: Callable[[int], None] | None = None,
    pipeline: Pipeline | None = None,
    hold: bool = True,
) -> Summary:
    """THE ingest: inputs (Articles, and Failures of inputs that could not be read) become
    Documents with the checks every ingest applies, then :func:`ingest_documents`. One
    ingest at a time per store file in this process."""
    with _writer_lock(store.path):
        return ingest_documents(documents(items, settings), settings, store, command, progress, pipeline, hold)


def ingest_paths(
    paths: list[str],
    settings: Settings,
    progress: Callable[[int], None] | None = None,
    fmt: str | None = None,
) -> Summary:
    """``newsgraph ingest``: files, folders, globs and '-' into the store named in ``settings``."""
    with Store(settings.store) as store:
        return ingest(read_paths(paths, settings, fmt), settings, store, progress=progress)
