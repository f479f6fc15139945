"""Inputs recognised by their content, not their name (newsgraph/ingest/sniff.py)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.config import Settings
from newsgraph.ingest.readers import Article, Failure, read_bytes, read_paths, sniff_format
from newsgraph.ingest.sniff import markup_kind, skip_prolog, sniff_bytes

BODY = (
    "<p>The city council of Northvale voted on Tuesday to rebuild the old river bridge, which was closed "
    "last spring after inspectors found cracks in two of its piers.</p>"
    "<p>Work is to start in March and take about eighteen months, the council said in a statement. "
    "Ferries will run every twenty minutes while the bridge is shut.</p>"
    "<p>Shop owners on both banks welcomed the vote but asked for help with the lost trade during the "
    "works, which they said had already cost them customers since the closure.</p>"
)
PAGE = (
    "<html><head><title>Council votes to rebuild river bridge</title></head><body>"
    "<article><h1>Council votes to rebuild river bridge</h1>" + BODY + "</article></body></html>"
)
COMMENTS = "".join(f"<!-- build {i}: cache layer note, ignore this line of markup -->\n" for i in range(60))
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
    "<item><title>Bridge vote</title><link>http://desk.example/1</link>"
    "<description>The council voted on Tuesday to rebuild the bridge over the river.</description></item>"
    "</channel></rss>"
)


def test_skip_prolog() -> None:
    text = "\ufeff  <?xml version='1.0'?>\n<!-- a -->\n<!DOCTYPE html>\n<!-- b --><html>"
    assert skip_prolog(text) == "<html>"
    assert skip_prolog("<!-- never closed <html>") == "<!-- never closed <html>"


@pytest.mark.parametrize(
    "prefix",
    ["", "\ufeff", "<!DOCTYPE html>\n", COMMENTS, "\ufeff<!doctype html>" + COMMENTS, "<?xml version='1.0'?>" + COMMENTS],
)
def test_html_recognised_after_any_prolog(prefix: str) -> None:
    assert len(COMMENTS) > 3000
    page = prefix + PAGE
    assert markup_kind(page) == "html"
    assert sniff_format(page) == "html"
    assert sniff_bytes(page.encode("utf-8")) == "html"


def test_feed_after_comments_and_fragment() -> None:
    assert sniff_bytes((COMMENTS + RSS).encode()) == "feed"
    assert markup_kind("<div class='x'><p>Hello</p></div>") == "html"
    assert markup_kind("Plain text about <b> tags.") is None
    assert sniff_bytes(b"Just a plain line of text.\n") is None


def test_binary_signatures() -> None:
    assert sniff_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") == "pdf"
    assert sniff_bytes(b"\n\nWARC/1.1\r\nWARC-Type: warcinfo\r\n") == "warc"
    assert sniff_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n")) == "warc"
    assert sniff_bytes(gzip.compress(b"not a crawl")) is None
    assert sniff_bytes(b"An article that mentions %PDF-1.4 in its text.") is None


def test_files_without_extension(tmp_path: Path) -> None:
    (tmp_path / "page").write_text(COMMENTS + PAGE, encoding="utf-8")
    (tmp_path / "feed").write_text(RSS, encoding="utf-8")
    (tmp_path / "records").write_text(json.dumps({"text": "Rain fell in Oslo on Monday."}) + "\n", encoding="utf-8")
    (page,) = read_paths([str(tmp_path / "page")], Settings())
    assert isinstance(page, Article) and page.fmt == "html"
    (entry,) = read_paths([str(tmp_path / "feed")], Settings())
    assert isinstance(entry, Article) and entry.meta["url"] == "http://desk.example/1"
    (rec,) = read_paths([str(tmp_path / "records")], Settings())
    assert isinstance(rec, Article) and rec.raw.startswith("Rain fell in Oslo")


def test_stdin_bytes_by_content() -> None:
    (item,) = read_bytes(("\ufeff" + COMMENTS + PAGE).encode("utf-8"), "<stdin>", Settings())
    assert isinstance(item, Article) and item.fmt == "html"
    (item,) = read_bytes(b"%PDF-1.4\nbroken", "<stdin>", Settings())
    assert isinstance(item, Failure) and item.error.code == "NG009"


def test_extract_stdin_html_with_long_comment_prolog(monkeypatch, capsys) -> None:
    data = (COMMENTS + PAGE).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["extract", "-"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["meta"]["format"] == "html"
    assert "rebuild the old river bridge" in out["text"]
    assert "<!--" not in out["text"] and "<p>" not in out["text"]


def test_feed_after_long_comment_prolog_on_stdin() -> None:
    (item,) = read_bytes((COMMENTS + RSS).encode("utf-8"), "<stdin>", Settings())
    assert isinstance(item, Article) and item.meta["url"] == "http://desk.example/1"
