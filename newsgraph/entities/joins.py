"""Rules that join or add mention spans: products and their model numbers, coordinated
party names, legal suffixes, acronyms in parentheses, names with an "of" complement, and
the final flattening of overlapping spans.

- an intercapped product word the model left out is a MISC mention ("iCloud");
- a maker followed by a model designation is one MISC product ("Airbus A380"), and a
  product takes its version number along ("iPhone 4");
- "the Democratic and Republican parties" gives Democratic Party and Republican Party (ORG);
- an organisation takes its legal form along ("Chrysler LLC");
- an acronym in parentheses after a name is a mention with the name's label ("(ECB)");
- "United States Department" + "of the" + "Treasury" is one name.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.entities.rules import ORG_WORDS, Cand

_CAMEL_WORD = re.compile(r"(?<![\w.@/-])[a-z]{1,2}[A-Z][A-Za-z]+(?![\w@/-]|\.\w)")
#: a model designation: letters and digits with at least one digit ("A380", "737-800", "777s")
_MODEL = re.compile(r"^(?:[A-Z]{1,3}-?\d{1,4}[A-Za-z0-9-]*|\d{3}(?:-\d{1,3}[A-Z]{0,3})?s?|\d[a-z]\d)$")
_PLURAL_ORG = {"parties": "Party", "armies": "Army", "governments": "Government", "parliaments": "Parliament",
               "ministries": "Ministry", "universities": "University", "navies": "Navy", "houses": "House",
               "air forces": "Air Force", "churches": "Church", "councils": "Council", "senates": "Senate"}


def scan_products(text: str, cands: list[Cand]) -> list[Cand]:
    """Intercapped product words the model left out ("iCloud", "iOS") are MISC mentions."""
    out = list(cands)
    for m in _CAMEL_WORD.finditer(text):
        if not any(c.start < m.end() and c.end > m.start() for c in cands):
            out.append(Cand(m.start(), m.end(), "MISC", "PRODUCT", "", "product-word"))
    return out


def merge_products(text: str, cands: list[Cand]) -> tuple[list[Cand], set[str]]:
    """A maker followed by a model designation is one MISC product name ("Airbus A380"),
    and a product name takes its version number along ("iPhone 4", "iOS 5").

    Returns the new candidates and the model designations seen (so that a bare "A380"
    later in the document is found too).
    """
    cands = sorted(cands)
    models: set[str] = set()
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        after = text[c.end : c.end + 40]
        end = 0
        rule = "product-model"
        if c.label == "ORG" and (m := re.match(r" Resolution (\d{2,5})\b", after)):
            end, rule = c.end + m.end(), "document"  # "Security Council Resolution 2254"
        elif c.label == "ORG" and not ORG_WORDS.match(text[c.start : c.end].split()[-1]) and not after.startswith(" Flight"):
            m = re.match(r" ([A-Z]{0,3}-?\d[\w-]*)((?: [A-Z][a-z]+)?)", after)
            if m and _MODEL.match(m.group(1)):
                end = c.end + (m.end() if m.group(2) and re.match(r" [A-Z][a-z]+s?$", m.group(2)) else m.end(1))
                models.add(m.group(1))
        elif c.label == "MISC" and (c.fine == "PRODUCT" or c.rule in ("product-word", "market-index")):
            m = re.match(r" (\d+(?:\.\d+)*[A-Za-z]{0,3})(?![\w.,]?\d)", after)
            if m and not re.match(r" \d+(?:\.\d+)?\s*(?:%|percent|million|billion|users|units|copies)", after):
                end = c.end + m.end()
        if end:
            while i + 1 < len(cands) and cands[i + 1].start < end:
                i += 1
            out.append(Cand(c.start, end, "MISC", "PRODUCT" if rule == "product-model" else "LAW", "", rule))
        else:
            out.append(c)
        i += 1
    return out, {mo for mo in models if re.search(r"[A-Za-z]", mo)}


def coordinate(text: str, sd: Any, cands: list[Cand]) -> list[Cand]:
    """'the Democratic and Republican parties' -> Democratic Party, Republican Party (ORG)."""
    rx = re.compile(r"\b([A-Z][a-z]+)((?:, [A-Z][a-z]+)*),? (?:and|or) ([A-Z][a-z]+) (" + "|".join(_PLURAL_ORG) + r")\b")
    out = list(cands)
    for m in rx.finditer(text):
        noun = _PLURAL_ORG[m.group(4)]
        names = [m.span(1)] + [(m.start(2) + x.start(1), m.start(2) + x.end(1)) for x in re.finditer(r", ([A-Z][a-z]+)", m.group(2))]
        names.append(m.span(3))
        out = [c for c in out if not any(c.start < e and c.end > s for s, e in names)]
        for s, e in names:
            out.append(Cand(s, e, "ORG", "COORD", f"{text[s:e]} {noun}", "coordination"))
    return out


_LEGAL_SUFFIX = re.compile(r"(?:,? (?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|plc|PLC|AG|SA|S\.A|NV|N\.V|GmbH|LP|LLP|SE|Pty)\b\.?)+")


def legal_suffix(text: str, cands: list[Cand]) -> list[Cand]:
    """An organisation takes its legal form along ("Chrysler LLC", "Daimler AG")."""
    out: list[Cand] = []
    for c in sorted(cands):
        if c.label == "ORG":
            m = _LEGAL_SUFFIX.match(text, c.end)
            if m and not re.match(r"[\w-]", text[m.end() : m.end() + 1]):
                end = m.end()
                if text[end - 1] == "." and text[m.start() : end].count(".") == 1 and re.match(r"\s+[A-Z]", text[end : end + 2]) \
                        and not re.search(r"(?:Inc|Corp|Co|Ltd)\.$", text[m.start() : end]):
                    end -= 1
                out.append(c._replace(end=end))
                continue
        if out and out[-1].label == "ORG" and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def acronyms(text: str, cands: list[Cand]) -> list[Cand]:
    """An acronym in parentheses right after a name is a mention of it ("European Central
    Bank (ECB)"), with the name's label, when the model left it out."""
    spans = {(c.start, c.end) for c in cands}
    out = list(cands)
    for c in cands:
        m = re.match(r" \(([A-Z][A-Z&.-]{1,9}s?)\)", text[c.end : c.end + 16])
        if not m:
            continue
        s, e = c.end + m.start(1), c.end + m.end(1)
        if any(a < e and b > s for a, b in spans):
            continue
        out.append(Cand(s, e, c.label, "ACRONYM", "", "acronym"))
    return out


_OF_HEADS = {"Department", "Ministry", "Office", "Bureau", "Institute", "University", "College", "Bank", "Council",
             "Committee", "Commission", "Agency", "Court", "Secretariat", "Directorate", "Federation", "Union",
             "Service", "Centre", "Center", "Foundation", "Society", "Association"}
_OF_PLACES = {"Kingdom", "Republic", "State", "Emirate", "Gulf", "Bay", "Sea", "Lake", "Lakes", "Province",
              "Governorate", "District", "City", "Isle", "Isles", "Strait", "Straits", "Cape", "Port", "Sultanate"}


def of_names(text: str, cands: list[Cand]) -> list[Cand]:
    """'United States Department' + 'of the' + 'Treasury' is one name: an organisation or a
    place whose head word takes an "of" complement ("Hashemite Kingdom of Jordan")."""
    cands = sorted(cands)
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            nxt = cands[i + 1]
            head = text[c.start : c.end].split()[-1]
            gap = text[c.end : nxt.start]
            if gap in (" of ", " of the ") and (head in _OF_HEADS or head in _OF_PLACES) \
                    or gap in (" for ", " for the ") and head in _OF_HEADS:
                label = "LOC" if head in _OF_PLACES else "ORG"
                out.append(Cand(c.start, nxt.end, label, c.fine, "", "of-name"))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Flat mentions: of two overlapping spans the longer wins (the earlier on a tie)."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            last = out[-1]
            if c.end - c.start > last.end - last.start:
                out[-1] = c
            continue
        out.append(c)
    return out
