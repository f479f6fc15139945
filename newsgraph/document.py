"""The Document: clean text, metadata, layout blocks and a map back to the input."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

#: blocks of the article body. A "deck" block is a display copy of body text (printed twice)
#: and is not body; captions, credits and embedded posts ("embed": a tweet quoted in the page)
#: are not body either (but hold places and dates), nor is a line of page furniture left in a
#: text ("furniture": "Categories: ...", "Advertisement").
BODY_KINDS = frozenset({"headline", "paragraph"})


@dataclass(frozen=True)
class Block:
    """A layout block of the clean text: ``text[start:end]``."""

    kind: str
    start: int
    end: int
    #: for a caption: the index of its credit block, if any
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class OffsetMap:
    """Maps clean-text offsets back to offsets in the input as received.

    Stored as runs ``(clean_start, source_start, length)``: inside a run, characters are
    copied one to one. Characters the cleaner inserted (a space joining two halves of a
    paragraph) map to the source character before them.
    """

    runs: tuple[tuple[int, int, int], ...]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(((0, 0, length),))

    def to_source(self, offset: int) -> int:
        """Source offset of the clean character at ``offset``."""
        if not self.runs:
            return offset
        starts = [r[0] for r in self.runs]
        i = max(0, bisect_right(starts, offset) - 1)
        cs, ss, ln = self.runs[i]
        if offset < cs:  # inserted before the first copied character
            return ss
        if offset < cs + ln:
            return ss + (offset - cs)
        # an inserted character: the source end of this run
        return ss + ln

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span ``[s, e)`` covering the clean span ``[start, end)``."""
        if end <= start:
            s = self.to_source(start)
            return s, s
        if not self.runs:
            return start, end
        last = end - 1
        e = self.to_source(last)
        i = max(0, bisect_right([r[0] for r in self.runs], last) - 1)
        if self.runs[i][0] <= last < self.runs[i][0] + self.runs[i][2]:  # copied (an inserted one ends its run)
            e += 1
        s = self.to_source(start)
        # a span across blocks the cleaner reordered (a byline moved first): cover every run it touches
        starts = [r[0] for r in self.runs]
        lo, hi = max(0, bisect_right(starts, start) - 1), bisect_right(starts, end - 1)
        for cs, ss, ln in self.runs[lo:hi]:
            a, b = max(start, cs), min(end, cs + ln)
            if a < b:
                s, e = min(s, ss + a - cs), max(e, ss + b - cs)
        return s, max(s, e)


@dataclass
class Document:
    """Clean text plus metadata, blocks and the records the components add.

    ``text`` is never changed after ingest; components only add records.
    """

    text: str
    meta: dict[str, Any]
    blocks: list[Block]
    offsets: OffsetMap
    source_text: str = ""
    records: dict[str, list[Any]] = field(default_factory=dict)
    #: the spaCy Doc, set by the nlp component; never stored
    nlp_doc: Any = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> str:
        return str(self.meta["id"])

    @staticmethod
    def content_id(text: str) -> str:
        """Content hash of the clean text (whitespace-normalized)."""
        norm = " ".join(text.split())
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]

    def add(self, kind: str, items: list[Any]) -> None:
        self.records.setdefault(kind, []).extend(items)

    def get(self, kind: str) -> list[Any]:
        return self.records.get(kind, [])

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None

    def block_kind(self, offset: int) -> str | None:
        b = self.block_at(offset)
        return b.kind if b else None

    def in_body(self, start: int, end: int) -> bool:
        """True when the span lies in a headline or paragraph block."""
        b = self.block_at(start)
        return b is not None and b.kind in BODY_KINDS and end <= b.end

    def block_text(self, b: Block) -> str:
        return self.text[b.start : b.end]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span_to_source(start, end)
