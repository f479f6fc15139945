"""Quotes and reported statements with their speakers."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.records.base import Record


@dataclass(frozen=True, kw_only=True)
class Quote(Record):
    """``start``/``end`` cover the quoted content (without the marks)."""

    KIND = "quotes"
    #: direct, indirect, mixed
    kind: str = "direct"
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    #: the speaker's canonical name (full name as the article gives it); None when nobody is named
    speaker: str | None = None
    #: the described person when nobody is named ("her boyfriend", "a Pentagon spokesperson"),
    #: its span at ``speaker_start``/``speaker_end`` (or at ``resolved_*`` for a pronoun)
    speaker_role: str | None = None
    speaker_entity_id: str | None = None
    #: the span naming the speaker where the quote is attributed (a name, "he", a role)
    speaker_start: int | None = None
    speaker_end: int | None = None
    #: the span of the name a pronoun or role was resolved to
    resolved_start: int | None = None
    resolved_end: int | None = None
    #: how the speaker was found: "<cue class>/<step>" ("speech/name", "speech/pronoun", "none/none"
    #: "follows/name" for a quote that carries on the previous speaker); see docs/quotes.md
    speaker_method: str | None = None
    #: calibrated on PolNeAR dev: of the quotes given about 0.8, about 80% are statements of someone
    confidence: float = 0.0
    #: calibrated likewise: of the speakers given about 0.8, about 80% are right (None without a speaker)
    speaker_confidence: float | None = None
    #: what is reported is a question, not a claim: a direct quote that ends in "?" ("Will they
    #: sign?"), or a reported one ("asked whether the plant would close", "wondered why ...")
    question: bool = False
