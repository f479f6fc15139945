"""One schema: the store's tables, the rows a Document adds, the runner's Parquet tables and
the loader's column lists all come from ``newsgraph.store.schema``; one serialised form of a
Document (``newsgraph.serialize``)."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.document import Document
from newsgraph.ingest import document_from_text
from newsgraph.records.entities import Entity, Mention
from newsgraph.serialize import document_from_dict, document_to_dict
from newsgraph.store import Store
from newsgraph.store.schema import (
    ARTICLE_TABLES,
    PARQUET,
    RECORD_TABLES,
    TABLES,
    document_rows,
    load_select,
    parquet_rows,
)


def _doc() -> Document:
    doc = document_from_text("# Rain in Paris\n\nOfficials in Paris said on Monday that it rained.\n",
                             fmt="markdown", published="2024-01-05", source="Wire")
    start = doc.text.index("Paris")
    ent = Entity(start=start, end=start + 5, text="Paris", label="LOC", name="Paris", aliases=("City of Light",),
                 component="t@1")
    doc.add("entities", [ent])
    doc.add("mentions", [Mention(start=start, end=start + 5, text="Paris", label="LOC", fine_label="GPE",
                                 entity_id=ent.id, component="t@1")])
    doc.add("places", [Mention(start=start, end=start + 5, text="Paris", label="LOC", fine_label="GPE", component="t@1")])
    doc.add("nlp", ["never stored"])
    return doc


def test_store_tables_are_the_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as st:
        for name, table in TABLES.items():
            cols = st.query("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index",
                            [name])
            assert tuple(r["column_name"] for r in cols) == table.names, name


def test_rows_round_trip_through_the_store(tmp_path: Path) -> None:
    doc = _doc()
    rows = document_rows(doc, "r1")
    assert set(rows) == set(ARTICLE_TABLES)
    for table, items in rows.items():
        assert all(set(r) <= set(TABLES[table].names) for r in items), table
    assert [r["kind"] for r in rows["records"]] == ["places"]  # nlp is never stored, entities have their table
    with Store(tmp_path / "s.duckdb") as st:
        assert st.write_batch([doc], "r1") == 1
        art = st.article(doc.id)
    assert art["text"] == doc.text and str(art["published"]) == "2024-01-05" and art["source"] == "Wire"
    assert [(b["kind"], b["start_char"], b["end_char"]) for b in art["blocks"]] == [(b.kind, b.start, b.end) for b in doc.blocks]
    assert art["entities"][0]["aliases"] == ["City of Light"] and art["mentions"][0]["fine_label"] == "GPE"
    assert art["records"]["places"][0]["text"] == "Paris"
    assert json.loads(art["offset_runs"]) == [list(r) for r in doc.offsets.runs]


def test_parquet_tables_follow_the_store() -> None:
    out: dict[str, list[dict]] = {}
    parquet_rows(_doc(), "r1", out)
    assert set(out) == {"articles", "blocks", "entities", "mentions", "places"}
    for table, items in out.items():
        assert list(PARQUET[table])[0] == "article_id"
        assert all(set(r) <= set(PARQUET[table]) | {"published"} for r in items), table
        assert all(r["published"] == "2024-01-05" for r in items)
    # every store column is loaded from the Parquet tables: by name, or the kind of a record table
    for kind in (*RECORD_TABLES, "records"):
        assert load_select("records", kind).split(", ")[1] == ("kind" if kind == "records" else f"'{kind}'")
    assert load_select("articles", "articles").startswith("article_id, title")
    for table in ("blocks", "entities", "mentions"):
        assert load_select(table, table).split(", ") == list(TABLES[table].names)


def test_one_serialised_form() -> None:
    doc = _doc()
    plain = document_to_dict(doc)
    assert set(plain) == {"id", "meta", "text", "blocks", "records"} and "nlp" not in plain["records"]
    wire = json.loads(json.dumps(document_to_dict(doc, wire=True), default=str))
    back = document_from_dict(wire)
    assert back.text == doc.text and back.id == doc.id and back.meta == json.loads(json.dumps(doc.meta, default=str))
    assert back.blocks == doc.blocks and back.offsets == doc.offsets and back.source_text == doc.source_text
