"""WARC input (``.warc``, ``.warc.gz``) through warcio, for ``newsgraph ingest`` and ``newsgraph run``.

Each ``response`` (or ``resource``) record whose payload is HTML (or plain text) becomes
an :class:`Article`: the URL from ``WARC-Target-URI`` and the crawl date from
``WARC-Date`` (kept as ``meta["crawled"]``; ingest uses it as the publication date only
when the page states none). warcio undoes HTTP chunked transfer encoding and gzip or
deflate content encoding while streaming; at most ``settings.max_bytes`` bytes of a
payload are read, so a compression bomb is refused with NG003 without being inflated.
Requests, metadata records, images and other payloads are skipped. A file that is not a
WARC, or is cut short, yields a :class:`Failure` with NG008 after the records read so far.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any, cast

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest.article import Article, Failure, decode

#: payload content types read as articles, and the format each one gets
_KINDS = (("html", "html"), ("xhtml", "html"), ("text/plain", "text"))


def _kind(ctype: str) -> str | None:
    low = ctype.lower()
    return next((kind for key, kind in _KINDS if key in low), None)


def iter_warc(opener: Callable[[], IO[bytes]], name: str, settings: Settings) -> Iterator[Article | Failure]:
    """Articles from a WARC stream (``opener`` opens it afresh): plain, gzip per record, or gzip as a whole.

    warcio reads plain and per-record gzip WARCs; a file gzipped as one stream (which
    warcio refuses at its first record) is read again through :mod:`gzip`.
    """
    try:
        with opener() as first:
            is_gzip = first.read(2) == b"\x1f\x8b"
            first.seek(0)
            head = (gzip.GzipFile(fileobj=first, mode="rb") if is_gzip else first).read(64).lstrip(b"\r\n")
    except (OSError, EOFError, zlib.error) as exc:
        yield _damaged(exc, name, 0)
        return
    if not head.startswith(b"WARC/"):
        yield Failure(InputError("not a WARC file (no WARC/ version line)", code="NG008", location=name), name)
        return
    state = {"n": 0}
    with opener() as fh:
        try:
            yield from _records(fh, name, settings, state)
            return
        except Exception as exc:  # noqa: BLE001 - a damaged input is data
            if not (is_gzip and state["n"] <= 1):
                yield _damaged(exc, name, state["n"])
                return
    state = {"n": 0}
    with opener() as raw, gzip.GzipFile(fileobj=raw, mode="rb") as fh:
        try:
            yield from _records(cast(IO[bytes], fh), name, settings, state)
        except Exception as exc:  # noqa: BLE001
            yield _damaged(exc, name, state["n"])


def _damaged(exc: Exception, name: str, n: int) -> Failure:
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return Failure(InputError(f"cannot read WARC: {first}"[:300], code="NG008", location=f"{name}:{n}"), name)


def _records(stream: IO[bytes], name: str, settings: Settings, state: dict[str, int]) -> Iterator[Article | Failure]:
    """The articles of one pass over a WARC stream; ``state["n"]`` counts the records seen."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.statusandheaders import StatusAndHeadersParser

    # records are parsed here, not by warcio, so that a record's size is checked before its HTTP headers are read
    for record in ArchiveIterator(stream, check_digests=False, no_record_parse=True):
        state["n"] += 1
        loc = f"{name}:{state['n']}"
        if record.rec_type not in ("response", "resource"):
            continue
        try:
            size = int(record.rec_headers.get_header("Content-Length") or 0)
        except ValueError:
            size = 0
        if size > 2 * settings.max_bytes:  # headers and all: read no further than that
            yield Failure(InputError(f"WARC record of {size:,} bytes is over the limit", code="NG003", location=loc), loc)
            continue
        wtype = (record.rec_headers.get_header("Content-Type") or "").lower()
        if wtype.startswith("application/http"):
            try:
                record.http_headers = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"], verify=False).parse(
                    record.raw_stream
                )
            except (ValueError, EOFError, OSError) as exc:
                yield Failure(InputError(f"WARC record has bad HTTP headers: {exc}"[:300], code="NG008", location=loc),
                              loc)
                continue
        http = record.http_headers
        ctype = (http.get_header("Content-Type") if http else None) or wtype
        if http is not None and not (http.get_statuscode() or "200").startswith("2"):
            continue
        kind = _kind(ctype or "")
        if kind is None:
            continue
        try:
            body = record.content_stream().read(settings.max_bytes + 1)
            if len(body) > settings.max_bytes:
                raise InputError(f"WARC payload is over the limit of {settings.max_bytes:,} bytes", code="NG003")
            encoding = (http.get_header("Content-Encoding") or "").lower() if http else ""
            if encoding and body[:2] == b"\x1f\x8b":  # warcio hands back what it cannot inflate as it came
                raise InputError(f"{encoding} payload is damaged", code="NG008")
            text = decode(body, settings, loc)
        except InputError as exc:
            yield Failure(InputError(exc.reason, code=exc.code, location=loc), loc)
            continue
        except (OSError, ValueError, EOFError, zlib.error) as exc:
            yield Failure(InputError(f"WARC payload is damaged: {exc}", code="NG008", location=loc), loc)
            continue
        meta: dict[str, Any] = {}
        uri = record.rec_headers.get_header("WARC-Target-URI")
        if uri:
            meta["url"] = uri.strip("<>")
        date = record.rec_headers.get_header("WARC-Date")
        if date and len(date) >= 10:
            meta["crawled"] = date[:10]
        yield Article(text, kind, meta, loc)


def read_warc(path: str, settings: Settings) -> Iterator[Article | Failure]:
    """Articles from a WARC file on disk (streamed: the file may be larger than ``max_bytes``)."""
    if not os.path.isfile(path):
        yield Failure(InputError("no such file", code="NG007", location=path), path)
        return
    yield from iter_warc(lambda: open(path, "rb"), path, settings)


def read_warc_bytes(data: bytes, name: str, settings: Settings) -> Iterator[Article | Failure]:
    """Articles from a WARC held in memory (stdin, uploads)."""
    yield from iter_warc(lambda: io.BytesIO(data), name, settings)
