"""A simple story view: the articles related to one article, which of them report the same
story, the first report, and their casualty figures side by side.

Related articles share people, organisations or places (``queries.related``). Same-story
articles are those dated within ``STORY_DAYS`` of the article that share at least three names;
a stand-in until a story clusterer lands. Where their casualty figures differ, the spread is
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


def story(st: Store, article_id: str, limit: int = 20) -> dict[str, Any]:
    """The story around one article: ``art``, ``related``, ``same`` (ids), ``first`` (the earliest
    dated report among the article and its same-story articles), ``figures`` by category and
    ``spread`` (low, best, high per category where at least two articles give a figure)."""
    art = st.article(article_id)
    rel = queries.related(st, art["id"], limit)
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
    return {"art": art, "related": rel, "same": [r["id"] for r in same], "first": first, "figures": by_cat, "spread": spread}


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


def clusters(st: Store, min_shared: int = 3, days: int = STORY_DAYS) -> list[dict[str, Any]]:
    """Stories: groups of two or more articles joined by same-story pairs (single linkage),
    biggest first, each with its articles (oldest first), sources and first report."""
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
