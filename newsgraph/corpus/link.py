"""The corpus pass over a whole store: read every article's body and records, find copies
(:mod:`.copies`) and stories (:mod:`.stories`), and replace the ``copies``, ``stories``,
``story_articles`` and ``disagreements`` tables in one transaction.

It recomputes everything each time (about a second per thousand articles): copy originals
and story membership can change when an older article arrives later, so an incremental
update would have to revisit the same neighbourhoods anyway.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from newsgraph.corpus.copies import DAYS as COPY_DAYS
from newsgraph.corpus.copies import CopyLink, CopyText, find_copies
from newsgraph.corpus.shingles import body_text
from newsgraph.corpus.stories import DAYS as STORY_DAYS
from newsgraph.corpus.stories import Story, StoryArticle, cluster
from newsgraph.store import Store

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: entity labels that name who or where a story is about
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT")


@dataclass
class LinkSummary:
    """What one corpus pass found."""

    articles: int
    copies: int
    embeds: int
    stories: int
    disagreements: int

    def describe(self) -> str:
        return (f"corpus: {self.articles} articles, {self.copies} copies, {self.embeds} embedded stories, "
                f"{self.stories} stories, {self.disagreements} disagreements")


def _rows(st: Store, sql: str) -> list[tuple[Any, ...]]:
    return list(st.con.execute(sql).fetchall())


def load(st: Store) -> tuple[list[CopyText], list[StoryArticle]]:
    """Every article of the store as a CopyText and a StoryArticle, in ingest order."""
    arts = _rows(st, "SELECT id, published, source, title, text FROM articles ORDER BY ingested_at, id")
    blocks: dict[str, list[tuple[str, int, int]]] = {}
    for aid, kind, s, e in _rows(st, "SELECT article_id, kind, start_char, end_char FROM blocks ORDER BY article_id, idx"):
        blocks.setdefault(aid, []).append((kind, s, e))
    names: dict[str, set[str]] = {}
    labels = ", ".join(f"'{x}'" for x in NAME_LABELS)
    for aid, name in _rows(st, f"SELECT DISTINCT article_id, lower(name) FROM entities WHERE label IN ({labels}) AND name IS NOT NULL"):
        names.setdefault(aid, set()).add(name)
    places: dict[str, set[str]] = {}
    for aid, name, kind in _rows(st, "SELECT article_id, lower(data->>'name'), data->>'kind' FROM records WHERE kind = 'places'"):
        if name:
            names.setdefault(aid, set()).add(name)
            if kind not in ("country", "continent", "region"):
                places.setdefault(aid, set()).add(name)
    events: dict[str, set[str]] = {}
    for aid, typ in _rows(st, "SELECT article_id, data->>'type' FROM records WHERE kind = 'events'"):
        if typ:
            events.setdefault(aid, set()).add(typ)
    days: dict[str, set[str]] = {}
    for aid, value in _rows(st, """SELECT article_id, CASE WHEN kind = 'dates' THEN data->>'value' ELSE data->>'date' END
                                 FROM records WHERE kind IN ('dates', 'events')"""):
        if value and _DAY.fullmatch(value):
            days.setdefault(aid, set()).add(value)
    figures: dict[str, list[tuple[str, float, str]]] = {}
    # a toll of past events ("the war has killed 300,000") or a running total is not this event's
    for aid, cat, value, text in _rows(st, """SELECT article_id, data->>'category', TRY_CAST(data->>'value' AS DOUBLE), text
                                            FROM records WHERE kind = 'figures'
                                             AND coalesce(data->>'scope', '') NOT IN ('historical', 'cumulative')
                                            ORDER BY article_id, start_char"""):
        if cat and value is not None:
            figures.setdefault(aid, []).append((cat, float(value), text))
    copy_texts, story_arts = [], []
    for order, (aid, published, source, title, text) in enumerate(arts):
        body = body_text(text or "", blocks.get(aid, []))
        pub = published if isinstance(published, dt.date) else None
        copy_texts.append(CopyText.of(aid, pub, order, body))
        story_arts.append(StoryArticle(
            aid, pub, order, source or "", title or "", body, frozenset(names.get(aid, ())),
            frozenset(events.get(aid, ())), frozenset(places.get(aid, ())), frozenset(days.get(aid, ())),
            tuple(figures.get(aid, ()))))
    return copy_texts, story_arts


def compute(st: Store, copy_days: int = COPY_DAYS, story_days: int = STORY_DAYS) -> tuple[int, list[CopyLink], list[Story]]:
    """Copies and stories of the store's articles, without writing them."""
    copy_texts, story_arts = load(st)
    links = find_copies(copy_texts, days=copy_days)
    stories = cluster(story_arts, [(x.article_id, x.original_id) for x in links], days=story_days)
    return len(copy_texts), links, stories


def write(st: Store, links: list[CopyLink], stories: list[Story]) -> None:
    """Replace the corpus tables with ``links`` and ``stories`` in one transaction."""
    con = st.con
    copy_of = {x.article_id: x.original_id for x in links if x.kind == "copy"}
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con.execute("BEGIN")
    try:
        for table in ("copies", "stories", "story_articles", "disagreements"):
            con.execute(f"DELETE FROM {table}")
        if links:
            con.executemany("INSERT INTO copies VALUES (?, ?, ?, ?, ?)",
                            [[x.article_id, x.original_id, x.kind, x.jaccard, x.containment] for x in links])
        srows, arows, drows = [], [], []
        for s in stories:
            dated = [a.published for a in s.articles if a.published]
            srows.append([s.id, s.first.id, s.first.title, len(s.articles), s.sources,
                          min(dated) if dated else None, max(dated) if dated else None, now])
            arows += [[s.id, a.id, i, a.published, a.source, copy_of.get(a.id)] for i, a in enumerate(s.articles)]
            for cat, (low, best, high) in s.disagreements.items():
                figs = [{"article_id": aid, "value": v, "text": t} for aid, v, t in s.figures.get(cat, [])]
                drows.append([s.id, cat, low, best, high, len({f["article_id"] for f in figs}), json.dumps(figs)])
        if srows:
            con.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?)", srows)
            con.executemany("INSERT INTO story_articles VALUES (?, ?, ?, ?, ?, ?)", arows)
        if drows:
            con.executemany("INSERT INTO disagreements VALUES (?, ?, ?, ?, ?, ?, ?)", drows)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def link_store(st: Store) -> LinkSummary:
    """Find copies and stories over the whole store and write them (see the module docstring)."""
    n, links, stories = compute(st)
    write(st, links, stories)
    return LinkSummary(n, sum(x.kind == "copy" for x in links), sum(x.kind == "embeds" for x in links),
                       len(stories), sum(len(s.disagreements) for s in stories))
