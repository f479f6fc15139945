"""Runner inputs: everything ``newsgraph ingest`` reads, plus Parquet tables and WARC files.

Files, folders (recursively) and globs. ``.parquet`` files are read with DuckDB, row by
row, with the same field names as JSONL/CSV (settings ``text_field`` and so on). WARC
(``.warc``, ``.warc.gz``) response records with an HTML or text payload become articles
(HTTP chunked transfer encoding and gzip/deflate content encoding undone, inflating no
further than ``max_bytes``); the rest of a WARC (requests, metadata) is skipped. Everything else goes to the ingest
readers. Bad inputs come out as :class:`Failure`, never as exceptions.
"""

from __future__ import annotations

import glob
import gzip
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest.readers import KNOWN_EXT, Article, Failure, _record_to_article, read_paths

RUNNER_EXT = (".parquet", ".warc", ".warc.gz")


def _kind(path: str) -> str:
    low = path.lower()
    if low.endswith(".parquet"):
        return "parquet"
    if low.endswith((".warc", ".warc.gz")):
        return "warc"
    return "other"


def expand_inputs(paths: list[str]) -> Iterator[str]:
    """Files and folders (known extensions, recursively) and globs, in a stable order."""
    for p in paths:
        if p != "-" and any(ch in p for ch in "*?["):
            yield from sorted(glob.glob(p, recursive=True)) or [p]
        elif p != "-" and os.path.isdir(p):
            for f in sorted(Path(p).rglob("*")):
                name = f.name.lower()
                if f.is_file() and (f.suffix.lower() in KNOWN_EXT or name.endswith(RUNNER_EXT)):
                    yield str(f)
        else:
            yield p


def iter_articles(paths: list[str], settings: Settings, fmt: str | None = None) -> Iterator[Article | Failure]:
    """Every input as an Article, or a Failure."""
    for p in expand_inputs(paths):
        kind = _kind(p)
        if kind == "parquet":
            yield from read_parquet(p, settings)
        elif kind == "warc":
            yield from read_warc(p, settings)
        else:
            yield from read_paths([p], settings, fmt)


def read_parquet(path: str, settings: Settings, chunk: int = 256) -> Iterator[Article | Failure]:
    """Rows of a Parquet file as Articles (streamed in chunks)."""
    import duckdb

    con = duckdb.connect()
    try:
        cur = con.execute("SELECT * FROM read_parquet(?)", [path])
        cols = [c[0] for c in cur.description or []]
        n = 0
        while rows := cur.fetchmany(chunk):
            for row in rows:
                n += 1
                loc = f"{path}:{n}"
                rec = {c: (v.isoformat() if hasattr(v, "isoformat") else v) for c, v in zip(cols, row)}
                try:
                    yield _record_to_article(rec, settings, loc)
                except InputError as exc:
                    yield Failure(exc, loc)
    except duckdb.Error as exc:
        yield Failure(InputError(f"cannot read Parquet: {str(exc).splitlines()[0]}", code="NG008", location=path), path)
    finally:
        con.close()


def _open(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")  # noqa: SIM115


def _headers(fh: IO[bytes]) -> dict[str, str] | None:
    """One WARC record's header block (None at the end of the file)."""
    line = fh.readline()
    while line in (b"\r\n", b"\n"):
        line = fh.readline()
    if not line:
        return None
    if not line.startswith(b"WARC/"):
        raise ValueError(f"expected a WARC version line, got {line[:40]!r}")
    out: dict[str, str] = {}
    for raw in iter(fh.readline, b""):
        if raw in (b"\r\n", b"\n"):
            break
        key, _, value = raw.decode("utf-8", "replace").partition(":")
        out[key.strip().lower()] = value.strip()
    return out


def _payload(block: bytes, content_type: str, limit: int) -> tuple[bytes, str]:
    """The HTTP body and its content type from a WARC response block, de-chunked and inflated.

    Inflating stops at ``limit`` bytes: a compression bomb is refused with NG003.
    """
    if not content_type.startswith("application/http"):
        return block, content_type
    head, _, body = block.partition(b"\r\n\r\n")
    hdr: dict[str, str] = {}
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.decode("latin-1").partition(":")
        hdr[k.strip().lower()] = v.strip().lower()
    if "chunked" in hdr.get("transfer-encoding", ""):
        body = _dechunk(body)
    enc = hdr.get("content-encoding", "")
    if enc in ("gzip", "x-gzip", "deflate"):
        body = _inflate(body, enc, limit)
    return body, hdr.get("content-type", "")


def _dechunk(body: bytes) -> bytes:
    """Undo HTTP chunked transfer encoding (what can be read of it, when it is cut short)."""
    out, pos = [], 0
    while pos < len(body):
        eol = body.find(b"\r\n", pos)
        if eol < 0:
            break
        try:
            size = int(body[pos:eol].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            break
        if size == 0:
            break
        out.append(body[eol + 2 : eol + 2 + size])
        pos = eol + 2 + size + 2
    return b"".join(out)


def _inflate(body: bytes, enc: str, limit: int) -> bytes:
    import zlib

    d = zlib.decompressobj(47 if enc != "deflate" else 15)  # 47: gzip or zlib header
    try:
        out = d.decompress(body, limit + 1)
    except zlib.error as exc:
        raise InputError(f"compressed payload is damaged: {exc}", code="NG008") from None
    if len(out) > limit:
        raise InputError(f"decompressed payload is over the limit of {limit:,} bytes", code="NG003")
    return out


def _skip(fh: IO[bytes], size: int) -> None:
    while size > 0:
        got = fh.read(min(size, 1 << 20))
        if not got:
            return
        size -= len(got)


def read_warc(path: str, settings: Settings) -> Iterator[Article | Failure]:
    """Response (and resource) records of a WARC file with an HTML or plain-text payload."""
    from newsgraph.ingest.readers import decode

    n = 0
    try:
        with _open(path) as fh:
            while (h := _headers(fh)) is not None:
                n += 1
                size = int(h.get("content-length", "0"))
                loc = f"{path}:{n}"
                if h.get("warc-type") not in ("response", "resource"):
                    _skip(fh, size)
                    continue
                if size > 2 * settings.max_bytes:  # headers and all: read no further than that
                    _skip(fh, size)
                    yield Failure(InputError(f"WARC record of {size:,} bytes is over the limit", code="NG003",
                                             location=loc), loc)
                    continue
                block = fh.read(size)
                uri = h.get("warc-target-uri", "")
                try:
                    body, ctype = _payload(block, h.get("content-type", "").lower(), settings.max_bytes)
                    if not any(t in ctype for t in ("html", "text/plain", "xhtml")):
                        continue
                    text = decode(body, settings, loc)
                except InputError as exc:
                    yield Failure(InputError(exc.reason, code=exc.code, location=loc), loc)
                    continue
                meta: dict[str, Any] = {"url": uri} if uri else {}
                yield Article(text, "text" if "text/plain" in ctype else "html", meta, loc)
    except (OSError, ValueError, EOFError) as exc:
        yield Failure(InputError(f"cannot read WARC: {exc}", code="NG008", location=f"{path}:{n}"), path)
