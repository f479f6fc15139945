"""Accuracy gate helpers: run predict on a gold set and score it with shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "floors"


def score(shared: Path, gold_rel: str, task: str, tmp: Path, tasks: str | None = None) -> dict[str, Any]:
    """Predict ``tasks`` (default ``task``) for shared/eval/<gold_rel> and return score.py's JSON."""
    from newsgraph.predict import parse_tasks, predict

    gold = shared / "eval" / gold_rel
    pred = tmp / (gold.stem + f".{task}.pred.jsonl")
    with pred.open("w", encoding="utf-8") as fh:
        for p in predict(gold, parse_tasks(tasks or task)):
            fh.write(json.dumps(p) + "\n")
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
