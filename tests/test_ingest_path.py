"""One ingest path: ``newsgraph ingest``, the web upload and the batch runner turn inputs into
Documents with the same checks (the English check included) and expand paths the same way."""

from __future__ import annotations

import inspect
from pathlib import Path

from fastapi.testclient import TestClient

from newsgraph.config import Settings
from newsgraph.ingest.readers import Article, Failure
from newsgraph.pipeline import Pipeline
from newsgraph.runner.sources import iter_articles
from newsgraph.store import Store
from newsgraph.store.ingest import ingest
from tests.test_inputs_language import FRENCH

ENGLISH = "Heavy rain flooded Lisbon on Tuesday, the mayor said, and schools were closed for the day."


def _settings(tmp_path: Path) -> Settings:
    return Settings(store=str(tmp_path / "s.duckdb"), cache_dir=str(tmp_path / "cache"))


def test_ingest_checks_the_language(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    items = [Article(FRENCH, "text", {}, "fr.txt"), Article(ENGLISH, "text", {}, "en.txt"),
             Article(ENGLISH, "text", {}, "again.txt")]
    with Store(settings.store) as st:
        summary = ingest(items, settings, st, pipeline=Pipeline([], settings))
        assert (summary.stored, summary.unchanged, len(summary.failures)) == (1, 1, 1)
        assert summary.errors[0].code == "NG010" and len(set(summary.ids)) == 1
        assert [r["code"] for r in st.failures()] == ["NG010"]


def test_web_upload_goes_through_the_same_ingest(tmp_path: Path) -> None:
    from newsgraph.web import analyze
    from newsgraph.web.app import create_app

    settings = _settings(tmp_path)
    Store(settings.store).close()
    app = create_app(settings, writable=True)
    app.state.ctx._pipeline = Pipeline([], settings)  # no model: the checks are what is tested
    c = TestClient(app)
    refused = c.post("/analyze", data={"text": FRENCH})
    assert refused.status_code == 400 and "NG010" in refused.text
    ok = c.post("/analyze", data={"text": ENGLISH, "title": "Rain"}, follow_redirects=False)
    assert ok.status_code == 303
    again = c.post("/analyze", data={"text": ENGLISH, "title": "Rain"}, follow_redirects=False)
    assert again.headers["location"] == ok.headers["location"]  # already stored: the same article
    assert "_lock" not in inspect.getsource(analyze)


def test_runner_expands_inputs_like_ingest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    items = list(iter_articles([str(tmp_path / "*.txt"), str(tmp_path / "*.nothing"), str(tmp_path / "missing.txt")],
                               Settings()))
    assert isinstance(items[0], Article) and items[0].location.endswith("a.txt")
    fails = [it for it in items if isinstance(it, Failure)]
    assert [(f.error.code, f.location) for f in fails] == [
        ("NG007", str(tmp_path / "*.nothing")), ("NG007", str(tmp_path / "missing.txt"))]
