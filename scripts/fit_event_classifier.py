"""Fit the statistical fallback (newsgraph/events/classifier.npz), judged by leave-one-batch-out CV.

    PYTHONPATH=$PWD python scripts/fit_event_classifier.py [--shared ../shared] [--no-write]

Training data (never the gold sets under shared/eval):

- the invented short reports of ``tests/data/event_snippets.jsonl``, lines 1 to ``TRAIN_LINES``
  only (batches 1-16; later batches stay unseen, for a first-time test): the first two sentences
  of each, labelled with its ``expect`` type when political and ``NONE`` otherwise;
- ``NONE``: sentences of the open corpus (``corpus/open/articles.jsonl``) in which the rules find
  no candidate, from the articles in neither whole-article gold set whose id falls in the training
  half (``crc32(id) % 2 == 0``); the other half is kept unseen, to read what the fallback adds;
- with ``--ngec``, the leads of NGEC's machine-written synthetic stories as well.

Leave-one-batch-out cross-validation: for each of the sixteen batches, the classifier is fitted on
the other fifteen (and fifteen sixteenths of the negatives) and the full pipeline (rules, then the
fallback) is run on the held-out batch: the share of political reports that get an emitted event of
the right type, and the shares of disaster/accident and sport/business reports that get a conflict
candidate, with the rules alone and with the fallback. The pipeline runs once per report: the
fallback's event for each of the sixteen types is built in advance (``_Probe``), so that a fold
only needs the classifier's probabilities. A softmax temperature is fitted on the cross-validated
scores (minimum log loss); the threshold is the lowest probability at which the fallback's own
emitted events on the held-out batches are right at least ``--target`` of the time. The table goes
to ``bench/event_classifier_cv.json`` and the final model, fitted on everything, to the package.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.events import classifier as clf  # noqa: E402

TYPES = sorted(clf.CAMEO)
CLASSES = (clf.NONE, *TYPES)
SNIPPETS = ROOT / "tests" / "data" / "event_snippets.jsonl"
#: the reports of batches 1-16, the only ones trained on, and the size of each batch in order
BATCHES = (160, 75, 67, 60, 50, 48, 41, 102, 69, 130, 163, 70, 71, 91, 146, 52)
TRAIN_LINES = sum(BATCHES)
CONFLICT = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE", "SANCTION"})
_SENT = re.compile(r"(?<=[.!?])[\"']?\s+(?=[A-Z\"'])")
_COUNTRIES = ("Norland", "Vestria", "Karamia", "Ostavia", "Belmora", "Tarkan", "Lusenia", "Qadira", "Mervia", "Sandoria")
_CITIES = ("Port Allen", "Valdora", "Kessick", "Amrith", "Lowmarsh")


# ------------------------------------------------------------------ the reports, through the pipeline
def _probe_class() -> Any:
    from newsgraph.events import fallback
    from newsgraph.events.component import EventFinder

    class _Probe(EventFinder):
        """The event finder with the classifier replaced by a record, for every type, of the event
        the fallback would build on each verb it may take (the sentences where no event is emitted,
        and the whole lede), in order; a fold then picks the verb by its own weights."""

        seen: str | None = None
        verbs: dict[str, dict[str, list[tuple[str, Any]]]] = {}

        def _fallback(self, doc: Any, lede: list[Any], found: list[Any], info: Any) -> Any:
            sents = fallback.open_sentences(lede, found, self.settings)
            self.seen = " ".join(s.text.strip() for s in sents) if sents else None
            self.verbs = {}
            for key, part in (("fallback", sents), ("whole", lede)):
                self.verbs[key] = {}
                for t in TYPES:
                    self.verbs[key][t] = []
                    for s in part:
                        for v in fallback.verbs(s):
                            ev = fallback.attempt(self, doc, s, v, t, 1.0, info)
                            self.verbs[key][t].append((v.text, None if ev is None else {
                                "confidence": ev.confidence, "trigger": ev.trigger, "actor": ev.actor, "target": ev.target}))
            return None

    return _Probe


def snippet_runs(cache: Path) -> list[dict[str, Any]]:
    """Per report (batches 1-16): its label, kind, batch, training text, the rules' candidate and
    emitted types, the text the fallback reads (None: every lede sentence has an event) and, per
    type, the verbs the fallback may take with the event each makes (its confidence from the
    confidence model) or None."""
    if cache.exists():
        return [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    from newsgraph.config import Settings
    from newsgraph.events.confidence import emitted
    from newsgraph.ingest import make_document
    from newsgraph.ingest.readers import Article
    from newsgraph.pipeline import Pipeline

    rows = [json.loads(line) for line in SNIPPETS.read_text(encoding="utf-8").splitlines()[:TRAIN_LINES]]
    batch_of = [b for b, n in enumerate(BATCHES) for _ in range(n)]
    settings = Settings(events_classifier=True)
    pipe = Pipeline.from_settings(Settings(events_classifier=False))
    probe = _probe_class()(settings)
    out = []
    for i, r in enumerate(rows):
        doc = pipe(make_document(Article(r["text"], "text", {"published": "2024-01-06"}, "snippet")))
        cands = [e for e in probe.find(doc) if not (e.negated or e.hypothetical or e.question)]
        kept = emitted(cands, settings)
        sents = [s.text.strip() for s in doc.nlp_doc.sents if any(t.is_alpha for t in s)]
        out.append({
            "line": i + 1, "batch": batch_of[i], "kind": r["kind"], "want": [r["expect"], *r.get("alt", [])] if r["expect"] else [],
            "label": r["expect"] or clf.NONE, "text": " ".join(sents[:2]), "open": probe.seen,
            "cands": [e.type for e in cands], "kept": [e.type for e in kept], "verbs": probe.verbs,
        })
        if i % 200 == 0:
            print(f"  {i} reports parsed", flush=True)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("".join(json.dumps(x) + "\n" for x in out), encoding="utf-8")
    return out


def choose(verbs: list[tuple[str, Any]], W: np.ndarray, type_: str) -> Any:
    """The event on the first verb the model's weights read as evidence for the type (as
    :func:`newsgraph.events.fallback.triggers` does with the shipped model), or None."""
    m = clf.Model(W, np.zeros(len(CLASSES)), CLASSES)
    ranked = sorted(((m.support(w, type_), k, ev) for k, (w, ev) in enumerate(verbs)), key=lambda x: (-x[0], x[1]))
    return next((ev for s, _, ev in ranked if s > 0 and ev is not None), None)


def gold_ids(shared: Path) -> set[str]:
    ids = set()
    for s in ("articles_dev", "articles_business"):
        for line in (shared / "eval" / "events" / f"{s}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(str(json.loads(line)["id"]))  # ids only: which open-corpus articles to leave out
    return ids


def training_half(art_id: str) -> bool:
    return zlib.crc32(art_id.encode()) % 2 == 0


def negatives(shared: Path, cache: Path) -> list[tuple[str, str, str]]:
    """(sentence, NONE, article id): open-corpus sentences of the training half with no candidate."""
    if cache.exists():
        return [tuple(json.loads(line)) for line in cache.read_text(encoding="utf-8").splitlines()]  # type: ignore[misc]
    from newsgraph.config import Settings
    from newsgraph.ingest import make_document
    from newsgraph.pipeline import Pipeline
    from newsgraph.predict import components_for, gold_article

    skip = gold_ids(shared)
    arts = [json.loads(line) for line in (shared / "corpus" / "open" / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = [a for a in arts if str(a["id"]) not in skip and training_half(str(a["id"]))]
    settings = Settings(events_min_confidence=0.0, events_classifier=False)
    pipe = Pipeline.from_settings(settings, components_for(["events"]))
    out = []
    for a in arts:
        doc = pipe(make_document(gold_article(a), settings))
        sd: Any = doc.nlp_doc
        hit = [(e.start, e.end) for e in doc.get("events")]
        for s in sd.sents:
            txt = s.text.strip()
            if len(txt.split()) < 4 or (doc.blocks and not doc.in_body(s.start_char, s.start_char + 1)):
                continue
            if any(lo < s.end_char and hi > s.start_char for lo, hi in hit):
                continue
            out.append((txt, clf.NONE, str(a["id"])))
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("".join(json.dumps(x) + "\n" for x in out), encoding="utf-8")
    return out


def ngec_leads(shared: Path) -> list[tuple[str, str]]:
    """(text, type): NGEC synthetic story titles (placeholders filled) and first sentences."""
    rnd = random.Random(18)
    out = []
    with open(shared / "data" / "events" / "ngec" / "gpt_synthetic_events_2023-10-19_19.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["label"] not in clf.CAMEO:
                continue
            cs = rnd.sample(_COUNTRIES, 3)
            title = (r["title"].replace("{country_1}", cs[0]).replace("{country_2}", cs[1]).replace("{country_3}", cs[2])
                     .replace("{city}", rnd.choice(_CITIES)))
            para = next((p for p in r["text"].strip().split("\n") if p.strip()), "")
            out.append((title + " " + _SENT.split(para.strip(), maxsplit=1)[0].strip(), r["label"]))
    return out


# ------------------------------------------------------------------ the model
def design(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Flat feature indices, the row of each, and each row's scale (1/sqrt(n))."""
    idx, rows, scale = [], [], np.ones(len(texts))
    for i, t in enumerate(texts):
        f = clf.features(t)
        idx.append(f)
        rows.append(np.full(len(f), i))
        scale[i] = 1.0 / np.sqrt(max(len(f), 1))
    return np.concatenate(idx), np.concatenate(rows), scale


