"""``newsgraph watch``: poll RSS/Atom feeds and ingest the items not seen before.

Each poll of a feed is a conditional GET (``If-None-Match`` / ``If-Modified-Since`` from the
last complete poll); a 304 ends the poll before anything is parsed. Otherwise each entry whose
link (or id) is new is taken: its page is fetched and read like any HTML input; when the page
cannot be fetched or read, the entry's own text in the feed is used instead (``text_from:
"feed"`` in the article's metadata; the page's failure is recorded with component ``fetch``).
Documents then go through the normal ingest (content-hash ids: a copy already stored under
another URL is ``unchanged``).

State lives in the store (tables ``watch_feeds`` and ``watch_items``, migration ``006_watch``),
so a restart resumes: an item is marked only after its article was written, and a feed's
validators are saved only when every entry of the poll was taken, so a poll cut short by a stop
or a kill is repeated in full next time, and the items already stored are skipped by URL or
by content hash.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.errors import ConfigError, FetchError, InputError
from newsgraph.ingest import make_document
from newsgraph.ingest.feeds import entry_article, feed_source, parse_feed
from newsgraph.ingest.fetch import Fetcher, check_url, is_url
from newsgraph.ingest.readers import Article, Failure, read_url
from newsgraph.pipeline import Pipeline
from newsgraph.store import Store
from newsgraph.store.ingest import ingest_documents

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_every(text: str) -> float:
    """Seconds from a duration such as ``30s``, ``15m``, ``1h`` (a bare number is seconds); else NG020."""
    m = _EVERY.match(str(text))
    seconds = float(m.group(1)) * _UNITS[m.group(2).lower()] if m else 0.0
    if seconds <= 0:
        raise ConfigError(f"invalid interval {text!r}: expected a duration such as 30s, 15m or 1h", code="NG020")
    return seconds


def read_feed_list(path: str) -> list[str]:
    """Feed URLs from a text file: one a line; blank lines and lines starting with ``#`` are skipped."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the feed list: {exc}", code="NG075", location=path) from None
    feeds: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            url = check_url(line)
        except FetchError:
            raise InputError(f"line {n} is not an http(s) URL: {line[:80]!r}", code="NG075", location=path) from None
        if url not in feeds:
            feeds.append(url)
    if not feeds:
        raise InputError("the feed list holds no feed URL", code="NG075", location=path)
    return feeds


@dataclass
class Poll:
    """One poll of one feed: what the report line says."""

    feed: str
    status: str = ""  # HTTP status ("200", "304") or an error code
    items: int = 0
    new: int = 0
    seen: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    from_feed: int = 0
    seconds: float = 0.0
    error: str = ""
    stopped: bool = False
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def line(self) -> str:
        parts = [
            self.at.strftime("%Y-%m-%dT%H:%M:%SZ"), self.feed, f"status={self.status}", f"items={self.items}",
            f"new={self.new}", f"seen={self.seen}", f"stored={self.stored}", f"unchanged={self.unchanged}",
            f"failed={self.failed}", f"from_feed={self.from_feed}", f"{self.seconds:.1f}s",
        ]
        if self.stopped:
            parts.append("stopped")
        if self.error:
            parts.append(f"error={self.error!r}")
        return " ".join(parts)


@dataclass
class _Taken:
    key: str | None
    url: str | None
    article_id: str | None = None
    text_from: str = ""
    status: str = ""


