"""Number expressions in text: where they are and what number they state.

:func:`scan` finds every number expression of a text with one regular expression and
reads its value: digits (``1,033,000``, ``3.3``), number words (``two``, ``ninety-four``,
``a dozen``), scale words (``3.3 million``, ``US$7.2 bn``, ``half a million``), a currency
before or after (``US$``, ``£``, ``dollars``, ``cents``), a percent sign or word, a
qualifier before (``at least``, ``more than``, ``about``, ``up to``, ``nearly``) and vague
quantities, valued by ACLED's rules (tens 10, dozens 12, hundreds 100, thousands 1000;
"tens of thousands" 10,000). It knows nothing of what a number counts: that is
:mod:`newsgraph.figures.context`'s work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "bn": 1e9, "mn": 1e6, "mln": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "mil": 1e6, "lakh": 1e5, "crore": 1e7,
}
#: vague plural quantities, valued by ACLED's rules
VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}

_NW = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_WORD_NUM = rf"(?:{_NW})(?:-(?:{_NW}))?"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|lakh|crore)"
_SCALE_ABBR = r"(?:bn|mn|mln|tn|m|k)"
_UNIT = r"\s?(?:GB|MB|TB|KB|GHz|MHz|kWh|kW|MW|GW|km|kg|mm|cm|mph|m3|km2)(?=[\s/.,;:)]|$)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

_CUR_PREFIX = (
    r"(?:US\$|U\.S\.\s?\$|USD\s?|A\$|AU\$|AUD\s?|C\$|CA\$|CAD\s?|NZ\$|HK\$|S\$|R\$|GB\s?£|GB\s?#|£|€|¥|₹|"
    r"EUR\s?|GBP\s?|Rs\.?\s?|\$|#(?=\d[\d,.]*\s*(?:million|billion|bn|m)\b))"
)
_CUR_WORD = (
    r"(?:(?:US|U\.S\.|American|Australian|Canadian|Hong\sKong|Singapore|New\sZealand)\s)?dollars?|euros?|"
    r"(?:pounds?(?:\ssterling)?)|yen|yuan|renminbi|rupees?|riyals?|rials?|dinars?|dirhams?|lira|liras|"
    r"rubles?|roubles?|francs?|pesos?|shekels?|won|cents?|pence|USD|EUR|GBP|AUD|CAD|JPY|CNY"
)
_PERCENT = r"(?:\s?%|\s(?:percent|per\scent|pct|percentage\spoints?)\b)"

QUALIFIERS = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "not less than": "at least",
    "a minimum of": "at least", "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "just over": "more than", "above": "more than", "well over": "more than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "circa": "about", "close to": "nearly", "nearly": "nearly",
    "almost": "nearly", "just under": "nearly", "up to": "up to", "as many as": "up to", "as much as": "up to",
    "a maximum of": "up to", "at most": "up to", "fewer than": "less than", "less than": "less than",
    "under": "less than", "below": "less than", "exactly": "exactly",
}
_QUAL = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))

_CORE = (
    rf"(?P<digits>{_DIGITS})(?:(?P<dscale>(?:[\s-]+{_SCALE_WORD})+|\s?{_SCALE_ABBR}(?![\w]))(?!\w)|(?P<unit>{_UNIT}))?"
    rf"|(?P<halfa>half\s+a\s+(?:million|billion|dozen|hundred|thousand)|half\s+a(?=\s+(?:percent|per\s+cent|percentage)))"
    rf"|(?P<frac>(?:(?:a|one|two|three)[\s-]+)(?:thirds?|quarters?)|(?:a[\s-]+|one[\s-]+)?half)"
    rf"|(?P<vague>(?:tens|dozens|scores|hundreds|thousands|millions)(?:\s+of\s+(?:thousands|millions))?)"
    rf"|(?P<words>(?:(?:a|an)\s+(?={_SCALE_WORD}|dozen))?(?:{_WORD_NUM}|{_SCALE_WORD}|dozen)"
    rf"(?:(?:\s+and\s+|\s+|-)(?:{_WORD_NUM}|{_SCALE_WORD}|a\s+half))*)"
)
_EXPR = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?(?<![A-Za-z])(?:(?P<cur>{_CUR_PREFIX})\s?)?(?<![\w.,])(?:{_CORE})(?![\w])"
    rf"(?P<pct>{_PERCENT})?(?:\s(?P<curw>{_CUR_WORD})\b)?",
    re.I,
)


@dataclass(frozen=True)
class NumberExpr:
    """One number expression: ``text[start:end]``; ``num_start``/``num_end`` cover the number."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    #: "digits", "words", "fraction" or "vague"
    form: str
    qualifier: str | None = None
    #: ISO-ish currency code or symbol when the number is money
    currency: str | None = None
    percent: bool = False
    #: the unit abbreviation or scale word written with the digits ("bn", "million")
    scale: str | None = None


