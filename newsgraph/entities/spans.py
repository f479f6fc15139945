"""Span surgery for entity mentions: split a model span where it runs over two names, and
trim each piece to the name itself, as CoNLL and the gold sets do.

A span is split at list and apposition punctuation (", ", " (", ")", "[", "]", " - ",
" / ", a line break) and at an inner possessive ("Apple's C.E.O." gives "Apple"). Each
piece then loses leading determiners, capitalised locative prepositions ("Near Palmyra"),
lowercase role words ("magician David Gish"), ordinals ("3rd Battalion"), titles before a
person's name, a trailing possessive, trailing lowercase words ("Moscone West center")
and trailing punctuation, keeping the final dot of an abbreviation ("U.S.", "Jr.").
"""

from __future__ import annotations

import re

#: split points inside a span: list commas, brackets, spaced dashes and slashes, line breaks
_SPLIT = re.compile(r"(?<!\bof)(?<!\band)(?<!\bfor)(?<!\bto)(?<!\bde) (?:the|in|on|at) (?=[A-Z])|,\s+|\s*[()\[\]\"“”]\s*|\s+[-–—]\s+|\s+/\s+|/(?=[A-Z]{2})|(?<=[a-z])/(?=[A-Z])|(?<=[A-Z]\.)-(?=[A-Z])|\s*\n\s*|(?<=[A-Z][A-Z]):\s+")
_INNER = frozenset({"the", "in", "on", "at"})
#: a head word that takes an "on"/"in" complement inside one name
_HEAD_BEFORE = re.compile(
    r"\b(?:Council|Committee|Commission|Conference|Convention|Institute|Center|Centre|Foundation|Society|"
    r"Association|Board|Office|Court|Bank|Union|Agency|Movement|Campaign|Church|School|University|College|"
    r"Museum|Forum|Summit|Panel|Initiative|Project|Program|Programme|Task Force|Coalition|Alliance)$"
)
#: an inner possessive "X's Y": the name is X (collective possessors are part of a name)
_POSS = re.compile(r"(?<=\w)['’]s?\s+(?=\S)")
_COLLECTIVE = {"people", "workers", "poor", "women", "children", "men", "veterans", "citizens", "nations", "farmers",
               "soldiers", "martyrs", "mothers", "traders", "lloyd", "mcdonald", "macy", "sotheby", "christie"}
#: a head that makes "X's <head>" one institution's name, and a facility-tagged name an organisation
INSTITUTION_HEAD = re.compile(r"^(?:Office|Department|Bureau|Agency|Service|Services|Commission|Council|Committee|"
                              r"Board|Administration|Ministry|Cabinet|Party|Union|Guard|Corps)$")
_LEAD_DET = re.compile(r"^(?:the|The|THE|a|an|A|An|this|This|that|That|these|These|those|Those)\s+")
_LEAD_PREP = re.compile(r"^(?:Near|In|At|From|Outside|Inside|Across|Around|Along|Toward|Towards|Into)\s+(?=[A-Z])")
#: a role word closing an organisation's span ("the State Department Spokesperson")
_TRAIL_ROLE = re.compile(
    r"\s+(?:Press Secretary|Spokesperson|Spokesman|Spokeswoman|Secretary|Chairman|Chairwoman|President|CEO|"
    r"Director|Minister|Commander|Chief|Officer|Ambassador|Adviser|Advisor|Administrator|Correspondent|Editor|"
    r"Official|Officials|Representative|Envoy|Member|Members)$"
)
#: a span that is only a role or title is not a name ("Governor", "C.E.O.", "Professors")
_ONLY_ROLE = re.compile(
    r"^(?:(?:Vice |Deputy |Prime |Foreign |Defense |Defence |Chief |Press |Executive |Staff )*(?:President|Minister|"
    r"Secretary|Governor|Senator|Chairman|Chairwoman|Director|Professor|Professors|Spokesperson|Spokesman|"
    r"Spokeswoman|Officer|Commander|Ambassador|Mayor|Sergeant|General|Colonel|Captain|CEO|C\.E\.O\.|CFO|COO)s?)$"
)
#: caption and page words that are never names, alone or closing a span ("... Image: NASA"); the
#: quote finder's labels that are never speakers start from them too
PAGE_WORD_LIST = ("Image", "Images", "Photo", "Photos", "Photograph", "File", "Credit", "Source", "Caption", "Video",
                  "Background", "Update", "Note", "Interview", "Related", "Advertisement", "Read", "Watch", "Listen")
