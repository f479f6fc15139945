"""Ingest: raw inputs to Documents (clean text, metadata, blocks, offset map)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.errors import InputError
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.language import MAX_CHARS, check_language, detect
from newsgraph.ingest.layout import Layout, repair
from newsgraph.ingest.readers import Article, Failure, read_bytes, read_paths, sniff_format

__all__ = ["Article", "Failure", "make_document", "documents", "documents_from_paths", "read_bytes", "sniff_format"]


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: Any) -> Any:
    """Metadata from records as text: lone surrogates (JSON escapes) become U+FFFD, other types str."""
    if value is None:
        return None
    text = value if isinstance(value, str) else json.dumps(value, default=str) if isinstance(value, (list, dict)) else str(value)
    return _SURROGATE.sub("\ufffd", text)


def _language(layout: Layout, location: str, require_english: bool) -> str | None:
    """The detected language of the headline and body (their first few thousand characters)."""
    parts: list[str] = []
    size = 0
    for b in layout.blocks:
        if b.kind in ("headline", "paragraph") and size < MAX_CHARS:
            parts.append(layout.text[b.start : min(b.end, b.start + MAX_CHARS)])
            size += b.end - b.start
    body = " ".join(parts) or layout.text[:MAX_CHARS]
    if require_english:
        return check_language(body, location)  # NG010 when confidently not English
    found = detect(body)
    return found[0] if found else None


def make_document(article: Article, settings: Settings | None = None, require_english: bool = False) -> Document:
    """Turn one Article into a Document; raises InputError on bad input.

    The body's language is detected and kept in ``meta["language"]``; with
    ``require_english`` (ingest and the batch runner) a body that is confidently in
    another language raises NG010.
    """
    settings = settings or Settings()
    meta: dict[str, Any] = {k: _clean(v) for k, v in article.meta.items()}
    raw = _SURROGATE.sub("\ufffd", article.raw) if isinstance(article.raw, str) else ""
    if not raw or not raw.strip():
        raise InputError("input is empty", code="NG001", location=article.location)
    if len(raw.encode("utf-8", "surrogatepass")) > settings.max_bytes and article.fmt != "html":
        raise InputError("input is over the size limit (setting max_bytes)", code="NG003", location=article.location)
    source = raw
    fmt = article.fmt
    embeds: list[tuple[int, int]] = []
    headline = meta.get("title")
    if fmt == "html":
        page = extract_html(raw, article.location, meta.get("url"))
        source = page.text
        embeds = page.embeds
        headline = page.headline
        for k, v in (("title", page.title), ("author", page.author), ("published", page.date), ("url", page.url)):
            if v and not meta.get(k):
                meta[k] = v
        if page.sitename and not meta.get("source"):
            meta["source"] = page.sitename
    layout = repair(source, markdown=fmt in ("markdown", "html"), title=headline, html=fmt == "html", embeds=embeds)
    if not layout.text.strip():
        raise InputError("input holds no text after cleaning", code="NG001", location=article.location)
    language = _language(layout, article.location, require_english)
    if language:
        meta["language"] = language
    if layout.title and not meta.get("title"):
        meta["title"] = layout.title
    if layout.author and not meta.get("author"):
        meta["author"] = layout.author
    if layout.author_role:
        meta["author_role"] = layout.author_role
    if not meta.get("published") and meta.get("crawled"):  # a WARC's crawl date, when the page states none
        meta["published"] = meta["crawled"]
    if not meta.get("published") and settings.published:
        meta["published"] = settings.published
    if meta.get("published") is not None:
        meta["published"] = str(meta["published"])[:10]
    meta["format"] = fmt
    meta["location"] = article.location
    meta["paragraphs"] = layout.paragraphs
    meta["captions"] = layout.captions
    meta["id"] = Document.content_id(layout.text)
    return Document(text=layout.text, meta=meta, blocks=layout.blocks, offsets=layout.offsets, source_text=source)


def documents(items: Iterable[Article | Failure], settings: Settings) -> Iterator[Document | Failure]:
    """Articles as Documents, with the checks every ingest applies (never raises InputError):
    a bad input, and one whose body is confidently not English (NG010), is a Failure.
    ``newsgraph ingest``, the web upload and the batch runner all turn inputs into
    Documents here."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield make_document(item, settings, require_english=True)
        except InputError as exc:
            yield Failure(exc, item.location)


def documents_from_paths(
    paths: list[str], settings: Settings, fmt: str | None = None
) -> Iterator[Document | Failure]:
    """Every input under ``paths`` as a Document, or a Failure (see :func:`documents`)."""
    return documents(read_paths(paths, settings, fmt), settings)


def document_from_text(text: str, settings: Settings | None = None, fmt: str | None = None, **meta: Any) -> Document:
    """A Document from a string (format sniffed unless given)."""
    kind = fmt or sniff_format(text)
    return make_document(Article(text, kind, {k: v for k, v in meta.items() if v is not None}, "<text>"), settings)
