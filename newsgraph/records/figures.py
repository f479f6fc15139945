"""Figures: numbers with what they count."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.records.base import Record


@dataclass(frozen=True, kw_only=True)
class Figure(Record):
    """``start``/``end`` cover the number as written, with its qualifier, currency and percent
    sign ("more than 3.3 million", "US$40 billion", "70%"); the counted noun phrase has its
    own span (``counted_start``/``counted_end``)."""

    KIND = "figures"
    #: the stated number with its scale words (3.3 million -> 3300000; 70% -> 70; a range: its low end)
    value: float
    #: KILL, WOUND, DISPLACE, REFUGEE, TROOPS, ARREST, KIDNAP, PROTEST, MONEY, PERCENT, OTHER
    category: str = "OTHER"
    #: at least, more than, about, up to, nearly, less than, exactly
    qualifier: str | None = None
    #: event (this event's toll), cumulative, historical, estimate
    scope: str | None = None
    #: who gives the number: "some estimates", "the health ministry"
    source: str | None = None
    inside_quote: bool = False
    #: the counted noun phrase ("Iraqis", "troops") and its span
    counted: str | None = None
    counted_start: int | None = None
    counted_end: int | None = None
    #: a currency code for MONEY ("USD"), "%" for PERCENT, a measure ("km", "GB")
    unit: str | None = None
    #: the high end of a range ("25,000 to 30,000")
    high: float | None = None
    #: digits, words, fraction, vague (ACLED values: dozens 12, hundreds 100, ...) or range
    form: str = "digits"
