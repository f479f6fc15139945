"""The JSON API under ``/api/``: read-only views of the store; every value is a query parameter."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from newsgraph.config import check_date
from newsgraph.search import Filters
from newsgraph.store import queries
from newsgraph.web.context import ctx_of

router = APIRouter(prefix="/api", tags=["api"])

KINDS = ("places", "dates", "figures", "quotes", "events", "tone", "loaded")


def search_filters(
    date_from: str | None, date_to: str | None, entity: str | None, place: str | None,
    country: str | None, event_type: str | None, source: str | None,
) -> Filters:
    for value, what in ((date_from, "'from' date"), (date_to, "'to' date")):
        if value:
            check_date(value, what)  # NG023 (400), not a filter that silently matches nothing
    return Filters(date_from or None, date_to or None, entity or None, place or None, country or None,
                   event_type or None, source or None)


@router.get("/stats", summary="Counts of articles, entities, mentions and records by kind; sources; date span")
def api_stats(request: Request) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        return queries.stats(st)


@router.get("/articles", summary="Articles, newest first")
def api_articles(
    request: Request,
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
    source: str | None = Query(None, description="only this source"),
) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        return {"total": queries.count_articles(st, source), "limit": limit, "offset": offset,
                "articles": queries.list_articles(st, limit, offset, source)}


@router.get("/articles/{article_id}", summary="One article: text, blocks, entities, mentions and records by kind")
def api_article(request: Request, article_id: str, source_text: bool = Query(False, description="include the input as received")) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        art = st.article(article_id)
    if not source_text:
        art.pop("source_text", None)
        art.pop("offset_runs", None)
    return art


@router.get("/search", summary="Full-text search (BM25) with filters; \"quoted phrases\" must match verbatim")
def api_search(
    request: Request,
    q: str = Query("", description="words to rank by; \"a phrase\" in double quotes must occur"),
    date_from: str | None = Query(None, alias="from", description="published on or after (YYYY-MM-DD)"),
    date_to: str | None = Query(None, alias="to", description="published on or before (YYYY-MM-DD)"),
    entity: str | None = Query(None, description="an entity whose name contains this"),
    place: str | None = Query(None, description="a resolved place whose name contains this"),
    country: str | None = Query(None, description="a resolved place in this country (ISO alpha-2)"),
    event_type: str | None = Query(None, description="an event of this PLOVER type"),
    source: str | None = Query(None, description="the article's source"),
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    f = search_filters(date_from, date_to, entity, place, country, event_type, source)
    res = ctx_of(request).search_index.search(q, f, limit, offset)
    hits = []
    for h in res.hits:
        d = dataclasses.asdict(h)
        d["snippet"] = "".join(t for t, _ in h.snippet)
        d["matches"] = [t for t, m in h.snippet if m]
        hits.append(d)
    return {"query": res.query, "filters": res.filters, "total": res.total, "seconds": round(res.seconds, 4), "hits": hits}


@router.get("/events", summary="Events with their day, place coordinates and article")
def api_events(
    request: Request,
    type: str | None = Query(None, description="PLOVER event type"),
    article_id: str | None = None,
    limit: int = Query(200, ge=1, le=5000),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        return {"types": queries.event_types(st), "events": queries.events(st, type, article_id, limit, offset)}


@router.get("/entities", summary="Entities across the corpus by canonical name")
def api_entities(
    request: Request,
    label: str | None = Query(None, description="PERSON, ORG, LOC or MISC"),
    q: str | None = Query(None, description="name contains"),
    limit: int = Query(200, ge=1, le=5000),
) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        return {"entities": queries.entities(st, label, q, limit)}


@router.get("/places", summary="Resolved places with coordinates, by mentions")
def api_places(request: Request, limit: int = Query(500, ge=1, le=5000)) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        return {"places": queries.places(st, limit), "events": queries.event_points(st, limit)}


@router.get("/records/{kind}", summary="Records of one kind (places, dates, figures, quotes, events, tone, loaded)")
def api_records(
    request: Request, kind: str, article_id: str | None = None,
    limit: int = Query(200, ge=1, le=5000), offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        return {"kind": kind, "records": queries.records_of(st, kind, article_id, limit, offset)}


@router.get("/timeline", summary="Events per day and type")
def api_timeline(request: Request) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        return {"days": queries.timeline(st)}


@router.get("/network", summary="Who acts on whom (events), who quotes whom (sources and speakers)")
def api_network(
    request: Request, limit: int = Query(200, ge=1, le=5000),
    named: bool = Query(False, description="only events whose actor and target are both linked to entities"),
) -> dict[str, Any]:
    with ctx_of(request).store() as st:
        return queries.network(st, limit, named, ctx_of(request).settings.quote_speaker_threshold)


@router.get("/export/{name}", summary="Download a table (articles.csv, events.parquet, quotes.jsonl, ...), "
            "events_acled.csv or articles.gkg.tsv", response_class=FileResponse)
def api_export(request: Request, name: str) -> FileResponse:
    from newsgraph import export

    stem, _, ext = name.partition(".")
    fmt = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet"}.get(ext)
    if name not in ("events_acled.csv", "articles.gkg.tsv") and (stem not in export.TABLES or fmt is None):
        raise HTTPException(404, f"no export named {name!r}")
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-export-"))
    with ctx_of(request).store() as st:
        if name == "events_acled.csv":
            path = export.export_acled(st, tmp)
        elif name == "articles.gkg.tsv":
            path = export.export_gkg(st, tmp)
        else:
            assert fmt is not None
            path = export.export_table(st, stem, tmp / name, fmt)
    return FileResponse(path, filename=name, background=BackgroundTask(shutil.rmtree, tmp, ignore_errors=True))


@router.get("/stories", summary="Stories: groups of articles dated within a week of each other that share three or more names")
def api_stories(request: Request) -> dict[str, Any]:
    from newsgraph.web.stories import clusters

    with ctx_of(request).store() as st:
        return {"stories": clusters(st)}


@router.get("/stories/{article_id}", summary="Related articles, same-story articles, the first report and casualty figures side by side")
def api_story(request: Request, article_id: str, limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
    from newsgraph.web.stories import story

    with ctx_of(request).store() as st:
        data = story(st, article_id, limit)
    art = data.pop("art")
    return {"article": {k: art[k] for k in ("id", "title", "source", "published")}, **data}
