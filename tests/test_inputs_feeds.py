"""RSS and Atom feed files through feedparser: each entry becomes an article."""

from __future__ import annotations

from pathlib import Path

from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.ingest import documents_from_paths
from newsgraph.ingest.feeds import fragment_text, looks_like_feed, read_feed
from newsgraph.ingest.readers import Article, Failure, read_bytes, read_paths

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Daily</title><link>http://harbour.example/</link>
<item><title>Port reopens after strike</title><link>http://harbour.example/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><author>desk@harbour.example (Ann Lee)</author>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The port of Hamburg reopened on Monday after a strike by dock workers ended,
the union said.</p><p>Ships had waited for days in the North Sea &amp; the Baltic.</p>
<script>track()</script>]]></content:encoded></item>
<item><title>Fog delays ferries</title><link>http://harbour.example/2</link>
<pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Thick fog delayed ferries on the Elbe on Wednesday, the operator said.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>http://harbour.example/3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Strike talks resume</title><link href="http://wire.example/x"/><id>urn:x</id>
<updated>2024-02-01T12:00:00Z</updated><author><name>Jo Park</name></author>
<content type="html">&lt;p&gt;Talks between the union and the employers resumed in Bremen on Thursday.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "harbour.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_paths([str(path)], Settings()))
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.meta["url"] for a in arts] == ["http://harbour.example/1", "http://harbour.example/2"]
    first = arts[0]
    assert first.meta["title"] == "Port reopens after strike" and first.meta["published"] == "2024-03-05"
    assert first.meta["source"] == "Harbour Daily" and first.meta["author"] == "Ann Lee"
    assert "Short teaser" not in first.raw and "track()" not in first.raw  # full content, scripts dropped
    fails = [i for i in items if isinstance(i, Failure)]
    assert [f.error.code for f in fails] == ["NG001"] and fails[0].location.endswith(":3")
    docs = [d for d in documents_from_paths([str(path)], Settings()) if isinstance(d, Document)]
    assert docs[0].blocks[0].kind == "headline" and docs[0].block_text(docs[0].blocks[0]) == "Port reopens after strike"
    assert "North Sea & the Baltic." in docs[0].text
    assert docs[1].meta["published"] == "2024-03-06" and "Thick fog delayed ferries" in docs[1].text


def test_atom_and_xml_sniffing(tmp_path: Path) -> None:
    (tmp_path / "wire.xml").write_text(ATOM, encoding="utf-8")
    (item,) = list(read_paths([str(tmp_path / "wire.xml")], Settings()))
    assert isinstance(item, Article) and item.fmt == "feed"
    assert item.meta["author"] == "Jo Park" and item.meta["published"] == "2024-02-01"
    assert item.raw == "Strike talks resume\n\nTalks between the union and the employers resumed in Bremen on Thursday."
    (item,) = list(read_bytes(ATOM.encode(), "<stdin>", Settings()))
    assert isinstance(item, Article) and item.fmt == "feed"


def test_xml_that_is_no_feed_keeps_old_behaviour(tmp_path: Path) -> None:
    path = tmp_path / "notes.xml"
    path.write_text("<?xml version='1.0'?><notes><note>The port reopened on Monday.</note></notes>", encoding="utf-8")
    items = list(read_paths([str(path)], Settings()))
    assert len(items) == 1 and not (isinstance(items[0], Article) and items[0].fmt == "feed")
    (fail,) = list(read_feed(b"<notes/>", "x.rss", Settings()))
    assert isinstance(fail, Failure) and fail.error.code == "NG006"


def test_fragment_text_and_sniffing() -> None:
    assert fragment_text("<p>One&nbsp;two</p><p>Three<br>four</p>") == "One two\n\nThree\n\nfour"
    assert looks_like_feed('<?xml version="1.0"?>\n<!-- c --><rss version="2.0">')
    assert looks_like_feed("<feed xmlns='http://www.w3.org/2005/Atom'>")
    assert not looks_like_feed("<html><body>x</body></html>")


def test_broken_feeds_never_raise() -> None:
    junk = [b"<rss", b"<rss version='2.0'><channel><item><title>x", b"<feed>\x00\xff\xfe</feed>",
            b"<?xml version='1.0'?><rss><channel><item><description><![CDATA[<p>unclosed", b"\xef\xbb\xbf<rss/>"]
    for data in junk:
        items = list(read_bytes(data, "junk.rss", Settings()))
        assert all(isinstance(i, Article) or (isinstance(i, Failure) and i.error.code.startswith("NG0"))
                   for i in items)


def test_entry_with_a_whole_page_goes_to_the_html_extractor() -> None:
    page = ("<html><head><title>Dock strike ends</title></head><body><nav>Home | World</nav><article>"
            "<p>The port of Hamburg reopened on Monday after a strike by dock workers ended, the union said.</p>"
            "<p>Ships had waited for days in the North Sea while the talks went on.</p></article></body></html>")
    atom = ATOM.replace("&lt;p&gt;Talks between the union and the employers resumed in Bremen on Thursday.&lt;/p&gt;",
                        page.replace("<", "&lt;").replace(">", "&gt;"))
    (item,) = list(read_bytes(atom.encode(), "w.atom", Settings()))
    assert isinstance(item, Article) and item.fmt == "html" and item.meta["url"] == "http://wire.example/x"
    (doc,) = [d for d in documents_from_paths_bytes(atom)]
    assert "Hamburg reopened" in doc.text and "Home | World" not in doc.text


def documents_from_paths_bytes(feed: str) -> list[Document]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "w.atom"
        path.write_text(feed, encoding="utf-8")
        return [d for d in documents_from_paths([str(path)], Settings()) if isinstance(d, Document)]
