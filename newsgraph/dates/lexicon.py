"""Word lists for time expressions: months, weekdays, numbers, units, seasons, parts of day.

Every entry is ordinary English vocabulary and the TIMEX3 codes of the TimeML
specification (ISO-TimeML, Pustejovsky et al. 2010): seasons SP/SU/FA/WI, parts of day
MO/AF/EV/NI, units Y/M/W/D/H/S and E (decade), C (century), L (millennium).
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "febr": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000,
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2,
    "couple of": 2, "a pair of": 2,
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "last": -1, "final": -1,
}

#: unit word -> TIMEX3 unit code; time units take the "PT" prefix
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y", "decade": "E",
    "century": "C", "centurie": "C", "millennium": "L", "millennia": "L", "weekend": "WE",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: the month each season starts in (northern hemisphere), for "last spring"
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

#: TIMEX3 mod for qualifier words before an expression
MODS: dict[str, str] = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "an estimated": "APPROX", "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
    "early": "START", "the early": "START", "the beginning of": "START", "the start of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the mid": "MID", "the mid-": "MID",
    "late": "END", "the late": "END", "the end of": "END", "end of": "END",
}

#: fixed-date holidays: name -> (month, day)
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25), "christmas day": (12, 25),
    "christmas eve": (12, 24), "valentine's day": (2, 14), "independence day": (7, 4), "halloween": (10, 31),
    "boxing day": (12, 26), "bastille day": (7, 14), "veterans day": (11, 11), "armistice day": (11, 11),
}


def number_value(word: str) -> int | None:
    """The integer a number word or numeral stands for ("twenty-four", "24", "a"); None if unknown."""
    w = word.lower().replace(",", "").strip()
    if not w:
        return None
    if w.isdigit():
        return int(w)
    if w in NUMBERS:
        return NUMBERS[w]
    parts = w.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        a, b = NUMBERS[parts[0]], NUMBERS[parts[1]]
        if a >= 20 and a % 10 == 0 and b < 10:
            return a + b
        if b in (100, 1000) and a < 10:
            return a * b
    try:
        f = float(w)
    except ValueError:
        return None
    return int(f) if f.is_integer() else None
