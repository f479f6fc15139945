"""Read-only corpus queries for the web UI, the JSON API and exports.

Every function takes an open :class:`~newsgraph.store.Store` (usually read-only) and runs
parameterized SQL against its tables and record views. Kinds that have no records yet
simply return empty lists.
"""

from __future__ import annotations

import json
from typing import Any

from newsgraph.store import Store

#: an ISO calendar date at the start of a TIMEX3 value (``2024-01-05``, ``2024-01-05T10:00``)
ISO_DAY = r"^\d{4}-\d{2}-\d{2}"

#: the day an event happened: its resolved date record, its own date, else the article's date
EVENT_DAY = f"""
    coalesce(
        CASE WHEN regexp_matches(d.data->>'value', '{ISO_DAY}') THEN CAST(substr(d.data->>'value', 1, 10) AS DATE) END,
        CASE WHEN regexp_matches(e.data->>'date', '{ISO_DAY}') THEN TRY_CAST(substr(e.data->>'date', 1, 10) AS DATE) END,
        a.published)
"""

EVENT_FROM = """
    FROM records e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN records d ON d.article_id = e.article_id AND d.kind = 'dates' AND d.record_id = (e.data->>'date_id')
    LEFT JOIN records p ON p.article_id = e.article_id AND p.kind = 'places' AND p.record_id = (e.data->>'place_id')
    WHERE e.kind = 'events'
"""


#: the mentions of one event share its ``event_id`` (a record stored before event ids is its own event)
EVENT_KEY = "coalesce({t}.data->>'event_id', {t}.record_id)"
#: a mention counts unless the article says it did not happen, might happen or asks whether it did
EVENT_ASSERTED = """
    AND NOT coalesce(TRY_CAST({t}.data->>'negated' AS BOOLEAN), false)
    AND NOT coalesce(TRY_CAST({t}.data->>'hypothetical' AS BOOLEAN), false)
    AND NOT coalesce(TRY_CAST({t}.data->>'question' AS BOOLEAN), false)
"""
#: after ``WHERE e.kind = 'events'``: one row per event (its first counted mention), none for a
#: negated, hypothetical or questioned one
EVENT_COUNTED = EVENT_ASSERTED.format(t="e") + f"""
    AND NOT EXISTS (
        SELECT 1 FROM records o WHERE o.kind = 'events' AND o.article_id = e.article_id
          AND {EVENT_KEY.format(t="o")} = {EVENT_KEY.format(t="e")}
          AND (o.start_char < e.start_char OR (o.start_char = e.start_char AND o.record_id < e.record_id))
          {EVENT_ASSERTED.format(t="o")})
"""
#: the counted mentions of the event of row ``e``, in text order
EVENT_MENTIONS = f"""
    (SELECT list({{'record_id': o.record_id, 'start': o.start_char, 'end': o.end_char, 'text': o.text,
                   'confidence': TRY_CAST(o.data->>'confidence' AS DOUBLE)}} ORDER BY o.start_char, o.record_id)
     FROM records o WHERE o.kind = 'events' AND o.article_id = e.article_id
       AND {EVENT_KEY.format(t="o")} = {EVENT_KEY.format(t="e")} {EVENT_ASSERTED.format(t="o")})
"""


def stats(st: Store) -> dict[str, Any]:
    """Counts of every table and record kind, sources and the date span of the corpus."""
    counts = st.counts()
    span = st.query("SELECT min(published) AS first, max(published) AS last FROM articles")[0]
    sources = st.query(
        "SELECT coalesce(source, '') AS source, count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC, source"
    )
    return {"counts": counts, "first": span["first"], "last": span["last"], "sources": sources}


def list_articles(
    st: Store, limit: int = 50, offset: int = 0, source: str | None = None, ids: list[str] | None = None
) -> list[dict[str, Any]]:
    """Articles newest first, with their record counts."""
    where: list[str] = ["1=1"]
    params: list[Any] = []
    if source:
        where.append("a.source = ?")
        params.append(source)
    if ids is not None:
        where.append("a.id IN (SELECT unnest(?))")
        params.append(ids)
    sql = f"""
        SELECT a.id, a.title, a.author, a.published, a.source, a.url, length(a.text) AS chars,
               (SELECT count(*) FROM entities x WHERE x.article_id = a.id) AS entities,
               (SELECT count(*) FROM records e WHERE e.article_id = a.id AND e.kind = 'events' {EVENT_COUNTED}) AS events
        FROM articles a WHERE {" AND ".join(where)}
        ORDER BY a.published DESC NULLS LAST, a.title LIMIT ? OFFSET ?
    """  # noqa: S608 - the WHERE clause is built from fixed strings only
    return st.query(sql, [*params, limit, offset])


def count_articles(st: Store, source: str | None = None) -> int:
    """How many articles the store holds (from one source when given)."""
    if source:
        return int(st.query("SELECT count(*) AS n FROM articles WHERE source = ?", [source])[0]["n"])
    return int(st.query("SELECT count(*) AS n FROM articles")[0]["n"])


