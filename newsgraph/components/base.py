"""The component protocol: ``find(doc)`` is pure, ``__call__(doc)`` writes."""

from __future__ import annotations

from typing import Any, ClassVar

from newsgraph.document import Document
from newsgraph.records.base import Record


class Component:
    """A pipeline step. Subclasses set ``name``, ``version``, ``requires``, ``assigns``
    and implement :meth:`find`, which returns records and does not touch ``doc``."""

    name: ClassVar[str] = "component"
    version: ClassVar[str] = "1"
    #: record kinds (or "nlp") that earlier components must assign
    requires: ClassVar[tuple[str, ...]] = ()
    #: record kinds this component adds to ``Document.records``
    assigns: ClassVar[tuple[str, ...]] = ()
    #: record kinds it uses when an earlier component assigned them (optional inputs)
    reads: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: Any = None) -> None:
        self.settings = settings

    @property
    def component_id(self) -> str:
        return f"{self.name}@{self.version}"

    def find(self, doc: Document) -> list[Record]:
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        found = self.find(doc)
        for kind in self.assigns:
            doc.records.setdefault(kind, [])
        for rec in found:
            doc.add(rec.KIND, [rec])
        return doc
