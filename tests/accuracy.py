"""Accuracy gate helpers: run predict on a gold set and score it with shared/eval/score.py.

Predictions are made once per gold set per test session, for every task the set is gold
for (its .meta.json ``tasks``), and shared by all the tests that score that set.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "floors"
_PRED_DIR = Path(tempfile.mkdtemp(prefix="newsgraph-pred-"))
_CACHE: dict[str, Path] = {}


def _tasks_for(gold: Path, task: str) -> str:
    meta = gold.with_name(gold.name.replace(".jsonl", ".meta.json"))
    try:
        tasks = json.loads(meta.read_text(encoding="utf-8")).get("tasks") or [task]
    except (OSError, ValueError):
        tasks = [task]
    from newsgraph.predict import TASK_COMPONENTS

    known = [t for t in tasks if t in TASK_COMPONENTS]
    return ",".join(sorted(set(known) | {task}))


def predictions(shared: Path, gold_rel: str, task: str) -> Path:
    """The prediction file for a gold set (made once per session)."""
    from newsgraph.predict import parse_tasks, predict

    gold = shared / "eval" / gold_rel
    tasks = _tasks_for(gold, task)
    key = f"{gold}|{tasks}"
    if key not in _CACHE:
        pred = _PRED_DIR / f"{gold.stem}.{len(_CACHE)}.pred.jsonl"
        with pred.open("w", encoding="utf-8") as fh:
            for p in predict(gold, parse_tasks(tasks)):
                fh.write(json.dumps(p) + "\n")
        _CACHE[key] = pred
    return _CACHE[key]


def score(shared: Path, gold_rel: str, task: str, tmp: Path | None = None, tasks: str | None = None) -> dict[str, Any]:
    """score.py's figures for ``task`` on shared/eval/<gold_rel>."""
    gold = shared / "eval" / gold_rel
    pred = predictions(shared, gold_rel, task)
    out = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--task", task, str(gold), str(pred), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data: dict[str, Any] = json.loads(out)
    return data


def floors(name: str) -> dict[str, dict[str, float]]:
    """tests/floors/<name>.json: {"<gold set rel path>": {"<metric>": floor}}; floors only go up."""
    return json.loads((FLOORS / f"{name}.json").read_text(encoding="utf-8"))
