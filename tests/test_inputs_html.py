"""The whole article from an HTML page (newsgraph/ingest/html.py, htmlmeta.py, boilerplate.py).

Every page here is small and synthetic.
"""

from __future__ import annotations

import json

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import Article, make_document
from newsgraph.ingest.boilerplate import is_boilerplate, not_article_reason
from newsgraph.ingest.html import extract_html
from newsgraph.ingest.htmlmeta import PageMeta, choose_title, clean_author, strip_site

PARAS = [
    "The city council of Northvale voted on Tuesday to rebuild the old river bridge, which was closed last "
    "spring after inspectors found cracks in two of its piers.",
    "Work is to start in March and take about eighteen months, the council said in a statement. Ferries will "
    "run every twenty minutes while the bridge is shut.",
    "Shop owners on both banks welcomed the vote but asked for help with the lost trade during the works, "
    "which they said had already cost them customers since the closure.",
    "The mayor, Ellen Ward, said the town would apply for a state grant to cover part of the cost of the "
    "new bridge, which engineers put at 40 million dollars.",
]


def page(
    body: str,
    title: str = "Council votes to rebuild river bridge - Northvale Gazette",
    h1: str | None = "Council votes to rebuild river bridge",
    head: str = "",
) -> str:
    h = f"<h1>{h1}</h1>" if h1 else ""
    return (
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Northvale Gazette'>{head}</head>"
        f"<body><nav><a href='/'>Home</a></nav><article>{h}{body}</article><footer>(c) Northvale Gazette</footer></body></html>"
    )


def paras(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def doc_of(html: str, **meta: str):
    return make_document(Article(html, "html", dict(meta), "<test>"))


def test_headline_is_the_first_block_and_paragraphs_are_kept() -> None:
    doc = doc_of(page(paras(PARAS)))
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] == "headline" and doc.block_text(doc.blocks[0]) == "Council votes to rebuild river bridge"
    assert kinds.count("paragraph") == len(PARAS)
    assert doc.meta["title"] == "Council votes to rebuild river bridge"
    assert doc.meta["paragraphs"] == PARAS
    assert doc.text.startswith("Council votes to rebuild river bridge\n\n")


def test_headline_from_metadata_title_without_site_name() -> None:
    doc = doc_of(page(paras(PARAS), title="Council votes to rebuild river bridge | Northvale Gazette", h1=None))
    assert doc.blocks[0].kind == "headline"
    assert doc.block_text(doc.blocks[0]) == "Council votes to rebuild river bridge"


def test_h1_that_is_a_site_name_or_kicker_is_not_the_headline() -> None:
    html = page(paras(PARAS), title="Council votes to rebuild river bridge - Northvale Gazette", h1="Northvale Gazette")
    assert extract_html(html).title == "Council votes to rebuild river bridge"
    html = page(paras(PARAS), title="Council votes to rebuild river bridge", h1="MIXED FEELINGS")
    assert extract_html(html).title == "Council votes to rebuild river bridge"


@pytest.mark.parametrize(
    "title,site,domain,want",
    [
        ("Brief History of Coffee - Charleston Coffee Roasters", "Charleston Coffee Roasters", None, "Brief History of Coffee"),
        ("Why teams stall | Facet", None, "facet.example.com", "Why teams stall"),
        ("Rust Blog: What do people love about Rust?", "Rust Blog", None, "What do people love about Rust?"),
        ("How Google runs AI - SiliconANGLE", None, "siliconangle.com", "How Google runs AI"),
        ("AWS vs Azure - the big 3 compared", None, "example.org", "AWS vs Azure - the big 3 compared"),
        ("The Fold-and-Cut Problem (Erik Demaine)", None, "erikdemaine.org", "The Fold-and-Cut Problem"),
    ],
)
def test_strip_site(title: str, site: str | None, domain: str | None, want: str) -> None:
    assert strip_site(title, site, domain) == want


def test_choose_title_prefers_agreeing_h1() -> None:
    meta = PageMeta(h1=["New Year, New Smile: Top Dental Resolutions for 2025"], og_title="Top Dental Resolutions for a Smile in 2025")
    assert choose_title(meta, None, None) == "New Year, New Smile: Top Dental Resolutions for 2025"
    meta = PageMeta(h1=["Yoga Pathways"], og_title="Yoga Won't Fix the Plumbing | Yoga Pathways", site_name="Yoga Pathways")
    assert choose_title(meta, None, None) == "Yoga Won't Fix the Plumbing"