def fit(idx: np.ndarray, rows: np.ndarray, scale: np.ndarray, y: np.ndarray, weight: np.ndarray,
        l2: float, epochs: int, lr: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression, L2, full-batch Adam."""
    n, n_cls = len(y), len(CLASSES)
    W = np.zeros((clf.DIM, n_cls))
    b = np.zeros(n_cls)
    Y = np.eye(n_cls)[y]
    sw = weight / weight.sum()
    mW, vW, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    vals = scale[rows]
    for t in range(1, epochs + 1):
        Z = np.zeros((n, n_cls))
        for c in range(n_cls):
            Z[:, c] = np.bincount(rows, weights=W[idx, c] * vals, minlength=n)
        Z += b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) * sw[:, None]
        gW = np.empty_like(W)
        for c in range(n_cls):
            gW[:, c] = np.bincount(idx, weights=G[rows, c] * vals, minlength=clf.DIM)
        gW += l2 * W
        gb = G.sum(axis=0)
        for p, g, m, v in ((W, gW, mW, vW), (b, gb, mb, vb)):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            p -= lr * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return W, b


def quantize(W: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights and one scale per class, as shipped (the cross-validation uses them too)."""
    scale = np.maximum(np.abs(W).max(axis=0), 1e-9) / 127
    return np.round(W / scale).astype(np.int8), scale.astype(np.float32)


def shipped(W: np.ndarray) -> np.ndarray:
    q, scale = quantize(W)
    return q.astype(np.float32) * scale


def logits(W: np.ndarray, b: np.ndarray, texts: list[str]) -> np.ndarray:
    m = clf.Model(W, b, CLASSES)
    return np.array([m.logits(clf.features(t)) for t in texts]).reshape(len(texts), len(CLASSES))


def softmax(Z: np.ndarray, temp: float) -> np.ndarray:
    Z = Z / temp
    Z = Z - Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


# ------------------------------------------------------------------ what the pipeline emits
def outcome(r: dict[str, Any], probs: np.ndarray | None, threshold: float, floor: float) -> tuple[bool, bool, str | None]:
    """(political right type emitted, conflict candidate, the fallback's emitted type) for one report."""
    want = set(r["want"])
    right = any(t in want for t in r["kept"])
    conflict = any(t in CONFLICT for t in r["cands"])
    fb: str | None = None
    if probs is not None and r["open"] is not None:
        k = int(np.argmax(probs))
        p = float(probs[k])
        if k != 0 and p >= threshold:
            t = CLASSES[k]
            ev = r["fallback"].get(t)
            if ev is not None:
                conflict = conflict or t in CONFLICT
                if min(p, ev["confidence"] if ev["confidence"] is not None else 1.0) >= floor:
                    fb = t
                    right = right or t in want
    return right, conflict, fb


def first_outcome(r: dict[str, Any], probs: np.ndarray | None, threshold: float, floor: float) -> tuple[bool, bool, str | None]:
    """As :func:`outcome`, with the rules as they were before the report's batch was added (``first``:
    their candidate and emitted types); the fallback reads the whole lede where they emitted nothing."""
    first = r["first"]
    return outcome({**r, "cands": first["cands"], "kept": first["kept"], "open": None if first["kept"] else r["text"],
                    "fallback": r["whole"]}, probs, threshold, floor)


def rates(runs: list[dict[str, Any]], P: np.ndarray | None, threshold: float, floor: float, first: bool = False) -> dict[str, Any]:
    how = first_outcome if first else outcome
    res = [how(r, None if P is None else P[i], threshold, floor) for i, r in enumerate(runs)]
    pol = [i for i, r in enumerate(runs) if r["kind"] == "political" and r["want"]]
    dis = [i for i, r in enumerate(runs) if r["kind"] in ("disaster", "accident")]
    oth = [i for i, r in enumerate(runs) if r["kind"] in ("sport", "business")]
    fired = [i for i, x in enumerate(res) if x[2] is not None]
    good = [i for i in fired if res[i][2] in set(runs[i]["want"])]
    return {
        "political": len(pol), "political_right_type": round(sum(res[i][0] for i in pol) / max(len(pol), 1), 4),
        "disaster": len(dis), "disaster_conflict": round(sum(res[i][1] for i in dis) / max(len(dis), 1), 4),
        "sport_business": len(oth), "sport_business_conflict": round(sum(res[i][1] for i in oth) / max(len(oth), 1), 4),
        "fallback_events": len(fired), "fallback_right": len(good),
    }


def _print_batches(title: str, per_batch: list[dict[str, Any]], rules_key: str, fallback_key: str) -> None:
    """One line per held-out batch: the rules alone and with the fallback."""
    print(f"{title} | political | rules | +fallback | fallback events (right) | disaster conflict rules -> +fb | sport/business rules -> +fb")
    for row in per_batch:
        ru, fb = row[rules_key], row[fallback_key]
        print(f"{row['batch']:>5} | {ru['political']:>4} | {ru['political_right_type']:.3f} | {fb['political_right_type']:.3f} | "
              f"{fb['fallback_events']} ({fb['fallback_right']}) | {ru['disaster_conflict']:.3f} -> {fb['disaster_conflict']:.3f} | "
              f"{ru['sport_business_conflict']:.3f} -> {fb['sport_business_conflict']:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--target", type=float, default=0.85, help="cross-validated precision of the fallback's own events")
    ap.add_argument("--floor", type=float, default=None,
                    help="the lowest threshold allowed (default: the emission threshold, below which its events are never emitted)")
    ap.add_argument("--l2", type=float, default=1e-5)
    ap.add_argument("--epochs", type=int, default=150)
    ap.add_argument("--none-weight", type=float, default=0.4, help="the share of the loss the NONE examples carry")
    ap.add_argument("--ngec", action="store_true", help="train on NGEC's synthetic leads as well")
    ap.add_argument("--cache", default=str(ROOT / "out"))
    ap.add_argument("--first-time", default=str(ROOT / "out" / "event_snippets_first_time.jsonl"),
                    help="the rules' first-time results (bench/event_snippets_first_time.py); skipped when missing")
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args(argv)
    from newsgraph.config import Settings
    from newsgraph.events.confidence import min_confidence

    floor = min_confidence(Settings())
    shared, cache = Path(a.shared), Path(a.cache)
    runs = snippet_runs(cache / "event_classifier_snippets.jsonl")
    neg = negatives(shared, cache / "event_classifier_negatives.jsonl")
    extra = ngec_leads(shared) if a.ngec else []
    n_folds = len(BATCHES)
    texts = [r["text"] for r in runs] + [n[0] for n in neg] + [e[0] for e in extra]
    y = np.array([CLASSES.index(r["label"]) for r in runs] + [0] * len(neg) + [CLASSES.index(e[1]) for e in extra])
    folds = np.array([r["batch"] for r in runs] + [zlib.crc32(n[2].encode()) % n_folds for n in neg] + [-1] * len(extra))
    ask = [r["open"] or r["text"] for r in runs]  # what the classifier reads in the pipeline
    ft_path = Path(a.first_time)
    if ft_path.exists():
        ft = {x["line"]: x for x in map(json.loads, ft_path.read_text(encoding="utf-8").splitlines())}
        for r in runs:
            r["first"] = ft.get(r["line"])
    has_first = all(r.get("first") is not None for r in runs)
    print(f"{len(runs)} reports ({int((y[:len(runs)] != 0).sum())} political), {len(neg)} negative sentences, {len(extra)} NGEC leads")
    weight = np.where(y == 0, a.none_weight / max((y == 0).sum(), 1), (1 - a.none_weight) / max((y != 0).sum(), 1))
    cv = np.zeros((len(runs), len(CLASSES)))
    cv_neg = np.zeros((len(neg), len(CLASSES)))
    cv_whole = np.zeros((len(runs), len(CLASSES)))
    for k in range(n_folds):
        tr = folds != k
        sub = [texts[i] for i in np.flatnonzero(tr)]
        W, b = fit(*design(sub), y[tr], weight[tr], a.l2, a.epochs)
        W = shipped(W)
        te = [i for i, r in enumerate(runs) if r["batch"] == k]
        cv[te] = logits(W, b, [ask[i] for i in te])
        cv_whole[te] = logits(W, b, [runs[i]["text"] for i in te])
        for i in te:
            runs[i]["fallback"] = {t: choose(runs[i]["verbs"]["fallback"][t], W, t) for t in TYPES} if runs[i]["open"] is not None else {}
            runs[i]["whole"] = {t: choose(runs[i]["verbs"]["whole"][t], W, t) for t in TYPES}
        ten = [i for i, n in enumerate(neg) if zlib.crc32(n[2].encode()) % n_folds == k]
        cv_neg[ten] = logits(W, b, [neg[i][0] for i in ten])
        print(f"fold {k + 1}: {len(te)} reports, type accuracy {np.mean(cv[te].argmax(1) == y[te]):.3f}", flush=True)
    y_r = y[:len(runs)]
    temps = np.arange(0.3, 3.01, 0.05)
    nll = [-np.mean(np.log(softmax(np.vstack([cv, cv_neg]), t)[np.arange(len(y_r) + len(neg)), np.concatenate([y_r, np.zeros(len(neg), int)])] + 1e-12)) for t in temps]
    temp = float(temps[int(np.argmin(nll))])
    P, Pn, Pw = softmax(cv, temp), softmax(cv_neg, temp), softmax(cv_whole, temp)
    print(f"temperature {temp:.2f}; CV accuracy on the reports {np.mean(P.argmax(1) == y_r):.3f}")
    table = []
    threshold = None
    for t in np.arange(0.3, 0.991, 0.05):
        s = rates(runs, P, float(t), floor)
        f = rates(runs, Pw, float(t), floor, first=True) if has_first else s
        fire_neg = float(np.mean((Pn.argmax(1) != 0) & (Pn.max(1) >= t))) if len(neg) else 0.0
        prec = s["fallback_right"] / max(s["fallback_events"], 1)
        prec_f = f["fallback_right"] / max(f["fallback_events"], 1)
        table.append({"threshold": round(float(t), 2), "precision": round(prec, 4), **s, "negatives_typed": round(fire_neg, 4),
                      "first_time": {"precision": round(prec_f, 4), **f}})
        print(f"  p>={t:.2f}: fallback events {s['fallback_events']} right {prec:.3f}; political {s['political_right_type']:.3f} "
              f"disaster {s['disaster_conflict']:.4f} sport/business {s['sport_business_conflict']:.4f}; open-corpus sentences typed {fire_neg:.4f}"
              f" | first-time: fallback events {f['fallback_events']} right {prec_f:.3f}; political {f['political_right_type']:.3f} "
              f"disaster {f['disaster_conflict']:.4f} sport/business {f['sport_business_conflict']:.4f}")
        # the precision that decides: the fallback's events over both runs of the held-out batches
        both = (s["fallback_right"] + f["fallback_right"]) / max(s["fallback_events"] + f["fallback_events"], 1)
        if threshold is None and both >= a.target and s["fallback_events"] + f["fallback_events"] >= 10:
            threshold = float(t)
    threshold = max(round(threshold if threshold is not None else 0.99, 2), floor if a.floor is None else a.floor)
    print(f"threshold {threshold:.2f}")
    per_batch = []
    for k in range(n_folds):
        sel = [i for i, r in enumerate(runs) if r["batch"] == k]
        sub = [runs[i] for i in sel]
        row = {"batch": k + 1, "rules": rates(sub, None, threshold, floor), "fallback": rates(sub, P[sel], threshold, floor)}
        if has_first:
            row["first_rules"] = rates(sub, None, threshold, floor, first=True)
            row["first_fallback"] = rates(sub, Pw[sel], threshold, floor, first=True)
        per_batch.append(row)
    _print_batches("batch", per_batch, "rules", "fallback")
    if has_first:
        _print_batches("first time", per_batch, "first_rules", "first_fallback")
        first_means = {k: round(float(np.mean([row[k]["political_right_type"] for row in per_batch])), 4) for k in ("first_rules", "first_fallback")}
        print(f"first time, mean over batches: {first_means}; all: {rates(runs, None, threshold, floor, True)} -> {rates(runs, Pw, threshold, floor, True)}")
    mean_r = float(np.mean([row["rules"]["political_right_type"] for row in per_batch]))
    mean_f = float(np.mean([row["fallback"]["political_right_type"] for row in per_batch]))
    allr, allf = rates(runs, None, threshold, floor), rates(runs, P, threshold, floor)
    print(f"mean over batches: rules {mean_r:.4f}, +fallback {mean_f:.4f}; all reports: {allr} -> {allf}")
    summary = {"examples": len(y), "reports": len(runs), "negatives": len(neg), "ngec": len(extra), "temperature": temp,
               "threshold": threshold, "emission_floor": floor, "mean_batch_political": {"rules": round(mean_r, 4), "fallback": round(mean_f, 4)},
               "all": {"rules": allr, "fallback": allf}, "per_batch": per_batch, "table": table}
    if has_first:
        summary["first_time"] = {"mean_batch_political": first_means, "all": {
            "rules": rates(runs, None, threshold, floor, True), "fallback": rates(runs, Pw, threshold, floor, True)}}
    np.savez(cache / "event_classifier_cv_probs.npz", now=P, whole=Pw, classes=np.array(CLASSES))
    with open(cache / "event_classifier_cv_events.jsonl", "w", encoding="utf-8") as fh:  # to read what it adds
        for i, r in enumerate(runs):
            for key, (fired, probs, evs) in {"now": (outcome(r, P[i], threshold, floor)[2], P[i], r["fallback"]),
                                             "first": (first_outcome(r, Pw[i], threshold, floor)[2] if has_first else None, Pw[i], r["whole"])}.items():
                if fired is not None:
                    fh.write(json.dumps({"run": key, "line": r["line"], "kind": r["kind"], "want": r["want"], "type": fired,
                                         "p": round(float(probs.max()), 3), **evs[fired], "text": r["text"]}) + "\n")
    if a.no_write:
        print(json.dumps(summary["all"]))
        return 0
    W, b = fit(*design(texts), y, weight, a.l2, a.epochs)
    q, scale = quantize(W)
    np.savez_compressed(clf.MODEL_PATH, weights=q, scale=scale,
                        bias=b.astype(np.float32), classes=np.array(CLASSES),
                        temperature=np.float64(temp), threshold=np.float64(threshold))
    (ROOT / "bench" / "event_classifier_cv.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {clf.MODEL_PATH} ({clf.MODEL_PATH.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
