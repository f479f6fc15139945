"""Exports: tables as JSONL/CSV/Parquet, events as ACLED-style CSV, articles as GKG 2.1 TSV."""

from __future__ import annotations

import csv
import json

import pytest

from tests.test_web import handmade_doc, script_doc


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    from newsgraph.store import Store

    path = tmp_path_factory.mktemp("export") / "s.duckdb"
    with Store(path) as st:
        st.write_batch([handmade_doc(), script_doc()])
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_tables(small_store, tmp_path, fmt):
    import duckdb

    from newsgraph.export import TABLES, export

    paths = export(small_store, tmp_path, fmt)
    assert {p.stem for p in paths} == set(TABLES)
    con = duckdb.connect()
    reader = {"jsonl": "read_json_auto", "csv": "read_csv_auto", "parquet": "read_parquet"}[fmt]
    n = con.execute(f"SELECT count(*) FROM {reader}(?)", [str(tmp_path / f"articles.{fmt}")]).fetchone()[0]
    assert n == 2
    ev = con.execute(f"SELECT type, dead FROM {reader}(?)", [str(tmp_path / f"events.{fmt}")]).fetchall()
    assert ev == [("ASSAULT", 12.0)]


def test_acled(small_store, tmp_path):
    from newsgraph.export import ACLED_COLUMNS, export

    [path] = export(small_store, tmp_path, "acled")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert list(rows[0]) == ACLED_COLUMNS
    [row] = rows
    assert row["event_date"] == "2024-03-04" and row["year"] == "2024" and row["time_precision"] == "1"
    assert row["event_type"] == "ASSAULT" and row["actor1"] == "Storm" and row["fatalities"] == "12"
    assert row["iso2"] == "US" and float(row["latitude"]) == pytest.approx(39.8017) and row["location"] == "Springfield"
    assert row["source"] == "Test Wire" and "killed" in row["notes"]


def test_gkg(small_store, tmp_path):
    from newsgraph.export import GKG_COLUMNS, export

    [path] = export(small_store, tmp_path, "gkg")
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    assert len(lines) == 2 and lines[0].split("\t")[0] != "GKGRECORDID"  # headerless, as GDELT's files
    rows = [dict(zip(GKG_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == 27 for line in lines)
    hand = next(r for r in rows if r["V2SOURCECOMMONNAME"] == "Test Wire")
    assert hand["V2.1DATE"] == "20240305000000"
    assert hand["V1COUNTS"].startswith("KILL#12#people#") and len(hand["V1COUNTS"].split("#")) == 10
    assert hand["V1LOCATIONS"].split("#")[1:3] == ["Springfield", "US"]
    assert "Ada Quill" in hand["V1PERSONS"].split(";")
    assert hand["V1.5TONE"].startswith("-2.5000,")
    assert hand["V2.1ENHANCEDDATES"].startswith("4#3#4#2024#")
    offset, length, verb, quote = hand["V2.1QUOTATIONS"].split("|")
    assert verb == "said" and quote.startswith("We will rebuild") and int(length) > 0


def test_gkg_header(small_store, tmp_path):
    from newsgraph.export import GKG_COLUMNS, export_gkg
    from newsgraph.store import Store

    with Store(small_store, read_only=True) as st:
        path = export_gkg(st, tmp_path, header=True)
    assert path.read_text(encoding="utf-8").split("\n")[0].split("\t") == GKG_COLUMNS


def test_cli_export(small_store, tmp_path):
    from newsgraph.cli import main

    assert main(["export", "--store", str(small_store), "--format", "csv", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "quotes.csv").exists()
    assert main(["export", "--store", str(tmp_path / "missing.duckdb"), "--format", "csv", "--out", str(tmp_path)]) == 2


def test_unknown_format(small_store, tmp_path):
    from newsgraph.errors import ConfigError
    from newsgraph.export import export

    with pytest.raises(ConfigError):
        export(small_store, tmp_path, "xml")


def test_jsonl_is_one_object_per_line(small_store, tmp_path):
    from newsgraph.export import export

    export(small_store, tmp_path, "jsonl")
    rows = [json.loads(line) for line in (tmp_path / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["speaker"] for r in rows} == {"Ada Quill", '"><script>alert(2)</script>'}


def test_acled_leaves_out_what_did_not_happen(tmp_path):
    from newsgraph.export import acled_rows
    from newsgraph.records import Event
    from newsgraph.store import Store
    from tests.conftest import make_doc

    text = "Police did not arrest anyone. Rebels may attack the town. Troops shelled the town."
    d = make_doc(text, published="2024-05-01")

    def ev(phrase: str, **flags) -> Event:
        i = text.index(phrase)
        return Event(start=i, end=i + len(phrase), text=phrase, component="t@1", type="ASSAULT", **flags)

    d.add("events", [ev("did not arrest", negated=True), ev("may attack", hypothetical=True), ev("shelled the town")])
    with Store(tmp_path / "e.duckdb") as st:
        st.write_batch([d])
        rows = acled_rows(st)
    assert [r["notes"] for r in rows] == ["shelled the town"]
    assert rows[0]["event_date"] == "2024-05-01" and rows[0]["time_precision"] == 2
