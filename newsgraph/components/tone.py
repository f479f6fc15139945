"""Tone (placeholder: finds nothing yet)."""

from __future__ import annotations

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record


class ToneFinder(Component):
    name = "newsgraph.tone"
    version = "0"
    requires = ("nlp",)
    assigns = ("tone", "loaded")

    def find(self, doc: Document) -> list[Record]:
        return []
