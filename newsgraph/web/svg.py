"""Inline SVG for the timeline, the map and the network: no JavaScript, no network.

Country outlines come from the GeoJSON that the installed ``countryinfo`` package ships per
country (Natural Earth-derived, low resolution), projected equirectangularly and cached in
memory after the first use.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
           "#bcbd22", "#7f7f7f", "#393b79", "#637939"]


#: one distinct colour per PLOVER event type (cooperative types cool, conflictual types warm)
TYPE_COLOURS = {
    "AGREE": "#1f77b4", "CONSULT": "#6baed6", "SUPPORT": "#17becf", "CONCEDE": "#9edae5", "COOPERATE": "#2ca02c",
    "AID": "#98df8a", "RETREAT": "#bcbd22", "REQUEST": "#9467bd", "ACCUSE": "#e377c2", "REJECT": "#c5b0d5",
    "THREATEN": "#ff7f0e", "PROTEST": "#ffbb78", "SANCTION": "#8c564b", "MOBILIZE": "#7f7f7f", "COERCE": "#ff9896",
    "ASSAULT": "#d62728",
}


def colour(name: str) -> str:
    """A stable colour for a category name: fixed for PLOVER types, hashed for anything else."""
    if name.upper() in TYPE_COLOURS:
        return TYPE_COLOURS[name.upper()]
    return PALETTE[int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16) % len(PALETTE)]


# -- map --------------------------------------------------------------------------------
W, H = 1000, 500


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection onto the W x H map."""
    return round((lon + 180.0) * W / 360.0, 1), round((90.0 - lat) * H / 180.0, 1)


def _ring(coords: list[list[float]]) -> str:
    pts = []
    last = None
    for lon, lat, *_ in coords:
        p = project(lat, lon)
        if p != last:
            pts.append(f"{p[0]},{p[1]}")
            last = p
    return "M" + "L".join(pts) + "Z" if len(pts) > 2 else ""


@lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str, str, str], ...]:
    """(ISO alpha-2, name, SVG path) per country in countryinfo's data; empty if it is missing."""
    try:
        import countryinfo
    except ImportError:
        return ()
    out = []
    for f in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        geo = data.get("geoJSON") or {}
        rings: list[str] = []
        for feat in geo.get("features", []) if isinstance(geo, dict) else []:
            g = feat.get("geometry") or {}
            polys = g.get("coordinates", [])
            if g.get("type") == "Polygon":
                polys = [polys]
            elif g.get("type") != "MultiPolygon":
                continue
            for poly in polys:
                for ring in poly:
                    rings.append(_ring(ring))
        d = "".join(r for r in rings if r)
        if d:
            out.append(((data.get("ISO") or {}).get("alpha2", ""), str(data.get("name", f.stem)), d))
    return tuple(out)


def fit_box(points: list[dict[str, Any]], pad: float = 0.15) -> tuple[float, float, float, float]:
    """The part of the W x H map that holds the points (x, y, width, height), padded and kept
    at the map's aspect ratio; the whole map when there are no points."""
    xy = [project(float(p["lat"]), float(p["lon"])) for p in points if p.get("lat") is not None and p.get("lon") is not None]
    if not xy:
        return 0.0, 0.0, float(W), float(H)
    x0, x1 = min(x for x, _ in xy), max(x for x, _ in xy)
    y0, y1 = min(y for _, y in xy), max(y for _, y in xy)
    w = max(x1 - x0, (y1 - y0) * W / H, W / 12) * (1 + 2 * pad)
    h = w * H / W
    if w >= W:
        return 0.0, 0.0, float(W), float(H)
    x = min(max((x0 + x1) / 2 - w / 2, 0.0), W - w)
    y = min(max((y0 + y1) / 2 - h / 2, 0.0), H - h)
    return round(x, 1), round(y, 1), round(w, 1), round(h, 1)


def map_svg(points: list[dict[str, Any]], highlight_countries: set[str] | None = None, fit: bool = False) -> Markup:
    """A world map with a circle per point (``lat``, ``lon``, ``n``, ``label``, ``kind``, optional ``href``);
    with ``fit`` the view is cropped to the part of the world that holds the points."""
    hc = {c.upper() for c in (highlight_countries or set())}
    x, y, w, h = fit_box(points) if fit else (0.0, 0.0, float(W), float(H))
    scale = w / W
    parts = [f'<svg class="map" viewBox="{x} {y} {w} {h}" role="img" aria-label="map of places and events" '
             f'xmlns="http://www.w3.org/2000/svg" style="--s: {scale:.3f}"><rect width="{W}" height="{H}" class="sea"/>']
    for iso, name, d in country_paths():
        cls = "land hot" if iso.upper() in hc else "land"
        parts.append(f'<path class="{cls}" d="{d}"><title>{escape(name)}</title></path>')
    top = max((float(p.get("n") or 1) for p in points), default=1.0)
    for p in sorted(points, key=lambda p: -(p.get("n") or 1)):
        if p.get("lat") is None or p.get("lon") is None:
            continue
        px, py = project(float(p["lat"]), float(p["lon"]))
        r = (3 + 9 * math.sqrt(float(p.get("n") or 1) / top)) * max(scale, 0.15)
        kind = str(p.get("kind") or "place")
        fill = colour(kind) if kind != "place" else "#0e7c86"
        circle = (f'<circle class="pt pt-{escape(kind.lower())}" cx="{px}" cy="{py}" r="{r:.2f}" fill="{fill}">'
                  f'<title>{escape(p.get("label") or "")} ({escape(kind)}) · {p["lat"]}, {p["lon"]} · {p.get("n") or 1}</title></circle>')
        parts.append(f'<a href="{escape(p["href"])}">{circle}</a>' if p.get("href") else circle)
    parts.append("</svg>")
    return Markup("".join(parts))


