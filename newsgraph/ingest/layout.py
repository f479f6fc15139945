"""Print-page layout repair, by general rules.

Turns text converted from a page (markdown or plain text) into clean text with layout
blocks: headline, byline (author and role), deck, body paragraphs, captions and their
credit lines. Markdown markup is removed, words hyphenated at line ends are rejoined,
paragraphs broken across columns are rejoined (also when a caption stands between the
halves) and a paragraph printed twice (a deck or pull quote) is kept once in the body.
Every clean character keeps its offset in the input (see :class:`OffsetMap`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsgraph.document import Block, OffsetMap
from newsgraph.ingest.boilerplate import is_boilerplate
from newsgraph.ingest.textbuilder import Piece, TextBuilder, emit, pieces_text

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>\n]{0,200}>")
_TERMINAL = re.compile(r"[.!?:;\"”’')\]…]\s*$")
_BULLET_CREDIT = re.compile(r"^\s*[●•■▲◆▪►]\s*(?P<credit>\S.{0,80})$")
_PHOTO_CREDIT = re.compile(
    r"^\s*\(?(?:(?:photo|photograph|picture|image|file photo)s?(?:\s+by)?|credit)\s*[:/]\s*(?P<credit>.{2,80}?)\)?\s*$",
    re.IGNORECASE,
)
_INLINE_CREDIT = re.compile(
    r"\s*\((?P<credit>(?:AP|AFP|Reuters|REUTERS|Getty|EPA|Xinhua|Anadolu|Photo|Courtesy)[^()\n]{0,80})\)\s*$"
)
_AGENCY = r"(?:AFP|AP|REUTERS|Reuters|GETTY IMAGES|Getty Images|EPA|Xinhua|XINHUA|ANADOLU|Anadolu|IRNA|TASNIM|FARS|WANA|SIPA|ANSA|DPA|dpa)"
_AGENCY_CREDIT = re.compile(rf"^\s*(?P<credit>(?:[A-Z][A-Za-z.'\- ]{{1,60}}/)?{_AGENCY}(?:/[A-Za-z.'\- ]{{1,60}})?(?:\s+(?:via|for)\s+.{{1,40}})?)\s*$")
_CAPS_SLASH_CREDIT = re.compile(r"^\s*(?P<credit>[A-Z][A-Z.'\- ]{2,60}/[A-Z][A-Z.'\- ]{1,40})\s*$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.\-]*|al|el|bin|ibn|de|del|da|di|van|von|der|la|le|al-\w+|el-\w+)$")
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
#: the signature that closes an embedded post copied as text: "— Jo Park (@jopark) May 1, 2024"
#: (a tweet), "A post shared by Jo Park (@jopark) on May 1, 2024" (Instagram)
POST_SIGNATURE = re.compile(
    rf"(?:(?:^|(?<=\S)|\s)(?:[—–―]|--)|(?:^|\s)-|(?:^|\s)A post shared by)\s*(?P<author>[^\n()—–―@]{{1,80}}?)\s*"
    rf"\(@(?P<handle>\w{{1,30}})\)\s*(?:on\s+)?{_MONTH}\.?\s+\d{{1,2}},\s+\d{{4}}(?:\s+at\s+[\d:]+\s*[apAP][mM]\s*\w*)?\s*$"
)


@dataclass
class Chunk:
    """A group of non-blank input lines (a paragraph as printed)."""

    lines: list[list[Piece]]
    heading: int = 0
    kind: str = "paragraph"
    credit: list[Piece] | None = None
    pieces: list[Piece] = field(default_factory=list)
    order: int = 0

    def text(self, source: str) -> str:
        return pieces_text(source, self.pieces)


@dataclass
class Layout:
    text: str
    blocks: list[Block]
    offsets: OffsetMap
    title: str | None = None
    author: str | None = None
    author_role: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[dict[str, str]] = field(default_factory=list)


def _line_pieces(source: str, start: int, end: int, markdown: bool) -> tuple[list[Piece], int]:
    """Source slices of one line with markup removed; returns (pieces, heading level)."""
    line = source[start:end]
    drop: list[tuple[int, int]] = []
    heading = 0
    if markdown:
        m = _HEADING.match(line)
        if m:
            heading = len(m.group(1))
            drop.append((0, m.end()))
            tail = re.search(r"\s+#+\s*$", line)
            if tail and tail.start() > m.end():
                drop.append((tail.start(), len(line)))
        else:
            m = _QUOTE_MARK.match(line)
            if m:
                drop.append((0, m.end()))
        for lm in _LINK.finditer(line):
            drop.append((lm.start(), lm.start(1)))
            drop.append((lm.end(1), lm.end()))
        for em in _EMPHASIS.finditer(line):
            drop.append((em.start(), em.end()))
        for tm in _HTML_TAG.finditer(line):
            drop.append((tm.start(), tm.end()))
    drop.sort()
    pieces: list[Piece] = []
    pos = 0
    for s, e in drop:
        if s > pos:
            pieces.append((start + pos, start + s))
        pos = max(pos, e)
    if pos < len(line):
        pieces.append((start + pos, start + len(line)))
    return _strip_pieces(source, pieces), heading


def _strip_pieces(source: str, pieces: list[Piece]) -> list[Piece]:
    """Trim whitespace at both ends of a piece list (source slices only)."""
    out = [p for p in pieces if isinstance(p, str) or p[1] > p[0]]
    while out and not isinstance(out[0], str):
        s, e = out[0]
        while s < e and source[s].isspace():
            s += 1
        if s < e:
            out[0] = (s, e)
            break
        out.pop(0)
    while out and not isinstance(out[-1], str):
        s, e = out[-1]
        while e > s and source[e - 1].isspace():
            e -= 1
        if e > s:
            out[-1] = (s, e)
            break
        out.pop()
    return out


def _join_lines(source: str, lines: list[list[Piece]]) -> list[Piece]:
    """Join printed lines into one paragraph: a space, or nothing after a line-end hyphen."""
    out: list[Piece] = []
    for line in lines:
        if not line:
            continue
        if out:
            prev = pieces_text(source, out)
            nxt = pieces_text(source, line)
            if re.search(r"[a-z]-$", prev) and nxt[:1].islower():
                last = out[-1]
                if not isinstance(last, str):
                    out[-1] = (last[0], last[1] - 1)
            else:
                out.append(" ")
        out.extend(line)
    return out


def _chunks(source: str, markdown: bool) -> list[Chunk]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in source.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    has_blank = any(not source[s:e].strip() for s, e in spans)
    chunks: list[Chunk] = []
    cur: list[list[Piece]] = []
    heading = 0
    for s, e in spans:
        blank = not source[s:e].strip()
        pieces, h = _line_pieces(source, s, e, markdown) if not blank else ([], 0)
        # a heading line, or any line in text with no blank lines, is a paragraph of its own
        if blank or h or not has_blank:
            if cur:
                chunks.append(Chunk(cur, heading))
                cur, heading = [], 0
            if h or (not blank and not has_blank):
                if pieces:
                    chunks.append(Chunk([pieces], h))
            continue
        if pieces:
            cur.append(pieces)
    if cur:
        chunks.append(Chunk(cur, heading))
    for i, c in enumerate(chunks):
        c.order = i
        c.pieces = _join_lines(source, c.lines)
    return [c for c in chunks if c.pieces]


def _posts(source: str, chunks: list[Chunk]) -> list[Chunk]:
    """Embedded posts copied as text (a tweet's lines, then "— Jo Park (@jopark) May 1, 2024"): each
    is an ``embed`` block of its own, never glued to the paragraphs around it. A chunk is cut after
    a line that ends with a post's signature; a signature standing alone closes the chunk before it."""
    out: list[Chunk] = []
    for c in chunks:
        if c.kind != "paragraph" or c.heading:
            out.append(c)
            continue
        rest = c.lines
        while rest:
            k = next((i for i, ln in enumerate(rest) if POST_SIGNATURE.search(pieces_text(source, ln))), None)
            if k is None:
                out.append(Chunk(rest) if rest is not c.lines else c)
                break
            post = Chunk(rest[: k + 1], kind="embed")
            alone = POST_SIGNATURE.match(pieces_text(source, rest[0])) is not None and k == 0
            prev = out[-1] if out else None
            if alone and prev is not None and prev.kind == "paragraph" and not prev.heading and prev is not chunks[0] \
                    and _words(prev.text(source) if prev.pieces else pieces_text(source, _join_lines(source, prev.lines))) <= 80:
                # the post's text stood above its signature, a blank line between
                post = Chunk(prev.lines + post.lines, kind="embed")
                out.pop()
            out.append(post)
            rest = rest[k + 1 :]
    for i, c in enumerate(out):
        c.order = i
        if not c.pieces:
            c.pieces = _join_lines(source, c.lines)
    return out


def _norm(s: str) -> str:
    s = s.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def _credit_match(text: str) -> re.Match[str] | None:
    for rx in (_BULLET_CREDIT, _PHOTO_CREDIT, _AGENCY_CREDIT, _CAPS_SLASH_CREDIT):
        m = rx.match(text)
        if m:
            return m
    return None


def _is_name_line(text: str) -> bool:
    t = _BY.sub("", text).strip()
    if not t or len(t) > 60 or re.search(r"[\d.!?:;]$|\d", t):
        return False
    toks = t.replace(",", " ").split()
    if not 2 <= len(toks) <= 6:
        return False
    return all(_NAME_TOKEN.match(tok) for tok in toks) and sum(tok[:1].isupper() for tok in toks) >= 2


def _is_role_line(text: str) -> bool:
    t = text.strip()
    return 0 < len(t.split()) <= 6 and len(t) <= 50 and not _TERMINAL.search(t) and not re.search(r"\d", t)


def _words(text: str) -> int:
    return len(text.split())


def repair(
    source: str,
    markdown: bool = True,
    title: str | None = None,
    html: bool = False,
    embeds: Sequence[tuple[int, int]] = (),
) -> Layout:
    """Repair the layout of ``source``; see the module docstring.

    ``html``: the source is text extracted from a web page (one paragraph per block, the
    headline first), so paragraphs are never rejoined as if broken across print columns.
    ``embeds``: source spans of embedded posts, each kept as an ``embed`` block in place.
    """
    chunks = _chunks(source, markdown)
    for c in chunks:
        at = next((p[0] for p in c.pieces if not isinstance(p, str)), None)
        if at is not None and any(s <= at < e for s, e in embeds):
            c.kind = "embed"
    chunks = _posts(source, chunks)
    texts = {id(c): c.text(source) for c in chunks}
    for c in chunks:
        # a line of page furniture left in the text ("Categories: ...", "Advertisement", "Tweet"):
        # kept in place, as a block that is not body
        if c.kind == "paragraph" and not c.heading and len(c.lines) == 1 and is_boilerplate(texts[id(c)]):
            c.kind = "furniture"

    def text_of(c: Chunk) -> str:
        return texts[id(c)]

    # headline: a markdown heading among the first chunks, the given title, or a short first line
    head: Chunk | None = None
    for c in chunks[:3]:
        if c.heading and c.kind == "paragraph":
            head = c
            break
    if head is None and chunks and chunks[0].kind == "paragraph":
        first = chunks[0]
        ft = text_of(first)
        if title and _norm(ft) == _norm(title):
            head = first
        elif len(chunks) > 2 and len(first.lines) == 1 and _words(ft) <= 30 and not _TERMINAL.search(ft) and not _credit_match(ft):
            head = first
    if head is not None:
        head.kind = "headline"

    # byline: right after the headline, a name line, optionally followed by a role line
    author = role = None
    byline_role_pieces: list[Piece] | None = None
    start_idx = chunks.index(head) + 1 if head is not None else 0
    for c in chunks[start_idx : start_idx + 2]:
        if c.kind != "paragraph" or len(c.lines) > 3:
            continue
        first_line = pieces_text(source, c.lines[0])
        if _is_name_line(first_line):
            c.kind = "byline"
            name_pieces = c.lines[0]
            author = _BY.sub("", first_line).strip().rstrip(",")
            if len(c.lines) >= 2 and _is_role_line(pieces_text(source, c.lines[1])):
                byline_role_pieces = c.lines[1]
                role = pieces_text(source, c.lines[1]).strip()
            c.pieces = name_pieces
            break

    # captions and their credit lines
    body = [c for c in chunks if c.kind == "paragraph"]
    for i, c in enumerate(body):
        last = pieces_text(source, c.lines[-1])
        m = _credit_match(last)
        if m and len(c.lines) >= 2:
            c.kind = "caption"
            c.credit = c.lines[-1]
            c.pieces = _join_lines(source, c.lines[:-1])
            continue
        if m and len(c.lines) == 1:
            c.kind = "credit"
            c.credit = c.lines[0]
            prev = body[i - 1] if i > 0 else None
            if prev is not None and prev.kind == "paragraph" and _words(text_of(prev)) <= 60:
                prev.kind = "caption"
                prev.credit = c.lines[0]
                c.kind = "dropped"
            continue
        im = _INLINE_CREDIT.search(text_of(c))
        if im and _words(text_of(c)) <= 60:
            full = text_of(c)
            cut = im.start()
            c.kind = "caption"
            credit_text = im.group("credit")
            # split the pieces at the credit
            c.pieces, c.credit = _split_pieces(source, c.pieces, cut, full.index(credit_text, cut), len(credit_text))
    texts.update({id(c): c.text(source) for c in chunks})

    # a paragraph printed twice: keep the first full occurrence in the body
    paras = [c for c in chunks if c.kind == "paragraph"]
    for c in paras:
        n = _norm(text_of(c))
        if _words(n) < 6:
            continue
        for other in paras:
            if other is c or other.kind != "paragraph":
                continue
            on = _norm(text_of(other))
            if n == on and other.order < c.order or (n != on and n in on):
                c.kind = "deck"
                break

    # paragraphs broken across columns (captions may stand between the halves)
    paras = [c for c in chunks if c.kind == "paragraph"]
    merged: list[Chunk] = []
    for c in paras:
        if merged and not html:
            prev = merged[-1]
            pt, nt = pieces_text(source, prev.pieces), text_of(c)
            statement_line = nt.rstrip().endswith(":") and nt[:1].isupper()  # "The minister said:" opens a statement
            if not _TERMINAL.search(pt) and re.search(r"[\w,]$", pt) and (nt[:1].islower() or _words(pt) >= 12) and not statement_line:
                if re.search(r"[a-z]-$", pt) and nt[:1].islower():
                    tail = prev.pieces[-1]
                    if not isinstance(tail, str):
                        prev.pieces[-1] = (tail[0], tail[1] - 1)
                    prev.pieces.extend(c.pieces)
                else:
                    prev.pieces.extend([" ", *c.pieces])
                c.kind = "joined"
                continue
        merged.append(c)

    # emit: headline, byline, body in order (decks where printed), then captions with credits
    b = TextBuilder()
    blocks: list[Block] = []
    captions: list[dict[str, str]] = []
    paragraphs: list[str] = []

    def put(kind: str, pieces: list[Piece], extra: dict[str, object] | None = None) -> None:
        if b.length:
            b.add_inserted("\n\n")
        s = b.length
        emit(b, source, pieces)
        blocks.append(Block(kind, s, b.length, extra or {}))

    if head is not None:
        put("headline", head.pieces)
    for c in chunks:
        if c.kind == "byline":
            put("byline", c.pieces, {"role": role or ""})
            if byline_role_pieces:
                put("byline", byline_role_pieces, {"is_role": True})
    for c in chunks:
        if c.kind in ("paragraph", "deck", "embed", "furniture"):
            put(c.kind, c.pieces)
            if c.kind in ("paragraph", "embed"):
                paragraphs.append(pieces_text(source, c.pieces))
    for c in chunks:
        if c.kind == "caption":
            put("caption", c.pieces)
            credit = ""
            if c.credit:
                put("credit", c.credit)
                credit = pieces_text(source, c.credit)
                m = _credit_match(credit)
                credit = (m.group("credit") if m else credit).strip()
            captions.append({"text": pieces_text(source, c.pieces), "credit": credit})
        elif c.kind == "credit" and c.credit:
            put("credit", c.credit)
    text = b.text()
    return Layout(
        text=text,
        blocks=blocks,
        offsets=OffsetMap(tuple(b.runs)),
        title=pieces_text(source, head.pieces) if head is not None else title,
        author=author,
        author_role=role,
        paragraphs=paragraphs,
        captions=captions,
    )


def _split_pieces(
    source: str, pieces: list[Piece], cut: int, credit_start: int, credit_len: int
) -> tuple[list[Piece], list[Piece]]:
    """Split a piece list at clean offset ``cut``; return (before, the credit's pieces)."""
    before: list[Piece] = []
    credit: list[Piece] = []
    pos = 0
    for p in pieces:
        ln = len(p) if isinstance(p, str) else p[1] - p[0]
        for target, lo, hi in ((before, 0, cut), (credit, credit_start, credit_start + credit_len)):
            s, e = max(pos, lo), min(pos + ln, hi)
            if e > s:
                target.append(p[s - pos : e - pos] if isinstance(p, str) else (p[0] + s - pos, p[0] + e - pos))
        pos += ln
    return _strip_pieces(source, before), credit
