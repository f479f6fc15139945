"""Word shingles of an article's clean body, hashed to 32-bit integers (CRC-32: stable across
processes, fast; two articles of a thousand shingles each share a hash by chance about once
in four thousand pairs).

The body is the text of the paragraph blocks (headline, byline, deck, captions and credits
left out, so a re-headlined copy still matches); without blocks, the whole text. Words are
lower-cased runs of letters and digits, so punctuation and spacing edits do not count.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

_WORD = re.compile(r"\w+", re.UNICODE)

#: block kinds that are not part of the body
NON_BODY = frozenset({"headline", "byline", "deck", "caption", "credit", "furniture"})

#: words per shingle
SHINGLE_WORDS = 4


def body_text(text: str, blocks: Iterable[tuple[str, int, int]] = ()) -> str:
    """The body of ``text``: the blocks (``kind, start, end``) that are not headline, byline,
    deck, caption or credit, joined by blank lines; the whole text when no block is given
    or none is body."""
    spans = [(s, e) for kind, s, e in blocks if kind not in NON_BODY]
    if not spans:
        return text
    return "\n\n".join(text[s:e] for s, e in sorted(spans))


def words(text: str) -> list[str]:
    """Lower-cased words of ``text``."""
    return [w.lower() for w in _WORD.findall(text)]


def _hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """The set of hashed ``k``-word shingles of ``text`` (one shingle of all words when the
    text has fewer than ``k``; empty for a text without words)."""
    ws = words(text)
    if not ws:
        return set()
    if len(ws) < k:
        return {_hash(" ".join(ws))}
    return {_hash(" ".join(ws[i:i + k])) for i in range(len(ws) - k + 1)}


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers(text: str) -> set[str]:
    """The numbers written in digits in ``text`` ("34", "1,200"): templated reports (daily
    strike summaries, scores) share most words but not their numbers."""
    return set(_NUMBER.findall(text))
