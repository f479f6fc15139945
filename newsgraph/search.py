"""Full-text search over a store with DuckDB's ``fts`` extension (BM25), offline.

The store stays read-only: the index lives in its own DuckDB file under the cache folder
(``<cache_dir>/search/<hash of the store path>.duckdb``). It holds a copy of each article's
title, source, date and text, small filter tables (entity names, places and countries,
event types) and the fts index. It is rebuilt when the store's fingerprint (article count
and last ingest time) changes. The extension is loaded from the ``duckdb-extension-fts``
wheel (``LOAD '<path>'``), never downloaded.

Query syntax: words are ranked by BM25 (any word may match; articles with more of them rank
higher); ``"a phrase"`` in double quotes must occur verbatim (case-insensitive), and so must
a word with a digit in it (``737``, ``G7``), which the fts tokenizer would drop.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import StoreError

_LOCK = threading.Lock()
_PHRASE = re.compile(r'"([^"]+)"')
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_extension_path() -> str:
    """Path of ``fts.duckdb_extension`` inside the installed ``duckdb-extension-fts`` package."""
    import duckdb
    import duckdb_extension_fts

    base = Path(duckdb_extension_fts.__file__).parent / "extensions"
    exact = base / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if exact.exists():
        return str(exact)
    found = sorted(base.glob("*/fts.duckdb_extension"))
    if not found:
        raise StoreError("the fts extension is missing: install duckdb-extension-fts matching duckdb", code="NG040")
    return str(found[-1])


def _sql_str(value: str) -> str:
    """A single-quoted SQL string literal (for statements that take no parameters)."""
    return "'" + value.replace("'", "''") + "'"


@dataclass
class Filters:
    """Search filters; empty fields do not filter."""

    date_from: str | None = None
    date_to: str | None = None
    entity: str | None = None
    place: str | None = None
    country: str | None = None
    event_type: str | None = None
    source: str | None = None

    def active(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}


@dataclass
class Hit:
    id: str
    title: str | None
    source: str | None
    published: Any
    score: float | None
    #: the snippet as (text, matched) parts: the template escapes each part
    snippet: list[tuple[str, bool]] = field(default_factory=list)


@dataclass
class Results:
    query: str
    filters: dict[str, str]
    total: int
    hits: list[Hit]
    seconds: float
    #: counts of the matching articles by source, event type and year (when asked for)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


_BUILD = """
CREATE TABLE docs AS
    SELECT id, coalesce(title, '') AS title, source, published, text, lower(coalesce(title, '') || chr(10) || text) AS ltext
    FROM st.articles;
CREATE TABLE doc_entities AS
    SELECT DISTINCT article_id, name, label FROM (
        SELECT article_id, name, label FROM st.entities
        UNION ALL SELECT article_id, unnest(aliases) AS name, label FROM st.entities);
CREATE TABLE doc_places AS
    SELECT DISTINCT article_id, data->>'name' AS name, upper(data->>'country') AS country
    FROM st.records WHERE kind = 'places';
CREATE TABLE doc_events AS SELECT DISTINCT article_id, data->>'type' AS type FROM st.records WHERE kind = 'events'
    AND NOT coalesce(TRY_CAST(data->>'negated' AS BOOLEAN), false) AND NOT coalesce(TRY_CAST(data->>'hypothetical' AS BOOLEAN), false)
    AND NOT coalesce(TRY_CAST(data->>'question' AS BOOLEAN), false);
CREATE TABLE meta (key VARCHAR, value VARCHAR);
"""


#: postings sorted by term, so that a query reads only the row groups of its terms
_POSTINGS = """
CREATE TABLE postings AS
    SELECT t.termid, t.docid, count(*)::INTEGER AS tf, any_value(d.name) AS id, any_value(d.len)::INTEGER AS len
    FROM fts_main_docs.terms t JOIN fts_main_docs.docs d USING (docid)
    GROUP BY t.termid, t.docid ORDER BY t.termid, t.docid
