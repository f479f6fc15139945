"""Toponym recognition over a Document: spaCy's place mentions plus a gazetteer pass.

* Mentions the entity component labelled LOC (spaCy GPE, LOC, FAC) are toponyms; so are
  GPEs it turned into ORG because they act ("Washington said"), when the gazetteer knows
  them. A name the gazetteer does not know is kept (unresolved) only when it stayed LOC
  and has two words or more. Curated groups (``newsgraph/entities/aliases.csv``: Daesh, ...)
  never are places, unless the name is a curated place name ("EU").
* An ORG or PERSON mention that is exactly the name of a country, admin area, region or
  large city, and not part of a longer name, is a toponym (metonymy: "Iraq said ...").
  An ORG ending in a feature word ("Royal Street", "Glenrock Lagoon") is one too.
* Gazetteer pass: runs of capitalised words nobody tagged are looked up; a run is a
  toponym when it names a country, continent, region or first-level admin area, a city
  of at least ``MIN_CITY_POP`` people, or a name already recognised in the document.
* Nationality adjectives ("Iraqi forces") become ``form="demonym"`` toponyms of their
  country: the country affiliation of what they qualify, not a place mention proper.
  Place names inside organisation names become ``form="embedded"``.
* "<Place>'s airport", "<Place> airport" become the city's airport; "Town, Ill." reads
  the state abbreviation; a dateline ("BEIRUT (AP) —") is a place.
* Bylines and photo credits are skipped; captions count.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.document import Document
from newsgraph.entities.aliases import lookup as alias_lookup
from newsgraph.places.gazetteer import Candidate, Gazetteer
from newsgraph.places.normalize import norm
from newsgraph.places.resolve import Toponym

MIN_CITY_POP = 100_000
#: a one-word PERSON mention is a city's name when the city is at least this large
PERSON_CITY_POP = 1_000_000
EMBEDDED = True
_BIG_KINDS = ("country", "continent", "region", "admin1")
_SKIP_BLOCKS = ("byline", "credit")
#: lowercase words inside a place name; the Arabic article also as it is assimilated ("Dayr az Zawr")
_CONNECT = {"of", "de", "del", "la", "le", "du", "da", "and", "upon", "on", "am", "al", "el", "-", "az", "ad", "ash", "ar",
            "as", "an", "at", "ath"}
_AIRPORT = re.compile(r"(?:['’]s)?\s+(?:international\s+)?(?:airport|air\s?base)\b", re.I)
#: words that are never a place on their own, whatever some small town is called
_STOP = {"i", "a", "an", "the", "he", "she", "it", "we", "they", "you", "this", "that", "mr", "mrs", "ms", "dr",
         "said", "says", "new", "north", "south", "east", "west", "central", "university", "police", "mobile",
         "reading", "march", "may", "june", "july", "august", "april", "monday", "tuesday", "wednesday",
         "thursday", "friday", "saturday", "sunday", "god", "christmas", "english", "french", "spanish", "most",
         "enterprise", "independence", "surprise", "commonwealth", "liberty", "security", "opportunity",
         "western", "eastern", "northern", "southern", "upper", "lower", "greater", "coast", "centre", "center"}


def _usable(cands: tuple[Candidate, ...], min_pop: int = MIN_CITY_POP) -> bool:
    return any(c.kind in _BIG_KINDS or (c.kind in ("city", "admin2") and c.population >= min_pop and c.primary) for c in cands)


_FEATURE_TAIL = re.compile(
    r"\s(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Square|Bridge|River|Lake|Lagoon|Mountains?|"
    r"Hills?|Valley|Islands?|Beach|Bay|Canal|Harbou?r|Plantation|Estate|Airport|Highway|Motorway|Peninsula)$"
)
#: the tails that make even a "person" a street ("Michael Bay" and "Faith Hill" are people)
_STREET_TAIL = re.compile(r"\s(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Square|Bridge|Canal|Highway|Airport)$")
_GENERIC_HEAD = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|"
                           r"North-?east(?:ern)?|North-?west(?:ern)?|South-?east(?:ern)?|South-?west(?:ern)?|"
                           r"Old|Downtown|Metro|Metropolitan)\s+")
_GENERIC_TAIL = re.compile(r"\s+(?:State|City|County|Province|Region|District|Township|Municipality|Governorate|"
                           r"Oblast|Prefecture|Area)$")


def _core_lookup(gaz: Gazetteer, surface: str) -> tuple[Candidate, ...]:
    """Candidates of a name without a generic head or tail ("Eastern Ghouta" -> "Ghouta",
    "Oaxaca State" -> "Oaxaca"), for names the gazetteer does not know as written."""
    core = _GENERIC_TAIL.sub("", _GENERIC_HEAD.sub("", surface))
    if core == surface or len(core) < 3:
        return ()
    # the core must be a place of some size: "West Wing" is not the village of Wing
    return tuple(c for c in gaz.lookup(core) if c.kind in _BIG_KINDS or (c.primary and c.population >= MIN_CITY_POP))


def _curated_place(cands: tuple[Candidate, ...]) -> bool:
    """The name is a country's, continent's or region's main name or curated alias."""
    return any(c.primary and c.kind in ("country", "continent", "region") for c in cands)


