"""Handlers for calendar expressions: explicit dates, months, years, decades, quarters,
seasons, holidays and weekdays (see ``grammar`` for the handler protocol)."""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.dates.calendar import FUTURE, PAST, PRESENT, day_year, fmt, month_year, scheduled_present, weekday_ref
from newsgraph.dates.grammar import REJECT, Context, Found
from newsgraph.dates.lexicon import MONTHS, ORDINALS, WEEKDAYS

_YEAR_PREV = frozenset({"in", "since", "by", "until", "till", "before", "after", "during", "early", "late", "mid",
                        "fiscal", "through", "circa", "from", "of", "between", "and", "to", "year", "the", "summer",
                        "spring", "autumn", "winter", "fall", "c", "ca", "around", "about", "for", "than", "'s"})
_NOT_YEAR_NEXT = frozenset({"people", "troops", "soldiers", "workers", "jobs", "units", "employees", "members",
                            "deaths", "cases", "times", "students", "points", "feet", "meters", "metres", "miles",
                            "km", "tons", "tonnes", "pounds", "dollars", "euros", "barrels", "homes", "cars",
                            "votes", "acres", "hectares", "shares", "residents", "children", "men", "women",
                            "million", "billion", "percent"})
ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}


def month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _year(y: str, anchor: dt.date | None) -> int:
    y = y.lstrip("'’")
    if len(y) == 2:
        n = int(y)
        base = anchor.year if anchor else 2000
        return 2000 + n if 2000 + n <= base + 5 else 1900 + n
    return int(y)


def _day(mon: int, d: int, y: int | None, ctx: Context, s: int, e: int) -> Found | None:
    if y is None:
        if ctx.anchor is None:
            return Found("DATE", f"XXXX-{mon:02d}-{d:02d}")
        y = day_year(ctx.anchor, mon, d, ctx.direction(s, e, 0))
        try:
            return Found("DATE", dt.date(y, mon, d).isoformat(), relative=True)
        except ValueError:
            return None
    try:
        return Found("DATE", dt.date(y, mon, d).isoformat())
    except ValueError:
        return None


def h_iso(m: re.Match[str], ctx: Context) -> Found | None:
    try:
        return Found("DATE", dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat())
    except ValueError:
        return None


def h_slash(m: re.Match[str], ctx: Context) -> Found | None:
    mo, d = int(m["m"]), int(m["d"])
    if mo > 12 and d <= 12:
        mo, d = d, mo
    return _day(mo, d, _year(m["y"], ctx.anchor), ctx, m.start(), m.end())


def h_mdy(m: re.Match[str], ctx: Context) -> Found | None:
    d = int(re.sub(r"\D", "", m["d"]))
    mon = month_num(m["mon"])
    if m["mon"] in ("May", "March", "MAY", "MARCH") and not m["y"] and ctx.next_word(m.end()) in ("percent", "%"):
        return None
    return _day(mon, d, int(m["y"]) if m["y"] else None, ctx, m.start(), m.end())


h_dmy = h_mdy


def h_my(m: re.Match[str], ctx: Context) -> Found | None:
    return Found("DATE", f"{int(m['y']):04d}-{month_num(m['mon']):02d}")


def _propn(m: re.Match[str], ctx: Context, group: str) -> bool:
    tok = ctx.token(m.start(group))
    return tok is None or tok.pos_ == "PROPN" or tok.ent_type_ == "DATE"


def h_month(m: re.Match[str], ctx: Context) -> Found | None:
    word = m["mon"].lower()
    if word in ("may", "march") and not _propn(m, ctx, "mon"):
        return None
    if word == "may" and ctx.prev_word(m.start()) in ("", "i", "we", "you", "they", "it", "he", "she"):
        return None
    if ctx.prev_word(m.start()) in ("the", "a") and ctx.next_word(m.end()) in ("of", "for", "on", "to"):
        return None  # "the March for Life"
    mon = month_num(m["mon"])
    tok = ctx.token(m.start("mon"))
    if ctx.anchor is None or (tok is not None and tok.dep_ == "nsubj" and ctx.tense(m.start(), m.end()) == PRESENT):
        return Found("DATE", f"XXXX-{mon:02d}")  # "October is National Magic Month"
    ahead = _UNTIL.search(ctx.text[max(0, m.start() - 40) : m.start()]) and not _PLUPERFECT.search(
        ctx.text[m.start() : m.start() + 60])
    y = month_year(ctx.anchor, mon, 1 if ahead else ctx.direction(m.start(), m.end(), 0))
    return Found("DATE", f"{y:04d}-{mon:02d}", relative=True)


def h_monthrel(m: re.Match[str], ctx: Context) -> Found | None:
    mon = month_num(m["mon"])
    if ctx.anchor is None:
        return Found("DATE", f"XXXX-{mon:02d}")
    y = ctx.anchor.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    return Found("DATE", f"{y:04d}-{mon:02d}", relative=True)


