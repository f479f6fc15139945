"""Named entities: spaCy NER mapped to PERSON/ORG/LOC/MISC, trimmed, corrected by rules,
and merged within the document into canonical entities with aliases."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from newsgraph.components.aliases import alias_regex, lookup
from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.records.base import Record
from newsgraph.records.entities import Entity, Mention

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
_LEAD = re.compile(r"^(?:the|The|THE|a|an|An|A)\s+")
_TRAIL = re.compile(r"(?:['’]s|['’]|[\s.,;:!?\"“”()\[\]\-–—]+)$")
_LEAD_PUNCT = re.compile(r"^[\s\"“”'‘’(\[\-–—•●*#_]+")
_ORG_WORDS = re.compile(
    r"\b(?:militia|militias|brigades?|army|forces|front|movement|party|group|council|ministry|committee|"
    r"agency|university|corporation|company|inc|ltd|bank|union|organi[sz]ation|association|institute|"
    r"parliament|congress|senate|court|police|guard|corps|commission|department)\b",
    re.I,
)
_TITLES = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Maj|Sen|Rep|Gov|Pres|St)\.?|President|Prime Minister|"
    r"Minister|General|Senator|Governor|Chancellor|King|Queen|Prince|Princess|Pope|Sheikh|Ayatollah|"
    r"Secretary|Ambassador|Judge|Justice|Mayor|Chairman|Commander|Colonel|Major|Captain|Lieutenant|"
    r"Sergeant|Admiral|Bishop|Rabbi|Imam|Director|Chief|Representative|former|then|late)\s+"
)
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "de", "del", "da", "di", "van", "von", "der", "la", "le", "jr", "sr"}


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Trim CoNLL-style: no leading article or punctuation, no trailing possessive."""
    seg = text[start:end]
    changed = True
    while changed and seg:
        changed = False
        for rx in (_LEAD, _LEAD_PUNCT):
            m = rx.match(seg)
            if m and m.end() < len(seg):
                start += m.end()
                seg = seg[m.end() :]
                changed = True
        if label == "PERSON":
            m = _TITLES.match(seg)
            if m and m.end() < len(seg) and seg[m.end() :][:1].isupper():
                start += m.end()
                seg = seg[m.end() :]
                changed = True
        m = _TRAIL.search(seg)
        if m and m.start() > 0 and not (seg.endswith(".") and re.search(r"\b(?:[A-Z]\.)+$|\b(?:Jr|Sr|Inc|Co|Ltd|St)\.$", seg)):
            end -= len(seg) - m.start()
            seg = seg[: m.start()]
            changed = True
    # never cross a line break
    nl = seg.find("\n")
    if nl > 0:
        end = start + nl
    return start, end


def _surname_key(name: str) -> str:
    toks = [t for t in re.split(r"[\s]+", name.replace("’", "'")) if t]
    toks = [t for t in toks if t.lower().rstrip(".") not in {"jr", "sr", "ii", "iii"}]
    if not toks:
        return name.lower()
    last = toks[-1].lower()
    return re.sub(r"^(?:al|el|ad|as|ash|an|ar)-", "", last)


def _surname_form(name: str) -> str:
    toks = [t for t in name.split() if t.lower().rstrip(".") not in {"jr", "sr", "ii", "iii"}]
    last = toks[-1] if toks else name
    return re.sub(r"^(?:al|el)-", "", last, flags=re.I) if re.match(r"^(?:al|el)-", last, re.I) else last


