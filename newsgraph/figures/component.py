"""Figures: every number of an article with what it counts.

:func:`newsgraph.figures.numbers.scan` finds the number expressions and their
values; this component drops what is not a figure (years, dates, times, durations, ages,
ordinals, model and designator numbers such as "Boeing 737" or "Resolution 2254",
footnotes, coordinates, phone numbers, "one of", "the two leaders"), joins ranges ("25,000
to 30,000"), asks :mod:`newsgraph.figures.context` what each remaining number
counts, and marks those inside a direct quote (from the quotes component's records when it
ran, and always from the quote marks themselves).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.figures.context import PEOPLE, Context, context_for, sentence_of
from newsgraph.figures.numbers import NumberExpr, scan
from newsgraph.records.base import Record
from newsgraph.records.figures import Figure

_TIME_WORDS = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?|ago|today|"
    r"yesterday|tomorrow|tonight|night|morning|afternoon|evening|noon|midnight|UTC|GMT|[ap]\.?m\.?|seasons?|"
    r"spring|summer|autumn|winter|weekend|o'clock|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|"
    r"July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|1[89]\d\d|20\d\d)\b",
    re.I,
)
_MONTH_BEFORE = r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
_MONTHS = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$")
_DURATION_AFTER = re.compile(
    r"^(?:[-\s]|\s*-\s*)(?:(?:more|additional|straight|consecutive|full|long|extra|further|other|\d+/\d+)\s+)?"
    r"(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|decades?|centuries|century|nights?|"
    r"summers?|winters?|springs?|autumns?|seasons?|weekends?|quarters?|semesters?|terms?)\b",
    re.I,
)
_TIME_AFTER = re.compile(r"^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|UTC|GMT|BST|EST|EDT|CET|hrs\b|h\b)", re.I)
_ORDINAL_AFTER = re.compile(r"^\s?(?:st|nd|rd|th)\b")
_DESIGNATOR = re.compile(
    r"(?:\b(?:No|Nos|Number|Flight|Chapter|Resolutions?|Order|Section|Article|Terminal|Version|Route|Highway|"
    r"Interstate|Room|Passcode|Unit|Phase|Stage|Committee|Act|Law|Bill|Rule|Gate|Platform|Channel|Lot|Page|Pages|"
    r"Vol|Volume|Issue|Episode|Season|Level|Grade|Class|Division|District|Zone|Sector|Camp|Model|Windows|Series|"
    r"Mark|Mk|Type|Block|Station|Ward|Precinct|Paragraph|Item|Annex|Appendix|Table|Figure|Fig|Code|Pier|Berth|"
    r"Track|Lane|Street|Avenue|Road|Square|Apartment|Suite|Box|PO)\.?"
    r"|\b(?:no|nos|number|flight|chapter|resolutions?|section|article|version|page|pages|vol|paragraph|item|day|"
    r"round|game|week|leg|stage|match|"
    r"annex|appendix|table|figure|fig|code|route|highway|platform|gate|room|passcode|terminal|unit)\.?|#|№)\s*$"
)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages|age\s+of)\s+$", re.I)
_SMALL_DEFINITE = frozenset({"the", "these", "those", "our", "their", "its", "his", "her", "both", "all", "my",
                             "your", "whose", "other"})
_NAME_LABELS = frozenset({"PRODUCT", "ORG", "FAC", "LAW", "EVENT", "GPE", "PERSON", "NORP", "LOC"})
_ERA_AFTER = re.compile(r"^\s?(?:B\.?C\.?E?|A\.?D\.?|C\.?E\.?)(?!\w)")
_ONE_IDIOM = re.compile(r"^\s+(?:of|another|or|by|and|point|day|time|way|thing|side|hand|more)\b", re.I)
#: numerals glued to letters name things ("A380", "737-800", "777s"): the bare numeral names them too
_GLUED = re.compile(
    r"\b[A-Z]{1,3}-?(\d{3,})\b|(?<![\d,.])(\d{3,}(?<!0))(?=[A-Za-z]{1,3}\b)|\b[A-Z]{1,3}-?\d+-(\d{3,})\b"
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|dropp?(?:ed|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|"
    r"increas(?:ed|es|ing)|decreas(?:ed|es|ing)|gain(?:ed|s|ing)?|los(?:t|es|ing)|slipp?(?:ed|s|ing)?|"
    r"plung(?:ed|es|ing)|surg(?:ed|es|ing)|gr[eo]w(?:s|n|ing)?|declin(?:ed|es|ing)|edg(?:ed|es|ing)|"
    r"soar(?:ed|s|ing)?|tumbl(?:ed|es|ing)|sank|sink(?:s|ing)?|slid(?:es|ing)?|up|down|off|by)\s*$",
    re.I,
)
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to)\s*$")
_SKIP_BLOCKS = ("byline", "credit")


def _quote_regions(doc: Document) -> list[tuple[int, int]]:
    """Direct-quote regions from the quote marks of each block (an unclosed quote runs to the
    end of its block) and from the quotes component's direct quotes."""
    text = doc.text
    regions: list[tuple[int, int]] = []
    blocks = [(b.start, b.end) for b in doc.blocks] or [(0, len(text))]
    for bs, be in blocks:
        seg = text[bs:be]
        open_at: int | None = None
        for m in re.finditer(r"(?<!\d)\"|[“”]", seg):  # 15" is fifteen inches
            ch = m.group(0)
            if open_at is None:
                if ch != "”":
                    open_at = m.end()
            elif ch != "“":
                regions.append((bs + open_at, bs + m.start()))
                open_at = None
        if open_at is not None:
            regions.append((bs + open_at, be))
    for q in doc.get("quotes"):
        if getattr(q, "kind", "direct") == "direct":
            regions.append((q.start, q.end))
    return regions