def _is_group(surface: str) -> bool:
    a = alias_lookup(surface)
    return a is not None and a.label != "LOC"


def recognize(doc: Document, gaz: Gazetteer) -> list[Toponym]:
    """All toponyms of ``doc``, unresolved, in text order, without overlaps."""
    text = doc.text
    found: dict[tuple[int, int], Toponym] = {}
    ents = {e.id: e for e in doc.get("entities")}

    blocked: list[tuple[int, int, str]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in found) and all(e <= a or s >= b for a, b, _ in blocked)

    def add(s: int, e: int, cands: tuple[Candidate, ...], form: str = "name", force: bool = False, via: str = "model") -> None:
        if doc.block_kind(s) in _SKIP_BLOCKS or any(not (e <= a or s >= b) for a, b in found):
            return
        over = [] if force else [(a, b, lab) for a, b, lab in blocked if not (e <= a or s >= b)]
        inside = [lab for _, _, lab in over]
        if form == "embedded":
            pass
        elif form == "demonym" and over:
            if over == [(s, e, "PERSON")] or inside == ["MISC"]:
                pass  # a lone nationality word is no person's name
            elif EMBEDDED and all(lab == "ORG" for lab in inside):
                form = "embedded"
            else:
                return
        elif over:
            return
        found[(s, e)] = Toponym(s, e, text[s:e], norm(text[s:e]) if form == "name" else form + ":" + norm(text[s:e]),
                                cands, form=form, extra={"via": via})

    mentions: list[Any] = sorted(doc.get("mentions"), key=lambda m: m.start)
    # "Trinidad and Tobago", "Bosnia and Herzegovina": one country the model may cut in two
    for a, b in zip(mentions, mentions[1:], strict=False):
        if text[a.end : b.start] in (" and ", " & "):
            whole = tuple(c for c in gaz.lookup(text[a.start : b.end]) if c.primary and c.kind in ("country", "admin1"))
            if whole:
                add(a.start, b.end, whole, via="merged")
    # airports first: they contain a place name
    for m in mentions:
        if m.label != "LOC" and m.fine_label not in ("GPE", "LOC", "FAC"):
            continue
        am = _AIRPORT.match(text, m.end)
        if am:
            cities = [c for c in gaz.lookup(m.text) if c.kind == "city"]
            country = max(cities, key=lambda c: c.population).country if cities else None
            ap = gaz.airports_in(m.text, country)
            if ap:
                add(m.start, am.end(), (ap[0],), "airport", via="airport")
    named: set[str] = set()
    # datelines first: the place a story was filed from is a place wherever else it is named
    _datelines(doc, gaz, found, add)
    named.update(t.key for t in found.values() if t.form == "name")
    for m in mentions:
        surface = m.text
        if m.fine_label == "LANGUAGE" or surface.lower() in _STOP and not _within_parent(text, m.end, gaz.lookup(surface), gaz):
            continue  # a common word, unless written with its state: "Mobile, Ala.", "Reading, Pa."
        dem = gaz.demonym(surface) if len(surface.split()) <= 2 else None
        if dem is not None:
            add(m.start, m.end, (dem,), "demonym")
            continue
        cands = gaz.lookup(surface) or _core_lookup(gaz, surface)
        if (_is_group(surface) or m.fine_label == "ALIAS") and not _curated_place(cands):
            continue
        if m.fine_label == "FAC":  # a building is not the town one of its translations names
            cands = tuple(c for c in cands if c.primary)
        if m.label == "LOC" or (m.label == "ORG" and m.fine_label in ("GPE", "LOC", "FAC")) or _curated_place(cands):
            # the model saw a place; the entity component may call it ORG when it acts (metonymy),
            # but a name the gazetteer does not know is a place only when it stayed LOC
            # an unknown one-word name is more often a misread person or thing than a place
            if cands or (m.label == "LOC" and (" " in surface or m.fine_label in ("FAC", "ORG"))):
                add(m.start, m.end, cands, via="model" if m.label == "LOC" else "metonymy")
                named.add(norm(surface))
        elif m.label in ("PERSON", "MISC") and _ABBREV.match(text, m.end) and (towns := _within_parent(text, m.end, cands, gaz)):
            # "toward Hugo, Okla.": a name the model took for a person, written with a state
            add(m.start, m.end, towns, via="with_state")
        elif (m.label == "ORG" and _FEATURE_TAIL.search(surface)) or (m.label == "PERSON" and _STREET_TAIL.search(surface)):
            # "Royal Street", "Glenrock Lagoon": a named feature whatever the model called it
            add(m.start, m.end, tuple(c for c in cands if c.primary), via="feature")
        elif cands and len(surface.split()) <= 3:
            ent = ents.get(m.entity_id)
            if ent is not None and norm(ent.name) != norm(surface):
                continue  # a surname or part of a longer name
            if _usable(cands, MIN_CITY_POP if m.label == "ORG" else PERSON_CITY_POP):
                add(m.start, m.end, cands, via="metonymy")
                named.add(norm(surface))
            elif m.label == "ORG" and " " not in surface and _PREP_BEFORE.search(text, max(0, m.start - 12), m.start):
                # "who was from Dewsbury": a one-word "organisation" after a preposition of place
                towns = tuple(c for c in cands if c.kind == "city" and c.primary and c.population >= PREP_CITY_POP)
                if towns:
                    add(m.start, m.end, towns, via="prep")
                    named.add(norm(surface))
    # names of people, organisations and other entities are no toponyms, nor is what they contain
    blocked.extend((m.start, m.end, m.label) for m in mentions if m.label != "LOC" and (m.start, m.end) not in found)
    sd = doc.nlp_doc
    if sd is not None:
        toks = list(sd)
        _gazetteer_pass(doc, toks, gaz, named, add, free)
        _demonyms(doc, toks, gaz, add)
        if EMBEDDED:
            _embedded(doc, gaz, [m for m in mentions if m.label == "ORG"], add, named)
    _state_abbreviations(doc, gaz, found, add)
    _same_name(doc, mentions, found, add)
    _drop_non_places(doc, found, mentions, list(ents.values()))
    return sorted(found.values(), key=lambda t: t.start)


