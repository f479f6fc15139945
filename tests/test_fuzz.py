"""Hostile input, fuzzed (hypothesis): the ingest parsers never crash with anything but a
coded InputError, and layout repair's offsets always map back into the source."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsgraph.config import Settings
from newsgraph.errors import CODES, InputError
from newsgraph.ingest import make_document
from newsgraph.ingest.layout import repair
from newsgraph.ingest.readers import Article, Failure, decode, read_bytes, sniff_format

S = Settings(max_bytes=20_000)
FUZZ = settings(max_examples=int(os.environ.get("NEWSGRAPH_FUZZ_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: text that looks like what the parsers meet: markdown marks, quotes, credits, HTML bits, odd spaces
ATOMS = st.sampled_from([
    "#", "## ", "**", "*", "_", "> ", "- ", "\n", "\n\n", "\r\n", " ", "\t", "\u00a0", "\u200b", "\ufeff",
    "\"", "“", "”", "'", "’", "(", ")", "[", "](", "http://x.y/z", "<p>", "</p>", "<div>", "<b>", "&amp;",
    "Photo: ", "AFP", "Reuters/", "By ", "John Smith", "PARIS —", "said.", "re-", "ported", "●", "…", "\x00",
    "\ud800", "é", "ß", "Ω", "中文", "🙂", "-", "—", "1", "2024-01-06", "{", "}", ":", ",",
])
TEXTISH = st.one_of(st.text(max_size=400), st.lists(ATOMS, max_size=80).map("".join))


def _coded(exc: InputError) -> None:
    assert exc.code in CODES and str(exc).startswith(f"[{exc.code}]")


@FUZZ
@given(st.one_of(st.binary(max_size=3000), TEXTISH.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_decode_never_crashes(data: bytes) -> None:
    try:
        text = decode(data, S, "fuzz")
    except InputError as exc:
        _coded(exc)
    else:
        assert isinstance(text, str) and text.strip()


@FUZZ
@given(TEXTISH, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252"]))
def test_decode_round_trips_text(text: str, enc: str) -> None:
    try:
        data = text.encode(enc)
    except UnicodeError:
        assume(False)
        return
    assume(text.strip() and "\x00" not in text)
    try:
        out = decode(data, S, "fuzz")
    except InputError as exc:  # control characters can make text look binary: a coded refusal is fine
        _coded(exc)
        return
    if enc == "utf-8":
        assert out == text.removeprefix("\ufeff")


@FUZZ
@given(
    st.one_of(st.binary(max_size=2000), TEXTISH.map(lambda t: t.encode("utf-8", "replace"))),
    st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl", "a.csv", "a.xyz", "a", "a.docx", "<stdin>"]),
    st.sampled_from([None, "text", "markdown", "html", "jsonl", "csv", "pdf"]),
)
def test_read_bytes_never_crashes(data: bytes, name: str, fmt: str | None) -> None:
    for item in read_bytes(data, name, S, fmt):
        if isinstance(item, Failure):
            _coded(item.error)
        else:
            assert isinstance(item, Article) and isinstance(item.raw, str)


@FUZZ
@given(st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["text", "title", "published", "url", "html", "id"]),
                    st.one_of(TEXTISH, st.integers(), st.none(), st.lists(st.integers(), max_size=2)), max_size=5)
    .map(json.dumps),
    TEXTISH.filter(lambda t: "\n" not in t and "\r" not in t),
), max_size=8))
def test_jsonl_lines(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    for item in read_bytes(data, "f.jsonl", S):
        if isinstance(item, Failure):
            _coded(item.error)
            assert item.location.startswith("f.jsonl")


@FUZZ
@given(TEXTISH, st.booleans())
def test_repair_offsets_map_back(source: str, markdown: bool) -> None:
    layout = repair(source, markdown=markdown)
    text, n = layout.text, len(source)
    for cs, ss, ln in layout.offsets.runs:  # every copied run is a verbatim copy of the source
        assert 0 <= ss and ss + ln <= n and 0 <= cs and cs + ln <= len(text)
        assert text[cs : cs + ln] == source[ss : ss + ln]
    for b in layout.blocks:
        assert 0 <= b.start <= b.end <= len(text)
        s, e = layout.offsets.span_to_source(b.start, b.end)
        assert 0 <= s <= e <= n
    for i in range(0, len(text) + 1, max(1, len(text) // 25)):
        for j in (i, min(len(text), i + 7)):
            s, e = layout.offsets.span_to_source(i, j)
            assert 0 <= s <= e <= n


@FUZZ
@given(TEXTISH, st.sampled_from(["text", "markdown", "html"]), st.sampled_from([None, "2024-02-30", "garbage", "9999"]))
def test_make_document_never_crashes(raw: str, fmt: str, published: str | None) -> None:
    meta = {"published": published} if published else {}
    try:
        doc = make_document(Article(raw, fmt, meta, "fuzz"), S)
    except InputError as exc:
        _coded(exc)
        return
    assert doc.text.strip()
    for b in doc.blocks:
        assert 0 <= b.start <= b.end <= len(doc.text)


@pytest.mark.parametrize("text", ["", "   ", "<html>", "{\"a\": 1}", "# x", "plain"])
def test_sniff_format_total(text: str) -> None:
    assert sniff_format(text) in ("text", "markdown", "html", "jsonl")


# -- pathological inputs: hang guards with generous bounds (not speed claims) ----------------


def _bounded(fn: object, seconds: float, mb: int) -> object:
    """Run ``fn()``; fail when it takes longer than ``seconds`` or peaks above ``mb`` MB of Python allocations."""
    import time
    import tracemalloc

    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        result = fn()  # type: ignore[operator]
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    took = time.perf_counter() - t0
    assert took < seconds, f"took {took:.1f} s"
    assert peak < mb * 2**20, f"peaked at {peak / 2**20:.0f} MB"
    return result


def test_ten_megabyte_single_line() -> None:
    line = ("word " * 2_000_000).encode()  # 10 MB, no newline
    big = Settings(max_bytes=11_000_000)
    (item,) = _bounded(lambda: list(read_bytes(line, "one.txt", big)), 30, 200)  # type: ignore[misc]
    assert isinstance(item, Article)
    import resource
    import time

    rss0, t0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter()
    doc = make_document(item, big)  # (tracemalloc would slow this ten times: peak RSS growth instead)
    grew_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    assert time.perf_counter() - t0 < 60 and grew_mb < 800
    assert len(doc.text) >= 9_999_000
    (refused,) = list(read_bytes(line, "one.txt", S))  # under the default limit: refused, not read
    assert isinstance(refused, Failure) and refused.error.code == "NG003"


def test_hundred_thousand_quote_marks() -> None:
    for mark in ('"', "“", "”", "'"):
        raw = ("He said " + mark) * 50_000 + "."
        doc = _bounded(lambda raw=raw: make_document(Article(raw, "text", {}, "q"), Settings()), 30, 300)
        assert doc.text  # type: ignore[attr-defined]


def test_deeply_nested_html() -> None:
    depth = 20_000
    page = "<html><body>" + "<div>" * depth + "<p>Flood waters rose in Dhaka on Monday, officials said.</p>" + "</div>" * depth
    try:
        doc = _bounded(lambda: make_document(Article(page, "html", {}, "deep.html"), Settings()), 60, 600)
    except InputError as exc:  # refusing it with a code is fine too
        assert exc.code == "NG005"
    else:
        assert "Dhaka" in doc.text  # type: ignore[attr-defined]


@pytest.mark.parametrize("published", ["2024-02-30", "0000-00-00", "99999-01-01", "yesterday", "2024-13-01T25:61", ""])
def test_invalid_published_date(published: str) -> None:
    doc = make_document(Article("The mayor of Oslo spoke on Monday.", "text", {"published": published}, "d"), Settings())
    assert doc.text
    from newsgraph.runner.batch import iso_date

    assert iso_date(doc.meta.get("published")) in (None, published[:10])


def _warc(records: list[tuple[str, bytes]]) -> bytes:
    out = b""
    for wtype, body in records:
        head = (f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Target-URI: http://news.example/{len(out)}\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        out += head + body + b"\r\n\r\n"
    return out


def test_warc_chunked_gzip_and_compression_bomb(tmp_path: object) -> None:
    import gzip
    from pathlib import Path

    from newsgraph.ingest.warc import read_warc

    page = b"<html><body><article><p>" + b"Rain fell in Lisbon on Monday, the weather service said. " * 5 + b"</p></article></body></html>"
    packed = gzip.compress(page)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i:i + 50]), packed[i:i + 50]) for i in range(0, len(packed), 50)) + b"0\r\n\r\n"
    ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked
    bomb = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gzip.compress(b"\0" * 50_000_000)
    damaged = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + b"\x1f\x8b not gzip"
    path = Path(str(tmp_path)) / "crawl.warc"
    path.write_bytes(_warc([("response", ok), ("response", bomb), ("response", damaged)]))
    items = _bounded(lambda: list(read_warc(str(path), Settings(max_bytes=1_000_000))), 30, 100)
    art, boom, bad = items  # type: ignore[misc]
    assert isinstance(art, Article) and "Lisbon" in art.raw
    assert isinstance(boom, Failure) and boom.error.code == "NG003" and boom.location.endswith(":2")
    assert isinstance(bad, Failure) and bad.error.code == "NG008"


def test_warc_truncated_and_garbage(tmp_path: object) -> None:
    from pathlib import Path

    from newsgraph.ingest.warc import read_warc

    path = Path(str(tmp_path)) / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nContent-Length: 99999999999\r\nWARC-Type: response\r\n\r\nshort")
    (item,) = list(read_warc(str(path), S))
    assert isinstance(item, Failure) and item.error.code == "NG003"
    path.write_bytes(b"not a warc at all")
    (item,) = list(read_warc(str(path), S))
    assert isinstance(item, Failure) and item.error.code == "NG008"


@FUZZ
@given(st.binary(max_size=600), st.booleans())
def test_read_warc_never_crashes(data: bytes, header: bool) -> None:
    import tempfile

    from newsgraph.ingest.warc import read_warc

    if header:
        data = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: %d\r\n\r\n%s" % (
            len(data), data)
    with tempfile.NamedTemporaryFile(suffix=".warc") as fh:
        fh.write(data)
        fh.flush()
        for item in read_warc(fh.name, S):
            if isinstance(item, Failure):
                _coded(item.error)
            else:
                assert isinstance(item, Article)
