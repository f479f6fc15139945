"""Dates: time expressions found by own rules and normalised as TIMEX3.

The rules (``newsgraph.timex``) find explicit dates, relative expressions ("on Friday",
"last week", "two years ago"), vague references (PAST_REF, PRESENT_REF, FUTURE_REF),
durations, clock times and sets, and resolve relative ones against the publication date
``doc.meta["published"]`` with the tense of the clause (spaCy's parse). spaCy's DATE and
TIME entities that no rule matched are kept when their text normalises.
"""

from __future__ import annotations

from typing import Any

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record
from newsgraph.records.dates import DateMention
from newsgraph.timex import Timex, find_timexes
from newsgraph.timex.calendar import parse_date


class DateFinder(Component):
    name = "newsgraph.dates"
    version = "1"
    requires = ("nlp",)
    assigns = ("dates",)

    def find(self, doc: Document) -> list[Record]:
        anchor = parse_date(doc.meta.get("published"))
        found, rejected = find_timexes(doc.text, anchor, doc.nlp_doc)
        out: list[Record] = [self._record(doc, t, anchor.isoformat() if anchor and t.relative else None)
                             for t in found]
        return out

    def _record(self, doc: Document, t: Timex, anchor: str | None) -> DateMention:
        return DateMention(
            start=t.start,
            end=t.end,
            text=doc.text[t.start : t.end],
            component=self.component_id,
            value=t.value,
            type=t.type,
            modifier=t.modifier,
            anchor=anchor,
            mod=t.mod,
            rule=t.rule,
        )


def _unused(x: Any) -> None:  # pragma: no cover
    return None
