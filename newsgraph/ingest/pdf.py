"""PDF input: text per page in reading order, through pdfplumber, then the layout repair.

Each page's text lines come from pdfplumber (``extract_text_lines``). Where a page has a
vertical gutter that no line crosses (two columns), the left column is read before the
right one; lines that span the gutter above the columns (a headline) come first. Lines
are grouped into paragraphs by general print rules (a larger vertical gap, an indented
first line, or a short line ending a sentence) and paragraphs are separated by blank
lines, so :func:`newsgraph.ingest.layout.repair` (``markdown=False``) rejoins hyphenated
line ends and keeps the paragraphs. A paragraph that ends mid-sentence at the foot of a
column or page is joined to the next one when that starts in lower case. A line holding
only a page number, and running heads and feet, are dropped.

Limits against PDF bombs: at most :data:`MAX_PAGES` pages, ``settings.max_bytes``
characters of text, and :data:`MAX_SECONDS` seconds of extraction (checked between
pages); past a limit the text read so far is kept. Encrypted or damaged PDFs raise an
``InputError`` with code NG009. Title, author and date come from the PDF info dictionary
where present.
"""

from __future__ import annotations

import io
import re
import time
from statistics import median
from typing import Any

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest.article import Article

#: pages read at most
MAX_PAGES = 200
#: seconds of extraction at most (checked between pages)
MAX_SECONDS = 60.0
#: a gap wider than this share of the font size separates words (PDFs made by TeX space words by kerning,
#: narrower than pdfplumber's fixed default of 3 points)
X_TOLERANCE_RATIO = 0.15
#: how many times a page is split at a gutter (1: two columns; 2: up to four)
MAX_SPLITS = 2

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?:\"”’')]\s*$")
_CID = re.compile(r"\(cid:\d+\)")
#: typographic ligatures (Unicode's compatibility block) spelled out, so that words such as "ofﬁce" match
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def clean_line(text: str) -> str:
    """A line as printed: ligatures spelled out, pdfminer's ``(cid:N)`` placeholders for unmapped glyphs dropped."""
    return _CID.sub("", text.translate(_LIGATURES))


def pdf_date(value: Any) -> str | None:
    """An ISO date from a PDF date string (``D:20240115093000Z`` -> ``2024-01-15``)."""
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    m = _PDF_DATE.match(str(value or "").strip())
    if not m or not m.group(2) or not m.group(3):
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _info_text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value).strip() if value is not None else ""
    return text or None


