"""Load a runner's Parquet output into the DuckDB store (committed batches only).

Reads the part files with DuckDB's ``read_parquet`` (no pyarrow needed) and inserts, in
one transaction, the articles the store does not hold yet, with their blocks, entities,
mentions and records. Loading the same output twice adds nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsgraph.errors import StoreError
from newsgraph.runner.batch import RECORD_TABLES
from newsgraph.runner.writer import RunnerError, table_files


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
            "INSERT INTO articles SELECT a.article_id, title, author, author_role, published, source, url, location, "
            "format, text, source_text, offset_runs, meta, coalesce(nullif(?, ''), run_id), ingested_at "
            f"FROM {_src(articles)} a WHERE a.article_id IN (SELECT article_id FROM _new) "  # noqa: S608
            "QUALIFY row_number() OVER (PARTITION BY a.article_id) = 1",
            [run_id],
        )
        counts["articles"] = _count(con, "_new")
        plans = {
            "blocks": "article_id, idx, kind, start_char, end_char",
            "entities": "article_id, entity_id, label, name, aliases, alias_source, mention_count, start_char, "
                        "end_char, component",
            "mentions": "article_id, record_id, entity_id, label, fine_label, block, start_char, end_char, text, "
                        "component",
        }
        for table, cols in plans.items():
            counts[table] = _insert(con, out, table, f"INSERT INTO {table} SELECT {cols} FROM ", table)
        for kind in (*RECORD_TABLES, "records"):
            kind_col = "kind" if kind == "records" else f"'{kind}'"
            sel = f"INSERT INTO records SELECT article_id, {kind_col}, record_id, start_char, end_char, text, component, data FROM "
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
