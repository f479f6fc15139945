"""Engines: where :func:`~newsgraph.runner.batch.process_batch` runs.

An engine takes an iterator of batches (lists of wire documents) and yields, per batch,
the article ids it held and the rows it produced. ``local`` runs in this process (one
worker) or in a pool of worker processes, each loading the model once; ``ray`` runs an
actor pool through Ray Data's ``map_batches``. Results come back in any order; the single
writer in the driver commits each batch.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from newsgraph.config import Settings
from newsgraph.runner.batch import Rows, process_batch, warm
from newsgraph.runner.writer import RunnerError

Batch = list[dict[str, Any]]
Done = tuple[list[str], Rows]


def _ids(batch: Batch) -> list[str]:
    return [str(d["meta"]["id"]) for d in batch]


def run_local(
    batches: Iterator[Batch], settings: Settings, run_id: str, workers: int = 1, doc_timeout: float = 0
) -> Iterator[Done]:
    """One worker: in this process. More: a process pool with at most 2 batches per worker in flight."""
    if workers <= 1:
        for b in batches:
            yield _ids(b), process_batch(b, settings, run_id, doc_timeout)
        return
    ctx = multiprocessing.get_context("forkserver")
    init = (settings, os.getpid())
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=init) as pool:
        pending: dict[Future[Rows], list[str]] = {}
        for b in batches:
            pending[pool.submit(process_batch, b, settings, run_id, doc_timeout)] = _ids(b)
            if len(pending) >= 2 * workers:
                yield from _drain(pending, FIRST_COMPLETED)
        while pending:
            yield from _drain(pending, FIRST_COMPLETED)


def _init_worker(settings: Settings, driver: int) -> None:
    """A pool worker: exit when the driver is gone (killed with -9, it cannot say so), load the pipeline."""

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(driver, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the id was reused by another user's process
                os._exit(1)

    threading.Thread(target=watch, name="driver-watch", daemon=True).start()
    warm(settings)


def _drain(pending: dict[Future[Rows], list[str]], when: str) -> Iterator[Done]:
    done, _ = wait(list(pending), return_when=when)
    for f in done:
        ids = pending.pop(f)
        yield ids, f.result()


class RayBatchActor:
    """A Ray actor: loads the pipeline once, maps a batch of wire documents to rows."""

    def __init__(self, settings: dict[str, Any], run_id: str, doc_timeout: float = 0) -> None:
        values = dict(settings)
        values["components"] = tuple(values.get("components") or ())
        self.settings = Settings(**values)
        self.run_id = run_id
        self.doc_timeout = doc_timeout
        warm(self.settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        docs = [json.loads(str(s)) for s in batch["doc"]]
        rows = process_batch(docs, self.settings, self.run_id, self.doc_timeout)
        return {"ids": np.array([json.dumps(_ids(docs))]), "rows": np.array([json.dumps(rows, default=str)])}


def run_ray(
    batches: Iterator[Batch],
    settings: Settings,
    run_id: str,
    workers: int = 2,
    address: str | None = None,
    doc_timeout: float = 0,
    window: int = 256,
) -> Iterator[Done]:
    """Ray Data: ``map_batches`` over an actor pool (``num_cpus=0.5`` per actor, so 2 CPUs do not hang).

    Batches are fed ``window`` at a time (one actor pool per window) so the driver's memory
    stays bounded on long inputs.
    """
    try:
        import ray
        import ray.data
    except ImportError:
        raise RunnerError("the ray engine needs Ray: pip install 'newsgraph[ray]'", code="NG060") from None
    if address and address.startswith("ray://"):
        raise RunnerError(
            "Ray Data does not run over the Ray Client (ray://): run newsgraph on a node of the cluster with "
            "--address auto (or HEAD:6379), or submit it there with `ray job submit` (docs/scale.md)",
            code="NG060",
        )
    first = next(batches, None)
    if first is None:  # nothing new: do not start Ray
        return
    batches = itertools.chain([first], batches)
    started = False
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        # no address: a Ray of this run's own ("local"), never a cluster that happens to run here
        ray.init(address=address or "local", **kwargs)
        started = True
    try:
        ray.data.DataContext.get_current().enable_progress_bars = False
        sd = settings.as_dict()
        size = max(1, settings.batch_size)
        chunk: list[dict[str, str]] = []
        for b in batches:
            chunk.extend({"doc": json.dumps(d)} for d in b)
            if len(chunk) >= window * size:
                yield from _ray_window(chunk, sd, run_id, workers, size, doc_timeout)
                chunk = []
        if chunk:
            yield from _ray_window(chunk, sd, run_id, workers, size, doc_timeout)
    finally:
        if started:
            ray.shutdown()


def _ray_window(
    items: list[dict[str, str]], sd: dict[str, Any], run_id: str, workers: int, size: int, doc_timeout: float
) -> Iterator[Done]:
    import ray.data

    blocks = max(1, min(workers, len(items)), -(-len(items) // size))
    ds = ray.data.from_items(items, override_num_blocks=blocks)
    out = ds.map_batches(
        RayBatchActor,
        fn_constructor_kwargs={"settings": sd, "run_id": run_id, "doc_timeout": doc_timeout},
        batch_size=size,
        batch_format="numpy",
        num_cpus=0.5,
        compute=ray.data.ActorPoolStrategy(size=max(1, workers)),
    )
    try:
        for row in out.iter_rows():
            yield json.loads(row["ids"]), json.loads(row["rows"])
    except RunnerError:
        raise
    except Exception as exc:  # an actor failed (model missing, out of memory): one coded line
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise RunnerError(f"the Ray job failed: {type(exc).__name__}: {first[:300]}", code="NG060") from exc
