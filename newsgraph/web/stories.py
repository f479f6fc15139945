"""A simple story view: the articles related to one article, which of them report the same
story, the first report, and their casualty figures side by side.

Related articles share people, organisations or places (``queries.related``). Same-story
articles come from the corpus pass (``newsgraph corpus``, run at the end of every ingest:
tables ``stories``, ``story_articles``, ``disagreements``, see :mod:`newsgraph.corpus`); in a
store where it has not run, they are those dated within ``STORY_DAYS`` of the article that
share at least three names. Where their casualty figures differ, the spread is
given as low, best and high, as UCDP records disagreeing tolls (best is the median of each
article's largest figure of the category).
"""

from __future__ import annotations

import statistics
from typing import Any

from newsgraph.store import Store, queries

#: articles count as reports of the same story when published this many days apart at most
STORY_DAYS = 7


def low_best_high(values: list[float | None]) -> tuple[float, float, float] | None:
    """UCDP-style low, best (the median) and high of several figures; None without values."""
    vals = sorted(v for v in values if v is not None)
    if not vals:
        return None
    return vals[0], float(statistics.median(vals)), vals[-1]


def same_story(art: dict[str, Any], other: dict[str, Any], min_shared: int = 3) -> bool:
    """Both dated within STORY_DAYS of each other and sharing at least ``min_shared`` names."""
    a, b = art.get("published"), other.get("published")
    return bool(a and b and abs((a - b).days) <= STORY_DAYS and int(other.get("shared") or 0) >= min_shared)


def _stored(st: Store, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]] | None:
    """Rows from the corpus tables; None where the store has none (no corpus pass yet, or a
    store made before migration 004_corpus)."""
    try:
        if not st.query("SELECT 1 FROM stories LIMIT 1"):
            return None
        return st.query(sql, params)
    except Exception:  # noqa: BLE001 - an older store without the corpus tables
        return None


def stored_story_of(st: Store, article_id: str) -> dict[str, Any] | None:
    """The stored story holding one article: ``story_id``, ``articles`` (oldest first, with
    ``copy_of``) and ``disagreements``; None when the article is in no stored story."""
    rows = _stored(
        st,
        """SELECT sa.story_id, sa.article_id AS id, sa.position, sa.copy_of, a.title, a.source, a.published
           FROM story_articles sa JOIN articles a ON a.id = sa.article_id
           WHERE sa.story_id IN (SELECT story_id FROM story_articles WHERE article_id = ?) ORDER BY sa.position""",
        [article_id],
    )
    if not rows:
        return None
    sid = rows[0]["story_id"]
    dis = st.query("SELECT category, low, best, high, articles FROM disagreements WHERE story_id = ? ORDER BY category", [sid])
    return {"story_id": sid, "articles": rows, "disagreements": dis}


def story(st: Store, article_id: str, limit: int = 20) -> dict[str, Any]:
    """The story around one article: ``art``, ``related``, ``same`` (ids), ``first`` (the earliest
    dated report among the article and its same-story articles), ``figures`` by category and
    ``spread`` (low, best, high per category where at least two articles give a figure), and
    ``story`` (the stored story, see :func:`stored_story_of`, or None)."""
    art = st.article(article_id)
    rel = queries.related(st, art["id"], limit)
    stored = stored_story_of(st, art["id"])
    if stored is not None:
        members = {r["id"] for r in stored["articles"]} - {art["id"]}
        known = {r["id"] for r in rel}
        rel += [{**r, "shared": 0, "keys": []} for r in stored["articles"] if r["id"] in members - known]
        same = [r for r in rel if r["id"] in members]
    else:
        same = [r for r in rel if same_story(art, r)]
    figs = queries.figures_of(st, [art["id"], *[r["id"] for r in same]])
    by_cat: dict[str, list[dict[str, Any]]] = {}
    for f in figs:
        by_cat.setdefault(str(f["category"]), []).append(f)
    spread = {}
    for c, fs in by_cat.items():
        per_article: dict[str, float] = {}
        for x in fs:
            if x["value"] is not None:
                per_article[x["article_id"]] = max(per_article.get(x["article_id"], x["value"]), x["value"])
        if len(per_article) >= 2:
            spread[c] = low_best_high(list(per_article.values()))
    dated = [r for r in [{"id": art["id"], "title": art["title"], "source": art["source"], "published": art["published"]}, *same]
             if r.get("published")]
    first = min(dated, key=lambda r: (r["published"], r["id"])) if dated else None
    return {"art": art, "related": rel, "same": [r["id"] for r in same], "first": first, "figures": by_cat, "spread": spread,
            "story": stored}


