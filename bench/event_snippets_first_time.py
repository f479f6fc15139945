"""What the rules gave each snippet batch the first time they saw it: the coder as it was committed
just before the batch was added, run on that batch (lines of the current file).

    PYTHONPATH=$PWD python bench/event_snippets_first_time.py [-o out/event_snippets_first_time.jsonl]

For each batch of ``tests/data/event_snippets.jsonl`` (batches 1-16, see
``scripts/fit_event_classifier.py``), the package at the parent of the commit that added the batch
is unpacked (``git archive``) into a temporary folder and run, in a child process, on the batch's
reports; each report's candidate types (any confidence, not negated, hypothetical or questioned)
and emitted types are written out. ``scripts/fit_event_classifier.py`` reads the file to estimate
what the statistical fallback adds to a first-time run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = "tests/data/event_snippets.jsonl"

_CHILD = r"""
import json, sys
from newsgraph.config import Settings
from newsgraph.pipeline import Pipeline
from newsgraph.ingest import make_document
from newsgraph.ingest.readers import Article
try:
    from newsgraph.events.confidence import min_confidence
    floor = min_confidence(Settings())
except Exception:
    floor = 0.0
try:
    settings = Settings(events_min_confidence=0.0)
except TypeError:
    settings = Settings()
pipe = Pipeline.from_settings(settings)
for line in sys.stdin:
    r = json.loads(line)
    doc = pipe(make_document(Article(r["text"], "text", {"published": "2024-01-06"}, "snippet")))
    evs = [e for e in doc.get("events") if not (e.negated or e.hypothetical or e.question)]
    kept = [e for e in evs if getattr(e, "confidence", None) is None or e.confidence >= floor]
    print(json.dumps({"line": r["line"], "cands": [e.type for e in evs], "kept": [e.type for e in kept]}), flush=True)
"""


def batch_commits() -> list[str]:
    """The commits that grew the snippet file, one per batch, in order."""
    log = subprocess.run(["git", "log", "--format=%H", "--reverse", "--", DATA], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    out, size = [], 0
    for c in log:
        n = len(subprocess.run(["git", "show", f"{c}:{DATA}"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines())
        if n > size + 20:  # a new batch (small changes are edits)
            out.append(c)
        size = n
    return out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from fit_event_classifier import BATCHES

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--out", default=str(ROOT / "out" / "event_snippets_first_time.jsonl"))
    a = ap.parse_args(argv)
    rows = (ROOT / DATA).read_text(encoding="utf-8").splitlines()
    commits = batch_commits()[: len(BATCHES)]
    out, start = [], 0
    for k, (n, c) in enumerate(zip(BATCHES, commits, strict=True)):
        batch = [{"line": start + i + 1, **json.loads(rows[start + i])} for i in range(n)]
        start += n
        with tempfile.TemporaryDirectory() as tmp:
            arc = subprocess.run(["git", "archive", f"{c}^", "newsgraph"], cwd=ROOT, capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=arc, check=True)
            res = subprocess.run([sys.executable, "-c", _CHILD], cwd=tmp, env={**os.environ, "PYTHONPATH": tmp},
                                 input="".join(json.dumps(r) + "\n" for r in batch), capture_output=True, text=True)
        got = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
        if len(got) != n:
            print(f"batch {k + 1}: the coder before {c[:7]} failed: {res.stderr[-500:]}", file=sys.stderr)
            continue
        out.extend(got)
        print(f"batch {k + 1} (rules before {c[:7]}): {n} reports", flush=True)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text("".join(json.dumps(x) + "\n" for x in out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
