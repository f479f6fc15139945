"""A page's headline and author from its markup and metadata, by general rules.

**Headline.** Candidates are the page's ``h1`` elements and its metadata titles
(``og:title``, JSON-LD ``headline``, ``<title>``; none that is the site's name). Metadata titles
lose the site's name: a segment before or after a separator (`` | ``, `` - ``, `` – ``,
`` — ``, `` • ``, `` · ``, `` » ``, `` :: ``, or ``Name: `` at the start) that matches
``og:site_name`` or the domain (a last segment of at most three words may also just hold a
word of the domain: "Rust Blog" on blog.rust-lang.org). The first ``h1`` that shares at least half of its words
with a metadata title is the headline (it keeps the page's own spelling and is never a site
name); without one, the first metadata title without the site's name; without any
metadata title, the first ``h1`` of at most 30 words, else trafilatura's title.

**Author.** JSON-LD ``author`` names (of the page's article object, joined with ", "),
``<meta name="author">``, trafilatura's author (as the page's byline element writes it, when
one holds exactly its parts), a "Written by" label/data meta pair (``twitter:label1`` /
``twitter:data1``), a name after "By" or "Written by" in the page text (at most six
capitalised words), then the text of a byline element, whichever is first to pass
:func:`clean_author`: a leading "By" is removed, parts that are dates or page furniture
are dropped ("Malcolm Harris; January" -> "Malcolm Harris"), and a value that is an
e-mail address, a link, a domain fragment ("Dmoran Com"), a widget label ("Account
You're logged"), the headline or a section heading is no author at all.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_SEP = re.compile(r"\s+(?:\||-|–|—|•|·|»|::|/|~)\s+")
_PREFIX = re.compile(r"^([^:|]{2,40}):\s+(?=\S)")
#: a domain label that is no site name
_GENERIC_LABELS = {"www", "blog", "blogs", "news", "com", "org", "net", "co", "uk", "edu", "gov", "m", "amp", "en"}
#: words that never stand in an author's name: page furniture and login widgets
_NOT_NAME = re.compile(
    r"\b(?:account|logged|log ?in|sign ?in|sign ?up|subscribe|menu|share|comments?|reply|posted|"
    r"the author|admin|webmaster|unknown|click|here|follow|view all|more posts|profile)\b",
    re.IGNORECASE,
)
_DOMAIN_TOKEN = re.compile(r"(?:^|\s)(?:www|https?)(?:\s|$)|\s(?:com|net|org)$", re.IGNORECASE)
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
#: where a byline's name ends and a date or note begins
_DATE_TAIL = re.compile(
    rf"\s*(?:\b(?:last\s+)?(?:updated|published|posted|modified|reviewed)\b|\b(?:{_MONTH})\.?\s+\d|\b\d{{1,2}}\s+(?:{_MONTH})\b|\d{{4}}|\b\d+\s+(?:min|minutes?|hours?|days?)\b).*$",
    re.IGNORECASE,
)
_ONLY_DATE = re.compile(rf"^(?:(?:{_MONTH})\.?|\d[\d/.,: -]*|(?:updated|published|on)\b.*)$", re.IGNORECASE)
_SOCIAL = re.compile(r"\bon (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok)\b", re.IGNORECASE)
_BY = re.compile(r"^\s*(?:written\s+)?by[:\s]+", re.IGNORECASE)
_INITIALS = re.compile(r"^([A-Z]{2,3})\s+(?=[A-Z])")


def text_of(el: Any) -> str:
    return _SPACE.sub(" ", el.text_content() or "").strip()


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s.replace("’", "'").replace("‘", "'")).strip().lower()


def _squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


@dataclass
class PageMeta:
    """What a page's markup says about its headline and author."""

    h1: list[str] = field(default_factory=list)
    headings: set[str] = field(default_factory=set)
    og_title: str | None = None
    ld_headline: str | None = None
    title_tag: str | None = None
    site_name: str | None = None
    domain: str | None = None
    ld_authors: list[str] = field(default_factory=list)
    meta_author: str | None = None
    #: texts of byline elements (class, itemprop or rel naming an author or byline), innermost first
    bylines: list[str] = field(default_factory=list)
    #: the author in a "Written by" label/data meta pair (twitter:label1 / twitter:data1)
    labelled_author: str | None = None
    #: names after "By" / "Written by" in the page text, in page order
    by_names: list[str] = field(default_factory=list)
    #: the longest JSON-LD ``articleBody`` as plain paragraphs (blank-line separated), or None
    ld_body: str | None = None

    def titles(self) -> list[str]:
        return [t for t in (self.og_title, self.ld_headline, self.title_tag, *self.h1[:1]) if t]


