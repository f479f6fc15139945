"""Fetching URLs: user agent, redirects, robots.txt, retries, timeouts, size limit, coded errors.

Every request goes to a local server on 127.0.0.1 (tests/httpserver.py).
"""

from __future__ import annotations

import gzip

import pytest

from newsgraph.config import Settings
from newsgraph.errors import FetchError
from newsgraph.ingest.fetch import USER_AGENT, Fetcher, check_url
from newsgraph.ingest.readers import Article, Failure, read_paths, read_url
from tests.httpserver import Site, html_page, slow

PARAS = [
    "The city council of Springfield voted on Tuesday to expand the public library, after a long debate about the budget.",
    "Council members said the new wing would open next spring and would hold a reading room and a computer lab.",
    "Residents who spoke at the meeting were mostly in favour, although some asked about the cost of road repairs.",
]
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def site():
    with Site() as s:
        s.routes["/story.html"] = (200, HTML, html_page("Library to grow", PARAS))
        yield s


def fetcher(**kw) -> Fetcher:
    return Fetcher(kw.pop("max_bytes", 1_000_000), backoff=0.0, timeout=kw.pop("timeout", 5.0), **kw)


def code_of(f: Fetcher, url: str) -> str:
    with pytest.raises(FetchError) as info:
        f.get(url)
    return info.value.code


def test_page_fetched_with_named_user_agent(site):
    with fetcher() as f:
        resp = f.get(site.url("/story.html"))
    assert resp.status == 200 and b"Library to grow" in resp.content
    agents = {h["user-agent"] for _, h in site.log}
    assert agents == {USER_AGENT} and USER_AGENT.startswith("newsgraph/")


def test_url_read_like_a_file_and_final_url_kept(site):
    site.routes["/go"] = (301, {"Location": "/story.html"}, b"")
    items = list(read_url(site.url("/go"), Settings()))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].fmt == "html"
    assert items[0].meta["url"] == site.url("/story.html")


def test_read_paths_takes_urls_beside_files(site, tmp_path):
    (tmp_path / "a.txt").write_text("A short text about the weather in Oslo on Monday.")
    items = list(read_paths([str(tmp_path / "a.txt"), site.url("/story.html?id=1"), site.url("/missing")], Settings()))
    # the query string is part of the URL, not a glob
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure"]
    site.routes["/story.html?id=1"] = (200, HTML, html_page("Library to grow", PARAS))
    items = list(read_paths([site.url("/story.html?id=1")], Settings()))
    assert isinstance(items[0], Article)


def test_redirects_bounded(site):
    site.routes["/loop"] = (302, {"Location": "/loop2"}, b"")
    site.routes["/loop2"] = (302, {"Location": "/loop"}, b"")
    with fetcher(max_redirects=3) as f:
        assert code_of(f, site.url("/loop")) == "NG074"
    assert site.hits("/loop") + site.hits("/loop2") == 4


def test_robots_txt_honoured(site):
    site.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                  b"User-agent: newsgraph\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n")
    site.routes["/private/x.html"] = (200, HTML, html_page("Secret", PARAS))
    with fetcher() as f:
        assert f.get(site.url("/story.html")).status == 200
        assert code_of(f, site.url("/private/x.html")) == "NG073"
    assert site.hits("/private/x.html") == 0
    assert site.hits("/robots.txt") == 1  # cached per site


def test_redirect_into_disallowed_path_refused(site):
    site.routes["/robots.txt"] = (200, {}, b"User-agent: *\nDisallow: /private/\n")
    site.routes["/open"] = (302, {"Location": "/private/x.html"}, b"")
    with fetcher() as f:
        assert code_of(f, site.url("/open")) == "NG073"
    assert site.hits("/private/x.html") == 0


def test_robots_server_error_means_disallowed_and_404_means_allowed(site):
    site.routes["/robots.txt"] = (503, {}, b"")
    with fetcher(retries=1) as f:
        assert code_of(f, site.url("/story.html")) == "NG073"
    site.routes["/robots.txt"] = (404, {}, b"")
    with fetcher() as f:
        assert f.get(site.url("/story.html")).status == 200
    with fetcher(robots=False) as f:
        site.routes["/robots.txt"] = (503, {}, b"")
        assert f.get(site.url("/story.html")).status == 200


