"""The store: migrations, idempotent ingest, whole-article transactions, failures."""

from __future__ import annotations

import pytest

from newsgraph.config import Settings
from newsgraph.errors import StoreError
from newsgraph.records.entities import Entity, Mention
from newsgraph.store import Store
from tests.conftest import make_doc


def _doc(text: str):
    d = make_doc(text)
    ent = Entity(start=0, end=4, text=text[:4], component="t@1", label="LOC", name=text[:4])
    d.add("entities", [ent])
    d.add("mentions", [Mention(start=0, end=4, text=text[:4], component="t@1", label="LOC", fine_label="GPE", entity_id=ent.id)])
    return d


def test_migrations_recorded(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        assert st.migrations()[0] == "001_init"
        assert st.migrate() == []  # nothing left to apply


def test_write_is_idempotent(tmp_path):
    d = _doc("Iraq held talks on Monday.")
    with Store(tmp_path / "s.duckdb") as st:
        assert st.write_batch([d]) == 1
        assert st.write_batch([d]) == 0
        assert st.counts()["articles"] == 1
        art = st.article(d.id)
        assert art["mentions"][0]["text"] == "Iraq"
        assert art["published"].isoformat() == "2024-01-06"


def test_failed_batch_leaves_nothing(tmp_path):
    good = _doc("Syria and Iraq signed a deal.")
    bad = _doc("Kabul saw protests today.")
    bad.records["figures"] = [object()]  # not a record: the write fails midway
    with Store(tmp_path / "s.duckdb") as st:
        st.write_batch([_doc("Earlier article stays stored.")])
        with pytest.raises(StoreError) as err:
            st.write_batch([good, bad])
        assert err.value.code == "NG041"
        assert st.counts()["articles"] == 1  # the earlier article, and neither of the failed batch


def test_read_only_missing_store(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_failures_and_runs(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        run = st.start_run("test", Settings().as_dict(), ["x"])
        st.record_failure(run, "a.txt", "NG001", "input is empty")
        st.finish_run(run, 0, 0, 1)
        assert st.failures()[0]["code"] == "NG001"
        assert st.runs()[0]["failed"] == 1
