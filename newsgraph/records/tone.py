"""Document tone and loaded-language spans."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.records.base import Record


@dataclass(frozen=True, kw_only=True)
class Tone(Record):
    """Document tone on GDELT's scale; the span is the body it was measured on."""

    KIND = "tone"
    score: float
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    word_count: int = 0
    lexicon: str = ""


@dataclass(frozen=True, kw_only=True)
class LoadedPhrase(Record):
    KIND = "loaded"
    reason: str
