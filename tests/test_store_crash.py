"""Right answers after a crash: the store keeps no secondary index on ``article_id`` (DuckDB
1.5.5 can persist a stale one after ``kill -9``, duckdb/duckdb#23848), old stores lose
theirs by migration, and a short kill test reads every article back through the queries
the UI and CLI use (bench/kill_test.py runs the long form)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsgraph.document import Document
from newsgraph.store import Store
from tests.conftest import make_doc

ROOT = Path(__file__).resolve().parent.parent
OLD = ("records_article", "mentions_article", "entities_article", "blocks_article")


def _kill_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kill_test", ROOT / "bench" / "kill_test.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _indexes(st: Store) -> set[str]:
    return {r["index_name"] for r in st.query("SELECT index_name FROM duckdb_indexes()")}


def test_new_store_has_no_article_indexes(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as st:
        assert not _indexes(st) & set(OLD)
        assert "005_drop_article_indexes" in st.migrations()


def test_old_store_loses_its_article_indexes(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with Store(path) as st:  # as a store made before migration 005
        st.con.execute("DELETE FROM migrations WHERE name = '005_drop_article_indexes'")
        for name in OLD:
            st.con.execute(f"CREATE INDEX {name} ON {name.removesuffix('_article')}(article_id)")
        assert _indexes(st) >= set(OLD)
    with Store(path) as st:
        assert not _indexes(st) & set(OLD)


def test_the_checker_sees_an_empty_article(tmp_path: Path) -> None:
    """The kill test's reader fails on an article whose rows read back missing."""
    kt = _kill_module()
    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        st.con.execute("INSERT INTO articles (id, title, text) VALUES ('a1', 't', 'Some text.')")
    with pytest.raises(kt.StoreReadError, match="no blocks"):
        kt.store_state(path)


def test_short_kill_test(shared: Path, tmp_path: Path) -> None:
    """10 kills of the ingest loop (a light component), checked after each through the UI's queries;
    half of them aimed at a write, and new rounds of distinct copies when the 24 articles are stored."""
    kt = _kill_module()
    lines: list[str] = []
    ok = kt.kill_test(kills=10, target="store", corpus=shared / "corpus" / "open" / "articles.jsonl", batch_size=2,
                      max_delay=0.5, wal_bytes=1, seed=3, work=tmp_path / "kill", limit=24, log=lines.append,
                      aim_writes=0.5)
    assert ok, "\n".join(lines)
    done = next(int(m.group(1)) for line in lines if (m := re.match(r"(\d+) kills \(", line)))
    assert done == 10 and any("articles stored" in line for line in lines), "\n".join(lines)


def test_rounds_are_distinct_copies(tmp_path: Path) -> None:
    """A new round of the kill test holds the same texts as new articles (new content ids)."""
    kt = _kill_module()
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Rain fell in Paris on Monday."}) + "\n", encoding="utf-8")
    one = json.loads(kt.round_corpus(src, 2, tmp_path / "r2.jsonl").read_text(encoding="utf-8"))
    two = json.loads(kt.round_corpus(src, 3, tmp_path / "r3.jsonl").read_text(encoding="utf-8"))
    assert one["text"].startswith("Rain fell in Paris on Monday.") and one["id"] == "a#copy2"
    ids = {Document.content_id(t) for t in ("Rain fell in Paris on Monday.", one["text"], two["text"])}
    assert len(ids) == 3


def test_writes_are_marked(tmp_path: Path) -> None:
    """The writer under test marks a write in a file beside the store while it runs, and only then."""
    kt = _kill_module()
    path = tmp_path / "s.duckdb"
    seen: list[bool] = []

    class Watched(Store):
        def _insert(self, table: str, rows: list[list[Any]]) -> None:
            seen.append(kt.marker(path).exists())
            super()._insert(table, rows)

    kt.mark_writes(str(path), Watched)
    with Watched(path) as st:
        assert not kt.marker(path).exists()
        assert st.write_batch([make_doc("Rain fell in Paris on Monday.")], "r") == 1
        assert not kt.marker(path).exists()
    assert seen and all(seen) and not kt.marker(path).exists()


def test_the_checker_counts_events_as_the_list_does() -> None:
    """Mentions of one event count once; negated, hypothetical and questioned ones not at all."""
    kt = _kill_module()
    mentions = [{"id": "m1", "event_id": "e1"}, {"id": "m2", "event_id": "e1"}, {"id": "m3", "event_id": "e2"},
                {"id": "m4", "event_id": "e3", "negated": True}, {"id": "m5"}]
    assert kt.counted_events(mentions) == 3