def _merge_ranges(text: str, exprs: list[NumberExpr]) -> list[tuple[NumberExpr, float | None]]:
    """Joins "X to Y", "X-Y" and "between X and Y" into one expression valued X, high Y."""
    out: list[tuple[NumberExpr, float | None]] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        if i + 1 < len(exprs):
            b = exprs[i + 1]
            gap = text[a.end : b.start]
            before = text[max(0, a.start - 12) : a.start]
            is_range = bool(_RANGE_SEP.match(gap)) and not re.search(r"\bfrom\s+$|" + _MONTH_BEFORE, before, re.I)
            if is_range and "to" in gap and _CHANGE_BEFORE.search(text[max(0, a.start - 30) : a.start]):
                is_range = False  # "rose 13% to $77.3 million", "fell 75 cents to $52.25": a change
            if (a.percent and not b.percent) or (b.currency is not None and a.currency is None):
                is_range = False
            start = a.start
            if not is_range and re.search(r"\bbetween\s+$", before, re.I) and re.match(r"^\s+and\s+$", gap):
                is_range = True
                start = a.start - len(before) + before.lower().rfind("between")
            hyphen_chain = re.match(r"^[-–]\d", text[b.end : b.end + 2]) or re.search(r"\d[-–]$", text[max(0, a.start - 2) : a.start])
            if is_range and not hyphen_chain and b.qualifier is None and a.form != "vague" and b.form != "vague":
                merged = replace(
                    a, start=start, end=b.end, num_end=b.num_end, percent=a.percent or b.percent,
                    currency=a.currency or b.currency, scale=a.scale or b.scale,
                    value=a.value * (_scale_of(b) if a.scale is None and b.scale and a.form == b.form else 1.0),
                )
                out.append((merged, b.value))
                i += 2
                continue
        out.append((a, None))
        i += 1
    return out


def _scale_of(nx: NumberExpr) -> float:
    return {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6}.get(
        (nx.scale or "").lower(), 1.0
    )


def _name_word(doc: Any, k: int) -> bool:
    """A capitalised singular noun: part of a name such as "Dreamliner"."""
    return k < len(doc) and doc[k].tag_ in ("NNP", "NN") and doc[k].text[:1].isupper()


def _tokens(sd: Any, start: int, end: int) -> list[Any]:
    """The spaCy tokens that overlap ``[start, end)``."""
    if sd is None:
        return []
    span = sd.char_span(start, end, alignment_mode="expand")
    if span is None:
        return [t for t in sd if t.idx < end and t.idx + len(t.text) > start]
    return list(span)


