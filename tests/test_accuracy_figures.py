"""Accuracy gate for figures: committed floors (tests/floors/figures.json) that only go up,
and the seed article's figures (every 'must' and 'should' item of check_seed.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.accuracy import floors, score

pytestmark = [pytest.mark.gold, pytest.mark.model]


@pytest.mark.parametrize("gold,metrics", sorted(floors("figures").items()))
def test_figures_floor(shared, tmp_path, nlp, gold, metrics):
    got = score(shared, gold, "figures", tmp_path)
    for metric, floor in metrics.items():
        assert got[metric] >= floor, f"{gold} {metric} {got[metric]} < floor {floor}"


def test_seed_figures(shared, tmp_path, nlp):
    from newsgraph.predict import parse_tasks, predict

    pred = tmp_path / "seed.figures.pred.jsonl"
    with pred.open("w") as fh:
        for p in predict(shared / "eval" / "seed" / "seed.jsonl", parse_tasks("figures")):
            fh.write(json.dumps(p) + "\n")
    res = subprocess.run(
        [sys.executable, str(shared / "eval" / "check_seed.py"), str(pred), "--sections", "figures"],
        capture_output=True, text=True,
    )
    assert res.returncode == 0, res.stdout
    assert "should 1/1" in res.stdout, res.stdout
