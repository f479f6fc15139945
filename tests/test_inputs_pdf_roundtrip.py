"""PDF round trip: open-corpus articles set as two-column pages, read back, compared word by word.

Each article is laid out by :func:`layout_article` (headline across the page, body in two
columns, indented first lines, words hyphenated at line ends, page numbers at the foot),
written with the minimal PDF writer and read back through ``make_document``. The score is
difflib's ratio between the original and the read words, and the share of paragraphs read
back whole. Floors in ``tests/floors/inputs.json``.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from newsgraph.config import Settings
from newsgraph.ingest import make_document
from newsgraph.ingest.readers import Article, read_bytes
from tests.test_inputs_pdf import make_pdf

FLOORS = json.loads((Path(__file__).parent / "floors" / "inputs.json").read_text(encoding="utf-8"))
Line = tuple[float, float, float, str]


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters; a long word that does not fit is hyphenated."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        room = width - len(cur) - (1 if cur else 0)
        if len(word) <= room:
            cur = f"{cur} {word}" if cur else word
            continue
        if word.isalpha() and len(word) >= 8 and room >= 4:
            cut = room - 1
            lines.append(f"{cur} {word[:cut]}-" if cur else f"{word[:cut]}-")
            cur = word[cut:]
            continue
        lines.append(cur)
        cur = word
    if cur:
        lines.append(cur)
    return [ln for ln in lines if ln]


def _headline(title: str, width: int = 60) -> str:
    """The title's words that fit on one headline line."""
    out = ""
    for word in title.split():
        if len(out) + len(word) + 1 > width:
            break
        out = f"{out} {word}".strip()
    return out


def layout_article(title: str, paragraphs: list[str]) -> list[list[Line]]:
    """Pages of a two-column layout: a 16-point headline on page 1, 9-point body text, 55 lines per column."""
    body: list[tuple[str, bool]] = []  # (line, first line of a paragraph)
    for para in paragraphs:
        body.extend((ln, i == 0) for i, ln in enumerate(_wrap(para, 46)))
    pages: list[list[Line]] = []
    pos = 0
    while pos < len(body) or not pages:
        page: list[Line] = [(300, 40, 8, str(len(pages) + 1))]
        top = 720.0
        if not pages:
            page.append((40, 750, 16, title))
            top = 710.0
        for x in (40.0, 320.0):
            y = top
            while pos < len(body) and y > 60:
                text, first = body[pos]
                page.append((x + (10 if first else 0), y, 9, text))
                y -= 11
                pos += 1
        pages.append(page)
    return pages


def _articles(shared: Path, n: int) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in (shared / "corpus" / "open" / "articles.jsonl").open(encoding="utf-8")]
    return [r for r in rows if len(r.get("text", "")) > 1500][:n]


def roundtrip(shared: Path, n: int = 20) -> dict[str, float]:
    """Mean word ratio and share of paragraphs read back whole over ``n`` articles."""
    ratios, whole, total = [], 0, 0
    for art in _articles(shared, n):
        text = art["text"].encode("cp1252", "replace").decode("cp1252")  # what Helvetica in WinAnsi can show
        paras = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
        title = _headline(art["title"].encode("cp1252", "replace").decode("cp1252"))
        data = make_pdf(layout_article(title, paras))
        (item,) = list(read_bytes(data, "roundtrip.pdf", Settings()))
        assert isinstance(item, Article)
        doc = make_document(item, Settings())
        want = (title + " " + " ".join(paras)).split()
        ratios.append(difflib.SequenceMatcher(None, want, doc.text.split(), autojunk=False).ratio())
        got = {doc.block_text(b) for b in doc.blocks}
        whole += sum(1 for p in paras if p in got)
        total += len(paras)
    return {"word_ratio": sum(ratios) / len(ratios), "paragraphs_whole": whole / total}


def test_wrap_hyphenates() -> None:
    lines = _wrap("The negotiations continued throughout the afternoon", 14)
    assert all(len(ln) <= 14 for ln in lines) and lines[0] == "The negotiati-"
    assert "".join(ln.rstrip("-") if ln.endswith("-") else ln + " " for ln in lines).split() == [
        "The", "negotiations", "continued", "throughout", "the", "afternoon"]


@pytest.mark.gold
@pytest.mark.model
def test_pdf_roundtrip_floor(shared: Path) -> None:
    got = roundtrip(shared)
    for key, floor in FLOORS["pdf_roundtrip"].items():
        assert got[key] >= floor, f"{key} {got[key]:.4f} under the floor {floor}"


if __name__ == "__main__":  # .venv/bin/python -m tests.test_inputs_pdf_roundtrip
    print(roundtrip(Path(__file__).resolve().parent.parent.parent / "shared"))
