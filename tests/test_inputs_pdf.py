"""PDF input: text per page in reading order, layout repair, metadata, limits and NG009.

The test PDFs are written here by a minimal PDF writer (text lines at given positions in
Helvetica), so no binary file is committed.
"""

from __future__ import annotations

import pytest

from newsgraph.config import Settings
from newsgraph.ingest import documents_from_paths, make_document
from newsgraph.ingest.pdf import clean_line, pdf_date, pdf_text
from newsgraph.ingest.readers import Article, Failure, read_bytes


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[tuple[float, float, float, str]]], info: dict[str, str] | None = None) -> bytes:
    """A valid PDF: each page a list of (x, y, font size, text) lines; ``info`` goes to the Info dictionary."""
    objs: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        stream = "".join(f"BT /F1 {size} Tf {x} {y} Td ({_esc(text)}) Tj ET\n" for x, y, size, text in lines)
        data = stream.encode("cp1252")  # WinAnsiEncoding
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font_id} 0 R >> >> "
            f"/Contents {4 + 2 * i} 0 R >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info_ref = ""
    if info:
        entries = " ".join(f"/{k} ({_esc(v)})" for k, v in info.items())
        objs.append(f"<< {entries} >>".encode("latin-1"))
        info_ref = f" /Info {len(objs)} 0 R"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R{info_ref} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def column_lines(x: float, y: float, lines: list[str], size: float = 10, lead: float = 12) -> list[tuple[float, float, float, str]]:
    """Lines set one under another from (x, y) downwards."""
    return [(x, y - i * lead, size, t) for i, t in enumerate(lines)]


BODY = [
    "The city council met on Tuesday to discuss the new budget, which",
    "was approved after a long debate about the costs of the pro-",
    "gramme and its effects on the schools of the northern districts.",
]
BODY2 = [  # a new paragraph: an indented first line
    "The mayor said the plan would help families across the city",
    "and that more money for transport would follow",
]
PORTS = ["Hamburg", "Rostock", "Bremen", "Kiel", "Emden", "Lubeck"]
INFO = {"Title": "Council approves budget", "Author": "Jane Roe", "CreationDate": "D:20240115093000Z"}


def one_column_pdf() -> bytes:
    page = [(72, 740, 20, "Council approves budget"), *column_lines(72, 700, BODY), (84, 664, 10, BODY2[0]),
            (72, 652, 10, BODY2[1]), (300, 60, 10, "7")]
    return make_pdf([page,
                     column_lines(72, 700, ["next year.", "",
                                            "Opponents said they would appeal the decision in the spring."])], INFO)


def test_text_paragraphs_and_hyphens() -> None:
    text, meta = pdf_text(one_column_pdf(), "a.pdf", 10**6)
    assert text.startswith("Council approves budget\n\n")
    assert "\n7\n" not in text and not text.rstrip().endswith("7")  # a page number line is dropped
    assert meta == {"title": "Council approves budget", "author": "Jane Roe", "published": "2024-01-15"}
    doc = make_document(read_bytes(one_column_pdf(), "a.pdf", Settings()).__next__(), Settings())  # type: ignore[arg-type]
    assert "programme and its effects" in doc.text  # hyphenated line end rejoined
    assert doc.meta["format"] == "pdf" and doc.meta["published"] == "2024-01-15"
    paras = [doc.block_text(b) for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.startswith("The city council met") and p.endswith("northern districts.") for p in paras)
    assert any(p.startswith("The mayor said") for p in paras)
    assert "Opponents said" in doc.text  # second page
    assert "money for transport would follow next year." in doc.text  # a sentence run on across the page
    assert doc.text.index("next year.") < doc.text.index("Opponents")


def test_two_columns_read_left_then_right() -> None:
    left = [f"Left column line {i} tells the first part of the story" for i in range(8)]
    right = [f"Right column line {i} goes on with the rest of it" for i in range(8)]
    page = [(72, 740, 18, "A headline that spans both of the columns below"),
            *column_lines(50, 700, left, size=9), *column_lines(320, 700, right, size=9)]
    text, _ = pdf_text(make_pdf([page]), "c.pdf", 10**6)
    assert text.index("headline") < text.index("Left column line 0") < text.index("Left column line 7")
    assert text.index("Left column line 7") < text.index("Right column line 0")