# -- timeline ---------------------------------------------------------------------------
def bucket_rows(rows: list[dict[str, Any]], max_bars: int = 90) -> tuple[str, list[dict[str, Any]]]:
    """Group (day, type, n) rows by day, month or year so that at most ``max_bars`` bars remain."""
    days = {str(r["day"])[:10] for r in rows}
    for unit, width in (("day", 10), ("month", 7), ("year", 4)):
        keys = {d[:width] for d in days}
        if len(keys) <= max_bars or unit == "year":
            agg: Counter[tuple[str, str]] = Counter()
            for r in rows:
                agg[(str(r["day"])[:width], str(r["type"]))] += int(r["n"])
            return unit, [{"bucket": k, "type": t, "n": n} for (k, t), n in sorted(agg.items())]
    raise AssertionError("unreachable")


def timeline_svg(rows: list[dict[str, Any]]) -> Markup:
    """Stacked bars of events per bucket (rows from :func:`bucket_rows`), one colour per type."""
    if not rows:
        return Markup('<p class="empty">No dated events yet.</p>')
    by: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        by[r["bucket"]][r["type"]] = by[r["bucket"]].get(r["type"], 0) + int(r["n"])
    buckets = sorted(by)
    top = max(sum(v.values()) for v in by.values())
    bw = max(6.0, min(40.0, 900.0 / len(buckets)))
    width, height, base = 90 + bw * len(buckets) + 20, 330, 260
    parts = [f'<svg class="timeline" width="{width:.0f}" height="{height}" viewBox="0 0 {width:.0f} {height}" xmlns="http://www.w3.org/2000/svg" role="img" '
             f'aria-label="events over time">',
             f'<line x1="80" y1="{base}" x2="{width - 10:.0f}" y2="{base}" class="axis"/>',
             f'<text x="75" y="{base - 230}" class="tick" text-anchor="end">{top}</text>',
             f'<text x="75" y="{base}" class="tick" text-anchor="end">0</text>']
    for i, b in enumerate(buckets):
        x = 90 + i * bw
        y = float(base)
        for t, n in sorted(by[b].items()):
            h = 230.0 * n / top
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" fill="{colour(t)}" class="bar">'
                         f"<title>{escape(b)} · {escape(t)}: {n}</title></rect>")
        if len(buckets) <= 40 or i % max(1, len(buckets) // 20) == 0:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{base + 14}" class="tick" text-anchor="end" '
                         f'transform="rotate(-40 {x + bw / 2:.1f} {base + 14})">{escape(b)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# -- network ----------------------------------------------------------------------------
def network_svg(edges: list[dict[str, Any]], max_nodes: int = 30) -> Markup:
    """A circular layout of the busiest nodes with an arrow per edge (``source``, ``target``, ``n``)."""
    if not edges:
        return Markup('<p class="empty">No links yet.</p>')
    degree: Counter[str] = Counter()
    for e in edges:
        degree[e["source"]] += int(e["n"])
        degree[e["target"]] += int(e["n"])
    nodes = [n for n, _ in degree.most_common(max_nodes)]
    width, size, radius = 1000, 640, 270
    pos = {n: (width / 2 + radius * math.cos(2 * math.pi * i / len(nodes)),
               size / 2 + radius * math.sin(2 * math.pi * i / len(nodes))) for i, n in enumerate(nodes)}
    top = max(int(e["n"]) for e in edges)
    parts = [f'<svg class="network" viewBox="0 0 {width} {size}" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="network">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto">'
             '<path d="M0,0L10,5L0,10z" fill="#666"/></marker></defs>']
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos or e["source"] == e["target"]:
            continue
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        w = 1 + 4 * int(e["n"]) / top
        label = f"{e['source']} → {e['target']}" + (f" ({e['type']})" if e.get("type") else "") + f": {e['n']}"
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke-width="{w:.1f}" class="edge" '
                     f'marker-end="url(#arrow)"><title>{escape(label)}</title></line>')
    for n, (x, y) in pos.items():
        anchor = "start" if x >= width / 2 else "end"
        dx = 8 if x >= width / 2 else -8
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" class="node"><title>{escape(n)}: {degree[n]}</title></circle>'
                     f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}" class="label">{escape(n[:28])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
