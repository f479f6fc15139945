"""General corrections to the small model's entity labels (span joins: ``entity_joins``).

Every rule looks at the span's own words and the parse spaCy already made (no extra model
pass). :func:`relabel` and the functions after it apply, in this order:

- curated aliases (``aliases.csv``): a known group or organisation gets the table's label,
  whatever the model said (a multi-word alias must keep its capitals, a short acronym must
  not sit in an all-caps line);
- currency codes, units glued to numbers and time zones are not entities;
- an intercapped product word ("iPod") is MISC; so are ships and spacecraft ("USS Cole"),
  a title after a kind of work ("the novel Dark Matters"), named storms, and names headed
  by an event or programme word ("... Conference", "... Program");
- a building, site or structure ("... Center", "... Museum", "... Barrage") is LOC;
- an organisation head word ("... Brigades", "... Ministry") makes a person or place an ORG;
- an acronym after an indefinite article or a count is a thing ("a VBIED"): MISC;
- a name right after a locative preposition ("near X", "the city of X") is a place, and so
  are the other mentions of that name the model took for a person;
- a country or city that acts (subject of a verb, agent of a passive) is ORG, as CoNLL and
  the gold sets type metonymic uses (the mention keeps GPE as its fine label); a country a
  document makes act more than it locates things in is ORG outside place contexts;
- a name followed by "index" or a move in points is a market index (MISC).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, NamedTuple

from newsgraph.entities.aliases import alias_regex, lookup
from newsgraph.entities.spans import INSTITUTION_HEAD, trim


class Cand(NamedTuple):
    """A candidate mention: span, coarse label, fine label (spaCy's, or the rule's name)."""

    start: int
    end: int
    label: str
    fine: str
    #: canonical name when a rule knows it ("Democratic Party" for "Democratic")
    name: str = ""
    #: the correction that changed the span or label, if any
    rule: str = ""


ORG_WORDS = re.compile(
    r"^(?:militias?|brigades?|battalions?|regiments?|army|armies|forces|front|movement|party|parties|group|council|"
    r"ministry|committee|agency|university|college|school|academy|corporation|corp|company|co|inc|ltd|llc|plc|"
    r"bank|union|organi[sz]ation|association|institute|parliament|congress|senate|court|police|guard|corps|"
    r"commission|department|airlines?|airways|motors|systems|technologies|holdings|foundation|federation|"
    r"office|bureau|service|services|network|authority|coalition|alliance|league|club|society|board|"
    r"administration|command|division|squadron|fleet|navy|marines|lab|labs|laboratory|laboratories)$",
    re.I,
)
_EVENT_WORDS = re.compile(
    r"^(?:conference|convention|summit|festival|fest|expo|games|olympics|paralympics|championships?|cup|"
    r"awards?|prize|show|war|revolution|crisis|election|elections|jubilee|carnival|cavalcade|program|programme|"
    r"project|study|initiative|survey|index|manifesto|fair|exhibition|tour|marathon|rally|parade|ceremony|book)$",
    re.I,
)
#: a building, site or structure: a place (LOC), whatever runs it ("Johnson Space Center")
_FACILITY_WORDS = re.compile(
    r"^(?:center|centre|museum|station|airport|airfield|base|stadium|arena|hospital|hall|towers?|building|bridge|"
    r"dam|barrage|gate|mosque|cathedral|temple|shrine|palace|castle|square|street|avenue|road|highway|park|"
    r"theater|theatre|prison|factory|terminal|mall|zoo|canal|pier|harbou?r|camp|compound|embassy|consulate|"
    r"planetarium|gallery|galleries|observatory|aquarium|cemetery|monument|memorial|plaza|tunnel|refinery)$",
    re.I,
)
#: one-word names that are never organisations or places: religions and recurring games
_MISC_WORDS = re.compile(
    r"^(?:Islam|Christianity|Judaism|Hinduism|Buddhism|Sikhism|Catholicism|Protestantism|Shinto|Taoism|"
    r"Zoroastrianism|Olympics|Paralympics|Games|Hajj|Ramadan|Eid|Passover|Hanukkah|Christmas|Easter|Diwali)$"
)
#: a news outlet's name ("Sydney Morning Herald", "Brooklyn Paper"): an organisation
_OUTLET_WORDS = re.compile(
    r"^(?:Herald|Times|Post|Journal|Gazette|Tribune|Paper|News|Chronicle|Telegraph|Observer|Mail|Express|Daily|"
    r"Weekly|Magazine|Courier|Inquirer|Examiner|Monitor|Dispatch|Bulletin|Press|Radio|Television|TV|Network)$"
)
_STORM = re.compile(r"^(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Tropical Cyclone)\s+[A-Z]")
#: a named ship or spacecraft ("Space Shuttle Atlantis", "USS Cole")
_CRAFT = re.compile(r"^(?:Space Shuttle|Shuttle|USS|HMS|HMAS|HMCS|RMS|USNS|INS|FS|MV|SS|Apollo|Soyuz)\s+[A-Z]")
#: a work's title after the kind of work ("the novel Dark Matters", "the 1969 film Easy Rider")
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|novel|book|song|album|single|series|sitcom|play|opera|poem|documentary|painting|musical|"
    r"video game|television show|TV show|graphic novel|memoir|opus|symphony|newspaper column|ship|vessel|"
    r"spacecraft|space probe|probe|aircraft carrier|frigate|destroyer|submarine|yacht|tanker|model)[,:]?\s+[\"“']?$"
)
_CAMEL_PRODUCT = re.compile(r"^[a-z]{1,2}[A-Z][A-Za-z0-9]*")
_CURRENCY = re.compile(
    r"^(?:USD|EUR|GBP|JPY|CNY|RMB|AUD|CAD|CHF|INR|HKD|SGD|NZD|SEK|NOK|DKK|RUB|BRL|ZAR|KRW|MXN|TRY|"
    r"KB|MB|GB|TB|GHz|MHz|mph|km|kg|UTC|GMT|EST|EDT|PST|PDT|CET|CEST|BST|IST|AEST)$"
)
#: a one-word name inside a title is not an entity ("Secretary of State", "Minister for Health")
_IN_TITLE = re.compile(r"\b(?:Secretary|Secretaries|Minister|Ministers|Undersecretary|Under Secretary)\s+(?:of|for)\s+(?:the\s+)?$")
#: an acronym after an indefinite article or a count is a thing, not an organisation ("a VBIED")
_COUNTED = re.compile(r"(?:\b(?:a|an|A|An)|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+$")
#: fine labels the model gives place names by mistake ("in Aleppo" as NORP)
_NOT_PLACE_FINE = ("NORP", "WORK_OF_ART", "PRODUCT")


def from_aliases(text: str, cands: list[Cand]) -> list[Cand]:
    """Curated alias matches replace the model spans they overlap (table label wins)."""
    for m in alias_regex().finditer(text):
        a = lookup(m.group(0))
        if a is None:
            continue
        s, e = m.start(), m.end()
        if not _same_capitals(a.alias, m.group(0)):
            continue  # "Syrian democratic forces" is a description, not the name
        if len(m.group(0)) <= 3 and m.group(0).isupper() and _caps_context(text, s, e):
            continue  # "WHAT IS IT": a word of an all-caps line, not an acronym
        inside = [c for c in cands if c.start <= s and c.end >= e and (c.start, c.end) != (s, e) and c.label == a.label]
        if inside:  # a longer name of the same type holds the alias ("ISIS fighters' Front")
            continue
        cands = [c for c in cands if c.end <= s or c.start >= e]
        cands.append(Cand(s, e, a.label, "ALIAS", a.canonical, "alias"))
    return cands


def _same_capitals(alias: str, found: str) -> bool:
    """Every capitalised word of a multi-word alias but the last ("the Republican party") is
    capitalised in the text too."""
    aw, fw = alias.split(), found.split()
    if len(aw) < 2 or len(aw) != len(fw):
        return True
    return all(not (x[:1].isupper() and y[:1].islower()) or re.match(r"(?:al|el|ad|as)-", y)
               for x, y in zip(aw[:-1], fw[:-1]))


def _caps_context(text: str, s: int, e: int) -> bool:
    before = re.search(r"([A-Za-z]+)[^\w/]{1,3}$", text[max(0, s - 30) : s])
    after = re.match(r"[^\w/]{1,3}([A-Za-z]+)", text[e : e + 30])
    return any(m is not None and m.group(1).isupper() and len(m.group(1)) > 1 for m in (before, after))


def _root(sd: Any, c: Cand) -> Any:
    span = sd.char_span(c.start, c.end, alignment_mode="expand") if sd is not None else None
    return span.root if span is not None and len(span) else None


def _place_tok(sd: Any, c: Cand, strict: bool = False) -> bool:
    span = sd.char_span(c.start, c.end, alignment_mode="expand") if sd is not None else None
    if span is None or not len(span) or span.start == 0:
        return False
    tok = span.root
    if strict and tok.head.lower_ not in ("near", "of", "to", "from"):
        return False
    return tok.dep_ == "pobj" and tok.head.i == span.start - 1 and _in_place(tok)


def _acts(tok: Any) -> bool:
    """True when the token is the subject of a verb, or the agent of a passive."""
    if any(ch.pos_ == "NOUN" and ch.dep_ in ("compound", "nmod", "appos") for ch in tok.children):
        return False  # "the capital Baghdad": a place named by its kind
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].pos_ == "NOUN" or tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–"):
        return False  # "the capital Baghdad killed" (a misparse), "US-led"
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX"):
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent"


_PLACE_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                "city", "town", "village", "province", "district", "region", "governorate", "capital", "county",
                "state", "island", "islands", "valley", "suburb", "neighbourhood", "neighborhood", "outskirts",
                "area", "vicinity", "port", "border"}
_MOTION = {"go", "come", "fly", "flee", "travel", "move", "return", "march", "advance", "drive", "walk", "head",
           "sail", "deploy", "send", "transfer", "bring", "take", "evacuate", "arrive", "lift", "depart", "escape"}


def _in_place(tok: Any) -> bool:
    """True when the token names where something is or goes ("near X", "the city of X")."""
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    if t.dep_ != "pobj":
        return False
    prep = t.head.lower_
    gov = t.head.head
    if prep in ("in", "near", "toward", "towards", "across", "throughout", "around", "outside", "inside", "into"):
        return not any(c.dep_ == "case" for c in tok.children)
    if prep in ("to", "from", "at"):
        return gov.pos_ == "VERB" and gov.lemma_ in _MOTION
    return prep == "of" and gov.lower_ in _PLACE_NOUNS


def relabel(text: str, sd: Any, cands: list[Cand]) -> list[Cand]:
    """Label corrections by the span's words and its syntactic role."""
    out: list[Cand] = []
    for c in cands:
        seg = text[c.start : c.end]
        words = seg.split()
        if c.fine == "ALIAS":
            out.append(c)
            continue
        head = seg.split(" of ")[0].split()[-1] if " of " in seg and seg.split(" of ")[0].split() else words[-1]
        if _CURRENCY.match(seg) or (c.start > 0 and text[c.start - 1].isdigit()) or text[c.end : c.end + 1] == "$" \
                or len(words) == 1 and _IN_TITLE.search(text, max(0, c.start - 30), c.start):
            continue
        if _CAMEL_PRODUCT.match(seg) and c.label in ("ORG", "PERSON", "LOC"):
            out.append(c._replace(label="MISC", rule="product-word"))
            continue
        if c.label != "MISC" and (_CRAFT.match(seg) or _WORK_BEFORE.search(text, max(0, c.start - 40), c.start)):
            out.append(c._replace(label="MISC", rule="work-or-craft"))
            continue
        # named storms, religions and feasts, and a one-word "place" or "person" with digits ("IE6")
        if _STORM.match(seg) or c.label != "MISC" and _MISC_WORDS.match(seg) \
                or c.label in ("LOC", "PERSON") and len(words) == 1 and re.search(r"[A-Za-z]\d|\d[A-Za-z]", seg):
            out.append(c._replace(label="MISC", rule="misc-name"))
            continue
        if c.label in ("ORG", "LOC") and len(words) > 1 and (_EVENT_WORDS.match(words[-1]) or _EVENT_WORDS.match(head)):
            out.append(c._replace(label="MISC", rule="event-word"))
            continue
        if c.label in ("MISC", "LOC") and c.fine not in ("NORP", "PRODUCT") and len(words) > 1 \
                and _OUTLET_WORDS.match(words[-1]):
            out.append(c._replace(label="ORG", rule="outlet-word"))
            continue
        if c.label in ("ORG", "PERSON") and len(words) > 1 and _FACILITY_WORDS.match(head):
            out.append(c._replace(label="LOC", rule="facility-word"))
            continue
        if c.label in ("LOC", "PERSON") and (ORG_WORDS.match(words[-1]) or ORG_WORDS.match(head)) \
                and (c.fine != "GPE" and (c.fine != "FAC" or INSTITUTION_HEAD.match(words[-1]) is not None)):
            out.append(c._replace(label="ORG", rule="org-word"))
            continue
        if c.label == "ORG" and seg.isupper() and len(words) == 1 and _COUNTED.search(text, max(0, c.start - 12), c.start) \
                and getattr(_root(sd, c), "dep_", "") not in ("compound", "nmod", "amod") and text[c.end : c.end + 1] != "-":
            out.append(c._replace(label="MISC", rule="counted-thing"))
            continue
        if c.label in ("PERSON", "ORG") and c.rule == "near" or c.label == "PERSON" and _place_tok(sd, c) \
                or c.label == "MISC" and c.fine in _NOT_PLACE_FINE and not re.search(r"(?:s|ish|ese|ian|an|i|ic)$", seg) \
                and _place_tok(sd, c) \
                or c.label == "ORG" and not ORG_WORDS.match(head) and not _OUTLET_WORDS.match(words[-1]) \
                and _place_tok(sd, c, strict=True):
            out.append(c._replace(label="LOC", rule="place-context"))
            continue
        if c.fine == "GPE" and c.label == "LOC":
            tok = _root(sd, c)
            if tok is not None and _acts(tok):
                out.append(c._replace(label="ORG", rule="gpe-agent"))
                continue
        out.append(c)
    return out