def records_of(st: Store, kind: str, article_id: str | None = None, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """Records of one kind as dicts of their fields, with the article id, title and date."""
    params: list[Any] = [kind]
    extra = ""
    if article_id:
        extra = "AND r.article_id = ?"
        params.append(article_id)
    rows = st.query(
        f"""SELECT r.article_id, a.title, a.published, a.source, r.data FROM records r JOIN articles a ON a.id = r.article_id
            WHERE r.kind = ? {extra} ORDER BY a.published DESC NULLS LAST, r.article_id, r.start_char LIMIT ? OFFSET ?""",  # noqa: S608
        [*params, limit, offset],
    )
    out = []
    for r in rows:
        data = json.loads(r.pop("data"))
        out.append({**r, **data})
    return out


def events(
    st: Store, type: str | None = None, article_id: str | None = None, limit: int = 200, offset: int = 0
) -> list[dict[str, Any]]:
    """Events (one row per event, not per mention; none negated, hypothetical or questioned) with
    their day, coordinates (from the linked place), article and ``mentions`` (each mention's
    record id, span, text and confidence)."""
    where, params = [], []
    if type:
        where.append("AND (e.data->>'type') = ?")
        params.append(type)
    if article_id:
        where.append("AND e.article_id = ?")
        params.append(article_id)
    rows = st.query(
        f"""SELECT e.article_id, a.title, a.source, {EVENT_DAY} AS day,
                   TRY_CAST(p.data->>'lat' AS DOUBLE) AS lat, TRY_CAST(p.data->>'lon' AS DOUBLE) AS lon,
                   p.data->>'country' AS country, e.data, {EVENT_MENTIONS} AS mentions
            {EVENT_FROM} {EVENT_COUNTED} {" ".join(where)}
            ORDER BY day DESC NULLS LAST, e.article_id, e.start_char LIMIT ? OFFSET ?""",  # noqa: S608
        [*params, limit, offset],
    )
    out = []
    for r in rows:
        data = json.loads(r.pop("data"))
        out.append({**data, **r})
    return out


def event_types(st: Store) -> list[dict[str, Any]]:
    """Events per PLOVER type (events, not mentions; only those reported as having happened)."""
    return st.query(
        f"SELECT e.data->>'type' AS type, count(*) AS n FROM records e WHERE e.kind = 'events' {EVENT_COUNTED} GROUP BY 1 ORDER BY n DESC, type"  # noqa: S608
    )


def timeline(st: Store) -> list[dict[str, Any]]:
    """Events (not mentions) per day and type: rows of ``day``, ``type``, ``n``."""
    return st.query(
        f"""SELECT {EVENT_DAY} AS day, e.data->>'type' AS type, count(*) AS n {EVENT_FROM} {EVENT_COUNTED}
            GROUP BY 1, 2 HAVING day IS NOT NULL ORDER BY day, type"""  # noqa: S608
    )


def entities(st: Store, label: str | None = None, q: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Entities across the corpus by canonical name: articles naming them and mentions."""
    where, params = ["1=1"], []
    if label:
        where.append("label = ?")
        params.append(label)
    if q:
        where.append("name ILIKE ?")
        params.append(f"%{q}%")
    return st.query(
        f"""SELECT name, label, count(DISTINCT article_id) AS articles, sum(mention_count) AS mentions
            FROM entities WHERE {" AND ".join(where)} GROUP BY name, label
            ORDER BY articles DESC, mentions DESC, name LIMIT ?""",  # noqa: S608
        [*params, limit],
    )


def places(st: Store, limit: int = 500) -> list[dict[str, Any]]:
    """Resolved places across the corpus, grouped by name and coordinates."""
    return st.query(
        """SELECT data->>'name' AS name, data->>'country' AS country,
                  round(TRY_CAST(data->>'lat' AS DOUBLE), 4) AS lat, round(TRY_CAST(data->>'lon' AS DOUBLE), 4) AS lon,
                  count(*) AS mentions, count(DISTINCT article_id) AS articles
           FROM records WHERE kind = 'places' GROUP BY 1, 2, 3, 4
           ORDER BY articles DESC, mentions DESC, name LIMIT ?""",
        [limit],
    )


def event_points(st: Store, limit: int = 2000) -> list[dict[str, Any]]:
    """Events (not mentions) that have coordinates, grouped by place and type."""
    return st.query(
        f"""SELECT coalesce(p.data->>'name', e.data->>'place') AS place, e.data->>'type' AS type,
                   round(TRY_CAST(p.data->>'lat' AS DOUBLE), 4) AS lat, round(TRY_CAST(p.data->>'lon' AS DOUBLE), 4) AS lon,
                   count(*) AS n
            {EVENT_FROM} {EVENT_COUNTED} AND p.record_id IS NOT NULL
            GROUP BY 1, 2, 3, 4 HAVING lat IS NOT NULL AND lon IS NOT NULL ORDER BY n DESC LIMIT ?""",  # noqa: S608
        [limit],
    )


def network(st: Store, limit: int = 200, named: bool = False, min_speaker: float = 0.0) -> dict[str, list[dict[str, Any]]]:
    """Who acts on whom (event actor to target, once per event), who quotes whom (source to speaker) and
    who talks about whom (speaker to the entities named inside the quote).

    A quote whose speaker confidence is below ``min_speaker`` (the ``quote_speaker_threshold``
    setting), or that names nobody, counts as quoting "unattributed" and speaks about no one.

    Actors, targets and speakers linked to an entity are named by its canonical name, so that
    "US" and "United States" in one article meet in one node; ``named`` keeps only events
    whose actor and target are both linked to entities.
    """
    only = "AND coalesce(e.data->>'actor_entity_id', '') <> '' AND coalesce(e.data->>'target_entity_id', '') <> ''" if named else ""
    acts = st.query(
        f"""SELECT coalesce(ea.name, e.data->>'actor') AS source, coalesce(et.name, e.data->>'target') AS target,
                   e.data->>'type' AS type, count(*) AS n
            FROM records e
            LEFT JOIN entities ea ON ea.article_id = e.article_id AND ea.entity_id = (e.data->>'actor_entity_id')
            LEFT JOIN entities et ON et.article_id = e.article_id AND et.entity_id = (e.data->>'target_entity_id')
            WHERE e.kind = 'events' {EVENT_COUNTED} AND coalesce(e.data->>'actor', '') <> '' AND coalesce(e.data->>'target', '') <> '' {only}
            GROUP BY 1, 2, 3 ORDER BY n DESC, source, target LIMIT ?""",  # noqa: S608 - fixed fragments
        [limit],
    )
    sure = "(coalesce(q.data->>'speaker', '') <> '' AND coalesce(TRY_CAST(q.data->>'speaker_confidence' AS DOUBLE), 1.0) >= ?)"
    quotes = st.query(
        f"""SELECT coalesce(a.source, '(unknown source)') AS source,
                   CASE WHEN {sure} THEN coalesce(es.name, q.data->>'speaker') ELSE 'unattributed' END AS target, count(*) AS n
           FROM records q JOIN articles a ON a.id = q.article_id
           LEFT JOIN entities es ON es.article_id = q.article_id AND es.entity_id = (q.data->>'speaker_entity_id')
           WHERE q.kind = 'quotes'
           GROUP BY 1, 2 ORDER BY n DESC, source, target LIMIT ?""",  # noqa: S608 - fixed fragments
        [min_speaker, limit],
    )
    about = st.query(
        f"""SELECT coalesce(es.name, q.data->>'speaker') AS source, coalesce(en.name, m.text) AS target, count(*) AS n
           FROM records q
           LEFT JOIN entities es ON es.article_id = q.article_id AND es.entity_id = (q.data->>'speaker_entity_id')
           JOIN mentions m ON m.article_id = q.article_id AND m.start_char >= q.start_char AND m.end_char <= q.end_char
           LEFT JOIN entities en ON en.article_id = m.article_id AND en.entity_id = m.entity_id
           WHERE q.kind = 'quotes' AND {sure}
             AND coalesce(en.name, m.text) <> coalesce(es.name, q.data->>'speaker')
           GROUP BY 1, 2 ORDER BY n DESC, source, target LIMIT ?""",  # noqa: S608 - fixed fragments
        [min_speaker, limit],
    )
    return {"acts_on": acts, "quotes": quotes, "speaks_about": about}


def related(st: Store, article_id: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles sharing named people, organisations and places with one article, by overlap."""
    return st.query(
        """WITH mine AS (
               SELECT DISTINCT lower(name) AS key FROM entities WHERE article_id = ? AND label IN ('PERSON', 'ORG', 'LOC')
               UNION SELECT DISTINCT lower(data->>'name') FROM records WHERE article_id = ? AND kind = 'places'),
           theirs AS (
               SELECT DISTINCT article_id, lower(name) AS key FROM entities WHERE label IN ('PERSON', 'ORG', 'LOC')
               UNION SELECT DISTINCT article_id, lower(data->>'name') FROM records WHERE kind = 'places')
           SELECT t.article_id AS id, a.title, a.source, a.published, count(*) AS shared, list(t.key ORDER BY t.key) AS keys
           FROM theirs t JOIN mine USING (key) JOIN articles a ON a.id = t.article_id
           WHERE t.article_id <> ? GROUP BY 1, 2, 3, 4 ORDER BY shared DESC, a.published, a.title LIMIT ?""",
        [article_id, article_id, article_id, limit],
    )


def figures_of(st: Store, ids: list[str], categories: tuple[str, ...] = ("KILL", "WOUND")) -> list[dict[str, Any]]:
    """Casualty-like figures of several articles, for side-by-side comparison."""
    if not ids:
        return []
    rows = st.query(
        """SELECT r.article_id, a.source, a.published, r.text, TRY_CAST(r.data->>'value' AS DOUBLE) AS value,
                  r.data->>'category' AS category, r.data->>'qualifier' AS qualifier, r.data->>'counted' AS counted
           FROM records r JOIN articles a ON a.id = r.article_id
           WHERE r.kind = 'figures' AND r.article_id IN (SELECT unnest(?)) AND (r.data->>'category') IN (SELECT unnest(?))
           ORDER BY category, a.published, r.article_id, r.start_char""",
        [ids, list(categories)],
    )
    return rows
