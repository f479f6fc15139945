"""WARC input through warcio: HTML responses become articles, the rest is skipped."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.ingest import documents_from_paths
from newsgraph.ingest.readers import Article, Failure, read_bytes, read_paths

PAGE = (
    "<html><head><title>{title}</title>{date}</head><body><article><h1>{title}</h1>"
    "<p>The port of Hamburg reopened on Monday after a strike by dock workers ended, the union said on Sunday "
    "evening in a statement.</p><p>Ships had waited for days in the North Sea while the talks went on, and "
    "shipping companies said that the delays would reach shops within weeks.</p></article></body></html>"
)


def build_warc(gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    req = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "news.example")], is_http_request=True)
    w.write_record(w.create_warc_record("http://news.example/a", "request", http_headers=req))
    pages = [
        ("http://news.example/a", "Dock strike ends", "", "text/html; charset=utf-8", "200 OK"),
        ("http://news.example/b", "Ships leave port", '<meta property="article:published_time" content="2024-02-03">',
         "text/html", "200 OK"),
        ("http://news.example/logo.png", "", "", "image/png", "200 OK"),
        ("http://news.example/gone", "Gone", "", "text/html", "404 Not Found"),
    ]
    for url, title, date, ctype, status in pages:
        body = PAGE.format(title=title, date=date).encode() if "html" in ctype else b"\x89PNG\r\n\x1a\n" + b"\0" * 50
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                            warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"}))
    return buf.getvalue()


def test_html_responses_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc())
    items = list(read_paths([str(path)], Settings()))
    assert all(isinstance(i, Article) for i in items)
    assert [i.meta["url"] for i in items if isinstance(i, Article)] == ["http://news.example/a", "http://news.example/b"]
    docs = [d for d in documents_from_paths([str(path)], Settings()) if isinstance(d, Document)]
    assert len(docs) == 2
    a, b = docs
    assert a.meta["title"] == "Dock strike ends" and "Hamburg reopened" in a.text
    assert a.meta["published"] == "2024-03-05"  # no date on the page: the crawl date
    assert b.meta["published"] == "2024-02-03"  # the page's own date wins over the crawl date
    assert a.meta["url"] == "http://news.example/a"


def test_plain_warc_from_bytes_and_folder(tmp_path: Path) -> None:
    data = build_warc(gz=False)
    assert len([i for i in read_bytes(data, "<stdin>", Settings()) if isinstance(i, Article)]) == 2
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.warc").write_bytes(data)
    docs = list(documents_from_paths([str(tmp_path)], Settings()))
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)


def test_whole_file_gzip_and_damage(tmp_path: Path) -> None:
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(build_warc(gz=False)))
    assert len([i for i in read_paths([str(path)], Settings()) if isinstance(i, Article)]) == 2
    path.write_bytes(b"this is not a WARC file at all")
    (item,) = list(read_paths([str(path)], Settings()))
    assert isinstance(item, Failure) and item.error.code == "NG008"


def test_oversized_payload_is_ng003(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    path.write_bytes(build_warc(gz=False))
    items = list(read_paths([str(path)], Settings(max_bytes=300)))
    assert items and all(isinstance(i, Failure) and i.error.code == "NG003" for i in items)
