"""The UI reads while an ingest writes: the ingest lets go of the file when a reader waits (Store.lend)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.store import Store

pytestmark = pytest.mark.model


def test_reads_succeed_during_ingest(shared, tmp_path):
    lines = (shared / "corpus" / "open" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:48]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "s.duckdb"
    env = dict(os.environ, NEWSGRAPH_BATCH_SIZE="4", NEWSGRAPH_COMPONENTS="newsgraph.nlp.v1,newsgraph.entities.v1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "ingest", "-q", "--store", str(store), str(corpus)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parent.parent,
    )
    seen: list[int] = []
    try:
        while proc.poll() is None:
            if store.exists():
                try:
                    with Store(store, read_only=True, wait_s=10) as st:
                        seen.append(st.counts()["articles"])
                except Exception:
                    pass  # the very first open may race with the writer's migrations
            time.sleep(0.05)
    finally:
        out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    during = [n for n in seen if 0 < n < len(lines)]
    assert during, f"no read succeeded while the ingest was between batches: {seen[:20]} {json.dumps(err.decode()[-300:])}"
    with Store(store, read_only=True) as st:
        assert st.counts()["articles"] == len(lines)