"""

#: BM25 (k1 = 1.2, b = 0.75, as the fts extension's match_bm25) over the postings table;
#: the query is tokenized and stemmed by the index's own macros
_BM25 = """
WITH tokens AS (SELECT DISTINCT stem(unnest(fts_main_docs.tokenize(?)), 'porter') AS t),
     qt AS (SELECT termid, df FROM fts_main_docs.dict JOIN tokens ON term = t),
     st AS (SELECT num_docs, avgdl FROM fts_main_docs.stats)
SELECT p.id, sum(log((st.num_docs - qt.df + 0.5) / (qt.df + 0.5) + 1)
                 * p.tf * 2.2 / (p.tf + 1.2 * (0.25 + 0.75 * p.len / st.avgdl))) AS score
FROM postings p JOIN qt USING (termid), st
WHERE p.termid IN (SELECT termid FROM qt)
GROUP BY p.id
"""


class SearchIndex:
    """The search index of one store. Thread-safe: each query runs on its own cursor."""

    def __init__(self, store_path: str | Path, cache_dir: str | Path) -> None:
        self.store_path = str(Path(store_path).resolve()) if str(store_path) != ":memory:" else ":memory:"
        key = hashlib.sha1(self.store_path.encode("utf-8")).hexdigest()[:16]
        self.index_path = Path(cache_dir) / "search" / f"{key}.duckdb"
        self._con: Any = None
        self._fingerprint: str | None = None
        self._seen: tuple[tuple[int, ...], str] | None = None

    # -- building ---------------------------------------------------------------------
    def _stat(self) -> tuple[int, ...]:
        out: list[int] = []
        for p in (self.store_path, self.store_path + ".wal"):
            try:
                st = os.stat(p)
                out += [st.st_mtime_ns, st.st_size]
            except OSError:
                out += [0, 0]
        return tuple(out)

    def store_fingerprint(self) -> str:
        """Article count and last ingest time of the store (read with a short read-only connection,
        only when the store file or its WAL changed on disk since the last look)."""
        import duckdb

        stat = self._stat()
        if self._seen is not None and self._seen[0] == stat:
            return self._seen[1]

        if not Path(self.store_path).exists():
            raise StoreError(f"no store at {self.store_path}; run `newsgraph ingest` first", code="NG040")
        try:
            con = duckdb.connect(self.store_path, read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store: {exc}", code="NG040", location=self.store_path) from None
        try:
            row = con.execute("SELECT count(*), max(ingested_at) FROM articles").fetchone()
        finally:
            con.close()
        fp = f"{row[0] if row else 0}:{row[1] if row else ''}"
        self._seen = (stat, fp)
        return fp

    def _index_fingerprint(self) -> str | None:
        import duckdb

        if not self.index_path.exists():
            return None
        try:
            con = duckdb.connect(str(self.index_path), read_only=True)
            try:
                row = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
            finally:
                con.close()
        except duckdb.Error:
            return None
        return str(row[0]) if row else None

    def build(self, fingerprint: str | None = None) -> None:
        """(Re)build the index file from the store, atomically (a temp file, then rename)."""
        import duckdb

        fingerprint = fingerprint or self.store_fingerprint()
        self.index_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.index_path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.unlink(missing_ok=True)
        con = duckdb.connect(str(tmp))
        try:
            con.execute(f"LOAD {_sql_str(fts_extension_path())}")
            con.execute(f"ATTACH {_sql_str(self.store_path)} AS st (READ_ONLY)")
            con.execute(_BUILD)
            con.execute("INSERT INTO meta VALUES ('fingerprint', ?), ('built_at', ?)", [fingerprint, str(time.time())])
            con.execute("DETACH st")
            con.execute(
                "PRAGMA create_fts_index('docs', 'id', 'title', 'text', stemmer = 'porter', "
                "stopwords = 'english', strip_accents = 1, lower = 1, overwrite = 1)"
            )
            con.execute(_POSTINGS)
            con.execute("CHECKPOINT")
        except duckdb.Error as exc:
            con.close()
            tmp.unlink(missing_ok=True)
            raise StoreError(f"cannot build the search index: {exc}", code="NG040") from None
        con.close()
        os.replace(tmp, self.index_path)

    def ensure(self) -> None:
        """Build the index when missing or stale; (re)open the shared read-only connection."""
        import duckdb

        fp = self.store_fingerprint()
        if self._con is not None and fp == self._fingerprint:
            return
        with _LOCK:
            if self._con is not None and fp == self._fingerprint:
                return
            if self._index_fingerprint() != fp:
                self.build(fp)
            if self._con is not None:
                self._con.close()
            self._con = duckdb.connect(str(self.index_path), read_only=True)
            self._con.execute(f"LOAD {_sql_str(fts_extension_path())}")
            self._fingerprint = fp

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    # -- querying ---------------------------------------------------------------------
    def search(
        self, q: str, filters: Filters | None = None, limit: int = 20, offset: int = 0, refresh: bool = True,
        facets: bool = False,
    ) -> Results:
        """Ranked articles for a query and filters; with an empty query, filtered articles newest first.

        With ``facets``, also counts of all matching articles by source, event type and year."""
        t0 = time.perf_counter()
        if refresh or self._con is None:
            self.ensure()
        filters = filters or Filters()
        phrases = [p.strip() for p in _PHRASE.findall(q) if p.strip()]
        unquoted = _PHRASE.sub(" ", q)
        # the fts tokenizer drops digits: words with a digit ("737", "G7") must occur verbatim instead
        numbers = [w for w in _WORD.findall(unquoted) if any(c.isdigit() for c in w)]
        words = " ".join(w for w in _WORD.findall(q) if not any(c.isdigit() for c in w))
        where, params = self._where(filters, phrases, numbers)
        if words:
            sql_from = f"FROM ({_BM25}) s JOIN docs d USING (id) WHERE 1=1 {where}"
            order = "s.score DESC, d.published DESC NULLS LAST, d.id"
            params = [words, *params]
            score_col = "s.score"
        else:
            sql_from = f"FROM docs d WHERE 1=1 {where}"
            order = "d.published DESC NULLS LAST, d.title, d.id"
            score_col = "NULL"
        cur = self._con.cursor()
        try:
            # the total in a query of its own: a window count over a filtered, limited join made
            # DuckDB 1.5.5 fail now and then ("Attempted to access index 0 within vector of size 0")
            total_row = cur.execute(f"SELECT count(*) {sql_from}", params).fetchone()  # noqa: S608
            rows = cur.execute(
                f"""WITH ranked AS (
                        SELECT d.id, {score_col} AS score {sql_from}
                        ORDER BY {order} LIMIT ? OFFSET ?)
                    SELECT d.id, d.title, d.source, d.published, r.score, d.text
                    FROM ranked r JOIN docs d USING (id) ORDER BY {order.replace("s.score", "r.score")}""",  # noqa: S608
                [*params, limit, offset],
            ).fetchall()
        finally:
            cur.close()
        terms = [w.lower() for w in _WORD.findall(q)]
        hits = [Hit(r[0], r[1], r[2], r[3], r[4], snippet(r[5], terms, phrases)) for r in rows]
        total = int(total_row[0]) if total_row else 0
        counts = self._facets(sql_from, params) if facets and total else {}
        return Results(q, filters.active(), total, hits, time.perf_counter() - t0, counts)

    def _facets(self, sql_from: str, params: list[Any]) -> dict[str, list[tuple[str, int]]]:
        cur = self._con.cursor()
        try:
            cur.execute(f"CREATE OR REPLACE TEMP TABLE matched AS SELECT d.id, d.source, d.published {sql_from}", params)  # noqa: S608
            out = {
                "source": cur.execute("SELECT coalesce(source, ''), count(*) FROM matched GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20").fetchall(),
                "event_type": cur.execute(
                    "SELECT v.type, count(DISTINCT m.id) FROM matched m JOIN doc_events v ON v.article_id = m.id "
                    "WHERE v.type IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20").fetchall(),
                "year": cur.execute(
                    "SELECT CAST(year(published) AS VARCHAR), count(*) FROM matched WHERE published IS NOT NULL "
                    "GROUP BY 1 ORDER BY 1 DESC LIMIT 30").fetchall(),
            }
            cur.execute("DROP TABLE IF EXISTS matched")
        finally:
            cur.close()
        return {k: [(str(a), int(b)) for a, b in v] for k, v in out.items()}

    @staticmethod
    def _where(f: Filters, phrases: list[str], numbers: list[str] | None = None) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        if f.date_from:
            parts.append("d.published >= TRY_CAST(? AS DATE)")
            params.append(f.date_from)
        if f.date_to:
            parts.append("d.published <= TRY_CAST(? AS DATE)")
            params.append(f.date_to)
        if f.source:
            parts.append("d.source ILIKE ?")
            params.append(f.source)
        if f.entity:
            parts.append("EXISTS (SELECT 1 FROM doc_entities e WHERE e.article_id = d.id AND e.name ILIKE ?)")
            params.append(f"%{f.entity}%")
        if f.place:
            parts.append("EXISTS (SELECT 1 FROM doc_places p WHERE p.article_id = d.id AND p.name ILIKE ?)")
            params.append(f"%{f.place}%")
        if f.country:
            parts.append("EXISTS (SELECT 1 FROM doc_places p WHERE p.article_id = d.id AND p.country = upper(?))")
            params.append(f.country)
        if f.event_type:
            parts.append("EXISTS (SELECT 1 FROM doc_events v WHERE v.article_id = d.id AND v.type = ?)")
            params.append(f.event_type)
        for ph in phrases:
            parts.append("contains(d.ltext, ?)")
            params.append(" ".join(ph.lower().split()))
        for w in numbers or []:
            parts.append("regexp_matches(d.ltext, ?)")
            params.append(rf"\b{re.escape(w.lower())}\b")
        return "".join(f" AND {p}" for p in parts), params

    def facets(self) -> dict[str, list[str]]:
        """Values offered in the search form's filters: sources and event types."""
        self.ensure()
        cur = self._con.cursor()
        try:
            sources = [r[0] for r in cur.execute("SELECT DISTINCT source FROM docs WHERE source IS NOT NULL ORDER BY 1").fetchall()]
            types = [r[0] for r in cur.execute("SELECT DISTINCT type FROM doc_events WHERE type IS NOT NULL ORDER BY 1").fetchall()]
        finally:
            cur.close()
        return {"sources": sources, "event_types": types}


