"""Runner inputs: everything ``newsgraph ingest`` reads, plus Parquet tables and WARC files.

Files, folders (recursively) and globs. ``.parquet`` files are read with DuckDB, row by
row, with the same field names as JSONL/CSV (settings ``text_field`` and so on). WARC
(``.warc``, ``.warc.gz``) are read by :mod:`newsgraph.ingest.warc` (response records with an
HTML or text payload become articles). Everything else goes to the ingest readers. Bad inputs come out as :class:`Failure`, never as exceptions.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

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


def read_warc(path: str, settings: Settings) -> Iterator[Article | Failure]:
    """Response (and resource) records of a WARC file with an HTML or plain-text payload (see ingest.warc)."""
    from newsgraph.ingest.warc import read_warc as read

    yield from read(path, settings)
