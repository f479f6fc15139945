"""Accuracy gate for article-body extraction (tests/floors/article.json)."""

from __future__ import annotations

import pytest

from tests.accuracy import floors, score

pytestmark = pytest.mark.gold


@pytest.mark.parametrize("gold,metrics", sorted(floors("article").items()))
def test_article_floor(shared, tmp_path, gold, metrics):
    got = score(shared, gold, "article", tmp_path)
    for metric, floor in metrics.items():
        assert got[metric] >= floor, f"{gold} {metric} {got[metric]} < floor {floor}"
