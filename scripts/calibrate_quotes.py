"""Recompute the confidence tables of newsgraph/quotes/confidence.py from a gold file and a
prediction of it (``newsgraph predict --task quotes GOLD -o PRED``).

    python scripts/calibrate_quotes.py ../shared/eval/quotes/polnear_dev.jsonl q.jsonl

Prints QUOTE_TABLE (share of quotes per "<kind>/<cue class>" that match a gold quote at 30%
overlap) and SPEAKER_TABLE (share of speakers per method that name the gold speaker, on matched
quotes whose gold speaker is named), Laplace-smoothed, keys seen fewer than 8 times pooled into
"<kind>/*" or "*/<step>".
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from typing import Any

from newsgraph.quotes.confidence import SLOGAN_CAP

_MIN = 8


def _tokens(name: str | None) -> list[str]:
    return [t for t in re.split(r"[^\w']+", (name or "").lower()) if t and t not in ("jr", "sr", "ii", "iii")]


def _surname(name: str | None) -> str:
    toks = [t for t in _tokens(name) if t not in ("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president")]
    return toks[-1] if toks else ""


def same_speaker(gold: str | None, pred: str | None) -> bool:
    """The scorer's rule: one name's tokens hold the other's surname."""
    if not gold or not pred:
        return False
    gs, ps = _surname(gold), _surname(pred)
    return bool(gs and gs in _tokens(pred)) or bool(ps and ps in _tokens(gold))


def _matches(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Prediction index -> the gold quote it covers more than 30% of (greedy, best overlap first)."""
    pairs = []
    for i, p in enumerate(pred):
        for g in gold:
            ov = max(0, min(p["end"], g["end"]) - max(p["start"], g["start"]))
            if ov / max(1, g["end"] - g["start"]) > 0.3:
                pairs.append((ov, i, id(g), g))
    out: dict[int, dict[str, Any]] = {}
    used: set[int] = set()
    for _, i, gid, g in sorted(pairs, key=lambda x: -x[0]):
        if i not in out and gid not in used:
            out[i] = g
            used.add(gid)
    return out


def _table(hits: Counter[str], seen: Counter[str], coarse: Any) -> dict[str, float]:
    pooled_h: Counter[str] = Counter()
    pooled_n: Counter[str] = Counter()
    for k, n in seen.items():
        pooled_h[coarse(k)] += hits[k]
        pooled_n[coarse(k)] += n
    table = {k: round((hits[k] + 1) / (n + 2), 2) for k, n in seen.items() if n >= _MIN}
    table.update({k: round((pooled_h[k] + 1) / (n + 2), 2) for k, n in pooled_n.items() if n >= _MIN})
    return dict(sorted(table.items()))


def reliability(pairs: list[tuple[float, bool]], label: str) -> float:
    """Print a reliability table (confidence bins of 0.1: count, mean confidence, share right)
    and return the expected calibration error (the count-weighted gap between the two)."""
    bins: dict[int, list[tuple[float, bool]]] = {}
    for conf, ok in pairs:
        bins.setdefault(min(9, int(conf * 10)), []).append((conf, ok))
    ece = 0.0
    print(f"{label}: n={len(pairs)}")
    for b in sorted(bins):
        rows = bins[b]
        mean = sum(c for c, _ in rows) / len(rows)
        right = sum(ok for _, ok in rows) / len(rows)
        ece += len(rows) / max(1, len(pairs)) * abs(mean - right)
        print(f"  [{b / 10:.1f}, {(b + 1) / 10:.1f}) n={len(rows):5d} conf={mean:.3f} right={right:.3f}")
    print(f"  ECE={ece:.4f}")
    return ece


def main(gold_path: str, pred_path: str) -> None:
    gold = {d["id"]: d for d in map(json.loads, open(gold_path, encoding="utf-8"))}
    q_hit: Counter[str] = Counter()
    q_n: Counter[str] = Counter()
    s_hit: Counter[str] = Counter()
    s_n: Counter[str] = Counter()
    q_pairs: list[tuple[float, bool]] = []
    s_pairs: list[tuple[float, bool]] = []
    for line in open(pred_path, encoding="utf-8"):
        p = json.loads(line)
        g = gold.get(p["id"], {}).get("quotes") or []
        preds = p.get("quotes") or []
        matched = _matches(g, preds)
        for i, q in enumerate(preds):
            cls = (q.get("speaker_method") or "none/none").split("/")[0]
            key = f"{q['kind']}/{cls}"
            # (fragments and chants take a capped confidence of their own: not fitted into the table)
            if len((q.get("text") or "").split()) > 2 and (q.get("confidence") or 1.0) > SLOGAN_CAP:
                q_n[key] += 1
                q_hit[key] += i in matched
            q_pairs.append((q.get("confidence") or 0.0, i in matched))
            gq = matched.get(i)
            if gq is not None and gq.get("speaker") and q.get("speaker_confidence") is not None:
                s_n[q["speaker_method"]] += 1
                right = same_speaker(gq["speaker"], q.get("speaker"))
                s_hit[q["speaker_method"]] += right
                s_pairs.append((q["speaker_confidence"], right))
    print("QUOTE_TABLE =", _table(q_hit, q_n, lambda k: k.split("/")[0] + "/*"))
    print("SPEAKER_TABLE =", _table(s_hit, s_n, lambda k: "*/" + k.split("/")[1]))
    print("speaker counts:", dict(s_n.most_common()))
    rare = [k for k, n in s_n.items() if n < _MIN and sum(m for j, m in s_n.items() if j.split("/")[1] == k.split("/")[1]) < _MIN]
    rare_n = sum(s_n[k] for k in rare)
    if rare_n:
        # methods too rare for a key of their own, pooled: the default for any method not in the table
        print(f"_SPEAKER_DEFAULT = {round((sum(s_hit[k] for k in rare) + 1) / (rare_n + 2), 2)}  # {rare_n} speakers: {sorted(rare)}")
    reliability(q_pairs, "quotes (confidence vs matched a gold quote)")
    reliability(s_pairs, "speakers (speaker_confidence vs named the gold speaker)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
