"""Shared fixtures: one loaded pipeline per session, paths to shared/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def settings():
    from newsgraph.config import Settings

    return Settings()


@pytest.fixture(scope="session")
def nlp(settings):
    """The spaCy model, loaded once for the whole test session."""
    from newsgraph.components.nlp import load_model

    return load_model(settings.model)


@pytest.fixture(scope="session")
def pipeline(settings, nlp):
    """The full default pipeline (shares the loaded model)."""
    from newsgraph.pipeline import Pipeline

    return Pipeline.from_settings(settings)


@pytest.fixture(scope="session")
def seed_doc(pipeline, shared):
    from newsgraph.ingest import make_document
    from newsgraph.ingest.readers import Article

    text = (shared / "corpus" / "seed" / "article.md").read_text(encoding="utf-8")
    doc = make_document(Article(text, "markdown", {"published": "2024-01-06"}, "seed"))
    return pipeline(doc)


def make_doc(text: str, published: str | None = "2024-01-06", fmt: str = "text"):
    """A Document built by hand from text (no NLP run yet)."""
    from newsgraph.ingest import make_document
    from newsgraph.ingest.readers import Article

    return make_document(Article(text, fmt, {"published": published} if published else {}, "test"))
