"""Dates: time expressions found by own rules and normalised as TIMEX3.

The rules (``newsgraph.dates.timex``) find explicit dates, relative expressions ("on Friday",
"last week", "two years ago"), vague references (PAST_REF, PRESENT_REF, FUTURE_REF),
durations, clock times and sets, and resolve relative ones against the publication date
``doc.meta["published"]`` with the tense of the clause (from spaCy's parse). spaCy's DATE
labels only help to decide whether a bare four-digit number is a year; spaCy's spans are not
used as such (most that the rules miss are ages and counts).
"""

from __future__ import annotations

import datetime as dt

from newsgraph.components.base import Component
from newsgraph.dates.calendar import parse_date
from newsgraph.dates.timex import Timex, find_timexes
from newsgraph.document import Document
from newsgraph.records.base import Record
from newsgraph.records.dates import DateMention

#: how far into the text a dateline may stand
DATELINE_CHARS = 400


def dateline(found: list[Timex]) -> dt.date | None:
    """The publication date from the text when the metadata has none: the first full,
    absolute date near the top (a dateline such as "Tuesday, September 1, 2015")."""
    for t in found:
        if t.start > DATELINE_CHARS:
            break
        if t.type == "DATE" and not t.relative and t.value and len(t.value) == 10:
            return parse_date(t.value)
    return None


class DateFinder(Component):
    """Finds ``DateMention`` records; needs the spaCy parse (``nlp``) for tense."""

    name = "newsgraph.dates"
    version = "1"
    requires = ("nlp",)
    assigns = ("dates",)

    def find(self, doc: Document) -> list[Record]:
        anchor = parse_date(doc.meta.get("published"))
        found, _rejected = find_timexes(doc.text, anchor, doc.nlp_doc)
        if anchor is None:
            anchor = dateline(found)
            if anchor is not None:
                found, _rejected = find_timexes(doc.text, anchor, doc.nlp_doc)
        anchor_iso = anchor.isoformat() if anchor else None
        return [self._record(doc, t, anchor_iso if t.relative else None) for t in found]

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