def same_story_pairs(st: Store, min_shared: int = 3, days: int = STORY_DAYS, max_df: int = 200) -> list[tuple[str, str, int]]:
    """Pairs of articles dated within ``days`` of each other that share at least ``min_shared``
    names (people, organisations, places), with how many they share. Names found in more than
    ``max_df`` articles ("United States") are not counted: they say little about a story and
    would make the pairing quadratic."""
    rows = st.query(
        """WITH keys AS (
               SELECT DISTINCT article_id, lower(name) AS key FROM entities WHERE label IN ('PERSON', 'ORG', 'LOC')
               UNION SELECT DISTINCT article_id, lower(data->>'name') FROM records WHERE kind = 'places'),
           rare AS (SELECT k.article_id, k.key FROM keys k
                    JOIN (SELECT key FROM keys GROUP BY key HAVING count(*) <= ?) USING (key)),
           dated AS (SELECT r.article_id, r.key, a.published FROM rare r JOIN articles a ON a.id = r.article_id
                     WHERE a.published IS NOT NULL)
           SELECT x.article_id AS x, y.article_id AS y, count(*) AS shared
           FROM dated x JOIN dated y ON x.key = y.key AND x.article_id < y.article_id
            AND abs(date_diff('day', x.published, y.published)) <= ?
           GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY 1, 2""",
        [max_df, days, min_shared],
    )
    return [(r["x"], r["y"], int(r["shared"])) for r in rows]


def stored_clusters(st: Store) -> list[dict[str, Any]] | None:
    """The stories of the corpus pass, biggest first, shaped as :func:`clusters` gives them
    (plus ``disagreements``); None where the store has none."""
    rows = _stored(
        st,
        """SELECT sa.story_id, sa.article_id AS id, sa.copy_of, a.title, a.source, a.published
           FROM story_articles sa JOIN articles a ON a.id = sa.article_id ORDER BY sa.story_id, sa.position""",
    )
    if rows is None:
        return None
    dis: dict[str, list[dict[str, Any]]] = {}
    for d in st.query("SELECT story_id, category, low, best, high, articles FROM disagreements ORDER BY category"):
        dis.setdefault(d.pop("story_id"), []).append(d)
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(r.pop("story_id"), []).append(r)
    out = [{"id": m[0]["id"], "story_id": sid, "size": len(m), "first": m[0], "articles": m,
            "sources": sorted({x["source"] or "" for x in m}), "disagreements": dis.get(sid, [])}
           for sid, m in groups.items()]
    return sorted(out, key=lambda c: (-c["size"], str(c["first"]["published"]), c["id"]))


def clusters(st: Store, min_shared: int = 3, days: int = STORY_DAYS) -> list[dict[str, Any]]:
    """Stories: those of the corpus pass (:func:`stored_clusters`) where it has run; else groups
    of two or more articles joined by same-story pairs (single linkage), biggest first, each
    with its articles (oldest first), sources and first report."""
    stored = stored_clusters(st)
    if stored is not None:
        return stored
    parent: dict[str, str] = {}

    def find(a: str) -> str:
        parent.setdefault(a, a)
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for x, y, _ in same_story_pairs(st, min_shared, days):
        parent[find(x)] = find(y)
    groups: dict[str, list[str]] = {}
    for a in list(parent):
        groups.setdefault(find(a), []).append(a)
    if not groups:
        return []
    arts = {r["id"]: r for r in st.query(
        "SELECT id, title, source, published FROM articles WHERE id IN (SELECT unnest(?))", [list(parent)])}
    out = []
    for ids in groups.values():
        members = sorted((arts[i] for i in ids if i in arts), key=lambda r: (r["published"], r["id"]))
        out.append({"id": members[0]["id"], "size": len(members), "first": members[0], "articles": members,
                    "sources": sorted({m["source"] or "" for m in members})})
    return sorted(out, key=lambda c: (-c["size"], str(c["first"]["published"]), c["id"]))