#: time zones written after a clock time ("12:30 p.m. EST"): never the town of that name
TIME_ZONES = frozenset({"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst", "gmt", "utc", "bst",
                        "cet", "cest", "eet", "eest", "wet", "west", "ist", "jst", "kst", "aest", "aedt", "acst", "awst",
                        "nzst", "nzdt", "msk", "et", "ct", "mt", "pt", "sgt", "hkt", "ast", "adt", "nst", "ndt"})
_CLOCK_BEFORE = re.compile(r"\d(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*\(?$", re.I)
#: a party and state or town after a politician's name: "(R-Burlington)", "Sherrod Brown, D-Ohio"
_PARTY_BEFORE = re.compile(r"(?:^|[\s(\[,;])(?:R|D|I|Rep|Dem|Ind|Lab|Con|LD)\.?\s?[-–]\s?$")
#: an all-caps word of four letters or more next to a name: the name is part of a label or a
#: kicker ("QUIET CAR.", "MIXED FEELINGS"), not a place mention
_CAPS_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Z'’-]{3,}[ \t]+$")
_CAPS_WORD_AFTER = re.compile(r"[ \t]+[A-Z][A-Z'’-]{3,}(?![\w.])")
#: ways of finding a place that read the text around a person's name, not the model's label
_WRITTEN_AS_PLACE = frozenset({"with_state", "feature", "same_name", "dateline", "abbrev", "merged"})
_PERSON_SAFE_PREP = re.compile(r"\b(?:in|from|near|outside|to|at|of)\s+$")