_PAGE_WORDS = re.compile("^(?:" + "|".join(PAGE_WORD_LIST) + ")$")
#: a prefixed adjective is not a name ("pro-Beijing", "anti-American")
_NATIONALITY_PREFIX = re.compile(r"^(?:pro|anti|non|intra|inter|pan|ex)-(?=[A-Z][a-z]+(?:an|ese|ish|i|ic)$)")
_PREFIXED = re.compile(r"^(?:pro|anti|non|ex|neo|post|pre|self|pan|trans)-\S+$", re.I)
#: a title closing a "person" span is not part of a name ("Virginia Governor")
_TRAIL_TITLE = re.compile(r"\s+(?:Governor|Senator|Mayor|President|Minister|Secretary|Chairman|Director|Professor|"
                          r"Spokesman|Spokeswoman|Spokesperson|Ambassador|Commander|Officer|Official|CEO)$")
_TRAIL_FLIGHT = re.compile(r"\s+Flight(?:\s+\d+)?$")
_LEAD_PUNCT = re.compile(r"^[\s\"“”'‘’(\[\-–—•●*#_:;,.!?]+")
_LEAD_ORD = re.compile(r"^\d+(?:st|nd|rd|th)\s+(?=[A-Z])")
_TITLES = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Gen|Lt|Col|Sgt|Cpl|Pvt|Spc|Capt|Maj|Adm|Cmdr|Sen|Rep|Gov|Pres|Rev|Fr|Hon|HE|H\.E)\.?"
    r"|President|Vice President|Prime Minister|Minister|General|Senator|Governor|Chancellor|King|Queen|Prince|"
    r"Princess|Pope|Sheikh|Ayatollah|Secretary|Ambassador|Judge|Justice|Mayor|Chairman|Chairwoman|Commander|"
    r"Colonel|Major|Captain|Lieutenant|Sergeant|Staff Sergeant|Corporal|Private|Specialist|Admiral|Bishop|Rabbi|"
    r"Imam|Director|Chief|Representative|Congressman|Congresswoman|Councillor|Councilman|Professor|Doctor|"
    r"Spokesman|Spokeswoman|Spokesperson|Detective|Officer|Inspector|Coach|Sir|Dame|Lord|Lady|Saint|CEO|"
    r"former|then|late|the late)\s+"
)
#: lowercase words that belong inside a name (Arabic and European particles)
PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "de", "del", "della", "da", "di", "du", "dos", "das", "van",
                       "von", "der", "den", "ter", "la", "le", "les", "y", "e", "of", "and", "for", "on", "the",
                       "upon", "in", "at", "des", "zu", "bint", "ben", "st", "&"})
#: a name never ends in a connective
_DANGLING = frozenset({"and", "of", "the", "for", "on", "in", "at", "&", "de", "to", "or"})
_LOWER_WORD = re.compile(r"[a-z][a-z'’.]*")
_ABBREV_END = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|(?<=\s)[A-Z]\.|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Bros|Mfg|Dept|Gov|Univ|No|Mt|Ft)\.)$")
_TRAIL_PUNCT = re.compile(r"[\s\"“”'‘’()\[\]\-–—,;:!?*#_.]+$")
_TRAIL_POSS = re.compile(r"(?<=\w)['’]s?$")


def _particle(word: str) -> bool:
    w = word.lower()
    return w in PARTICLES or bool(re.match(r"^(?:al|el|ad|as|ash|at|an|ar|az|ibn|bin|abu)-", w))


def _lowercase_word(word: str) -> bool:
    """True for a plain lowercase word (no capital anywhere, not a name particle)."""
    return bool(_LOWER_WORD.fullmatch(word)) and not _particle(word)


def trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Trim ``text[start:end]`` to the name it holds; returns the new span (may be empty)."""
    seg = text[start:end]
    changed = True
    while changed and seg:
        changed = False
        for rx in (_LEAD_PUNCT, _LEAD_DET, _LEAD_PREP, _LEAD_ORD):
            m = rx.match(seg)
            if m and m.end() < len(seg):
                start, seg, changed = start + m.end(), seg[m.end() :], True
        if label == "PERSON":
            m = _TITLES.match(seg)
            if m and m.end() < len(seg) and seg[m.end() :][:1].isupper():
                start, seg, changed = start + m.end(), seg[m.end() :], True
        words = seg.split(" ")
        if len(words) > 1 and (_PREFIXED.match(words[0]) or _PAGE_WORDS.match(words[-1])):
            cut = len(words[0]) + 1
            if _PAGE_WORDS.match(words[-1]):
                cut = len(seg) - len(words[-1]) - 1
                end, seg, changed = start + cut, seg[:cut], True
            else:
                start, seg, changed = start + cut, seg[cut:], True
            continue
        if len(words) > 1 and _lowercase_word(words[0]):
            cut = len(words[0]) + 1
            start, seg, changed = start + cut, seg[cut:], True
            continue
        if len(words) > 1 and (_lowercase_word(words[-1].rstrip(".,;:!?")) or words[-1] in _DANGLING):
            cut = len(seg) - len(words[-1]) - 1
            end, seg, changed = start + cut, seg[:cut], True
            continue
        if len(words) == 1 and _lowercase_word(seg) and label != "MISC":
            return start, start
        if label in ("ORG", "PERSON"):
            m = _TRAIL_ROLE.search(seg) or _TRAIL_FLIGHT.search(seg) if label == "ORG" else _TRAIL_TITLE.search(seg)
            if m and m.start() > 0:
                end, seg, changed = start + m.start(), seg[: m.start()], True
        m = _TRAIL_POSS.search(seg)
        if m and m.start() > 0 and seg[: m.start()].split()[-1].lower() not in _COLLECTIVE:
            end, seg, changed = start + m.start(), seg[: m.start()], True
        m = _TRAIL_PUNCT.search(seg)
        if m and m.start() > 0:
            keep = m.start()
            if seg[keep:].startswith(".") and _ABBREV_END.search(seg[: keep + 1]):
                keep += 1
            if keep < len(seg):
                end, seg, changed = start + keep, seg[:keep], True
    return start, end


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a model span at the points where it runs over two names."""
    seg = text[start:end]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _SPLIT.finditer(seg):
        if m.group(0).startswith(" ") and m.group(0).strip() in _INNER and _HEAD_BEFORE.search(seg, 0, m.start()):
            continue  # "Council on Foreign Relations", "Church of Jesus Christ in ...": one name
        if m.start() > pos:
            pieces.append((start + pos, start + m.start()))
        pos = m.end()
    if pos < len(seg):
        pieces.append((start + pos, end))
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        pm = _POSS.search(text, s, e)
        if pm and pm.end() < e:
            owner = text[s : pm.start()].split()[-1].lower() if text[s : pm.start()].split() else ""
            rest = text[pm.end() : e]
            # "the Marion County Sheriff's Office", "the Governor's Office": one institution
            institution = len(rest.split()) == 1 and INSTITUTION_HEAD.match(rest) is not None
            if owner not in _COLLECTIVE and rest[:1].isupper() and not institution:
                out.append((s, pm.start()))
                out.append((pm.end(), e))
                continue
        out.append((s, e))
    return out


#: titles that only ever stand before a person's name
_PERSON_TITLE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm)\.?|Spokesman|Spokeswoman|Spokesperson|Senator|"
    r"President|Prime Minister|Minister|Chairman|Chairwoman|CEO|Professor|Ambassador|Mayor|Governor|Congressman|"
    r"Congresswoman)\s+"
)


def titled_person(text: str, start: int, end: int) -> int:
    """Where the name starts when a span is a title then a personal name of two or three
    capitalised words ("Spokeswoman Sandy Angers"); 0 when it is not."""
    seg = text[start:end]
    m = _PERSON_TITLE.match(seg)
    if not m:
        return 0
    rest = seg[m.end() :].split()
    if 2 <= len(rest) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?|[A-Z]\.", w) for w in rest):
        return start + m.end()
    return 0


def is_role(word: str) -> bool:
    """True for a title or role word that is never a name on its own ("Governor")."""
    return bool(_ONLY_ROLE.match(word))


def after_place_prep(text: str, start: int) -> bool:
    """True when a span starts with a capitalised locative preposition ("Near Palmyra")."""
    return bool(_LEAD_PREP.match(text[start : start + 24]))


def clean(text: str, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """Split then trim a model span; drops pieces with no capital letter or digit."""
    out = []
    for s, e in split(text, start, end):
        s, e = trim(text, s, e, label)
        seg = text[s:e]
        m = _NATIONALITY_PREFIX.match(seg)
        if label == "MISC" and m and " " not in seg:  # "intra-Syrian", "anti-American": the nationality
            s, seg = s + m.end(), seg[m.end() :]
        if e > s and re.search(r"[A-Z0-9]", seg) and re.search(r"[^\W\d_]", seg) and not _ONLY_ROLE.match(seg) \
                and not _PAGE_WORDS.match(seg) and not _PREFIXED.match(seg):
            out.append((s, e))
    return out