class FigureFinder(Component):
    """Numbers with what they count: value, category, qualifier, scope, source, quote, noun."""

    name = "newsgraph.figures"
    version = "1"
    requires = ("nlp",)
    assigns = ("figures",)
    #: direct quotes mark the figures inside them (when the quotes component ran before)
    reads = ("quotes",)

    def find(self, doc: Document) -> list[Record]:
        text = doc.text
        sd: Any = doc.nlp_doc
        cid = self.component_id
        published = doc.meta.get("published")
        time_ents = [
            (e.start_char, e.end_char, e.label_, e.text) for e in (sd.ents if sd is not None else ())
            if e.label_ in ("DATE", "TIME", "ORDINAL")
        ]
        name_ents = [
            (e.start_char, e.end_char) for e in (sd.ents if sd is not None else ()) if e.label_ in _NAME_LABELS
        ]
        regions = _quote_regions(doc)
        records: list[Record] = []
        candidates = _merge_ranges(text, scan(text))
        # numerals that name things here ("Boeing 737", "CTF 50") name them everywhere in the document
        names: set[str] = {n for groups in _GLUED.findall(text) for n in groups if n}
        last_designator = -1
        kept: list[tuple[NumberExpr, float | None, list[Any]]] = []
        for nx, high in candidates:
            if doc.blocks and doc.block_kind(nx.start) in _SKIP_BLOCKS:
                continue
            tokens = _tokens(sd, nx.num_start, nx.num_end)
            if last_designator >= 0 and re.fullmatch(r"\s*(?:,|and|&|or|,\s*and)\s*", text[last_designator : nx.start]):
                reason: str | None = "name"  # "Resolutions 2254 and 2118"
            else:
                reason = self._skip(text, nx, high, tokens, time_ents, name_ents)
            if reason == "name":
                names.add(text[nx.num_start : nx.num_end])
                last_designator = nx.end
            if reason is None:
                kept.append((nx, high, tokens))
        money_sent = -1
        money_cur: str | None = None
        for nx, high, tokens in kept:
            num = text[nx.num_start : nx.num_end]
            if num in names and nx.form == "digits" and nx.currency is None and not nx.percent and "," not in num:
                continue
            sent_start = sentence_of(tokens[0]).start if tokens else -2
            if nx.currency is not None:
                money_sent, money_cur = sent_start, nx.currency
            elif (tokens and sent_start == money_sent and not nx.percent and nx.scale and nx.value >= 1e6
                    and context_for(tokens, False, False, published, "", nx.end).counted is None):
                nx = replace(nx, currency=money_cur)  # "US$5 billion in aid on top of the four billion"
            money, percent = nx.currency is not None, nx.percent
            if tokens:
                ctx = context_for(tokens, money, percent, published, text[nx.start : nx.num_start], nx.end)
            else:
                ctx = Context(category="MONEY" if money else "PERCENT" if percent else "OTHER")
            if nx.form == "vague" and not self._counts_people(ctx, sd):
                continue
            if ctx.category == "OTHER" and high is None and nx.qualifier is None and nx.currency is None \
                    and not nx.percent and (num.lower() == "one" or self._definite_small(nx, tokens)):
                continue  # "one" outside a toll is an article ("in one case"); "the two leaders" a reference
            inside = any(s <= nx.num_start < e for s, e in regions)
            source = ctx.source
            if inside:
                speaker = next((getattr(q, "speaker", None) for q in doc.get("quotes") if q.start <= nx.num_start < q.end), None)
                source = speaker or source
            unit = nx.currency if money else "%" if percent else self._unit(text, nx)
            records.append(
                Figure(
                    start=nx.start, end=nx.end, text=text[nx.start : nx.end], component=cid, value=nx.value,
                    category=ctx.category, qualifier=nx.qualifier, scope=ctx.scope, source=source,
                    inside_quote=inside, counted=ctx.counted, counted_start=ctx.counted_start,
                    counted_end=ctx.counted_end, unit=unit, high=high, form="range" if high is not None else nx.form,
                )
            )
        return records

    @staticmethod
    def _unit(text: str, nx: NumberExpr) -> str | None:
        m = re.match(r"\s?(GB|MB|TB|KB|GHz|MHz|kWh|kW|MW|GW|km2|km|kg|mm|cm|mph|m3)\b", text[nx.num_end : nx.num_end + 6])
        return m.group(1) if m else None

    @staticmethod
    def _counts_people(ctx: Context, sd: Any) -> bool:
        if ctx.category != "OTHER":
            return True
        if ctx.counted_lemma in PEOPLE:
            return True
        if sd is not None and ctx.counted_start is not None and ctx.counted_end is not None:
            span = sd.char_span(ctx.counted_start, ctx.counted_end, alignment_mode="expand")
            return span is not None and any(t.ent_type_ == "NORP" for t in span)
        return False

    def _skip(self, text: str, nx: NumberExpr, high: float | None, tokens: list[Any],
              time_ents: list[tuple[int, int, str, str]], name_ents: list[tuple[int, int]]) -> str | None:
        """Why the number is not a figure ("date", "name", "age", ...), or None when it is one."""
        num = text[nx.num_start : nx.num_end]
        before = text[max(0, nx.start - 40) : nx.start]
        rest = text[nx.num_end : nx.num_end + 30]
        measured = nx.currency is not None or nx.percent
        # inside a date, time or ordinal the model found
        if nx.form == "fraction" and re.match(r"^\s+(?:an?\s+|of\s+an?\s+)?(?:hour|year|day|week|month|century|decade|"
                                              r"mile|minute|second)s?\b", text[nx.end : nx.end + 20], re.I):
            return "duration"  # "half an hour", "a quarter century"
        if nx.form == "fraction" and (
            re.search(r"\b(?:first|last|second|third|fourth|latter|former|next|past)\s+$", before, re.I)
            or re.match(r"^\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:['’]?\d{2,4}s?\b|year|decade|century|month)",
                        text[nx.end : nx.end + 30], re.I)
        ):
            return "date"  # "the last half of 1989", "the first two quarters of 1990"
        rate = re.match(r"^\s+(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|minute)\b", rest, re.I)
        for s, e, label, etext in time_ents:
            if s < nx.num_end and nx.num_start < e and not measured and nx.form != "fraction" and not rate:
                if label == "ORDINAL" or _TIME_WORDS.search(etext) or re.fullmatch(r"(?:[\d'’,\s]|and)+", etext):
                    return "date"
        if nx.form == "digits" and nx.value <= 31 and not measured and (
            re.search(_MONTH_BEFORE, before)
            or re.match(r"^(?:\s*[-–]\s*\d{1,2})?\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b",
                        text[nx.num_end if high is None else nx.end :])
        ):
            return "date"
        # a year ("the 2003 invasion", "in 2011", "575 B.C.")
        if (nx.form == "digits" and not measured and re.fullmatch(r"\d{4}", num) and 1000 <= nx.value <= 2100
                and high is None):
            nxt = next((t for t in tokens[-1].doc[tokens[-1].i + 1 : tokens[-1].i + 2]), None) if tokens else None
            if nxt is None or nxt.tag_ != "NNS" or _TIME_WORDS.search(nxt.text):
                return "date"
        if not measured and _ERA_AFTER.match(text[nx.end : nx.end + 6]):
            return "date"
        if high is not None and high <= nx.value and not measured:
            return "score"  # "52-35", "2 – 1": a score or a tally, not a range
        if re.match(r"^-(?:time|off|way|sided|stop|shot|liners?)\b", text[nx.end : nx.end + 10], re.I):
            return "idiom"  # "a one-time charge", "a one-off"
        if nx.form == "words" and re.search(r"[A-Za-z]-$", text[max(0, nx.num_start - 2) : nx.num_start]):
            return "name"  # "high-five"
        if nx.form == "digits" and high is None:
            if re.search(r"[\w][-–/]$|[:/'’.]$|\d\s?[-–]\s?$", text[max(0, nx.num_start - 4) : nx.num_start]) \
                    and not nx.currency:
                return "name"  # A330-200, F-16, 7/8/07, 18:00, '11, 1.1.1
            if re.match(r"^(?:[-–/:]\d|\.\d|,\d(?!\d\d))", text[nx.num_end : nx.num_end + 4]):
                return "name"  # 737-800, 910-432-3383, 10.4.1, 4,4′-...
            if re.match(r"^['’]s\b", text[nx.num_end : nx.num_end + 3]):
                return "date"  # the 1990's, in his 60's
        if re.search(r"\[\s*$", before) and re.match(r"^\s*\]", rest):
            return "footnote"
        line_start = text.rfind("\n", 0, nx.start) + 1
        line_end = text.find("\n", nx.end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if "°" in line or re.match(r"^[°′″]", rest):
            return "coordinate"
        if not measured:
            if _TIME_AFTER.match(rest) or _ORDINAL_AFTER.match(rest):
                return "date"
            if _DURATION_AFTER.match(text[nx.end : nx.end + 30]):
                return "duration"
            if _AGE_BEFORE.search(before) or re.match(r"^-year-old", rest):
                return "age"
            if re.search(r"\b(?:I|he|she|you|we|they)\s+(?:was|were|am|is|are|turned|turns)\s+$", before, re.I) \
                    and re.match(r"^\s*(?:[.,;:!?)]|and\b|when\b|now\b|today\b|years?\b|$)", rest):
                return "age"  # "when I was ten"
            if re.match(r"^\)", rest) and not re.search(r"\(\s*$", before):
                return "list"  # "either 1) ... or 2) ..."
            if (nx.form == "digits" and nx.value < 120 and re.search(r"[A-Z][\w.'’-]*,\s$", before)
                    and re.match(r"^\s?(?:[,)]|of\b)", rest) and tokens and self._after_person(tokens[0])):
                return "age"  # "Barra, 51, will ..."
            if _DESIGNATOR.search(text[max(0, nx.start - 20) : nx.start]):
                return "name"
            if nx.form == "digits" and any(s <= nx.num_start and nx.num_end <= e for s, e in name_ents):
                return "name"  # a number inside a name the model found: "S&P 500", "iOS 4"
        if tokens and not measured and nx.qualifier is None and re.fullmatch(r"\d{3,4}", num) and high is None:
            j = tokens[-1].i + 1
            doc = tokens[-1].doc
            if _name_word(doc, j) and not _MONTHS.match(doc[j].text):
                while _name_word(doc, j):
                    j += 1
                plural = doc[j - 1].text.lower().endswith(("s", "men")) or (
                    j < len(doc) and doc[j].tag_ in ("NNS", "NNPS"))
                if not plural:
                    return "name"  # "787 Dreamliner", "737 MAX"; "300 ANG Airmen" stays
        if tokens and not measured:
            first = tokens[0]
            prev = first.doc[first.i - 1] if first.i > 0 else None
            same_line = prev is not None and "\n" not in text[prev.idx : first.idx]
            if nx.qualifier is None and nx.form == "digits" and same_line and prev is not None \
                    and not first.is_sent_start:
                cap = (prev.text[:1].isupper() and not prev.is_sent_start) or any(c.isupper() for c in prev.text[1:])
                if (prev.pos_ == "PROPN" or cap or prev.text in ("&",)) and not _MONTHS.match(prev.text):
                    return "name"  # Boeing 737, FTSE 100, Nikkei 225, CTF 50
                nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
                if prev.tag_ == "POS" and prev.i > 0 and first.doc[prev.i - 1].pos_ == "PROPN" \
                        and re.fullmatch(r"\d{3,4}", num) and (nxt is None or nxt.tag_ != "NNS"):
                    return "name"  # Standard & Poor's 500 index
            if nx.form == "words" and num[:1].isupper() and not first.is_sent_start and same_line:
                return "name"  # the "Big Three", Mobile Unit Two
            if nx.form == "words" and num.lower() in ("one", "a") and high is None:
                if _ONE_IDIOM.match(text[nx.num_end :]) or first.dep_ != "nummod" \
                        or first.head.pos_ not in ("NOUN", "PROPN"):
                    return "pronoun"  # "one of", "at one point", "the one"
        if nx.form == "fraction" and nx.qualifier is None and not nx.percent and not re.match(r"^\s+of\b", rest):
            return "fraction"
        return None

    @staticmethod
    def _definite_small(nx: NumberExpr, tokens: list[Any]) -> bool:
        """1-3 after a definite determiner: "the two leaders", "our 2 countries"."""
        if nx.value > 3 or not tokens or tokens[0].i == 0:
            return False
        return bool(tokens[0].doc[tokens[0].i - 1].lower_ in _SMALL_DEFINITE)

    @staticmethod
    def _after_person(tok: Any) -> bool:
        doc = tok.doc
        j = tok.i - 2 if tok.i >= 2 else None
        return j is not None and doc[j].ent_type_ == "PERSON"
