"""Recognise an input's format by its content, not its name.

An input on standard input or in a file without a known extension is recognised by its
first bytes: PDF (``%PDF`` at the start, or within the first kilobyte of binary bytes), WARC (``WARC/``, also inside a
gzip stream), RSS/Atom feeds and HTML (after any byte-order mark, white space, XML
declaration, comments, processing instructions and doctype, up to 1 MB of them). JSON
Lines are recognised after decoding, by ``readers.sniff_format``. :func:`sniff_bytes` answers
``None`` for anything else, which the text readers then decode and sniff as text.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib

#: bytes of the input looked at after the prolog (comments, doctype) is skipped
HEAD_BYTES = 4096
#: a prolog longer than this is not skipped (the input is then not recognised as markup)
MAX_PROLOG = 1 << 20

_FEED_ROOTS = ("<rss", "<feed", "<rdf:rdf")
_HTML_ROOTS = ("<html", "<head", "<body")
#: tags that only HTML pages and fragments use
_HTML_TAGS = re.compile(
    r"<(?:html|head|body|meta|title|div|p|article|section|main|header|footer|nav|span|a|h[1-6]|table|ul|ol|li|br|img|script|style|link|figure|blockquote)\b",
    re.IGNORECASE,
)


def skip_prolog(text: str) -> str:
    """``text`` after a byte-order mark, white space, XML declaration, comments, processing
    instructions and doctype (in any order and number); unchanged when a comment never ends."""
    pos = 0
    n = min(len(text), MAX_PROLOG)
    while pos < n:
        while pos < n and (text[pos].isspace() or text[pos] == "\ufeff"):
            pos += 1
        if text.startswith("<!--", pos):
            end = text.find("-->", pos + 4)
            if end < 0:
                return text
            pos = end + 3
        elif text.startswith("<?", pos):
            end = text.find("?>", pos + 2)
            if end < 0:
                return text
            pos = end + 2
        elif text[pos : pos + 9].lower() == "<!doctype":
            end = text.find(">", pos)
            if end < 0:
                return text
            pos = end + 1
        else:
            break
    return text[pos:]


def _has_prolog(text: str) -> bool:
    low = text.lstrip("\ufeff \t\r\n")[:9].lower()
    return low.startswith(("<!--", "<?", "<!doctype"))


def markup_kind(text: str) -> str | None:
    """``"feed"`` or ``"html"`` when ``text`` is an RSS/Atom feed or an HTML page, else None."""
    head = skip_prolog(text)[:HEAD_BYTES].lower()
    if head.startswith(_FEED_ROOTS):
        return "feed"
    if head.startswith(_HTML_ROOTS):
        return "html"
    if text.lstrip("\ufeff \t\r\n")[:9].lower() == "<!doctype" and "html" in text.lstrip("\ufeff \t\r\n")[:200].lower():
        return "html"
    if head.startswith("<") and len(_HTML_TAGS.findall(head)) >= 2:
        return "html"
    if _has_prolog(text) and head.startswith("<") and _HTML_TAGS.match(head):
        return "html"
    return None


def _text_head(data: bytes) -> str:
    """The start of ``data`` as text (UTF-8, else Latin-1, which never fails), the prolog included."""
    cut = data[: MAX_PROLOG + HEAD_BYTES]
    for enc in ("utf-8-sig", "latin-1"):
        try:
            return cut.decode(enc)
        except UnicodeDecodeError:
            continue
    return ""  # pragma: no cover - latin-1 decodes any bytes


def _gzip_head(data: bytes, size: int = 64) -> bytes:
    """The first ``size`` bytes inside a gzip stream (empty when it does not inflate)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data[: 1 << 16])) as fh:
            return fh.read(size)
    except (OSError, EOFError, zlib.error):
        return b""


def sniff_bytes(data: bytes) -> str | None:
    """``pdf``, ``warc``, ``feed`` or ``html`` by content, or None (text or unknown)."""
    bare = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if bare.startswith(b"%PDF") or (b"%PDF-" in data[:1024] and b"\x00" in data[:4096]):
        return "pdf"
    if bare.startswith(b"WARC/"):
        return "warc"
    if data.startswith(b"\x1f\x8b"):
        return "warc" if _gzip_head(data).lstrip(b"\r\n").startswith(b"WARC/") else None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:64]:
        return None  # UTF-16/32: the text decoder reads it, then the text is sniffed
    text = _text_head(data)
    kind = markup_kind(text)
    return kind

