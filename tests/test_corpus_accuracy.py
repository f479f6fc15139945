"""Accuracy gate for copy detection: bench/copies.py's synthetic wire copies of the open corpus
(edited, trimmed, re-headlined, embedded; the originals as negatives) against the committed
floors in tests/floors/corpus.json, which only go up. No model is needed: about a second each."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = [pytest.mark.gold]

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "tests" / "floors" / "corpus.json").read_text(encoding="utf-8"))


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_copies", ROOT / "bench" / "copies.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name,metrics", sorted(FLOORS.items()))
def test_copies_floor(shared, name, metrics):
    words = name.split()
    seed, edit = int(words[2]), float(words[4])
    got = bench().measure(shared / "corpus" / "open" / "articles.jsonl", n=200, seed=seed, edit=edit)
    for metric, floor in metrics.items():
        assert got[metric] >= floor, f"{name} {metric} {got[metric]:.3f} < floor {floor}"
    assert got["derived"] == 200 and got["links"] >= 200
