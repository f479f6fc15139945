"""Build a clean string while remembering where each character came from."""

from __future__ import annotations


class TextBuilder:
    """Appends source slices (mapped) and inserted strings (unmapped) to a clean text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.runs: list[tuple[int, int, int]] = []
        self.length = 0

    def add_source(self, source: str, start: int, end: int) -> None:
        if end <= start:
            return
        piece = source[start:end]
        if self.runs:
            cs, ss, ln = self.runs[-1]
            if cs + ln == self.length and ss + ln == start:
                self.runs[-1] = (cs, ss, ln + len(piece))
                self.parts.append(piece)
                self.length += len(piece)
                return
        self.runs.append((self.length, start, len(piece)))
        self.parts.append(piece)
        self.length += len(piece)

    def add_inserted(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def text(self) -> str:
        return "".join(self.parts)


Piece = tuple[int, int] | str
"""A source slice ``(start, end)`` or an inserted string."""


def pieces_text(source: str, pieces: list[Piece]) -> str:
    return "".join(p if isinstance(p, str) else source[p[0] : p[1]] for p in pieces)


def emit(builder: TextBuilder, source: str, pieces: list[Piece]) -> None:
    for p in pieces:
        if isinstance(p, str):
            builder.add_inserted(p)
        else:
            builder.add_source(source, p[0], p[1])
