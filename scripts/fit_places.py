"""Fit the resolution weights of newsgraph.places.resolve on a places gold set (reproducible).

    .venv/bin/python scripts/fit_places.py ../shared/eval/places/geowebnews.jsonl [--rounds 2]

Runs recognition once, keeps the toponyms that overlap a gold toponym, then does a
coordinate search over WEIGHTS (each weight times 0, 0.5, 0.75, 1.25, 1.5, 2) maximising
the share of those toponyms resolved within 161 km. Prints the weights it found as JSON;
they are copied into ``WEIGHTS`` by hand. Only weights are fitted, nothing of the text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsgraph.config import Settings  # noqa: E402
from newsgraph.ingest import make_document  # noqa: E402
from newsgraph.pipeline import Pipeline  # noqa: E402
from newsgraph.places.gazetteer import open_gazetteer  # noqa: E402
from newsgraph.places.recognize import recognize  # noqa: E402
from newsgraph.places.resolve import WEIGHTS, Toponym, haversine_km, resolve  # noqa: E402
from newsgraph.predict import gold_article, iter_gold  # noqa: E402


def collect(gold_path: str) -> list[tuple[list[Toponym], list[tuple[Toponym, float, float]]]]:
    settings = Settings()
    gaz = open_gazetteer(settings.cache_dir)
    golds = list(iter_gold(gold_path))
    pipe = Pipeline.from_settings(settings, ["newsgraph.nlp.v1", "newsgraph.entities.v1"])
    docs = [make_document(gold_article(g), settings) for g in golds]
    out = []
    for g, r in zip(golds, pipe.pipe(docs), strict=True):
        if r.doc is None:
            continue
        from newsgraph.places.component import _link_hierarchy

        tops = recognize(r.doc, gaz)
        _link_hierarchy(r.doc, tops)
        pairs = []
        for item in g.get("places") or []:
            for t in tops:
                ts, te = r.doc.source_span(t.start, t.end)
                if min(te, item["end"]) > max(ts, item["start"]) and t.candidates:
                    pairs.append((t, float(item["lat"]), float(item["lon"])))
                    break
        out.append((tops, pairs))
    return out


def accuracy(data: list[tuple[list[Toponym], list[tuple[Toponym, float, float]]]], w: dict[str, float]) -> float:
    ok = n = 0
    for tops, pairs in data:
        for t in tops:
            t.chosen = None
        resolve(tops, w)
        for t, lat, lon in pairs:
            n += 1
            ok += t.chosen is not None and haversine_km(lat, lon, t.chosen.lat, t.chosen.lon) <= 161
    return ok / n if n else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    data = collect(a.gold)
    w = dict(WEIGHTS)
    best = accuracy(data, w)
    print(f"start acc161 on resolvable matches: {best:.4f}", file=sys.stderr)
    for _ in range(a.rounds):
        for k in list(w):
            for f in (0.0, 0.5, 0.75, 1.25, 1.5, 2.0):
                trial = {**w, k: round(WEIGHTS[k] * f if WEIGHTS[k] else f - 1.0, 3)}
                acc = accuracy(data, trial)
                if acc > best + 1e-9:
                    best, w = acc, trial
                    print(f"{k}={trial[k]}: {acc:.4f}", file=sys.stderr)
    print(json.dumps({"acc161": round(best, 4), "weights": w}, indent=1))


if __name__ == "__main__":
    main()
