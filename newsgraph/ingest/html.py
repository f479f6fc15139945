"""HTML pages: the whole article (headline, paragraphs, embedded posts) and its metadata.

trafilatura finds the main text; this module adds, by general rules (never per site):

- the **headline** (:mod:`newsgraph.ingest.htmlmeta`): a page ``h1`` that agrees with the
  page's metadata title, else that title without the site's name; it becomes the first
  block of the text;
- **embedded posts** (tweets, Instagram, TikTok, Bluesky, Reddit, Facebook): taken out of
  the page before extraction and put back where they stood as blocks of their own
  (``embed``), never glued into a paragraph;
- the **publisher's body** (JSON-LD ``articleBody``) when trafilatura kept only part of
  it or ran its paragraphs together;
- **boilerplate** trafilatura keeps (:mod:`newsgraph.ingest.boilerplate`): share widgets,
  gallery counters, teaser and related links, newsletter prompts, advertising labels;
- **pages that are not articles** (an error, cookie-consent or paywall page) are refused
  with NG011;
- an **author** that is a person or organisation name, never a date, a widget label, a
  domain fragment or the headline.

The text returned is the headline, then one paragraph per block, separated by blank lines;
every offset of the document points into it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest.boilerplate import is_boilerplate, not_article_reason
from newsgraph.ingest.htmlmeta import PageMeta, choose_author, choose_title, page_meta

#: embedded posts: (tag, class word) pairs; the element is matched by a class that contains the word
EMBED_CLASSES = (
    ("blockquote", "twitter-tweet"),
    ("blockquote", "twitter-video"),
    ("blockquote", "instagram-media"),
    ("blockquote", "tiktok-embed"),
    ("blockquote", "bluesky-embed"),
    ("blockquote", "reddit-embed"),
    ("blockquote", "reddit-card"),
    ("blockquote", "threads-post"),
    ("div", "fb-post"),
    ("blockquote", "mastodon-embed"),
)
_MARK = "NGEMBEDMARK{}X"
_MARK_RE = re.compile(r"NGEMBEDMARK(\d+)X")
_SPACE = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")


@dataclass
class HtmlArticle:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    sitename: str | None = None
    #: the headline as it stands first in ``text`` (None when the page gives none)
    headline: str | None = None
    #: (start, end) of each embedded post in ``text``
    embeds: list[tuple[int, int]] = field(default_factory=list)
    #: boilerplate lines removed from trafilatura's text
    dropped: list[str] = field(default_factory=list)
    #: where the paragraphs come from: "trafilatura" or "json-ld" (the page's articleBody)
    body_from: str = "trafilatura"


def _embed_xpath() -> str:
    parts = [f"//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {word} ')]" for tag, word in EMBED_CLASSES]
    return " | ".join(parts)


def _take_embeds(tree: Any) -> list[str]:
    """Replace each embedded post in ``tree`` by a marker paragraph; return the posts' texts."""
    from lxml import etree

    texts: list[str] = []
    for el in tree.xpath(_embed_xpath()):
        parent = el.getparent()
        if parent is None:
            continue
        text = _SPACE.sub(" ", el.text_content() or "").strip()
        marker = etree.Element("p")
        marker.text = _MARK.format(len(texts))
        marker.tail = el.tail
        parent.replace(el, marker)
        texts.append(text)
    return texts


def _date(html: str, found: str | None) -> str | None:
    if found:
        return found
    try:
        from htmldate import find_date

        return find_date(html, extensive_search=False)
    except Exception:  # htmldate is best effort
        return None


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')).strip().lower()


