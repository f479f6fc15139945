"""Bad input through the CLI (issue 2, item 8): each bad input gives one coded line, a
non-zero exit when it is the only input, a failure row in the store; the rest of the
batch goes on and nothing stored before is lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.ingest.readers import Failure, decode, read_bytes
from newsgraph.store import Store

pytestmark = pytest.mark.model

#: a light pipeline: bad input is about ingest, not about every extractor
LIGHT = "newsgraph.nlp.v1,newsgraph.entities.v1"
CODE_LINE = re.compile(r"\[NG0\d\d\] ")

GOOD = "Officials in Berlin said on Tuesday that talks with the union would resume next week.\n"
MORE = "Police in Lyon arrested two men on Friday after a fire at a warehouse near the river.\n"
LATIN1 = "Café owner José Müller said the façade in Zürich would be repaired by the city."
UTF16 = "The mayor of Oslo said on Monday that the new bridge over the fjord will open in May."


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no stray newsgraph.toml
    monkeypatch.setenv("NEWSGRAPH_COMPONENTS", LIGHT)
    return tmp_path


def _bad_files(d: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, expected code)."""
    files = {
        "empty": ("empty.txt", b"", "NG001"),
        "blank": ("blank.md", b"  \n\n\t \n", "NG001"),
        "binary": ("noise.txt", bytes(range(256)) * 20, "NG002"),
        "too_big": ("big.txt", b"word " * 50_000, "NG003"),
        "html_no_body": ("tags.html", b"<html><head><script>var x=1;</script></head><body><div></div></body></html>", "NG005"),
        "unknown_format": ("report.docx", b"PK\x03\x04" + bytes(200), "NG006"),
        "pdf": ("paper.pdf", b"%PDF-1.7\n" + bytes(100), "NG009"),
    }
    out = {}
    for key, (name, data, code) in files.items():
        p = d / name
        p.write_bytes(data)
        out[key] = (p, code)
    return out


def _ingest(store: Path, *paths: Path | str, max_bytes: int = 100_000) -> int:
    return main(["ingest", "-q", "--store", str(store), "--max-bytes", str(max_bytes), *map(str, paths)])


def _counts(store: Path) -> dict[str, int]:
    with Store(store, read_only=True) as st:
        return st.counts()


@pytest.mark.parametrize("key", ["empty", "blank", "binary", "too_big", "html_no_body", "unknown_format", "pdf"])
def test_each_bad_input_alone(work: Path, capsys: pytest.CaptureFixture[str], key: str) -> None:
    path, code = _bad_files(work)[key]
    store = work / "s.duckdb"
    rc = _ingest(store, path)
    err = capsys.readouterr().err
    assert rc != 0
    lines = [ln for ln in err.splitlines() if CODE_LINE.search(ln)]
    assert len(lines) == 1, err
    assert f"[{code}]" in lines[0] and path.name in lines[0]
    with Store(store, read_only=True) as st:
        rows = st.failures()
        assert [r["code"] for r in rows] == [code]
        assert path.name in rows[0]["location"]
        assert st.counts()["articles"] == 0


