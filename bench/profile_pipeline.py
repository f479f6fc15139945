"""Where ingest spends its time: reading, spaCy, each component, the store write.

    .venv/bin/python bench/profile_pipeline.py [--corpus ../shared/corpus/open/articles.jsonl] [--limit N] [--cprofile N]

Runs the same steps as ``newsgraph ingest`` (read and repair the inputs, the spaCy pass in
batches inside ``memory_zone``, each component per document, one store transaction per
batch) with a timer around each, over the open corpus. Prints a table and writes
``bench/results/profile.json``. ``--cprofile N`` also prints the N most expensive functions
(cumulative time) of the component stage, to find what to speed up inside a component.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _unshadow() -> None:
    """This file is named like the standard library's ``profile`` module, which cProfile (and so
    spaCy) imports: the bench folder leaves the import path before anything is imported."""
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "open" / "articles.jsonl"))
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--cprofile", type=int, default=0, help="print the N costliest functions of the components")
    ap.add_argument("--sort", default="cumulative", help="cProfile order: cumulative or tottime")
    ap.add_argument("--callers", default="", help="with --cprofile: print who calls functions matching this")
    a = ap.parse_args()
    _unshadow()
    import cProfile

    from newsgraph.components.nlp import SpacyComponent, load_model
    from newsgraph.config import load_settings
    from newsgraph.ingest import documents_from_paths
    from newsgraph.ingest.readers import Failure
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import Store

    times: dict[str, float] = defaultdict(float)  # wall seconds per step
    cpu: dict[str, float] = defaultdict(float)  # CPU seconds of this process per step (steadier on a busy machine)

    class clock:
        """Adds the wall and CPU time of a ``with`` block to a step."""

        def __init__(self, step: str) -> None:
            self.step = step

        def __enter__(self) -> None:
            self.w, self.c = time.perf_counter(), time.process_time()

        def __exit__(self, *exc: object) -> None:
            times[self.step] += time.perf_counter() - self.w
            cpu[self.step] += time.process_time() - self.c
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(store=str(Path(tmp) / "profile.duckdb"))
        with clock("load model and components"):
            load_model(settings.model)
            pipe = Pipeline.from_settings(settings)
        with clock("read and repair inputs"):
            items = list(documents_from_paths([a.corpus], settings))
            docs = [d for d in items if not isinstance(d, Failure)]
            if a.limit:
                docs = docs[: a.limit]
        words = sum(len(d.text.split()) for d in docs)

        nlp = next(c for c in pipe.components if isinstance(c, SpacyComponent))
        others = [c for c in pipe.components if c is not nlp]
        # warm up lazily loaded tables (gazetteer, lexicons) outside the timings
        with clock("warm-up (lazy tables), one article"):
            warm = docs[:1]
            nlp.pipe(warm)
            for c in others:
                c(warm[0])
            warm[0].nlp_doc = None
            warm[0].records.clear()

        prof: Any = cProfile.Profile() if a.cprofile else None
        size = settings.batch_size
        failed = 0
        with Store(settings.store) as store, store.lend():  # as ingest holds it
            run_id = store.start_run("profile", settings.as_dict(), pipe.names)
            for i in range(0, len(docs), size):
                batch = docs[i : i + size]
                with nlp.nlp.memory_zone():
                    with clock(nlp.component_id):
                        nlp.pipe(batch, batch_size=size)
                    ok = []
                    for d in batch:
                        try:
                            for c in others:
                                with clock(c.component_id):
                                    if prof:
                                        prof.enable()
                                    c(d)
                                    if prof:
                                        prof.disable()
                            ok.append(d)
                        except Exception:  # a failing article counts as failed, as ingest would
                            failed += 1
                        d.nlp_doc = None
                with clock("store write (one transaction per batch)"):
                    store.write_batch(ok, run_id)

    def counted(k: str) -> bool:
        return not k.startswith(("load", "warm"))

    total = sum(v for k, v in times.items() if counted(k))
    total_cpu = sum(v for k, v in cpu.items() if counted(k))
    rows = [{"step": k, "seconds": round(v, 3), "cpu_seconds": round(cpu[k], 3),
             "cpu_share": round(cpu[k] / total_cpu, 3) if total_cpu and counted(k) else None} for k, v in times.items()]
    print(f"{len(docs)} articles, {words} words, {failed} failed; steps after warm-up: {total:.1f} s wall, "
          f"{total_cpu:.1f} s CPU ({len(docs) / total:.2f} articles/s)")
    print(f"{'step':44} {'wall s':>8} {'CPU s':>8} {'CPU share':>10} {'CPU ms/article':>15}")
    for r in rows:
        share = f"{float(r['cpu_share'] or 0) * 100:9.1f}%" if counted(str(r["step"])) else "         -"
        per = 1000 * float(r["cpu_seconds"] or 0) / max(1, len(docs))
        print(f"{r['step']:44} {r['seconds']:8.2f} {r['cpu_seconds']:8.2f} {share} {per:15.1f}")
    result = {"articles": len(docs), "words": words, "failed": failed, "seconds": round(total, 3),
              "cpu_seconds": round(total_cpu, 3), "steps": rows, "when": time.strftime("%Y-%m-%d %H:%M")}
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "profile.json").write_text(json.dumps(result, indent=2) + "\n")
    if prof:
        s = io.StringIO()
        import pstats

        pstats.Stats(prof, stream=s).sort_stats(a.sort).print_stats(a.cprofile)
        if a.callers:
            pstats.Stats(prof, stream=s).sort_stats(a.sort).print_callers(a.callers)
        print(s.getvalue())


if __name__ == "__main__":
    main()