def _gutter(words: list[dict[str, Any]], width: float) -> float | None:
    """The x of an empty vertical band in the page's middle with words on both sides.

    The band is the widest run of positions (between 30 % and 70 % of the width) that at
    most 1 in 25 words cross (a headline may cross it); the split is the centre of the
    longest stretch of least-crossed positions in it, so that a short right column on a
    last page is not taken as part of the band.
    """
    if len(words) < 12:
        return None
    allowed = max(1, len(words) // 25)
    xs = [width * 0.3 + 2.0 * i for i in range(int(width * 0.4 / 2.0) + 1)]
    counts = [sum(1 for w in words if w["x0"] < x < w["x1"]) for x in xs]
    runs: list[tuple[int, int]] = []  # [start, end) index ranges of allowed positions
    start: int | None = None
    for i, c in enumerate([*counts, allowed + 1]):
        if c <= allowed and start is None:
            start = i
        elif c > allowed and start is not None:
            runs.append((start, i))
            start = None
    if not runs:
        return None
    lo, hi = max(runs, key=lambda r: r[1] - r[0])
    if (hi - lo) * 2.0 < 6:
        return None
    least = min(counts[lo:hi])
    best, cur_start = (lo, lo), None
    for i in range(lo, hi + 1):
        if i < hi and counts[i] == least:
            cur_start = i if cur_start is None else cur_start
        elif cur_start is not None:
            best = max(best, (cur_start, i), key=lambda r: r[1] - r[0])
            cur_start = None
    mid = (xs[best[0]] + xs[best[1] - 1]) / 2
    left = sum(1 for w in words if w["x1"] <= mid)
    right = sum(1 for w in words if w["x0"] >= mid)
    # both sides hold text (the right column of a last page may be short)
    return mid if min(left, right) >= max(6, 0.05 * len(words)) else None


Box = tuple[float, float, float, float]


def _inside(box: Box) -> Any:
    """A test that an object's centre lies in ``box`` (half-open, so each character falls in one box)."""
    x0, top, x1, bottom = box

    def test(obj: dict[str, Any]) -> bool:
        if "x0" not in obj or "top" not in obj:
            return False
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return bool(x0 <= cx < x1 and top <= cy < bottom)

    return test


def _spanning_bottom(words: list[dict[str, Any]], mid: float) -> float:
    """The bottom of the lowest line that runs across ``mid`` with only a word space there (a headline)."""
    bottom = 0.0
    lefts = [w for w in words if w["x1"] <= mid]
    rights = [w for w in words if w["x0"] >= mid]
    for lw in lefts:
        size = lw["bottom"] - lw["top"]
        if any(abs(rw["top"] - lw["top"]) < 0.2 * size and 0 <= rw["x0"] - lw["x1"] < 0.6 * size for rw in rights):
            bottom = max(bottom, lw["bottom"])
    return bottom


def _regions(page: Any, box: Box, depth: int = 0) -> list[Box]:
    """Boxes of ``box`` in reading order: itself, or a full-width top part and then its columns, left to right.

    Each column is searched again for a gutter (three or four columns), to ``MAX_SPLITS`` levels.
    """
    x0, top, x1, bottom = box
    words = page.filter(_inside(box)).extract_words(x_tolerance_ratio=X_TOLERANCE_RATIO) if depth else \
        page.extract_words(x_tolerance_ratio=X_TOLERANCE_RATIO)
    mid = _gutter([{**w, "x0": w["x0"] - x0, "x1": w["x1"] - x0} for w in words], x1 - x0)
    if mid is None or depth >= MAX_SPLITS:
        return [box]
    mid += x0
    split = max((w["bottom"] for w in words if w["x0"] < mid < w["x1"]), default=top)
    split = max(split, _spanning_bottom(words, mid))
    if sum(1 for w in words if w["top"] >= split) < 0.5 * len(words):
        return [box]
    head: list[Box] = [(x0, top, x1, split)] if split > top else []
    return [*head, *_regions(page, (x0, split, mid, bottom), depth + 1),
            *_regions(page, (mid, split, x1, bottom), depth + 1)]


def _continues(before: str, after: str) -> bool:
    """True when ``after`` goes on with the sentence of ``before``: it starts in lower case.

    (Digits were tried as well, after a line without closing punctuation: on the PDF round
    trip that joined more headlines to paragraphs than it rejoined sentences.)
    """
    return after[:1].islower()


def _first_word_width(line: dict[str, Any]) -> float:
    """The printed width of a line's first word, estimated from the line's mean character width."""
    text = line["text"]
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return float(line["x1"] - line["x0"]) * len(first) / max(len(text), 1)


def _paragraphs(column: list[dict[str, Any]]) -> list[list[str]]:
    """A column's lines grouped into paragraphs.

    A line starts a paragraph after a gap wider than the leading, at a change of type
    size, when it is indented and the line before is not (or ends short, or is a one-line
    paragraph with the same indent), or when its first
    word would have fitted at the end of the line before (that line was ended on purpose),
    unless it goes on with the sentence (:func:`_continues`).
    """
    if not column:
        return []
    heights = [ln["bottom"] - ln["top"] for ln in column]
    gaps = [b["top"] - a["bottom"] for a, b in zip(column, column[1:])]
    line_h = median(heights) if heights else 10.0
    usual_gap = min(median([g for g in gaps if g >= 0] or [0.0]), 0.6 * line_h)  # leading; few lines: capped
    left = min(ln["x0"] for ln in column)
    ends = sorted(ln["x1"] for ln in column)
    right = ends[int(0.9 * (len(ends) - 1))]  # the right margin: most lines reach it
    width = max(right - left, 1.0)
    paras: list[list[str]] = [[column[0]["text"]]]
    starts = True  # the previous line started a paragraph
    for prev, ln in zip(column, column[1:]):
        gap = ln["top"] - prev["bottom"]
        size = ln["bottom"] - ln["top"]
        # the next line's first word had room at the end of this one (with a margin for the estimate)
        ended = prev["x1"] + 0.3 * size + 1.2 * _first_word_width(ln) < right - 0.3 * size
        indented = 0.02 * width < ln["x0"] - left < 0.2 * width
        prev_indented = prev["x0"] - left > 0.01 * width
        prev_short = prev["x1"] < right - 1.5 * size
        new = (
            gap > usual_gap + 0.6 * line_h
            or abs(size - (prev["bottom"] - prev["top"])) > 0.15 * line_h  # a new type size
            or (indented and (not prev_indented or prev_short or (starts and abs(ln["x0"] - prev["x0"]) < 1)))
            or (ended and not _continues(prev["text"], ln["text"]))
        )
        starts = new
        if new:
            paras.append([ln["text"]])
        else:
            paras[-1].append(ln["text"])
    return paras


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _running_lines(pages: list[list[list[str]]]) -> set[str]:
    """Running heads and feet: a page's first or last line that recurs on most pages (numbers aside)."""
    if len(pages) < 3:
        return set()
    seen: dict[str, int] = {}
    for paras in pages:
        ends = {_shape(paras[0][0]), _shape(paras[-1][-1])} if paras else set()
        for shape in ends:
            seen[shape] = seen.get(shape, 0) + 1
    return {shape for shape, count in seen.items() if count >= max(3, len(pages) // 2) and len(shape.split()) <= 12}


def pdf_text(data: bytes, location: str, max_chars: int) -> tuple[str, dict[str, Any]]:
    """The text of a PDF (paragraphs separated by blank lines) and its info metadata; NG009 when unreadable."""
    import pdfplumber

    t0 = time.monotonic()
    pages: list[list[list[str]]] = []  # per page, its paragraphs (each a list of lines)
    size = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            info = dict(pdf.metadata or {})
            for n, page in enumerate(pdf.pages):
                if n >= MAX_PAGES or (n and (size > max_chars or time.monotonic() - t0 > MAX_SECONDS)):
                    break  # past a limit: keep what was read (the first page always is)
                paras: list[list[str]] = []
                whole: Box = (float(page.bbox[0]), float(page.bbox[1]), float(page.bbox[2]), float(page.bbox[3]))
                for box in _regions(page, whole):
                    region = page.filter(_inside(box)) if box != whole else page
                    lines = [{**ln, "text": clean_line(ln["text"])}
                             for ln in region.extract_text_lines(strip=True, x_tolerance_ratio=X_TOLERANCE_RATIO)]
                    lines = [ln for ln in lines if ln["text"].strip() and not _PAGE_NUMBER.match(ln["text"])]
                    paras.extend(_paragraphs(sorted(lines, key=lambda ln: (round(ln["top"]), ln["x0"]))))
                size += sum(len(line) + 1 for para in paras for line in para)
                pages.append(paras)
                page.close()
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types for damaged or encrypted files
        chain = [exc, *(a for a in exc.args if isinstance(a, BaseException)), exc.__cause__, exc.__context__]
        names = " ".join(type(e).__name__ for e in chain if e is not None)
        detail = " ".join(str(e) for e in chain if e is not None and str(e)) or type(exc).__name__
        why = "it is encrypted" if "Password" in names or "Encrypt" in names else f"{names.split()[-1]}: {detail}"[:200]
        raise InputError(f"PDF could not be read ({why})", code="NG009", location=location) from None
    running = _running_lines(pages)
    out: list[str] = []
    for para in (p for paras in pages for p in paras if not (len(p) == 1 and _shape(p[0]) in running)):
        text = "\n".join(para)
        if out and not _TERMINAL.search(out[-1]) and _continues(out[-1], text):
            out[-1] += "\n" + text  # a sentence that runs on into the next column or page
        else:
            out.append(text)
    text = "\n\n".join(out)[:max_chars]
    if not text.strip():
        raise InputError("PDF holds no extractable text (scanned images?)", code="NG009", location=location)
    meta = {
        "title": _info_text(info.get("Title")),
        "author": _info_text(info.get("Author")),
        "published": pdf_date(info.get("CreationDate")),
    }
    return text, {k: v for k, v in meta.items() if v}


def read_pdf(data: bytes, name: str, settings: Settings) -> Article:
    """One PDF's bytes as an Article of format ``pdf`` (plain text for the layout repair)."""
    text, meta = pdf_text(data, name, settings.max_bytes)
    while len(text.encode("utf-8")) > settings.max_bytes:  # characters outside ASCII take more bytes
        text = text[: len(text) * 9 // 10]
    return Article(text, "pdf", meta, name)