def h_relmonth(m: re.Match[str], ctx: Context) -> Found | None:
    rel = m["rel"].lower().rstrip("-")
    if rel in ("early", "late", "mid"):
        return None  # the plain month plus a prefix modifier
    mon = month_num(m["mon"])
    if ctx.anchor is None:
        return Found("DATE", f"XXXX-{mon:02d}")
    if rel in ("last", "this past", "the previous"):
        y = month_year(ctx.anchor, mon, -1, strict=True)
    elif rel in ("next", "this coming", "the coming", "the following"):
        y = month_year(ctx.anchor, mon, 1, strict=True)
    elif rel == "that":
        return None
    else:
        y = ctx.anchor.year
    return Found("DATE", f"{y:04d}-{mon:02d}", relative=True)


def _decade_value(n: int, digits: int, ctx: Context) -> str:
    if digits >= 3:
        return f"{n // 10:03d}"
    base = ctx.anchor.year if ctx.anchor else 2000
    year = 2000 + n if 2000 + n <= base else 1900 + n
    return f"{year // 10:03d}"


def _decade_mod(mod: str | None) -> str | None:
    return {"early": "START", "mid": "MID", "late": "END"}.get((mod or "").lower())


def h_decade(m: re.Match[str], ctx: Context) -> Found | None:
    raw = m["dec"].lstrip("'’")
    if len(raw) == 2 and m["dec"][0] not in "'’" and not m.group(0).lower().startswith("the"):
        return None  # "in their 50s"
    return Found("DATE", _decade_value(int(raw), len(raw), ctx), _decade_mod(m["mod"]))


def h_decadeword(m: re.Match[str], ctx: Context) -> Found | None:
    n = DECADE_WORDS[m["dec"].lower()] * 10
    return Found("DATE", _decade_value(n, 2, ctx), _decade_mod(m["mod"]))


def h_century(m: re.Match[str], ctx: Context) -> Found | None:
    word = m["n"].lower()
    n = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if n <= 0 or n > 21:
        return None
    return Found("DATE", f"{n - 1:02d}")


def h_yearword(m: re.Match[str], ctx: Context) -> Found | None:
    return Found("DATE", m["y"])


h_fiscal = h_yearword


def h_spelledyear(m: re.Match[str], ctx: Context) -> Found | None:
    if m["k"]:
        return Found("DATE", f"{2000 + ONES.get((m['ko'] or '').lower(), 0)}")
    c = 19 if m["c"].lower() == "nineteen" else 18
    d = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5,
                                                                  "sixty": 6, "seventy": 7, "eighty": 8,
                                                                  "ninety": 9}[m["d"].lower()]
    o = ONES.get((m["o"] or "").lower(), 0)
    return Found("DATE", f"{c}{d}{o}")


def h_year(m: re.Match[str], ctx: Context) -> Found | None:
    y = int(m["y"])
    if m.start() > 1 and ctx.text[m.start() - 1] == "-" and ctx.text[m.start() - 2].isdigit():
        return None
    if ctx.anchor is not None and y > ctx.anchor.year + 50:
        return None
    label = ctx.ent_label(m.start(), m.end())
    nxt = ctx.next_word(m.end())
    if nxt in _NOT_YEAR_NEXT:
        return None
    prev_tok, next_tok = ctx.token(m.start() - 2), ctx.token(m.end() + 1)
    if (prev_tok is not None and next_tok is not None and prev_tok.pos_ == "PROPN" and next_tok.pos_ == "PROPN"
            and prev_tok.lower_.rstrip(".") not in MONTHS and ctx.text[m.start() - 1] == " "
            and ctx.text[m.end() : m.end() + 1] == " "):
        return None  # "the Russell 2000 Index"
    if label == "DATE":
        return Found("DATE", f"{y:04d}")
    if label in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"):
        return None
    if ctx.prev_word(m.start()) in _YEAR_PREV or y >= 1900:
        return Found("DATE", f"{y:04d}")
    return None


