"""Fetch pages and feeds over HTTP(S) with the manners a crawler owes a site.

One :class:`Fetcher` holds an httpx client and a robots.txt cache:

- a named user agent (``newsgraph/<version> (+project url)``);
- timeouts (connect, each read, and a deadline for the whole body);
- a size limit, checked on ``Content-Length`` and again while the body streams;
- redirects followed by hand, at most ``max_redirects``, each hop checked against robots.txt;
- robots.txt honoured (``urllib.robotparser``): 4xx means no rules, 5xx or no answer means
  the site is treated as disallowed (RFC 9309); its ``Crawl-delay`` spaces requests to a site;
- retries with exponential backoff on 429, 5xx, timeouts and connection errors
  (``Retry-After`` honoured up to ``max_wait``);
- conditional requests (``If-None-Match`` / ``If-Modified-Since``) for the feed watcher.

Every failure is a :class:`~newsgraph.errors.FetchError` with a code (NG003, NG070-NG074).
:func:`newsgraph.ingest.readers.read_url` sends the fetched bytes through the same readers as files; the final URL
becomes each article's ``url``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from newsgraph.config import Settings
from newsgraph.errors import FetchError
from newsgraph.version import __version__

#: the project has no public home yet: the agent names itself and its version only
USER_AGENT = f"newsgraph/{__version__} (news extraction; offline-first)"
#: seconds to connect, and to wait for each read
TIMEOUT_S = 20.0
#: seconds the whole body may take (a server that drips bytes cannot hold a fetch forever)
DEADLINE_S = 60.0
RETRIES = 3
#: first backoff in seconds; doubled on each retry (1, 2, 4)
BACKOFF_S = 1.0
#: the longest wait a Retry-After header may ask for
MAX_WAIT_S = 60.0
MAX_REDIRECTS = 5
ROBOTS_MAX_BYTES = 500_000
#: the longest robots.txt Crawl-delay honoured between two requests to one site
MAX_CRAWL_DELAY_S = 30.0
#: robots.txt is read again after this many seconds (a watch runs for days)
ROBOTS_TTL_S = 24 * 3600.0
REDIRECTS = {301, 302, 303, 307, 308}
_DISALLOW_ALL = ["User-agent: *", "Disallow: /"]
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"


def is_url(value: str) -> bool:
    """True for an http(s) URL (what ``ingest`` and ``extract`` fetch instead of reading a file)."""
    return value.lower().startswith(("http://", "https://"))


def check_url(url: str) -> str:
    """The URL, or NG070 when it is not an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url.strip())
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
        if ok:
            _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        ok = False
    if not ok or any(ch.isspace() for ch in url.strip()):
        raise FetchError("not an http(s) URL", code="NG070", location=url)
    return url.strip()


