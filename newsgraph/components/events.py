"""Events (placeholder: finds nothing yet)."""

from __future__ import annotations

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record


class EventFinder(Component):
    name = "newsgraph.events"
    version = "0"
    requires = ("nlp", "entities", "places", "dates", "figures", "quotes")
    assigns = ("events",)

    def find(self, doc: Document) -> list[Record]:
        return []
