"""Property tests for the TIMEX3 rules (no model: the parse is optional for explicit dates)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.dates.calendar import day_year, month_year, weekday_ref
from newsgraph.dates.timex import find_timexes

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2060, 12, 31))


@settings(max_examples=200, deadline=None)
@given(days, st.sampled_from(["{m} {d}, {y}", "{d} {m} {y}", "on {m} {d}, {y}."]))
def test_explicit_dates_normalise_to_their_iso_day(day, form):
    text = "It happened " + form.format(m=MONTH_NAMES[day.month - 1], d=day.day, y=day.year)
    found, _ = find_timexes(text, dt.date(2024, 1, 6))
    assert [t.value for t in found] == [day.isoformat()]
    assert text[found[0].start : found[0].end].endswith(str(day.year))


@settings(max_examples=200, deadline=None)
@given(days, st.integers(min_value=0, max_value=6))
def test_weekday_ref_stays_within_a_week(anchor, weekday):
    back, ahead = weekday_ref(anchor, weekday, -1), weekday_ref(anchor, weekday, 1)
    assert back.weekday() == weekday == ahead.weekday()
    assert 0 <= (anchor - back).days <= 6 and 0 <= (ahead - anchor).days <= 6


@settings(max_examples=200, deadline=None)
@given(days, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=28),
       st.sampled_from([-1, 0, 1]))
def test_year_guesses_stay_next_to_the_anchor(anchor, month, day, direction):
    assert abs(month_year(anchor, month, direction) - anchor.year) <= 1
    assert abs(day_year(anchor, month, day, direction) - anchor.year) <= 1


WORDS = ["on", "Friday", "last", "week", "May", "3", "2014", "the", "1990s", "ago", "two", "years", "p.m.", "10",
         "early", "more", "than", "quarter", "first", "every", "Monday", "12:30", "UTC", "-", ",", "'90s", "mid-",
         "year-end", "since", "until", "a", "half", "day", "tonight", "now", "recently", "31", "Feb.", "30"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.one_of(st.none(), days))
def test_rules_never_fail_and_spans_stay_inside_the_text(words, anchor):
    text = " ".join(words)
    found, rejected = find_timexes(text, anchor)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    starts = [t.start for t in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
