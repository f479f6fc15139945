"""The store's tables and their columns, defined once.

Everything else is derived from :data:`TABLES`: the ``CREATE TABLE`` statements of the
migrations, the rows a Document adds (:func:`document_rows`, used by the store and by the
batch runner), the runner's Parquet tables (:data:`PARQUET`, :func:`parquet_rows`) and the
``SELECT`` lists that load a runner's output into the store (:func:`load_select`).
The gazetteer and the search index keep tables of their own, in files of their own.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from newsgraph.document import Document
from newsgraph.serialize import document_to_dict


@dataclass(frozen=True)
class Table:
    """A table: its name, its columns as (name, DuckDB type) and its primary key, if any."""

    name: str
    columns: tuple[tuple[str, str], ...]
    key: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c for c, _ in self.columns)

    def ddl(self) -> str:
        cols = ",\n    ".join(f"{c} {t}{' PRIMARY KEY' if c == self.key else ''}" for c, t in self.columns)
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n    {cols}\n);"

    def values(self, row: dict[str, Any]) -> list[Any]:
        """A row dict as a list in column order (missing columns are NULL)."""
        return [row.get(c) for c in self.names]


def _cols(spec: str) -> tuple[tuple[str, str], ...]:
    """``"a VARCHAR, b INTEGER"`` -> ``(("a", "VARCHAR"), ("b", "INTEGER"))``."""
    out = []
    for part in spec.split(","):
        name, typ = part.split(maxsplit=1)
        out.append((name, typ))
    return tuple(out)


_SPAN = "start_char INTEGER, end_char INTEGER"

RUNS = Table("runs", _cols(
    "run_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, command VARCHAR, config JSON, versions JSON, "
    "components VARCHAR[], stored INTEGER DEFAULT 0, unchanged INTEGER DEFAULT 0, failed INTEGER DEFAULT 0"
), key="run_id")
ARTICLES = Table("articles", _cols(
    "id VARCHAR, title VARCHAR, author VARCHAR, author_role VARCHAR, published DATE, source VARCHAR, url VARCHAR, "
    "location VARCHAR, format VARCHAR, text VARCHAR, source_text VARCHAR, offset_runs JSON, meta JSON, "
    "run_id VARCHAR, ingested_at TIMESTAMP"
), key="id")
BLOCKS = Table("blocks", _cols(f"article_id VARCHAR, idx INTEGER, kind VARCHAR, {_SPAN}"))
ENTITIES = Table("entities", _cols(
    f"article_id VARCHAR, entity_id VARCHAR, label VARCHAR, name VARCHAR, aliases VARCHAR[], alias_source VARCHAR, "
    f"mention_count INTEGER, {_SPAN}, component VARCHAR"
))
MENTIONS = Table("mentions", _cols(
    f"article_id VARCHAR, record_id VARCHAR, entity_id VARCHAR, label VARCHAR, fine_label VARCHAR, block VARCHAR, "
    f"{_SPAN}, text VARCHAR, component VARCHAR"
))
#: every other record kind: its fields as JSON in ``data``
RECORDS = Table("records", _cols(
    f"article_id VARCHAR, kind VARCHAR, record_id VARCHAR, {_SPAN}, text VARCHAR, component VARCHAR, data JSON"
))
FAILURES = Table("failures", _cols(
    "run_id VARCHAR, failed_at TIMESTAMP, location VARCHAR, code VARCHAR, component VARCHAR, reason VARCHAR"
))
# the corpus layer's tables (newsgraph.corpus writes them)
COPIES = Table("copies", _cols(
    "article_id VARCHAR, original_id VARCHAR, kind VARCHAR, jaccard DOUBLE, containment DOUBLE"
))
STORIES = Table("stories", _cols(
    "story_id VARCHAR, first_article_id VARCHAR, title VARCHAR, size INTEGER, sources VARCHAR[], "
    "first_published DATE, last_published DATE, built_at TIMESTAMP"
))
STORY_ARTICLES = Table("story_articles", _cols(
    "story_id VARCHAR, article_id VARCHAR, position INTEGER, published DATE, source VARCHAR, copy_of VARCHAR"
))
DISAGREEMENTS = Table("disagreements", _cols(
    "story_id VARCHAR, category VARCHAR, low DOUBLE, best DOUBLE, high DOUBLE, articles INTEGER, figures JSON"
))

# newsgraph watch: each feed's conditional-request state, and every item taken from a feed
WATCH_FEEDS = Table("watch_feeds", _cols(
    "feed_url VARCHAR, etag VARCHAR, last_modified VARCHAR, polled_at TIMESTAMP, status VARCHAR, "
    "polls INTEGER DEFAULT 0, items INTEGER DEFAULT 0"
), key="feed_url")
WATCH_ITEMS = Table("watch_items", _cols(
    "item_key VARCHAR, feed_url VARCHAR, url VARCHAR, article_id VARCHAR, text_from VARCHAR, status VARCHAR, "
    "seen_at TIMESTAMP"
), key="item_key")

TABLES: dict[str, Table] = {t.name: t for t in (
    RUNS, ARTICLES, BLOCKS, ENTITIES, MENTIONS, RECORDS, FAILURES, COPIES, STORIES, STORY_ARTICLES, DISAGREEMENTS,
    WATCH_FEEDS, WATCH_ITEMS,
)}
#: the tables one article's rows go to, in insert order
ARTICLE_TABLES = ("articles", "blocks", "entities", "mentions", "records")
#: record kinds kept in their own tables: entities and mentions; nlp is never stored
OWN_TABLES = ("nlp", "entities", "mentions")


def ddl(*names: str) -> str:
    """The ``CREATE TABLE IF NOT EXISTS`` statements of these tables."""
    return "\n".join(TABLES[n].ddl() for n in names)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_date(value: Any) -> dt.date | None:
    """A date from an ISO string (its first 10 characters), or None when missing or invalid."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


