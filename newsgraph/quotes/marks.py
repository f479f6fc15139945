"""Quotation marks: the spans of text that stand between opening and closing marks.

Handles straight and curly double marks, guillemets, TeX-style ````...''``, single marks
(only at the top level: single marks inside a double-quoted span are nested quotes and stay
part of the content), and multi-paragraph quotes: a paragraph that opens a quote without
closing it runs to its end, and the next paragraph that opens with a mark continues it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.document import Document

#: kinds of blocks that may hold quotes (decks repeat body text; bylines and credits hold none)
QUOTE_BLOCKS = frozenset({"headline", "paragraph", "caption"})

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘"
_CLOSE_SINGLE = "’"
_BEFORE_OPEN = " \t\n([{—–-:;,/"


@dataclass(frozen=True)
class Marked:
    """One quoted stretch inside one block: ``text[start:end]`` is the content, without marks."""

    start: int
    end: int
    #: offset of the opening mark
    open_at: int
    #: offset of the closing mark, None when the block ends with the quote still open
    close_at: int | None
    #: index of the block in ``Document.blocks``
    block: int
    #: True when this paragraph continues a quote the previous paragraph left open
    continued: bool = False
    #: the mark kind: "double" or "single"
    mark: str = "double"

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def _is_opening(text: str, i: int, lo: int) -> bool:
    """A straight mark at ``i`` opens when it starts the block or follows a space or bracket."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _BEFORE_OPEN or before in _OPEN_DOUBLE) and not after.isspace()


#: after a mark, a name of up to four words and a reporting verb: an attribution
_ATTRIBUTION = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|added|adds|told|tells|asked|asks|wrote|writes|"
                          r"explained|explains|noted|notes|recalled|recalls|continued|continues)[.,]")


def _typed_close(text: str, i: int, hi: int) -> bool:
    """'“We will build it here, “Jo Berg said.': inside an open quote, an opening mark after a
    comma and a space with an attribution right after it ("Jo Berg said." or "said,") closes the
    quote (a typing slip; double marks never nest)."""
    return text[i - 2 : i] == ", " \
        and _ATTRIBUTION.match(text, i + 1, hi) is not None


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _scan_double(text: str, lo: int, hi: int) -> list[tuple[int, int | None]]:
    """(open mark offset, close mark offset or None) of the double-quoted stretches in ``[lo, hi)``."""
    out: list[tuple[int, int | None]] = []
    open_at: int | None = None
    i = lo
    while i < hi:
        ch = text[i]
        two = text[i : i + 2]
        if two == "``" and open_at is None:
            open_at = i + 1
            i += 2
            continue
        if two == "''":
            # two apostrophes stand for a double mark, opening or closing (newswire style)
            if open_at is not None:
                out.append((open_at, i))
                open_at = None
            else:
                before = text[i - 1] if i > lo else " "
                after = text[i + 2] if i + 2 < len(text) else " "
                if (before in _BEFORE_OPEN or before in _OPEN_DOUBLE) and not after.isspace():
                    open_at = i + 1
            i += 2
            continue
        if ch in _OPEN_DOUBLE:
            if open_at is None:
                open_at = i
            elif not _is_opening(text, i, lo) or _typed_close(text, i, hi):  # an opening mark used as a closing one
                out.append((open_at, i))
                open_at = None
        elif ch in _CLOSE_DOUBLE:
            if open_at is not None:
                out.append((open_at, i))
                open_at = None
            elif _is_opening(text, i, lo):  # a closing mark used as an opening one
                open_at = i
        elif ch == '"':
            if open_at is None:
                if _is_opening(text, i, lo) or i == lo:
                    open_at = i
            else:
                out.append((open_at, i))
                open_at = None
        i += 1
    if open_at is not None:
        out.append((open_at, None))
    return out


