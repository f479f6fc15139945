"""Within one document: find the names the model missed, and merge mentions into
canonical entities.

Propagation: a name the document already uses (its exact string), a person's surname and a
product's model designation are found again wherever they occur uncovered ("Montalvo" after
"Daniel Montalvo"), with the label of the name they repeat.

Merging (one canonical entity per real-world referent, named by its fullest form):

- the curated alias table (ISIS = ISIL = Daesh = Islamic State);
- an acronym joins the name whose initials it spells ("European Union (EU)", "USAF" for
  "United States Air Force"), in parentheses after it or anywhere in the document;
- a surname, or a first name used alone, joins the one full personal name it belongs to;
- an organisation's short form joins the form with a legal suffix ("Apple" -> "Apple Inc."),
  and its head word alone joins the one organisation it heads ("the Commission");
- otherwise mentions with the same name (case and a leading "the" aside) are one entity.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from newsgraph.entities.aliases import lookup
from newsgraph.entities.rules import Cand
from newsgraph.entities.spans import is_role

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_LEGAL = {"inc", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "group", "holdings", "ag",
          "sa", "n.v", "nv", "gmbh", "incorporated", "computer", "airlines", "airways"}
_STOP = {"of", "and", "the", "for", "de", "&", "in", "on", "at", "to"}


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name.replace("’", "'")) if w]


def surname(name: str) -> str:
    """The surname of a personal name: last word, without Jr./III and an "al-" prefix."""
    toks = [t for t in _words(name) if t.lower().rstrip(".,") not in _SUFFIXES]
    if not toks:
        return name
    last = toks[-1].rstrip(",")
    return re.sub(r"^(?:al|el|ad|as|ash|an|ar)-", "", last, flags=re.I)


def initials(name: str) -> str:
    """Initials of the capitalised words ("United States Air Force" -> "USAF")."""
    out = []
    for w in re.split(r"[\s-]+", name):
        if not w or w.lower() in _STOP:
            continue
        if w[0].isupper():
            out.append(w[0])
    return "".join(out)


def _norm(name: str) -> str:
    return re.sub(r"^(?:the)\s+", "", " ".join(_words(name)).lower().replace(".", ""))


def propagate(text: str, cands: list[Cand], models: set[str] | frozenset[str] = frozenset()) -> list[Cand]:
    """Add mentions of names the document already uses, where the model left them out."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        seg = text[c.start : c.end]
        if re.search(r"[A-Z]", seg) and len(seg) > 1:
            votes[seg][c.label] += 1
        if c.label == "PERSON" and len(_words(seg)) > 1:
            sn = surname(seg)
            if len(sn) > 2 and sn[0].isupper() and not is_role(sn):
                votes[sn]["PERSON"] += 0  # a candidate, unless the text uses it otherwise
    for mo in models:
        votes[mo]["MISC"] += 0
    families = {mo[0] for mo in models if re.fullmatch(r"[A-Z]\d{3}", mo)}
    if not votes:
        return cands
    names = sorted(votes, key=len, reverse=True)
    rx = re.compile(r"(?<![\w\-'’])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-]|['’]\w\w)")
    spans = sorted((c.start, c.end) for c in cands)
    out = list(cands)
    for m in re.finditer(r"(?<![\w-])([A-Z])\d{3}(?:[A-Z]{0,3}|s)(?![\w-])", text):  # "A320s" after "Airbus A380"
        if m.group(1) in families and m.group(0) not in votes and not any(a < m.end() and b > m.start() for a, b in spans):
            out.append(Cand(m.start(), m.end(), "MISC", "PROPAGATED", "", "propagate"))
    for m in rx.finditer(text):
        s, e = m.start(), m.end()
        if any(a < e and b > s for a, b in spans) or text[e : e + 1] == "$" or (s > 0 and text[s - 1].isdigit()):
            continue
        if " " not in m.group(0) and (re.match(r" [A-Z][a-z]", text[e : e + 3])
                                      or re.search(r"(?<![.!?:\n\"“] )\b[A-Z][a-z]+ $", text[max(0, s - 20) : s])):
            continue  # a word of a longer name ("Dow" in "Dow Jones ...", "Explorer" in "Internet Explorer")
        label = votes[m.group(0)].most_common(1)[0][0] if votes[m.group(0)] else "PERSON"
        out.append(Cand(s, e, label, "PROPAGATED", "", "propagate"))
    return out