def words_value(phrase: str) -> float | None:
    """The value of number words: "two million" 2e6, "ninety-four" 94, "a dozen" 12.

    Returns None when the words do not make one number ("one two").
    """
    toks = re.split(r"[\s-]+", phrase.lower().strip())
    total = 0.0
    current = 0.0
    seen = False
    last_small: float | None = None
    for i, t in enumerate(toks):
        if t in ("and", ""):
            continue
        if t in ("a", "an"):
            if i + 1 < len(toks) and toks[i + 1] == "half":
                continue
            current = current or 1
            seen = True
            continue
        if t == "half":
            current += 0.5
            continue
        if t in _UNITS or t in _TENS:
            v = _UNITS.get(t, _TENS.get(t, 0))
            if last_small is not None and not (last_small >= 20 and last_small % 10 == 0 and v < 10):
                return None
            current += v
            last_small = v
            seen = True
            continue
        if t == "dozen":
            current = (current or 1) * 12
            last_small = None
            seen = True
            continue
        if t in ("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"):
            scale = _SCALES[t]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            last_small = None
            seen = True
            continue
        return None
    return total + current if seen else None


def _currency(cur: str | None, curw: str | None) -> str | None:
    if cur:
        c = re.sub(r"\s", "", cur).upper().rstrip(".")
        table = {
            "US$": "USD", "U.S.$": "USD", "USD": "USD", "$": "USD", "A$": "AUD", "AU$": "AUD", "AUD": "AUD",
            "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
            "GB£": "GBP", "GB#": "GBP", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY",
            "₹": "INR", "RS": "INR", "#": "GBP",
        }
        return table.get(c, c)
    if curw:
        w = curw.lower()
        for key, code in (("australian", "AUD"), ("canadian", "CAD"), ("hong", "HKD"), ("singapore", "SGD"),
                          ("zealand", "NZD"), ("dollar", "USD"), ("usd", "USD"), ("euro", "EUR"), ("eur", "EUR"),
                          ("pound", "GBP"), ("gbp", "GBP"), ("pence", "GBP"), ("yen", "JPY"), ("jpy", "JPY"),
                          ("yuan", "CNY"), ("renminbi", "CNY"), ("cny", "CNY"), ("rupee", "INR"), ("cent", "USD")):
            if key in w:
                return code
        return curw
    return None


def _scale_value(scale: str) -> float:
    v = 1.0
    for w in re.split(r"[\s-]+", scale.lower()):
        v *= _SCALES.get(w, 1.0)
    return v


def _value(m: re.Match[str]) -> tuple[float, str, str | None] | None:
    """(value, form, scale) of a match's number core."""
    if m.group("digits"):
        v = float(m.group("digits").replace(",", ""))
        scale = (m.group("dscale") or "").strip(" -\t\n") or None
        if scale:
            if scale.lower() in ("m", "k") and not m.group("cur") and m.group("dscale")[:1].isspace():
                return v, "digits", None  # "5 m" is five metres; "$5m" and "1.2m people" are millions
            v = float(Decimal(m.group("digits").replace(",", "")) * Decimal(_scale_value(scale)))
        return v, "digits", scale
    if m.group("halfa"):
        words = m.group("halfa").lower().split()
        if words[-1] == "a":
            return 0.5, "fraction", None
        return 0.5 * (_SCALES.get(words[-1], 12.0 if words[-1] == "dozen" else 1.0)), "words", words[-1]
    if m.group("frac"):
        words = re.split(r"[\s-]+", m.group("frac").lower())
        n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(words[0], 1) if len(words) > 1 else 1
        return n * _FRACTIONS[words[-1]], "fraction", None
    if m.group("vague"):
        words = m.group("vague").lower().split()
        v = float(VAGUE[words[0]])
        if len(words) == 3:
            v *= VAGUE[words[2]]
        return v, "vague", None
    phrase = m.group("words")
    wv = words_value(phrase)
    if wv is None:
        return None
    scale = next((w for w in ("trillion", "billion", "crore", "million", "lakh", "thousand", "hundred")
                  if w in phrase.lower()), None)
    return wv, "words", scale


def scan(text: str) -> list[NumberExpr]:
    """Every number expression of ``text``, in order, not overlapping."""
    out: list[NumberExpr] = []
    for m in _EXPR.finditer(text):
        got = _value(m)
        if got is None:
            continue
        value, form, scale = got
        core = next(g for g in ("digits", "halfa", "frac", "vague", "words") if m.group(g))
        ns, ne = m.start(core), m.end(core)
        if m.group("dscale"):
            ne = m.end("dscale")
        curw = m.group("curw")
        if curw and not (m.group("cur") is None or curw.lower() in ("usd", "dollars", "us dollars")):
            curw = None
        end = m.end()
        if m.group("curw") and curw is None:
            end = m.end("curw") - len(m.group("curw")) - 1
        pct = bool(m.group("pct"))
        currency = None if pct else _currency(m.group("cur"), curw)
        if currency and curw and curw.lower().startswith(("cent", "pence")):
            currency = currency  # 26 cents: the value stays as written
        start = m.start()
        if form == "digits" and ns == start and ns >= 1 and text[ns - 1] == "-" and (ns == 1 or text[ns - 2] in " (\n\t") \
                and not text[:ns - 1].rstrip()[-1:].isdigit():
            value, start = -value, ns - 1  # "closed at -366.94"
        qual = m.group("qual")
        qualifier = QUALIFIERS.get(re.sub(r"\s+", " ", qual.lower())) if qual else None
        out.append(
            NumberExpr(
                start=start, end=end, num_start=ns, num_end=ne, value=value, form=form,
                qualifier=qualifier, currency=currency, percent=pct, scale=scale,
            )
        )
    return out