def test_retries_on_5xx_and_429_with_backoff(site):
    answers = [(503, {}, b""), (429, {"Retry-After": "0"}, b""), (200, HTML, html_page("Library to grow", PARAS))]
    site.routes["/flaky"] = lambda path, headers: answers.pop(0)
    waits: list[float] = []
    with Fetcher(1_000_000, backoff=0.5, sleep=waits.append) as f:
        assert f.get(site.url("/flaky")).status == 200
    assert waits == [0.5, 0.0]  # exponential backoff, then Retry-After: 0


def test_gives_up_after_retries(site):
    site.routes["/down"] = (500, {}, b"")
    waits: list[float] = []
    with Fetcher(1_000_000, retries=3, backoff=1.0, sleep=waits.append) as f:
        assert code_of(f, site.url("/down")) == "NG072"
    assert site.hits("/down") == 4 and waits == [1.0, 2.0, 4.0]


def test_client_error_not_retried(site):
    with fetcher() as f:
        assert code_of(f, site.url("/nothing-here")) == "NG072"
    assert site.hits("/nothing-here") == 1


def test_timeout_is_a_coded_failure(site):
    site.routes["/slow"] = slow((200, HTML, b"late"), 1.0)
    with fetcher(timeout=0.2, retries=1) as f:
        assert code_of(f, site.url("/slow")) == "NG071"
    assert site.hits("/slow") == 2


def test_connection_refused_is_a_coded_failure():
    with Site() as s:
        url = s.url("/x")
    with fetcher(retries=0, robots=False) as f:
        assert code_of(f, url) == "NG071"


def test_size_limit_declared_and_streamed(site):
    big = b"<html><body>" + b"<p>word word word</p>" * 5000 + b"</body></html>"
    site.routes["/big"] = (200, HTML, big)
    site.routes["/bomb"] = (200, {**HTML, "Content-Encoding": "gzip"}, gzip.compress(big))
    with fetcher(max_bytes=20_000) as f:
        assert code_of(f, site.url("/big")) == "NG003"
        assert code_of(f, site.url("/bomb")) == "NG003"  # small on the wire, large decoded
        assert f.get(site.url("/story.html")).status == 200


def test_conditional_request_gets_304(site):
    def feed(path: str, headers: dict[str, str]):
        if headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Content-Type": "application/rss+xml"}, b"<rss version='2.0'></rss>"

    site.routes["/feed"] = feed
    with fetcher() as f:
        first = f.get(site.url("/feed"))
        assert first.status == 200 and first.etag == '"v1"'
        again = f.get(site.url("/feed"), etag=first.etag)
        assert again.not_modified and again.content == b""


@pytest.mark.parametrize("url", ["ftp://example.org/x", "http://", "http:// spaces.example/", "http://host:99999/"])
def test_bad_urls(url):
    with pytest.raises(FetchError) as info:
        check_url(url)
    assert info.value.code == "NG070"


def test_fetch_failure_is_a_failure_not_an_exception(site):
    items = list(read_url(site.url("/missing"), Settings()))
    assert len(items) == 1 and isinstance(items[0], Failure) and items[0].error.code == "NG072"


def test_image_refused_by_content_type(site):
    site.routes["/pic"] = (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    items = list(read_url(site.url("/pic"), Settings()))
    assert isinstance(items[0], Failure) and items[0].error.code == "NG006"


def test_crawl_delay_spaces_requests(site):
    site.routes["/robots.txt"] = (200, {}, b"User-agent: *\nCrawl-delay: 5\n")
    waits: list[float] = []
    with Fetcher(1_000_000, sleep=waits.append) as f:
        f.get(site.url("/story.html"))
        f.get(site.url("/story.html"))
    assert len(waits) == 1 and 4.0 < waits[0] <= 5.0
