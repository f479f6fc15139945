"""Calendar arithmetic against an anchor date, and the tense of the clause around a span.

News convention: a bare weekday or month in a past-tense clause is the most recent one on
or before the publication date; in a future-tense clause the next one on or after it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
#: how far (days, months) a date against the tense may lie before one with the tense is preferred
DAY_PENALTY = 150
MONTH_PENALTY = 7

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "going", "gon", "'d"})
#: verbs whose complement is about a later time ("expected to", "plans to", "scheduled for")
_FUTURE_VERBS = frozenset({"expect", "schedule", "plan", "set", "due", "hope", "intend", "aim", "prepare", "slate",
                           "want", "propose", "seek", "consider", "promise"})
#: verbs whose infinitive complement is about a later time ("decided to admit in March")
_FORWARD_VERBS = _FUTURE_VERBS | {"decide", "agree", "vote", "vow", "pledge", "threaten", "offer", "ask", "urge",
                                  "order", "call", "need", "have", "try", "plan", "go", "be"}


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (the first 10 characters of ``value``), or None."""
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return d if 1000 <= d.year <= 9000 else None


def add_months(d: dt.date, n: int) -> dt.date:
    """``d`` moved by ``n`` calendar months (day clipped to the month's length)."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def shift(d: dt.date, n: int, unit: str) -> dt.date:
    """``d`` moved by ``n`` units (Y, Q, M, W, D, E decade, C century)."""
    if unit == "D":
        return d + dt.timedelta(days=n)
    if unit == "W":
        return d + dt.timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "Y": 12, "E": 120, "C": 1200}.get(unit)
    if months is None:
        return d
    try:
        return add_months(d, n * months)
    except ValueError:
        return d


def fmt_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def fmt(d: dt.date, unit: str) -> str:
    """``d`` written at the precision of ``unit``: 2024, 2024-01, 2024-W01, 2024-Q1, 2024-01-05."""
    if unit in ("Y",):
        return f"{d.year:04d}"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "W":
        return fmt_week(d)
    if unit == "E":
        return f"{d.year // 10:03d}"
    if unit == "C":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def weekday_ref(anchor: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The ``weekday`` (0 = Monday) on or before (direction -1) or on or after (+1) ``anchor``;
    ``strict`` excludes the anchor's own day ("last Friday", "next Friday")."""
    if direction < 0:
        back = (anchor.weekday() - weekday) % 7
        if strict and back == 0:
            back = 7
        return anchor - dt.timedelta(days=back)
    ahead = (weekday - anchor.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def month_year(anchor: dt.date, month: int, direction: int, strict: bool = False) -> int:
    """The year of the ``month`` before (-1), after (+1) or nearest (0) the anchor's month."""
    if direction > 0 and strict:
        return anchor.year if month > anchor.month else anchor.year + 1
    if direction < 0 and strict:
        return anchor.year if month < anchor.month else anchor.year - 1
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        delta = (y - anchor.year) * 12 + month - anchor.month
        cost = abs(delta) + (MONTH_PENALTY if (direction < 0 < delta or direction > 0 > delta) else 0)
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else anchor.year


def day_year(anchor: dt.date, month: int, day: int, direction: int) -> int:
    """The year of a day-of-year with no year given: nearest the anchor, leaning on tense."""
    best: tuple[float, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cand = dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))
        except ValueError:
            continue
        delta = (cand - anchor).days
        cost = abs(delta)
        if direction < 0 and delta > 0:
            cost += DAY_PENALTY
        elif direction > 0 and delta < 0:
            cost += DAY_PENALTY
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1] if best else anchor.year


def _governor(tok: Any) -> Any:
    """The nearest verb or auxiliary at or above ``tok``."""
    seen = 0
    while seen < 8:
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
        seen += 1
    return None


def _verb_tense(verb: Any, depth: int = 0) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or ("would" in words and not words & {"have", "'ve"}):
        return FUTURE  # "will meet", and "would be traveling ... Thursday" (the future of a report)
    if verb.lemma_ in _FUTURE_VERBS and (verb.tag_ in ("VBZ", "VBP", "VBG") or words & {"is", "are", "am", "'s", "'re"}):
        return FUTURE
    if verb.lemma_ in ("schedule", "plan", "slate") and words & {"has", "have"}:
        return FUTURE  # "has scheduled a news conference Thursday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes) or words & {"has", "have", "had"}:
        return PAST
    if verb.tag_ == "MD" and verb.lower_ in _FUTURE_AUX:
        return FUTURE
    if "to" in words and verb.tag_ in ("VB", "VBN"):
        up = _governor(verb.head) if verb.head is not verb else None
        forward = up is not None and up.lemma_ in _FORWARD_VERBS and (up.lemma_ != "be" or verb.head is up)
        if up is None or forward or verb.head.lemma_ in _FUTURE_VERBS or depth >= 2:
            return FUTURE
        return _verb_tense(up, depth + 1)
    if verb.tag_ == "VBN" and not auxes:
        return PAST
    if verb.tag_ in ("VB", "VBG") and depth < 2 and verb.head is not verb:
        if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj"):
            up = _governor(verb.head)
            if up is not None and up.lemma_ in _FUTURE_VERBS:
                return FUTURE
            if up is not None:
                return _verb_tense(up, depth + 1)
    if verb.lemma_ == "be" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                   for c in verb.children):
        return FUTURE  # "are to travel on Wednesday"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return PRESENT
    return None


#: present-tense verbs that report or describe a state, not a scheduled event
_NOT_SCHEDULED = frozenset({"say", "tell", "report", "add", "claim", "note", "write", "be", "have", "seem", "remain",
                            "know", "think", "believe", "want", "need", "show", "mean", "include", "contain", "own"})


#: verbs whose past tense is spelt like the present ("stocks hurt the index on Friday")
_SAME_PAST = frozenset({"hit", "hurt", "cut", "put", "set", "shut", "spread", "cost", "quit", "let", "bet", "burst",
                        "cast", "split", "thrust", "upset", "broadcast", "read", "bid", "beat", "rid", "shed", "slit"})


def scheduled_present(nlp_doc: Any, start: int, end: int) -> bool:
    """'He and Arafat meet separately Monday': a simple-present event verb with a day is a
    scheduled event, ahead of the report (news style); "says Monday" is not."""
    if nlp_doc is None:
        return False
    span = nlp_doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    verb = root.head if root.dep_ in ("npadvmod", "nmod", "dobj") else root.head.head if root.head.dep_ == "prep" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in _NOT_SCHEDULED:
        return False
    # a finite present; the tagger may give a base form with a subject ("He and X meet Monday")
    finite_base = verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)
    if verb.tag_ not in ("VBZ", "VBP") and not finite_base:
        return False
    if verb.tag_ in ("VBP", "VB") and verb.lower_ in _SAME_PAST:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


def tense_at(nlp_doc: Any, start: int, end: int) -> str | None:
    """PAST, PRESENT or FUTURE for the clause that holds the characters ``[start, end)``."""
    if nlp_doc is None:
        return None
    span = nlp_doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = _governor(span.root.head if span.root.head is not span.root else span.root)
    if verb is None:
        return None
    return _verb_tense(verb)
