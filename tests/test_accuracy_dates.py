"""Accuracy gate for dates: committed floors (tests/floors/dates.json) that only go up."""

from __future__ import annotations

import pytest

from tests.accuracy import floors, score

pytestmark = [pytest.mark.gold, pytest.mark.model]


@pytest.mark.parametrize("gold,metrics", sorted(floors("dates").items()))
def test_dates_floor(shared, tmp_path, nlp, gold, metrics):
    got = score(shared, gold, "dates", tmp_path)
    for metric, floor in metrics.items():
        assert got[metric] >= floor, f"{gold} {metric} {got[metric]} < floor {floor}"
