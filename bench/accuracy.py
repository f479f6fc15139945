"""Measure accuracy on every gold set and write docs/accuracy.md.

    .venv/bin/python bench/accuracy.py [--only TASK[,TASK]] [--no-write]

Runs `newsgraph predict` (through the Python API) and shared/eval/score.py, and
check_seed.py for the seed. The committed floors live in tests/floors/*.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))

#: where the hand-kept part of docs/accuracy.md begins
KEPT = "## Targets and where they stand"

RUNS: list[tuple[str, str, list[str]]] = [
    ("article/scrapinghub.jsonl", "article", ["body_f1"]),
    ("article/wcxb_dev.jsonl", "article", ["body_f1", "title_acc", "author_acc", "date_acc"]),
    ("entities/meantime.jsonl", "entities", ["exact_f1", "overlap_f1"]),
    ("entities/gum_news.jsonl", "entities", ["exact_f1", "overlap_f1"]),
    ("entities/re3d.jsonl", "entities", ["exact_f1", "overlap_f1"]),
    ("places/geowebnews.jsonl", "places", ["recog_f1", "e2e_acc161", "acc161"]),
    ("dates/tbaq.jsonl", "dates", ["relaxed_f1", "strict_f1", "value_acc"]),
    ("entities/meantime.jsonl", "dates", ["relaxed_f1", "value_acc"]),
    ("entities/gum_news.jsonl", "dates", ["relaxed_f1", "value_acc"]),
    ("quotes/polnear_dev.jsonl", "quotes", ["f1@30", "f1@80", "speaker_acc@30"]),
    ("entities/gum_news.jsonl", "quotes", ["f1@30", "f1@80"]),
    # GUM marks direct quotations only: the same predictions without indirect speech, for reference
    ("entities/gum_news.jsonl", "quotes:direct", ["f1@30", "f1@80"]),
    ("entities/meantime.jsonl", "figures", ["f1", "value_acc", "category_acc"]),
    ("entities/re3d.jsonl", "figures", ["f1", "value_acc", "category_acc"]),
    ("events/plover_gsr_dev.jsonl", "events", ["type_acc", "type_macro_f1", "actor_f1", "target_f1", "dead_acc"]),
    # whole articles, default output (events_min_confidence applies; see docs/events.md)
    ("events/articles_dev.jsonl", "events", ["precision", "recall", "f1", "actor_f1", "target_f1"]),
    ("events/articles_business.jsonl", "events", ["precision", "recall", "f1", "actor_f1", "target_f1"]),
]


def score(gold: Path, task: str, tmp: Path) -> dict[str, float]:
    """Predict and score one set; "quotes:direct" scores the quotes without indirect speech."""
    from newsgraph.predict import parse_tasks, predict

    task, _, variant = task.partition(":")
    pred = tmp / f"{gold.stem}.{task}{variant}.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for p in predict(gold, parse_tasks(task)):
            if variant == "direct":
                p["quotes"] = [q for q in p.get("quotes", []) if q.get("kind") != "indirect"]
            fh.write(json.dumps(p) + "\n")
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--task", task, str(gold), str(pred), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def seed(tmp: Path) -> str:
    from newsgraph.predict import parse_tasks, predict

    pred = tmp / "seed.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for p in predict(SHARED / "eval" / "seed" / "seed.jsonl", parse_tasks("all")):
            fh.write(json.dumps(p) + "\n")
    lines = []
    for sec in ("structure", "entities", "places", "dates", "figures", "quotes", "events", "tone"):
        out = subprocess.run([sys.executable, str(SHARED / "eval" / "check_seed.py"), str(pred), "--sections", sec],
                             capture_output=True, text=True).stdout.strip().splitlines()
        lines.append(f"| {sec} | {out[-1].split(': ', 1)[-1] if out else '?'} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args()
    only = {t for t in a.only.split(",") if t}
    rows = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for rel, task, metrics in RUNS:
            if only and task.split(":")[0] not in only:
                continue
            t0 = time.perf_counter()
            res = score(SHARED / "eval" / rel, task, tmp)
            figs = ", ".join(f"{m} {res[m]:.3f}" for m in metrics if isinstance(res.get(m), (int, float)))
            rows.append(f"| {rel} | {task} | {figs} | {time.perf_counter() - t0:.0f} s |")
            print(rows[-1], flush=True)
        seed_rows = seed(tmp) if not only else ""
    if a.no_write or only:
        return
    doc = f"""# Accuracy

Measured {time.strftime('%Y-%m-%d')} with `.venv/bin/python bench/accuracy.py` (which runs
`newsgraph predict` and `python3 ../shared/eval/score.py --task TASK GOLD PRED` on each set).
Committed floors that CI enforces are in `tests/floors/*.json`; they only go up.

| gold set | task | figures | time |
|---|---|---|---|
{chr(10).join(rows)}

## Seed article (`check_seed.py`)

| section | must / should met |
|---|---|
{seed_rows}

Reproduce one figure by hand:

    .venv/bin/newsgraph predict --task entities ../shared/eval/entities/meantime.jsonl -o meantime.pred.jsonl
    python3 ../shared/eval/score.py --task entities ../shared/eval/entities/meantime.jsonl meantime.pred.jsonl
"""
    # the hand-kept sections (targets, speed) after the generated part stay as they are
    path = ROOT / "docs" / "accuracy.md"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    keep = old[old.index(KEPT):] if KEPT in old else ""
    path.write_text(doc + ("\n" + keep if keep else ""), encoding="utf-8")


if __name__ == "__main__":
    main()
