"""Quotes (placeholder: finds nothing yet)."""

from __future__ import annotations

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record


class QuoteFinder(Component):
    name = "newsgraph.quotes"
    version = "0"
    requires = ("nlp", "entities")
    assigns = ("quotes",)

    def find(self, doc: Document) -> list[Record]:
        return []