def extract_html(html: str, location: str = "", url: str | None = None) -> HtmlArticle:
    """Main text and metadata of a page; NG005 when there is none, NG011 when it is not an article."""
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except Exception:  # lxml raises many kinds on broken pages
        tree = None
    if tree is None:
        raise InputError("HTML could not be parsed", code="NG005", location=location)
    meta = page_meta(tree, url)
    embeds = _take_embeds(tree)
    try:
        res = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken pages
        raise InputError(f"HTML could not be parsed: {type(exc).__name__}", code="NG005", location=location) from None
    body = getattr(res, "text", None) if res is not None else None
    if not body or not body.strip():
        # trafilatura finds no body on many consent walls: judge the page's visible text
        shown = tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::noscript)]")
        reason = not_article_reason(meta.titles(), _SPACE.sub(" ", " ".join(map(str, shown[:2000]))))
        if reason:
            raise InputError(f"the page is not an article ({reason})", code="NG011", location=location)
        raise InputError("HTML holds no article body", code="NG005", location=location)
    sitename = meta.site_name or getattr(res, "sitename", None)
    if sitename and (len(sitename.split()) > 6 or any(_norm(sitename) == _norm(t) for t in meta.titles())):
        sitename = None  # trafilatura falls back to the page title when a page names no site
    title = choose_title(meta, getattr(res, "title", None), sitename)
    lines, dropped = _body_lines(body)
    body_from = "trafilatura"
    if _publisher_body_wins(meta.ld_body, lines):
        lines, more = _body_lines(meta.ld_body or "")
        dropped += more
        body_from = "json-ld"
    reason = not_article_reason(meta.titles() + ([title] if title else []), "\n".join(lines))
    if reason:
        raise InputError(f"the page is not an article ({reason})", code="NG011", location=location)
    text, spans, headline = _compose(title, lines, embeds)
    if not any(not _MARK_RE.fullmatch(line) for line in lines):
        raise InputError("HTML holds no article body", code="NG005", location=location)
    author = choose_author(meta, getattr(res, "author", None), sitename, title)
    return HtmlArticle(
        text=text,
        title=title,
        author=author,
        date=_date(html, getattr(res, "date", None)),
        url=getattr(res, "url", None),
        sitename=sitename,
        headline=headline,
        embeds=spans,
        dropped=dropped,
        body_from=body_from,
    )


#: the publisher's JSON-LD articleBody replaces trafilatura's text when it has this many times
#: the words (and at least LD_BODY_MIN_WORDS) and holds most of trafilatura's words
LD_BODY_RATIO = 1.5
LD_BODY_MIN_WORDS = 100
LD_BODY_CONTAINS = 0.6
#: ... or when it holds the same words (bag-of-words F1 at least this) in paragraphs that
#: trafilatura ran together (at most 3 lines against at least 4 paragraphs)
LD_BODY_SAME = 0.9


def _publisher_body_wins(ld_body: str | None, lines: list[str]) -> bool:
    """True when trafilatura kept only part of the article the page declares in JSON-LD, or
    ran its paragraphs together."""
    if not ld_body:
        return False
    text_lines = [line for line in lines if not _MARK_RE.fullmatch(line)]
    ours = Counter(w.lower() for line in text_lines for w in _WORDS.findall(line))
    theirs = Counter(w.lower() for w in _WORDS.findall(ld_body))
    n_ours, n_theirs = sum(ours.values()), sum(theirs.values())
    common = sum((ours & theirs).values())
    if n_theirs >= max(LD_BODY_MIN_WORDS, LD_BODY_RATIO * n_ours):
        return common >= LD_BODY_CONTAINS * max(1, n_ours)
    paragraphs = len([p for p in ld_body.split("\n\n") if p.strip()])
    same = 2 * common / max(1, n_ours + n_theirs)
    return len(text_lines) <= 3 and paragraphs >= 4 and same >= LD_BODY_SAME


def _body_lines(body: str) -> tuple[list[str], list[str]]:
    """trafilatura's lines without blank lines and boilerplate; embed markers on lines of their own."""
    lines: list[str] = []
    dropped: list[str] = []
    for raw in body.splitlines():
        for part in _split_marks(raw):
            line = part.strip()
            if not line:
                continue
            if not _MARK_RE.fullmatch(line) and is_boilerplate(line):
                dropped.append(line)
                continue
            lines.append(line)
    return lines, dropped


def _split_marks(line: str) -> list[str]:
    out: list[str] = []
    pos = 0
    for m in _MARK_RE.finditer(line):
        out.append(line[pos : m.start()])
        out.append(m.group(0))
        pos = m.end()
    out.append(line[pos:])
    return out


def _compose(title: str | None, lines: list[str], embeds: list[str]) -> tuple[str, list[tuple[int, int]], str | None]:
    """The text: headline, then each line as a paragraph (embeds in place); embed spans; the headline."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    headline = None
    if title:
        same = [i for i, line in enumerate(lines[:4]) if _norm(line) == _norm(title)]
        if same and same[0] == 0:
            headline = lines[0]
        else:
            headline = title
            parts.append(title)
            pos = len(title)
        if same and same[0] > 0:  # the headline printed again below a kicker: kept once, first
            lines = lines[: same[0]] + lines[same[0] + 1 :]
    for line in lines:
        m = _MARK_RE.fullmatch(line)
        if m is not None:
            i = int(m.group(1))
            line = embeds[i] if i < len(embeds) else ""
            if not line:
                continue
        if parts:
            parts.append("\n\n")
            pos += 2
        if m is not None:
            spans.append((pos, pos + len(line)))
        parts.append(line)
        pos += len(line)
    return "".join(parts), spans, headline


__all__ = ["HtmlArticle", "PageMeta", "extract_html"]
