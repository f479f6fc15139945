"""The figures component on hand-built documents: what counts as a figure and what it counts."""

from __future__ import annotations

import pytest

from tests.conftest import make_doc

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def figures(settings, nlp):
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline.from_settings(settings, ["newsgraph.nlp.v1", "newsgraph.figures.v1"])

    def run(text: str, published: str | None = "2024-01-06"):
        doc = pipe(make_doc(text, published))
        return doc, doc.get("figures")

    return run


def by_text(doc, figs):
    return {doc.text[f.start : f.end]: f for f in figs}


def test_people_counts_get_their_category(figures):
    doc, figs = figures(
        "The bombing killed at least 28 people and wounded 40 others. Police arrested 12 suspects. "
        "The fighting displaced more than 3.3 million Iraqis. The US keeps 2,500 troops there. "
        "Gunmen kidnapped 16 aid workers. Thousands of demonstrators marched in the capital."
    )
    got = {doc.text[f.start : f.end]: (f.value, f.category) for f in figs}
    assert got["at least 28"] == (28, "KILL")
    assert got["40"] == (40, "WOUND")
    assert got["12"] == (12, "ARREST")
    assert got["more than 3.3 million"] == (3.3e6, "DISPLACE")
    assert got["2,500"] == (2500, "TROOPS")
    assert got["16"] == (16, "KIDNAP")
    assert got["Thousands"] == (1000, "PROTEST")


def test_qualifier_counted_noun_and_scope(figures):
    doc, figs = figures(
        "The war caused at least 155,000 deaths until 2017, with some estimates putting the toll at 1,033,000 deaths."
    )
    f = by_text(doc, figs)
    assert f["at least 155,000"].qualifier == "at least"
    assert f["at least 155,000"].counted == "deaths"
    assert f["at least 155,000"].category == "KILL"
    assert f["1,033,000"].scope == "estimate"
    assert f["1,033,000"].source == "some estimates"


def test_agent_and_objects_are_told_apart(figures):
    doc, figs = figures("Two suicide bombers killed 23 people. Israel will evacuate all 21 settlements.")
    f = by_text(doc, figs)
    assert f["Two"].category == "OTHER"
    assert f["23"].category == "KILL"
    assert f["21"].category == "OTHER"


def test_money_and_percent(figures):
    doc, figs = figures("Airbus won a US$40 billion contract and its shares rose 4.5% while sales fell 78 percent.")
    f = by_text(doc, figs)
    assert (f["US$40 billion"].category, f["US$40 billion"].value, f["US$40 billion"].unit) == ("MONEY", 4e10, "USD")
    assert (f["4.5%"].category, f["4.5%"].value) == ("PERCENT", 4.5)
    assert f["78 percent"].value == 78


@pytest.mark.parametrize(
    "text",
    [
        "The 2003 invasion ended in 2011.",
        "He arrived on June 18 at 18:00 UTC.",
        "The 3rd Battalion and the 21st century.",
        "The talks lasted two years and the flight took 12 hours.",
        "Barra, 51, will lead the company. Jobs died aged 56.",
        "The Boeing 737 and the FTSE 100 index, Resolution 2254 and flight 447.",
        "One of them said the two leaders met at one point.",
        "Call 910-432-3383 or see note [2].",
        "Coordinates: 33°47′N 44°30′E",
    ],
)
def test_not_figures(figures, text):
    doc, figs = figures(text)
    assert [doc.text[f.start : f.end] for f in figs] == []


def test_vague_quantities_count_people_only(figures):
    doc, figs = figures("Dozens of people were killed. The index recovered hundreds of points.")
    f = by_text(doc, figs)
    assert f["Dozens"].value == 12 and f["Dozens"].category == "KILL"
    assert "hundreds" not in f


def test_inside_quote_from_quote_marks(figures):
    doc, figs = figures('"We drove two million refugees into Europe," he said. About 300 people attended.')
    f = by_text(doc, figs)
    assert f["two million"].inside_quote and f["two million"].category == "REFUGEE"
    assert not f["About 300"].inside_quote