def test_sniffed_by_magic_bytes_and_folder(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "story.pdf").write_bytes(one_column_pdf())
    (items,) = list(read_bytes(one_column_pdf(), "<stdin>", Settings()))
    assert isinstance(items, Article) and items.fmt == "pdf"
    docs = list(documents_from_paths([str(folder)], Settings()))
    assert len(docs) == 1 and not isinstance(docs[0], Failure) and "city council" in docs[0].text


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n garbage that is no PDF at all", b"%PDF-1.4\n" + b"\x00\xff" * 200],
)
def test_unreadable_pdf_is_ng009(data: bytes) -> None:
    (item,) = list(read_bytes(data, "bad.pdf", Settings()))
    assert isinstance(item, Failure) and item.error.code == "NG009"


def test_encrypted_pdf_is_ng009() -> None:
    ids = b"<0123456789abcdef0123456789abcdef>"
    encrypt = (b" /Encrypt << /Filter /Standard /V 1 /R 2 /O <" + b"00" * 32 + b"> /U <" + b"11" * 32
               + b"> /P -4 >> /ID [" + ids + b" " + ids + b"]")
    data = one_column_pdf().replace(b"/Root 1 0 R", b"/Root 1 0 R" + encrypt)
    (item,) = list(read_bytes(data, "locked.pdf", Settings()))
    assert isinstance(item, Failure) and item.error.code == "NG009" and "encrypted" in item.error.reason


def test_running_heads_dropped() -> None:
    pages = [[(72, 760, 8, f"The Harbour Gazette, page {i + 1}"),
              *column_lines(72, 700, [f"Story part {PORTS[i]} tells what the port authority said on Monday."])]
             for i in range(4)]
    text, _ = pdf_text(make_pdf(pages), "r.pdf", 10**6)
    assert "Harbour Gazette" not in text and text.count("Story part") == 4


def test_pdf_without_text_is_ng009() -> None:
    (item,) = list(read_bytes(make_pdf([[]]), "empty.pdf", Settings()))
    assert isinstance(item, Failure) and item.error.code == "NG009"


def test_limits_pages_and_chars(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsgraph.ingest.pdf as pdfmod

    pages = [column_lines(72, 700, [f"{PORTS[i]} says something about the harbour and its ships."]) for i in range(6)]
    monkeypatch.setattr(pdfmod, "MAX_PAGES", 3)
    text, _ = pdf_text(make_pdf(pages), "p.pdf", 10**6)
    assert "Bremen says" in text and "Kiel says" not in text
    text, _ = pdf_text(make_pdf(pages), "p.pdf", 40)
    assert len(text) <= 40
    monkeypatch.setattr(pdfmod, "MAX_SECONDS", 0.0)  # the time guard: only the first page is read
    text, _ = pdf_text(make_pdf(pages), "p.pdf", 10**6)
    assert "Hamburg says" in text and "Rostock says" not in text


def test_pdf_date() -> None:
    assert pdf_date("D:20231231") == "2023-12-31"
    assert pdf_date(b"D:2023") is None and pdf_date("D:20231340") is None and pdf_date(None) is None


def test_damaged_pdfs_fail_with_a_code() -> None:
    """Cut or corrupted PDFs give an Article or an NG009 Failure, never an exception."""
    import random

    good = one_column_pdf()
    rng = random.Random(7)
    variants = [good[:n] for n in (20, len(good) // 3, len(good) // 2, len(good) - 40)]
    for _ in range(12):
        data = bytearray(good)
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(9, len(data))] = rng.randrange(256)
        variants.append(bytes(data))
    for data in variants:
        items = list(read_bytes(data, "cut.pdf", Settings()))
        assert len(items) == 1
        item = items[0]
        assert isinstance(item, Article) or (isinstance(item, Failure) and item.error.code == "NG009")


def test_three_columns() -> None:
    cols = [[f"{name} column line {i} of the story" for i in range(10)] for name in ("First", "Second", "Third")]
    page = [*column_lines(30, 700, cols[0], size=8), *column_lines(230, 700, cols[1], size=8),
            *column_lines(430, 700, cols[2], size=8)]
    text, _ = pdf_text(make_pdf([page]), "3.pdf", 10**6)
    order = [text.index(f"{name} column line {i} ") for name in ("First", "Second", "Third") for i in (0, 9)]
    assert order == sorted(order)


def test_clean_line() -> None:
    assert clean_line("the ofﬁce ﬂoor") == "the office floor"
    assert clean_line("Copyright (cid:13)c 2022") == "Copyright c 2022"
