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
    #: the qualifier words before the expression ("more than", "early"), if any
    modifier: str | None = None
    #: the date the value was resolved against (publication date) for relative expressions
    anchor: str | None = None
    #: TIMEX3 mod: MORE_THAN, LESS_THAN, APPROX, START, MID, END, ...
    mod: str | None = None
    #: the rule that found the expression (a pattern name, or "spacy" for a model span)
    rule: str | None = None
