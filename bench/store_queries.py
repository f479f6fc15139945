"""Latency of the store queries the UI, CLI and API run, on a store of ``--n`` articles.

The store is made by copying a base store (an ingest of the open corpus, say) under new
article ids until it holds ``--n`` articles, with every block, entity, mention and record.
Then each query runs ``--repeat`` times over ``--sample`` articles: the article page
(``Store.article``), related articles, the article's events and records, the article list.
``--indexes`` adds the secondary ``*_article`` indexes the store had before migration
``005_drop_article_indexes`` (to compare).

    .venv/bin/python bench/store_queries.py --base out/base.duckdb [--n 10000] [--indexes]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.store import Store, queries  # noqa: E402

INDEXES = {"records": "records_article", "mentions": "mentions_article", "entities": "entities_article",
           "blocks": "blocks_article"}


def build(base: Path, out: Path, n: int, indexes: bool) -> None:
    """``out``: ``base`` copied under new ids up to ``n`` articles."""
    out.unlink(missing_ok=True)
    with Store(out) as st:
        con = st.con
        con.execute(f"ATTACH '{base}' AS b (READ_ONLY)")
        have = con.execute("SELECT count(*) FROM b.articles").fetchone()[0]
        copies = -(-n // have)
        con.execute("CREATE TEMP TABLE k AS SELECT range AS k FROM range(?)", [copies])
        con.execute("BEGIN")
        con.execute("INSERT INTO articles SELECT a.* REPLACE (a.id || '-' || k.k AS id) FROM b.articles a, k")
        for table in ("blocks", "entities", "mentions", "records"):
            con.execute(f"INSERT INTO {table} SELECT t.* REPLACE (t.article_id || '-' || k.k AS article_id) FROM b.{table} t, k")  # noqa: S608
        con.execute("COMMIT")
        con.execute("DETACH b")
        if indexes:
            for table, name in INDEXES.items():
                con.execute(f"CREATE INDEX {name} ON {table}(article_id)")
        con.execute("CHECKPOINT")


def timed(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, required=True, help="a store to copy from")
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--indexes", action="store_true", help="add the old secondary indexes on article_id")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", type=Path, default=ROOT / "out" / "store_queries")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    path = a.work / ("indexed.duckdb" if a.indexes else "plain.duckdb")
    t0 = time.perf_counter()
    build(a.base, path, a.n, a.indexes)
    print(f"built {path} in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.0f} MB), indexes: {a.indexes}")
    with Store(path, read_only=True) as st:
        ids = [r["id"] for r in st.query("SELECT id FROM articles")]
        print(f"{len(ids)} articles")
        sample = random.Random(1).sample(ids, min(a.sample, len(ids)))
        cases: dict[str, Callable[[str], Any]] = {
            "article page (Store.article)": st.article,
            "related articles": lambda i: queries.related(st, i),
            "events of an article": lambda i: queries.events(st, article_id=i),
            "records of an article": lambda i: queries.records_of(st, "places", i),
            "blocks count (= ?)": lambda i: st.query("SELECT count(*) FROM blocks WHERE article_id = ?", [i]),
        }
        for name, fn in cases.items():
            ms = statistics.median(timed(lambda i=i, fn=fn: fn(i), a.repeat) for i in sample)  # type: ignore[misc]
            print(f"  {name:<32} {ms:8.1f} ms (median over {len(sample)} articles)")
        ms = timed(lambda: queries.list_articles(st, 50, 0), a.repeat)
        print(f"  {'article list (50, counts)':<32} {ms:8.1f} ms")
    shutil.rmtree(a.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
