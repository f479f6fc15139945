"""newsgraph watch against a local server: 3 feeds of 50 items, conditional requests, resume, fallback.

The in-process tests use a pipeline without components (the ingest path, not the NLP, is under
test); the subprocess test runs the real command with the spaCy step only.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.errors import ConfigError, InputError
from newsgraph.ingest.fetch import Fetcher
from newsgraph.pipeline import Pipeline
from newsgraph.store import Store
from newsgraph.watch import Watcher, parse_every, read_feed_list
from tests.httpserver import Site, html_page

ROOT = Path(__file__).resolve().parent.parent
TOWNS = ["Springfield", "Riverton", "Lakeside", "Hillcrest", "Fairview", "Oakdale", "Maple Grove", "Brookfield"]
TOPICS = ["library", "bridge", "school", "park", "clinic", "market", "museum", "harbor", "stadium", "airport"]


def story(feed: int, n: int) -> tuple[str, list[str]]:
    """A unique English article for item ``n`` of feed ``feed``."""
    town, topic = TOWNS[(feed * 7 + n) % len(TOWNS)], TOPICS[n % len(TOPICS)]
    title = f"{town} council approves plan number {feed}-{n} for the {topic}"
    paras = [
        f"The {town} council voted on Tuesday to approve plan {feed}-{n}, which will rebuild the old {topic} near the centre of town.",
        f"Members said the work on the {topic} would start in the spring and cost about {n + 2} million dollars, paid from the budget.",
        f"Residents who spoke at meeting {feed * 100 + n} were mostly in favour, although some asked whether the money should go to roads.",
    ]
    return title, paras


class Feeds:
    """Feeds that grow: feed f shows its first ``shown[f]`` items; the ETag changes with the count."""

    def __init__(self, site: Site, feeds: int = 3, items: int = 50) -> None:
        self.site, self.items = site, items
        self.shown = [items] * feeds
        self.page_delay = 0.0
        for f in range(feeds):
            site.routes[f"/feed{f}.xml"] = self._feed(f)
            for n in range(items):
                site.routes[f"/news/{f}/{n}.html"] = self._page(f, n)

    def url(self, f: int) -> str:
        return self.site.url(f"/feed{f}.xml")

    def _feed(self, f: int):
        def handler(path: str, headers: dict[str, str]):
            etag = f'"f{f}-{self.shown[f]}"'
            if headers.get("if-none-match") == etag:
                return 304, {"ETag": etag}, b""
            entries = []
            for n in reversed(range(self.shown[f])):
                title, paras = story(f, n)
                entries.append(
                    f"<item><title>{title}</title><link>{self.site.url(f'/news/{f}/{n}.html')}</link>"
                    f"<guid>item-{f}-{n}</guid><pubDate>Mon, 07 Dec 2026 09:{n % 60:02d}:00 GMT</pubDate>"
                    f"<description>{paras[0]}</description></item>"
                )
            body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed {f}</title>{''.join(entries)}</channel></rss>"
            return 200, {"ETag": etag, "Content-Type": "application/rss+xml"}, body.encode()

        return handler

    def _page(self, f: int, n: int):
        def handler(path: str, headers: dict[str, str]):
            if self.page_delay:
                time.sleep(self.page_delay)
            title, paras = story(f, n)
            return 200, {"Content-Type": "text/html; charset=utf-8"}, html_page(title, paras)

        return handler

    def pages_served(self) -> int:
        with self.site.lock:
            return sum(1 for p, _ in self.site.log if p.startswith("/news/"))


def watcher(feeds: list[str], store: Store, stop: threading.Event | None = None) -> Watcher:
    settings = Settings(store=store.path, batch_size=8)
    return Watcher(feeds, settings, store, fetcher=Fetcher(1_000_000, backoff=0.0, timeout=5.0),
                   pipeline=Pipeline([], settings), stop=stop)


def stored_urls(store: Store) -> list[str]:
    return [r["url"] for r in store.query("SELECT url FROM articles ORDER BY url")]


def test_three_feeds_every_item_once_after_polls_a_stop_and_a_restart(tmp_path, monkeypatch):
    import newsgraph.watch as watch_mod

    parses = []
    real_parse = watch_mod.parse_feed
    monkeypatch.setattr(watch_mod, "parse_feed", lambda data: parses.append(1) or real_parse(data))
    db = str(tmp_path / "w.duckdb")
    with Site() as site:
        feeds = Feeds(site)
        urls = [feeds.url(f) for f in range(3)]
        # poll 1: each feed shows 20 items
        feeds.shown = [20, 20, 20]
        with Store(db) as st:
            lines = []
            assert watcher(urls, st).run(60, once=True, report=lambda p: lines.append(p)) == 1
            assert [(p.status, p.new, p.seen, p.stored) for p in lines] == [("200", 20, 0, 20)] * 3
        # poll 2: all 50 shown; the watcher is stopped (as by Ctrl-C) in the middle of feed 1
        feeds.shown = [50, 50, 50]
        stop = threading.Event()
        with Store(db) as st:
            w = watcher(urls, st, stop)
            first = w.poll_feed(urls[0])
            assert (first.new, first.seen, first.stored) == (30, 20, 30)
            served = feeds.pages_served()
            site.routes[f"/news/1/{45}.html"] = lambda p, h: (stop.set(), feeds._page(1, 45)(p, h))[1]
            cut = w.poll_feed(urls[1])
            assert cut.stopped and 0 < cut.stored < 30
            assert st.query("SELECT status FROM watch_feeds WHERE feed_url = ?", [urls[1]])[0]["status"] == "stopped"
            assert feeds.pages_served() > served
        # restart: a new process would open the same store; the cut poll is taken again in full
        with Store(db) as st:
            lines = []
            watcher(urls, st).run(60, once=True, report=lambda p: lines.append(p))
            assert [p.status for p in lines] == ["304", "200", "200"]
            assert lines[1].seen == 20 + cut.stored and lines[1].new == 30 - cut.stored
            assert (lines[2].new, lines[2].seen) == (30, 20)
            urls_stored = stored_urls(st)
            assert len(urls_stored) == 150 and len(set(urls_stored)) == 150
            assert st.query("SELECT count(*) AS n FROM watch_items")[0]["n"] == 150
        # poll 3: nothing changed: every feed answers 304 and nothing is parsed or fetched
        parses.clear()
        served = feeds.pages_served()
        with Store(db) as st:
            lines = []
            watcher(urls, st).run(60, once=True, report=lambda p: lines.append(p))
            assert [p.status for p in lines] == ["304"] * 3 and not parses
            assert feeds.pages_served() == served
            assert len(stored_urls(st)) == 150
            line = lines[0].line()
            assert f" {urls[0]} status=304 " in line and " new=0 " in line and "\n" not in line


def test_feed_changed_but_items_seen_costs_no_page_fetch(tmp_path):
    with Site() as site:
        feeds = Feeds(site, feeds=1, items=5)
        with Store(str(tmp_path / "w.duckdb")) as st:
            w = watcher([feeds.url(0)], st)
            assert w.poll_feed(feeds.url(0)).stored == 5
            served = feeds.pages_served()
            site.routes["/feed0.xml"] = feeds._feed(0)
            feeds.shown = [5]
            st.con.execute("UPDATE watch_feeds SET etag = NULL")  # as if the server forgot its ETag
            again = w.poll_feed(feeds.url(0))
            assert (again.status, again.new, again.seen) == ("200", 0, 5)
            assert feeds.pages_served() == served


def test_same_story_under_two_urls_stored_once(tmp_path):
    with Site() as site:
        feeds = Feeds(site, feeds=2, items=3)
        # feed 1's items are copies of feed 0's pages under other URLs
        for n in range(3):
            site.routes[f"/news/1/{n}.html"] = feeds._page(0, n)
        with Store(str(tmp_path / "w.duckdb")) as st:
            lines: list = []
            watcher([feeds.url(0), feeds.url(1)], st).run(60, once=True, report=lines.append)
            assert (lines[0].stored, lines[1].stored, lines[1].unchanged) == (3, 0, 3)
            assert st.query("SELECT count(*) AS n FROM articles")[0]["n"] == 3


def test_page_failure_falls_back_to_the_feed_text(tmp_path):
    long_text = " ".join(story(0, 1)[1])
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Local</title>"
        "<item><title>Gone page</title><link>{base}/gone.html</link>"
        f"<description>{long_text}</description></item>"
        "<item><title>Empty</title><link>{base}/gone2.html</link></item>"
        "</channel></rss>"
    )
    with Site() as site:
        site.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, feed.format(base=site.base).encode())
        with Store(str(tmp_path / "w.duckdb")) as st:
            poll = watcher([site.url("/feed.xml")], st).poll_feed(site.url("/feed.xml"))
            assert (poll.new, poll.stored, poll.from_feed, poll.failed) == (2, 1, 1, 1)
            art = st.query("SELECT url, meta FROM articles")[0]
            assert art["url"] == site.url("/gone.html") and '"text_from": "feed"' in art["meta"]
            fails = {(r["location"], r["code"], r["component"]) for r in st.failures()}
            assert (site.url("/gone.html"), "NG072", "fetch") in fails
            assert any(loc == site.url("/gone2.html") and code == "NG072" for loc, code, _ in fails)
            items = {r["url"]: r["status"] for r in st.query("SELECT url, status FROM watch_items")}
            assert items == {site.url("/gone.html"): "stored", site.url("/gone2.html"): "NG072"}


def test_feed_errors_reported_and_recorded(tmp_path):
    with Site() as site:
        site.routes["/notafeed"] = (200, {"Content-Type": "text/html"}, b"<html><body><p>hello</p></body></html>")
        with Store(str(tmp_path / "w.duckdb")) as st:
            w = watcher([site.url("/missing.xml"), site.url("/notafeed")], st)
            lines: list = []
            w.run(60, once=True, report=lines.append)
            assert [p.status for p in lines] == ["NG072", "NG006"]
            assert "error='HTTP 404'" in lines[0].line()
            assert len(st.failures()) == 2


def test_stop_ends_the_wait_between_polls(tmp_path):
    with Site() as site:
        feeds = Feeds(site, feeds=1, items=2)
        stop = threading.Event()
        with Store(str(tmp_path / "w.duckdb")) as st:
            w = watcher([feeds.url(0)], st, stop)
            lines: list = []
            t = threading.Thread(target=lambda: w.run(3600, report=lines.append))
            t.start()
            deadline = time.monotonic() + 30
            while not lines and time.monotonic() < deadline:
                time.sleep(0.05)
            stop.set()
            t.join(10)
            assert not t.is_alive() and len(lines) == 1


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("90", 90), ("1.5m", 90)])
def test_parse_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0s", "fast", "-5m", "15 minutes"])
def test_parse_every_refuses(text):
    with pytest.raises(ConfigError) as info:
        parse_every(text)
    assert info.value.code == "NG020"


def test_feed_list(tmp_path):
    p = tmp_path / "feeds.txt"
    p.write_text("# local news\n\nhttps://a.example/rss\n  https://b.example/atom.xml  \nhttps://a.example/rss\n")
    assert read_feed_list(str(p)) == ["https://a.example/rss", "https://b.example/atom.xml"]
    p.write_text("https://a.example/rss\nnot a url\n")
    with pytest.raises(InputError) as info:
        read_feed_list(str(p))
    assert info.value.code == "NG075" and "line 2" in str(info.value)
    p.write_text("# nothing\n")
    with pytest.raises(InputError):
        read_feed_list(str(p))
    with pytest.raises(InputError):
        read_feed_list(str(tmp_path / "missing.txt"))


@pytest.mark.model
def test_watch_command_killed_and_restarted(tmp_path):
    """The real command: killed (SIGKILL) in the middle of a poll, restarted, stopped with SIGTERM."""
    with Site() as site:
        feeds = Feeds(site, feeds=3, items=50)
        feeds.page_delay = 0.01
        lst = tmp_path / "feeds.txt"
        lst.write_text("".join(feeds.url(f) + "\n" for f in range(3)))
        db = str(tmp_path / "w.duckdb")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSGRAPH_COMPONENTS": "newsgraph.nlp.v1"}
        cmd = [sys.executable, "-m", "newsgraph.cli", "watch", str(lst), "--store", db, "--every", "1s"]
        first = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 240
        while feeds.pages_served() < 70 and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.05)
        first.kill()
        first.wait(30)
        assert 0 < feeds.pages_served() < 150
        second = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out: list[str] = []
        assert second.stdout is not None
        while len(out) < 6 and time.monotonic() < deadline + 240:  # two rounds: the second all 304
            line = second.stdout.readline()
            if not line:
                break
            out.append(line)
        second.send_signal(signal.SIGTERM)
        rest, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "Traceback" not in err
        assert [(" status=304 " in line) for line in out[3:6]] == [True] * 3
        with Store(db, read_only=True) as st:
            urls = stored_urls(st)
        assert len(urls) == 150 and len(set(urls)) == 150
