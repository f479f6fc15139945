"""Parquet output: one folder per table, partitioned by published date, written batch by batch.

Layout under ``out``::

    <table>/published=<YYYY-MM-DD | __HIVE_DEFAULT_PARTITION__>/part-<batch>-<i>.parquet
    _commits/<batch>.json      the ids a batch wrote; its presence commits the batch
    _staging/<batch>/          a batch being written (removed on success, swept on start)

A batch is staged, its files moved into place, then its commit file is written (an atomic
rename). On open, staging leftovers and part files of batches without a commit file are
deleted, so a killed run leaves no partial article; the ids in the commit files are the
ones a resumed run skips. One writer at a time holds ``out/.lock``.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import uuid
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from newsgraph.errors import NewsgraphError
from newsgraph.store.schema import PARQUET, Rows

_PART = re.compile(r"^part-([0-9a-f]{16})-\d+\.parquet$")


class RunnerError(NewsgraphError):
    """The runner's output folder or engine could not be used."""

    default_code = "NG061"


def committed_batches(out: Path) -> set[str]:
    d = out / "_commits"
    return {p.stem for p in d.glob("*.json")} if d.is_dir() else set()


def table_files(out: Path, table: str, batches: set[str] | None = None) -> list[str]:
    """Part files of ``table`` from committed batches (or from ``batches``), sorted."""
    keep = committed_batches(out) if batches is None else batches
    files = []
    for p in sorted((out / table).glob("*/*.parquet")):
        m = _PART.match(p.name)
        if m and m.group(1) in keep:
            files.append(str(p))
    return files


def rows_per_article(out: Path, table: str) -> dict[str, int]:
    """Rows of ``table`` per article_id over the committed output (for checks and benchmarks)."""
    import duckdb

    files = table_files(out, table)
    if not files:
        return {}
    src = "read_parquet([" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "])"
    return dict(duckdb.sql(f"SELECT article_id, count(*) FROM {src} GROUP BY 1").fetchall())  # noqa: S608


class ParquetOutput:
    """The single writer of a run's output folder. Use as a context manager."""

    def __init__(self, out: str | Path) -> None:
        import duckdb

        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self._lock: IO[str] | None = open(self.out / ".lock", "w")  # noqa: SIM115 - held until close
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            self._lock = None
            raise RunnerError("another run is writing to this output folder", code="NG061", location=str(out)) from None
        self.con = duckdb.connect()
        self.ids: set[str] = set()
        try:
            self.swept = self.sweep()
            for p in (self.out / "_commits").glob("*.json"):
                try:
                    self.ids.update(json.loads(p.read_text(encoding="utf-8"))["ids"])
                except (OSError, ValueError, KeyError, TypeError) as exc:
                    raise RunnerError(f"commit file is damaged: {exc}", code="NG061", location=str(p)) from None
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> ParquetOutput:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()
        try:
            (self.out / "_staging").rmdir()
        except OSError:  # absent, or not empty
            pass
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None

    def sweep(self) -> int:
        """Delete what an interrupted run left: staging and parts of uncommitted batches."""
        shutil.rmtree(self.out / "_staging", ignore_errors=True)
        for tmp in (self.out / "_commits").glob("*.tmp"):
            tmp.unlink(missing_ok=True)
        keep = committed_batches(self.out)
        removed = 0
        for table in PARQUET:
            for p in (self.out / table).glob("*/*.parquet"):
                m = _PART.match(p.name)
                if not m or m.group(1) not in keep:
                    p.unlink(missing_ok=True)
                    removed += 1
        return removed

    def write(self, rows: Rows, new_ids: list[str]) -> str:
        """Write one batch's rows to every table, then commit it. Returns the batch id."""
        batch = uuid.uuid4().hex[:16]
        stage = self.out / "_staging" / batch
        stage.mkdir(parents=True)
        for table, items in rows.items():
            if items:
                self._copy(table, items, stage, batch)
        for p in sorted(stage.glob("*/*/*.parquet")):
            dest = self.out / p.relative_to(stage)
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(p, dest)
        commits = self.out / "_commits"
        commits.mkdir(exist_ok=True)
        counts = {t: len(v) for t, v in rows.items()}
        tmp = commits / f"{batch}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"ids": new_ids, "rows": counts}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, commits / f"{batch}.json")
        shutil.rmtree(stage, ignore_errors=True)
        self.ids.update(new_ids)
        return batch

    def _copy(self, table: str, items: list[dict[str, Any]], stage: Path, batch: str) -> None:
        cols = {**PARQUET[table], "published": "DATE"}
        src = stage / f"{table}.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for r in items:
                fh.write(json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False, default=str) + "\n")
        spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in cols.items()) + "}"
        sel = ", ".join(f'"{c}"' for c in cols)
        self.con.execute(
            f"COPY (SELECT {sel} FROM read_json('{_q(src)}', format='newline_delimited', columns={spec}, "  # noqa: S608
            f"maximum_object_size=1073741824)) TO '{_q(stage / table)}' "
            f"(FORMAT parquet, PARTITION_BY (published), FILENAME_PATTERN 'part-{batch}-{{i}}', OVERWRITE_OR_IGNORE)"
        )
        src.unlink()


def _q(p: Path) -> str:
    return str(p).replace("'", "''")
