"""Kill test: ``kill -9`` an ingest (or a runner) many times mid-run, then let it finish.

A clean run gives the expected per-article contents. Then the same command runs against a
fresh store and is killed ``--kills`` times, each time at a random moment (0 to
``--max-delay`` s) after it committed its first batch of that attempt; after every kill
the store is checked: no article twice, none partial, none that was there before lost. A
last run goes to the end and must equal the clean run exactly.

When an attempt stores the rest of the corpus before its kill, the test goes on with a new
round into the same store: the corpus's texts again, each made distinct (a line
``Copy N.`` added, so a new content id), stored first by the clean run too. The articles of
earlier rounds stay and must keep reading back whole, so any number of kills can be asked.
``--aim-writes F``: a share F of the kills is aimed at a write (a batch's transaction or the
checkpoint when the file is let go) instead of a random moment; the writer marks its writes
in a file beside the store, and the log counts the kills that landed during one.

A store is read back through the queries the UI, CLI and API run: the article list
(``queries.list_articles``, with its entity and event counts) and every article's page
(``Store.article``: its blocks, entities, mentions and records, each fetched by
``article_id = ?``), opened read-only in a new process as the web UI opens it.

Targets: ``ingest`` (``newsgraph ingest``, the full pipeline unless ``--components``),
``run`` (``newsgraph run`` to Parquet), ``store`` (the same ingest function with a small
rule-based component instead of spaCy: starts in a second, for many kills on a busy machine).
``--hogs N`` runs N busy-loop processes beside it (a busy machine widens the windows a kill
can hit). ``--article-indexes`` puts back the secondary ``*_article`` indexes that stores
had before migration 005 (DuckDB 1.5.5 can answer wrongly from them after a kill).

    .venv/bin/python bench/kill_test.py --kills 100 --max-delay 2 --hogs 2 [--aim-writes 0.25]
    .venv/bin/python bench/kill_test.py --target store --kills 20 --hogs 2
    .venv/bin/python bench/kill_test.py --target run --kills 10
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsgraph.components.base import Component  # noqa: E402
from newsgraph.document import Document  # noqa: E402
from newsgraph.records.base import Record  # noqa: E402
from newsgraph.records.entities import Entity, Mention  # noqa: E402
from newsgraph.runner import rows_per_article  # noqa: E402

EXE = str(Path(sys.executable).with_name("newsgraph"))
CORPUS = ROOT.parent / "shared" / "corpus" / "open" / "articles.jsonl"
State = dict[str, tuple[Any, ...]]
ARTICLE_INDEXES = {"records": "records_article", "mentions": "mentions_article", "entities": "entities_article",
                   "blocks": "blocks_article"}


class StoreReadError(AssertionError):
    """The store read back wrongly."""


def counted_events(mentions: list[dict[str, Any]]) -> int:
    """The events an article page shows, as the article list counts them (``queries.EVENT_COUNTED``):
    mentions of one event share its ``event_id``; negated, hypothetical and questioned ones do not count."""
    return len({m.get("event_id") or m.get("id") for m in mentions
                if not (m.get("negated") or m.get("hypothetical") or m.get("question"))})


def store_state(path: Path) -> State:
    """article id -> what the UI shows of it: (blocks, entities, mentions, records per kind,
    the list's entity and event counts). Raises StoreReadError when the views disagree."""
    from newsgraph.errors import StoreError
    from newsgraph.store import Store, queries

    if not path.exists():
        return {}
    try:
        st = Store(path, read_only=True)
    except StoreError:
        return {}
    with st:
        if not st.query("SELECT 1 FROM duckdb_tables() WHERE table_name = 'articles'"):
            return {}
        total = queries.count_articles(st)
        listed = queries.list_articles(st, limit=total + 1)
        ids = [r["id"] for r in listed]
        if len(ids) != total or len(set(ids)) != total:
            raise StoreReadError(f"the article list holds {len(ids)} rows, {len(set(ids))} ids, for {total} articles")
        out: State = {}
        for row in listed:
            art = st.article(row["id"])  # the page of `newsgraph show` and /articles/<id>
            if art["id"] != row["id"] or not st.query("SELECT 1 FROM articles WHERE id = ?", [row["id"]]):
                raise StoreReadError(f"article {row['id']} is not found by its id")
            kinds = tuple(sorted((k, len(v)) for k, v in art["records"].items()))
            state = (len(art["blocks"]), len(art["entities"]), len(art["mentions"]), kinds)
            events = counted_events(art["records"].get("events", []))
            if (row["entities"], row["events"]) != (len(art["entities"]), events):
                raise StoreReadError(
                    f"article {row['id']}: the list counts {row['entities']} entities and {row['events']} events, "
                    f"its page {len(art['entities'])} and {events} (of {len(art['records'].get('events', []))} mentions)"
                )
            if not art["blocks"]:
                raise StoreReadError(f"article {row['id']} reads back with no blocks")
            out[row["id"]] = state
    return out


def parquet_state(out: Path) -> State:
    def counts(table: str) -> dict[str, int]:
        return rows_per_article(out, table)

    arts = counts("articles")
    if any(v != 1 for v in arts.values()):
        raise StoreReadError("an article is written twice")
    tables = [counts(t) for t in ("blocks", "entities", "mentions", "places", "dates", "quotes", "figures", "events",
                                  "records")]
    return {a: tuple(t.get(a, 0) for t in tables) for a in arts}


# -- the light writer (--target store) -------------------------------------------------

class _Word(Record):
    KIND = "words"


class CapitalWords(Component):
    """Capitalised words as entities, mentions and records: rows in every table, no model."""

    name = "killtest.words"
    assigns = ("entities", "mentions", "words")
    _WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")

    def find(self, doc: Document) -> list[Record]:
        found: list[Record] = []
        entities: dict[str, Entity] = {}
        for m in list(self._WORD.finditer(doc.text))[:40]:
            ent = entities.setdefault(m.group(), Entity(start=m.start(), end=m.end(), text=m.group(), label="MISC",
                                                        name=m.group(), component=self.component_id))
            found.append(Mention(start=m.start(), end=m.end(), text=m.group(), label="MISC", fine_label="WORD",
                                 entity_id=ent.id, component=self.component_id))
            found.append(_Word(start=m.start(), end=m.end(), text=m.group(), component=self.component_id))
        return [*entities.values(), *found]


def marker(store: str | Path) -> Path:
    """The file a writer under test holds while it writes (what it holds: ``batch`` or ``checkpoint``)."""
    return Path(str(store) + ".writing")


def mark_writes(store: str, cls: type[Any] | None = None) -> None:
    """Make this process's Store (or ``cls``) mark its writes in :func:`marker` (written before,
    removed after)."""
    from newsgraph.store import Store

    cls = cls or Store
    path = marker(store)

    @contextmanager
    def holding(what: str) -> Iterator[None]:
        path.write_text(what)
        try:
            yield
        finally:
            path.unlink(missing_ok=True)

    write_batch, release = cls.write_batch, cls.release

    def marked_write(self: Store, docs: list[Document], run_id: str = "") -> int:
        with holding("batch"):
            return write_batch(self, docs, run_id)

    def marked_release(self: Store) -> None:
        if not self.is_open or self.read_only:
            release(self)
            return
        with holding("checkpoint"):
            release(self)

    cls.write_batch = marked_write  # type: ignore[method-assign]
    cls.release = marked_release  # type: ignore[method-assign]


def light_ingest(store: str, corpus: str) -> int:
    from newsgraph.config import Settings
    from newsgraph.ingest import documents_from_paths
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import Store
    from newsgraph.store.ingest import ingest_documents

    mark_writes(store)
    settings = Settings(batch_size=int(os.environ.get("NEWSGRAPH_BATCH_SIZE", "4")), store=store)
    pipe = Pipeline([CapitalWords(settings)], settings)
    with Store(store) as st:
        ingest_documents(documents_from_paths([corpus], settings), settings, st, pipeline=pipe)
    return 0


def full_ingest(store: str, corpus: str) -> int:
    """``newsgraph ingest -q --store STORE CORPUS`` (the CLI itself), its writes marked."""
    from newsgraph.cli import main as cli

    mark_writes(store)
    return cli(["ingest", "-q", "--store", store, corpus])


def round_corpus(corpus: Path, n: int, out: Path) -> Path:
    """Round ``n`` of the corpus: every text with a last line ``Copy n.``, so a new article."""
    lines = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            item["text"] = f"{item['text'].rstrip()}\n\nCopy {n}."
            if "id" in item:
                item["id"] = f"{item['id']}#copy{n}"
            lines.append(json.dumps(item, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


# -- the test ---------------------------------------------------------------------------

def start(cmd: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_when(proc: subprocess.Popen[bytes], writing: Callable[[], bool], delay: float,
              mark: Path | None = None, aim: bool = False) -> str | None:
    """Once ``writing()``, wait ``delay`` s (``aim``: until the writer next marks a write in
    ``mark``, then up to ``delay`` s) and kill -9. Returns what the writer was marked as doing
    at the kill ('' for nothing), or None when the process ended first."""
    while proc.poll() is None and not writing():
        time.sleep(0.02)
    if aim and mark is not None:
        while proc.poll() is None and not mark.exists():
            time.sleep(0.001)
    try:
        proc.wait(timeout=delay)
        return None
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    if mark is None:
        return ""
    try:
        return mark.read_text() or "write"
    except OSError:
        return ""
    finally:
        mark.unlink(missing_ok=True)


def add_article_indexes(path: Path) -> None:
    """The store as it was before migration 005: with the secondary indexes on article_id."""
    from newsgraph.store import Store

    with Store(path) as st:
        for table, name in ARTICLE_INDEXES.items():
            st.con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table}(article_id)")


def kill_test(
    kills: int = 20,
    target: str = "ingest",
    corpus: str | Path = CORPUS,
    components: str | None = None,
    batch_size: int = 4,
    max_delay: float = 6.0,
    wal_bytes: int = 32768,
    seed: int = 1,
    work: str | Path = ROOT / "out" / "kill",
    hogs: int = 0,
    limit: int = 0,
    article_indexes: bool = False,
    log: Callable[[str], None] = print,
    aim_writes: float = 0.0,
) -> bool:
    """Run the kill test; True on PASS. ``limit``: only the corpus's first so many lines."""
    work = Path(work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    if limit:
        lines = Path(corpus).read_text(encoding="utf-8").splitlines()[:limit]
        corpus = work / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = Path(corpus)
    env = {**os.environ, "NEWSGRAPH_BATCH_SIZE": str(batch_size), "PYTHONPATH": str(ROOT)}
    if components:
        env["NEWSGRAPH_COMPONENTS"] = components

    def command(path: Path, texts: Path) -> list[str]:
        if target == "ingest":  # newsgraph ingest, its writes marked (full_ingest)
            return [sys.executable, str(Path(__file__).resolve()), "--ingest", str(path), str(texts)]
        if target == "store":
            return [sys.executable, str(Path(__file__).resolve()), "--write", str(path), str(texts)]
        return [EXE, "run", "-q", "--out", str(path), str(texts)]

    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(hogs)]
    try:
        return _kill_loop(kills, target, command, corpus, env, max_delay, wal_bytes, seed, work, article_indexes, log,
                          aim_writes)
    finally:
        for p in busy:
            p.kill()
            p.wait()


def _kill_loop(
    kills: int, target: str, command: Callable[[Path, Path], list[str]], corpus: Path, env: dict[str, str],
    max_delay: float, wal_bytes: int, seed: int, work: Path, article_indexes: bool, log: Callable[[str], None],
    aim_writes: float = 0.0,
) -> bool:
    state: Callable[[Path], State] = parquet_state if target == "run" else store_state
    t0 = time.perf_counter()
    clean = work / ("clean" if target == "run" else "clean.duckdb")
    texts = corpus

    def clean_run() -> State:
        done = subprocess.run(command(clean, texts), env=env, capture_output=True)
        if done.returncode:
            raise RuntimeError(f"the clean run failed: {done.stderr.decode(errors='replace')[-2000:]}")
        return state(clean)

    want = clean_run()
    log(f"clean {target}: {len(want)} articles in {time.perf_counter() - t0:.0f} s")

    path = work / ("killed" if target == "run" else "killed.duckdb")
    if article_indexes and target != "run":
        add_article_indexes(path)
    wal = path.with_name(path.name + ".wal")
    mark = marker(path) if target != "run" else None
    low = [0]
    before: set[str] = set()

    def writing() -> bool:
        """True once this attempt has committed something: the store's write-ahead log grew by more
        than ``wal_bytes`` over its smallest size in this attempt, or a new commit file appeared."""
        if target != "run":
            size = wal.stat().st_size if wal.exists() else 0
            low[0] = min(low[0], size)
            return size - low[0] > wal_bytes
        commits = path / "_commits"
        return commits.is_dir() and any(p.name not in before for p in commits.glob("*.json"))

    rng = random.Random(seed)
    seen: State = {}
    done_kills = 0
    landed: dict[str, int] = {}
    rounds = 1

    def new_round() -> None:
        """The corpus again into the same store, each text made distinct; the clean store gets it first."""
        nonlocal rounds, texts, want
        rounds += 1
        texts = round_corpus(corpus, rounds, work / f"round{rounds}.jsonl")
        want = clean_run()
        log(f"round {rounds}: the corpus again, each text made distinct; clean run now {len(want)} articles")

    unkilled = 0  # attempts in a row that ended before their kill
    while done_kills < kills:
        low[0] = wal.stat().st_size if wal.exists() else 0
        before.clear()
        before.update(p.name for p in (path / "_commits").glob("*.json"))
        proc = start(command(path, texts), env)
        delay = rng.uniform(0.0, max_delay)
        aim = rng.random() < aim_writes  # then killed 0 to 20 ms after the writer marks a write
        where = kill_when(proc, writing, rng.uniform(0.0, 0.02) if aim else delay, mark, aim)
        if where is None:
            unkilled += 1
            log(f"  run ended before its kill (exit {proc.returncode}); {done_kills} kills so far")
            if proc.returncode != 0 or target == "run" or unkilled > 1:
                break
            try:  # the round is stored whole: it must equal the clean run's
                now = state(path)
            except StoreReadError as exc:
                log(f"FAIL after round {rounds}: {exc}")
                return False
            if now != want:
                log(f"FAIL: round {rounds} ended with {len(now)} articles, not the clean run's {len(want)}")
                return False
            seen = now
            new_round()
            continue
        unkilled = 0
        done_kills += 1
        if where:
            landed[where] = landed.get(where, 0) + 1
        try:
            now = state(path)
        except StoreReadError as exc:
            log(f"FAIL after kill {done_kills}: {exc}")
            return False
        lost = [k for k, v in seen.items() if now.get(k) != v]
        partial = [k for k, v in now.items() if want.get(k) != v]
        when = "at a write (aimed)" if aim else f"{delay:4.1f} s after a commit"
        log(f"  kill {done_kills:>3} {when}{', during a ' + where if where else ''}: {len(now):>4} articles "
            f"stored, {len(lost)} lost, {len(partial)} partial")
        if lost or partial:
            log("FAIL: lost " + ", ".join(lost[:5]) + " partial " + ", ".join(partial[:5]))
            return False
        seen = now
        if now == want and target != "run" and done_kills < kills:  # this round is all stored: kill writes again
            new_round()
    final = subprocess.run(command(path, texts), env=env, capture_output=True)
    try:
        got = state(path)
    except StoreReadError as exc:
        log(f"FAIL after the final run: {exc}")
        return False
    ok = final.returncode == 0 and got == want
    log(f"final run: exit {final.returncode}, {len(got)} articles; equal to the clean run: {got == want}")
    during = ", ".join(f"{n} during a {w}" for w, n in sorted(landed.items())) or "none during a write"
    log(f"{done_kills} kills ({during}), {rounds} round(s), seed {seed}, total {time.perf_counter() - t0:.0f} s: "
        f"{'PASS' if ok else 'FAIL'}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--target", choices=["ingest", "run", "store"], default="ingest")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=0, help="only the corpus's first so many articles")
    ap.add_argument("--components", help="comma-separated component names (default: the full pipeline)")
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--max-delay", type=float, default=6.0, help="kill up to this many seconds after writing starts")
    ap.add_argument("--wal-bytes", type=int, default=32768,
                    help="start the kill clock when the store's WAL is larger than this (a batch was written)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hogs", type=int, default=0, help="busy-loop processes to run beside the test")
    ap.add_argument("--article-indexes", action="store_true",
                    help="add the secondary indexes on article_id that stores had before migration 005")
    ap.add_argument("--work", default=str(ROOT / "out" / "kill"))
    ap.add_argument("--aim-writes", type=float, default=0.0,
                    help="the share of kills aimed at a write (a batch's transaction or a checkpoint)")
    ap.add_argument("--write", nargs=2, metavar=("STORE", "CORPUS"), help=argparse.SUPPRESS)
    ap.add_argument("--ingest", nargs=2, metavar=("STORE", "CORPUS"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.write:
        return light_ingest(*a.write)
    if a.ingest:
        return full_ingest(*a.ingest)
    ok = kill_test(a.kills, a.target, a.corpus, a.components, a.batch_size, a.max_delay, a.wal_bytes, a.seed,
                   a.work, a.hogs, a.limit, a.article_indexes, aim_writes=a.aim_writes)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