def _ld_objects(data: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object in ``data`` (lists and ``@graph`` unfolded)."""
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack and len(out) < 500:
        cur = stack.pop(0)
        if isinstance(cur, list):
            stack.extend(cur)
        elif isinstance(cur, dict):
            out.append(cur)
            graph = cur.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)
    return out


def _ld_names(value: Any) -> list[str]:
    vals = value if isinstance(value, list) else [value]
    names = []
    for v in vals:
        if isinstance(v, dict):
            v = v.get("name")
        if isinstance(v, str) and v.strip():
            names.append(_SPACE.sub(" ", v).strip())
    return names


def page_meta(tree: Any, url: str | None = None) -> PageMeta:
    """Headline and author candidates read from an lxml tree."""
    meta = PageMeta()
    for el in tree.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        t = text_of(el)
        if not t:
            continue
        if el.tag == "h1":
            meta.h1.append(t)
        meta.headings.add(_norm(t))

    def first(xpath: str) -> str | None:
        for v in tree.xpath(xpath):
            t = _SPACE.sub(" ", str(v)).strip()
            if t:
                return t
        return None

    meta.og_title = first("//meta[@property='og:title' or @name='og:title']/@content")
    meta.site_name = first("//meta[@property='og:site_name' or @name='og:site_name' or @name='application-name']/@content")
    meta.title_tag = first("//head/title/text()") or first("//title/text()")
    meta.meta_author = first("//meta[@name='author' or @property='author']/@content")
    for script in tree.xpath("//script[@type='application/ld+json']/text()")[:20]:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k in ("Person", "Organization", "WebSite", "ImageObject", "BreadcrumbList") for k in kinds):
                continue
            if meta.ld_headline is None and isinstance(obj.get("headline"), str) and obj["headline"].strip():
                import html as _html

                meta.ld_headline = _SPACE.sub(" ", _html.unescape(obj["headline"])).strip()
            if not meta.ld_authors and obj.get("author") is not None:
                meta.ld_authors = _ld_names(obj.get("author"))
            body = obj.get("articleBody")
            if isinstance(body, str) and len(body) > len(meta.ld_body or ""):
                meta.ld_body = body
    if meta.ld_body:
        from newsgraph.ingest.feeds import fragment_text

        raw = meta.ld_body.replace("\r", "")
        if not re.search(r"<[a-zA-Z/][^>]*>", raw):  # plain text: each line is a paragraph
            raw = re.sub(r"\n+", "\n\n", raw)
        meta.ld_body = fragment_text(raw) or None
    meta.bylines = _bylines(tree)
    meta.by_names = _by_names(tree)
    for label in tree.xpath("//meta[starts-with(@name, 'twitter:label')]")[:6]:
        if _norm(str(label.get("content") or "")) in ("written by", "author", "by", "written by:"):
            num = str(label.get("name"))[len("twitter:label") :]
            meta.labelled_author = first(f"//meta[@name='twitter:data{num}']/@content")
            break
    if url:
        meta.domain = urlsplit(url).hostname
    else:
        canon = first("//link[@rel='canonical']/@href") or first("//meta[@property='og:url']/@content")
        meta.domain = urlsplit(canon).hostname if canon else None
    return meta


_BYLINE_XPATH = (
    "//*[@rel='author' or contains(@itemprop, 'author') or contains(@class, 'author') or contains(@class, 'byline')]"
)


def _bylines(tree: Any) -> list[str]:
    """Short texts of byline elements: those with no byline element inside, names first."""
    found = tree.xpath(_BYLINE_XPATH)[:60]
    inner = set(found)
    out: list[tuple[int, str]] = []
    for el in found:
        if any(d in inner for d in el.iterdescendants()):
            continue
        t = text_of(el)
        if not t or len(t) > 80:
            continue
        marks = " ".join(str(el.get(a) or "") for a in ("class", "itemprop", "rel")).lower()
        out.append((0 if "name" in marks or el.get("rel") == "author" else 1, t))
    return [t for _, t in sorted(out, key=lambda x: x[0])]


_BY_TEXT = re.compile(r"^\s*(?:written\s+|posted\s+|reported\s+)?by\b\s*:?\s*(.*)$", re.IGNORECASE | re.DOTALL)
_NAME_SHAPE = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]{2,}|de|da|van|von|der|del|la|le|al|bin|and|&)(?:\s+(?:[A-Z][\w'’.\-]*|[A-Z]{2,}|de|da|van|von|der|del|la|le|al|bin|and|&)){0,5}$")


def _by_names(tree: Any) -> list[str]:
    """Names that follow "By" or "Written by" in the page text ("By <a>Daniel Renfrow</a>")."""
    body = tree.find(".//body")
    if body is None:
        return []
    found: list[str] = []
    for node in body.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"):
        text = str(node)
        if len(found) >= 3:
            break
        m = _BY_TEXT.match(text)
        if m is None or len(text) > 80:
            continue
        rest = _SPACE.sub(" ", m.group(1)).strip()
        if not rest:
            parent = node.getparent()
            if parent is None:
                continue
            whole = text_of(parent)
            mm = _BY_TEXT.match(whole) if len(whole) <= 80 else None
            rest = mm.group(1).strip() if mm else ""
            if not rest:  # "By" alone in its element: the name is the next element's
                nxt = parent.getnext()
                rest = text_of(nxt) if nxt is not None else ""
        rest = _DATE_TAIL.sub("", rest).strip(" ,|-·")
        if rest and len(rest) <= 60 and _NAME_SHAPE.match(rest):
            found.append(rest)
    return found


def _site_keys(site_name: str | None, domain: str | None) -> tuple[set[str], set[str]]:
    """(names a segment may contain, domain labels a segment may equal), squashed."""
    contain: set[str] = set()
    equal: set[str] = set()
    if site_name and len(_squash(site_name)) >= 3:
        contain.add(_squash(site_name))
    if domain:
        labels = [x for x in domain.lower().split(".") if x]
        core = [x for x in labels[:-1] if x not in _GENERIC_LABELS]
        if core:
            main = _squash(core[-1])
            if len(main) >= 4:
                contain.add(main)
            equal.update(_squash(x) for x in core)
        equal.add(_squash(domain))
    return contain, equal


def _domain_words(domain: str | None) -> set[str]:
    """Words of a domain's own labels: {"rust", "lang"} for blog.rust-lang.org."""
    if not domain:
        return set()
    labels = [x for x in domain.lower().split(".")[:-1] if x not in _GENERIC_LABELS]
    return {w for x in labels for w in re.split(r"[^a-z0-9]+", x) if len(w) >= 3}


def _names_domain(segment: str, words: set[str]) -> bool:
    """A short last segment with a word of the domain in it ("Rust Blog" on blog.rust-lang.org)."""
    toks = [w.lower() for w in _WORD.findall(segment)]
    return 0 < len(toks) <= 3 and any(w in words for w in toks)


def _is_site(segment: str, contain: set[str], equal: set[str]) -> bool:
    sq = _squash(segment)
    if not sq:
        return False
    if sq in equal or sq in contain:
        return True
    return any(k in sq and len(sq) <= 2 * len(k) + 12 for k in contain) or any(sq in k and len(sq) >= 5 for k in contain)


def strip_site(title: str, site_name: str | None, domain: str | None) -> str:
    """``title`` without the site's name before or after a separator."""
    contain, equal = _site_keys(site_name, domain)
    words = _domain_words(domain)
    t = title.strip()
    for _ in range(3):
        parts = _SEP.split(t)
        if len(parts) < 2:
            m = _PREFIX.match(t)
            if m and _is_site(m.group(1), contain, equal):
                t = t[m.end() :].strip()
                continue
            break
        seps = _SEP.findall(t)
        if _is_site(parts[-1], contain, equal) or _names_domain(parts[-1], words):
            t = t[: len(t) - len(parts[-1]) - len(seps[-1])].strip()
        elif _is_site(parts[0], contain, equal):
            t = t[len(parts[0]) + len(seps[0]) :].strip()
        else:
            break
    if t.endswith(")") and "(" in t:  # "The Fold-and-Cut Problem (Erik Demaine)": a site in brackets
        head, _, inner = t[:-1].rpartition("(")
        if head.strip() and _is_site(inner, contain, equal):
            t = head.strip()
    return t or title.strip()


def _agree(a: str, b: str) -> bool:
    wa, wb = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.5


def choose_title(meta: PageMeta, found: str | None, site_name: str | None) -> str | None:
    """The page's headline; see the module docstring."""
    site = site_name or meta.site_name
    contain, equal = _site_keys(site, meta.domain)
    own = [t for t in (meta.og_title, meta.ld_headline, meta.title_tag) if t and _squash(t) not in equal | contain]
    cleaned = [strip_site(t, site, meta.domain) for t in own]
    for h in meta.h1[:3]:
        words = len(h.split())
        if not 1 <= words <= 30 or _is_site(h, contain, equal):
            continue
        if not cleaned or any(_agree(h, t) for t in cleaned):
            return h
    if cleaned:
        return cleaned[0]
    return strip_site(found, site, meta.domain) if found and _squash(found) not in equal | contain else None


def clean_author(value: str | None, meta: PageMeta | None = None, title: str | None = None) -> str | None:
    """A person or organisation name from a byline value, or None; see the module docstring."""
    if not value:
        return None
    v = _SPACE.sub(" ", value).strip()
    if len(v) > 250 or "@" in v or "http" in v.lower() or "www." in v.lower():
        return None
    parts = []
    for part in v.split(";"):
        p = _BY.sub("", part).strip(" ,|-")
        m = _INITIALS.match(p)
        if m is not None and _initials_of(m, p):
            p = p[m.end() :]
        p = _DATE_TAIL.sub("", p).strip(" ,|-")
        if not p or _ONLY_DATE.match(p) or _SOCIAL.search(p):
            continue
        parts.append(p)
    if not parts:
        return None
    out = "; ".join(parts)
    if _NOT_NAME.search(out) or _DOMAIN_TOKEN.search(out) or not re.search(r"[^\W\d_]{2}", out):
        return None
    n = _norm(out)
    if (title and n == _norm(title)) or (meta is not None and n in meta.headings and len(out.split()) > 2):
        return None
    return out


def _initials_of(m: re.Match[str], text: str) -> bool:
    """True when a leading capital group ("CM") is the initials of the words after it (an avatar)."""
    rest = text[m.end() :].split()
    return "".join(w[:1] for w in rest[: len(m.group(1))]).upper() == m.group(1)


def _raw_form(found: str, bylines: list[str]) -> str:
    """trafilatura's normalised author ("Linny; Peter") as the page writes it ("Linny and Peter")."""
    parts = [_squash(p) for p in found.split(";") if _squash(p)]
    for b in bylines:
        sq = _squash(_BY.sub("", b))
        if parts and all(p in sq for p in parts) and len(sq) <= sum(map(len, parts)) + 12 and sq.startswith(parts[0]):
            return b
    return found


def choose_author(meta: PageMeta, found: str | None, site_name: str | None, title: str | None) -> str | None:
    """The byline: JSON-LD authors, the author meta tag, trafilatura's, then a byline element's text.

    A segment that names the site ("David Jackson - FullStack Editorial Team" on fullstack.com)
    is removed as from a title.
    """
    site = site_name or meta.site_name
    ld = [a for a in meta.ld_authors if not _SOCIAL.search(a)]
    if found:
        found = _raw_form(found, meta.bylines)
    cands = ((", ".join(ld) if ld else None, False), (meta.meta_author, False), (found, True), (meta.labelled_author, False))
    for cand, guessed in cands:
        # only a guessed byline (trafilatura's) may be a section heading taken for a name
        got = clean_author(cand, meta if guessed else None, title)
        if got:
            return strip_site(got, site, meta.domain)
    for b in meta.by_names[:3] + meta.bylines[:5]:
        got = clean_author(b, meta, title)
        if got and len(got.split()) <= 5 and not re.search(r"\d", got):
            return strip_site(got, site, meta.domain)
    return None
