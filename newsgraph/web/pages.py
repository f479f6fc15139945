"""Server-rendered HTML pages: overview, articles, search, timeline, map, network, stories."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsgraph.store import queries
from newsgraph.web import highlight, stories, svg
from newsgraph.web.api import search_filters
from newsgraph.web.context import ctx_of

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

PAGE = 50


@router.get("/")
def overview(request: Request) -> Response:
    """The overview: counts, sources, top entities, event types, recent articles, downloads."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        data = queries.stats(st)
        recent = queries.list_articles(st, 15)
        top = {label: queries.entities(st, label, limit=10) for label in ("PERSON", "ORG", "LOC")}
        types = queries.event_types(st)
    from newsgraph.export import TABLES

    return ctx.page(request, "index.html", stats=data, recent=recent, top=top, types=types, tables=TABLES)


@router.get("/articles")
def articles(request: Request, page: int = Query(1, ge=1), source: str | None = None) -> Response:
    """Every article, newest first, a page at a time (optionally from one source)."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        rows = queries.list_articles(st, PAGE, (page - 1) * PAGE, source or None)
        total = queries.count_articles(st, source or None)
    return ctx.page(request, "articles.html", rows=rows, page=page, total=total, per_page=PAGE, source=source)


def _group_places(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per distinct resolved place, with how often the article names it."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for p in places:
        key = (p.get("name"), p.get("country"), p.get("lat"), p.get("lon"))
        if key in out:
            out[key]["n"] += 1
        else:
            out[key] = {**p, "n": 1}
    return sorted(out.values(), key=lambda p: (-p["n"], str(p.get("name"))))


_NOT_COUNTED = ("negated", "hypothetical", "question")


def _group_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per event (its mentions share ``event_id``), in text order; the reported ones
    first, then those the article negates, supposes or asks about (``counted`` false)."""
    out: dict[str, dict[str, Any]] = {}
    for e in sorted(events, key=lambda e: (e.get("start") or 0)):
        key = str(e.get("event_id") or e.get("id"))
        if key in out:
            out[key]["mentions"].append(e.get("id"))
            continue
        flags = [f for f in _NOT_COUNTED if e.get(f)]
        out[key] = {**e, "mentions": [e.get("id")], "flags": flags, "counted": not flags}
    return sorted(out.values(), key=lambda e: not e["counted"])


def _panels(art: dict[str, Any]) -> dict[str, Any]:
    recs = art.get("records") or {}
    names = {e["entity_id"]: e for e in art.get("entities", [])}
    return {
        "quotes": recs.get("quotes", []),
        "figures": recs.get("figures", []),
        "events": _group_events(recs.get("events", [])),
        "places": _group_places(recs.get("places", [])),
        "dates": recs.get("dates", []),
        "tone": (recs.get("tone") or [None])[0],
        "entities": sorted(names.values(), key=lambda e: (-int(e.get("mention_count") or 0), e["name"])),
    }


@router.get("/entities")
def entity_list(request: Request, label: str | None = None, q: str | None = None) -> Response:
    """Entities across the corpus by canonical name, filtered by label and name."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        rows = queries.entities(st, label or None, q or None, 500)
    return ctx.page(request, "entities.html", rows=rows, label=label or "", q=q or "")


@router.get("/articles/{article_id}")
def article(request: Request, article_id: str) -> Response:
    """One article with every record highlighted, a legend and side panels."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        art = st.article(article_id)
    body = highlight.render(art["text"], highlight.spans_for(art))
    return ctx.page(request, "article.html", art=art, body=body, legend=highlight.LEGEND,
                    speaker_threshold=ctx.settings.quote_speaker_threshold,
                    counts=highlight.counts(art), **_panels(art))


