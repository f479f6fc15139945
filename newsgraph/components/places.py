"""Places (placeholder: finds nothing yet)."""

from __future__ import annotations

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record


class PlaceFinder(Component):
    name = "newsgraph.places"
    version = "0"
    requires = ("nlp", "entities")
    assigns = ("places",)

    def find(self, doc: Document) -> list[Record]:
        return []
