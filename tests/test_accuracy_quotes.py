"""Accuracy gate for quotes: committed floors (tests/floors/quotes.json) that only go up.

PolNeAR is gated on its dev split only (ids ``polnear/dev/...``, half the file) to keep the
test short; the test split is measured by hand (docs/quotes.md). GUM's <quote> annotation
covers only some documents (29 of 43 have none, although several of those hold quoted speech)
and no indirect speech, so its gate is on recall, with a low F1 floor.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.accuracy import floors, score

pytestmark = [pytest.mark.gold, pytest.mark.model]

#: gold file -> the id prefix of the documents gated (all when absent)
SUBSET = {"quotes/polnear_dev.jsonl": "polnear/dev/"}


def _subset(shared: Path, gold: str, tmp: Path) -> str:
    prefix = SUBSET.get(gold)
    if prefix is None:
        return gold
    out = tmp / Path(gold).name
    with (shared / "eval" / gold).open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip() and json.loads(line)["id"].startswith(prefix):
                dst.write(line)
    return str(out)


@pytest.mark.parametrize("gold,metrics", sorted(floors("quotes").items()))
def test_quotes_floor(shared, tmp_path, nlp, gold, metrics):
    got = score(shared, _subset(shared, gold, tmp_path), "quotes", tmp_path)
    for metric, floor in metrics.items():
        assert got[metric] >= floor, f"{gold} {metric} {got[metric]} < floor {floor}"
