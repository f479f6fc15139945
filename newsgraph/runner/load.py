"""Load a runner's Parquet output into the DuckDB store (committed batches only).

Reads the part files with DuckDB's ``read_parquet`` (no pyarrow needed) and inserts, in
one transaction (the column lists come from :mod:`newsgraph.store.schema`), the articles the store does not hold yet, with their blocks, entities,
mentions and records. Loading the same output twice adds nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.runner.writer import RunnerError, table_files
from newsgraph.store.schema import RECORD_TABLES, load_select


def _src(files: list[str]) -> str:
    quoted = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return f"read_parquet([{quoted}], hive_partitioning=true, union_by_name=true)"


def load_output(out: str | Path, store: Any, run_id: str = "") -> dict[str, int]:
    """Insert the output's new articles and their rows into ``store`` (a :class:`Store`). Returns counts."""
    out = Path(out)
    articles = table_files(out, "articles")
    if not articles:
        raise RunnerError("no committed articles in this output folder", code="NG061", location=str(out))
    con = store.con
    counts: dict[str, int] = {}
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(
            f"CREATE TEMP TABLE _new AS SELECT DISTINCT article_id FROM {_src(articles)} "  # noqa: S608
            "WHERE article_id NOT IN (SELECT id FROM articles)"
        )
        con.execute(
            f"INSERT INTO articles SELECT {load_select('articles', 'articles')} "  # noqa: S608
            f"FROM {_src(articles)} a WHERE a.article_id IN (SELECT article_id FROM _new) "
            "QUALIFY row_number() OVER (PARTITION BY a.article_id) = 1",
            [run_id],
        )
        counts["articles"] = _count(con, "_new")
        for table in ("blocks", "entities", "mentions"):
            sel = f"INSERT INTO {table} SELECT {load_select(table, table)} FROM "  # noqa: S608
            counts[table] = _insert(con, out, table, sel, table)
        for kind in (*RECORD_TABLES, "records"):
            sel = f"INSERT INTO records SELECT {load_select('records', kind)} FROM "  # noqa: S608
            counts[kind] = _insert(con, out, kind, sel, "records")
        con.execute("DROP TABLE _new")
        con.execute("COMMIT")
    except RunnerError:
        con.execute("ROLLBACK")
        raise
    except Exception as exc:
        try:
            con.execute("ROLLBACK")
        except Exception:  # already aborted
            pass
        raise StoreError(f"loading {out} failed and was rolled back: {exc}", code="NG041") from None
    return counts


def _count(con: Any, table: str) -> int:
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608 - fixed names
    return int(row[0]) if row else 0


def _insert(con: Any, out: Path, table: str, insert: str, target: str) -> int:
    files = table_files(out, table)
    if not files:
        return 0
    before = _count(con, target)
    con.execute(f"{insert}{_src(files)} WHERE article_id IN (SELECT article_id FROM _new)")
    return _count(con, target) - before
