"""The batch runner: wire round trip, committed Parquet output, resume, inputs, load into the store."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import duckdb
import pytest

from newsgraph.components.base import Component
from newsgraph.config import Settings
from newsgraph.runner import ENGINES, RunnerError, load_output, run, table_files
from newsgraph.runner.writer import ParquetOutput
from newsgraph.serialize import document_from_dict, document_to_dict
from newsgraph.store import Store
from newsgraph.store.schema import PARQUET, iso_date
from tests.conftest import make_doc

LIGHT = ("newsgraph.nlp.v1", "newsgraph.entities.v1")

ARTICLES = [
    ("Officials in Berlin said on Tuesday that talks with the union would resume next week.", "2024-01-02"),
    ("Police in Lyon arrested two men on Friday after a fire at a warehouse near the river.", "2024-01-05"),
    ("The port of Hamburg reopened on Monday after a strike by dock workers ended.", "2024-01-05"),
    ("Farmers in Bavaria protested in Munich on Thursday against new fuel taxes.", None),
    ("Angela Merkel met Emmanuel Macron in Paris to discuss the budget of the European Union.", "not a date"),
]


def _jsonl(path: Path, bad_line: bool = True) -> Path:
    lines = [json.dumps({"text": t, "published": p, "title": t[:20]}) for t, p in ARTICLES]
    if bad_line:
        lines.insert(2, "{broken")
    lines.append(lines[0])  # a duplicate: written once
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def light() -> Settings:
    return Settings(components=LIGHT, batch_size=2)


def _rows(out: Path, table: str, cols: str = "*") -> list[tuple]:
    files = table_files(out, table)
    if not files:
        return []
    src = "read_parquet([" + ", ".join(f"'{f}'" for f in files) + "], hive_partitioning=true)"
    return duckdb.sql(f"SELECT {cols} FROM {src} ORDER BY ALL").fetchall()


# -- units ---------------------------------------------------------------------------------


def test_wire_round_trip() -> None:
    doc = make_doc("# A headline\n\nBody text in Paris on Monday.\n", fmt="markdown")
    back = document_from_dict(json.loads(json.dumps(document_to_dict(doc, wire=True))))
    assert back.text == doc.text and back.id == doc.id
    assert back.blocks == doc.blocks and back.offsets == doc.offsets


@pytest.mark.parametrize(
    ("value", "want"), [("2024-01-06", "2024-01-06"), ("2024-01-06T10:00:00Z", "2024-01-06"), ("2024-13-45", None),
                        ("", None), (None, None), ("yesterday", None)]
)
def test_iso_date(value: str | None, want: str | None) -> None:
    assert iso_date(value) == want


def test_writer_commits_and_sweeps(tmp_path: Path) -> None:
    out = tmp_path / "o"
    row = {"article_id": "a1", "idx": 0, "kind": "paragraph", "start_char": 0, "end_char": 3, "published": "2024-01-02"}
    with ParquetOutput(out) as w:
        w.write({"blocks": [row]}, ["a1"])
        with pytest.raises(RunnerError) as err:
            ParquetOutput(out)
        assert err.value.code == "NG061"
    # what a killed writer leaves: a staging folder and a part file with no commit
    (out / "_staging" / "x").mkdir(parents=True)
    orphan = out / "blocks" / "published=2024-01-02" / "part-00000000000000ff-0.parquet"
    orphan.write_bytes(b"half a file")
    with ParquetOutput(out) as w:
        assert w.swept == 1 and w.ids == {"a1"}
    assert not orphan.exists() and not (out / "_staging").exists()
    assert _rows(out, "blocks", "article_id, published") == [("a1", __import__("datetime").date(2024, 1, 2))]


def test_unknown_engine(tmp_path: Path) -> None:
    with pytest.raises(RunnerError):
        run([], tmp_path / "o", engine="spark")
    assert ENGINES == ("local", "ray")


def test_ray_missing_is_coded(tmp_path: Path, light: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    src = _jsonl(tmp_path / "in.jsonl")
    with pytest.raises(RunnerError) as err:
        run([str(src)], tmp_path / "o", light, engine="ray")
    assert err.value.code == "NG060" and "newsgraph[ray]" in str(err.value)


# -- runs ----------------------------------------------------------------------------------


@pytest.mark.model
def test_local_run_resume_and_load(tmp_path: Path, light: Settings) -> None:
    src = _jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "o"
    s = run([str(src)], out, light)
    assert (s.written, s.skipped, s.failed) == (5, 1, 1)
    # every table has article_id; partitions by published date, invalid or missing dates together
    for table in ("articles", "blocks", "entities", "mentions", "failures"):
        files = table_files(out, table)
        assert files, table
        cols = [c[0] for c in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{files[0]}')").fetchall()]
        assert cols[0] == "article_id" and set(PARQUET[table]) <= set(cols)
    parts = sorted(p.name for p in (out / "articles").iterdir())
    assert parts == ["published=2024-01-02", "published=2024-01-05", "published=__HIVE_DEFAULT_PARTITION__"]
    ((code, loc),) = _rows(out, "failures", "code, location")
    assert code == "NG008" and loc.endswith("in.jsonl:3")
    arts = _rows(out, "articles", "article_id")
    assert len(arts) == len(set(arts)) == 5
    mentions = _rows(out, "mentions", "article_id, record_id, start_char, end_char, text")
    texts = {r[0]: r for r in _rows(out, "articles", "article_id, text")}
    assert mentions and all(texts[a][1][s:e] == t for a, _, s, e, t in mentions)

    again = run([str(src)], out, light)  # resumable: ids already written are skipped
    assert (again.written, again.skipped) == (0, 6)
    assert len(_rows(out, "articles", "article_id")) == 5

    with Store(tmp_path / "s.duckdb") as st:
        counts = load_output(out, st)
        assert counts["articles"] == 5 and counts["mentions"] == len(mentions)
        assert load_output(out, st)["articles"] == 0  # loading twice adds nothing
        c = st.counts()
        assert (c["articles"], c["mentions"]) == (5, len(mentions))
        art = st.article(arts[0][0])
        assert art["blocks"] and art["text"]


@pytest.mark.model
def test_two_workers_same_rows(tmp_path: Path, light: Settings) -> None:
    src = _jsonl(tmp_path / "in.jsonl", bad_line=False)
    run([str(src)], tmp_path / "one", light, workers=1)
    s = run([str(src)], tmp_path / "two", light, workers=2)
    assert s.written == 5 and s.batches == 3
    for table, cols in (("articles", "article_id, text"), ("mentions", "article_id, record_id, entity_id, label")):
        assert _rows(tmp_path / "one", table, cols) == _rows(tmp_path / "two", table, cols)


@pytest.mark.model
def test_parquet_and_warc_inputs(tmp_path: Path, light: Settings) -> None:
    pq = tmp_path / "in.parquet"
    con = duckdb.connect()
    con.execute("CREATE TABLE t (text VARCHAR, published DATE, url VARCHAR)")
    con.executemany("INSERT INTO t VALUES (?, ?, ?)", [[t, iso_date(p), "http://x/" + str(i)] for i, (t, p) in
                                                       enumerate(ARTICLES[:2])] + [[None, None, None]])
    con.execute(f"COPY t TO '{pq}' (FORMAT parquet)")
    html = (b"<html><head><title>Dock strike ends</title></head><body><article><p>The port of Hamburg reopened on "
            b"Monday after a strike by dock workers ended, the union said.</p><p>Ships waited for days in the "
            b"North Sea.</p></article></body></html>")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    warc = b""
    for wtype, ctype, body in (("request", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
                               ("response", "application/http; msgtype=response", http)):
        head = (f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Target-URI: http://news.example/a\r\n"
                f"Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        warc += head + body + b"\r\n\r\n"
    (tmp_path / "crawl.warc.gz").write_bytes(gzip.compress(warc))
    s = run([str(pq), str(tmp_path / "crawl.warc.gz")], tmp_path / "o", light)
    assert (s.written, s.failed) == (3, 1)
    urls = sorted(r[0] for r in _rows(tmp_path / "o", "articles", "url"))
    assert urls == ["http://news.example/a", "http://x/0", "http://x/1"]


class Boom(Component):
    """A component that fails on texts about Lyon (a bug in a component, as data)."""

    name = "test.boom"
    assigns = ("boom",)

    def find(self, doc):  # type: ignore[no-untyped-def]
        if "Lyon" in doc.text:
            raise RuntimeError("kaboom")
        return []


@pytest.mark.model
def test_component_failure_is_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.components import registry

    monkeypatch.setitem(registry.REGISTRY, "test.boom.v1", "tests.test_runner:Boom")
    settings = Settings(components=(*LIGHT, "test.boom.v1"), batch_size=2)
    s = run([str(_jsonl(tmp_path / "in.jsonl", bad_line=False))], tmp_path / "o", settings)
    assert (s.written, s.failed) == (4, 1)
    assert any("[NG030]" in f and "kaboom" in f for f in s.failures)
    ((code, reason),) = _rows(tmp_path / "o", "failures", "code, reason")
    assert code == "NG030" and "test.boom@1 failed: RuntimeError: kaboom" in reason


def test_damaged_commit_file_is_coded_and_unlocks(tmp_path: Path) -> None:
    out = tmp_path / "o"
    (out / "_commits").mkdir(parents=True)
    (out / "_commits" / "0000000000000001.json").write_text("{not json", encoding="utf-8")
    for _ in range(2):  # the lock is released after the failure: the second try fails the same way
        with pytest.raises(RunnerError) as err:
            ParquetOutput(out)
        assert err.value.code == "NG061" and "damaged" in str(err.value)


class Stuck(Component):
    """A component caught in a loop on texts about Lyon."""

    name = "test.stuck"
    assigns = ("stuck",)

    def find(self, doc):  # type: ignore[no-untyped-def]
        while "Lyon" in doc.text:
            pass
        return []


@pytest.mark.model
def test_stuck_document_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.components import registry

    monkeypatch.setitem(registry.REGISTRY, "test.stuck.v1", "tests.test_runner:Stuck")
    settings = Settings(components=(*LIGHT, "test.stuck.v1"), batch_size=2)
    s = run([str(_jsonl(tmp_path / "in.jsonl", bad_line=False))], tmp_path / "o", settings, doc_timeout=2)
    assert (s.written, s.failed) == (4, 1), s.failures
    ((code, reason, loc),) = _rows(tmp_path / "o", "failures", "code, reason, location")
    assert code == "NG030" and "took over 2 s" in reason and loc.endswith(":2")
    assert len(_rows(tmp_path / "o", "mentions")) > 4


@pytest.mark.model
def test_cli_run_and_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from newsgraph.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSGRAPH_COMPONENTS", ",".join(LIGHT))
    src = _jsonl(tmp_path / "in.jsonl")
    argv = ["run", "-q", str(src), "--out", "o", "--batch-size", "3", "--load", "--store", "s.duckdb"]
    assert main(argv) == 0
    cap = capsys.readouterr()
    assert "wrote 5 articles" in cap.out and "loaded into s.duckdb: articles 5" in cap.out
    assert "[NG008]" in cap.err
    assert main(argv) == 0  # again: nothing new, nothing loaded twice
    assert "wrote 0 articles" in capsys.readouterr().out
    with Store(tmp_path / "s.duckdb", read_only=True) as st:
        assert st.counts()["articles"] == 5
    with pytest.raises(SystemExit):  # argparse refuses an unknown engine
        main(["run", "-q", str(src), "--out", "o", "--engine", "spark"])
