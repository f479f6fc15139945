"""Render an article's clean text with every record highlighted, always escaped.

Records overlap (a date inside a quote inside an event clause), so spans are nested with
the close-and-reopen method: at each boundary, spans that end are closed together with any
opened inside them, and those that continue are reopened. The output is always well-formed
HTML and every piece of article text and every attribute goes through ``markupsafe.escape``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

#: drawing order: lower ranks are opened first (outside) when spans start together
RANK = {"block": 0, "events": 1, "quotes": 2, "speaker": 3, "loaded": 4, "mentions": 5, "places": 6, "dates": 7, "figures": 8}

#: legend entries: css class, label, colour (the stylesheet uses the same classes)
LEGEND: list[tuple[str, str]] = [
    ("ent-PERSON", "person"),
    ("ent-ORG", "organisation"),
    ("ent-LOC", "location (entity)"),
    ("ent-MISC", "other name"),
    ("place", "place (resolved, with coordinates)"),
    ("date", "date (normalized)"),
    ("figure", "figure"),
    ("quote", "quote"),
    ("speaker", "speaker"),
    ("event", "event"),
    ("loaded", "loaded phrase"),
]


@dataclass
class Span:
    start: int
    end: int
    kind: str
    css: str
    title: str = ""
    #: the record's id (``data-rid``), so that side panels can point at the span
    rid: str = ""

    @property
    def rank(self) -> int:
        return RANK.get(self.kind, 9)


def _fmt(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def describe(kind: str, r: dict[str, Any], entity_names: dict[str, str] | None = None) -> str:
    """The hover text of one record: the fields an analyst checks first."""
    g = r.get
    if kind == "mentions":
        name = (entity_names or {}).get(g("entity_id") or "", "")
        extra = f" → {name}" if name and name != g("text") else ""
        return f"{g('label')} ({g('fine_label')}){extra}"
    if kind == "places":
        coords = f" · {g('lat'):.4f}, {g('lon'):.4f}" if g("lat") is not None and g("lon") is not None else " · no coordinates"
        rel = f" · {g('relation')}" if g("relation") else ""
        country = f" ({g('country')})" if g("country") else ""
        return f"Place: {g('name')}{country}{coords}{rel}"
    if kind == "dates":
        mod = f" · {g('modifier')}" if g("modifier") else ""
        return f"Date: {g('value') or '?'} ({g('type') or 'DATE'}){mod}"
    if kind == "figures":
        counted = f" {g('counted')}" if g("counted") else ""
        q = f" · {g('qualifier')}" if g("qualifier") else ""
        return f"Figure: {_fmt(g('value'))}{counted} · {g('category')}{q}"
    if kind == "quotes":
        cue = f" · cue: {g('cue')}" if g("cue") else ""
        return f"Quote · speaker: {g('speaker') or 'unknown'}{cue}"
    if kind == "speaker":
        return f"Speaker: {g('speaker') or g('text')}"
    if kind == "events":
        parts = [f"Event: {g('type')}" + (f" ({g('mode')})" if g("mode") else "")]
        if g("actor") or g("target"):
            parts.append(f"{g('actor') or '?'} → {g('target') or '?'}")
        for key, label in (("place", "place"), ("date", "date"), ("dead", "dead"), ("injured", "injured"), ("cameo", "CAMEO")):
            if g(key) not in (None, ""):
                parts.append(f"{label}: {_fmt(g(key))}")
        conf = g("confidence")
        if isinstance(conf, int | float):
            parts.append(f"confidence: {conf:.2f}")
        flags = [f for f in ("negated", "hypothetical", "future", "question", "background") if g(f)]
        if flags:
            parts.append(", ".join(flags))
        return " · ".join(parts)
    if kind == "loaded":
        return f"Loaded phrase: {g('reason')}"
    fields = {k: v for k, v in r.items() if k not in ("start", "end", "text", "component", "id", "kind") and v not in (None, "", [], False)}
    return f"{kind}: " + ", ".join(f"{k}={v}" for k, v in list(fields.items())[:6])


_CSS = {"places": "place", "dates": "date", "figures": "figure", "quotes": "quote", "events": "event", "loaded": "loaded", "speaker": "speaker"}


def spans_for(article: dict[str, Any]) -> list[Span]:
    """Spans for a stored article (``Store.article`` output): blocks, mentions and every record kind."""
    n = len(article.get("text") or "")
    names = {e["entity_id"]: e["name"] for e in article.get("entities", [])}
    spans: list[Span] = [Span(b["start_char"], b["end_char"], "block", f"blk blk-{b['kind']}") for b in article.get("blocks", [])]
    for m in article.get("mentions", []):
        spans.append(Span(m["start_char"], m["end_char"], "mentions", f"hl ent ent-{m['label']}", describe("mentions", m, names),
                          str(m.get("record_id") or "")))
    for kind, recs in (article.get("records") or {}).items():
        if kind in ("tone",):
            continue
        for r in recs:
            css = f"hl {_CSS.get(kind, 'rec')}"
            if kind == "events" and r.get("type"):
                css += f" ev-{''.join(ch for ch in str(r['type']) if ch.isalnum())}"
            spans.append(Span(r["start"], r["end"], kind, css, describe(kind, r), str(r.get("id") or "")))
            if kind == "quotes" and r.get("speaker_start") is not None and r.get("speaker_end") is not None:
                spans.append(Span(r["speaker_start"], r["speaker_end"], "speaker", "hl speaker", describe("speaker", r)))
    return [s for s in spans if 0 <= s.start < s.end <= n]


def _merge_same(spans: list[Span]) -> list[Span]:
    """One span per exact range (a LOC mention that is also a resolved place): classes and titles joined."""
    out: dict[tuple[int, int, bool], Span] = {}
    for s in sorted(spans, key=lambda s: s.rank):
        key = (s.start, s.end, s.kind == "block")
        if key in out and s.kind != "block":
            prev = out[key]
            extra = " ".join(c for c in s.css.split() if c not in prev.css.split())
            out[key] = Span(s.start, s.end, s.kind, f"{prev.css} {extra}".strip(), "\n".join(t for t in (prev.title, s.title) if t),
                            " ".join(r for r in (prev.rid, s.rid) if r))
        else:
            out[key] = s if key not in out else out[key]
    return list(out.values())


def _open(s: Span) -> str:
    title = f' title="{escape(s.title)}"' if s.title else ""
    rid = f' data-rid="{escape(s.rid)}"' if s.rid else ""
    return f'<span class="{escape(s.css)}" data-kind="{escape(s.kind)}"{rid}{title}>'


def render(text: str, spans: list[Span]) -> Markup:
    """``text`` as escaped HTML with the spans as nested ``<span>`` elements."""
    spans = _merge_same([s for s in spans if 0 <= s.start < s.end <= len(text)])
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    points = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for p in points:
        if p > pos:
            out.append(str(escape(text[pos:p])))
            pos = p
        reopen: list[Span] = []
        ending = [i for i, s in enumerate(stack) if s.end == p]
        if ending:
            cut = ending[0]
            popped = stack[cut:]
            out.append("</span>" * len(popped))
            stack = stack[:cut]
            reopen = [s for s in popped if s.end > p]
        for s in sorted(reopen + starts.get(p, []), key=lambda s: (-s.end, s.rank)):
            out.append(_open(s))
            stack.append(s)
    out.append("</span>" * len(stack))
    return Markup("".join(out))


def counts(article: dict[str, Any]) -> dict[str, int]:
    """Records per legend class, for the legend."""
    c: dict[str, int] = {}
    for m in article.get("mentions", []):
        c[f"ent-{m['label']}"] = c.get(f"ent-{m['label']}", 0) + 1
    for kind, recs in (article.get("records") or {}).items():
        css = _CSS.get(kind, kind)
        c[css] = c.get(css, 0) + len(recs)
        if kind == "quotes":
            c["speaker"] = c.get("speaker", 0) + sum(1 for r in recs if r.get("speaker_start") is not None)
    return c