def spread_places(text: str, cands: list[Cand]) -> list[Cand]:
    """A name the text uses as a place somewhere ("near X", "the city of X") is a place
    wherever the model took it for a person."""
    places = {text[c.start : c.end] for c in cands if c.rule in ("place-context", "near")}
    return [c._replace(label="LOC", rule="place-context")
            if (c.label == "PERSON" or c.label == "MISC" and c.fine in _NOT_PLACE_FINE
                or c.label == "ORG" and c.fine == "ORG" and " " not in text[c.start : c.end]) and text[c.start : c.end] in places
            else c for c in cands]


def conj_places(text: str, sd: Any, cands: list[Cand]) -> list[Cand]:
    """A person-labelled name coordinated with a place ("Mosul and Raqqah"), or set in
    apposition to a kind of place ("Amarah, a city in ..."), is a place."""
    if sd is None:
        return cands
    place_toks: set[int] = set()
    for c in cands:
        if c.label == "LOC" and c.fine in ("GPE", "LOC"):
            span = sd.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None:
                place_toks.update(t.i for t in span)
    out = []
    for c in cands:
        if c.label == "PERSON" and " " not in text[c.start : c.end]:
            tok = _root(sd, c)
            if tok is not None and (
                tok.dep_ == "conj" and tok.head.i in place_toks
                or any(ch.dep_ == "conj" and ch.i in place_toks for ch in tok.children)
                or any(ch.dep_ == "appos" and ch.lemma_ in _PLACE_NOUNS for ch in tok.children)
            ):
                c = c._replace(label="LOC", rule="place-context")
        out.append(c)
    return out


