"""The web UI and JSON API on a small store: the seed, a few open-corpus articles, a
hand-built article with one record of every kind, and an article full of markup."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import make_doc

pytestmark = pytest.mark.model

SCRIPT_TEXT = 'Breaking <script>alert("owned")</script> news from <b>Springfield</b> & co.\n\nThe mayor said "it is <img src=x onerror=alert(1)> fine".'


def handmade_doc():
    """An article with one record of every kind, built by hand (no model)."""
    from newsgraph.records import DateMention, Entity, Event, Figure, Mention, Place, Quote, Tone

    text = ("Storm hits Springfield\n\nMayor Ada Quill of the Springfield Council said on Monday that 12 people were killed in Springfield. "
            '"We will rebuild," Quill said.')
    doc = make_doc(text, published="2024-03-05")
    doc.meta["title"] = "Storm hits Springfield"
    doc.meta["source"] = "Test Wire"

    def span(s: str, nth: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(nth + 1):
            i = text.index(s, i + 1)
        return i, i + len(s)

    c = "test@1"
    ada = Entity(**dict(zip(("start", "end"), span("Ada Quill"))), text="Ada Quill", component=c, label="PERSON", name="Ada Quill", mention_count=2)
    sp = Entity(**dict(zip(("start", "end"), span("Springfield"))), text="Springfield", component=c, label="LOC", name="Springfield")
    council = Entity(**dict(zip(("start", "end"), span("Springfield Council"))), text="Springfield Council", component=c,
                     label="ORG", name="Springfield Council")
    s1, e1 = span("Ada Quill")
    s2, e2 = span("in Springfield")
    s2 += 3
    s3, e3 = span("Monday")
    s4, e4 = span("12")
    s5, e5 = span("We will rebuild,")
    s6, e6 = span("Quill", 1)
    s7, e7 = span("12 people were killed in Springfield")
    doc.add("entities", [ada, sp, council])
    doc.add("mentions", [
        Mention(start=s1, end=e1, text="Ada Quill", component=c, label="PERSON", fine_label="PERSON", entity_id=ada.id),
        Mention(start=s2, end=e2, text="Springfield", component=c, label="LOC", fine_label="GPE", entity_id=sp.id),
        Mention(start=s6, end=e6, text="Quill", component=c, label="PERSON", fine_label="PERSON", entity_id=ada.id),
    ])
    place = Place(start=s2, end=e2, text="Springfield", component=c, name="Springfield", lat=39.8017, lon=-89.6437, country="US")
    date = DateMention(start=s3, end=e3, text="Monday", component=c, value="2024-03-04")
    fig = Figure(start=s4, end=e4, text="12", component=c, value=12.0, category="KILL", counted="people")
    doc.add("places", [place])
    doc.add("dates", [date])
    doc.add("figures", [fig])
    doc.add("quotes", [Quote(start=s5, end=e5, text="We will rebuild,", component=c, speaker="Ada Quill",
                             speaker_entity_id=ada.id, speaker_start=s6, speaker_end=e6, cue="said")])
    doc.add("events", [Event(start=s7, end=e7, text=text[s7:e7], component=c, type="ASSAULT", mode="kill",
                             actor="Storm", target="Springfield residents", place="Springfield", place_id=place.id,
                             date="2024-03-04", date_id=date.id, dead=12.0, figure_ids=(fig.id,))])
    doc.add("tone", [Tone(start=0, end=len(text), text=text, component=c, score=-2.5, positive=1.0, negative=3.5)])
    return doc


def story_doc():
    """Another source's report of the hand-made story, two days later, with a higher toll."""
    from newsgraph.records import Entity, Figure

    text = "Springfield storm toll rises\n\nThe Springfield Council and Mayor Ada Quill said 15 people were killed."
    doc = make_doc(text, published="2024-03-07")
    doc.meta["title"] = "Springfield storm toll rises"
    doc.meta["source"] = "Other Wire"
    c = "test@1"
    ents = []
    for name, label in (("Springfield", "LOC"), ("Springfield Council", "ORG"), ("Ada Quill", "PERSON")):
        i = text.index(name)
        ents.append(Entity(start=i, end=i + len(name), text=name, component=c, label=label, name=name))
    doc.add("entities", ents)
    i = text.index("15")
    doc.add("figures", [Figure(start=i, end=i + 2, text="15", component=c, value=15.0, category="KILL", counted="people")])
    return doc