Rows = dict[str, list[dict[str, Any]]]


def document_rows(doc: Document, run_id: str, ingested_at: dt.datetime | None = None) -> Rows:
    """The rows one processed Document adds to each store table (column name -> value),
    built from its one serialised form (:func:`newsgraph.serialize.document_to_dict`)."""
    d = document_to_dict(doc, wire=True)
    m, aid = d["meta"], d["id"]
    meta = {k: v for k, v in m.items() if k != "paragraphs"}
    out: Rows = {t: [] for t in ARTICLE_TABLES}
    out["articles"].append({
        "id": aid, "title": m.get("title"), "author": m.get("author"), "author_role": m.get("author_role"),
        "published": to_date(m.get("published")), "source": m.get("source"), "url": m.get("url"),
        "location": m.get("location"), "format": m.get("format"), "text": d["text"], "source_text": d["source_text"],
        "offset_runs": json.dumps(d["offsets"]), "meta": json.dumps(meta, default=str), "run_id": run_id,
        "ingested_at": ingested_at or now(),
    })
    out["blocks"] = [
        {"article_id": aid, "idx": i, "kind": b["kind"], "start_char": b["start"], "end_char": b["end"]}
        for i, b in enumerate(d["blocks"])
    ]
    for kind, recs in d["records"].items():
        for r in recs:
            row = {"article_id": aid, "start_char": r["start"], "end_char": r["end"], "component": r["component"]}
            if kind == "entities":
                row.update(entity_id=r["id"], label=r.get("label"), name=r.get("name"),
                           aliases=list(r.get("aliases") or ()), alias_source=r.get("alias_source"),
                           mention_count=r.get("mention_count"))
                out["entities"].append(row)
            elif kind == "mentions":
                row.update(record_id=r["id"], entity_id=r.get("entity_id"), label=r.get("label"),
                           fine_label=r.get("fine_label"), block=r.get("block"), text=r["text"])
                out["mentions"].append(row)
            else:
                row.update(kind=kind, record_id=r["id"], text=r["text"], data=json.dumps(r, default=str))
                out["records"].append(row)
    return out


# -- the batch runner's Parquet tables --------------------------------------------------------

#: record kinds with a Parquet table of their own; every other kind goes to ``records`` (with ``kind``)
RECORD_TABLES = ("places", "dates", "quotes", "figures", "events")


def _parquet(table: Table, drop: tuple[str, ...] = ()) -> dict[str, str]:
    cols = {("article_id" if c == "id" else c): t.split(" DEFAULT")[0] for c, t in table.columns if c not in drop}
    return {"article_id": "VARCHAR", **cols}


#: Parquet table -> column -> DuckDB type. Every table leads with ``article_id``; ``published``
#: (the partition key, DATE) is added to each by the writer, so it is no column of ``articles``.
PARQUET: dict[str, dict[str, str]] = {
    "articles": _parquet(ARTICLES, drop=("published",)),
    "blocks": _parquet(BLOCKS),
    "entities": _parquet(ENTITIES),
    "mentions": _parquet(MENTIONS),
    **{kind: _parquet(RECORDS, drop=("kind",)) for kind in RECORD_TABLES},
    "records": {**_parquet(RECORDS, drop=("kind",)), "kind": "VARCHAR"},
    "failures": _parquet(FAILURES),
}


def iso_date(value: Any) -> str | None:
    """The partition key: an ISO date, or None when the value is missing or invalid."""
    day = to_date(value)
    return day.isoformat() if day else None


def parquet_rows(doc: Document, run_id: str, out: Rows) -> None:
    """Append one processed Document's rows to ``out`` (Parquet table -> rows, JSON-ready)."""
    pub = iso_date(doc.meta.get("published"))
    for table, rows in document_rows(doc, run_id).items():
        for row in rows:
            if table == "articles":
                row["article_id"] = row.pop("id")
                row["ingested_at"] = row["ingested_at"].isoformat(sep=" ")
            name = table
            if table == "records" and row["kind"] in RECORD_TABLES:
                name = row.pop("kind")
            row["published"] = pub
            out.setdefault(name, []).append(row)


def load_select(table: str, parquet_table: str) -> str:
    """The ``SELECT`` list that reads ``parquet_table``'s rows as rows of store ``table``
    (``run_id`` is the first parameter: a run id to stamp, or '' to keep the output's)."""
    cols = []
    for c in TABLES[table].names:
        if c == "id":
            cols.append("article_id")
        elif c == "kind" and table == "records" and parquet_table != "records":
            cols.append(f"'{parquet_table}'")
        elif c == "run_id" and table == "articles":
            cols.append("coalesce(nullif(?, ''), run_id)")
        else:
            cols.append(c)
    return ", ".join(cols)