def list_agreement(text: str, sd: Any, cands: list[Cand]) -> list[Cand]:
    """Names in one coordinated list share a type: in "Ansel Adams, Chuck Close, Walker
    Evans and Robert Mapplethorpe" a lone ORG among persons is a person too (lists of three
    or more, a clear majority, persons and organisations only)."""
    if sd is None:
        return cands
    chain_of: dict[int, int] = {}
    for i, c in enumerate(cands):
        tok = _root(sd, c)
        if tok is None:
            continue
        t = tok
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        chain_of[i] = t.i
    chains: dict[int, list[int]] = {}
    for i, head in chain_of.items():
        chains.setdefault(head, []).append(i)
    out = list(cands)
    for members in chains.values():
        if len(members) < 3:
            continue
        votes = Counter(cands[i].label for i in members)
        top, n = votes.most_common(1)[0]
        if n < len(members) - 1 or n * 2 <= len(members):
            continue
        for i in members:
            words = len(text[out[i].start : out[i].end].split())
            if top == "PERSON" and out[i].label == "ORG" and out[i].fine == "ORG" and words == 2 \
                    or top == "ORG" and out[i].label == "PERSON" and out[i].fine == "PERSON" and words == 1:
                out[i] = out[i]._replace(label=top, rule="list-agreement")
    return out


