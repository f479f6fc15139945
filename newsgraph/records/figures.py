"""Figures: numbers with what they count."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.records.base import Record


@dataclass(frozen=True, kw_only=True)
class Figure(Record):
    KIND = "figures"
    value: float
    #: KILL, WOUND, DISPLACE, REFUGEE, TROOPS, ARREST, KIDNAP, PROTEST, MONEY, PERCENT, OTHER
    category: str = "OTHER"
    qualifier: str | None = None
    #: event (this event's toll), cumulative, historical, estimate
    scope: str | None = None
    source: str | None = None
    inside_quote: bool = False
    counted: str | None = None
    unit: str | None = None
