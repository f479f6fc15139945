"""The spaCy pass in a second process, a batch ahead of the components (``Settings.nlp_ahead``).

spaCy holds the GIL through almost all of its pass (a Python thread beside it gets about half
of one core), so the pass of the next batch cannot run in a thread while this process runs the
components and the store write of the current one; it runs in a child process instead. The
child is forked from this process (the model is already loaded: no second load) when an ingest
reaches its first full batch; it parses each batch's texts inside ``memory_zone`` and sends
them back as a :class:`spacy.tokens.DocBin` (every token attribute the components read: the
same Docs, checked in ``tests/test_nlp_ahead.py``). The queues hold at most
``newsgraph.pipeline.AHEAD`` batches.

If the child fails or dies, :meth:`NlpAhead.receive` returns ``None`` and the pipeline parses
that batch and the rest in this process, as without it. A child whose parent is killed is
killed with it (``PR_SET_PDEATHSIG``; failing that, it ends at its next batch or within a
second when idle). Only Linux forks it (:func:`available`).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import sys
from typing import Any

#: how long the child waits for work before it checks that its parent is alive (seconds)
_POLL = 1.0


def available() -> bool:
    """Whether a child can be forked here (Linux; elsewhere fork is unsafe or missing)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent ends (``PR_SET_PDEATHSIG``), so that a
    killed ingest leaves no child parsing on; best effort (the loop also checks its parent)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _child(model: str, batch_size: int, inq: Any, outq: Any, parent: int) -> None:
    """The child's loop: a list of texts in, a DocBin's bytes out; ``None`` ends it."""
    from spacy.tokens import DocBin

    from newsgraph.components.nlp import load_model

    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when this ends
    outq.cancel_join_thread()  # never wait at exit for a parent that stopped reading
    nlp = load_model(model)  # the parent's pipeline, inherited by the fork
    while True:
        if os.getppid() != parent:
            return
        try:
            texts = inq.get(timeout=_POLL)
        except queue.Empty:
            continue
        if texts is None:
            return
        try:
            with nlp.memory_zone():
                db = DocBin(store_user_data=False)
                for doc in nlp.pipe(texts, batch_size=batch_size):
                    db.add(doc)
                data = db.to_bytes()
        except Exception as exc:  # the parent parses this batch itself, and so meets the error
            outq.put((False, f"{type(exc).__name__}: {exc}".encode()))
            return
        outq.put((True, data))


class NlpAhead:
    """A forked child that runs ``nlp.pipe`` over the batches it is sent, in order."""

    def __init__(self, model: str, batch_size: int) -> None:
        from newsgraph.components.nlp import load_model

        load_model(model)  # loaded before the fork: the child inherits it
        ctx = multiprocessing.get_context("fork")
        self._in: Any = ctx.Queue()
        self._out: Any = ctx.Queue()
        self._proc: Any = ctx.Process(
            target=_child, args=(model, batch_size, self._in, self._out, os.getpid()), name="newsgraph-nlp", daemon=True
        )
        # objects of this process out of the collector's reach while it forks: the child's
        # collections then leave their pages shared (about a fifth fewer page copies, a second
        # less CPU over the open corpus); this process takes them back at once
        gc.freeze()
        try:
            self._proc.start()
        finally:
            gc.unfreeze()
        self.failed = False
        self._waiting = 0  # batches sent and not received

    def send(self, texts: list[str]) -> None:
        self._in.put(texts)
        self._waiting += 1

    def receive(self) -> bytes | None:
        """The parsed Docs of the oldest batch sent, or ``None`` if the child failed or died
        (then it is of no further use: ``failed`` is set)."""
        if self.failed:
            return None
        self._waiting -= 1
        while True:
            try:
                ok, data = self._out.get(timeout=0.5)
            except queue.Empty:
                if self._proc.is_alive():
                    continue
                try:  # it may have answered just before it ended
                    ok, data = self._out.get(timeout=0.1)
                except queue.Empty:
                    self.failed = True
                    return None
            if not ok:
                self.failed = True
                return None
            return bytes(data)

    def close(self) -> None:
        """End the child (at once if it failed or still has work: the run was cut short), then
        free the queues."""
        if self._proc.is_alive() and not self.failed and not self._waiting:
            try:
                self._in.put(None)
            except (OSError, ValueError):
                pass
            self._proc.join(timeout=10)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(timeout=5)
        for q in (self._in, self._out):
            q.cancel_join_thread()
            q.close()
