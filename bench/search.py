"""Search latency over a synthetic corpus of 10,000 articles.

The corpus is made by copying the sample corpus (seed + shared/corpus/open/articles.jsonl)
with variations: paragraphs rotated, a few words swapped for others from the corpus, dates
shifted, sources and titles varied. With ``--base STORE`` the entities and records of the
base articles are copied to their variants too, so entity, place and event-type filters are
measured on realistic data. The index is built once (timed), then each query runs as the web
API runs it (``SearchIndex.search``, which also checks that the index is fresh).

    .venv/bin/python bench/search.py [--n 10000] [--base out/web/full.duckdb] [--repeat 3] [-v]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "Baghdad", "airstrike", "Boeing tanker contract", "Islamic State", "election results", "protest police",
    "\"Foreign Secretary\"", "ceasefire talks", "humanitarian aid Syria", "football World Cup", "drone strike killed",
    "asylum", "earthquake", "United Nations Security Council", "oil prices", "Prime Minister", "embassy", "missile",
    "refugees border", "court ruling",
]


def base_articles(shared: Path) -> list[dict]:
    arts = [{"id": "seed", "title": None, "text": (shared / "corpus/seed/article.md").read_text(encoding="utf-8"),
             "published": "2024-01-06", "source": "Seed"}]
    with (shared / "corpus/open/articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            arts.append({"id": d.get("id"), "title": d.get("title"), "text": d["text"], "published": d.get("published"),
                         "source": d.get("source")})
    return arts


def variants(arts: list[dict], n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    vocab = [w for a in arts for w in (a["title"] or "").split() if w.isalpha() and len(w) > 4][:5000] or ["variant"]
    out = []
    for i in range(n):
        a = arts[i % len(arts)]
        paras = a["text"].split("\n\n")
        k = (i // len(arts)) % max(1, len(paras))
        paras = paras[:1] + paras[1:][k:] + paras[1:][:k]
        words = paras[-1].split(" ")
        for _ in range(3):
            words[rnd.randrange(len(words))] = rnd.choice(vocab)
        paras[-1] = " ".join(words)
        try:
            day = date.fromisoformat(str(a["published"])[:10])
        except ValueError:
            day = date(2020, 1, 1)
        out.append({
            "id": f"v{i:06d}", "base": a["id"], "title": f"{a['title'] or paras[0][:80]} ({i // len(arts)})",
            "published": (day + timedelta(days=rnd.randrange(-400, 400))).isoformat(),
            "source": f"{a['source'] or 'Wire'} {i % 7}", "text": "\n\n".join(paras),
        })
    return out


def build_store(path: Path, rows: list[dict], base: Path | None) -> None:
    from newsgraph.store import Store

    tmp = path.with_suffix(".jsonl")
    with tmp.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    with Store(path) as st:
        st.con.execute(
            "INSERT INTO articles (id, title, published, source, text) "
            "SELECT id, title, CAST(published AS DATE), source, text FROM read_json_auto(?)", [str(tmp)])
        if base:
            st.con.execute("CREATE TEMP TABLE vmap AS SELECT id, base FROM read_json_auto(?)", [str(tmp)])
            st.con.execute(f"ATTACH '{base}' AS b (READ_ONLY)")
            # map by text identity: a variant's base is the base article with the same first paragraph
            st.con.execute("""CREATE TEMP TABLE bmap AS
                SELECT v.id, a.id AS base_id FROM vmap v JOIN articles x ON x.id = v.id
                JOIN b.articles a ON split_part(a.text, chr(10) || chr(10), 1) = split_part(x.text, chr(10) || chr(10), 1)""")
            st.con.execute("INSERT INTO entities SELECT m.id, e.* EXCLUDE (article_id) FROM b.entities e JOIN bmap m ON m.base_id = e.article_id")
            st.con.execute("INSERT INTO records SELECT m.id, r.* EXCLUDE (article_id) FROM b.records r JOIN bmap m ON m.base_id = r.article_id")
    tmp.unlink()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=10_000)
    p.add_argument("--base", type=Path, help="a store of the sample corpus whose entities and records are copied")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("-v", "--verbose", action="store_true", help="median latency per query")
    p.add_argument("--keep", type=Path, help="build the store here and keep it (reused when it exists)")
    a = p.parse_args()

    from newsgraph.search import Filters, SearchIndex

    with tempfile.TemporaryDirectory() as d:
        store = a.keep or Path(d) / "bench.duckdb"
        t0 = time.perf_counter()
        if not store.exists():
            build_store(store, variants(base_articles(a.shared), a.n), a.base)
        t1 = time.perf_counter()
        ix = SearchIndex(store, Path(d) / "cache")
        ix.ensure()
        t2 = time.perf_counter()
        cases = [(q, Filters()) for q in QUERIES]
        cases += [(q, Filters(date_from="2015-01-01", date_to="2019-12-31")) for q in QUERIES[:5]]
        cases += [(q, Filters(source="Wikinews 3")) for q in QUERIES[:5]]
        if a.base:
            cases += [("", Filters(entity="Boeing")), ("attack", Filters(country="IQ")), ("", Filters(event_type="ASSAULT")),
                      ("strike", Filters(place="Baghdad"))]
        ix.search("warm up")
        times, totals = [], []
        per_case: dict[str, list[float]] = {}
        for _ in range(a.repeat):
            for q, f in cases:
                s = time.perf_counter()
                res = ix.search(q, f, limit=20)
                ms = (time.perf_counter() - s) * 1000
                times.append(ms)
                totals.append(res.total)
                per_case.setdefault(f"{q!r} {f.active()}", []).append(ms)
        ix.close()
        times.sort()
        print(f"articles: {a.n:,} (store built in {t1 - t0:.1f} s; index built in {t2 - t1:.1f} s)")
        print(f"queries: {len(cases)} x {a.repeat}; median hits {statistics.median(totals):.0f}")
        print(f"latency ms: median {statistics.median(times):.1f}, p90 {times[int(len(times) * 0.9)]:.1f}, max {times[-1]:.1f}")
        print("target: median under 100 ms —", "met" if statistics.median(times) < 100 else "NOT met")
        if a.verbose:
            for k, v in sorted(per_case.items(), key=lambda kv: -statistics.median(kv[1])):
                print(f"  {statistics.median(v):7.1f} ms  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