def test_ranges_are_one_figure(figures):
    doc, figs = figures("The company will cut 25,000 to 30,000 jobs.")
    assert len(figs) == 1
    assert (figs[0].value, figs[0].high, figs[0].form) == (25000, 30000, "range")


def test_figures_point_at_their_text(figures):
    doc, figs = figures("More than 5,000 soldiers and about 300 tanks crossed; 12 people died.")
    assert figs
    for f in figs:
        assert doc.text[f.start : f.end] == f.text
        if f.counted is not None:
            assert doc.text[f.counted_start : f.counted_end] == f.counted


def test_changes_are_not_ranges(figures):
    doc, figs = figures("Revenue rose 13% to $77.3 million. The stock fell 75 cents to $52.25.")
    got = [(doc.text[f.start : f.end], f.category) for f in figs]
    assert ("13%", "PERCENT") in got
    assert ("$77.3 million", "MONEY") in got
    assert ("75 cents", "MONEY") in got and ("$52.25", "MONEY") in got
    assert all(f.high is None for f in figs)


def test_money_carries_over_to_a_bare_scaled_number(figures):
    doc, figs = figures("GM asked for an additional US$5 billion in aid on top of the four billion it has received.")
    f = by_text(doc, figs)
    assert f["four billion"].category == "MONEY" and f["four billion"].value == 4e9


def test_one_counts_only_in_a_toll(figures):
    doc, figs = figures("In one case, one official said the bombing killed one soldier.")
    assert [(doc.text[f.start : f.end], f.category, f.value) for f in figs] == [("one", "KILL", 1)]


@pytest.mark.parametrize(
    "text,category",
    [("Gunmen took 30 people hostage.", "KIDNAP"), ("At least 15 people were taken hostage.", "KIDNAP"),
     ("The cyclone left 10,000 people dead.", "KILL"), ("Over 345 pilgrims have been killed in a stampede.", "KILL"),
     ("Rebels have kidnapped up to 16 Russian civilian advisers.", "KIDNAP"),
     ("The US will send 2,000 military personnel.", "TROOPS"), ("The hospital has 300 medical staff.", "OTHER"),
     ("At least 10 U.S. Marines and an unknown number of Iraqi soldiers died.", "KILL")],
)
def test_category_from_the_predicate(figures, text, category):
    doc, figs = figures(text)
    assert [f.category for f in figs] == [category]


def test_small_definite_counts_kept_in_a_toll(figures):
    doc, figs = figures("All three soldiers were killed. The two leaders met.")
    assert [(doc.text[f.start : f.end], f.category) for f in figs] == [("three", "KILL")]


def test_inches_are_not_quote_marks_and_dates_do_not_swallow_counts(figures):
    doc, figs = figures('It has 15" or 17" displays. He said: "We lost 20 men." Later 30 more died in the last half of 1989.')
    got = {doc.text[f.start : f.end]: f.inside_quote for f in figs}
    assert got == {"15": False, "17": False, "20": True, "30": False}


def test_model_numbers_before_a_name(figures):
    doc, figs = figures("Boeing rolls out its first 787 Dreamliner. Accompanying the jets were 300 ANG Airmen.")
    assert [doc.text[f.start : f.end] for f in figs] == ["300"]


@pytest.mark.parametrize(
    "text", ["I am 61 now, so I started early.", "At the age of 40 he was famous.", "Reagan won in 80 and 84."]
)
def test_more_ages_and_short_years(figures, text):
    doc, figs = figures(text)
    assert [doc.text[f.start : f.end] for f in figs] == []


@pytest.mark.parametrize(
    "text,category",
    [("The death toll rose to 55 people.", "KILL"), ("The number of refugees reached 2 million.", "REFUGEE"),
     ("Casualties numbered 30.", "KILL"), ("Refugees in the camp received 300 tents.", "OTHER")],
)
def test_category_from_the_subject(figures, text, category):
    doc, figs = figures(text)
    assert [f.category for f in figs] == [category]


def test_counted_phrase_stops_at_a_line_break(figures):
    doc, figs = figures("Ryanair exercises options on five Boeing 737s\n\nIrish low cost airline Ryanair said so.")
    assert [f.counted for f in figs] == ["Boeing 737s"]
