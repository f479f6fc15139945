"""``newsgraph predict``: predictions for a gold file, in the format of shared/eval/FORMAT.md.

Offsets index into the gold document's ``text`` as given: records found on the clean text
are mapped back through the Document's offset map.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.errors import InputError, NewsgraphError
from newsgraph.ingest import make_document
from newsgraph.ingest.readers import Article, sniff_format
from newsgraph.pipeline import Pipeline
from newsgraph.records.base import Record, record_to_dict

#: task -> the components it needs (in pipeline order)
TASK_COMPONENTS: dict[str, tuple[str, ...]] = {
    "article": (),
    "entities": ("newsgraph.nlp.v1", "newsgraph.entities.v1"),
    "places": ("newsgraph.nlp.v1", "newsgraph.entities.v1", "newsgraph.places.v1"),
    "dates": ("newsgraph.nlp.v1", "newsgraph.dates.v1"),
    "figures": ("newsgraph.nlp.v1", "newsgraph.entities.v1", "newsgraph.quotes.v1", "newsgraph.figures.v1"),
    "quotes": ("newsgraph.nlp.v1", "newsgraph.entities.v1", "newsgraph.quotes.v1"),
    "events": (
        "newsgraph.nlp.v1",
        "newsgraph.entities.v1",
        "newsgraph.places.v1",
        "newsgraph.dates.v1",
        "newsgraph.quotes.v1",
        "newsgraph.figures.v1",
        "newsgraph.events.v1",
    ),
    "tone": ("newsgraph.nlp.v1", "newsgraph.tone.v1"),
}
#: the record kind each task reports
TASK_KIND = {"entities": "mentions", "places": "places", "dates": "dates", "figures": "figures", "quotes": "quotes", "events": "events"}
ALL_TASKS = tuple(TASK_COMPONENTS)


def parse_tasks(spec: str) -> list[str]:
    tasks: list[str] = []
    for t in (x.strip() for x in spec.split(",")):
        if not t:
            continue
        if t == "all":
            tasks.extend(ALL_TASKS)
        elif t in TASK_COMPONENTS:
            tasks.append(t)
        else:
            raise NewsgraphError(f"unknown task {t!r}; known: all, {', '.join(ALL_TASKS)}", code="NG050")
    return list(dict.fromkeys(tasks))


def components_for(tasks: list[str]) -> list[str]:
    from newsgraph.components.registry import DEFAULT_PIPELINE

    wanted = {c for t in tasks for c in TASK_COMPONENTS[t]}
    return [c for c in DEFAULT_PIPELINE if c in wanted]


def gold_article(gold: dict[str, Any]) -> Article:
    fmt = gold.get("format")
    if fmt == "html" or (fmt is None and "html" in gold and not gold.get("text")):
        return Article(str(gold.get("html") or ""), "html", {"url": gold.get("url")}, str(gold.get("id")))
    text = str(gold.get("text") or "")
    kind = fmt or sniff_format(text)
    meta = {"title": gold.get("title"), "published": gold.get("published")}
    return Article(text, kind, {k: v for k, v in meta.items() if v}, str(gold.get("id")))


def _mapped(doc: Document, rec: Record) -> dict[str, Any]:
    d = record_to_dict(rec)
    d["start"], d["end"] = doc.source_span(rec.start, rec.end)
    for a, b in (("speaker_start", "speaker_end"), ("resolved_start", "resolved_end"), ("cue_start", "cue_end"),
                 ("actor_start", "actor_end"), ("target_start", "target_end"), ("counted_start", "counted_end")):
        if d.get(a) is not None and d.get(b) is not None:
            d[a], d[b] = doc.source_span(d[a], d[b])
    return d


def _entities(doc: Document) -> list[dict[str, Any]]:
    ents = {e.id: e for e in doc.get("entities")}
    out = []
    for m in doc.get("mentions"):
        d = _mapped(doc, m)
        e = ents.get(m.entity_id)
        if e is not None:
            d["name"] = e.name
            d["aliases"] = list(e.aliases)
        out.append(d)
    return out


def article_prediction(doc: Document) -> dict[str, Any]:
    meta = doc.meta
    paragraphs = list(meta.get("paragraphs") or [])
    return {
        "title": meta.get("title"),
        "author": meta.get("author"),
        "author_role": meta.get("author_role"),
        "date": meta.get("published"),
        "body": "\n".join(paragraphs) if paragraphs else doc.text,
        "paragraphs": paragraphs,
        "captions": meta.get("captions") or [],
    }


def prediction(doc: Document, tasks: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for t in tasks:
        if t == "article":
            out["article"] = article_prediction(doc)
        elif t == "entities":
            out["entities"] = _entities(doc)
        elif t == "tone":
            tone = doc.get("tone")
            out["tone"] = {
                "score": tone[0].score if tone else None,
                "loaded": [_mapped(doc, r) for r in doc.get("loaded")],
            }
        else:
            out[t] = [_mapped(doc, r) for r in doc.get(TASK_KIND[t])]
    return out


def sentence_level_events(golds: list[dict[str, Any]]) -> bool:
    """True when the gold file's events carry no offsets (score.py's sentence-level mode)."""
    events = [e for g in golds for e in (g.get("events") or []) if isinstance(e, dict)]
    return bool(events) and not any(e.get("start") is not None and e.get("end") is not None for e in events)


def iter_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise NewsgraphError(f"cannot read gold file: {exc.strerror}", code="NG051", location=str(path)) from None
    with fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError:
                    raise NewsgraphError("malformed JSON line in gold file", code="NG051", location=f"{path}:{n}") from None


def predict(
    gold_path: str | Path,
    tasks: list[str],
    settings: Settings | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """One prediction per gold document, same ids, in order."""
    settings = settings or Settings()
    golds = list(iter_gold(gold_path))
    if "events" in tasks and settings.events_min_confidence is None and sentence_level_events(golds):
        # sentence-level gold (every document is a sentence known to report an event; score.py
        # asks only its type): the threshold is for whole articles, so keep every candidate
        settings = dataclasses.replace(settings, events_min_confidence=0.0)
    pipe = Pipeline.from_settings(settings, components_for(tasks))
    docs: list[Document | None] = []
    errors: dict[int, str] = {}
    for i, g in enumerate(golds):
        try:
            docs.append(make_document(gold_article(g), settings))
        except InputError as exc:
            docs.append(None)
            errors[i] = str(exc)
    results = iter(pipe.pipe([d for d in docs if d is not None]))
    for i, g in enumerate(golds):
        d = docs[i]
        pred: dict[str, Any] = {"id": g.get("id")}
        if d is None:
            pred["error"] = errors[i]
        else:
            r = next(results)
            if r.doc is None:
                pred["error"] = str(r.error)
            else:
                pred.update(prediction(r.doc, tasks))
        if progress:
            progress(1)
        yield pred