def script_doc():
    doc = make_doc(SCRIPT_TEXT, published="2024-03-06")
    doc.meta["title"] = '<script>alert("title")</script>'
    doc.meta["source"] = "<i>Evil</i>"
    from newsgraph.records import Quote

    s = SCRIPT_TEXT.index("it is")
    e = SCRIPT_TEXT.index(" fine") + 5
    doc.add("quotes", [Quote(start=s, end=e, text=SCRIPT_TEXT[s:e], component="test@1", speaker='"><script>alert(2)</script>')])
    return doc


_BUILT: dict[str, Path] = {}


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, pipeline, shared, settings) -> Path:
    """The seed and six open-corpus articles through the full pipeline, plus two hand-made articles."""
    from newsgraph.ingest import make_document
    from newsgraph.ingest.readers import Article
    from newsgraph.store import Store
    from newsgraph.store.ingest import ingest_documents

    if "store" in _BUILT:  # shared with tests/test_browser.py, which imports this fixture
        return _BUILT["store"]
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    seed = (shared / "corpus" / "seed" / "article.md").read_text(encoding="utf-8")
    docs = [make_document(Article(seed, "markdown", {"published": "2024-01-06", "source": "Seed"}, "seed"))]
    with (shared / "corpus" / "open" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in list(f)[:6]:
            d = json.loads(line)
            meta = {k: d.get(k) for k in ("title", "published", "source", "url") if d.get(k)}
            docs.append(make_document(Article(d["text"], "text", meta, d.get("id", ""))))
    with Store(path) as st:
        summary = ingest_documents(docs, settings, st, pipeline=pipeline)
        assert summary.stored == len(docs), summary.failures
        st.write_batch([handmade_doc(), story_doc(), script_doc()])
    _BUILT["store"] = path
    return path


@pytest.fixture(scope="session")
def client(web_store, tmp_path_factory):
    from fastapi.testclient import TestClient

    from newsgraph.config import Settings
    from newsgraph.web.app import create_app

    cache = tmp_path_factory.mktemp("cache")
    return TestClient(create_app(Settings(store=str(web_store), cache_dir=str(cache))))


@pytest.fixture(scope="session")
def ids(client) -> dict[str, str]:
    arts = client.get("/api/articles", params={"limit": 100}).json()["articles"]
    by_source = {a["source"]: a["id"] for a in arts}
    return {"seed": by_source["Seed"], "hand": by_source["Test Wire"], "script": by_source["<i>Evil</i>"], "any": arts[-1]["id"]}


class Balance(HTMLParser):
    """Checks that every opened span, mark and article closes in order."""

    TRACK = {"span", "mark", "article", "section", "table", "ol", "ul"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        if tag in self.TRACK:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.TRACK:
            self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag


PAGES = ["/", "/articles", "/articles?page=2", "/entities", "/entities?label=PERSON&q=quill", "/search", "/search?q=killed", "/timeline", "/map", "/network", "/stories", "/analyze", "/docs"]
API = ["/api/stats", "/api/articles", "/api/search?q=killed", "/api/events", "/api/entities", "/api/places", "/api/timeline",
       "/api/network", "/api/stories", "/api/records/quotes", "/api/records/figures", "/openapi.json"]


@pytest.mark.parametrize("url", PAGES + API)
def test_route_answers(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]
    if url.startswith("/api/") or url.endswith(".json"):
        assert isinstance(r.json(), dict)
    else:
        assert "<html" in r.text
        assert not re.search(r"""(src|href)=["']https?://""", r.text), "pages must not load anything from the network"


@pytest.mark.parametrize("kind", ["seed", "hand", "script", "any"])
def test_article_routes(client, ids, kind):
    for url in (f"/articles/{ids[kind]}", f"/stories/{ids[kind]}", f"/api/articles/{ids[kind]}", f"/api/stories/{ids[kind]}"):
        r = client.get(url)
        assert r.status_code == 200, (url, r.text[:300])
    page = client.get(f"/articles/{ids[kind]}").text
    checker = Balance()
    checker.feed(page)
    assert checker.ok and not checker.stack


def test_article_highlights_and_hovers(client, ids):
    page = client.get(f"/articles/{ids['hand']}").text
    for css in ("ent-PERSON", "ent-LOC", "place", "date", "figure", "quote", "speaker", "event"):
        assert re.search(rf'class="hl[^"]*\b{css}\b', page), css
    assert "speaker: Ada Quill" in page
    assert "39.8017, -89.6437" in page
    assert "Date: 2024-03-04" in page
    assert "Event: ASSAULT (kill)" in page
    for rid in re.findall(r'data-goto="([0-9a-f]+)"', page):
        assert re.search(rf'data-rid="[^"]*\b{rid}\b', page), rid
    assert len(re.findall(r'data-goto="', page)) == 4
    assert 'class="legend"' in page and "Quotes <span" in page and "Figures <span" in page and "Events <span" in page


def test_seed_article_has_records(client, ids):
    art = client.get(f"/api/articles/{ids['seed']}").json()
    assert art["mentions"] and art["entities"]
    page = client.get(f"/articles/{ids['seed']}").text
    assert page.count('class="hl ent') >= len(art["mentions"]) // 2


def test_article_text_is_escaped(client, ids):
    for url in (f"/articles/{ids['script']}", "/", "/articles", "/search?q=breaking", f"/stories/{ids['script']}"):
        page = client.get(url).text
        assert "<script>alert" not in page, url
        assert "<img src=x" not in page, url
        assert "<i>Evil</i>" not in page, url
    page = client.get(f"/articles/{ids['script']}").text
    assert "&lt;script&gt;alert(" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_search_finds_a_seed_name(client, ids):
    art = client.get(f"/api/articles/{ids['seed']}").json()
    people = [e["name"] for e in art["entities"] if e["label"] == "PERSON" and " " in e["name"]]
    assert people
    name = people[0]
    res = client.get("/api/search", params={"q": name}).json()
    assert ids["seed"] in [h["id"] for h in res["hits"][:3]]
    page = client.get("/search", params={"q": name}).text
    assert f"/articles/{ids['seed']}" in page and "<mark>" in page
    many = client.get("/search", params={"q": "the", "page": 1}).text
    if "next →" in many:
        assert "page=2" in many
    phrase = client.get("/api/search", params={"q": f'"{name}"'}).json()
    assert ids["seed"] in [h["id"] for h in phrase["hits"]]


def test_search_filters(client, ids):
    hit_ids = lambda **p: [h["id"] for h in client.get("/api/search", params=p).json()["hits"]]  # noqa: E731
    assert hit_ids(q="killed", source="Test Wire") == [ids["hand"]]
    assert ids["hand"] in hit_ids(entity="Ada Quill")
    assert ids["hand"] in hit_ids(place="Springfield") and ids["hand"] in hit_ids(country="us")
    assert ids["hand"] in hit_ids(event_type="ASSAULT")
    assert ids["hand"] not in hit_ids(q="killed", **{"from": "2024-03-06"})
    assert ids["hand"] in hit_ids(q="killed", **{"from": "2024-03-05", "to": "2024-03-05"})


def test_search_is_parameterized(client):
    for q in ("'; DROP TABLE docs; --", "\" OR 1=1 --", "%_\\"):
        assert client.get("/api/search", params={"q": q, "entity": q, "source": q}).status_code == 200
    assert client.get("/api/stats").json()["counts"]["articles"] == 10


def test_views_show_records(client, ids):
    assert "ASSAULT" in client.get("/timeline").text
    only = client.get("/timeline", params={"type": "ASSAULT"}).text
    assert "(ASSAULT only)" in only and ">AGREE</a></td>" not in only
    assert "2024-03-04" in client.get("/api/timeline").text
    assert "Springfield" in client.get("/map").text
    net = client.get("/api/network").json()
    assert {"source": "Storm", "target": "Springfield residents", "type": "ASSAULT", "n": 1} in net["acts_on"]
    assert any(e["target"] == "Ada Quill" and e["source"] == "Test Wire" for e in net["quotes"])
    ev = client.get("/api/events", params={"type": "ASSAULT"}).json()["events"]
    assert any(e["lat"] == pytest.approx(39.8017) and str(e["day"]) == "2024-03-04" for e in ev)


def test_missing_article_is_404(client):
    assert client.get("/articles/doesnotexist").status_code == 404
    r = client.get("/api/articles/doesnotexist")
    assert r.status_code == 404 and r.json()["code"] == "NG042"


def test_read_only_refuses_analyze(client):
    r = client.post("/analyze", data={"text": "Some article text."})
    assert r.status_code == 403
    assert 'action="/analyze"' not in client.get("/analyze").text


def test_writable_analyze(web_store, tmp_path, pipeline):
    from fastapi.testclient import TestClient

    from newsgraph.config import Settings
    from newsgraph.web.app import create_app

    path = tmp_path / "w.duckdb"
    shutil.copy(web_store, path)
    app = create_app(Settings(store=str(path), cache_dir=str(tmp_path / "cache")), writable=True)
    app.state.ctx._pipeline = pipeline
    c = TestClient(app)
    assert 'action="/analyze"' in c.get("/analyze").text
    text = "Flooding in Lisbon\n\nHeavy rain flooded Lisbon on Tuesday, the mayor Carlos Moedas said."
    r = c.post("/analyze", data={"text": text, "title": "Flooding in Lisbon", "published": "2024-02-01"}, follow_redirects=False)
    assert r.status_code == 303
    page = c.get(r.headers["location"])
    assert page.status_code == 200 and "Flooding in Lisbon" in page.text
    assert c.get("/api/stats").json()["counts"]["articles"] == 11
    big = c.post("/analyze", files={"file": ("big.txt", b"word " * 300_000, "text/plain")})
    assert big.status_code == 413
    assert c.post("/analyze", data={"text": "   "}).status_code == 400
    latin = "Café owners in Zürich protested on Friday against new rents, the union said.".encode("latin-1")
    up = c.post("/analyze", files={"file": ("cafe.txt", latin, "text/plain")}, follow_redirects=False)
    assert up.status_code == 303 and "Café" in c.get(up.headers["location"]).text
    assert c.post("/analyze", files={"file": ("x.txt", bytes(range(256)) * 4, "text/plain")}).status_code == 400
    from tests.test_inputs_pdf import one_column_pdf

    pdf = c.post("/analyze", files={"file": ("story.pdf", one_column_pdf(), "application/pdf")}, follow_redirects=False)
    assert pdf.status_code == 303, pdf.text
    assert c.post("/analyze", data={"text": text}, headers={"Origin": "http://evil.example"}).status_code == 403


@pytest.mark.parametrize("name", ["events_acled.csv", "articles.gkg.tsv", "articles.csv", "quotes.jsonl", "events.parquet"])
def test_downloads(client, name):
    r = client.get(f"/api/export/{name}")
    assert r.status_code == 200 and r.content
    assert name in r.headers.get("content-disposition", "")
    if name.endswith(".parquet"):
        assert r.content[:4] == b"PAR1"
    if name == "events_acled.csv":
        assert r.text.startswith("event_id_cnty,event_date")


@pytest.mark.parametrize("name", ["secrets.csv", "articles.xml", "../articles.csv", "articles"])
def test_unknown_downloads_are_404(client, name):
    assert client.get(f"/api/export/{name}").status_code == 404


def test_search_page_offers_refinements(client):
    page = client.get("/search", params={"q": "killed"}).text
    assert 'class="facets"' in page and "event_type=ASSAULT" in page and "source=Test+Wire" in page


def test_missing_or_busy_store_is_503(tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.config import Settings
    from newsgraph.store import Store
    from newsgraph.web.app import create_app

    missing = TestClient(create_app(Settings(store=str(tmp_path / "none.duckdb"), cache_dir=str(tmp_path / "c"))))
    r = missing.get("/")
    assert r.status_code == 503 and "newsgraph ingest" in r.text
    assert missing.get("/api/stats").json()["code"] == "NG040"
    assert missing.get("/api/search", params={"q": "x"}).status_code == 503
    path = tmp_path / "busy.duckdb"
    with Store(path):  # a writer holds the file: pages answer 503 instead of failing
        busy = TestClient(create_app(Settings(store=str(path), cache_dir=str(tmp_path / "c"))))
        assert busy.get("/articles").status_code == 503


def test_story_compares_same_story_figures(client, ids):
    data = client.get(f"/api/stories/{ids['hand']}").json()
    other = next(r for r in data["related"] if r["source"] == "Other Wire")
    assert other["shared"] == 3 and data["same"] == [other["id"]]
    assert data["first"]["id"] == ids["hand"]
    assert data["spread"]["KILL"] == [12.0, 13.5, 15.0]
    groups = client.get("/api/stories").json()["stories"]
    hand = next(g for g in groups if g["id"] == ids["hand"])
    assert hand["size"] == 2 and hand["sources"] == ["Other Wire", "Test Wire"]
    assert "Springfield storm toll rises" in client.get("/stories").text
    page = client.get(f"/stories/{ids['hand']}").text
    assert "same story" in page and "low 12, best 13.5, high 15" in page and "First report" in page


def test_articles_by_source(client, ids):
    data = client.get("/api/articles", params={"source": "Test Wire"}).json()
    assert data["total"] == 1 and [a["id"] for a in data["articles"]] == [ids["hand"]]
    page = client.get("/articles", params={"source": "Test Wire"}).text
    assert f"/articles/{ids['hand']}" in page and f"/articles/{ids['seed']}" not in page


def test_entities_page_filters(client):
    page = client.get("/entities", params={"label": "PERSON", "q": "quill"}).text
    assert "Ada Quill" in page and "Springfield Council" not in page
