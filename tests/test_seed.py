"""The seed article meets every 'must' item of check_seed.py, section by section."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.accuracy import predictions

pytestmark = [pytest.mark.model, pytest.mark.gold]

SECTIONS = ["structure", "entities", "places", "dates", "figures", "quotes", "events", "tone"]


@pytest.mark.parametrize("section", SECTIONS)
def test_seed_section(shared, nlp, section):
    pred = predictions(shared, "seed/seed.jsonl", "all")
    res = subprocess.run(
        [sys.executable, str(shared / "eval" / "check_seed.py"), str(pred), "--sections", section],
        capture_output=True, text=True,
    )
    assert res.returncode == 0, res.stdout
