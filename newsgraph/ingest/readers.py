"""Read inputs (files, folders, globs, stdin, records) into Articles; decode safely."""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.errors import FetchError, InputError
from newsgraph.ingest.article import Article, Failure, decode
from newsgraph.ingest.fetch import Fetcher, Response, content_kind
from newsgraph.ingest.sniff import markup_kind, sniff_bytes

__all__ = ["Article", "Failure", "decode", "expand", "read_bytes", "read_paths", "sniff_format"]

TEXT_EXT = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_EXT = {".html", ".htm", ".xhtml"}
RECORD_EXT = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
#: PDF, feed and WARC files (read by newsgraph.ingest.pdf, .feeds and .warc)
PDF_EXT = {".pdf"}
FEED_EXT = {".rss", ".atom"}
WARC_SUFFIXES = (".warc", ".warc.gz")
KNOWN_EXT = set(TEXT_EXT) | HTML_EXT | set(RECORD_EXT) | PDF_EXT | FEED_EXT | {".warc"}
#: formats this build cannot read (office documents, archives, images, audio and video):
#: refused with NG006 by name, before their bytes are guessed at
UNSUPPORTED_EXT = {
    ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp", ".epub",
    ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar",
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svgz",
    ".mp3", ".wav", ".ogg", ".mp4", ".mov", ".avi", ".mkv", ".exe", ".dll", ".so", ".bin",
}


def sniff_format(text: str, name: str = "") -> str:
    ext = Path(name).suffix.lower()
    if ext in TEXT_EXT:
        return TEXT_EXT[ext]
    if ext in HTML_EXT:
        return "html"
    if ext in RECORD_EXT:
        return RECORD_EXT[ext]
    if markup_kind(text) == "html":
        return "html"
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head or "<div" in head):
        return "html"
    if head.startswith("{") and head.split("\n", 1)[0].rstrip().endswith("}"):
        return "jsonl"
    if any(line.startswith("#") for line in text.splitlines()[:10]) or "**" in head:
        return "markdown"
    return "text"


def _record_to_article(rec: dict[str, Any], settings: Settings, location: str) -> Article:
    text = rec.get(settings.text_field)
    html = rec.get(settings.html_field)
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise InputError(
            f"record has no {settings.text_field!r} or {settings.html_field!r} field with text",
            code="NG008",
            location=location,
        )
    meta = {
        "title": rec.get(settings.title_field),
        "published": rec.get(settings.published_field),
        "url": rec.get(settings.url_field),
        "source": rec.get(settings.source_field),
        "source_id": rec.get(settings.id_field),
    }
    if isinstance(text, str) and text.strip():
        return Article(text, sniff_format(text), {k: v for k, v in meta.items() if v is not None}, location)
    return Article(str(html), "html", {k: v for k, v in meta.items() if v is not None}, location)


def iter_records(text: str, fmt: str, settings: Settings, location: str) -> Iterator[Article | Failure]:
    if fmt == "jsonl":
        for n, line in enumerate(io.StringIO(text), 1):
            if not line.strip():
                continue
            loc = f"{location}:{n}"
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not a JSON object")
                yield _record_to_article(rec, settings, loc)
            except ValueError as exc:
                yield Failure(InputError(f"malformed JSON line: {exc}", code="NG008", location=loc), loc)
            except InputError as exc:
                yield Failure(exc, loc)
    else:
        try:
            reader = csv.DictReader(io.StringIO(text))
            for n, row in enumerate(reader, 2):
                loc = f"{location}:{n}"
                try:
                    yield _record_to_article(dict(row), settings, loc)
                except InputError as exc:
                    yield Failure(exc, loc)
        except csv.Error as exc:
            yield Failure(InputError(f"malformed CSV: {exc}", code="NG008", location=location), location)


def _size_cap(name: str, settings: Settings, kind: str | None = None) -> int:
    """Bytes an input may have: record, feed and WARC files hold many articles, a PDF carries
    layout and fonts. ``kind`` (from the content) wins over the name's extension."""
    ext = Path(name).suffix.lower()
    if kind in ("feed", "jsonl", "csv") or (kind is None and (ext in RECORD_EXT or ext in FEED_EXT or ext == ".xml")):
        return settings.max_bytes * 100
    if kind == "pdf" or (kind is None and ext in PDF_EXT):
        return settings.max_bytes * 10
    return settings.max_bytes


def _content_kind(data: bytes, fmt: str | None) -> str | None:
    """The special reader (pdf, warc, feed) the content asks for, or a record file (jsonl)."""
    if fmt is not None:
        return fmt
    kind = sniff_bytes(data)
    if kind in ("pdf", "warc", "feed"):
        return kind
    first = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return "jsonl" if first.startswith(b"{") else None


def _special(data: bytes, name: str, settings: Settings, fmt: str | None) -> Iterator[Article | Failure] | None:
    """PDF, WARC and feed inputs (by format, extension or content), or None for the text readers.

    Without ``fmt``, the content decides (``newsgraph.ingest.sniff``): a PDF, WARC or feed
    is read as one whatever its name; a name is used only when the content says nothing.
    """
    low = name.lower()
    ext = Path(low).suffix
    kind = fmt
    if kind is None:
        kind = sniff_bytes(data)
        if kind not in ("pdf", "warc", "feed"):
            kind = "pdf" if ext in PDF_EXT else "warc" if low.endswith(WARC_SUFFIXES) else "feed" if ext in FEED_EXT else None
    if kind == "pdf":
        from newsgraph.ingest.pdf import read_pdf

        def one() -> Iterator[Article | Failure]:
            try:
                yield read_pdf(data, name, settings)
            except InputError as exc:
                yield Failure(exc, name)

        return one()
    if kind == "warc":
        from newsgraph.ingest.warc import read_warc_bytes

        return read_warc_bytes(data, name, settings)
    if kind == "feed":
        from newsgraph.ingest.feeds import read_feed

        return read_feed(data, name, settings)
    return None


