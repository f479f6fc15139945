"""Build a pipeline of components, check its order, run it over documents."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

from newsgraph.components import nlp_ahead
from newsgraph.components.base import Component
from newsgraph.components.nlp import SpacyComponent
from newsgraph.components.registry import DEFAULT_PIPELINE, create
from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.errors import ComponentError, NewsgraphError

#: with ``ahead``: how many batches the child may hold (texts sent, Docs not yet taken back);
#: more than two lets it run on while this process is held up for a while by other work
AHEAD = 3


@dataclass
class Result:
    """One input's outcome: a Document, or the error it failed with."""

    doc: Document | None
    error: NewsgraphError | None = None
    location: str = ""
    component: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


class Pipeline:
    def __init__(self, components: list[Component], settings: Settings) -> None:
        self.components = components
        self.settings = settings
        self.check()

    @classmethod
    def from_settings(cls, settings: Settings, names: Iterable[str] | None = None) -> Pipeline:
        chosen = tuple(names) if names is not None else (settings.components or DEFAULT_PIPELINE)
        return cls([create(n, settings) for n in chosen], settings)

    @property
    def names(self) -> list[str]:
        return [c.component_id for c in self.components]

    def check(self) -> None:
        have: set[str] = set()
        for c in self.components:
            missing = [r for r in c.requires if r not in have]
            if missing:
                raise ComponentError(
                    f"{c.name} requires {', '.join(missing)}, which no earlier component assigns", code="NG031"
                )
            have.update(c.assigns)
        for i, c in enumerate(self.components):
            late = [(r, d.name) for d in self.components[i + 1:] for r in c.reads if r in d.assigns]
            if late:
                r, by = late[0]
                raise ComponentError(f"{c.name} reads {r}, which {by} assigns only after it", code="NG031")

    def run_one(self, doc: Document) -> Document:
        for c in self.components:
            try:
                c(doc)
            except NewsgraphError:
                raise
            except Exception as exc:  # a bug or bad data inside a component becomes a coded failure
                raise ComponentError(f"{c.component_id} failed: {type(exc).__name__}: {exc}", code="NG030") from exc
        return doc

    def __call__(self, doc: Document) -> Document:
        return self.run_one(doc)

    def pipe(
        self, docs: Iterable[Document], batch_size: int | None = None, keep_nlp: bool = True, ahead: bool = False
    ) -> Iterator[Result]:
        """Run over documents in batches; yields one Result per document, in order.

        With ``keep_nlp=False`` each batch runs inside spaCy's ``memory_zone`` (flat memory on
        long runs) and the spaCy Doc is dropped from each Document before it is yielded.
        With ``ahead`` too (ingest, when ``Settings.nlp_ahead``), a run of more than one batch
        parses the next batch in a child process while this one runs the components of the
        current batch and its caller stores it (:mod:`newsgraph.components.nlp_ahead`): the
        same Results, in the same order, on two cores.
        """
        size = batch_size or self.settings.batch_size
        batches = self._batches(docs, size)
        nlp_comp = self._nlp_component()
        if ahead and not keep_nlp and nlp_comp is not None and self.settings.n_process <= 1 and nlp_ahead.available():
            yield from self._pipe_ahead(batches, size, nlp_comp)
            return
        for batch in batches:
            yield from self._run_batch(batch, keep_nlp)

    @staticmethod
    def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
        batch: list[Document] = []
        for d in docs:
            batch.append(d)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _nlp_component(self) -> SpacyComponent | None:
        return next((c for c in self.components if isinstance(c, SpacyComponent)), None)

    def _pipe_ahead(self, batches: Iterator[list[Document]], size: int, nlp_comp: SpacyComponent) -> Iterator[Result]:
        """:meth:`pipe` with the spaCy pass batches ahead, in a child started at the first full
        batch (a run of one short batch starts none). ``AHEAD`` batches are in the child's hands
        at most; a batch it fails on, and every later one, is parsed here, as is every batch
        when the child cannot be started."""
        child: nlp_ahead.NlpAhead | None = None
        tried = False
        sent: deque[list[Document]] = deque()

        def finish(batch: list[Document]) -> Iterator[Result]:
            parsed = child.receive() if child is not None else None
            yield from self._run_batch(batch, False, parsed)

        try:
            for batch in batches:
                if not tried and len(batch) >= size:
                    tried = True
                    try:
                        child = nlp_ahead.NlpAhead(nlp_comp.model, self.settings.batch_size)
                    except OSError:  # no fork (memory, process limit): one process, as without it
                        child = None
                if child is None or child.failed:
                    while sent:
                        yield from finish(sent.popleft())
                    yield from self._run_batch(batch, False)
                    continue
                child.send([d.text for d in nlp_comp.todo(batch)])
                sent.append(batch)
                if len(sent) >= AHEAD:
                    yield from finish(sent.popleft())
            while sent:
                yield from finish(sent.popleft())
        finally:
            if child is not None:
                child.close()

    def _run_batch(self, batch: list[Document], keep_nlp: bool, parsed: bytes | None = None) -> Iterator[Result]:
        nlp_comp = self._nlp_component()
        zone: Any = nullcontext()
        if nlp_comp is not None and not keep_nlp and hasattr(nlp_comp.nlp, "memory_zone"):
            zone = nlp_comp.nlp.memory_zone()
        results: list[Result] = []
        with zone:
            if nlp_comp is not None and parsed is not None:
                nlp_comp.take(batch, parsed)
            elif nlp_comp is not None:
                nlp_comp.pipe(batch, batch_size=self.settings.batch_size, n_process=self.settings.n_process)
            for d in batch:
                loc = str(d.meta.get("location", ""))
                try:
                    results.append(Result(self.run_one(d), location=loc))
                except NewsgraphError as exc:
                    results.append(Result(None, exc, location=loc))
                if not keep_nlp:
                    d.nlp_doc = None
        yield from results