@router.get("/search")
def search(
    request: Request,
    q: str = "",
    date_from: str | None = Query(None, alias="from"),
    date_to: str | None = Query(None, alias="to"),
    entity: str | None = None,
    place: str | None = None,
    country: str | None = None,
    event_type: str | None = None,
    source: str | None = None,
    page: int = Query(1, ge=1),
) -> Response:
    """Full-text search with filters, snippets and refinements by source, event type and year."""
    ctx = ctx_of(request)
    f = search_filters(date_from, date_to, entity, place, country, event_type, source)
    searched = bool(q.strip() or f.active())
    res = ctx.search_index.search(q, f, 20, (page - 1) * 20, facets=True) if searched else None
    facets = ctx.search_index.facets()
    form = {"q": q, "from": date_from or "", "to": date_to or "", "entity": entity or "", "place": place or "",
            "country": country or "", "event_type": event_type or "", "source": source or ""}
    qs = urlencode({k: v for k, v in form.items() if v})

    def refine(**change: str) -> str:
        return "?" + urlencode({k: v for k, v in {**form, **change}.items() if v})

    refinements: dict[str, list[tuple[str, int, str]]] = {}
    for name, values in (res.facets if res else {}).items():
        if name == "year":
            refinements[name] = [(y, n, refine(**{"from": f"{y}-01-01", "to": f"{y}-12-31"})) for y, n in values]
        else:
            refinements[name] = [(v, n, refine(**{name: v})) for v, n in values if v]
    return ctx.page(request, "search.html", res=res, form=form, facets=facets, page=page, qs=qs, refinements=refinements)


@router.get("/timeline")
def timeline(request: Request, type: str | None = None) -> Response:
    """Events per day (or month, or year) by type: a stacked bar chart and its table; ``type`` keeps one type."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        rows = queries.timeline(st)
        types = queries.event_types(st)
    if type:
        rows = [r for r in rows if r["type"] == type]
    unit, buckets = svg.bucket_rows(rows)
    legend = [(t["type"], svg.colour(str(t["type"])), t["n"]) for t in types]
    return ctx.page(request, "timeline.html", chart=svg.timeline_svg(buckets), unit=unit, rows=rows, legend=legend,
                    chosen=type or "")


@router.get("/map")
def world_map(request: Request, world: bool = False) -> Response:
    """Places and events at places on an offline world map, with their tables."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        places = queries.places(st, 1000)
        events = queries.event_points(st, 1000)
    points = [{"lat": p["lat"], "lon": p["lon"], "n": p["mentions"], "label": p["name"], "kind": "place",
               "href": "/search?" + urlencode({"place": p["name"] or ""})} for p in places]
    points += [{"lat": e["lat"], "lon": e["lon"], "n": e["n"], "label": e["place"], "kind": e["type"] or "event",
                "href": "/search?" + urlencode({"place": e["place"] or "", "event_type": e["type"] or ""})} for e in events]
    countries = {str(p["country"]) for p in places if p.get("country")}
    types = sorted({str(e["type"]) for e in events if e.get("type")})
    return ctx.page(request, "map.html", chart=svg.map_svg(points, countries, fit=not world), places=places, events=events,
                    legend=[(t, svg.colour(t)) for t in types], world=world)


@router.get("/network")
def network(request: Request, named: bool = True) -> Response:
    """Who acts on whom and who quotes whom, as graphs and tables."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        net = queries.network(st, 100, named, ctx.settings.quote_speaker_threshold)
    return ctx.page(request, "network.html", net=net, named=named, acts=svg.network_svg(net["acts_on"]),
                    quotes=svg.network_svg(net["quotes"] + net["speaks_about"]))


@router.get("/stories")
def story_list(request: Request) -> Response:
    """Stories: groups of articles dated within a week of each other that share three or more names."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        groups = stories.clusters(st)
    return ctx.page(request, "stories.html", groups=groups, window=stories.STORY_DAYS)


@router.get("/stories/{article_id}")
def story(request: Request, article_id: str) -> Response:
    """The story around one article: related and same-story articles, first report, figures."""
    ctx = ctx_of(request)
    with ctx.store() as st:
        data = stories.story(st, article_id)
    return ctx.page(request, "story.html", **data, window=stories.STORY_DAYS)