def h_yearapos(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.prev_word(m.start()) not in ("in", "since", "of", "by", "until", "before", "after", "during", "early",
                                        "late", "summer", "spring", "fall", "winter", "class"):
        return None
    return Found("DATE", f"{_year(m['y'], ctx.anchor):04d}")


def last_quarter(anchor: dt.date, back_years: int = 0) -> str:
    q = (anchor.month - 1) // 3  # the current quarter, 0-based; the last completed is q - 1
    y = anchor.year - back_years
    if q == 0:
        return f"{y - 1:04d}-Q4"
    return f"{y:04d}-Q{q}"


def h_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    word = m["n"].lower()
    unit = m["unit"].lower()
    is_half = unit == "half"
    if unit == "quarters":
        n = ORDINALS.get(word, 0)
        return Found("DURATION", f"P{3 * n}M") if n > 0 else None
    n = ORDINALS.get(word, 0)
    if re.match(r"\s+of\s+the\b", ctx.text[m.end() : m.end() + 10]) and not m["y"]:
        if not re.match(r"\s+of\s+the\s+(?:fiscal\s+)?year", ctx.text[m.end() : m.end() + 30]):
            return None
    if n == -1:
        n = 2 if is_half else 4
    if n <= 0 or n > (2 if is_half else 4):
        return None
    if m["y"] or m["y0"]:
        y = int(m["y"] or m["y0"])
    elif ctx.anchor is not None:
        y = ctx.anchor.year + {"last year": -1, "next year": 1}.get((m["rel0"] or "").lower(), 0)
        current = (ctx.anchor.month - 1) // (6 if is_half else 3) + 1
        y += {"last": -1, "next": 1}.get((m["rel1"] or "").lower(), 0) - (1 if m["ago"] else 0)
        if not (m["rel0"] or m["rel1"] or m["ago"]) and n - current >= 2 and ctx.tense(m.start(), m.end()) == PAST:
            y -= 1
    else:
        return Found("DATE", f"XXXX-{'H' if is_half else 'Q'}{n}")
    return Found("DATE", f"{y:04d}-{'H' if is_half else 'Q'}{n}", relative=not (m["y"] or m["y0"]))


def h_relquarter(m: re.Match[str], ctx: Context) -> Found | None:
    rel = m["rel"].lower()
    if m["unit"].lower() == "period" and not (ctx.quarterly and rel in ("the latest", "the most recent", "the year-ago",
                                                                         "the year-earlier", "the same")):
        return None
    if ctx.anchor is None:
        return Found("DATE", "XXXX-QX")
    if rel in ("this", "the current"):
        return Found("DATE", fmt(ctx.anchor, "Q"), relative=True)
    if rel in ("next", "the next"):
        return Found("DATE", fmt(ctx.anchor.replace(day=1) + dt.timedelta(days=100), "Q"), relative=True)
    if rel in ("the year-earlier", "the year-ago", "the same") or m["ago"]:
        return Found("DATE", last_quarter(ctx.anchor, 1), relative=True)
    if rel == "the" and not ctx.quarterly:
        return None
    return Found("DATE", last_quarter(ctx.anchor), relative=True)


def h_yearperiod(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.anchor is None or not ctx.quarterly:
        return None
    y = int(m["y"])
    return Found("DATE", f"{y:04d}-{last_quarter(ctx.anchor)[5:]}", relative=True)


def weekday_date(ctx: Context, wd: int, s: int, e: int) -> dt.date | None:
    if ctx.anchor is None:
        return None
    if _UNTIL.search(ctx.text[max(0, s - 40) : s]) and not _PLUPERFECT.search(ctx.text[s : s + 60]):
        return weekday_ref(ctx.anchor, wd, 1)  # "until 9 a.m. Tuesday", "as early as Tuesday": ahead
    if ctx.text[e : e + 2] in ("'s", "’s"):
        return weekday_ref(ctx.anchor, wd, -1)  # "Tuesday's declaration", "Wednesday's ruling": done
    t = ctx.tense(s, e)
    if t in (PRESENT, None) and scheduled_present(ctx.nlp_doc, s, e):
        t = FUTURE
    return weekday_ref(ctx.anchor, wd, 1 if t == FUTURE else -1)


_PLUPERFECT = re.compile(r"^[^.;]*?\bhad\b")
_UNTIL = re.compile(r"(?i)\b(?:until|till|through|as soon as|as early as|as late as|no later than)\s+(?:[\d:.]+\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,3}T\s+)?)?$")


def h_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    d = weekday_date(ctx, wd, m.start(), m.end())
    if d is None:
        return Found("DATE", f"XXXX-WXX-{wd + 1}")
    return Found("DATE", d.isoformat(), relative=True)


def h_relweekday(m: re.Match[str], ctx: Context) -> Found | None:
    rel = m["rel"].lower()
    wd = WEEKDAYS[m["wd"].lower().rstrip(".")]
    if ctx.anchor is None:
        return Found("DATE", f"XXXX-WXX-{wd + 1}")
    if rel in ("last", "this past", "the previous"):
        d = weekday_ref(ctx.anchor, wd, -1, strict=True)
    elif rel in ("next", "this coming", "the coming", "the following"):
        d = weekday_ref(ctx.anchor, wd, 1, strict=True)
    else:
        found = h_weekday(m, ctx)
        if found is None or rel in ("early", "late"):
            return found
        return Found("DATE", found.value, relative=True)
    return Found("DATE", d.isoformat(), relative=True)


__all__ = ["REJECT", "PAST"]
