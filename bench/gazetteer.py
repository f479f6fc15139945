"""Gazetteer build time and size, lookup speed, and the time places add to the pipeline.

    .venv/bin/python bench/gazetteer.py [--gold ../shared/eval/places/geowebnews.jsonl] [--no-build]

Builds the gazetteer into a temporary folder (not the cache), reports its size and row
counts, times name lookups (cold: SQLite, warm: in-memory), then runs the pipeline on the
gold file's texts with and without ``newsgraph.places.v1`` and prints the difference.
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
    from newsgraph.geo.build import build

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        stats = build(Path(tmp) / "gazetteer.sqlite")
        stats["wall_s"] = round(time.perf_counter() - t0, 2)
    return stats


def bench_lookup() -> dict[str, float]:
    from newsgraph.config import Settings
    from newsgraph.geo.gazetteer import Gazetteer, ensure_built

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
    from newsgraph.config import Settings
    from newsgraph.ingest import make_document
    from newsgraph.pipeline import Pipeline
    from newsgraph.predict import gold_article, iter_gold

    settings = Settings()
    golds = list(iter_gold(gold))
    base = ["newsgraph.nlp.v1", "newsgraph.entities.v1"]
    out: dict[str, float] = {}
    Pipeline.from_settings(settings, [*base, "newsgraph.places.v1"])  # load model and gazetteer once
    for label, comps in (("without_places_s", base), ("with_places_s", [*base, "newsgraph.places.v1"])):
        pipe = Pipeline.from_settings(settings, comps)
        docs = [make_document(gold_article(g), settings) for g in golds]
        t0 = time.perf_counter()
        list(pipe.pipe(docs))
        out[label] = round(time.perf_counter() - t0, 2)
    out["places_share"] = round((out["with_places_s"] - out["without_places_s"]) / out["without_places_s"], 3)
    out["docs"] = len(golds)
    return out


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
