"""The ``ray`` engine: on a Ray it starts itself, and on a two-node cluster it joins with ``address``.

Both must give the same rows as the local engine on the same input. The cluster is started
on this machine with ``ray.cluster_utils.Cluster`` (a head node and one worker node, one CPU
each); the runner's actors ask for half a CPU, so three actors cannot fit on one node and
the batches run on both. The cluster is shut down by the fixture whatever the test does.
"""

from __future__ import annotations

import _thread
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from newsgraph.config import Settings
from newsgraph.runner import RunnerError, run, table_files

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install -e '.[ray]')")

pytestmark = pytest.mark.model

LIGHT = ("newsgraph.nlp.v1", "newsgraph.entities.v1")
TEXTS = [
    "Officials in Berlin said on Tuesday that talks with the union would resume next week.",
    "Police in Lyon arrested two men on Friday after a fire at a warehouse near the river.",
    "The port of Hamburg reopened on Monday after a strike by dock workers ended.",
    "Farmers in Bavaria protested in Munich on Thursday against new fuel taxes.",
    "Angela Merkel met Emmanuel Macron in Paris to discuss the budget of the European Union.",
    "Workers at the Volkswagen plant in Wolfsburg walked out on Wednesday over pay.",
]
TABLES = (("articles", "article_id, title, text, published"), ("blocks", "article_id, idx, kind, start_char, end_char"),
          ("mentions", "article_id, record_id, entity_id, label, start_char, end_char, text, component"),
          ("entities", "article_id, entity_id, label, name, mention_count"))
NODE = {"include_dashboard": False}
#: a test still running after this many seconds is interrupted (a hung Ray job must not hold CI)
DEADLINE_S = 300


@pytest.fixture(autouse=True)
def deadline() -> Iterator[None]:
    timer = threading.Timer(DEADLINE_S, _thread.interrupt_main)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@pytest.fixture
def light() -> Settings:
    return Settings(components=LIGHT, batch_size=2)


@pytest.fixture
def src(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"text": t, "title": t[:20], "published": f"2024-01-0{1 + i % 3}"}) for i, t in enumerate(TEXTS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A head node and a worker node on this machine, one CPU each; shut down afterwards."""
    from ray.cluster_utils import Cluster

    if ray.is_initialized():
        ray.shutdown()
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, **NODE})
    try:
        c.add_node(num_cpus=1, **NODE)
        c.wait_for_nodes(timeout=120)
        yield c
    finally:
        if ray.is_initialized():
            ray.shutdown()
        c.shutdown()


def _rows(out: Path, table: str, cols: str) -> list[tuple[Any, ...]]:
    files = table_files(out, table)
    assert files, f"no {table} files under {out}"
    src = "read_parquet([" + ", ".join(f"'{f}'" for f in files) + "], hive_partitioning=true)"
    return duckdb.sql(f"SELECT {cols} FROM {src} ORDER BY ALL").fetchall()


def _same_rows(a: Path, b: Path) -> None:
    for table, cols in TABLES:
        assert _rows(a, table, cols) == _rows(b, table, cols), table


def test_ray_started_here_same_rows(tmp_path: Path, light: Settings, src: Path) -> None:
    run([str(src)], tmp_path / "local", light)
    s = run([str(src)], tmp_path / "ray", light, engine="ray", workers=2)
    assert (s.written, s.failed, s.batches) == (6, 0, 3)
    assert not ray.is_initialized()  # the engine stops the Ray it started
    _same_rows(tmp_path / "local", tmp_path / "ray")


def test_ray_two_node_cluster_same_rows(tmp_path: Path, light: Settings, src: Path, cluster: Any) -> None:
    alive = [n for n in cluster.list_all_nodes() if n.remaining_processes_alive()]
    assert len(alive) == 2
    run([str(src)], tmp_path / "local", light)
    s = run([str(src)], tmp_path / "ray", light, engine="ray", workers=3, address=cluster.address)
    assert (s.written, s.failed, s.batches) == (6, 0, 3)
    _same_rows(tmp_path / "local", tmp_path / "ray")
    # the actors ran on both nodes (three actors of half a CPU do not fit on one node of one CPU)
    actors = cluster.global_state.actor_table(None)
    nodes = {a["Address"]["NodeID"] for a in actors.values() if "RayBatchActor" in a.get("ActorClassName", "")}
    assert len(nodes) == 2, actors
    # resumable on the cluster too: nothing new, Ray is not even started
    again = run([str(src)], tmp_path / "ray", light, engine="ray", workers=3, address=cluster.address)
    assert (again.written, again.skipped) == (0, 6)



def test_ray_client_address_is_refused(tmp_path: Path, light: Settings, src: Path) -> None:
    """Ray Data does not run over the Ray Client (``ray://``): one coded line, before Ray starts."""
    with pytest.raises(RunnerError) as err:
        run([str(src)], tmp_path / "o", light, engine="ray", address="ray://127.0.0.1:10001")
    assert err.value.code == "NG060" and "--address auto" in str(err.value)
    assert not ray.is_initialized()
