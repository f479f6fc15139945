"""CLI manners: a closed pipe, invalid dates, ambiguous id prefixes, empty failures, show --table, URLs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.config import Settings, load_settings
from newsgraph.errors import ConfigError
from newsgraph.store import Store
from tests.conftest import make_doc
from tests.httpserver import Site, html_page

ROOT = Path(__file__).resolve().parent.parent


def store_with(tmp_path: Path, texts: list[str]) -> tuple[str, list[str]]:
    db = str(tmp_path / "s.duckdb")
    docs = [make_doc(t) for t in texts]
    with Store(db) as st:
        st.write_batch(docs)
    return db, [d.id for d in docs]


def two_with_shared_prefix() -> list[str]:
    """Two texts whose content ids share their first character."""
    by_first: dict[str, str] = {}
    for n in range(100):
        text = f"Report number {n} from the harbour office says the ferry left on time."
        first = make_doc(text).id[0]
        if first in by_first:
            return [by_first[first], text]
        by_first[first] = text
    raise AssertionError("no shared prefix")


def test_closed_pipe_exits_quietly(tmp_path):
    big = "\n\n".join(f"Paragraph {n} says the council met again on Monday to talk about the budget." for n in range(3000))
    db, ids = store_with(tmp_path, [big])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        f"{sys.executable} -m newsgraph.cli show {ids[0]} --store {db} | head -c 10",
        shell=True, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.stdout == "{\n  \"id\": "[:10]
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr


@pytest.mark.parametrize("bad", ["2015-13-45", "2024-02-30", "yesterday", "06/01/2024"])
def test_invalid_published_date_is_a_coded_error(tmp_path, capsys, bad):
    f = tmp_path / "a.txt"
    f.write_text("The council met on Monday.")
    assert main(["extract", str(f), "--published", bad]) == 2
    err = capsys.readouterr().err
    assert "[NG023]" in err and bad in err


def test_dates_validated_in_every_setting_source(tmp_path):
    assert load_settings(published="2015-06-01").published == "2015-06-01"
    assert load_settings(published="2015-06-01T10:30:00Z").published == "2015-06-01T10:30:00Z"
    with pytest.raises(ConfigError):
        load_settings(env={"NEWSGRAPH_PUBLISHED": "2015-13-45"})
    cfg = tmp_path / "n.toml"
    cfg.write_text('published = "2015-00-10"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(cfg)
    assert info.value.code == "NG023"


def test_ambiguous_prefix_lists_the_matches(tmp_path, capsys):
    db, ids = store_with(tmp_path, two_with_shared_prefix())
    assert main(["show", ids[0][0], "--store", db]) == 2
    err = capsys.readouterr().err
    assert "[NG043]" in err
    assert ids[0] in err and ids[1] in err
    assert main(["show", ids[1], "--store", db]) == 0  # the whole id
    assert json.loads(capsys.readouterr().out)["id"] == ids[1]
    assert main(["show", "zzzz", "--store", db]) == 2
    assert "[NG042]" in capsys.readouterr().err


def test_failures_on_an_empty_store_says_so(tmp_path, capsys):
    db = str(tmp_path / "e.duckdb")
    Store(db).close()
    assert main(["failures", "--store", db]) == 0
    cap = capsys.readouterr()
    assert cap.out == "" and "no failures recorded" in cap.err


def test_show_one_table(tmp_path, capsys):
    db, ids = store_with(tmp_path, ["Council approves budget\n\nThe council met on Monday.\n\nIt approved the budget."])
    assert main(["show", ids[0], "--store", db, "--table", "blocks"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(set(r) == {"idx", "kind", "start_char", "end_char"} for r in rows)
    assert main(["show", ids[0], "--store", db, "--table", "entities"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["show", ids[0], "--store", db, "--table", "nonsense"]) == 2
    err = capsys.readouterr().err
    assert "[NG044]" in err and "blocks" in err


def test_show_table_record_kind(tmp_path, capsys):
    from newsgraph.records.base import Record

    doc = make_doc("Council approves budget\n\nThe council met on Monday.")
    doc.records["dates"] = [Record(start=28, end=34, text="Monday", component="test")]
    db = str(tmp_path / "r.duckdb")
    with Store(db) as st:
        st.write_batch([doc])
    assert main(["show", doc.id, "--store", db, "--table", "dates"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == ["Monday"]


@pytest.mark.model
def test_ingest_and_extract_a_url(tmp_path, capsys, monkeypatch):
    paras = [
        "The city council of Springfield voted on Tuesday to expand the public library, after a long debate about the budget.",
        "Council members said the new wing would open next spring and would hold a reading room and a computer lab.",
    ]
    monkeypatch.setenv("NEWSGRAPH_COMPONENTS", "newsgraph.nlp.v1")
    db = str(tmp_path / "u.duckdb")
    with Site() as site:
        site.routes["/story"] = (200, {"Content-Type": "text/html"}, html_page("Library to grow", paras))
        assert main(["extract", site.url("/story")]) == 0
        doc = json.loads(capsys.readouterr().out)
        assert doc["meta"]["url"] == site.url("/story") and doc["text"].startswith("Library to grow")
        assert main(["ingest", site.url("/story"), site.url("/gone"), "--store", db, "-q", "--no-corpus"]) == 1
    cap = capsys.readouterr()
    assert "1 new" in cap.out and "[NG072]" in cap.err
    with Store(db, read_only=True) as st:
        assert [r["url"] for r in st.query("SELECT url FROM articles")] == [site.url("/story")]
        assert [(f["code"], f["location"]) for f in st.failures()] == [("NG072", site.url("/gone"))]


def test_watch_once_from_the_cli(tmp_path, capsys):
    feed = "<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>"

    def answer(path: str, headers: dict[str, str]):
        if headers.get("if-none-match") == '"e"':
            return 304, {"ETag": '"e"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"e"'}, feed.encode()

    with Site() as site:
        site.routes["/feed.xml"] = answer
        lst = tmp_path / "feeds.txt"
        lst.write_text(site.url("/feed.xml") + "\n")
        db = str(tmp_path / "w.duckdb")
        assert main(["watch", str(lst), "--once", "--store", db]) == 0
        out = capsys.readouterr().out.splitlines()
        assert len(out) == 1 and "status=200 items=0 new=0 seen=0" in out[0]
        lst.write_text(site.url("/feed.xml") + "\n" + site.url("/gone.xml") + "\n")
        assert main(["watch", str(lst), "--once", "--store", db]) == 1  # a feed could not be polled
        out = capsys.readouterr().out.splitlines()
        assert "status=304" in out[0] and "status=NG072" in out[1]
    assert main(["watch", str(lst), "--once", "--every", "soon", "--store", db]) == 2
    assert "[NG020]" in capsys.readouterr().err


def test_web_refuses_invalid_dates(tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    db, _ = store_with(tmp_path, ["Council approves budget\n\nThe council met on Monday."])
    app = create_app(Settings(store=db, cache_dir=str(tmp_path / "cache")), writable=True)
    c = TestClient(app)
    r = c.get("/api/search", params={"q": "council", "from": "2015-13-45"})
    assert r.status_code == 400 and r.json()["code"] == "NG023"
    assert c.get("/api/search", params={"q": "council", "from": "2024-01-01"}).status_code == 200
    r = c.post("/analyze", data={"text": "The council met on Monday.", "published": "2015-13-45"})
    assert r.status_code == 400 and "NG023" in r.text
