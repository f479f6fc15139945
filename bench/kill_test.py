"""Kill test: ``kill -9`` an ingest (or a runner) many times mid-run, then let it finish.

A clean run gives the expected per-article row counts (blocks, entities, mentions, other
records). Then the same command runs against a fresh store and is killed ``--kills`` times,
each time at a random moment (0 to ``--max-delay`` s) after it committed its first batch
of that attempt; after every kill the store is
checked: no article twice, none partial (its counts equal the clean run's), none that was
there before lost. A last run goes to the end and must equal the clean run exactly.

    .venv/bin/python bench/kill_test.py                       # 20 kills, ingest, full pipeline
    .venv/bin/python bench/kill_test.py --target run --kills 10
    .venv/bin/python bench/kill_test.py --components newsgraph.nlp.v1,newsgraph.entities.v1
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.runner import rows_per_article  # noqa: E402

EXE = str(Path(sys.executable).with_name("newsgraph"))
CORPUS = ROOT.parent / "shared" / "corpus" / "open" / "articles.jsonl"
State = dict[str, tuple[int, ...]]


def store_state(path: Path) -> State:
    if not path.exists():
        return {}
    con = duckdb.connect(str(path), read_only=True)
    try:
        if not con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'articles'").fetchone():
            return {}
        n, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() or (0, 0)
        if n != distinct:
            raise AssertionError("an article is stored twice")
        rows = con.execute(
            "SELECT a.id, (SELECT count(*) FROM blocks x WHERE x.article_id = a.id), "
            "(SELECT count(*) FROM entities x WHERE x.article_id = a.id), "
            "(SELECT count(*) FROM mentions x WHERE x.article_id = a.id), "
            "(SELECT count(*) FROM records x WHERE x.article_id = a.id) FROM articles a"
        ).fetchall()
    finally:
        con.close()
    return {r[0]: tuple(r[1:]) for r in rows}


def parquet_state(out: Path) -> State:
    def counts(table: str) -> dict[str, int]:
        return rows_per_article(out, table)

    arts = counts("articles")
    if any(v != 1 for v in arts.values()):
        raise AssertionError("an article is written twice")
    tables = [counts(t) for t in ("blocks", "entities", "mentions", "places", "dates", "quotes", "figures", "events",
                                  "records")]
    return {a: tuple(t.get(a, 0) for t in tables) for a in arts}


def start(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_when(proc: subprocess.Popen[bytes], writing: Callable[[], bool], delay: float) -> bool:
    """Once ``writing()``, wait ``delay`` s and kill -9; False when the process ended first."""
    while proc.poll() is None and not writing():
        time.sleep(0.05)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--target", choices=["ingest", "run"], default="ingest")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--components", help="comma-separated component names (default: the full pipeline)")
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--max-delay", type=float, default=6.0, help="kill up to this many seconds after writing starts")
    ap.add_argument("--wal-bytes", type=int, default=32768,
                    help="start the kill clock when the store's WAL is larger than this (a batch was written)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", default=str(ROOT / "out" / "kill"))
    a = ap.parse_args()

    work = Path(a.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = {**os.environ, "NEWSGRAPH_BATCH_SIZE": str(a.batch_size)}
    if a.components:
        env["NEWSGRAPH_COMPONENTS"] = a.components

    def command(target: Path) -> list[str]:
        if a.target == "ingest":
            return [EXE, "ingest", "-q", "--store", str(target), a.corpus]
        return [EXE, "run", "-q", "--out", str(target), a.corpus]

    state: Callable[[Path], State] = store_state if a.target == "ingest" else parquet_state
    t0 = time.perf_counter()
    clean = work / ("clean.duckdb" if a.target == "ingest" else "clean")
    subprocess.run(command(clean), env=env, check=True, capture_output=True)
    want = state(clean)
    print(f"clean {a.target}: {len(want)} articles in {time.perf_counter() - t0:.0f} s")

    target = work / ("killed.duckdb" if a.target == "ingest" else "killed")
    wal = target.with_name(target.name + ".wal")

    low = [0]
    before: set[str] = set()

    def writing() -> bool:
        """True once this attempt has committed something: the store's write-ahead log grew by more
        than ``--wal-bytes`` over its smallest size in this attempt, or a new commit file appeared."""
        if a.target == "ingest":
            size = wal.stat().st_size if wal.exists() else 0
            low[0] = min(low[0], size)
            return size - low[0] > a.wal_bytes
        commits = target / "_commits"
        return commits.is_dir() and any(p.name not in before for p in commits.glob("*.json"))

    rng = random.Random(a.seed)
    seen: State = {}
    kills = 0
    while kills < a.kills:
        low[0] = wal.stat().st_size if wal.exists() else 0
        before.clear()
        before.update(p.name for p in (target / "_commits").glob("*.json"))
        proc = start(command(target), env)
        delay = rng.uniform(0.0, a.max_delay)
        if not kill_when(proc, writing, delay):
            print(f"  run ended before its kill (exit {proc.returncode}); {kills} kills so far")
            break
        kills += 1
        now = state(target)
        lost = [k for k, v in seen.items() if now.get(k) != v]
        partial = [k for k, v in now.items() if want.get(k) != v]
        print(f"  kill {kills:>2} {delay:4.1f} s after a commit: {len(now):>4} articles stored, "
              f"{len(lost)} lost, {len(partial)} partial")
        if lost or partial:
            print("FAIL: lost " + ", ".join(lost[:5]) + " partial " + ", ".join(partial[:5]))
            return 1
        seen = now
    final = subprocess.run(command(target), env=env, capture_output=True)
    got = state(target)
    ok = final.returncode == 0 and got == want
    print(f"final run: exit {final.returncode}, {len(got)} articles; equal to the clean run: {got == want}")
    print(f"{kills} kills, total {time.perf_counter() - t0:.0f} s: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