def read_bytes(data: bytes, name: str, settings: Settings, fmt: str | None = None) -> Iterator[Article | Failure]:
    """One input's bytes to Articles (several for JSONL/CSV, feeds and WARC files)."""
    ext = Path(name).suffix.lower()
    content = _content_kind(data, fmt)
    if len(data) <= _size_cap(name, settings, content) or name.lower().endswith(WARC_SUFFIXES) or content == "warc":
        special = _special(data, name, settings, fmt)
        if special is not None:
            yield from special
            return
    if fmt is None and ext in UNSUPPORTED_EXT:
        yield Failure(InputError(f"unsupported input format {ext!r}", code="NG006", location=name), name)
        return
    try:
        # record files may be much larger than one article: allow 100x the limit
        limit = _size_cap(name, settings, content)
        text = decode(data, Settings(**{**settings.as_dict(), "max_bytes": limit}), name)
    except InputError as exc:
        yield Failure(exc, name)
        return
    kind = fmt or sniff_format(text, name)
    if kind in ("jsonl", "csv"):
        yield from iter_records(text, kind, settings, name)
    elif kind in ("text", "markdown", "html"):
        if kind != "html" and len(text.encode("utf-8")) > settings.max_bytes:
            yield Failure(InputError("input is over the size limit", code="NG003", location=name), name)
            return
        yield Article(text, kind, {}, name)
    else:
        yield Failure(InputError(f"unknown input format {kind!r}", code="NG006", location=name), name)


def expand(paths: list[str], extra: tuple[str, ...] = ()) -> Iterator[str | Failure]:
    """Files, folders (recursively, known extensions and the suffixes in ``extra``) and globs;
    '-' is stdin. A glob that matches nothing and a missing path are NG007 failures."""
    for p in paths:
        if p == "-" or p.lower().startswith(("http://", "https://")):  # stdin, or a URL to fetch
            yield p
            continue
        if any(ch in p for ch in "*?["):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield Failure(InputError("no file matches this pattern", code="NG007", location=p), p)
            for m in matches:
                if os.path.isfile(m):
                    yield m
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and (f.suffix.lower() in KNOWN_EXT or f.name.lower().endswith((*WARC_SUFFIXES, *extra))):
                    yield str(f)
        elif path.is_file():
            yield str(path)
        else:
            yield Failure(InputError("no such file or folder", code="NG007", location=p), p)


def read_paths(paths: list[str], settings: Settings, fmt: str | None = None) -> Iterator[Article | Failure]:
    fetcher = None  # one HTTP client and robots.txt cache for every URL among the paths
    for p in expand(paths):
        if isinstance(p, Failure):
            yield p
            continue
        if p.lower().startswith(("http://", "https://")):
            fetcher = fetcher or Fetcher.from_settings(settings)
            yield from read_url(p, settings, fmt, fetcher)
            continue
        if p == "-":
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", settings, fmt)
            continue
        try:
            with open(p, "rb") as fh:
                head = fh.read(1 << 16)
        except OSError as exc:
            yield Failure(InputError(f"cannot read: {exc.strerror}", code="NG007", location=p), p)
            continue
        content = _content_kind(head, fmt)
        if (fmt is None and p.lower().endswith(WARC_SUFFIXES)) or content == "warc":
            from newsgraph.ingest.warc import read_warc

            yield from read_warc(p, settings)  # streamed: a crawl may be larger than any one article
            continue
        try:
            size = os.path.getsize(p)
            cap = _size_cap(p, settings, content)
            if size > cap:
                yield Failure(
                    InputError(f"input is {size:,} bytes, over the limit of {cap:,}", code="NG003", location=p), p
                )
                continue
            data = Path(p).read_bytes()
        except OSError as exc:
            yield Failure(InputError(f"cannot read: {exc.strerror}", code="NG007", location=p), p)
            continue
        yield from read_bytes(data, p, settings, fmt)


def read_response(resp: Response, settings: Settings, fmt: str | None = None) -> Iterator[Article | Failure]:
    """A fetched response through the file readers; the final URL is each article's url and location."""
    try:
        kind = content_kind(resp, fmt)
    except FetchError as exc:
        yield Failure(exc, resp.url)
        return
    for item in read_bytes(resp.content, resp.url, settings, kind):
        if isinstance(item, Article) and kind != "feed":
            item.meta.setdefault("url", resp.url)
        yield item


def read_url(url: str, settings: Settings, fmt: str | None = None, fetcher: Fetcher | None = None) -> Iterator[Article | Failure]:
    """Fetch one URL (:mod:`newsgraph.ingest.fetch`) and read it like a file; a fetch failure is a
    Failure (never raised)."""
    own = fetcher is None
    f = fetcher or Fetcher.from_settings(settings)
    try:
        try:
            resp = f.get(url)
        except FetchError as exc:
            yield Failure(exc, url)
            return
        yield from read_response(resp, settings, fmt)
    finally:
        if own:
            f.close()