class EntityFinder(Component):
    name = "newsgraph.entities"
    version = "1"
    requires = ("nlp",)
    assigns = ("mentions", "entities")

    def find(self, doc: Document) -> list[Record]:
        cid = self.component_id
        text = doc.text
        spans: list[tuple[int, int, str, str]] = []
        sd: Any = doc.nlp_doc
        if sd is not None:
            for ent in sd.ents:
                label = LABELS.get(ent.label_)
                if label is None:
                    continue
                s, e = _trim(text, ent.start_char, ent.end_char, label)
                if e <= s or not re.search(r"[A-Za-z]", text[s:e]):
                    continue
                spans.append((s, e, label, ent.label_))
        # curated aliases: known groups and organisations are ORG whatever the model said
        for m in alias_regex().finditer(text):
            a = lookup(m.group(0))
            if a is None:
                continue
            spans = [sp for sp in spans if sp[1] <= m.start() or sp[0] >= m.end() or (sp[0] < m.start() or sp[1] > m.end()) and sp[2] == a.label]
            if not any(sp[0] <= m.start() and sp[1] >= m.end() for sp in spans):
                spans.append((m.start(), m.end(), a.label, "ALIAS"))
        # model errors: an ORG-like head word makes a GPE/PERSON an ORG
        fixed = []
        for s, e, label, fine in spans:
            seg = text[s:e]
            if label in ("LOC", "PERSON") and fine != "ALIAS" and _ORG_WORDS.search(seg.split()[-1]):
                label = "ORG"
            fixed.append((s, e, label, fine))
        fixed.sort()
        # drop overlaps (keep the longer)
        clean: list[tuple[int, int, str, str]] = []
        for sp in fixed:
            if clean and sp[0] < clean[-1][1]:
                if sp[1] - sp[0] > clean[-1][1] - clean[-1][0]:
                    clean[-1] = sp
                continue
            clean.append(sp)
        return self._canonicalize(doc, clean, cid)

    def _canonicalize(self, doc: Document, spans: list[tuple[int, int, str, str]], cid: str) -> list[Record]:
        text = doc.text
        groups: dict[tuple[str, str], list[tuple[int, int, str, str]]] = defaultdict(list)
        canon_of: dict[int, tuple[str, str]] = {}
        body = [sp for sp in spans if doc.block_kind(sp[0]) not in ("byline", "credit")]
        # full names first so that short forms can join them
        order = sorted(range(len(body)), key=lambda i: -len(text[body[i][0] : body[i][1]].split()))
        persons: dict[str, tuple[str, str]] = {}
        for i in order:
            s, e, label, fine = body[i]
            surface = text[s:e]
            a = lookup(surface)
            if a is not None:
                key = (a.label, a.canonical)
            elif label == "PERSON" or (label in ("ORG", "LOC") and _surname_key(surface) in persons and len(surface.split()) == 1):
                sk = _surname_key(surface)
                if sk in persons and len(surface.split()) <= len(persons[sk][1].split()):
                    key = persons[sk]
                else:
                    key = ("PERSON", surface) if label == "PERSON" else (label, surface)
                    if label == "PERSON":
                        persons.setdefault(sk, key)
            else:
                key = (label, surface)
            canon_of[i] = key
            groups[key].append(body[i])
        records: list[Record] = []
        entities: dict[tuple[str, str], Entity] = {}
        for key, members in groups.items():
            label, name = key
            members.sort()
            first = next((m for m in members if text[m[0] : m[1]] == name), members[0])
            names = {text[m[0] : m[1]] for m in members}
            if label == "PERSON" and len(name.split()) >= 2:
                # the surname is how the text refers back to a person: an alias by convention
                names.add(_surname_form(name))
            aliases = tuple(sorted(names - {name}))
            a = lookup(name)
            ent = Entity(
                start=first[0],
                end=first[1],
                text=text[first[0] : first[1]],
                component=cid,
                label=label,
                name=name,
                aliases=aliases,
                mention_count=len(members),
                alias_source=a.source if a else "document",
            )
            entities[key] = ent
            records.append(ent)
        for i, (s, e, label, fine) in enumerate(body):
            key = canon_of[i]
            ent = entities[key]
            records.append(
                Mention(start=s, end=e, text=text[s:e], component=cid, label=ent.label, fine_label=fine,
                        entity_id=ent.id, block=doc.block_kind(s) or "paragraph")
            )
        for s, e, label, fine in spans:
            kind = doc.block_kind(s)
            if kind in ("byline", "credit"):
                records.append(Mention(start=s, end=e, text=text[s:e], component=cid, label=label, fine_label=fine,
                                       entity_id="", block=kind or ""))
        return records
