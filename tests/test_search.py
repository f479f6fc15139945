"""Full-text search: the index in the cache folder, BM25 ranking, phrases, filters, rebuilds."""

from __future__ import annotations

import os

import pytest

from tests.conftest import make_doc
from tests.test_web import handmade_doc, script_doc


def doc(text, published, source, title):
    d = make_doc(text, published=published)
    d.meta["title"] = title
    d.meta["source"] = source
    return d


@pytest.fixture()
def store(tmp_path):
    from newsgraph.store import Store

    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        st.write_batch([
            handmade_doc(), script_doc(),
            doc("Harbour workers strike in Rotterdam over pay.\n\nThe harbour strike closed the port.", "2023-05-01", "Port News", "Harbour strike"),
            doc("A volcano erupted near the village; no harbour was damaged.", "2023-06-01", "Geo Daily", "Volcano erupts"),
        ])
    return path


@pytest.fixture()
def index(store, tmp_path):
    from newsgraph.search import SearchIndex

    ix = SearchIndex(store, tmp_path / "cache")
    yield ix
    ix.close()


def test_index_lives_in_cache_and_store_is_untouched(store, index, tmp_path):
    before = os.stat(store).st_mtime_ns
    res = index.search("harbour")
    assert res.total == 2
    assert index.index_path.parent == tmp_path / "cache" / "search" and index.index_path.exists()
    assert os.stat(store).st_mtime_ns == before


def test_ranking_stemming_and_snippet(index):
    res = index.search("striking harbours")
    assert [h.title for h in res.hits][:1] == ["Harbour strike"]
    assert any(m for _, m in res.hits[0].snippet)
    assert "".join(t for t, _ in res.hits[0].snippet).strip()


def test_phrase_must_match(index):
    assert [h.title for h in index.search('"harbour strike"').hits] == ["Harbour strike"]
    assert index.search('"strike harbour"').total == 0


def test_numbers_must_occur(index):
    assert [h.title for h in index.search("12 killed").hits] == ["Storm hits Springfield"]
    assert index.search("13 killed").total == 0
    assert index.search("2").total == 0  # whole words only: "12" does not hold the word "2"
    assert [h.title for h in index.search("12").hits] == ["Storm hits Springfield"]


def test_filters(index):
    from newsgraph.search import Filters

    assert [h.title for h in index.search("harbour", Filters(source="geo daily")).hits] == ["Volcano erupts"]
    assert [h.title for h in index.search("harbour", Filters(date_from="2023-05-15")).hits] == ["Volcano erupts"]
    assert [h.title for h in index.search("", Filters(date_to="2023-05-01")).hits] == ["Harbour strike"]
    assert [h.title for h in index.search("", Filters(entity="quill")).hits] == ["Storm hits Springfield"]
    assert [h.title for h in index.search("", Filters(country="US")).hits] == ["Storm hits Springfield"]
    assert [h.title for h in index.search("", Filters(place="springfield", event_type="ASSAULT")).hits] == ["Storm hits Springfield"]
    assert index.search("", Filters(event_type="PROTEST")).total == 0


def test_entity_filter_matches_aliases(tmp_path):
    from newsgraph.records import Entity
    from newsgraph.search import Filters, SearchIndex
    from newsgraph.store import Store

    d = doc("The Organisation of Wool Exporters met; OWE said prices rose.", "2024-01-02", "Wool News", "Wool")
    d.add("entities", [Entity(start=4, end=32, text="Organisation of Wool Exporters", component="t@1", label="ORG",
                              name="Organisation of Wool Exporters", aliases=("OWE",))])
    with Store(tmp_path / "a.duckdb") as st:
        st.write_batch([d])
    ix = SearchIndex(tmp_path / "a.duckdb", tmp_path / "cache")
    assert [h.title for h in ix.search("", Filters(entity="owe")).hits] == ["Wool"]
    ix.close()


def test_empty_query_lists_newest_first(index):
    res = index.search("", limit=2)
    assert res.total == 4 and [str(h.published) for h in res.hits] == ["2024-03-06", "2024-03-05"]


def test_rebuilds_when_the_store_changes(store, index):
    from newsgraph.store import Store

    assert index.search("glacier").total == 0
    with Store(store) as st:
        st.write_batch([doc("The glacier retreated again this year.", "2024-01-01", "Geo Daily", "Glacier")])
    assert [h.title for h in index.search("glacier").hits] == ["Glacier"]


def test_hostile_input_is_data(index):
    from newsgraph.search import Filters

    for q in ("'; DROP TABLE docs; --", '"unclosed', "%", "_", "\\", "ü ß 東京"):
        index.search(q, Filters(entity=q, source=q, place=q, country=q, event_type=q, date_from=q))
    assert index.search("harbour").total == 2


def test_snippet_marks_terms():
    from newsgraph.search import snippet

    parts = snippet("x " * 200 + "the Harbour closed", ["harbour"], [])
    assert ("Harbour", True) in parts and parts[0] == ("…", False)
    assert snippet("short text", [], []) == [("short text", False)]


def test_facets(index):
    res = index.search("harbour", facets=True)
    assert dict(res.facets["source"]) == {"Port News": 1, "Geo Daily": 1}
    assert dict(res.facets["year"]) == {"2023": 2}
    assert dict(index.search("killed", facets=True).facets["event_type"]) == {"ASSAULT": 1}
    assert index.search("harbour").facets == {}
