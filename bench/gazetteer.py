"""Gazetteer build time and size, lookup speed, and the time places add to the pipeline.

    .venv/bin/python bench/gazetteer.py [--gold ../shared/eval/places/geowebnews.jsonl] [--no-build]

Builds the gazetteer into a temporary folder (not the cache), reports its size and row
counts, times name lookups (cold: SQLite, warm: in-memory), then times nlp+entities on the
gold file's texts and places on the same documents (CPU time) and prints the ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ["Iraq", "Baghdad", "Mosul", "Paris", "Springfield", "London", "New York", "Middle East", "Texas", "Lagos",
         "Kirkuk", "Georgia", "Washington", "Tunis", "Nowhere Town"]


def bench_build() -> dict[str, float]:
    from newsgraph.places.build import build

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        stats = build(Path(tmp) / "gazetteer.sqlite")
        stats["wall_s"] = round(time.perf_counter() - t0, 2)
    return stats


def bench_lookup() -> dict[str, float]:
    from newsgraph.config import Settings
    from newsgraph.places.gazetteer import Gazetteer, ensure_built

    t0 = time.perf_counter()
    gaz = Gazetteer(ensure_built(Settings().cache_dir))
    opened = time.perf_counter() - t0
    t0 = time.perf_counter()
    for n in NAMES:
        gaz.lookup(n)
    cold = (time.perf_counter() - t0) / len(NAMES)
    t0 = time.perf_counter()
    for _ in range(100):
        for n in NAMES:
            gaz.lookup(n)
    warm = (time.perf_counter() - t0) / (100 * len(NAMES))
    return {"open_ms": round(opened * 1e3, 1), "cold_lookup_us": round(cold * 1e6, 1), "warm_lookup_us": round(warm * 1e6, 2)}


def bench_pipeline(gold: Path) -> dict[str, float]:
    """CPU time of nlp+entities over the gold texts, then of places over the same documents
    (process time, so that other processes on a shared machine count less)."""
    from newsgraph.config import Settings
    from newsgraph.ingest import make_document
    from newsgraph.pipeline import Pipeline
    from newsgraph.places.component import PlaceFinder
    from newsgraph.predict import gold_article, iter_gold

    settings = Settings()
    golds = list(iter_gold(gold))
    pipe = Pipeline.from_settings(settings, ["newsgraph.nlp.v1", "newsgraph.entities.v1"])
    finder = PlaceFinder(settings)
    warm = [make_document(gold_article(g), settings) for g in golds[:2]]
    for r in pipe.pipe(warm):  # load the model and the gazetteer outside the timing
        if r.doc is not None:
            finder.find(r.doc)
    docs = [make_document(gold_article(g), settings) for g in golds]
    t0 = time.process_time()
    done = [r.doc for r in pipe.pipe(docs) if r.doc is not None]
    base = time.process_time() - t0
    t0 = time.process_time()
    n = sum(len(finder.find(d)) for d in done)
    places = time.process_time() - t0
    return {"docs": len(done), "places_found": n, "nlp_entities_cpu_s": round(base, 2), "places_cpu_s": round(places, 2),
            "places_ms_per_doc": round(places / max(1, len(done)) * 1e3, 1), "places_share": round(places / base, 3)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "eval" / "places" / "geowebnews.jsonl"))
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    report: dict[str, object] = {}
    if not a.no_build:
        report["build"] = bench_build()
    report["lookup"] = bench_lookup()
    if Path(a.gold).exists():
        report["pipeline"] = bench_pipeline(Path(a.gold))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