@pytest.mark.parametrize(
    "raw,want",
    [
        ("Account You're logged", None),
        ("Dmoran Com", None),
        ("Malcolm Harris; January", "Malcolm Harris"),
        ("By Jane Doe", "Jane Doe"),
        ("Updated March", None),
        ("Dec", None),
        ("CM Craig McCarthy Last updated", "Craig McCarthy"),
        ("desk@example.com", None),
        ("Help Net Security", "Help Net Security"),
        ("Dylan Bailey, MS, RD, FAND", "Dylan Bailey, MS, RD, FAND"),
    ],
)
def test_clean_author(raw: str, want: str | None) -> None:
    assert clean_author(raw) == want


def test_author_from_json_ld_kept_as_written() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes to rebuild river bridge",
          "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Jo Park"}]}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script><meta name='author' content='Account You are logged'>"
    assert extract_html(page(paras(PARAS), head=head)).author == "Ann Lee, Jo Park"
    head = "<meta name='author' content='Dmoran Com'>"
    assert extract_html(page(paras(PARAS), head=head)).author is None


def test_embedded_tweet_is_its_own_block() -> None:
    tweet = (
        "<blockquote class='twitter-tweet'><p lang='en'>The bridge vote passed 7 to 2 tonight, a big day for the town."
        "</p>&mdash; Northvale Council (@northvale) <a href='https://twitter.com/x/status/1'>May 1, 2024</a></blockquote>"
    )
    body = f"<p>{PARAS[0]}</p>{tweet}<p>{PARAS[1]}</p><p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
    doc = doc_of(page(body))
    embeds = [b for b in doc.blocks if b.kind == "embed"]
    assert len(embeds) == 1 and "passed 7 to 2" in doc.block_text(embeds[0])
    # listed in order among the paragraphs (the page shows it as part of the article), never glued into one
    assert [p for p in doc.meta["paragraphs"] if "passed 7 to 2" not in p] == PARAS
    assert sum("passed 7 to 2" in p for p in doc.meta["paragraphs"]) == 1
    assert all(not b.kind == "paragraph" or "passed 7 to 2" not in doc.block_text(b) for b in doc.blocks)
    order = [b.kind for b in doc.blocks]
    assert order.index("embed") == 2  # headline, first paragraph, the tweet where it stood


def test_boilerplate_lines_dropped() -> None:
    junk = ["- Tweet", "- Digg this", "1 of 18.", "Loading Photo Gallery", "Sign up for our morning newsletter",
            "READ MORE: Storm closes coastal road", "Advertisement", "Topics: Local politics, Bridges, Council",
            "Filed under: Northvale"]
    body = paras(PARAS[:2]) + "".join(f"<p>{j}</p>" for j in junk) + paras(PARAS[2:])
    doc = doc_of(page(body))
    for j in junk:
        assert j.lstrip("- ") not in doc.text
    assert doc.meta["paragraphs"] == PARAS


@pytest.mark.parametrize(
    "line",
    [
        "The share of voters rose to 40%.",
        "Next year the council will vote again.",
        "Print shops closed.",
        "Officials will get a briefing on Monday.",
        "The mayor said 40 residents signed up for the newsletter last week.",
        "Related talks will continue in May.",
        "Topics: the council discussed the bridge and the budget.",
    ],
)
def test_sentences_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_error_consent_and_paywall_pages_refused() -> None:
    html = page("<p>Sorry, the page you are looking for does not exist or has been moved.</p>",
                title="Page not found | Northvale Gazette", h1="404 - Page not found")
    with pytest.raises(InputError) as err:
        extract_html(html)
    assert err.value.code == "NG011"
    consent = page("<p>We use cookies to improve your experience. Manage your preferences or accept all cookies.</p>",
                   title="Before you continue", h1=None)
    with pytest.raises(InputError) as err:
        extract_html(consent)
    assert err.value.code == "NG011"
    assert not_article_reason(["Bridge"], "Subscribe to continue reading. Already a subscriber? Sign in.") == "a paywall page"
    # a long article that mentions cookies and subscribers is an article
    assert not_article_reason(["Bridge"], " ".join(PARAS * 3) + " We use cookies. Already a subscriber?") is None
    assert not_article_reason(["Missing hiker not found after storm"], "Rescuers searched the hills on Monday.") is None


def test_offsets_point_into_the_extracted_text() -> None:
    doc = doc_of(page(paras(PARAS)))
    for b in doc.blocks:
        s, e = doc.source_span(b.start, b.end)
        assert doc.source_text[s:e] == doc.text[b.start : b.end]


