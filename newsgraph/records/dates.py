"""Time expressions normalized as TIMEX3."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.records.base import Record


@dataclass(frozen=True, kw_only=True)
class DateMention(Record):
    KIND = "dates"
    #: TIMEX3 value: 2024-01-05, 2021-03, P20Y, PAST_REF, ...
    value: str | None
    #: DATE, TIME, DURATION, SET
    type: str = "DATE"
    #: TIMEX3 mod or the qualifier words ("more than", "early")
    modifier: str | None = None
    #: the date the value was resolved against (publication date) for relative expressions
    anchor: str | None = None
