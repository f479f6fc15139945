"""What every reader makes: an :class:`Article` (raw input, its format and metadata) or a
:class:`Failure`; and :func:`decode`, bytes to text with the checks every reader applies.

The format readers (``feeds``, ``pdf``, ``warc``) and the dispatching ``readers`` module
import from here, so that none of them imports another's importer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsgraph.config import Settings
from newsgraph.errors import InputError


@dataclass
class Article:
    """A raw input: text (or HTML) as received, its format and metadata."""

    raw: str
    fmt: str
    meta: dict[str, Any] = field(default_factory=dict)
    location: str = ""


@dataclass
class Failure:
    """An input that could not be read; kept as data, not raised."""

    error: InputError
    location: str


def decode(data: bytes, settings: Settings, location: str = "") -> str:
    """Bytes to text: size limit, empty and binary checks, encoding detection.

    UTF-8 first; a byte-order mark selects UTF-32 or UTF-16; UTF-16 without a mark is
    recognised by its zero bytes; anything else goes to charset_normalizer, which on short
    Western texts often ties many code pages: on a tie windows-1252 wins (the WHATWG rule
    that browsers follow for labels such as ISO-8859-1).
    """
    if len(data) > settings.max_bytes:
        raise InputError(
            f"input is {len(data):,} bytes, over the limit of {settings.max_bytes:,} (setting max_bytes)",
            code="NG003",
            location=location,
        )
    if not data.strip():
        raise InputError("input is empty", code="NG001", location=location)
    head = data[:8192]
    if data.startswith(b"%PDF"):
        raise InputError(
            "PDF input is read by the PDF reader (newsgraph ingest or extract), not as text",
            code="NG009",
            location=location,
        )
    wide = _wide_encoding(head)
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            raise InputError(f"input looks like {wide} but does not decode", code="NG004", location=location) from None
        if _control_ratio(text[:8192].encode("utf-8", "surrogatepass")) > 0.1:
            raise InputError("input looks binary, not text", code="NG002", location=location)
        return _nonblank(text, location)
    if b"\x00" in head or _control_ratio(head) > 0.1:
        raise InputError("input looks binary, not text", code="NG002", location=location)
    try:
        return _nonblank(data.decode("utf-8-sig"), location)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("the text encoding could not be detected", code="NG004", location=location)
    if any("cp1252" in m.could_be_from_charset for m in matches if m.chaos <= best.chaos + 0.01):
        try:
            return _nonblank(data.decode("cp1252"), location)
        except UnicodeDecodeError:
            pass
    return _nonblank(str(best), location)


def _nonblank(text: str, location: str) -> str:
    """Text that holds more than white space and byte-order marks, or NG001."""
    if not text.strip().strip("\ufeff"):
        raise InputError("input is empty", code="NG001", location=location)
    return text


def _wide_encoding(head: bytes) -> str | None:
    """UTF-32/UTF-16 by byte-order mark, or UTF-16 without one by where its zero bytes fall."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(head) < 8 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.6 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _control_ratio(b: bytes) -> float:
    if not b:
        return 0.0
    bad = sum(1 for x in b if x < 32 and x not in (9, 10, 12, 13))
    return bad / len(b)
