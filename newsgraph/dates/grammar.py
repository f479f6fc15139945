"""Find time expressions in text and normalise them to TIMEX3 (type, value, mod).

``scan(text, ctx)`` runs every pattern of ``patterns.PATTERNS``, normalises each match with
the handler of the same name (in ``handlers``), and keeps the longest non-overlapping
matches. A handler returns a ``Found``, ``None`` (not a time expression: the words may
still be part of another match) or ``REJECT`` (not a time expression, and nothing else
may claim these characters, e.g. the age in "a 6-year-old boy").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsgraph.dates.calendar import FUTURE, PAST, tense_at
from newsgraph.dates.lexicon import MODS
from newsgraph.dates.patterns import PATTERNS


@dataclass(frozen=True)
class Found:
    """A normalised expression: TIMEX3 type and value, mod, and whether it used the anchor."""

    type: str
    value: str | None
    mod: str | None = None
    relative: bool = False
    #: trim the span to this group of the match (e.g. "years" in "for years")
    group: str | None = None


REJECT = Found("REJECT", None)


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None
    modifier: str | None
    relative: bool
    rule: str


@dataclass
class Context:
    """What handlers may consult: the anchor date, the parse (for tense and parts of speech)."""

    text: str
    anchor: dt.date | None
    nlp_doc: Any = None
    #: the text talks about fiscal quarters (earnings reports): "a year ago" is a quarter
    quarterly: bool = False
    _tense: dict[tuple[int, int], str | None] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self._tense:
            self._tense[key] = tense_at(self.nlp_doc, start, end)
        return self._tense[key]

    def direction(self, start: int, end: int, default: int = -1) -> int:
        """-1 for a past-tense clause, +1 for future, ``default`` otherwise."""
        t = self.tense(start, end)
        if t == FUTURE:
            return 1
        if t == PAST:
            return -1
        return default

    def token(self, offset: int) -> Any:
        if self.nlp_doc is None:
            return None
        span = self.nlp_doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def ent_label(self, start: int, end: int) -> str | None:
        if self.nlp_doc is None:
            return None
        for e in self.nlp_doc.ents:
            if e.start_char < end and start < e.end_char:
                return str(e.label_)
        return None

    def prev_word(self, start: int) -> str:
        m = re.search(r"([\w'’%$]+)\W*$", self.text[max(0, start - 40) : start])
        return m.group(1).lower() if m else ""

    def next_word(self, end: int) -> str:
        m = re.match(r"\s*([\w'’%]+)", self.text[end : end + 40])
        return m.group(1).lower() if m else ""


Handler = Callable[[re.Match[str], Context], Found | None]

_PREFIX = re.compile(
    r"(?i:(more than|less than|fewer than|at least|at most|up to|no more than|just over|just under|well over"
    r"|nearly|almost|about|around|roughly|approximately|some|over|under|early|late|mid-|the end of|the beginning of"
    r"|the start of|the middle of|the early|the late|end of))\s+$"
)
_DURATION_MODS = {"more than", "less than", "fewer than", "at least", "at most", "up to", "no more than", "just over",
                  "just under", "well over", "nearly", "almost", "about", "around", "roughly", "approximately",
                  "some", "over", "under"}
_DATE_MODS = {"early", "late", "mid-", "the end of", "the beginning of", "the start of", "the middle of",
              "the early", "the late", "end of", "around", "about"}


def _with_prefix(text: str, start: int, found: Found) -> tuple[int, str | None, str | None]:
    """Extend ``start`` over a qualifier such as "more than" or "early": (start, words, mod)."""
    m = _PREFIX.search(text[max(0, start - 25) : start])
    if not m:
        return start, None, found.mod
    words = m.group(1).lower()
    if found.type == "DURATION" and words in _DURATION_MODS:
        return start - len(m.group(0)), words, found.mod or MODS.get(words)
    if found.type in ("DATE", "TIME") and words in _DATE_MODS and found.value and found.value[:1].isdigit():
        return start - len(m.group(0)), words, found.mod or MODS.get(words)
    return start, None, found.mod


def scan(text: str, ctx: Context, handlers: dict[str, Handler]) -> tuple[list[Timex], list[tuple[int, int]]]:
    """Every time expression in ``text`` (longest match first, no overlaps), and the spans
    a handler rejected outright."""
    cands: list[tuple[int, int, int, str, Found, re.Match[str]]] = []
    for prio, (name, rx) in enumerate(PATTERNS):
        fn = handlers[name]
        for m in rx.finditer(text):
            if m.end() <= m.start():
                continue
            found = fn(m, ctx)
            if found is None:
                continue
            s, e = (m.span(found.group) if found.group else m.span())
            cands.append((s, e, prio, name, found, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Timex] = []
    rejected: list[tuple[int, int]] = []
    for s, e, _prio, name, found, _m in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if found is REJECT:
            rejected.append((s, e))
            continue
        s2, words, mod = _with_prefix(text, s, found)
        if words is None and found.mod and _m.groupdict().get("mod"):
            words = _m["mod"].lower()
        if words and any(s2 < te and ts < s for ts, te in taken):
            s2, words, mod = s, None, found.mod
        out.append(Timex(s2, e, found.type, found.value, mod, words, found.relative, name))
    out.sort(key=lambda t: t.start)
    return merge_clock_dates(text, out), rejected


_GAP = re.compile(r"\s*,?\s*(?:(?:on|at)\s+)?")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_CLOCK = re.compile(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)T(\d\d:\d\dZ?)$")


def merge_clock_dates(text: str, items: list[Timex]) -> list[Timex]:
    """Join a clock time and the day next to it ("10 p.m. Wednesday", "Friday at noon")."""
    out: list[Timex] = []
    for t in items:
        prev = out[-1] if out else None
        if prev is not None and _GAP.fullmatch(text[prev.end : t.start]):
            clock, day = (prev, t) if _CLOCK.match(prev.value or "") else (t, prev)
            cm = _CLOCK.match(clock.value or "")
            if cm and day is not clock and _FULL_DAY.match(day.value or ""):
                out[-1] = Timex(prev.start, t.end, "TIME", f"{day.value}T{cm.group(1)}", prev.mod or t.mod,
                                prev.modifier, day.relative, f"{prev.rule}+{t.rule}")
                continue
        out.append(t)
    return out
