"""The embedded store: one DuckDB file, named migrations, transactional batch writes."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar, cast

from newsgraph.document import Document
from newsgraph.errors import AmbiguousIdError, StoreError
from newsgraph.store.migrations import MIGRATIONS
from newsgraph.store.schema import ARTICLE_TABLES, TABLES, document_rows
from newsgraph.store.schema import now as _now

F = TypeVar("F", bound=Callable[..., Any])


def _locked(method: F) -> F:
    """Run a Store method under the store's lock: :meth:`Store.lend`'s watcher never closes the
    connection in the middle of it (a transaction's statements would otherwise go to a new one)."""

    @wraps(method)
    def run(self: Store, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return cast(F, run)


def wait_signal(path: str) -> Path:
    """The file a process waiting for a store's lock creates to ask the writer to let go of it
    (:meth:`Store.lend`); in the temporary folder, so that readers need no write permission
    beside the store, named after the store's real path."""
    key = hashlib.sha1(os.path.realpath(path).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"newsgraph-{key}.wait"


class Store:
    """A DuckDB-backed store. Use as a context manager; ``read_only`` for readers.

    A writing Store never checkpoints when it closes: it runs ``CHECKPOINT`` itself first
    (:meth:`release`). DuckDB 1.5.5's checkpoint on shutdown runs without a client context and
    can persist a stale index after a WAL replay (duckdb/duckdb#23848); an explicit one binds
    the indexes first. The connection is guarded by a lock, so that :meth:`lend` can close it
    from another thread between two uses.
    """

    def __init__(self, path: str | Path = "newsgraph.duckdb", read_only: bool = False, wait_s: float = 30.0) -> None:
        self.path = str(path)
        self.read_only = read_only
        #: how long to wait for another process's lock on the file (an ingest lets go of it when asked: lend)
        self.wait_s = wait_s
        self._con: Any = None
        self._lock = threading.RLock()
        self._opened = 0.0
        #: lent to another process: not reopened before this time (time.monotonic())
        self._lent_until = 0.0
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}; run `newsgraph ingest` first", code="NG040")
        self._connect()
        if not read_only:
            self.migrate()

    def _connect(self) -> Any:
        """Open the file, waiting while another process holds its lock (DuckDB allows one writer
        process, or any number of readers, at a time)."""
        import duckdb

        wait = self._lent_until - time.monotonic()
        if wait > 0:  # the file was just let go of for a reader: give it the time to get in
            time.sleep(wait)
        deadline = time.monotonic() + self.wait_s
        pause = 0.02
        while True:
            try:
                con = duckdb.connect(self.path, read_only=self.read_only)
                if not self.read_only:
                    con.execute("PRAGMA disable_checkpoint_on_shutdown")  # release() checkpoints
                self._con = con
                self._opened = time.monotonic()
                return self._con
            except duckdb.Error as exc:
                if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                    raise StoreError(f"cannot open store: {exc}", code="NG040", location=self.path) from None
                if self.path != ":memory:":
                    try:  # ask a writer that holds the file (an ingest) to let go of it
                        wait_signal(self.path).write_text(str(os.getpid()))
                    except OSError:
                        pass
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    @property
    def con(self) -> Any:
        """The DuckDB connection, reopened if :meth:`release` closed it."""
        with self._lock:
            return self._con if self._con is not None else self._connect()

    @property
    def is_open(self) -> bool:
        return self._con is not None

    def release(self) -> None:
        """Close the file so that other processes (the web UI) can read it; the next use reopens it.
        What this connection wrote is checkpointed first, by an explicit ``CHECKPOINT``."""
        import duckdb

        with self._lock:
            if self._con is None:
                return
            try:
                if not self.read_only:  # a no-op (under a millisecond) when nothing was written
                    self._con.execute("CHECKPOINT")
            except duckdb.Error:  # another connection of this process is writing: the WAL keeps it
                pass
            finally:
                self._con.close()
                self._con = None

    @contextmanager
    def lend(self, max_hold_s: float = 30.0, poll_s: float = 0.05, grace_s: float = 1.0) -> Iterator[None]:
        """Keep the file open between writes, and close it (:meth:`release`) as soon as another
        process waits for it, which it tells by writing the file :func:`wait_signal`, or once it
        has been open ``max_hold_s``; then it is not reopened for ``grace_s`` (longer than a
        waiting process's pause between two tries). A long run (an ingest) saves a checkpoint
        and a reopen per batch, and a reader still gets in within one write's time."""
        if self.path == ":memory:" or self.read_only:
            yield
            return
        signal = wait_signal(self.path)
        me = str(os.getpid())
        stop = threading.Event()

        def asked() -> bool:
            try:
                return signal.read_text().strip() != me  # not this process's own wait
            except OSError:
                return False

        def watch() -> None:
            while not stop.wait(poll_s):
                held = self._con is not None and time.monotonic() - self._opened > max_hold_s
                if held or asked():
                    with self._lock:
                        self.release()
                        self._lent_until = time.monotonic() + grace_s
                    try:
                        signal.unlink()
                    except OSError:
                        pass

        thread = threading.Thread(target=watch, name="newsgraph-store-lend", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()

    # -- lifecycle -----------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.release()

    @_locked
    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; returns their names."""
        self.con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        done = {r[0] for r in self.con.execute("SELECT name FROM migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            try:
                self.con.execute("BEGIN")
                self.con.execute(sql)
                self.con.execute("INSERT INTO migrations VALUES (?, ?)", [name, _now()])
                self.con.execute("COMMIT")
            except Exception as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed: {exc}", code="NG040") from None
            applied.append(name)
        return applied

    @_locked
    def migrations(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT name FROM migrations ORDER BY name").fetchall()]

    # -- runs and failures ----------------------------------------------------------
    @_locked
    def start_run(self, command: str, config: dict[str, Any], components: list[str]) -> str:
        import spacy

        from newsgraph.version import __version__

        run_id = uuid.uuid4().hex[:12]
        versions = {"newsgraph": __version__, "spacy": spacy.__version__}
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, command, config, versions, components) VALUES (?, ?, ?, ?, ?, ?)",
            [run_id, _now(), command, json.dumps(config, default=str), json.dumps(versions), components],
        )
        return run_id

    @_locked
    def finish_run(self, run_id: str, stored: int, unchanged: int, failed: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, stored = ?, unchanged = ?, failed = ? WHERE run_id = ?",
            [_now(), stored, unchanged, failed, run_id],
        )

    @_locked
    def record_failure(self, run_id: str, location: str, code: str, reason: str, component: str = "") -> None:
        self.con.execute(
            "INSERT INTO failures VALUES (?, ?, ?, ?, ?, ?)", [run_id, _now(), location, code, component, reason]
        )

    # -- writes --------------------------------------------------------------------
    @_locked
    def existing_ids(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    @_locked
    def write_batch(self, docs: list[Document], run_id: str = "") -> int:
        """Write whole articles in one transaction: all of them or none. Returns how many were new.

        Rows are gathered per table first (building them can fail on bad records, before
        anything is written), then inserted with one statement per table.
        """
        existing = self.existing_ids([d.id for d in docs])
        new: list[Document] = []
        for d in docs:
            if d.id not in existing:
                new.append(d)
                existing.add(d.id)
        if not new:
            return 0
        try:
            tables: dict[str, list[list[Any]]] = {t: [] for t in ARTICLE_TABLES}
            for d in new:
                for table, rows in document_rows(d, run_id).items():
                    tables[table].extend(TABLES[table].values(r) for r in rows)
            self.con.execute("BEGIN TRANSACTION")
            for table in ARTICLE_TABLES:
                self._insert(table, tables[table])
            self.con.execute("COMMIT")
        except Exception as exc:
            try:
                self.con.execute("ROLLBACK")
            except Exception:  # no transaction open, or it is already aborted
                pass
            raise StoreError(f"write failed and was rolled back: {exc}", code="NG041") from None
        return len(new)

    def _insert(self, table: str, rows: list[list[Any]]) -> None:
        """Insert rows in one statement: one list parameter per column, zipped by ``unnest``
        (about 50 times faster than ``executemany``, which inserts row by row)."""
        if not rows:
            return
        cols = [list(c) for c in zip(*rows)]
        select = ", ".join(f"unnest(${i + 1})" for i in range(len(cols)))
        self.con.execute(f"INSERT INTO {table} SELECT {select}", cols)  # noqa: S608 - fixed table names

    # -- reads ---------------------------------------------------------------------
    @_locked
    def _dicts(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        import duckdb

        try:
            cur = self.con.execute(sql, params or [])
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}", code="NG040", location=self.path) from None
        cols = [c[0] for c in cur.description or []]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    @_locked
    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("articles", "entities", "mentions", "records", "failures", "runs"):
            row = self.con.execute(f"SELECT count(*) FROM {t}").fetchone()  # noqa: S608 - fixed names
            out[t] = int(row[0]) if row else 0
        for kind, n in self.con.execute("SELECT kind, count(*) FROM records GROUP BY kind ORDER BY kind").fetchall():
            out[str(kind)] = int(n)
        return out

    def articles(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT id, title, author, published, source, url, length(text) AS chars FROM articles "
            "ORDER BY published DESC NULLS LAST, title LIMIT ? OFFSET ?",
            [limit, offset],
        )

    @_locked
    def article(self, article_id: str) -> dict[str, Any]:
        rows = self._dicts("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            rows = self._dicts("SELECT * FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 21", [article_id])
            if len(rows) > 1:
                shown = [(str(r["id"]), str(r["title"] or "")) for r in rows[:20]]
                more = "20 or more" if len(rows) > 20 else str(len(rows))
                raise AmbiguousIdError(f"id prefix {article_id!r} matches {more} articles; give more of the id", shown)
            if not rows:
                raise StoreError(f"no article with id {article_id!r}", code="NG042")
        art = rows[0]
        aid = art["id"]
        art["meta"] = json.loads(art["meta"]) if art.get("meta") else {}
        art["blocks"] = self._dicts("SELECT idx, kind, start_char, end_char FROM blocks WHERE article_id = ? ORDER BY idx", [aid])
        art["entities"] = self._dicts("SELECT * EXCLUDE (article_id) FROM entities WHERE article_id = ? ORDER BY start_char", [aid])
        art["mentions"] = self._dicts("SELECT * EXCLUDE (article_id) FROM mentions WHERE article_id = ? ORDER BY start_char", [aid])
        records: dict[str, list[dict[str, Any]]] = {}
        for r in self._dicts("SELECT kind, data FROM records WHERE article_id = ? ORDER BY start_char", [aid]):
            records.setdefault(r["kind"], []).append(json.loads(r["data"]))
        art["records"] = records
        return art

    def failures(self, limit: int = 100) -> list[dict[str, Any]]:
        return self._dicts("SELECT failed_at, run_id, code, location, component, reason FROM failures ORDER BY failed_at DESC LIMIT ?", [limit])

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM runs ORDER BY started_at DESC LIMIT ?", [limit])

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run a read query (for the API and analysts)."""
        return self._dicts(sql, params)
