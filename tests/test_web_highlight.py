"""The highlighter: nested and crossing spans stay well-formed, text and titles are escaped."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st


def spans_of(html: str) -> list[tuple[str, str]]:
    """(class, text) per span, by parsing the HTML back; asserts that tags balance."""

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.out, self.text = [], [], []

        def handle_starttag(self, tag, attrs):
            assert tag == "span"
            self.stack.append([dict(attrs)["class"], ""])

        def handle_endtag(self, tag):
            cls, txt = self.stack.pop()
            self.out.append((cls, txt))

        def handle_data(self, data):
            self.text.append(data)
            for s in self.stack:
                s[1] += data

    p = P()
    p.feed(html)
    p.close()
    assert not p.stack
    return p.out


def test_nested_and_crossing():
    from newsgraph.web.highlight import Span, render

    text = "abcdefghij"
    html = render(text, [Span(0, 6, "events", "event"), Span(2, 4, "dates", "date"), Span(4, 9, "quotes", "quote")])
    got = spans_of(str(html))
    joined = {}
    for cls, t in got:
        joined[cls] = joined.get(cls, "") + t
    assert joined == {"event": "abcdef", "date": "cd", "quote": "efghi"}


def test_escapes_text_and_titles():
    from newsgraph.web.highlight import Span, render

    text = '<script>alert("x")</script> & more'
    html = str(render(text, [Span(0, 8, "quotes", "quote", title='"><img onerror=alert(1)>')]))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&amp; more" in html


def test_same_range_merges_classes_and_titles():
    from newsgraph.web.highlight import Span, render

    html = str(render("Paris is nice", [Span(0, 5, "mentions", "hl ent ent-LOC", "LOC (GPE)"),
                                         Span(0, 5, "places", "hl place", "Place: Paris (FR)")]))
    assert html.count("<span") == 1 and "ent-LOC" in html and "place" in html
    assert "LOC (GPE)\nPlace: Paris (FR)" in html


def test_out_of_range_spans_are_dropped():
    from newsgraph.web.highlight import Span, render

    assert str(render("abc", [Span(2, 9, "dates", "date"), Span(1, 1, "dates", "date")])) == "abc"


def test_describe_details():
    from newsgraph.web.highlight import describe

    assert describe("places", {"name": "Kyiv", "country": "UA", "lat": 50.45, "lon": 30.5236}) == "Place: Kyiv (UA) · 50.4500, 30.5236"
    assert describe("dates", {"value": "2024-01-05", "type": "DATE"}) == "Date: 2024-01-05 (DATE)"
    assert describe("quotes", {"speaker": "Jane Roe", "cue": "said"}) == "Quote · speaker: Jane Roe · cue: said"
    ev = describe("events", {"type": "PROTEST", "actor": "workers", "target": None, "dead": 2.0, "negated": True})
    assert ev == "Event: PROTEST · workers → ? · dead: 2 · negated"


@given(st.text(min_size=1, max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(
    ["events", "quotes", "mentions", "places", "dates", "figures"])), max_size=8))
def test_any_spans_render_well_formed(text, raw):
    from newsgraph.web.highlight import Span, render

    spans = [Span(min(a, b), max(a, b), k, k) for a, b, k in raw]
    html = str(render(text, spans))
    spans_of(html)
    import html as h

    stripped = HTMLParser()
    out = []
    stripped.handle_data = out.append  # type: ignore[method-assign]
    stripped.feed(html)
    stripped.close()
    assert "".join(out) == text or h.unescape("".join(out)) == text


def test_low_best_high():
    from newsgraph.web.stories import low_best_high

    assert low_best_high([12.0, None, 15.0, 40.0]) == (12.0, 15.0, 40.0)
    assert low_best_high([None]) is None


def test_same_story_needs_dates_and_names():
    import datetime as dt

    from newsgraph.web.stories import same_story

    art = {"published": dt.date(2024, 1, 6)}
    assert same_story(art, {"published": dt.date(2024, 1, 10), "shared": 3})
    assert not same_story(art, {"published": dt.date(2024, 2, 10), "shared": 5})
    assert not same_story(art, {"published": dt.date(2024, 1, 6), "shared": 2})
    assert not same_story({"published": None}, {"published": dt.date(2024, 1, 6), "shared": 9})


def test_map_fits_the_points():
    from newsgraph.web.svg import H, W, fit_box, map_svg

    assert fit_box([]) == (0.0, 0.0, float(W), float(H))
    x, y, w, h = fit_box([{"lat": 33.3, "lon": 44.4}, {"lat": 36.3, "lon": 43.1}])
    assert 0 < w < W / 4 and abs(w / h - W / H) < 0.01
    px, py = (44.4 + 180) * W / 360, (90 - 33.3) * H / 180
    assert x <= px <= x + w and y <= py <= y + h
    assert fit_box([{"lat": 60, "lon": -150}, {"lat": -40, "lon": 170}]) == (0.0, 0.0, float(W), float(H))
    svg = str(map_svg([{"lat": 33.3, "lon": 44.4, "n": 2, "label": "<b>x</b>", "href": "/search?place=x"}], {"IQ"}, fit=True))
    assert "&lt;b&gt;x&lt;/b&gt;" in svg and 'href="/search?place=x"' in svg and "land hot" in svg
