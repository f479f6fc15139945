"""Runner inputs: everything ``newsgraph ingest`` reads, plus Parquet tables and WARC files.

Files, folders (recursively) and globs, expanded by the ingest readers' ``expand``.
``.parquet`` files are read with DuckDB, row by row, with the same field names as JSONL/CSV
(settings ``text_field`` and so on). Everything else (WARC included) goes to the ingest
readers. Bad inputs come out as :class:`Failure`, never as exceptions.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest.readers import Article, Failure, _record_to_article, expand, read_paths

#: what the runner reads beyond the ingest readers' inputs
RUNNER_EXT = (".parquet",)


def iter_articles(paths: list[str], settings: Settings, fmt: str | None = None) -> Iterator[Article | Failure]:
    """Every input as an Article, or a Failure: paths expanded as ``newsgraph ingest`` expands
    them (:func:`~newsgraph.ingest.readers.expand`: a glob that matches nothing is a failure)."""
    for p in expand(paths, extra=RUNNER_EXT):
        if isinstance(p, Failure):
            yield p
        elif p.lower().endswith(RUNNER_EXT):
            yield from read_parquet(p, settings)
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
