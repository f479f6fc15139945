"""Dates: TIMEX3 detection and normalisation on hand-built documents."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.dates.calendar import fmt, month_year, shift, weekday_ref
from newsgraph.dates.component import DateFinder
from newsgraph.records.dates import DateMention
from tests.conftest import make_doc


def dates(nlp, text: str, published: str | None = "2024-01-06") -> list[DateMention]:
    doc = make_doc(text, published)
    doc.nlp_doc = nlp(doc.text)
    found = DateFinder().find(doc)
    assert all(isinstance(r, DateMention) for r in found)
    for r in found:
        assert doc.text[r.start : r.end] == r.text
    return found  # type: ignore[return-value]


def one(nlp, text: str, surface: str, published: str | None = "2024-01-06") -> DateMention:
    hits = [r for r in dates(nlp, text, published) if surface in r.text]
    assert hits, f"{surface!r} not found in {text!r}"
    return hits[0]


# ---------------------------------------------------------------- calendar, no model
def test_weekday_ref_on_or_before_and_after():
    sat = dt.date(2024, 1, 6)
    assert weekday_ref(sat, 4, -1) == dt.date(2024, 1, 5)
    assert weekday_ref(sat, 5, -1) == sat
    assert weekday_ref(sat, 5, -1, strict=True) == dt.date(2023, 12, 30)
    assert weekday_ref(sat, 0, 1) == dt.date(2024, 1, 8)


def test_month_year_leans_on_direction():
    jan = dt.date(2024, 1, 6)
    assert month_year(jan, 12, -1) == 2023
    assert month_year(jan, 3, 1) == 2024
    assert month_year(jan, 2, 0) == 2024
    assert month_year(jan, 1, -1, strict=True) == 2023


def test_fmt_and_shift():
    d = dt.date(2024, 1, 6)
    assert fmt(d, "W") == "2024-W01"
    assert fmt(d, "Q") == "2024-Q1"
    assert fmt(shift(d, -1, "M"), "M") == "2023-12"
    assert fmt(d, "E") == "202"


# ---------------------------------------------------------------- with the parse


@pytest.mark.model
@pytest.mark.parametrize(
    "text,surface,value",
    [
        ("The minister announced the decision on Friday.", "Friday", "2024-01-05"),
        ("The strike was launched on Thursday.", "Thursday", "2024-01-04"),
        ("The minister will announce the decision on Monday.", "Monday", "2024-01-08"),
        ("Soldiers were seen there in March, 2021.", "March, 2021", "2021-03"),
        ("A man was shot in Mosul on July 23, 2003.", "July 23, 2003", "2003-07-23"),
        ("Back in August 2016, he said so.", "August 2016", "2016-08"),
        ("The group began a campaign in 2014, overrunning towns.", "2014", "2014"),
        ("Prices fell yesterday.", "yesterday", "2024-01-05"),
        ("Prices fell last week.", "last week", "2023-W52"),
        ("Prices fell two years ago.", "two years ago", "2022"),
        ("Prices fell this month.", "this month", "2024-01"),
        ("Prices rose last year.", "last year", "2023"),
        ("Sales will rise next year.", "next year", "2025"),
        ("In recent weeks, he has voiced his desire.", "In recent weeks", "PAST_REF"),
        ("The company is now profitable.", "now", "PRESENT_REF"),
        ("It may happen in the future.", "the future", "FUTURE_REF"),
        ("Music from the 1990s returned.", "1990s", "199"),
        ("Sales fell in the third quarter, the company said.", "third quarter", "2023-Q3"),
        ("The talks lasted five hours.", "five hours", "PT5H"),
        ("The plan runs for three months.", "three months", "P3M"),
        ("It was built in the 19th century.", "19th century", "18"),
        ("The shop opened last spring.", "last spring", "2023-SP"),
        ("Flights leave every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The bomb exploded at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2024-01-03T22:00"),
        ("The index fell at 16:08 UTC.", "16:08 UTC", "2024-01-06T16:08Z"),
        ("He and his rival meet separately Monday with the envoy.", "Monday", "2024-01-08"),
        ("He said his father would be traveling to Paris Thursday.", "Thursday", "2024-01-11"),
        ("The move follows Tuesday's declaration by the party.", "Tuesday", "2024-01-02"),
        ("Weak banks hurt the index on Friday.", "Friday", "2024-01-05"),
    ],
)
def test_values(nlp, text, surface, value):
    assert one(nlp, text, surface).value == value


@pytest.mark.model
def test_more_than_twenty_years_is_a_duration_with_mod(nlp):
    r = one(nlp, "It has been more than 20 years since the United States invaded Iraq.", "20 years")
    assert (r.text, r.value, r.type, r.mod, r.modifier) == ("more than 20 years", "P20Y", "DURATION", "MORE_THAN",
                                                             "more than")


@pytest.mark.model
def test_early_year_keeps_the_year_and_marks_start(nlp):
    r = one(nlp, "The company will list its shares in early 2014.", "2014", published="2013-06-01")
    assert (r.value, r.mod, r.modifier) == ("2014", "START", "early")


@pytest.mark.model
def test_relative_values_record_their_anchor(nlp):
    r = one(nlp, "The minister resigned on Friday.", "Friday")
    assert r.anchor == "2024-01-06"
    r2 = one(nlp, "The minister resigned in 2014.", "2014")
    assert r2.anchor is None


@pytest.mark.model
def test_without_publication_date_weekdays_stay_unanchored(nlp):
    r = one(nlp, "The minister resigned on Friday.", "Friday", published=None)
    assert r.value == "XXXX-WXX-5"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Prices may rise, analysts said.",
        "A 6-year-old boy was found.",
        "The 52-year-old lawyer resigned.",
        "He sold 2000 shares and 1,500 bonds.",
        "Thousands joined the march on the capital.",
        "MindSpring hosted the site.",
    ],
)
def test_not_dates(nlp, text):
    assert dates(nlp, text) == []


@pytest.mark.model
def test_dates_in_captions_are_found(nlp):
    doc = make_doc("# Title\n\nThe army left.\n\nSoldiers at a base in March, 2021.  \n● AFP\n\nMore text here.",
                   "2024-01-06", fmt="markdown")
    doc.nlp_doc = nlp(doc.text)
    values = {r.value for r in DateFinder().find(doc)}
    assert "2021-03" in values


def test_component_declares_its_contract():
    assert DateFinder.name == "newsgraph.dates"
    assert DateFinder.version == "1"
    assert DateFinder.requires == ("nlp",)
    assert DateFinder.assigns == ("dates",)


@pytest.mark.model
def test_without_metadata_the_dateline_anchors_relative_dates(nlp):
    text = "Markets fall\nTuesday, September 1, 2015\nShares fell on Monday, traders said."
    r = one(nlp, text, "Monday", published=None)
    assert (r.value, r.anchor) == ("2015-08-31", "2015-09-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text,surface,value",
    [
        ("Relatives have until 9 a.m. Tuesday to sign the paper.", "Tuesday", "2024-01-09T09:00"),
        ("In the first quarter of last year, GM lost money.", "first quarter", "2023-Q1"),
        ("The Dow rose 40 points to end the day at 9,500.", "the day", "2024-01-06"),
        ("Kopp fled in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("The index has been falling since 2004. Jobs said so.", "2004", "2004"),
        ("The tanker arrived over the weekend.", "the weekend", "2024-W01-WE"),
        ("The court will rule on April 24.", "April 24", "2024-04-24"),
        ("The court ruled on Dec. 10.", "Dec. 10", "2023-12-10"),
    ],
)
def test_more_values(nlp, text, surface, value):
    assert one(nlp, text, surface).value == value


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The plan would save $500 million a year.",
        "The Russell 2000 Index fell.",
        "About a quarter of the dealers will close.",
        "A second A380 is also travelling to the U.S.",
        "Shares of Eastern Airlines fell.",
    ],
)
def test_more_non_dates(nlp, text):
    assert dates(nlp, text) == []


def test_dateline_helper_takes_the_first_absolute_day():
    from newsgraph.dates.component import dateline
    from newsgraph.dates.grammar import Timex

    items = [Timex(0, 6, "DATE", "2015", None, None, False, "year"),
             Timex(10, 30, "DATE", "2015-09-01", None, None, False, "mdy"),
             Timex(40, 45, "DATE", "2015-08-31", None, None, True, "weekday")]
    assert dateline(items) == dt.date(2015, 9, 1)
    assert dateline([Timex(900, 910, "DATE", "2015-09-01", None, None, False, "mdy")]) is None
