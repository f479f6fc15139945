"""Accuracy gate for entities: committed floors (tests/floors/entities.json) that only go up."""

from __future__ import annotations

import pytest

from tests.accuracy import floors, score

pytestmark = [pytest.mark.gold, pytest.mark.model]


@pytest.mark.parametrize("gold,metrics", sorted(floors("entities").items()))
def test_entities_floor(shared, tmp_path, nlp, gold, metrics):
    got = score(shared, gold, "entities", tmp_path)
    for metric, floor in metrics.items():
        assert got[metric] >= floor, f"{gold} {metric} {got[metric]} < floor {floor}"
