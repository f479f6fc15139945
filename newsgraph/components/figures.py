"""Figures (placeholder: finds nothing yet)."""

from __future__ import annotations

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record


class FigureFinder(Component):
    name = "newsgraph.figures"
    version = "0"
    requires = ("nlp",)
    assigns = ("figures",)

    def find(self, doc: Document) -> list[Record]:
        return []
