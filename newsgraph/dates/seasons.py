"""Handlers for seasons and holidays (see ``grammar`` for the handler protocol).

Holiday dates are computed: fixed days, the nth weekday of a month (Thanksgiving, Labor Day,
Memorial Day) and the Gregorian Easter computus (anonymous Gregorian algorithm).
"""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.dates.calendar import day_year
from newsgraph.dates.grammar import Context, Found
from newsgraph.dates.lexicon import HOLIDAYS, SEASON_START, SEASONS


def _season_year(anchor: dt.date, code: str, rel: str, direction: int) -> int:
    start = SEASON_START[code]
    if rel in ("last", "this past", "the past"):
        return anchor.year if start + 3 <= anchor.month else anchor.year - 1
    if rel in ("next", "this coming", "the coming"):
        return anchor.year if start > anchor.month else anchor.year + 1
    if code == "WI" and anchor.month <= 3 and direction <= 0:
        return anchor.year - 1
    if direction < 0 and start > anchor.month:
        return anchor.year - 1
    if direction > 0 and start + 3 <= anchor.month:
        return anchor.year + 1
    return anchor.year


def h_season(m: re.Match[str], ctx: Context) -> Found | None:
    rel = (m["rel"] or "").lower().rstrip("-")
    word = m["s"]
    if not rel and not m["y"]:
        return None
    if word.lower() == "fall" and not m["y"] and rel in ("", "in", "the"):
        tok = ctx.token(m.start("s"))
        if tok is not None and tok.pos_ == "VERB":
            return None
    code = SEASONS[word.lower()]
    nxt = ctx.token(m.end() + 1)
    if (not m["y"] and word[0].isupper() and rel in ("", "the", "in") and ctx.text[m.end() : m.end() + 1] == " "
            and nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"):
        return Found("DATE", f"XXXX-{code}")  # part of a name: "the Winter Olympics"
        return Found("DATE", f"{int(m['y']):04d}-{code}")
    if ctx.anchor is None:
        return Found("DATE", f"XXXX-{code}")
    if rel in ("early", "late", "mid"):
        rel = ""
    y = _season_year(ctx.anchor, code, rel, ctx.direction(m.start(), m.end(), 0))
    return Found("DATE", f"{y:04d}-{code}", relative=True, group=None)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (dt.date(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(y: int) -> dt.date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return dt.date(y, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def holiday_date(name: str, y: int) -> dt.date | None:
    name = name.lower().replace("’", "'")
    if name in HOLIDAYS:
        mo, d = HOLIDAYS[name]
        return dt.date(y, mo, d)
    if name.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 3, 4)
    if name == "labor day":
        return _nth_weekday(y, 9, 0, 1)
    if name == "memorial day":
        return _nth_weekday(y, 5, 0, -1)
    if name == "easter":
        return _easter(y)
    return None


def h_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    name = m["h"]
    if name[0].islower():
        return None
    if m["y"]:
        d = holiday_date(name, int(m["y"]))
        return Found("DATE", d.isoformat()) if d else None
    if ctx.anchor is None:
        return None
    d = holiday_date(name, ctx.anchor.year)
    if d is None:
        return None
    y = day_year(ctx.anchor, d.month, d.day, ctx.direction(m.start(), m.end(), 0))
    d = holiday_date(name, y)
    return Found("DATE", d.isoformat(), relative=True) if d else None
