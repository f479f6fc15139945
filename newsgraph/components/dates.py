"""Dates (placeholder: finds nothing yet)."""

from __future__ import annotations

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record


class DateFinder(Component):
    name = "newsgraph.dates"
    version = "0"
    requires = ("nlp",)
    assigns = ("dates",)

    def find(self, doc: Document) -> list[Record]:
        return []
