"""Fit the resolution weights of newsgraph.places.resolve on a places gold set (reproducible).

    .venv/bin/python scripts/fit_places.py ../shared/eval/places/geowebnews.jsonl [--rounds 2]
    .venv/bin/python scripts/fit_places.py ../shared/eval/places/geowebnews.jsonl --confidence

With ``--confidence`` it fits ``COEF`` of newsgraph.places.confidence instead: it runs the
places component on every gold document, labels each place it gives (1 when it overlaps a
gold toponym, one to one as the scorer pairs them, and lies within 161 km of it; for a name
left unresolved, 1 when it overlaps one), fits a logistic model with a small L2 penalty by
Newton's method, and prints the weights and a calibration table (of the places given about
p, the share that were right).

Runs recognition once, keeps the toponyms that overlap a gold toponym, then does a
coordinate search over WEIGHTS (each weight times 0, 0.5, 0.75, 1.25, 1.5, 2) maximising
the share of those toponyms resolved within 161 km. Prints the weights it found as JSON;
they are copied into ``WEIGHTS`` by hand. Only weights are fitted, nothing of the text.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

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


def _pairs(gold: list[dict[str, Any]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """pred index -> gold index, one to one, the largest overlap first (as score.py pairs them)."""
    ov = sorted(((min(g["end"], e) - max(g["start"], s), gi, pi) for gi, g in enumerate(gold)
                 for pi, (s, e) in enumerate(pred) if min(g["end"], e) > max(g["start"], s)), reverse=True)
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, pi in ov:
        if gi not in used_g and pi not in out:
            used_g.add(gi)
            out[pi] = gi
    return out


def confidence_data(gold_path: str) -> tuple[list[dict[str, float]], list[int]]:
    from newsgraph.places.component import PlaceFinder

    settings = Settings()
    golds = list(iter_gold(gold_path))
    pipe = Pipeline.from_settings(settings, ["newsgraph.nlp.v1", "newsgraph.entities.v1"])
    finder = PlaceFinder(settings)
    docs = [make_document(gold_article(g), settings) for g in golds]
    xs: list[dict[str, float]] = []
    ys: list[int] = []
    for g, r in zip(golds, pipe.pipe(docs), strict=True):
        if r.doc is None:
            continue
        found = finder.places_with_features(r.doc)
        spans = [r.doc.source_span(p.start, p.end) for p, _ in found]
        gold = g.get("places") or []
        pairs = _pairs(gold, spans)
        for i, (p, f) in enumerate(found):
            gi = pairs.get(i)
            if gi is None:
                ok = False
            elif p.lat is None or p.lon is None:
                ok = True  # an unresolved name: is it a place at all
            else:
                ok = haversine_km(float(gold[gi]["lat"]), float(gold[gi]["lon"]), p.lat, p.lon) <= 161
            xs.append(f.vector())
            ys.append(int(ok))
    return xs, ys


def fit_logistic(xs: list[dict[str, float]], ys: list[int], l2: float = 1.0) -> dict[str, float]:
    import numpy as np

    names = sorted({k for x in xs for k in x})
    x = np.array([[v.get(k, 0.0) for k in names] for v in xs])
    y = np.array(ys, dtype=float)
    w = np.zeros(len(names))
    reg = np.eye(len(names)) * l2
    reg[names.index("bias"), names.index("bias")] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return {k: round(float(v), 3) for k, v in zip(names, w, strict=True) if abs(v) >= 5e-4 or k == "bias"}


def calibration(xs: list[dict[str, float]], ys: list[int], coef: dict[str, float]) -> list[str]:
    bins: dict[int, list[int]] = {}
    for v, y in zip(xs, ys, strict=True):
        z = sum(coef.get(k, 0.0) * x for k, x in v.items())
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        bins.setdefault(min(9, int(p * 10)), []).append(y)
    return [f"{b / 10:.1f}-{(b + 1) / 10:.1f}: n={len(v):5d} right={sum(v) / len(v):.3f}" for b, v in sorted(bins.items())]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--confidence", action="store_true", help="fit the confidence model instead of the weights")
    a = ap.parse_args()
    if a.confidence:
        xs, ys = confidence_data(a.gold)
        coef = fit_logistic(xs, ys)
        for line in calibration(xs, ys, coef):
            print(line, file=sys.stderr)
        print(json.dumps({"places": len(ys), "right": sum(ys), "coef": coef}, indent=1))
        return
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
