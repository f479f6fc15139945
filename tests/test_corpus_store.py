"""The corpus pass over a store of hand-made articles, and the web pages that read it (no model)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import make_doc
from tests.test_corpus import article, edit
from tests.test_web import handmade_doc, story_doc


def wire_docs():
    """A wire story, an edited copy a day later from another source, and an unrelated article."""
    body = article(42, 200)
    docs = []
    for title, text, published, source in (("Wire story", body, "2024-04-01", "Wire"),
                                           ("Copied story", edit(body, 0.03), "2024-04-02", "Paper"),
                                           ("Unrelated", article(43, 200), "2024-04-02", "Paper")):
        d = make_doc(f"{title}\n\n{text}", published=published)
        d.meta["title"] = title
        d.meta["source"] = source
        docs.append(d)
    return docs


@pytest.fixture(scope="module")
def linked_store(tmp_path_factory):
    from newsgraph.corpus.link import link_store
    from newsgraph.store import Store

    path = tmp_path_factory.mktemp("corpus") / "c.duckdb"
    with Store(path) as st:
        st.write_batch([handmade_doc(), story_doc(), *wire_docs()])
        summary = link_store(st)
        again = link_store(st)  # recomputed from scratch: the same result, nothing doubled
    assert summary == again
    return path, summary


def test_tables(linked_store):
    from newsgraph.store import Store

    path, summary = linked_store
    assert (summary.articles, summary.copies, summary.embeds, summary.stories, summary.disagreements) == (5, 1, 0, 2, 1)
    assert "2 stories" in summary.describe()
    with Store(path, read_only=True) as st:
        assert "004_corpus" in st.migrations()
        cp = st.query("SELECT a.title AS copy, b.title AS original, kind FROM copies c JOIN articles a ON a.id = c.article_id "
                      "JOIN articles b ON b.id = c.original_id")
        assert cp == [{"copy": "Copied story", "original": "Wire story", "kind": "copy"}]
        dis = st.query("SELECT category, low, best, high, articles, figures FROM disagreements")
        assert [(d["category"], d["low"], d["best"], d["high"], d["articles"]) for d in dis] == [("KILL", 12.0, 13.5, 15.0, 2)]
        assert {f["value"] for f in json.loads(dis[0]["figures"])} == {12.0, 15.0}
        rows = st.query("SELECT s.title, s.size, s.sources, sa.position, a.title AS art, sa.copy_of IS NOT NULL AS copy "
                        "FROM stories s JOIN story_articles sa USING (story_id) JOIN articles a ON a.id = sa.article_id "
                        "ORDER BY s.title, sa.position")
        assert [(r["title"], r["size"], r["position"], r["art"], r["copy"]) for r in rows] == [
            ("Storm hits Springfield", 2, 0, "Storm hits Springfield", False),
            ("Storm hits Springfield", 2, 1, "Springfield storm toll rises", False),
            ("Wire story", 2, 0, "Wire story", False),
            ("Wire story", 2, 1, "Copied story", True),
        ]
        assert rows[0]["sources"] == ["Other Wire", "Test Wire"]


def test_web_reads_stored_stories(linked_store, tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.config import Settings
    from newsgraph.web.app import create_app

    path, _ = linked_store
    client = TestClient(create_app(Settings(store=str(path), cache_dir=str(tmp_path / "cache"))))
    groups = client.get("/api/stories").json()["stories"]
    assert sorted(g["first"]["title"] for g in groups) == ["Storm hits Springfield", "Wire story"]
    storm = next(g for g in groups if g["first"]["title"] == "Storm hits Springfield")
    assert storm["disagreements"][0]["category"] == "KILL" and storm["sources"] == ["Other Wire", "Test Wire"]
    wire = next(g for g in groups if g["first"]["title"] == "Wire story")
    data = client.get(f"/api/stories/{wire['id']}").json()
    copied = wire["articles"][1]["id"]
    assert data["same"] == [copied] and data["story"]["articles"][1]["copy_of"] == wire["id"]
    data = client.get(f"/api/stories/{storm['id']}").json()
    assert data["spread"]["KILL"] == [12.0, 13.5, 15.0]
    page = client.get(f"/stories/{storm['id']}").text
    assert "low 12, best 13.5, high 15" in page and "same story" in page
    assert "Wire story" in client.get("/stories").text


def test_cli_corpus(linked_store, tmp_path, capsys):
    import shutil

    from newsgraph.cli import main

    path = tmp_path / "copy.duckdb"
    shutil.copy(linked_store[0], path)
    assert main(["corpus", "--store", str(path)]) == 0
    assert "corpus: 5 articles, 1 copies, 0 embedded stories, 2 stories, 1 disagreements" in capsys.readouterr().out


def test_historical_and_cumulative_figures_are_not_compared(tmp_path):
    from newsgraph.corpus.link import link_store
    from newsgraph.records import Figure
    from newsgraph.store import Store

    later = story_doc()
    text = later.text
    i = text.index("15")
    # the same story, with the toll read as a running total: no disagreement left to flag
    later.records["figures"] = [Figure(start=i, end=i + 2, text="15", component="test@1", value=15.0, category="KILL",
                                       scope="cumulative")]
    with Store(tmp_path / "h.duckdb") as st:
        st.write_batch([handmade_doc(), later])
        summary = link_store(st)
        assert summary.stories == 1 and summary.disagreements == 0