def _label_context(text: str, s: int, e: int) -> bool:
    """The name sits in an all-caps label: a capitalised word of four letters or more, not part
    of the name, right before or after it on the same line."""
    return bool(_CAPS_WORD_BEFORE.search(text, max(0, s - 40), s) or _CAPS_WORD_AFTER.match(text, e))


def _drop_non_places(doc: Document, found: dict[tuple[int, int], Toponym], mentions: list[Any], ents: list[Any]) -> None:
    """Names that look like places and are something else: a span the entity step tagged PERSON,
    a word of a person's name named in the article ("Leon" of "Nathaly Cartas Leon", "Salinas"
    when a Salinas is a person there), a time zone after a clock time, a party-state note, a
    word of an all-caps label, and a short alternate name written in title case ("Car" is not
    the CAR of the Central African Republic)."""
    text = doc.text
    by_id = {e.id: e for e in ents}

    def is_person(m: Any) -> bool:
        # the entity step's verdict on the whole entity wins over one mention's label
        ent = by_id.get(m.entity_id)
        return (ent.label if ent is not None else m.label) == "PERSON"

    people = [m for m in mentions if m.label == "PERSON" and is_person(m)]
    person_spans = {(m.start, m.end) for m in people}
    lone_person_spans = {(m.start, m.end) for m in people
                         if (ent := by_id.get(m.entity_id)) is None or norm(ent.name) == norm(m.text)}
    full_names = [m.text for m in people if len(m.text.split()) > 1]
    full_names += [e.name for e in ents if e.label == "PERSON" and len(e.name.split()) > 1]
    surnames = {norm(n.split()[-1]) for n in full_names}
    lone_names = {norm(m.text) for m in people if " " not in m.text}
    # a surname, or the given name of a plain two-word name ("Tyler" of "Tyler Smith")
    person_words = surnames | {norm(n.split()[0]) for n in full_names if len(n.split()) == 2 and n[:1].isupper()}
    for key, t in list(found.items()):
        via = t.extra.get("via", "")
        s, e = t.start, t.end
        words = t.text.split()
        drop = False
        if via in ("dateline", "abbrev"):
            continue
        if t.text.isupper() and norm(t.text) in TIME_ZONES and _CLOCK_BEFORE.search(text, max(0, s - 14), s):
            drop = True
        elif _PARTY_BEFORE.search(text, max(0, s - 6), s):
            drop = True
        elif t.text.isupper() and _label_context(text, s, e):
            drop = True
        elif via not in _WRITTEN_AS_PLACE and t.form in ("name", "embedded") and any(
                not (e <= a or s >= b) for a, b in person_spans):
            # a country or state by its main name the model alone took for a person stays ("Georgia said"),
            # not a short form of a person's full name ("Holland recalled", of "Bill Holland")
            drop = not ((s, e) in lone_person_spans and any(c.primary and c.kind in _BIG_KINDS for c in t.candidates))
        elif t.form == "name" and via not in _WRITTEN_AS_PLACE:
            if len(words) == 1 and norm(t.text) in person_words:
                big = any(c.primary and c.kind in ("country", "continent", "region") for c in t.candidates)
                written = t.parent is not None or _PERSON_SAFE_PREP.search(text, max(0, s - 10), s) is not None
                drop = not big and not written
            elif len(words) > 1 and not t.candidates and not _FEATURE_TAIL.search(t.text):
                # "Helen Kunz" when a Randy Kunz is named; "Scott Pruitt" when "Pruitt" alone is a person
                drop = any(norm(w) in surnames for w in words[1:]) or (
                    len(words) == 2 and norm(words[1]) in lone_names and not _GENERIC_HEAD.match(t.text))
        if not drop and not t.text.isupper() and len(t.text.strip(".")) <= 3 and t.candidates and via != "with_state":
            # a short alternate name in title case: only main names count ("Car", "Wash")
            t.candidates = tuple(c for c in t.candidates if c.primary)
            drop = not t.candidates
        elif not drop and t.text.isalpha() and t.text.isupper() and len(t.text) <= 3 and t.candidates and via == "model":
            # an acronym names a country or a state, a town by its main name, or a big city ("NYC");
            # not a small town one of whose alternate names it is ("AI")
            t.candidates = tuple(c for c in t.candidates if c.kind not in ("city", "admin2") or c.primary
                                 or c.population >= ACRONYM_CITY_POP)
            drop = not t.candidates
        if drop:
            del found[key]


