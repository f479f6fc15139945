"""The seed article: structure and entities meet every 'must' item of check_seed.py."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.model


def test_seed_structure_and_entities(shared, tmp_path, nlp):
    from newsgraph.predict import parse_tasks, predict

    pred = tmp_path / "seed.pred.jsonl"
    with pred.open("w") as fh:
        for p in predict(shared / "eval" / "seed" / "seed.jsonl", parse_tasks("all")):
            fh.write(json.dumps(p) + "\n")
    res = subprocess.run(
        [sys.executable, str(shared / "eval" / "check_seed.py"), str(pred), "--sections", "structure,entities"],
        capture_output=True, text=True,
    )
    assert res.returncode == 0, res.stdout