def spread_actors(text: str, sd: Any, cands: list[Cand]) -> list[Cand]:
    """A country the text makes act more often than it places something in it ("Sweden
    defeated ...", "Belgium's lead") is a party (ORG) wherever it is not a location."""
    acts: Counter[str] = Counter()
    where: Counter[str] = Counter()
    for c in cands:
        if c.fine != "GPE":
            continue
        if c.rule == "gpe-agent":
            acts[text[c.start : c.end]] += 1
        else:
            tok = _root(sd, c)
            if tok is not None and _in_place(tok):
                where[text[c.start : c.end]] += 1
    out = []
    for c in cands:
        seg = text[c.start : c.end]
        if c.fine == "GPE" and c.label == "LOC" and acts[seg] > where[seg]:
            tok = _root(sd, c)
            if tok is not None and not _in_place(tok) and tok.dep_ not in ("compound", "amod", "nmod") \
                    and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("-", "–")) \
                    and not (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
                c = c._replace(label="ORG", rule="gpe-agent")
        out.append(c)
    return out


_INDEX_AFTER = re.compile(
    r"(?:\s+(?:index|indices|Index|Composite|Industrial Average|average)\b"
    r"|(?:\s*\([^)]{1,12}\))?,?\s+(?:\w+\s+){0,3}(?:fell|rose|dropped|gained|closed|climbed|slid|plunged|dipped|"
    r"lost|added|surged|tumbled|recovered|jumped|sank|declined|increased|decreased|was (?:up|down)|falls|rises|"
    r"drops|gains|closes|climbs|slides|plunges|dips|loses|adds|surges|tumbles|recovers|jumps|sinks|declines)"
    r"\s+(?:by\s+)?(?:more than |almost |nearly |about |around |over )?(?:[\d.,]+\s*points|(?:below|above|to) [\d,]{4,}\b))"
)


_INDEX_NAME = re.compile(r"\b[A-Z][\w&'.-]*\s+(?:[A-Z0-9][\w&'.-]*\s+){0,3}(?:Industrial Average|Composite Index|Composite|Index)\b")


def stock_indices(text: str, cands: list[Cand]) -> list[Cand]:
    """A name followed by "index" or by a move in points ("the Nasdaq fell 82 points") is a
    market index (MISC), wherever the document uses that name."""
    names = {text[c.start : c.end] for c in cands
             if c.label != "MISC" and c.fine not in ("GPE", "NORP") and _INDEX_AFTER.match(text, c.end)}
    out = [c._replace(label="MISC", rule="market-index") if text[c.start : c.end] in names and c.label != "MISC" else c
           for c in cands]
    for m in _INDEX_NAME.finditer(text):  # "Dow Jones Industrial Average", which the model leaves out
        s, e = trim(text, m.start(), m.end(), "MISC")
        inside = [c for c in out if s <= c.start and c.end <= e]
        if not any(c.start < e and c.end > s and c not in inside for c in out):
            out = [c for c in out if c not in inside] + [Cand(s, e, "MISC", "INDEX", "", "market-index")]
    return out