def _same_name(doc: Document, mentions: list[Any], found: dict[tuple[int, int], Toponym], add: Any) -> None:
    """One sense per name: a one- or two-word name the model took for a person or a thing is
    the place the article names elsewhere as a place ("CLARKSVILLE —" ... "Residents of
    Clarksville"; "The Sellersburg Town Council" ... "Sellersburg, in Clark County")."""
    places: dict[str, tuple[Candidate, ...]] = {}
    for t in found.values():
        local = tuple(c for c in t.candidates if c.kind in ("city", "admin2"))
        if local and t.form in ("name", "embedded") and not t.text.isupper() or local and t.text.isupper():
            places.setdefault(norm(t.text), local)
    if not places:
        return
    # a word of a person's full name stays that person's ("his brother Tyler", "Tyler's attorney")
    person_words = {w.lower() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1 for w in m.text.split()}
    for m in mentions:
        if m.label not in ("PERSON", "MISC") or len(m.text.split()) > 2 or (m.start, m.end) in found:
            continue
        if m.label == "PERSON" and any(w.lower() in person_words for w in m.text.split()):
            continue
        cands = places.get(norm(m.text))
        if cands:
            add(m.start, m.end, cands, force=True, via="same_name")


#: at the start of a line or of a sentence (paragraphs run together): "By Jo Roe. BOSTON (Reuters) -"
_DATELINE = re.compile(r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?P<place>[A-Z][A-Z.'’\- ]{2,30}?[A-Z.])"
                       r"(?:,[ \t]+(?P<region>[A-Z][A-Za-z.' ]{1,25}?))?"
                       r"[ \t]*(?:\(|—|–|-{1,2}(?=[ \t(])|(?P<colon>:)[ \t])")


_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:—|–|-{1,2}|:)?[ \t]*")
#: a dateline that carries the day it was filed: "KABUL, Nov 3 (Reuters) -", "LIMA, Peru, March 12 —"
_DATED_DATELINE = re.compile(r"(?m)(?:^|(?<=[.!?] ))[ \t]*(?P<place>[A-Z][A-Z.'’\- ]{2,30}?[A-Z.])"
                             r"(?:,[ \t]+[A-Z][A-Za-z.' ]{1,25}?)?,[ \t]+"
                             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+[0-9]{1,2}(?:,[ \t]+[0-9]{4})?"
                             r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:—|–|-{1,2}|:)[ \t]*")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where each dateline is ("KABUL, Afghanistan (AP) — "), from the start of its place to the
    first character of the story after it: what the paragraph says starts there."""
    out = []
    for m in _DATELINE.finditer(text):
        surface = m.group("place").strip()
        if not (surface.isupper() and len(surface) > 2):
            continue
        end = m.end()
        if text[end - 1] == "(":  # "WASHINGTON (Reuters) -": the agency and the dash
            end -= 1
        tail = _DATELINE_TAIL.match(text, end)
        out.append((m.start("place"), tail.end() if tail else end))
    for m in _DATED_DATELINE.finditer(text):
        if m.group("place").strip().isupper() and not any(s <= m.start("place") < e for s, e in out):
            out.append((m.start("place"), m.end()))
    return sorted(out)


def _datelines(doc: Document, gaz: Gazetteer, found: dict[tuple[int, int], Toponym], add: Any) -> None:
    """"BEIRUT (AP) —", "ST. LOUIS, Mo. --": the capitalised place a news paragraph opens
    with is where it was filed, whatever its size; so is the state or country after it
    ("CAMP MURRAY, Wash. -"), also when the gazetteer lacks the place."""
    for m in _DATELINE.finditer(doc.text):
        surface = m.group("place").strip()
        if surface.isupper() and len(surface) > 2:
            cands = tuple(c for c in gaz.lookup(surface) if c.primary and c.kind in ("city", "country", "admin1"))
            if m.group("colon"):  # "NEW DELHI: ..." but not a label such as "JEWELL: ..."
                cands = cands if _usable(cands) else ()
            if cands:
                add(m.start("place"), m.start("place") + len(surface), cands, force=True, via="dateline")
        region = (m.group("region") or "").strip()
        if region and surface.isupper():
            cands = tuple(c for c in (gaz.lookup_key("abbrev:" + norm(region)) or gaz.lookup(region))
                          if c.primary and c.kind in ("country", "admin1"))
            if not cands:
                continue
            s, e = m.start("region"), m.start("region") + len(region)
            for key in [k for k in found if not (k[1] <= s or k[0] >= e)]:
                del found[key]  # the model's reading of the abbreviation ("Wash" as a town)
            add(s, e, cands, force=True, via="dateline")


_ABBREV = re.compile(r", ((?:[A-Z][a-z]{1,4}\.)(?:[A-Z][a-z]?\.)?)")


def _state_abbreviations(doc: Document, gaz: Gazetteer, found: dict[tuple[int, int], Toponym], add: Any) -> None:
    """An AP state abbreviation that is also a word ("Ill.", "Pa.") names a state only right
    after a place: "Springfield, Ill."."""
    starts = {s: t for (s, _e), t in found.items()}
    for _s, e in list(found):
        m = _ABBREV.match(doc.text, e)
        if not m:
            continue
        cands = gaz.lookup_key("abbrev:" + norm(m.group(1))) or gaz.lookup_key(norm(m.group(1)))
        cands = tuple(c for c in cands if c.kind == "admin1" and c.country == "US")
        if not cands:
            continue
        there = starts.get(m.start(1))
        if there is not None:  # the model tagged "Ill" without its dot: read it as the state
            there.candidates, there.key = cands, "abbrev:" + norm(m.group(1))
        else:
            add(m.start(1), m.end(1), cands, via="abbrev")


#: prepositions after which a capitalised town name of some size is a place
_PLACE_PREPS = frozenset({"in", "from", "near", "outside", "between", "via", "towards", "toward"})
_PREP_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_PLACE_PREPS)) + r")\s+$")
PREP_CITY_POP = 20_000
#: a city named by an acronym of its alternate names ("NYC", "LA") has at least this many people
ACRONYM_CITY_POP = 500_000


def _gazetteer_pass(doc: Document, toks: list[Any], gaz: Gazetteer, named: set[str], add: Any, free: Any) -> None:
    """Capitalised runs that no model mention covers, looked up longest first."""
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if not (t.text[:1].isupper() and t.is_alpha) or t.lower_ in _STOP:
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 5 and (toks[j].text[:1].isupper() or (toks[j].lower_ in _CONNECT and j + 1 < n and toks[j + 1].text[:1].isupper())):
            j += 1
        matched = False
        for k in range(j, i, -1):
            if toks[k - 1].lower_ in _CONNECT:
                continue
            s, e = toks[i].idx, toks[k - 1].idx + len(toks[k - 1].text)
            if not free(s, e):
                continue
            surface = doc.text[s:e]
            if k - i == 1 and (surface.lower() in _STOP or surface.isupper() and len(surface) > 3):
                continue
            if len(surface) < 3 and not (surface.isupper() and _curated_place(gaz.lookup(surface))):
                continue
            if _is_group(surface) or gaz.demonym(surface) is not None:
                continue
            cands = gaz.lookup(surface)
            if not cands:
                continue
            if not (norm(surface) in named or _usable(cands)):
                # a small place written with its state or country: "Hugo, Okla.", "Cullman, Alabama"
                within = _within_parent(doc.text, e, cands, gaz)
                # or after a preposition of place: "who was from Dewsbury", "between Coggeshall and ..."
                after_prep = i > 0 and toks[i - 1].lower_ in _PLACE_PREPS
                cands = within or (tuple(c for c in cands if c.kind == "city" and c.primary and c.population >= PREP_CITY_POP)
                                   if after_prep else ())
            if cands:
                add(s, e, cands, via="gazetteer")
                matched = True
                i = k
                break
        if not matched:
            i += 1


_PARENT = re.compile(r", ((?:[A-Z][a-z]{1,4}\.){1,2}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)")


def _within_parent(text: str, end: int, cands: tuple[Candidate, ...], gaz: Gazetteer) -> tuple[Candidate, ...]:
    """The primary city candidates that lie in the admin area or country written right after
    the name and a comma; empty when there is none."""
    m = _PARENT.match(text, end)
    if not m:
        return ()
    word = m.group(1)
    parents = [c for c in (gaz.lookup_key("abbrev:" + norm(word)) or gaz.lookup(word)) if c.kind in ("admin1", "country")]
    return tuple(c for c in cands if c.kind == "city" and c.primary and any(
        c.country == p.country and (p.kind == "country" or c.admin1 == p.admin1) for p in parents))


def _demonyms(doc: Document, toks: list[Any], gaz: Gazetteer, add: Any) -> None:
    """Nationality adjectives, two words first ("South Korean"), then one."""
    for i, t in enumerate(toks):
        if not t.text[:1].isupper() or t.tag_ in ("NNS", "NNPS") or t.lower_ == "the":
            continue
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "dobj", "nsubj", "conj", "attr", "ROOT"):
            continue  # a language ("in English") or a people, not an adjective
        for width in (2, 1):
            if i + width > len(toks):
                continue
            s, e = toks[i].idx, toks[i + width - 1].idx + len(toks[i + width - 1].text)
            c = gaz.demonym(doc.text[s:e])
            if c is not None:
                nxt = toks[i + width] if i + width < len(toks) else None
                if nxt is not None and nxt.tag_ in ("NNPS",):
                    break
                add(s, e, (c,), "demonym", via="demonym")
                break


#: a local government body after a town's name
_LOCAL_BODY = re.compile(r"\s+(?:(?:City|Town|Village|Borough|Township|County)\s+)?(?:Council|Commission|Board|Hall|"
                         r"Police|Fire|Schools|School District|Sheriff|Mayor)\b")


#: words before "Council", "Commission" that name no town ("State Council", "Security Council")
_GENERIC_BODY_WORDS = frozenset({"state", "national", "federal", "city", "town", "county", "central", "general",
                                 "supreme", "security", "executive", "legislative", "regional", "local", "municipal",
                                 "european", "international", "world", "privy", "royal", "joint", "special", "district"})


def _embedded(doc: Document, gaz: Gazetteer, orgs: list[Any], add: Any, named: set[str]) -> None:
    """Place names inside organisation names ("Toronto Star", "Kenya Airways"): the
    organisation's place, as ``form="embedded"``, never a literal place mention."""
    for m in orgs:
        if _is_group(m.text):
            continue
        if len(m.text.split()) < 2:
            continue
        words = [(w.start(), w.group(0)) for w in re.finditer(r"[\w.'’&-]+", m.text)]
        i = 0
        while i < len(words):
            for k in range(min(len(words), i + 3), i, -1):
                first, last = words[i], words[k - 1]
                surface = m.text[first[0] : last[0] + len(last[1])].rstrip(".'’")
                if surface.endswith(("'s", "’s")):
                    surface = surface[:-2]
                if not surface[:1].isupper() or len(surface) < 2 or (len(surface) < 3 and not surface.isupper()):
                    continue
                if surface.lower() in _STOP:
                    continue
                cands = gaz.lookup(surface)
                local_body = i == 0 and _LOCAL_BODY.match(m.text, last[0] + len(last[1])) is not None
                local_body = local_body and surface.lower() not in _GENERIC_BODY_WORDS
                if local_body:
                    # "Sellersburg Town Council", "Marion County Sheriff's Office": the town, whatever its size
                    cands = tuple(c for c in cands if c.primary and c.kind in ("city", "admin2")) or cands
                if cands and (local_body or norm(surface) in named or _usable(cands, MIN_CITY_POP)):
                    s = m.start + first[0]
                    add(s, s + len(surface), cands, "embedded", via="embedded")
                    i = k - 1
                    break
            i += 1