_SUFFIX = re.compile(r"(?:ings?|ed|es|s|ly|e)$")


def _stem(term: str) -> str:
    """A crude prefix stem for highlighting ("striking" -> "strik", "harbours" -> "harbour")."""
    stem = _SUFFIX.sub("", term)
    return stem if len(stem) >= 3 else term


def snippet(text: str, terms: list[str], phrases: list[str], width: int = 220) -> list[tuple[str, bool]]:
    """A window of ``text`` around the first matched term, split into (text, matched) parts.

    Phrases match verbatim; words match any word that starts with their crude stem, so
    that the words BM25 matched through the Porter stemmer are marked too.
    """
    alts = [re.escape(p) for p in phrases] + [rf"\b{re.escape(_stem(t))}\w*" for t in terms if len(t) > 1]
    pattern = re.compile("|".join(sorted(alts, key=len, reverse=True)), re.IGNORECASE) if alts else None
    first = pattern.search(text) if pattern else None
    pos = first.start() if first else 0
    start = max(0, pos - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < pos else start
    window = text[start : start + width]
    tail = "…" if start + width < len(text) else ""
    if pattern is None:
        return [(window + tail, False)]
    parts: list[tuple[str, bool]] = [("…", False)] if start else []
    last = 0
    for m in pattern.finditer(window):
        if m.start() > last:
            parts.append((window[last : m.start()], False))
        parts.append((m.group(0), True))
        last = m.end()
    parts.append((window[last:] + tail, False))
    return parts
