"""Number expressions: values, scale words, currencies, percent, qualifiers, vague counts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgraph.figures.numbers import scan, words_value


def one(text: str):
    found = scan(text)
    assert len(found) == 1, [text[n.start : n.end] for n in found]
    return found[0]


@pytest.mark.parametrize(
    "text,value",
    [
        ("1,033,000", 1033000), ("3.3 million", 3.3e6), ("two million", 2e6), ("ninety-four", 94),
        ("a dozen", 12), ("one hundred and twenty five", 125), ("half a million", 5e5), ("2.5 billion", 2.5e9),
        ("dozens", 12), ("hundreds", 100), ("thousands", 1000), ("tens of thousands", 1e4),
        ("hundreds of thousands", 1e5), ("1.2m", 1.2e6), ("10k", 1e4), ("two lakh", 2e5), ("5 m", 5),
    ],
)
def test_values(text, value):
    assert one(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text,value,currency",
    [
        ("US$40 billion", 4e10, "USD"), ("$4.6 billion", 4.6e9, "USD"), ("£1.1bn", 1.1e9, "GBP"),
        ("€500,000", 5e5, "EUR"), ("$5m", 5e6, "USD"), ("9.9 billion yuan", 9.9e9, "CNY"), ("26 cents", 26, "USD"),
        ("GB #20.1 billion", 2.01e10, "GBP"), ("around $9.99 US dollars", 9.99, "USD"),
        ("Rs 500 crore", 5e9, "INR"),
    ],
)
def test_money(text, value, currency):
    n = one(text)
    assert n.value == pytest.approx(value)
    assert n.currency == currency
    assert not n.percent


@pytest.mark.parametrize("text,value", [("70%", 70), ("78 percent", 78), ("six per cent", 6), ("half a percent", 0.5), ("4.5 pct", 4.5)])
def test_percent_as_written(text, value):
    n = one(text)
    assert n.percent and n.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text,qualifier",
    [("at least 155,000", "at least"), ("more than 3.3 million", "more than"), ("about 20", "about"),
     ("up to 60", "up to"), ("nearly 24%", "nearly"), ("over 2,400", "more than"), ("fewer than 10", "less than")],
)
def test_qualifiers_are_part_of_the_span(text, qualifier):
    n = one(text)
    assert n.qualifier == qualifier
    assert (n.start, n.end) == (0, len(text))


def test_no_currency_inside_a_word():
    # "recove-rs hundreds": Rs (rupees) only stands alone
    n = one("The Dow recovers hundreds of points")
    assert n.currency is None and n.value == 100


def test_negative_and_glued_numbers():
    assert one("closed at -366.94 points").value == pytest.approx(-366.94)
    assert scan("the A330 and the 3G phone") == []
    assert one("a 60GB iPod").value == 60


def test_words_value_rejects_non_numbers():
    assert words_value("one two") is None
    assert words_value("twenty-five") == 25
    assert words_value("three hundred thousand") == 300000


@given(st.integers(min_value=1000, max_value=10**12))
def test_digits_with_commas_round_trip(n):
    text = f"{n:,} people"
    assert one(text).value == n


_PIECES = list("0123456789 ,.$%-abc\n") + [" million", " two", " half", "at least ", " per cent", "US$"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_scan_spans_are_ordered_and_inside_the_text(text):
    found = scan(text)
    last_end = 0
    for n in found:
        assert 0 <= n.start <= n.num_start < n.num_end <= n.end <= len(text)
        assert n.start >= last_end
        last_end = n.end


def test_finder_works_without_a_parse():
    """Without the spaCy Doc the finder still reads numbers, money and years (no categories)."""
    from newsgraph.figures.component import FigureFinder
    from tests.conftest import make_doc

    doc = make_doc("It cost $5 billion. Some 2,500 troops were sent in 2003.")
    got = {doc.text[f.start : f.end]: (f.category, f.value) for f in FigureFinder().find(doc)}
    assert got == {"$5 billion": ("MONEY", 5e9), "Some 2,500": ("OTHER", 2500)}