def test_extract_bad_input_one_line(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, code = _bad_files(work)["binary"]
    rc = main(["extract", str(path)])
    cap = capsys.readouterr()
    assert rc != 0
    assert cap.out == ""
    (line,) = [ln for ln in cap.err.splitlines() if ln.strip()]
    assert line.endswith(f"[{code}] input looks binary, not text ({path})") and "error" in line


def test_missing_path_is_coded(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = _ingest(work / "s.duckdb", work / "nope.txt")
    assert rc != 0
    assert "[NG007]" in capsys.readouterr().err


def test_mixed_batch_goes_on_and_keeps_earlier(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = work / "s.duckdb"
    (work / "good.txt").write_text(GOOD, encoding="utf-8")
    assert _ingest(store, work / "good.txt") == 0
    before = _counts(store)
    assert before["articles"] == 1 and before["mentions"] >= 1

    bad = _bad_files(work)
    (work / "more.txt").write_text(MORE, encoding="utf-8")
    (work / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (work / "utf16.txt").write_bytes(UTF16.encode("utf-16"))
    (work / "recs.jsonl").write_bytes(
        b'{"text": "The port of Hamburg reopened on Monday after a strike by dock workers ended."}\n'
        b'{"text": "unterminated\n'
        b'[1, 2, 3]\n'
        b'{"title": "no text field"}\n'
        b'{"text": "Farmers in Bavaria protested in Munich on Thursday against new fuel taxes."}\n'
    )
    paths = [p for p, _ in bad.values()] + [work / n for n in ("more.txt", "latin1.txt", "utf16.txt", "recs.jsonl")]
    capsys.readouterr()
    rc = _ingest(store, *paths)
    cap = capsys.readouterr()
    assert rc == 1  # some inputs failed (each recorded); the rest were stored
    coded = [ln for ln in cap.err.splitlines() if CODE_LINE.search(ln)]
    assert len(coded) == len(bad) + 3  # one line per bad file, three bad JSONL lines
    assert sum("[NG008]" in ln for ln in coded) == 3
    assert any("recs.jsonl:2" in ln for ln in coded)

    after = _counts(store)
    assert after["articles"] == before["articles"] + 5  # more, latin1, utf16, two JSONL records
    assert after["failures"] == len(bad) + 3
    with Store(store, read_only=True) as st:
        texts = {r["text"] for r in st.query("SELECT text FROM articles")}
        codes = sorted(r["code"] for r in st.failures())
    assert LATIN1 in texts and UTF16 in texts and GOOD.strip() in texts
    assert codes == sorted([c for _, c in bad.values()] + ["NG008"] * 3)

    # the same batch again: nothing new, nothing lost, failures recorded again
    assert _ingest(store, *paths) == 1  # the bad inputs fail again
    again = _counts(store)
    assert again["articles"] == after["articles"] and again["mentions"] == after["mentions"]


def test_malformed_html_salvaged(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (
        "<html><head><title>Storm hits coast</title><body><div><p>A storm hit the coast of Brittany on "
        "Sunday night, cutting power to <b>thousands of homes<i> in Brest.</div></span><p>Crews worked "
        "through the night to restore power, the utility said.</td></html"
    )
    (work / "broken.html").write_text(page, encoding="utf-8")
    store = work / "s.duckdb"
    assert _ingest(store, work / "broken.html") == 0
    with Store(store, read_only=True) as st:
        (row,) = st.query("SELECT text, format FROM articles")
    assert row["format"] == "html" and "Brittany" in row["text"]


# -- decode without the CLI ---------------------------------------------------------------

S = Settings(max_bytes=10_000)


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1"])
def test_decode_encodings(enc: str) -> None:
    text = "Officials said “the café in Zürich” would reopen – José Müller, façade, naïve."
    if enc == "latin-1":
        text = LATIN1
    assert decode(text.encode(enc), S, "x") == text


def test_decode_cyrillic_legacy() -> None:
    text = "Министр заявил, что переговоры возобновятся во вторник в Москве."
    assert decode(text.encode("cp1251"), S, "x") == text


def test_read_bytes_explicit_unknown_format() -> None:
    (item,) = list(read_bytes(b"hello there", "x.txt", S, fmt="docx"))
    assert isinstance(item, Failure) and item.error.code == "NG006"


def test_record_limit_is_per_file_times_100() -> None:
    line = b'{"text": "' + b"a" * 5_000 + b'"}\n'
    items = list(read_bytes(line * 150, "big.jsonl", S))  # 750 kB: under 100x, each record under 1x
    assert len(items) == 150 and not any(isinstance(i, Failure) for i in items)


# -- bugs these tests found -----------------------------------------------------------------


def test_jsonl_odd_metadata_and_lone_surrogates(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A title that is a list, a number for a URL, a lone surrogate escape: stored, not a crash."""
    (work / "odd.jsonl").write_text(
        '{"text": "Police in Lyon arrested two men on Friday.", "title": ["a", 1]}\n'
        '{"text": "The mayor of Paris said on Monday the bridge will reopen.", "url": 5}\n'
        '{"text": "Flooding in Rome \\ud800 closed schools on Monday.", "title": "t\\udc00"}\n',
        encoding="utf-8",
    )
    store = work / "s.duckdb"
    assert _ingest(store, work / "odd.jsonl") == 0
    with Store(store, read_only=True) as st:
        rows = {r["title"]: r for r in st.query("SELECT title, url, text FROM articles")}
    assert set(rows) == {'["a", 1]', None, "t\ufffd"}
    assert rows["t\ufffd"]["text"] == "Flooding in Rome \ufffd closed schools on Monday."


def test_decode_bom_only_is_empty() -> None:
    for data in (b"\xfe\xff", b"\xef\xbb\xbf", "\u00a0".encode("cp1252")):
        with pytest.raises(InputError) as err:
            decode(data, S, "x")
        assert err.value.code == "NG001"


def test_span_to_source_across_reordered_blocks() -> None:
    from newsgraph.ingest.layout import repair

    source = "0\rA A"  # the name line becomes a byline and moves first: runs are out of source order
    layout = repair(source, markdown=False)
    n = len(source)
    for i in range(len(layout.text)):
        for j in range(i, len(layout.text) + 1):
            s, e = layout.offsets.span_to_source(i, j)
            assert 0 <= s <= e <= n
