"""Accuracy gate for events: committed floors (tests/floors/events.json) that only go up."""

from __future__ import annotations

import pytest

from tests.accuracy import floors, score

pytestmark = [pytest.mark.gold, pytest.mark.model]


@pytest.mark.parametrize("gold,metrics", sorted(floors("events").items()))
def test_events_floor(shared, tmp_path, nlp, gold, metrics):
    got = score(shared, gold, "events", tmp_path)
    for metric, floor in metrics.items():
        assert got[metric] >= floor, f"{gold} {metric} {got[metric]} < floor {floor}"