def _scan_single(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Top-level single-quoted stretches (outside the double-quoted ones) in ``[lo, hi)``."""
    out: list[tuple[int, int]] = []

    def inside(i: int) -> bool:
        return any(a <= i <= b for a, b in taken)

    i = lo
    while i < hi:
        ch = text[i]
        if ch in "'" + _OPEN_SINGLE and not inside(i):
            before = text[i - 1] if i > lo else " "
            after = text[i + 1] if i + 1 < hi else " "
            if (before in _BEFORE_OPEN or before in _OPEN_DOUBLE) and (after.isalnum()):
                j = i + 2
                while j < hi:
                    c = text[j]
                    if c == "\n":
                        break
                    if c in "'" + _CLOSE_SINGLE and not text[j - 1].isspace():
                        nxt = text[j + 1] if j + 1 < hi else " "
                        if not nxt.isalnum():
                            break
                    j += 1
                if j < hi and text[j] in "'" + _CLOSE_SINGLE and not inside(j):
                    out.append((i, j))
                    i = j + 1
                    continue
        i += 1
    return out


def _leading_close(text: str, lo: int, hi: int) -> int | None:
    """Offset of a closing mark that comes before any opening mark in ``[lo, hi)``, if any."""
    for i in range(lo, hi):
        ch = text[i]
        if ch in _OPEN_DOUBLE or text.startswith("``", i):
            return None
        if ch in _CLOSE_DOUBLE or ch == '"' or text.startswith("''", i):
            before = text[i - 1] if i > lo else " "
            j = i + 2 if text.startswith("''", i) else i + 1
            after = text[j] if j < hi else " "
            if before.isspace() or i == lo:
                return None  # an opening mark
            if not after.isalnum():
                return i
    return None


def _has_double(text: str, lo: int, hi: int) -> bool:
    seg = text[lo:hi]
    return any(ch in seg for ch in _OPEN_DOUBLE + _CLOSE_DOUBLE + '"') or "''" in seg or "``" in seg


def _closes_ahead(doc: Document, bi: int, reach: int = 3) -> bool:
    """Whether one of the next ``reach`` paragraphs closes a quote before opening one, with only
    paragraphs without marks before it."""
    text = doc.text
    for block in doc.blocks[bi + 1 : bi + 1 + reach]:
        if block.kind not in QUOTE_BLOCKS:
            return False
        if not _has_double(text, block.start, block.end):
            continue
        return _leading_close(text, block.start, block.end) is not None
    return False


def find_marked(doc: Document) -> list[Marked]:
    """All quoted stretches of the body, captions and headline, in text order."""
    text = doc.text
    found: list[Marked] = []
    prev_open = False  # the previous paragraph ended inside a quote
    for bi, block in enumerate(doc.blocks):
        if block.kind not in QUOTE_BLOCKS:
            if block.kind not in ("caption", "credit"):
                prev_open = False
            continue
        lo, hi = block.start, block.end
        if prev_open and not _has_double(text, lo, hi) and _closes_ahead(doc, bi):
            # a quoted letter or e-mail whose middle paragraphs carry no marks at all: they are
            # quoted up to the paragraph that closes the quote
            s, e = _trimmed(text, lo, hi)
            if e > s:
                found.append(Marked(s, e, lo, None, bi, True, "double"))
            continue
        if prev_open:
            # a quote left open runs on into a paragraph that only closes it
            close = _leading_close(text, lo, hi)
            if close is not None:
                s, e = _trimmed(text, lo, close)
                if e > s:
                    found.append(Marked(s, e, lo, close, bi, True, "double"))
                lo = close + (2 if text.startswith("''", close) else 1)
        pairs = _scan_double(text, lo, hi)
        starts_with_mark = bool(pairs) and text[lo:pairs[0][0]].strip() == ""
        for n, (o, c) in enumerate(pairs):
            s, e = _trimmed(text, o + 1, c if c is not None else hi)
            if e <= s:
                continue
            continued = prev_open and n == 0 and starts_with_mark
            found.append(Marked(s, e, o, c, bi, continued, "double"))
        taken = [(o, c if c is not None else hi) for o, c in pairs]
        for o, c in _scan_single(text, lo, hi, taken):
            s, e = _trimmed(text, o + 1, c)
            if e > s:
                found.append(Marked(s, e, o, c, bi, False, "single"))
        prev_open = bool(pairs) and pairs[-1][1] is None
    found.sort(key=lambda m: m.start)
    return found