class _Groups:
    """Union of mentions into entities: key -> member indexes."""

    def __init__(self) -> None:
        self.key_of: dict[int, str] = {}
        self.members: dict[str, list[int]] = defaultdict(list)

    def put(self, i: int, key: str) -> None:
        self.key_of[i] = key
        self.members[key].append(i)


def group(text: str, cands: list[Cand]) -> tuple[dict[int, str], dict[str, str]]:
    """Assign each candidate (by index) a group key; returns (key of index, canonical name of key)."""
    g = _Groups()
    canon: dict[str, str] = {}
    surf = [text[c.start : c.end] for c in cands]
    order = sorted(range(len(cands)), key=lambda i: (-len(_words(surf[i])), cands[i].start))
    # full personal names, by surname and by first name
    by_surname: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    long_names: dict[str, str] = {}
    by_head: dict[str, set[str]] = defaultdict(set)
    for i in order:
        c, s = cands[i], surf[i]
        if c.label == "PERSON" and len(_words(s)) > 1:
            by_surname[surname(s).lower()].add(_norm(s))
            by_first[_words(s)[0].lower()].add(_norm(s))
        if c.label == "ORG" and len(_words(s)) > 1:
            long_names.setdefault(initials(s), _norm(s))
            by_head[_words(s)[-1].lower()].add(_norm(s))
    # acronyms defined in parentheses: "Long Name (ACR)"
    defined: dict[str, str] = {}
    for m in re.finditer(r"([A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){1,8})\s+\(([A-Z][A-Za-z.&]{1,9})\)", text):
        long, acr = m.group(1), m.group(2).replace(".", "")
        words = _words(long)
        for k in range(len(words)):
            tail = " ".join(words[k:])
            if initials(tail).upper() == acr.upper() or initials(tail).upper().startswith(acr.upper()) and len(acr) > 2:
                defined[acr] = _norm(tail)
                break
    for i in order:
        c, s = cands[i], surf[i]
        a = lookup(s)
        words = _words(s)
        if a is not None:
            key = "alias:" + a.canonical
            canon.setdefault(key, a.canonical)
        elif c.name:
            key = _norm(c.name)
            canon.setdefault(key, c.name)
        elif s.replace(".", "") in defined and defined[s.replace(".", "")] in canon:
            key = defined[s.replace(".", "")]
        elif s.isupper() and len(s) > 1 and s.replace(".", "") in long_names and long_names[s.replace(".", "")] in canon:
            key = long_names[s.replace(".", "")]
        elif len(words) == 1 and c.label in ("PERSON", "ORG", "LOC", "MISC") and len(by_surname.get(s.lower(), ())) == 1:
            key = next(iter(by_surname[s.lower()]))
        elif len(words) == 1 and (c.label == "PERSON" or c.fine == "GPE") and len(by_first.get(s.lower(), ())) == 1 \
                and s.lower() not in by_surname:
            key = next(iter(by_first[s.lower()]))
        else:
            key = _norm(s)
            if c.label == "ORG" and key not in canon:
                longer = [k for k in canon if k.startswith(key + " ") and set(k[len(key) + 1 :].split()) <= _LEGAL]
                if longer:
                    key = longer[0]
                elif len(words) == 1 and s[:1].isupper() and len(by_head.get(s.lower(), ())) == 1:
                    key = next(iter(by_head[s.lower()]))  # "the Commission" for "European Commission"
            canon.setdefault(key, s)
        g.put(i, key)
    return g.key_of, canon
