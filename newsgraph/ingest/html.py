"""HTML pages: trafilatura for the body and metadata, htmldate for the date."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.errors import InputError


@dataclass
class HtmlArticle:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    sitename: str | None = None


def extract_html(html: str, location: str = "", url: str | None = None) -> HtmlArticle:
    """Main text and metadata of a page; NG005 when there is none."""
    import trafilatura

    try:
        res = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken pages
        raise InputError(f"HTML could not be parsed: {type(exc).__name__}", code="NG005", location=location) from None
    text = getattr(res, "text", None) if res is not None else None
    if not text or not text.strip():
        raise InputError("HTML holds no article body", code="NG005", location=location)
    date = getattr(res, "date", None)
    if not date:
        try:
            from htmldate import find_date

            date = find_date(html, extensive_search=False)
        except Exception:  # htmldate is best effort
            date = None
    return HtmlArticle(
        text=text,
        title=getattr(res, "title", None),
        author=getattr(res, "author", None),
        date=date,
        url=getattr(res, "url", None),
        sitename=getattr(res, "sitename", None),
    )
