"""RSS and Atom feed files through feedparser: each entry becomes an Article.

An entry's title, link, author and date (``published``, else ``updated``) become its
metadata, the feed's own title its ``source``. Its text is the entry's full content where
the feed carries it, else its summary. An entry that carries a whole HTML page goes to
the full-page HTML extractor (format ``html``). HTML fragments are turned into plain paragraphs
here (block tags end paragraphs, other tags are dropped, entities unescaped): a fragment
has none of the page furniture that the full-page HTML extractor is built to remove, and
on short fragments that extractor finds no body. The title is set as the first line so
the layout repair makes it the headline. ``.xml`` files are read as feeds only when they
parse as RSS or Atom.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from typing import Any

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest.article import Article, Failure

FEED_EXT = {".rss", ".atom"}

_BLOCK = re.compile(
    r"<\s*(?:br|/?p|/?div|/?li|/?ul|/?ol|/?h[1-6]|/?blockquote|/?section|/?article|/?figure|/?figcaption|/?tr|hr)\b[^>]*>",
    re.IGNORECASE,
)
_DROP = re.compile(r"<\s*(script|style|iframe|noscript)\b.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def looks_like_feed(head: str) -> bool:
    """True when the start of a text is an RSS, RDF or Atom document."""
    low = head.lstrip("\ufeff \t\r\n")[:2000].lower()
    if low.startswith("<?xml"):
        low = low[low.find("?>") + 2 :].lstrip()
        while low.startswith("<!--") or low.startswith("<?"):
            end = low.find("-->" if low.startswith("<!--") else "?>")
            if end < 0:
                return False
            low = low[end + 3 :].lstrip()
    return low.startswith(("<rss", "<feed", "<rdf:rdf"))


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, separated by blank lines."""
    text = _DROP.sub(" ", fragment)
    text = _BLOCK.sub("\n\n", text)
    text = html.unescape(_TAG.sub("", text))
    paras = [_SPACES.sub(" ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(" ".join(p.split("\n")).strip() for p in paras if p.strip())


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    return None


_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^()]+)\)\s*$")


def _author(value: Any) -> str | None:
    """An entry's author; RSS's ``email (Name)`` form gives the name."""
    if not isinstance(value, str) or not value.strip():
        return None
    m = _EMAIL_NAME.match(value)
    return m.group("name").strip() if m else value.strip()


def _raw_body(entry: Any) -> str:
    """The entry's longest content (full text where given), else its summary, as given."""
    parts = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, dict)]
    best = max(parts, key=len) if parts else ""
    summary = entry.get("summary") or ""
    return str(best if len(best) >= len(summary) else summary)


def _is_page(raw: str) -> bool:
    """True when an entry carries a whole HTML page (not a fragment): the full-page extractor reads it."""
    head = raw.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def parse_feed(data: bytes | str) -> Any | None:
    """feedparser's result for an RSS/Atom document, or None when it is not a feed."""
    import feedparser

    if isinstance(data, str):
        data = data.encode("utf-8")
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        return None
    return parsed


def feed_source(parsed: Any) -> str | None:
    """The feed's own title (each entry's ``source``)."""
    return (parsed.feed.get("title") or "").strip() or None


def entry_article(entry: Any, loc: str, source: str | None, settings: Settings) -> Article | Failure:
    """One feed entry as an Article (its own text: full content, else summary), or a Failure."""
    raw = _raw_body(entry)
    page = _is_page(raw)
    body = raw if page else fragment_text(raw) if "<" in raw else raw.strip()
    title = html.unescape(_TAG.sub("", entry.get("title") or "")).strip()
    if not body.strip():
        return Failure(InputError("feed entry has no text", code="NG001", location=loc), loc)
    if len(body.encode("utf-8")) > settings.max_bytes:
        return Failure(InputError("feed entry is over the size limit", code="NG003", location=loc), loc)
    text = body if page or not title or body.startswith(title) else f"{title}\n\n{body}"
    meta: dict[str, Any] = {
        "title": title or None,
        "url": entry.get("link"),
        "published": _date(entry),
        "author": _author(entry.get("author")),
        "source": source,
        "source_id": entry.get("id"),
    }
    return Article(text, "html" if page else "feed", {k: v for k, v in meta.items() if v}, loc)


def read_feed(data: bytes | str, name: str, settings: Settings, strict: bool = True) -> Iterator[Article | Failure]:
    """Entries of an RSS/Atom feed as Articles; not a feed: NG006 (``strict``) or nothing."""
    parsed = parse_feed(data)
    if parsed is None:
        if strict:
            yield Failure(InputError("file is not an RSS or Atom feed", code="NG006", location=name), name)
        return
    source = feed_source(parsed)
    for n, entry in enumerate(parsed.entries, 1):
        yield entry_article(entry, f"{name}:{n}", source, settings)