@dataclass
class Response:
    """A fetched resource: the final URL (after redirects), status, headers (lower-case names), body."""

    url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Fetcher:
    """HTTP(S) GET with timeouts, a size limit, bounded redirects, robots.txt and retries."""

    def __init__(
        self,
        max_bytes: int = 5_000_000,
        *,
        timeout: float = TIMEOUT_S,
        deadline: float = DEADLINE_S,
        retries: int = RETRIES,
        backoff: float = BACKOFF_S,
        max_wait: float = MAX_WAIT_S,
        max_redirects: int = MAX_REDIRECTS,
        user_agent: str = USER_AGENT,
        robots: bool = True,
        sleep: Callable[[float], Any] = time.sleep,
        transport: Any = None,
    ) -> None:
        import httpx

        self.max_bytes = max_bytes
        self.deadline = deadline
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self.robots = robots
        self.sleep = sleep
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._last: dict[str, float] = {}  # when each site was last asked for a page
        self.client = httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            headers={"User-Agent": user_agent, "Accept": ACCEPT},
            transport=transport,
            trust_env=False,
        )

    @classmethod
    def from_settings(cls, settings: Settings, **kw: Any) -> Fetcher:
        return cls(settings.max_bytes, **kw)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    # -- the public call -------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url``; a 304 comes back as a Response (``not_modified``), every failure raises FetchError."""
        current = check_url(url)
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _hop in range(self.max_redirects + 1):
            if self.robots and not self.allowed(current):
                raise FetchError("robots.txt does not allow fetching this URL", code="NG073", location=current)
            self._pace(current)
            resp = self._with_retries(current, headers)
            location = resp.headers.get("location")
            if resp.status in REDIRECTS and location:
                current = check_url(urljoin(current, location))
                continue
            if resp.status == 304 or 200 <= resp.status < 300:
                return resp
            raise FetchError(f"HTTP {resp.status}", code="NG072", location=current)
        raise FetchError(f"more than {self.max_redirects} redirects", code="NG074", location=url)

    # -- robots.txt ------------------------------------------------------------------
    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's site lets this user agent fetch it (cached per site for a day)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cached = self._robots.get(origin)
        if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL_S:
            cached = self._robots[origin] = (time.monotonic(), self._load_robots(origin))
        rules = cached[1]
        return True if rules is None else rules.can_fetch(self.user_agent, url)

    def _pace(self, url: str) -> None:
        """Wait out the site's robots.txt ``Crawl-delay`` (at most ``MAX_CRAWL_DELAY_S``) since our last request."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        cached = self._robots.get(origin)
        delay = cached[1].crawl_delay(self.user_agent) if cached and cached[1] is not None else None
        if delay:
            wait = min(float(delay), MAX_CRAWL_DELAY_S) - (time.monotonic() - self._last.get(origin, -1e9))
            if wait > 0:
                self.sleep(wait)
        self._last[origin] = time.monotonic()

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """The site's rules; None when it has none (4xx). 5xx or no answer: disallow everything."""
        rules = RobotFileParser(origin + "/robots.txt")
        target = origin + "/robots.txt"
        try:
            for _hop in range(self.max_redirects + 1):
                resp = self._with_retries(target, {}, limit=ROBOTS_MAX_BYTES)
                location = resp.headers.get("location")
                if resp.status in REDIRECTS and location:
                    target = check_url(urljoin(target, location))
                    continue
                break
            else:
                return None  # a redirect loop on robots.txt: no usable rules (RFC 9309: treat as unavailable)
        except FetchError as exc:
            if exc.code == "NG003":  # an oversize file: taken as no rules
                return None
            rules.parse(_DISALLOW_ALL)
            return rules
        if 200 <= resp.status < 300:
            rules.parse(resp.content.decode("utf-8", "replace").splitlines())
            return rules
        if 400 <= resp.status < 500:
            return None
        rules.parse(_DISALLOW_ALL)
        return rules

    # -- one request, retried ----------------------------------------------------------
    def _with_retries(self, url: str, headers: dict[str, str], limit: int | None = None) -> Response:
        import httpx

        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                resp = self._once(url, headers, limit)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                if last:
                    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "connection failed"
                    raise FetchError(
                        f"{kind} after {self.retries + 1} tries: {type(exc).__name__}", code="NG071", location=url
                    ) from None
                self.sleep(self.backoff * 2**attempt)
                continue
            if (resp.status == 429 or resp.status >= 500) and not last:
                wait = _retry_after(resp.headers.get("retry-after"))
                self.sleep(min(self.max_wait, wait if wait is not None else self.backoff * 2**attempt))
                continue
            return resp
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, headers: dict[str, str], limit: int | None = None) -> Response:
        import httpx

        started = time.monotonic()
        with self.client.stream("GET", url, headers=headers) as r:
            hdrs = {k.lower(): v for k, v in r.headers.items()}
            if r.status_code in REDIRECTS or r.status_code == 304 or r.status_code >= 400:
                return Response(str(r.url), r.status_code, hdrs, b"")
            pdf = hdrs.get("content-type", "").lower().startswith("application/pdf")
            cap = limit or (self.max_bytes * 10 if pdf else self.max_bytes)  # a PDF may be 10x (as a file)
            declared = hdrs.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise FetchError(f"response is {int(declared):,} bytes, over the limit of {cap:,}", code="NG003", location=url)
            body = bytearray()
            try:
                for chunk in r.iter_bytes():  # decoded: a compression bomb stops at the limit
                    body += chunk
                    if len(body) > cap:
                        raise FetchError(f"response is over the limit of {cap:,} bytes", code="NG003", location=url)
                    if time.monotonic() - started > self.deadline:
                        raise httpx.ReadTimeout(f"body took over {self.deadline:.0f} s")
            except httpx.DecodingError as exc:
                raise FetchError(f"response body could not be decoded: {exc}", code="NG072", location=url) from None
            return Response(str(r.url), r.status_code, hdrs, bytes(body))


#: Content-Type -> reader format; other types are sniffed by content (text/plain, XML) or refused
_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
}
_REFUSED = ("image/", "audio/", "video/", "font/", "application/zip", "application/octet-stream")


def content_kind(resp: Response, fmt: str | None = None) -> str | None:
    """The reader a fetched response goes to (``fmt`` when given, else by its content type);
    NG006 for a type no reader takes (images, audio, archives)."""
    ctype = resp.content_type
    if fmt is None and ctype.startswith(_REFUSED):
        raise FetchError(f"unsupported content type {ctype!r}", code="NG006", location=resp.url)
    return fmt or _TYPES.get(ctype)
