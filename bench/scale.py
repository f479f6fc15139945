"""Throughput of the batch runner: one worker, two workers and Ray over the same articles.

The sample corpus (../shared/corpus/open/articles.jsonl) is repeated to N articles; each
copy gets a short reference line so that its content id (and so its output rows) is new.
Every engine writes to its own fresh folder; the script reports articles/s, the speed-up
of each engine over one local worker, and checks that all engines wrote the same articles
and the same number of rows per table. With ``--memory`` it samples the resident memory of
one local worker along the run (flat memory over many documents).

    .venv/bin/python bench/scale.py                      # N=120, local x1, local x2, ray x2 if installed
    .venv/bin/python bench/scale.py -n 2000 --engines local1,local2,ray2
    .venv/bin/python bench/scale.py --memory -n 5000 --components newsgraph.nlp.v1,newsgraph.entities.v1

Where the code changes while the engines run one after another (other work in the same
checkout), run a frozen copy: ``git archive HEAD newsgraph bench | tar -x -C SNAP`` and
``cd SNAP && python bench/scale.py --corpus .../articles.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.config import Settings  # noqa: E402
from newsgraph.runner import TABLES, run, table_files  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "open" / "articles.jsonl"


def make_input(n: int, path: Path, corpus: Path = CORPUS) -> Path:
    """The sample corpus repeated to ``n`` articles, each copy made unique by a reference line."""
    base = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)])
            copy = i // len(base)
            if copy:
                rec["text"] = f"{rec['text'].rstrip()}\n\nReference {copy}-{i}."
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def table_counts(out: Path) -> dict[str, int]:
    import duckdb

    counts = {}
    for t in TABLES:
        files = table_files(out, t)
        if files:
            src = "read_parquet([" + ", ".join(f"'{f}'" for f in files) + "])"
            counts[t] = int(duckdb.sql(f"SELECT count(*) FROM {src}").fetchone()[0])  # type: ignore[index]
    return counts


VOLATILE = {"run_id", "ingested_at", "failed_at"}


def fingerprints(out: Path) -> dict[str, str]:
    """Per table, a hash of every row (all columns but run ids and times), order-free."""
    import hashlib

    import duckdb

    prints = {}
    for t in TABLES:
        files = table_files(out, t)
        if not files:
            continue
        src = "read_parquet([" + ", ".join(f"'{f}'" for f in files) + "], hive_partitioning=true)"
        cur = duckdb.sql(f"SELECT * FROM {src}")
        keep = [i for i, c in enumerate(cur.columns) if c not in VOLATILE]
        rows = sorted(repr(tuple(r[i] for i in keep)) for r in cur.fetchall())
        prints[t] = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
    return prints


def article_ids(out: Path) -> set[str]:
    import duckdb

    files = table_files(out, "articles")
    src = "read_parquet([" + ", ".join(f"'{f}'" for f in files) + "])"
    return {r[0] for r in duckdb.sql(f"SELECT article_id FROM {src}").fetchall()}


def parse_engine(spec: str) -> tuple[str, int]:
    name = spec.rstrip("0123456789")
    return name, int(spec[len(name):] or 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=120, help="articles (the sample corpus repeated)")
    ap.add_argument("--engines", default="local1,local2,ray2", help="comma-separated ENGINE<workers>")
    ap.add_argument("--components", help="comma-separated component names (default: the full pipeline)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--work", default=str(ROOT / "out" / "scale"), help="scratch folder")
    ap.add_argument("--memory", action="store_true", help="sample one local worker's memory along the run")
    ap.add_argument("--json", help="write the figures here as JSON")
    ap.add_argument("--corpus", default=str(CORPUS), help="JSONL articles to repeat")
    a = ap.parse_args()

    work = Path(a.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    src = make_input(a.n, work / "input.jsonl", Path(a.corpus))
    comps = tuple(x.strip() for x in a.components.split(",")) if a.components else ()
    settings = Settings(components=comps, batch_size=a.batch_size)
    print(f"{a.n} articles, batch size {a.batch_size}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}, "
          f"pipeline {', '.join(comps) or 'default'}")

    if a.memory:
        samples: list[tuple[int, float]] = []
        done = [0]

        def tick(k: int) -> None:
            done[0] += k
            if not samples or done[0] - samples[-1][0] >= max(1, a.n // 20):
                samples.append((done[0], rss_mb()))

        s = run([str(src)], work / "mem", settings, progress=tick)
        print(s.describe())
        for k, mb in samples:
            print(f"  after {k:>6} articles: RSS {mb:7.1f} MB")
        half = [mb for k, mb in samples if k >= a.n // 2]
        print(f"second half: min {min(half):.1f} MB, max {max(half):.1f} MB")
        return 0

    results: list[dict[str, Any]] = []
    for spec in a.engines.split(","):
        engine, workers = parse_engine(spec.strip())
        if engine == "ray":
            try:
                import ray  # noqa: F401
            except ImportError:
                print(f"{spec}: skipped (Ray is not installed)")
                continue
        out = work / spec
        t0 = time.perf_counter()
        s = run([str(src)], out, settings, engine=engine, workers=workers)
        wall = time.perf_counter() - t0
        results.append({"engine": spec, "articles": s.written, "failed": s.failed, "seconds": round(wall, 1),
                        "rate": round(s.written / wall, 2), "counts": table_counts(out), "ids": article_ids(out),
                        "prints": fingerprints(out)})
        print(f"{spec:>8}: {s.written} articles, {s.failed} failed, {wall:.1f} s, {s.written / wall:.2f} articles/s")

    if not results:
        return 1
    base = results[0]
    print(f"\n| engine | articles | seconds | articles/s | speed-up over {base['engine']} |")
    print("|---|---|---|---|---|")
    for r in results:
        print(f"| {r['engine']} | {r['articles']} | {r['seconds']} | {r['rate']} | {r['rate'] / base['rate']:.2f}x |")
    same = all(r["ids"] == base["ids"] and r["counts"] == base["counts"] for r in results)
    print(f"\nsame articles and row counts in every engine's output: {same}")
    for r in results[1:]:
        differ = [t for t in base["prints"] if r["prints"].get(t) != base["prints"][t]]
        print(f"{r['engine']}: every row equal to {base['engine']}'s: {not differ}" + (f" (differ: {differ})" if differ else ""))
        same = same and not differ
    print("rows: " + ", ".join(f"{k} {v}" for k, v in base["counts"].items()))
    if a.json:
        Path(a.json).write_text(json.dumps([{k: v for k, v in r.items() if k not in ("ids", "prints")} for r in results], indent=2))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
