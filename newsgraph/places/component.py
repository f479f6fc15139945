"""Places: recognise toponyms, resolve each against the offline gazetteer, write Place records.

Recognition is :mod:`newsgraph.places.recognize`, ranking is :mod:`newsgraph.places.resolve`,
the gazetteer is :mod:`newsgraph.places.gazetteer` (built into ``Settings().cache_dir`` on
first use). This module adds the admin hierarchy ("Mosul, Iraq"), the relative phrases
("an airbase northwest of Kirkuk": a Place for the feature, pointing at its anchor with
the relation), places the names the gazetteer does not know in the document's main city
(anchor with relation "in"), and turns resolved toponyms into records.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from newsgraph.components.base import Component
from newsgraph.config import Settings
from newsgraph.document import Document
from newsgraph.places.gazetteer import Candidate, Gazetteer, open_gazetteer
from newsgraph.places.recognize import recognize
from newsgraph.places.resolve import Toponym, resolve
from newsgraph.records.base import Record
from newsgraph.records.places import Place

_KIND = {"admin1": "admin", "admin2": "admin"}
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_RELATION = re.compile(
    r"\b(?:an?|the)\s+(?P<feat>(?:[a-z-]+\s+){0,2}?(?:air\s?base|airfield|base|village|town|city|camp|area|region|"
    r"district|province|checkpoint|outpost|border crossing))\s+"
    r"(?:(?:about|some|around|roughly)\s+)?(?P<dist>\d[\d,.]*\s*(?:km|kilometers|kilometres|miles)\s+)?"
    rf"(?P<rel>{_DIRECTION}\s+of|outside(?:\s+of)?|near)\s+(?:the\s+(?:city|town|province)\s+of\s+)?$"
)
_FEATURE_KIND = {"air base": "airport", "airbase": "airport", "airfield": "airport", "base": "airport"}


def _link_hierarchy(doc: Document, tops: list[Toponym]) -> None:
    """``A, B`` with B right after the comma: B is A's parent in the admin hierarchy."""
    for a, b in zip(tops, tops[1:], strict=False):
        gap = doc.text[a.end : b.start]
        if gap in (", ", ","):
            a.parent = b


def _anchor_unresolved(records: list[Place]) -> list[Place]:
    """A name the gazetteer does not know (a street, a building, a neighbourhood) is placed
    in the document's main city (the most named city of the most named country; else its
    main admin area, else the country): the
    record keeps its own name and kind None, points at the anchor with relation "in" and
    takes the anchor's coordinates."""
    resolved = [r for r in records if r.lat is not None and r.form == "name"]
    countries = Counter(r.country for r in resolved if r.country)
    if countries:
        main = countries.most_common(1)[0][0]
        resolved = [r for r in resolved if r.country == main]
    anchor = None
    for kinds in (("city",), ("admin",), ("country",)):
        pool = [r for r in resolved if r.kind in kinds]
        if pool:
            counts = Counter(r.name for r in pool)
            top = counts.most_common(1)[0][0]
            anchor = next(r for r in pool if r.name == top)
            break
    if anchor is None:
        return records
    return [
        replace(r, lat=anchor.lat, lon=anchor.lon, country=anchor.country, admin1=anchor.admin1, anchor_id=anchor.id,
                relation="in")
        if r.lat is None else r
        for r in records
    ]


class PlaceFinder(Component):
    name = "newsgraph.places"
    version = "1"
    requires = ("nlp", "entities")
    assigns = ("places",)

    @property
    def gazetteer(self) -> Gazetteer:
        cache = getattr(self.settings, "cache_dir", None) or Settings().cache_dir
        return open_gazetteer(str(cache))

    def find(self, doc: Document) -> list[Record]:
        gaz = self.gazetteer
        tops = recognize(doc, gaz)
        _link_hierarchy(doc, tops)
        resolve(tops)
        records: list[Place] = [self._record(doc, gaz, t) for t in tops]
        records = _anchor_unresolved(records)
        out: list[Record] = list(records)
        out.extend(self._relations(doc, tops, records))
        return out

    def _record(self, doc: Document, gaz: Gazetteer, t: Toponym) -> Place:
        c: Candidate | None = t.chosen
        cid = self.component_id
        if c is None:
            return Place(start=t.start, end=t.end, text=t.text, component=cid, name=t.text, kind=None, form=t.form)
        admin1 = None
        if c.kind in ("city", "admin2") and c.admin1:
            admin1 = gaz.admin1_name(c.country, c.admin1) or None
        elif c.kind == "airport":
            admin1 = c.admin1 or None
        elif c.kind == "admin1":
            admin1 = c.name
        return Place(
            start=t.start, end=t.end, text=t.text, component=cid, name=c.name, lat=round(c.lat, 5), lon=round(c.lon, 5),
            geonames_id=c.geonames_id, country=c.country or None, admin1=admin1, kind=_KIND.get(c.kind, c.kind),
            score=round(t.score, 3), form=t.form,
            admin_level=1 if c.kind == "admin1" else 2 if c.kind == "admin2" else None,
        )

    def _relations(self, doc: Document, tops: list[Toponym], records: list[Place]) -> list[Record]:
        """"an airbase northwest of Kirkuk": the feature, anchored on Kirkuk, with the relation."""
        out: list[Record] = []
        for t, rec in zip(tops, records, strict=True):
            if t.form != "name" or not isinstance(rec, Place) or rec.lat is None:
                continue
            m = _RELATION.search(doc.text, max(0, t.start - 90), t.start)
            if m is None:
                continue
            feat = m.group("feat")
            s = m.start("feat")
            rel = re.sub(r"\s+", " ", m.group("rel")).lower()
            head = feat.split()[-1].lower() if " " not in feat.lower().replace("air base", "airbase") else "airbase"
            out.append(
                Place(start=s, end=s + len(feat), text=feat, component=self.component_id, name=feat, lat=rec.lat,
                      lon=rec.lon, country=rec.country, admin1=rec.admin1, kind=_FEATURE_KIND.get(head, "region"),
                      anchor_id=rec.id, relation=rel, form="relation", score=rec.score)
            )
        return out
