"""Faults: ``kill -9`` during ``newsgraph ingest`` and ``newsgraph run``, several times, then a
full run: every article present once, none partial (per-article row counts equal a clean
run's), and nothing committed before a kill is lost afterwards. bench/kill_test.py does
the same 20 times on the whole sample corpus."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from newsgraph.config import Settings
from newsgraph.runner import rows_per_article, run
from newsgraph.store.ingest import ingest_paths

pytestmark = pytest.mark.model

LIGHT = "newsgraph.nlp.v1,newsgraph.entities.v1"
N = 12
EXE = str(Path(sys.executable).with_name("newsgraph"))


@pytest.fixture(scope="module")
def corpus(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = (shared / "corpus" / "open" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path_factory.mktemp("faults") / "corpus.jsonl"
    path.write_text("\n".join(lines[:N]) + "\n", encoding="utf-8")
    return path


def _env() -> dict[str, str]:
    return {**os.environ, "NEWSGRAPH_COMPONENTS": LIGHT, "NEWSGRAPH_BATCH_SIZE": "1"}


def _descendants(pid: int) -> list[int]:
    parent: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parent[int(stat.parent.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parent.items() if pp == p]
        out.extend(kids)
        todo.extend(kids)
    return out


def _alive(pids: list[int]) -> list[int]:
    alive = []
    for p in pids:
        try:
            state = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            alive.append(p)
    return alive


def _kill_when(
    cmd: list[str], started: Callable[[], bool], delay: float, limit: float = 120, family: list[int] | None = None
) -> int | None:
    """Start ``cmd``; once ``started()`` (it is writing), wait ``delay`` s and kill -9 it.

    Returns its exit code when it ended first, None when it was killed. ``delay`` < 0:
    never kill, wait up to ``limit`` s. ``family`` receives the ids of its child processes.
    """
    proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = time.monotonic() + limit
    while delay >= 0 and proc.poll() is None and not started() and time.monotonic() < end:
        time.sleep(0.05)
    try:
        return proc.wait(timeout=delay if delay >= 0 else max(1.0, end - time.monotonic()))
    except subprocess.TimeoutExpired:
        if family is not None:
            family.extend(_descendants(proc.pid))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return None


def _store_state(path: Path) -> dict[str, tuple[int, int, int]]:
    """article id -> (blocks, entities, mentions), and a check that no article is stored twice."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        if not con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'articles'").fetchone():
            return {}  # killed before the first migration committed: nothing stored yet
        n, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() or (0, 0)
        assert n == distinct, "an article is stored twice"
        rows = con.execute(
            "SELECT a.id, (SELECT count(*) FROM blocks b WHERE b.article_id = a.id), "
            "(SELECT count(*) FROM entities e WHERE e.article_id = a.id), "
            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a"
        ).fetchall()
    finally:
        con.close()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _parquet_state(out: Path) -> dict[str, tuple[int, int, int]]:
    def counts(table: str) -> dict[str, int]:
        return rows_per_article(out, table)

    arts = counts("articles")
    assert all(v == 1 for v in arts.values()), "an article is written twice"
    b, e, m = counts("blocks"), counts("entities"), counts("mentions")
    return {a: (b.get(a, 0), e.get(a, 0), m.get(a, 0)) for a in arts}


def test_kill_during_ingest(corpus: Path, tmp_path: Path) -> None:
    settings = Settings(components=tuple(LIGHT.split(",")), batch_size=2, store=str(tmp_path / "clean.duckdb"))
    ingest_paths([str(corpus)], settings)
    want = _store_state(tmp_path / "clean.duckdb")
    assert len(want) == N

    store = tmp_path / "killed.duckdb"
    wal = store.with_name(store.name + ".wal")
    cmd = [EXE, "ingest", "-q", "--store", str(store), str(corpus)]
    rng = random.Random(7)
    seen: dict[str, tuple[int, int, int]] = {}
    kills = 0
    for _ in range(2):
        # kill once the store is being written: its write-ahead log has bytes
        if _kill_when(cmd, lambda: wal.exists() and wal.stat().st_size > 0, rng.uniform(0.1, 1.5)) is None:
            kills += 1
        if store.exists():
            state = _store_state(store)
            assert all(state.get(a) == c for a, c in seen.items()), "a committed article was lost or changed"
            assert all(want[a] == c for a, c in state.items()), "a partial article"
            seen = state
    assert kills >= 1
    assert _kill_when(cmd, lambda: False, -1) == 0, "the final run did not finish"
    assert _store_state(store) == want


def test_kill_during_run(corpus: Path, tmp_path: Path) -> None:
    settings = Settings(components=tuple(LIGHT.split(",")), batch_size=2)
    run([str(corpus)], tmp_path / "clean", settings)
    want = _parquet_state(tmp_path / "clean")
    assert len(want) == N

    out = tmp_path / "killed"
    cmd = [EXE, "run", "-q", "--out", str(out), str(corpus)]
    family: list[int] = []
    assert _kill_when([*cmd, "--workers", "2"], lambda: (out / "_commits").is_dir(), 0.2, family=family) is None
    assert len(family) >= 2  # the pool's processes
    end = time.monotonic() + 30
    while _alive(family) and time.monotonic() < end:
        time.sleep(0.2)
    assert not _alive(family), "worker processes outlived the killed driver"
    s = run([], out, settings)  # opening the folder sweeps what the kill left
    state = _parquet_state(out)
    assert s.written == 0 and 0 < len(state) < N
    assert all(want[a] == c for a, c in state.items()), "a partial article"
    assert _kill_when(cmd, lambda: False, -1) == 0
    assert _parquet_state(out) == want
    assert not (out / "_staging").exists()