def test_author_segment_naming_the_site_removed() -> None:
    meta = PageMeta(ld_authors=["David Jackson - FullStack Editorial Team"], domain="www.fullstack.com")
    from newsgraph.ingest.htmlmeta import choose_author

    assert choose_author(meta, None, None, None) == "David Jackson"
    meta = PageMeta(ld_authors=["Help Net Security"], domain="www.helpnetsecurity.com")
    assert choose_author(meta, None, None, None) == "Help Net Security"


def test_paragraphs_without_end_punctuation_stay_apart() -> None:
    items = [
        "Ferries will run every twenty minutes while the bridge is shut, the operator said on Monday and",
        "shop owners on both banks welcomed the vote but asked for help with the lost trade during the works",
        "The mayor said the town would apply for a state grant to cover part of the cost of the new bridge",
    ]
    doc = doc_of(page(paras(PARAS[:2] + items)))
    assert doc.meta["paragraphs"] == PARAS[:2] + items
    assert [b.kind for b in doc.blocks].count("paragraph") == 5


def test_error_page_file_is_a_failure_with_ng011(tmp_path) -> None:
    from newsgraph.config import Settings
    from newsgraph.ingest import documents_from_paths
    from newsgraph.ingest.readers import Failure

    path = tmp_path / "missing.html"
    path.write_text(page("<p>Sorry, we can't find that page. It may have been moved or deleted.</p>",
                         title="404 Not Found", h1="Page not found"), encoding="utf-8")
    (item,) = documents_from_paths([str(path)], Settings())
    assert isinstance(item, Failure) and item.error.code == "NG011" and "error page" in str(item.error)


def test_author_from_by_line_and_labelled_meta() -> None:
    byline = "<p class='meta'><span>08/29/2023</span> <span> By <a href='/people/ann-lee'>Ann Lee</a> </span></p>"
    assert extract_html(page(byline + paras(PARAS))).author == "Ann Lee"
    written = paras(PARAS) + "<h3>Written by Jo Park</h3><p>Jo Park covers the council.</p>"
    assert extract_html(page(written)).author == "Jo Park"
    head = "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Ann Lee'>"
    assert extract_html(page(paras(PARAS), head=head)).author == "Ann Lee"
    # "By 2030" and "by the river" are no bylines
    assert extract_html(page("<p>By 2030</p><p>by the river</p>" + paras(PARAS))).author is None


def test_headline_below_a_kicker_is_kept_once_and_first() -> None:
    from newsgraph.ingest.html import _compose

    text, _, headline = _compose("Council votes to rebuild river bridge", ["MIXED FEELINGS", "Council votes to rebuild river bridge", PARAS[0]], [])
    assert headline == "Council votes to rebuild river bridge"
    assert text == f"Council votes to rebuild river bridge\n\nMIXED FEELINGS\n\n{PARAS[0]}"


def test_consent_wall_without_article_body() -> None:
    wall = (
        "<html><head><title>news.example</title></head><body><div class='overlay'><h2>We value your privacy</h2>"
        "<p>We and our partners use cookies to store and access information on your device.</p>"
        "<button>Accept all</button><button>Manage preferences</button></div></body></html>"
    )
    with pytest.raises(InputError) as err:
        extract_html(wall)
    assert err.value.code == "NG011" and "consent" in str(err.value)


def test_short_article_under_a_cookie_line_is_an_article() -> None:
    body = PARAS[0] + "\nWe use cookies on this site."
    assert not_article_reason(["Bridge"], body) is None
    teaser = PARAS[0] + "\nSubscribe to continue reading."
    assert not_article_reason(["Bridge"], teaser) is None


def _ld_page(body_html: str, article_body: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council votes to rebuild river bridge",
          "articleBody": article_body}
    return page(body_html, head=f"<script type='application/ld+json'>{json.dumps(ld)}</script>")


def test_publisher_article_body_when_trafilatura_kept_a_part_or_ran_it_together() -> None:
    more = [f"Speaker {n} at the hearing asked the council to keep one lane open for cyclists and walkers during "
            f"the works, and to publish the timetable for the ferries before the end of the month." for n in range(4)]
    html = _ld_page(paras(PARAS[:1]), "\n".join(PARAS + more))
    art = extract_html(html)
    assert art.body_from == "json-ld"
    assert art.text.count("\n\n") == len(PARAS + more)  # headline + one block per line of the articleBody
    assert doc_of(html).meta["paragraphs"] == PARAS + more
    # an articleBody about something else, or no longer than the page's text, is not used
    other = " ".join(["Tickets for the summer concert series go on sale on Friday at the town hall."] * 20)
    assert extract_html(_ld_page(paras(PARAS[:1]), other)).body_from == "trafilatura"
    assert extract_html(_ld_page(paras(PARAS), " ".join(PARAS))).body_from == "trafilatura"
