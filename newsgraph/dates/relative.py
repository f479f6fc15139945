"""Handlers for relative and vague expressions, durations, clock times and sets
(see ``grammar`` for the handler protocol)."""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.dates.absolute import last_quarter, weekday_date
from newsgraph.dates.calendar import fmt, shift
from newsgraph.dates.grammar import REJECT, Context, Found
from newsgraph.dates.lexicon import MODS, MONTHS, NUMBERS, PARTS_OF_DAY, TIME_UNITS, UNITS, WEEKDAYS, number_value

_REFS = {
    "PRESENT_REF": ("right now", "now", "currently", "presently", "nowadays", "at present", "these days",
                    "at the moment", "the present", "for the moment", "the time being"),
    "FUTURE_REF": ("the future", "in the future", "a later date", "the near future", "the near term", "the short term",
                   "the long term"),
}
_FIXED_DAY = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}


def unit_word(word: str) -> str:
    """The singular unit word for "years", "centuries", "millennia", "a decade"."""
    w = word.lower().split()[-1]
    if w == "centuries":
        return "century"
    if w == "millennia":
        return "millennium"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, PT2H, P1E, PXY (``n`` None: unknown quantity)."""
    code = UNITS.get(unit, "X")
    if code == "WE":
        code = "WE"

    if code in ("E", "C") and n is not None:
        code, n = "Y", n * (10 if code == "E" else 100)
    elif code == "E":
        code = "Y"
    if code == "2W":
        code, n = "W", (n * 2 if n is not None else None)
    if n is not None and not float(n).is_integer() and unit in ("hour", "minute"):
        whole, sub = int(n), {"hour": "M", "minute": "S"}[unit]
        return f"PT{whole}{code}{int(round((n - whole) * 60))}{sub}" if whole else f"PT{int(round(n * 60))}{sub}"
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    return f"PT{num}{code}" if unit in TIME_UNITS else f"P{num}{code}"


def _anchor_day(ctx: Context) -> str:
    return ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"


def h_relday(m: re.Match[str], ctx: Context) -> Found | None:
    w = m["w"].lower()
    prev = ctx.prev_word(m.start())
    if prev == "of" or (m["w"][0].isupper() and m.start() > 0 and ctx.text[m.start() - 1] == " "
                        and prev[:1].isalpha() and ctx.text[m.start() - 2] not in ".!?\"'’”:"):
        tok = ctx.token(m.start() - 2)
        if prev == "of" or (tok is not None and tok.pos_ == "PROPN"):
            return None  # "the people of tomorrow", "VOA Today"
    if ctx.anchor is None:
        return Found("DATE", "PRESENT_REF" if w in ("today", "tonight") else None)
    d = (ctx.anchor + dt.timedelta(days=_FIXED_DAY[w])).isoformat()
    if w == "today" and ctx.next_word(m.end()) in ("'s", "’s") and not m["part"]:
        return Found("DATE", d, relative=True)
    if m["part"]:
        return Found("TIME", f"{d}T{PARTS_OF_DAY[m['part'].lower()]}", relative=True)
    if w == "tonight":
        return Found("TIME", f"{d}TNI", relative=True)
    return Found("DATE", d, relative=True)


def h_theday(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.anchor is None:
        return None
    return Found("DATE", ctx.anchor.isoformat(), relative=True, group="w")


def h_earlier(m: re.Match[str], ctx: Context) -> Found | None:
    what, u = m["what"].lower(), m["u"].lower()
    if ctx.anchor is None:
        return None
    if u in PARTS_OF_DAY:
        if what == "this":
            return Found("TIME", f"{ctx.anchor.isoformat()}T{PARTS_OF_DAY[u]}", relative=True)
        return None
    if what == "that":
        return None
    step = {"last": -1, "next": 1}.get(what, 0)
    code = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "E", "century": "C"}[u]
    return Found("DATE", fmt(shift(ctx.anchor, step, code), code), relative=True)


def h_ref(m: re.Match[str], ctx: Context) -> Found | None:
    w = m["w"].lower()
    if w in ("current", "recent", "future"):
        tok = ctx.token(m.start())
        if tok is None or tok.pos_ != "ADJ" or tok.dep_ not in ("amod",):
            return None
        return Found("DATE", {"current": "PRESENT_REF", "recent": "PAST_REF"}.get(w, "FUTURE_REF"))
    for value, words in _REFS.items():
        if w in words:
            if w == "now" and ctx.prev_word(m.start()) in ("until", "till", "from", "by"):
                return Found("DATE", "PRESENT_REF")
            return Found("DATE", value)
    if w == "the past" and ctx.next_word(m.end()) in ("few", "two", "three", "four", "five", "several"):
        return None
    return Found("DATE", "PAST_REF")


_BACK = ("last", "the past", "this past", "the previous", "past", "previous")
_AHEAD = ("next", "the coming", "this coming", "the following", "coming")


def h_lastnext(m: re.Match[str], ctx: Context) -> Found | None:
    rel, u = m["rel"].lower(), m["u"].lower()
    if (rel in ("the coming", "coming") or u in ("decade", "century")) and u not in PARTS_OF_DAY and u != "weekend":
        return Found("DURATION", duration_value(1, u.replace("fiscal ", "")))
    if ctx.anchor is None:
        return Found("DATE", None)
    step = -1 if rel in _BACK else 1 if rel in _AHEAD else 0
    a = ctx.anchor
    if u in PARTS_OF_DAY or u == "night":
        if step < 0 and rel == "last" and u in ("night", "evening"):
            a = a - dt.timedelta(days=1)
        elif step != 0:
            return None
        return Found("TIME", f"{a.isoformat()}T{PARTS_OF_DAY[u]}", relative=True)
    if u == "weekend":
        if step == 0:
            step = ctx.direction(m.start(), m.end(), 1)
            if step < 0 and a.weekday() < 5:
                return Found("DATE", f"{fmt(a - dt.timedelta(days=a.weekday() + 2), 'W')}-WE", relative=True)
            return Found("DATE", f"{fmt(a, 'W')}-WE", relative=True)
        sat = a + dt.timedelta(days=5 - a.weekday())
        return Found("DATE", f"{fmt(sat + dt.timedelta(weeks=step), 'W')}-WE", relative=True)
    code = {"week": "W", "month": "M", "year": "Y", "fiscal year": "Y", "decade": "E", "century": "C"}[u]
    return Found("DATE", fmt(shift(a, step, code), code), relative=True)


def h_ago(m: re.Match[str], ctx: Context) -> Found | None:
    u = unit_word(m["u"])
    n = number_value(m["n"])
    back = m["dir"].lower() in ("ago", "earlier", "before")
    mod = MODS.get((m["mod"] or "").lower())
    if n is None or ctx.anchor is None:
        if m["dir"].lower() in ("before", "after"):
            return None
        return Found("DATE", "PAST_REF" if back else "FUTURE_REF", mod)
    if m["dir"].lower() in ("before", "after"):
        return None
    if m["dir"].lower() in ("earlier", "later") and u in ("day", "night", "week") or u in TIME_UNITS:
        return Found("DURATION", duration_value(n, u), mod)
    code = {"day": "D", "night": "D", "week": "W", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
            "decade": "E", "century": "C", "weekend": "W"}.get(u)
    if code is None:
        return None
    k = n * (2 if u == "fortnight" else 1)
    d = shift(ctx.anchor, -k if back else k, code)
    if code == "Y" and n == 1 and back and ctx.quarterly:
        return Found("DATE", last_quarter(ctx.anchor, 1), mod, relative=True)
    if code == "E":
        return Found("DATE", fmt(d, "Y"), mod, relative=True)
    if code == "W" and k <= 2:
        return Found("DATE", d.isoformat(), mod, relative=True)
    return Found("DATE", fmt(d, code), mod, relative=True)


def h_yearend(m: re.Match[str], ctx: Context) -> Found | None:
    w = m["w"].lower().replace("’", "'")
    what = (m["what"] or "").lower()
    a = ctx.anchor
    if a is None:
        return None
    if w in ("the year before", "the previous year", "the year previous", "the prior year"):
        return Found("DATE", f"{a.year - 1:04d}", relative=True)
    if "weekend" in w:
        direction = ctx.direction(m.start(), m.end(), -1)
        sat = a - dt.timedelta(days=(a.weekday() - 5) % 7) if direction < 0 else a + dt.timedelta(
            days=(5 - a.weekday()) % 7)
        return Found("DATE", f"{fmt(sat, 'W')}-WE", relative=True)
    if "ago" in w or "earlier" in w:
        if what in ("period", "quarter", "results") or ctx.quarterly:
            return Found("DATE", last_quarter(a, 1), relative=True, group=None)
        return Found("DATE", f"{a.year - 1:04d}", relative=True)
    if w == "the year":
        if what in ("ended", "ending"):
            return Found("DURATION", "P1Y", group="w")
        return Found("DATE", f"{a.year:04d}", relative=True, group="w")
    if w in ("year-end", "year's end", "year end"):
        back = ctx.prev_word(m.start()) in ("since", "at", "from") and ctx.direction(m.start(), m.end(), -1) < 0
        return Found("DATE", f"{a.year - (1 if back else 0):04d}-12-31", relative=True)
    if what in ("ended", "ending", "period", "quarter", "results"):
        return Found("DATE", f"{a.year:04d}", "END" if "end" in w else None, relative=True, group="w")
    return Found("DATE", f"{a.year:04d}", "END" if "end" in w else None, relative=True)


def h_agobare(m: re.Match[str], ctx: Context) -> Found | None:
    return Found("DATE", "PAST_REF")


_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
              "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}


def h_set(m: re.Match[str], ctx: Context) -> Found | None:
    q = m["q"].lower()
    u = m["u"]
    if u.lower() in WEEKDAYS and u[0].isupper():
        if q in ("a", "an", "per", "once a", "twice a"):
            return None
        return Found("SET", f"XXXX-WXX-{WEEKDAYS[u.lower()] + 1}")
    if u.lower() in MONTHS and u[0].isupper():
        if q not in ("every", "each"):
            return None
        return Found("SET", f"XXXX-{MONTHS[u.lower()]:02d}")
    unit = unit_word(u)
    if unit not in UNITS:
        return None
    n = number_value(m["n"]) if m["n"] else 1
    if q in ("a", "an", "per"):
        prev = ctx.prev_word(m.start())
        if m["n"]:
            return None
        if prev in ("times", "twice", "once"):
            return Found("SET", duration_value(n, unit))
        if prev in ("percent", "%", "cents", "dollars") or prev.endswith(("illion", "000")) or re.fullmatch(
                r"[\d.,$]+", prev or "x") or (prev in NUMBERS and prev not in ("a", "an")):
            return REJECT  # "$2 million a year", "358,000 a month": a rate, not a time expression
        return None
    return Found("SET", duration_value(n, unit))


def h_setword(m: re.Match[str], ctx: Context) -> Found | None:
    w = m["w"]
    if w[0].isupper() and m.start() > 1 and ctx.text[m.start() - 2] not in ".!?\n\"“":
        return None  # a name: "US Weekly", "Daily et al."
    return Found("SET", _SET_WORDS[w.lower()])


def _clock(h: int, mi: int, ap: str | None) -> str | None:
    if ap:
        ap = ap.lower()[0]
        if h > 12 or h == 0:
            return None
        if ap == "p" and h != 12:
            h += 12
        elif ap == "a" and h == 12:
            h = 0
    if h > 24:
        return None
    return f"{h:02d}:{mi:02d}"


def h_time(m: re.Match[str], ctx: Context) -> Found | None:
    hhmm = _clock(int(m["h"]), int(m["mi"] or 0), m["ap"])
    return Found("TIME", f"{_anchor_day(ctx)}T{hhmm}{_zone(m)}") if hhmm else None


def h_clock(m: re.Match[str], ctx: Context) -> Found | None:
    if not m["tz"] and ctx.prev_word(m.start()) not in ("at", "by", "until", "after", "before", "around", "about"):
        return None
    hhmm = _clock(int(m["h"]), int(m["mi"]), None)
    return Found("TIME", f"{_anchor_day(ctx)}T{hhmm}{_zone(m)}") if hhmm else None


def _zone(m: re.Match[str]) -> str:
    return "Z" if (m["tz"] or "").upper() in ("UTC", "GMT", "Z") else ""


h_mil = h_clock


def h_noon(m: re.Match[str], ctx: Context) -> Found | None:
    w = m["w"].lower()
    return Found("TIME", f"{_anchor_day(ctx)}T{'24:00' if w == 'midnight' else '12:00'}")


def h_wdpart(m: re.Match[str], ctx: Context) -> Found | None:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    d = weekday_date(ctx, wd, m.start(), m.end())
    part = PARTS_OF_DAY[m["part"].lower()]
    if d is None:
        return Found("TIME", f"XXXX-WXX-{wd + 1}T{part}")
    return Found("DATE", d.isoformat(), relative=True)


def h_duration(m: re.Match[str], ctx: Context) -> Found | None:
    if m["old"]:
        return REJECT
    unit = unit_word(m["u"])
    if unit not in UNITS:
        return None
    n_word = m["n"].lower()
    n: float | None = number_value(n_word)
    parts = re.split(r"\s+(?:to|or)\s+", n_word)
    if len(parts) == 2:
        n = number_value(parts[0])
    elif n_word.endswith("1/2"):
        whole = number_value(n_word.split()[0])
        n = whole + 0.5 if whole is not None else None
    if n_word in ("a", "an") and (m["sep"] != " " or unit == "second"):
        return None
    if unit == "quarter" and ctx.next_word(m.end()) in ("of", "") and not m["rel"]:
        return None  # "a quarter of the market", "about a quarter, of"
    if n is None and not re.match(r"several|a few|few|some|many|numerous|a number|dozens|hundreds|thousands|the "
                                  , n_word):
        return None
    if m["u"].lower().endswith("s") and n == 1 and n_word not in ("1",):
        return None
    if n is not None and (m["half"] or m["half2"]):
        n += 0.5
    if n is not None and n >= 1000:
        return None
    return Found("DURATION", duration_value(n, unit), MODS.get((m["mod"] or "").lower()))


def h_durplain(m: re.Match[str], ctx: Context) -> Found | None:
    u = m["u"].lower()
    if " " in u:
        return None
    return Found("DURATION", duration_value(None, unit_word(u)), group="u")


_HALF = {"half an hour": "PT30M", "half a day": "PT12H", "half a year": "P6M", "half a century": "P50Y",
         "half a decade": "P5Y", "a half hour": "PT30M", "a half-hour": "PT30M", "a year and a half": "P18M",
         "an hour and a half": "PT90M", "a day and a half": "PT36H", "a week and a half": "P1.5W",
         "a month and a half": "P1.5M", "a quarter century": "P25Y", "a quarter-century": "P25Y"}


def h_halfdur(m: re.Match[str], ctx: Context) -> Found | None:
    v = _HALF.get(m["w"].lower())
    return Found("DURATION", v, MODS.get((m["mod"] or "").lower())) if v else None