class Watcher:
    """Polls feeds into a store. ``stop`` (an Event) ends a poll between items and the wait between polls."""

    def __init__(
        self,
        feeds: list[str],
        settings: Settings,
        store: Store,
        *,
        fetcher: Fetcher | None = None,
        pipeline: Pipeline | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.feeds = feeds
        self.settings = settings
        self.store = store
        self.stop = stop or threading.Event()
        self.fetcher = fetcher or Fetcher.from_settings(settings, sleep=self.stop.wait)
        self._pipeline = pipeline

    @property
    def pipeline(self) -> Pipeline:
        """Built on first need (a round of 304s loads no model)."""
        if self._pipeline is None:
            self._pipeline = Pipeline.from_settings(self.settings)
        return self._pipeline

    # -- the loop --------------------------------------------------------------------------
    def run(self, every: float, once: bool = False, report: Callable[[Poll], Any] | None = None) -> int:
        """Poll every feed, then wait ``every`` seconds from the round's start; returns the rounds done."""
        rounds = 0
        while not self.stop.is_set():
            started = time.monotonic()
            for feed in self.feeds:
                if self.stop.is_set():
                    break
                result = self.poll_feed(feed)
                if report:
                    report(result)
            rounds += 1
            if once:
                break
            self.stop.wait(max(0.0, every - (time.monotonic() - started)))
        return rounds

    def poll_feed(self, feed: str) -> Poll:
        t0 = time.perf_counter()
        result = Poll(feed)
        try:
            self._poll(feed, result)
        finally:
            result.seconds = time.perf_counter() - t0
            self.store.release()  # readers (the web UI) may open the file between polls
        return result

    def _poll(self, feed: str, result: Poll) -> None:
        etag, modified = self._validators(feed)
        try:
            resp = self.fetcher.get(feed, etag, modified)
        except FetchError as exc:
            self._feed_failed(feed, result, exc)
            return
        result.status = str(resp.status)
        if resp.not_modified:  # nothing changed: no parse, no work
            self._save(feed, result, None, None, keep=True)
            return
        parsed = parse_feed(resp.content)
        if parsed is None:
            self._feed_failed(feed, result, InputError("not an RSS or Atom feed", code="NG006", location=feed))
            return
        source = feed_source(parsed)
        entries = list(parsed.entries)
        result.items = len(entries)
        keys = [(str(e.get("link") or e.get("id") or "").strip() or None) for e in entries]
        known = self._known([k for k in keys if k])
        taken: list[_Taken] = []
        page_failures: list[Failure] = []

        def items() -> Iterator[Document | Failure]:
            batch: set[str] = set()
            for n, (entry, key) in enumerate(zip(entries, keys), 1):
                if self.stop.is_set():
                    result.stopped = True
                    return
                if key and (key in known or key in batch):
                    result.seen += 1
                    continue
                if key:
                    batch.add(key)
                result.new += 1
                item, text_from, failure = self._take(entry, f"{feed}#{n}", source)
                if failure is not None and not isinstance(item, Failure):
                    page_failures.append(failure)
                mark = _Taken(key, entry.get("link"), text_from=text_from)
                if isinstance(item, Failure):
                    mark.status = item.error.code
                else:
                    mark.article_id, mark.status = item.id, "stored"
                    result.from_feed += text_from == "feed"
                taken.append(mark)
                yield item

        stream = items()
        first = next(stream, None)
        if first is not None:
            def chained() -> Iterator[Document | Failure]:
                yield first
                yield from stream

            summary = ingest_documents(chained(), self.settings, self.store, command=f"watch {feed}", pipeline=self.pipeline)
            result.stored, result.unchanged, result.failed = summary.stored, summary.unchanged, len(summary.failures)
            for f in page_failures:
                self.store.record_failure(summary.run_id, f.location, f.error.code, f.error.reason, "fetch")
            self._mark(feed, taken)
        self._save(feed, result, resp.etag, resp.last_modified, keep=result.stopped)

    def _take(self, entry: Any, loc: str, source: str | None) -> tuple[Document | Failure, str, Failure | None]:
        """An entry's article from its page, else from its own text in the feed; and the page's failure."""
        link = entry.get("link")
        failure: Failure | None = None
        if isinstance(link, str) and is_url(link):
            page = next(iter(read_url(link, self.settings, fetcher=self.fetcher)), None)
            if isinstance(page, Article):
                for k, v in (("published", _entry_date(entry)), ("source", source), ("source_id", entry.get("id"))):
                    if v and not page.meta.get(k):
                        page.meta[k] = v
                try:
                    return make_document(page, self.settings, require_english=True), "page", None
                except InputError as exc:
                    failure = Failure(exc, link)
            else:
                failure = page or Failure(InputError("the page holds no article", code="NG001", location=link), link)
        own = entry_article(entry, loc, source, self.settings)
        if isinstance(own, Failure):
            return (failure or own), "", failure
        own.meta["text_from"] = "feed"
        try:
            return make_document(own, self.settings, require_english=True), "feed", failure
        except InputError as exc:
            return Failure(exc, loc), "", failure

    # -- state in the store ------------------------------------------------------------------
    def _validators(self, feed: str) -> tuple[str | None, str | None]:
        row = self.store.con.execute("SELECT etag, last_modified FROM watch_feeds WHERE feed_url = ?", [feed]).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def _known(self, keys: list[str]) -> set[str]:
        """Which of these item links or ids were taken before, or are an article's url."""
        if not keys:
            return set()
        rows = self.store.con.execute(
            "SELECT item_key FROM watch_items WHERE item_key IN (SELECT unnest($1)) "
            "UNION SELECT url FROM watch_items WHERE url IN (SELECT unnest($1)) "
            "UNION SELECT url FROM articles WHERE url IN (SELECT unnest($1))",
            [keys],
        ).fetchall()
        return {r[0] for r in rows}

    def _mark(self, feed: str, taken: list[_Taken]) -> None:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        for t in taken:
            self.store.con.execute(
                "INSERT INTO watch_items VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [t.key or f"{feed}#{t.article_id}", feed, t.url, t.article_id, t.text_from, t.status, now],
            )

    def _save(self, feed: str, result: Poll, etag: str | None, modified: str | None, keep: bool) -> None:
        """Record the poll; new validators only after a complete poll (``keep`` leaves the old ones)."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        status = "stopped" if result.stopped else result.status
        self.store.con.execute(
            "INSERT INTO watch_feeds VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (feed_url) DO UPDATE SET "
            + ("" if keep else "etag = excluded.etag, last_modified = excluded.last_modified, ")
            + "polled_at = excluded.polled_at, status = excluded.status, polls = watch_feeds.polls + 1, "
            "items = watch_feeds.items + excluded.items",
            [feed, None if keep else etag, None if keep else modified, now, status, result.new],
        )

    def _feed_failed(self, feed: str, result: Poll, exc: InputError) -> None:
        result.status, result.error = exc.code, exc.reason
        self.store.record_failure("", feed, exc.code, exc.reason, "watch")
        self._save(feed, result, None, None, keep=True)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    return None
