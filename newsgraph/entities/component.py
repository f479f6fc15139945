"""Named entities: spaCy NER mapped to PERSON/ORG/LOC/MISC, split and trimmed to the name
(``entity_spans``), corrected by general rules (``entity_rules``, ``entity_joins``),
completed and merged within the document into canonical entities with aliases
(``entity_canon``).

Mentions in bylines and photo credits are kept, with ``entity_id`` empty and their ``block``,
but they are not body entities: they join no canonical entity.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from newsgraph.components.base import Component
from newsgraph.document import Document
from newsgraph.entities.aliases import lookup
from newsgraph.entities.canon import group, propagate, surname
from newsgraph.entities.joins import (
    acronyms,
    coordinate,
    legal_suffix,
    merge_products,
    of_names,
    resolve_overlaps,
    scan_products,
)
from newsgraph.entities.rules import (
    Cand,
    conj_places,
    from_aliases,
    list_agreement,
    relabel,
    spread_actors,
    spread_places,
    stock_indices,
)
from newsgraph.entities.spans import after_place_prep, clean, titled_person
from newsgraph.records.base import Record
from newsgraph.records.entities import Entity, Mention

#: spaCy (OntoNotes) label -> coarse label; the others (DATE, CARDINAL, ...) are not names
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
#: blocks whose names are not body entities
NOT_BODY = ("byline", "credit")


def model_spans(text: str, sd: Any) -> list[Cand]:
    """spaCy's entities, mapped to coarse labels, split and trimmed."""
    out: list[Cand] = []
    if sd is None:
        return out
    for ent in sd.ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        near = after_place_prep(text, ent.start_char) and label in ("PERSON", "ORG")
        end = ent.end_char
        if label == "PERSON":  # a hyphenated given name the tokenizer cut ("Wong Yeung-tat")
            m = re.match(r"-[a-z]{2,}\b(?!-)", text[end : end + 12])
            end += m.end() if m else 0
        start = ent.start_char
        if label == "ORG" and (named := titled_person(text, start, end)):
            start, label = named, "PERSON"  # "Spokeswoman Sandy Angers"
        for s, e in clean(text, start, end, label):
            out.append(Cand(s, e, label, ent.label_, rule="near" if near else ""))
    return out


def find_mentions(text: str, sd: Any) -> list[Cand]:
    """All rules in order; returns flat, sorted candidate mentions."""
    cands = model_spans(text, sd)
    cands = from_aliases(text, cands)
    cands = coordinate(text, sd, cands)
    cands = conj_places(text, sd, list_agreement(text, sd, relabel(text, sd, cands)))
    cands = spread_actors(text, sd, spread_places(text, cands))
    cands = scan_products(text, stock_indices(text, cands))
    cands, models = merge_products(text, of_names(text, resolve_overlaps(cands)))
    cands = acronyms(text, legal_suffix(text, resolve_overlaps(cands)))
    cands = propagate(text, resolve_overlaps(cands), models)
    cands, _ = merge_products(text, of_names(text, resolve_overlaps(cands)))
    return cands


class EntityFinder(Component):
    name = "newsgraph.entities"
    version = "2"
    requires = ("nlp",)
    assigns = ("mentions", "entities")

    def find(self, doc: Document) -> list[Record]:
        cands = find_mentions(doc.text, doc.nlp_doc)
        body = [c for c in cands if doc.block_kind(c.start) not in NOT_BODY]
        records = self._canonical(doc, body)
        for c in cands:
            kind = doc.block_kind(c.start)
            if kind in NOT_BODY:
                records.append(Mention(start=c.start, end=c.end, text=doc.text[c.start : c.end], component=self.component_id,
                                       label=c.label, fine_label=c.fine, entity_id="", block=kind or "", rule=c.rule))
        return records

    def _canonical(self, doc: Document, cands: list[Cand]) -> list[Record]:
        text, cid = doc.text, self.component_id
        key_of, canon = group(text, cands)
        members: dict[str, list[int]] = {}
        for i in range(len(cands)):
            members.setdefault(key_of[i], []).append(i)
        records: list[Record] = []
        ent_of: dict[str, Entity] = {}
        surnames = {surname(text[c.start : c.end]).lower() for c in cands
                    if c.label == "PERSON" and len(text[c.start : c.end].split()) > 1}
        label_of: dict[str, str] = {}
        for key, idx in members.items():
            name = canon[key]
            full = [i for i in idx if text[cands[i].start : cands[i].end] == name]
            votes = Counter(cands[i].label for i in (full or idx))
            label = votes.most_common(1)[0][0]
            if any(cands[i].label == "PERSON" for i in full) and len(name.split()) > 1:
                label = "PERSON"
            label_of[key] = label
            first = cands[(full or sorted(idx, key=lambda i: cands[i].start))[0]]
            names = {text[cands[i].start : cands[i].end] for i in idx}
            if label == "PERSON" and len(name.split()) >= 2:
                names.add(surname(name))  # how the text refers back to a person
            a = lookup(name)
            ent = Entity(start=first.start, end=first.end, text=text[first.start : first.end], component=cid, label=label,
                         name=name, aliases=tuple(sorted(names - {name})), mention_count=len(idx),
                         alias_source=a.source if a else "document")
            ent_of[key] = ent
            records.append(ent)
        for i, c in enumerate(cands):
            key = key_of[i]
            label = c.label
            one_word = len(text[c.start : c.end].split()) == 1
            if label != "PERSON" and one_word and (label_of[key] == "PERSON" or text[c.start : c.end].lower() in surnames):
                label = "PERSON"  # a surname the model took for a place or a group (even when two people share it)
            records.append(Mention(start=c.start, end=c.end, text=text[c.start : c.end], component=cid, label=label,
                                   fine_label=c.fine, entity_id=ent_of[key].id, block=doc.block_kind(c.start) or "paragraph",
                                   rule=c.rule))
        return sorted(records, key=lambda r: (r.KIND, r.start))
